from decimal import Decimal

import pytest

from vetdesk.domain.messages import UserError
from vetdesk.domain.money import MAX_AMOUNT, Money, format_money, parse_amount

NBSP = "\u00a0"


def money(text: str) -> Money:
    return Money(Decimal(text))


# --- Money ---------------------------------------------------------------


def test_money_rounds_half_up_to_cents():
    assert money("1.005").amount == Decimal("1.01")
    assert money("1.004").amount == Decimal("1.00")
    assert money("-1.005").amount == Decimal("-1.01")
    assert money("2.5").amount == Decimal("2.50")


def test_money_rejects_float():
    with pytest.raises(TypeError):
        Money(0.1)


def test_money_rejects_int_and_str():
    with pytest.raises(TypeError):
        Money(5)
    with pytest.raises(TypeError):
        Money("5")


@pytest.mark.parametrize("text", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_money_rejects_non_finite(text):
    with pytest.raises(ValueError):
        Money(Decimal(text))


def test_money_rejects_huge_decimal():
    with pytest.raises(ValueError):
        Money(Decimal("1e40"))


def test_money_cents_round_trip():
    assert Money.from_cents(123456) == money("1234.56")
    assert Money.from_cents(-5) == money("-0.05")
    assert money("1234.56").cents == 123456
    assert money("-0.05").cents == -5
    assert Money.zero().cents == 0


def test_money_from_cents_rejects_non_int():
    with pytest.raises(TypeError):
        Money.from_cents(1.5)
    with pytest.raises(TypeError):
        Money.from_cents(True)


def test_money_negative_zero():
    negative_zero = money("-0.001")
    assert negative_zero == Money.zero()
    assert not negative_zero.is_negative
    assert str(negative_zero) == f"0,00{NBSP}€"


def test_money_is_immutable():
    amount = money("1")
    with pytest.raises(AttributeError):
        amount.amount = Decimal("2")


def test_money_arithmetic():
    assert money("10.10") + money("0.95") == money("11.05")
    assert money("10.10") - money("20") == money("-9.90")
    assert -money("3.50") == money("-3.50")
    assert money("-3.50").abs() == money("3.50")
    assert abs(money("-3.50")) == money("3.50")


def test_money_multiply_rounds_half_up():
    assert money("19.99") * 3 == money("59.97")
    assert 3 * money("19.99") == money("59.97")
    assert money("10.00") * Decimal("0.21") == money("2.10")
    assert money("0.05") * Decimal("0.5") == money("0.03")  # 0.025 rounds up
    assert money("-0.05") * Decimal("0.5") == money("-0.03")


@pytest.mark.parametrize("other", [1, Decimal("1"), 1.0, "1"])
def test_money_add_needs_money(other):
    with pytest.raises(TypeError):
        money("1") + other
    with pytest.raises(TypeError):
        other + money("1")
    with pytest.raises(TypeError):
        money("1") - other


@pytest.mark.parametrize("factor", [1.5, "2", True, money("2")])
def test_money_multiply_rejects_factor(factor):
    with pytest.raises(TypeError):
        money("1") * factor


def test_money_comparisons():
    assert money("1.00") < money("1.01")
    assert money("2") >= money("2.00")
    assert money("2") == money("2.000")
    assert money("2") != Decimal("2")
    assert hash(money("2")) == hash(money("2.00"))
    with pytest.raises(TypeError):
        money("1") < Decimal("2")


def test_money_truth_and_sign():
    assert not Money.zero()
    assert money("0.01")
    assert money("0.01").is_positive
    assert not Money.zero().is_positive
    assert not Money.zero().is_negative
    assert money("-0.01").is_negative


def test_money_total():
    assert Money.total([money("1.10"), money("2.20"), money("-0.30")]) == money("3.00")
    assert Money.total([]) == Money.zero()
    assert Money.total(money(text) for text in ["0.10"] * 10) == money("1.00")


def test_money_str_is_spanish():
    assert str(money("1234.56")) == f"1.234,56{NBSP}€"


# --- format_money --------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "spanish", "english"),
    [
        ("0", f"0,00{NBSP}€", "€0.00"),
        ("5", f"5,00{NBSP}€", "€5.00"),
        ("0.5", f"0,50{NBSP}€", "€0.50"),
        ("999.99", f"999,99{NBSP}€", "€999.99"),
        ("1234.56", f"1.234,56{NBSP}€", "€1,234.56"),
        ("1000000", f"1.000.000,00{NBSP}€", "€1,000,000.00"),
        ("-1234.56", f"-1.234,56{NBSP}€", "-€1,234.56"),
        ("-0.05", f"-0,05{NBSP}€", "-€0.05"),
        ("99999999.99", f"99.999.999,99{NBSP}€", "€99,999,999.99"),
    ],
)
def test_format_money_table(amount, spanish, english):
    assert format_money(money(amount)) == spanish
    assert format_money(money(amount), "es") == spanish
    assert format_money(money(amount), "en") == english


def test_format_money_decimal_and_region():
    assert format_money(Decimal("1234.565")) == f"1.234,57{NBSP}€"
    assert format_money(money("1234.56"), "es_ES") == f"1.234,56{NBSP}€"
    assert format_money(money("1234.56"), "en-GB") == "€1,234.56"


def test_format_money_rejects_unknown_language():
    with pytest.raises(ValueError):
        format_money(money("1"), "fr")


def test_format_money_rejects_float():
    with pytest.raises(TypeError):
        format_money(1.5)


