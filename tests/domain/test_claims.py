"""The legal arithmetic of a court claim: expiry of the claim, legal interest and the rates setting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vetdesk.domain.claims import (
    DEFAULT_LEGAL_INTEREST_RATES,
    InterestLine,
    claim_expiry_date,
    legal_interest,
    parse_rates,
)
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money


def euros(text: str) -> Money:
    return Money(Decimal(text))


# Expiry of the claim


def test_expiry_without_claims():
    assert claim_expiry_date(date(2023, 5, 10), []) == date(2026, 5, 10)


def test_expiry_ignores_earlier_claims():
    assert claim_expiry_date(date(2024, 3, 1), [date(2023, 12, 1), date(2024, 2, 29)]) == date(2027, 3, 1)


def test_expiry_restarted_by_later_claims():
    claims = [date(2025, 1, 15), date(2023, 1, 1), date(2024, 6, 1)]
    assert claim_expiry_date(date(2024, 3, 1), claims) == date(2028, 1, 15)


def test_expiry_claim_on_service_day():
    assert claim_expiry_date(date(2024, 3, 1), [date(2024, 3, 1)]) == date(2027, 3, 1)


def test_expiry_accepts_generator():
    claims = (day for day in [date(2025, 2, 1)])
    assert claim_expiry_date(date(2024, 3, 1), claims) == date(2028, 2, 1)


def test_expiry_leap_day_service():
    assert claim_expiry_date(date(2024, 2, 29), []) == date(2027, 2, 28)


def test_expiry_leap_day_claim():
    assert claim_expiry_date(date(2023, 1, 10), [date(2024, 2, 29)]) == date(2027, 2, 28)


# Default rates


def test_default_rates_2016_to_2022():
    for year in range(2016, 2023):
        assert DEFAULT_LEGAL_INTEREST_RATES[year] == Decimal("3.00"), year


def test_default_rates_2023_to_2025():
    for year in (2023, 2024, 2025):
        assert DEFAULT_LEGAL_INTEREST_RATES[year] == Decimal("3.25"), year


def test_default_rates_stop_at_2025():
    assert max(DEFAULT_LEGAL_INTEREST_RATES) == 2025
    assert min(DEFAULT_LEGAL_INTEREST_RATES) == 2016


# Legal interest


def test_interest_one_year():
    statement = legal_interest([(date(2024, 12, 31), euros("1000.00"))], date(2025, 12, 31),
                               DEFAULT_LEGAL_INTEREST_RATES)
    assert statement.lines == (
        InterestLine(date(2024, 12, 31), euros("1000.00"), 2025, 365, Decimal("3.25"), euros("32.50")),
    )
    assert statement.total == euros("32.50")
    assert statement.as_of == date(2025, 12, 31)


def test_interest_across_year_boundary():
    # 2 to 31 December 2022 at 3.00 %, then 1 to 31 January 2023 at 3.25 %.
    statement = legal_interest([(date(2022, 12, 1), euros("1000.00"))], date(2023, 1, 31),
                               DEFAULT_LEGAL_INTEREST_RATES)
    first, second = statement.lines
    assert (first.year, first.days, first.rate) == (2022, 30, Decimal("3.00"))
    assert first.interest == euros("2.47")  # 2.4657...
    assert (second.year, second.days, second.rate) == (2023, 31, Decimal("3.25"))
    assert second.interest == euros("2.76")  # 2.7603...
    assert statement.total == euros("5.23")


def test_interest_leap_year_is_actual_365():
    statement = legal_interest([(date(2023, 12, 31), euros("1000.00"))], date(2024, 12, 31),
                               DEFAULT_LEGAL_INTEREST_RATES)
    (line,) = statement.lines
    assert line.days == 366
    # 1000 × 3.25 % × 366 / 365 = 32.589..., not 32.50 as actual/actual would give.
    assert line.interest == euros("32.59")


def test_interest_due_yesterday_counts_one_day():
    statement = legal_interest([(date(2025, 3, 9), euros("365.00"))], date(2025, 3, 10), {2025: Decimal(10)})
    (line,) = statement.lines
    assert line.days == 1
    assert line.interest == euros("0.10")


def test_interest_line_rounds_half_up():
    # 36.50 × 1 % × 5 / 365 = 0.005 exactly, which half-even rounding would make 0.00.
    statement = legal_interest([(date(2025, 1, 1), euros("36.50"))], date(2025, 1, 6), {2025: Decimal(1)})
    assert statement.lines[0].interest == euros("0.01")


def test_interest_total_sums_rounded_lines():
    items = [(date(2025, 1, 1), euros("36.50")), (date(2025, 1, 1), euros("36.50"))]
    statement = legal_interest(items, date(2025, 1, 6), {2025: Decimal(1)})
    # Unrounded, the two lines add up to 0.01.
    assert statement.total == euros("0.02")


def test_interest_several_items_keep_order():
    items = [(date(2025, 6, 30), euros("200.00")), (date(2024, 12, 31), euros("100.00"))]
    statement = legal_interest(items, date(2025, 12, 31), DEFAULT_LEGAL_INTEREST_RATES)
    assert [line.due_date for line in statement.lines] == [date(2025, 6, 30), date(2024, 12, 31)]
    assert [line.days for line in statement.lines] == [184, 365]
    assert statement.total == Money.total(line.interest for line in statement.lines)


def test_interest_not_yet_due():
    items = [(date(2025, 12, 31), euros("100.00")), (date(2026, 1, 31), euros("100.00"))]
    statement = legal_interest(items, date(2025, 12, 31), DEFAULT_LEGAL_INTEREST_RATES)
    assert statement.lines == ()
    assert statement.total == Money.zero()


def test_interest_not_yet_due_needs_no_rate():
    statement = legal_interest([(date(2030, 1, 1), euros("100.00"))], date(2029, 6, 1), {})
    assert statement.lines == ()


def test_interest_zero_outstanding():
    statement = legal_interest([(date(2024, 1, 1), Money.zero())], date(2025, 1, 1), DEFAULT_LEGAL_INTEREST_RATES)
    assert statement.lines == ()


def test_interest_negative_outstanding():
    with pytest.raises(ValueError, match="negative"):
        legal_interest([(date(2024, 1, 1), euros("-5.00"))], date(2025, 1, 1), DEFAULT_LEGAL_INTEREST_RATES)


def test_interest_missing_rate():
    with pytest.raises(UserError) as caught:
        legal_interest([(date(2025, 11, 30), euros("100.00"))], date(2026, 2, 1), DEFAULT_LEGAL_INTEREST_RATES)
    assert caught.value.field == "legal_interest_rates"
    assert caught.value.message.context == "Claims"
    assert caught.value.message.params == {"year": 2026}
    assert str(caught.value) == (
        "No legal interest rate is set for 2026. "
        "Enter it in Settings → Debt follow-up before adding interest to the claim."
    )


def test_interest_missing_rate_translated():
    def translate(context: str, source: str) -> str:
        assert context == "Claims"
        return "Falta el tipo de {year}."

    with pytest.raises(UserError) as caught:
        legal_interest([(date(2025, 11, 30), euros("100.00"))], date(2026, 2, 1), DEFAULT_LEGAL_INTEREST_RATES)
    assert caught.value.render(translate) == "Falta el tipo de 2026."


# Rates typed in Settings


def test_parse_rates_accepts_usual_forms():
    rates = parse_rates({"2026": "3,25", "2027": "3.5 %", " 2028 ": " 4 ", "2029": "0", "2030": "20"})
    assert rates == {2026: Decimal("3.25"), 2027: Decimal("3.5"), 2028: Decimal(4), 2029: Decimal(0),
                     2030: Decimal(20)}


def test_parse_rates_empty_mapping():
    assert parse_rates({}) == {}


def test_parse_rates_keeps_exact_decimals():
    assert parse_rates({"2026": "3,125"})[2026] == Decimal("3.125")


def test_parse_rates_minus_zero_is_zero():
    assert parse_rates({"2026": "-0"})[2026] == Decimal(0)


@pytest.mark.parametrize(
    ("year", "rate", "expected"),
    [
        ("2026", "abc", "The legal interest rate \"abc\" for 2026 is not a number."),
        ("2026", "3,2,5", "The legal interest rate \"3,2,5\" for 2026 is not a number."),
        ("2026", "nan", "The legal interest rate \"nan\" for 2026 is not a number."),
        ("2026", "1e1", "The legal interest rate \"1e1\" for 2026 is not a number."),
        ("2026", "-1,5", "The legal interest rate \"-1,5\" for 2026 is negative."),
        ("2026", "20,01", "The legal interest rate \"20,01\" for 2026 is above 20 %."),
        ("2026", "325", "The legal interest rate \"325\" for 2026 is above 20 %."),
        ("2026", "  ", "The legal interest rate for 2026 is empty."),
        ("20x6", "3", "The year \"20x6\" of a legal interest rate is not valid."),
        ("1800", "3", "The year \"1800\" of a legal interest rate is not valid."),
        ("", "3", "The year \"\" of a legal interest rate is not valid."),
    ],
)
def test_parse_rates_rejects(year, rate, expected):
    with pytest.raises(UserError) as caught:
        parse_rates({year: rate})
    assert str(caught.value).startswith(expected)
    assert caught.value.field == "legal_interest_rates"


def test_parse_rates_error_suggests_example():
    with pytest.raises(UserError) as caught:
        parse_rates({"2026": "tres"})
    assert "such as 3,25" in str(caught.value)


def test_parse_rates_long_value_is_cut():
    with pytest.raises(UserError) as caught:
        parse_rates({"2026": "x" * 100})
    assert "x" * 41 not in str(caught.value)
    assert "…" in str(caught.value)
