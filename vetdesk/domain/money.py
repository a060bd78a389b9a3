"""Amounts in euros: the Money type, Spanish and English display, and parsing of typed amounts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from vetdesk.domain.formatting import language_code, value_for_message
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

_CENT = Decimal("0.01")
_NBSP = "\u00a0"


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in euros, always rounded half up to whole cents.

    Only ``Decimal`` is accepted, because a float has already lost the cents
    and an int would be ambiguous between euros and cents (``from_cents``
    takes cents).
    """

    amount: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(
                f"Money needs a Decimal, got {type(self.amount).__name__}. "
                "Use Money.from_cents() for an integer number of cents."
            )
        if not self.amount.is_finite():
            raise ValueError(f"Money needs a finite amount, got {self.amount}")
        try:
            rounded = self.amount.quantize(_CENT, rounding=ROUND_HALF_UP)
        except InvalidOperation:
            raise ValueError(f"Money amount {self.amount} is too large") from None
        if rounded.is_zero():
            # Drop the sign of a negative zero so that it never shows as "-0,00 €".
            rounded = Decimal("0.00")
        object.__setattr__(self, "amount", rounded)

    @classmethod
    def from_cents(cls, cents: int) -> Money:
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise TypeError(f"Money.from_cents needs an int, got {type(cents).__name__}")
        return cls(Decimal(cents).scaleb(-2))

    @classmethod
    def zero(cls) -> Money:
        return cls(Decimal(0))

    @classmethod
    def total(cls, amounts: Iterable[Money]) -> Money:
        """Add up ``amounts``. An empty iterable gives zero."""
        result = cls.zero()
        for amount in amounts:
            result = result + amount
        return result

    @property
    def cents(self) -> int:
        return int(self.amount.scaleb(2))

    @property
    def is_positive(self) -> bool:
        return self.amount > 0

    @property
    def is_negative(self) -> bool:
        return self.amount < 0

    def abs(self) -> Money:
        return Money(abs(self.amount))

    def __abs__(self) -> Money:
        return self.abs()

    def __bool__(self) -> bool:
        return not self.amount.is_zero()

    def __neg__(self) -> Money:
        return Money(-self.amount)

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.amount + other.amount)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.amount - other.amount)

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(self.amount * factor)

    __rmul__ = __mul__

    def __str__(self) -> str:
        return format_money(self)


MAX_AMOUNT = Money(Decimal("99999999.99"))


def format_money(amount: Money | Decimal, language: str = "es") -> str:
    """Format ``amount`` as "1.234,56 €" (Spanish) or "€1,234.56" (English).

    Spanish output groups thousands from four digits on ("1.234,56 €") and puts a
    no-break space before the euro sign. The locale module and Babel are not used
    because the Spanish CLDR data leaves four-digit amounts ungrouped.
    """
    money = amount if isinstance(amount, Money) else Money(amount)
    sign = "-" if money.is_negative else ""
    grouped = f"{abs(money.amount):,.2f}"  # "1,234.56"
    if language_code(language) == "en":
        return f"{sign}€{grouped}"
    spanish = grouped.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{sign}{spanish}{_NBSP}€"


# Spanish amounts: points group thousands and a comma starts the cents. A single
# point followed by one or two digits is taken as a decimal point, because the
# point key of a numeric keypad types it.
_DIGITS = re.compile(r"[0-9]+")
# A leading zero rules out grouping: "0.500" is not 500.
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_KEYPAD_DECIMAL = re.compile(r"([0-9]*)\.([0-9]{1,2})")
_WHITESPACE = re.compile(r"\s+")
_MINUS_SIGNS = ("-", "\u2212")