# --- parse_amount: accepted ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("12,5", "12.50"),
        ("12.50", "12.50"),
        ("12.5", "12.50"),
        ("1.234", "1234.00"),
        ("1.234.567", "1234567.00"),
        ("1.234.567,5", "1234567.50"),
        ("0,99", "0.99"),
        (",99", "0.99"),
        ("7", "7.00"),
        ("007", "7.00"),
        ("0", "0.00"),
        ("0,00", "0.00"),
        ("  12,50  ", "12.50"),
        ("12,50 €", "12.50"),
        (f"12,50{NBSP}€", "12.50"),
        ("12,50€", "12.50"),
        ("€12,50", "12.50"),
        ("€ 12,50", "12.50"),
        ("1 234,56", "1234.56"),
        (f"1{NBSP}234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("99.999.999,99", "99999999.99"),
        ("99999999,99", "99999999.99"),
    ],
)
def test_parse_amount_accepts(text, expected):
    assert parse_amount(text) == money(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-5,00", "-5.00"),
        ("-5", "-5.00"),
        ("- 5,00 €", "-5.00"),
        ("-5,00 €", "-5.00"),
        ("-€5", "-5.00"),
        ("€-5", "-5.00"),
        ("\u22125,00", "-5.00"),
        ("-1.234,56", "-1234.56"),
        ("-99.999.999,99", "-99999999.99"),
    ],
)
def test_parse_amount_negative_allowed(text, expected):
    assert parse_amount(text, allow_negative=True) == money(expected)


def test_parse_amount_zero_disallowed():
    with pytest.raises(UserError) as raised:
        parse_amount("0,00", allow_zero=False)
    assert "0,00" in raised.value.render()
    assert "zero" in raised.value.render()


def test_parse_amount_negative_zero_is_zero():
    assert parse_amount("-0,00") == Money.zero()
    with pytest.raises(UserError):
        parse_amount("-0", allow_zero=False)


# --- parse_amount: rejected ------------------------------------------------

NOT_VALID = "is not valid"
TOO_MANY_DECIMALS = "more than two decimals"
AMBIGUOUS = "ambiguous"
NEGATIVE = "is negative"
TOO_LARGE = "too large"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("abc", NOT_VALID),
        ("1e3", NOT_VALID),
        ("12,345", AMBIGUOUS),
        ("0,345", AMBIGUOUS),
        ("12,3456", TOO_MANY_DECIMALS),
        ("1.2345", TOO_MANY_DECIMALS),
        ("12.345,678", TOO_MANY_DECIMALS),
        ("1,234.56", NOT_VALID),
        ("1..2", NOT_VALID),
        ("1.23.4", NOT_VALID),
        ("1.234.56", NOT_VALID),
        ("1234.567", NOT_VALID),
        ("0.500", NOT_VALID),
        ("12,", NOT_VALID),
        ("12.", NOT_VALID),
        (".", NOT_VALID),
        (",", NOT_VALID),
        ("1,2,3", NOT_VALID),
        ("12.34,5.6", NOT_VALID),
        ("inf", NOT_VALID),
        ("Infinity", NOT_VALID),
        ("NaN", NOT_VALID),
        ("١٢", NOT_VALID),
        ("１２", NOT_VALID),
        ("12€€", NOT_VALID),
        ("€12€", NOT_VALID),
        ("--5", NOT_VALID),
        ("+5", NOT_VALID),
        ("5-", NOT_VALID),
        ("0x10", NOT_VALID),
        ("1_000", NOT_VALID),
        ("€", NOT_VALID),
        ("-", NOT_VALID),
        ("-5,00", NEGATIVE),
        ("100.000.000", TOO_LARGE),
        ("100000000,00", TOO_LARGE),
        ("99.999.999,991", TOO_MANY_DECIMALS),
    ],
)
def test_parse_amount_rejects(text, reason):
    with pytest.raises(UserError) as raised:
        parse_amount(text)
    message = raised.value.render()
    assert f'"{text.strip()}"' in message
    assert reason in message
    assert raised.value.message.context == "Money"


def test_parse_amount_too_large_names_maximum():
    with pytest.raises(UserError) as raised:
        parse_amount("100.000.000,00")
    assert f"99.999.999,99{NBSP}€" in raised.value.render()
    assert raised.value.message.params["maximum"] == format_money(MAX_AMOUNT)


def test_parse_amount_too_large_negative():
    with pytest.raises(UserError) as raised:
        parse_amount("-100.000.000", allow_negative=True)
    assert TOO_LARGE in raised.value.render()


def test_parse_amount_long_digit_string():
    with pytest.raises(UserError) as raised:
        parse_amount("9" * 5000)
    message = raised.value.render()
    assert TOO_LARGE in message
    assert len(message) < 200


@pytest.mark.parametrize("text", ["", "   ", NBSP, "\t\n"])
def test_parse_amount_empty(text):
    with pytest.raises(UserError) as raised:
        parse_amount(text)
    assert raised.value.render() == "Type an amount, for example 12,50."


def test_parse_amount_message_is_translatable():
    with pytest.raises(UserError) as raised:
        parse_amount("abc")
    message = raised.value.message
    assert message.source == 'The amount "{value}" is not valid. Type it like 1.234,56 or 12,50.'
    assert message.params == {"value": "abc"}
    translated = raised.value.render(lambda context, source: "El importe «{value}» no es válido.")
    assert translated == "El importe «abc» no es válido."


def test_parse_amount_rejects_non_str():
    with pytest.raises(TypeError):
        parse_amount(12.5)
    with pytest.raises(TypeError):
        parse_amount(None)


def test_parse_amount_round_trips_format():
    for cents in [0, 1, 99, 100, 123456, 100000000, 9999999999]:
        amount = Money.from_cents(cents)
        assert parse_amount(format_money(amount)) == amount
