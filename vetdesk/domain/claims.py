"""The legal arithmetic of a court claim: when the claim may expire, and the legal interest on the debt.

Both follow Spanish law. A claim for payment of services prescribes three
years after the last service (Civil Code, article 1967), and each documented
claim to the debtor restarts the full period (article 1973). Legal interest
("interés legal del dinero") is simple interest at a yearly rate that each
year's budget law sets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from vetdesk.domain.formatting import value_for_message
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money

PRESCRIPTION_YEARS = 3
DAYS_PER_YEAR = 365
MAX_LEGAL_INTEREST_RATE = Decimal(20)
# Years accepted as keys of the rates setting.
MIN_RATE_YEAR = 1900
MAX_RATE_YEAR = 2200
RATES_FIELD = "legal_interest_rates"

LegalInterestRates = Mapping[int, Decimal]

# Percentages per year, from the Spanish budget laws (Leyes de Presupuestos Generales del Estado).
# 2024 and 2025 keep the 2023 rate because no new budget law was passed and the 2023 budget was extended.
# NOTE: no rate after 2025 is known here, so the clinic must enter later years in Settings → Debt follow-up.
DEFAULT_LEGAL_INTEREST_RATES: dict[int, Decimal] = {
    2016: Decimal("3.00"),
    2017: Decimal("3.00"),
    2018: Decimal("3.00"),
    2019: Decimal("3.00"),
    2020: Decimal("3.00"),
    2021: Decimal("3.00"),
    2022: Decimal("3.00"),
    2023: Decimal("3.25"),
    2024: Decimal("3.25"),
    2025: Decimal("3.25"),
}

# A percentage with a point or a comma as decimal mark and an optional "%": "3,25", "3.25 %", "-1".
_RATE = re.compile(r"(-?)([0-9]+)(?:[.,]([0-9]+))?\s*%?")
_YEAR = re.compile(r"[0-9]{4}")


def claim_expiry_date(last_service_on: date, documented_claims: Iterable[date]) -> date:
    """Return the day on which a claim for services may expire.

    The period is three years from the last service, restarted in full by each
    documented claim to the debtor made on or after that day. Claims made
    before the last service do not count, because the last service already
    started a later period. A start on 29 February ends on 28 February.
    """
    start = max([last_service_on, *(claim for claim in documented_claims if claim >= last_service_on)])
    return _add_years(start, PRESCRIPTION_YEARS)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        # 29 February in a year that has none.
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class InterestLine:
    """The interest on one outstanding amount during one calendar year."""

    due_date: date
    principal: Money
    year: int
    days: int
    # Annual percentage, such as Decimal("3.25").
    rate: Decimal
    interest: Money


@dataclass(frozen=True)
class InterestStatement:
    total: Money
    lines: tuple[InterestLine, ...]
    # The last day of interest counted, or None for a statement built without legal_interest().
    as_of: date | None = None


def legal_interest(items: Sequence[tuple[date, Money]], as_of: date, rates: LegalInterestRates) -> InterestStatement:
    """Compute the legal interest on outstanding amounts, up to and including ``as_of``.

    Each item is (due date, outstanding amount). Interest is simple and counted
    per day, from the day after the due date up to and including ``as_of``,
    with each calendar year at that year's rate from ``rates`` (percentages).
    The day count is actual/365: a day is 1/365 of the annual rate, in leap
    years too. Each line is rounded half up to the cent and the total is the
    sum of the rounded lines. Items due on or after ``as_of`` and items with
    nothing outstanding give no lines.

    Raise UserError (field "legal_interest_rates") for a year without a rate,
    and ValueError for a negative outstanding amount.
    """
    lines: list[InterestLine] = []
    for due_date, principal in items:
        if principal.is_negative:
            raise ValueError(f"Outstanding amount {principal.amount} due on {due_date} is negative")
        if not principal or due_date >= as_of:
            continue
        first_day = due_date + timedelta(days=1)
        for year in range(first_day.year, as_of.year + 1):
            days = (min(as_of, date(year, 12, 31)) - max(first_day, date(year, 1, 1))).days + 1
            rate = _rate_for(year, rates)
            # Money rounds half up to the cent.
            interest = Money(principal.amount * rate * days / (100 * DAYS_PER_YEAR))
            lines.append(InterestLine(due_date, principal, year, days, rate, interest))
    return InterestStatement(Money.total(line.interest for line in lines), tuple(lines), as_of)


def _rate_for(year: int, rates: LegalInterestRates) -> Decimal:
    rate = rates.get(year)
    if rate is None:
        raise UserError(
            UserMessage(
                "Claims",
                QT_TRANSLATE_NOOP(
                    "Claims",
                    "No legal interest rate is set for {year}. "
                    "Enter it in Settings → Debt follow-up before adding interest to the claim.",
                ),
                {"year": year},
            ),
            field=RATES_FIELD,
        )
    return rate


def parse_rates(typed: Mapping[str, str]) -> dict[int, Decimal]:
    """Parse the legal interest rates typed in Settings: year -> percentage, such as "2026" -> "3,25".

    A rate takes a comma or a point as decimal mark and may end with "%".
    Raise UserError (field "legal_interest_rates") naming the value for a year
    that is not a four-digit year from 1900 to 2200, and for a rate that is
    empty, not a number, negative or above 20 %.
    """
    rates: dict[int, Decimal] = {}
    for year_text, rate_text in typed.items():
        year = _parse_year(year_text)
        rates[year] = _parse_rate(year, rate_text)
    return rates


def _parse_year(text: str) -> int:
    stripped = text.strip()
    if _YEAR.fullmatch(stripped) and MIN_RATE_YEAR <= int(stripped) <= MAX_RATE_YEAR:
        return int(stripped)
    raise UserError(
        UserMessage(
            "Claims",
            QT_TRANSLATE_NOOP(
                "Claims",
                "The year \"{value}\" of a legal interest rate is not valid. Type a year from {first} to {last}, "
                "such as 2026.",
            ),
            {"value": value_for_message(text), "first": MIN_RATE_YEAR, "last": MAX_RATE_YEAR},
        ),
        field=RATES_FIELD,
    )


def _parse_rate(year: int, text: str) -> Decimal:
    quoted = value_for_message(text)
    if not text.strip():
        raise UserError(
            UserMessage(
                "Claims",
                QT_TRANSLATE_NOOP(
                    "Claims",
                    "The legal interest rate for {year} is empty. Type the yearly percentage, such as 3,25, "
                    "or remove the year.",
                ),
                {"year": year},
            ),
            field=RATES_FIELD,
        )
    match = _RATE.fullmatch(text.strip())
    if match is None:
        raise UserError(
            UserMessage(
                "Claims",
                QT_TRANSLATE_NOOP(
                    "Claims",
                    "The legal interest rate \"{value}\" for {year} is not a number. "
                    "Type the yearly percentage, such as 3,25.",
                ),
                {"value": quoted, "year": year},
            ),
            field=RATES_FIELD,
        )
    sign, whole, fraction = match.groups()
    rate = Decimal(f"{whole}.{fraction or '0'}")
    if sign and rate:
        raise UserError(
            UserMessage(
                "Claims",
                QT_TRANSLATE_NOOP(
                    "Claims",
                    "The legal interest rate \"{value}\" for {year} is negative. "
                    "Type the yearly percentage without a minus sign, such as 3,25.",
                ),
                {"value": quoted, "year": year},
            ),
            field=RATES_FIELD,
        )
    if rate > MAX_LEGAL_INTEREST_RATE:
        raise UserError(
            UserMessage(
                "Claims",
                QT_TRANSLATE_NOOP(
                    "Claims",
                    "The legal interest rate \"{value}\" for {year} is above {maximum} %. "
                    "Type the yearly percentage, such as 3,25, not a total.",
                ),
                {"value": quoted, "year": year, "maximum": MAX_LEGAL_INTEREST_RATE},
            ),
            field=RATES_FIELD,
        )
    return rate