def parse_amount(text: str, *, allow_negative: bool = False, allow_zero: bool = True) -> Money:
    """Parse an amount typed in Spanish style ("1.234,56", "12,5", "12.50 €").

    Raise UserError (context "Money") naming the typed value when it is empty,
    not a number, has more than two decimals, is negative or zero when that is
    not allowed, or is above MAX_AMOUNT.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_amount needs a str, got {type(text).__name__}")
    quoted = value_for_message(text)
    compact = _WHITESPACE.sub("", text)
    if not compact:
        raise UserError(UserMessage("Money", QT_TRANSLATE_NOOP("Money", "Type an amount, for example 12,50.")))

    negative, number = _split_sign_and_euro(compact)
    value = Decimal(_to_plain_decimal(number, quoted))
    if negative:
        value = -value
    _check_range(value, quoted, allow_negative=allow_negative, allow_zero=allow_zero)
    return Money(value)


def _split_sign_and_euro(compact: str) -> tuple[bool, str]:
    """Remove one euro sign (before or after the number) and a leading minus sign."""
    euro_removed = True
    if compact.startswith("€"):
        compact = compact[1:]
    elif compact.endswith("€"):
        compact = compact[:-1]
    else:
        euro_removed = False

    negative = compact.startswith(_MINUS_SIGNS)
    if negative:
        compact = compact[1:]
    if negative and not euro_removed and compact.startswith("€"):
        compact = compact[1:]  # "-€5"
    return negative, compact


def _to_plain_decimal(number: str, quoted: str) -> str:
    """Return ``number`` as "1234.56", or raise UserError naming ``quoted``."""
    if number.count(",") > 1:
        raise _not_a_number(quoted)
    if "," in number:
        whole, fraction = number.split(",")
        if not _is_whole_part(whole) or not _DIGITS.fullmatch(fraction):
            raise _not_a_number(quoted)
        if len(fraction) == 3 and "." not in whole:
            raise _ambiguous(quoted)
        if len(fraction) > 2:
            raise _too_many_decimals(quoted)
        return f"{whole.replace('.', '') or '0'}.{fraction}"
    if _DIGITS.fullmatch(number) or _GROUPED.fullmatch(number):
        return number.replace(".", "")
    keypad = _KEYPAD_DECIMAL.fullmatch(number)
    if keypad:
        return f"{keypad.group(1) or '0'}.{keypad.group(2)}"
    if re.fullmatch(r"[0-9]+\.[0-9]{4,}", number):
        raise _too_many_decimals(quoted)
    raise _not_a_number(quoted)


def _is_whole_part(whole: str) -> bool:
    """Tell whether ``whole`` is empty, plain digits ("1234") or grouped ("1.234")."""
    return whole == "" or bool(_DIGITS.fullmatch(whole) or _GROUPED.fullmatch(whole))


def _check_range(value: Decimal, quoted: str, *, allow_negative: bool, allow_zero: bool) -> None:
    # Check the Decimal before building Money, whose rounding fails on very long digit strings.
    if value < 0 and not allow_negative:
        raise UserError(
            UserMessage(
                "Money",
                QT_TRANSLATE_NOOP("Money", "The amount \"{value}\" is negative. Type an amount without a minus sign."),
                {"value": quoted},
            )
        )
    if value.is_zero() and not allow_zero:
        raise UserError(
            UserMessage(
                "Money",
                QT_TRANSLATE_NOOP("Money", "The amount \"{value}\" is zero. Type an amount greater than zero."),
                {"value": quoted},
            )
        )
    if abs(value) > MAX_AMOUNT.amount:
        raise UserError(
            UserMessage(
                "Money",
                QT_TRANSLATE_NOOP("Money", "The amount \"{value}\" is too large. The maximum is {maximum}."),
                {"value": quoted, "maximum": format_money(MAX_AMOUNT)},
            )
        )


def _not_a_number(quoted: str) -> UserError:
    return UserError(
        UserMessage(
            "Money",
            QT_TRANSLATE_NOOP("Money", "The amount \"{value}\" is not valid. Type it like 1.234,56 or 12,50."),
            {"value": quoted},
        )
    )


def _ambiguous(quoted: str) -> UserError:
    return UserError(
        UserMessage(
            "Money",
            QT_TRANSLATE_NOOP(
                "Money",
                "The amount \"{value}\" is ambiguous. "
                "Type thousands with a point, like 12.345, or cents with two digits, like 12,35.",
            ),
            {"value": quoted},
        )
    )


def _too_many_decimals(quoted: str) -> UserError:
    return UserError(
        UserMessage(
            "Money",
            QT_TRANSLATE_NOOP("Money", "The amount \"{value}\" has more than two decimals. Round it to cents, like 12,35."),
            {"value": quoted},
        )
    )
