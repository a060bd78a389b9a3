"""Schedules exact to the cent and the following of agreements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vetdesk.domain.agreements import (
    AgreementKind,
    BreachRules,
    LineStatus,
    Period,
    ScheduleLine,
    ScheduleRules,
    Standing,
    add_months,
    check_schedule,
    due_date,
    follow_agreement,
    plan_instalments,
    split_amount,
)
from vetdesk.domain.messages import ValidationErrors
from vetdesk.domain.money import Money


def euros(text: str) -> Money:
    return Money(Decimal(text))


RULES = ScheduleRules(min_instalment=euros("0.01"), max_instalments=60)


def plain(text: str) -> str:
    """Amounts are formatted with a no-break space before "€"; compare with a plain one."""
    return text.replace("\u00a0", " ")


def amounts(lines) -> list[str]:
    return [str(line.amount.amount) for line in lines]


def test_split_gives_the_remainder_to_the_last_instalment():
    assert [str(m.amount) for m in split_amount(euros("100"), 3)] == ["33.33", "33.33", "33.34"]
    assert [str(m.amount) for m in split_amount(euros("5.47"), 3)] == ["1.82", "1.82", "1.83"]


def test_down_payment_then_equal_instalments():
    lines = plan_instalments(euros("1000"), 3, date(2027, 1, 31), Period.MONTHLY, RULES,
                             down_payment=euros("400"), down_payment_date=date(2026, 12, 4))
    assert amounts(lines) == ["400.00", "200.00", "200.00", "200.00"]
    assert [line.number for line in lines] == [0, 1, 2, 3]
    assert lines[0].due_date == date(2026, 12, 4)


@pytest.mark.parametrize("first, expected", [
    (date(2027, 1, 31), [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]),
    (date(2028, 1, 31), [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]),
    (date(2027, 11, 30), [date(2027, 11, 30), date(2027, 12, 30), date(2028, 1, 30), date(2028, 2, 29)]),
])
def test_monthly_dates_count_from_the_first_due_date(first, expected):
    lines = plan_instalments(euros("400"), 4, first, Period.MONTHLY, RULES)
    assert [line.due_date for line in lines] == expected


def test_weekly_and_biweekly_dates():
    assert due_date(date(2027, 2, 26), Period.WEEKLY, 1) == date(2027, 3, 5)
    assert due_date(date(2027, 2, 26), Period.BIWEEKLY, 2) == date(2027, 3, 26)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2027, 3, 31), -1) == date(2027, 2, 28)


def test_instalment_below_the_clinic_minimum_is_refused_with_the_figures():
    rules = ScheduleRules(min_instalment=euros("10"), max_instalments=12)
    with pytest.raises(ValidationErrors) as caught:
        plan_instalments(euros("50"), 12, date(2027, 1, 1), Period.MONTHLY, rules)
    text = plain(caught.value.render())
    assert "4,16 €" in text
    assert "10,00 €" in text
    assert "at most 5 instalments" in text


def test_too_many_instalments_and_bad_down_payments_are_refused():
    rules = ScheduleRules(max_instalments=12)
    with pytest.raises(ValidationErrors, match="13 instalments is not allowed"):
        plan_instalments(euros("1000"), 13, date(2027, 1, 1), Period.MONTHLY, rules)
    with pytest.raises(ValidationErrors, match="is not less than the amount covered"):
        plan_instalments(euros("100"), 2, date(2027, 1, 1), Period.MONTHLY, rules, down_payment=euros("100"))
    with pytest.raises(ValidationErrors, match="negative"):
        plan_instalments(euros("100"), 2, date(2027, 1, 1), Period.MONTHLY, rules, down_payment=euros("-1"))
    with pytest.raises(ValidationErrors, match="only 0,50\u00a0€ is left"):
        plan_instalments(euros("100"), 2, date(2027, 1, 1), Period.MONTHLY,
                         ScheduleRules(min_instalment=euros("1")), down_payment=euros("99.50"))


def test_an_edited_schedule_that_does_not_add_up_is_refused():
    lines = [ScheduleLine(1, date(2027, 1, 1), euros("50")), ScheduleLine(2, date(2027, 2, 1), euros("49.99"))]
    with pytest.raises(ValidationErrors) as caught:
        check_schedule(euros("100"), lines, RULES)
    assert "99,99 €" in plain(caught.value.render())
    assert "100,00 €" in plain(caught.value.render())


def test_an_edited_schedule_with_a_zero_line_or_dates_out_of_order_is_refused():
    lines = [ScheduleLine(1, date(2027, 2, 1), euros("100")), ScheduleLine(2, date(2027, 1, 1), euros("0"))]
    with pytest.raises(ValidationErrors) as caught:
        check_schedule(euros("100"), lines, RULES)
    text = plain(caught.value.render())
    assert "Line 2 has the amount 0,00 €" in text
    assert "before line 1" in text


def test_an_edited_schedule_that_starts_in_the_past_is_refused():
    lines = [ScheduleLine(1, date(2026, 12, 1), euros("100"))]
    with pytest.raises(ValidationErrors, match="already past"):
        check_schedule(euros("100"), lines, RULES, earliest=date(2026, 12, 4))


def test_an_edited_schedule_that_adds_up_is_accepted():
    lines = [ScheduleLine(0, date(2026, 12, 4), euros("10")), ScheduleLine(1, date(2027, 1, 1), euros("60")),
             ScheduleLine(2, date(2027, 2, 1), euros("30"))]
    check_schedule(euros("100"), lines, RULES, earliest=date(2026, 12, 4))


@settings(max_examples=400, deadline=None)
@given(
    amount_cents=st.integers(min_value=1, max_value=10_000_000),
    down_cents=st.integers(min_value=0, max_value=10_000_000),
    count=st.integers(min_value=1, max_value=60),
    minimum_cents=st.integers(min_value=1, max_value=50_000),
    period=st.sampled_from(list(Period)),
    first=st.dates(min_value=date(2026, 1, 1), max_value=date(2035, 12, 31)),
)
def test_any_plan_is_refused_clearly_or_adds_up_exactly(amount_cents, down_cents, count, minimum_cents, period, first):
    amount, down = Money.from_cents(amount_cents), Money.from_cents(down_cents)
    rules = ScheduleRules(min_instalment=Money.from_cents(minimum_cents), max_instalments=60)
    try:
        lines = plan_instalments(amount, count, first, period, rules, down_payment=down)
    except ValidationErrors as refused:
        text = refused.render()
        assert text
        assert "{" not in text
        return
    assert Money.total(line.amount for line in lines) == amount
    assert all(line.amount.is_positive for line in lines)
    instalments = [line for line in lines if not line.is_down_payment]
    assert len(instalments) == count
    assert all(line.amount >= rules.min_instalment for line in instalments)
    assert [line.due_date for line in instalments] == [due_date(first, period, i) for i in range(count)]
    assert all(a.due_date <= b.due_date for a, b in zip(lines, lines[1:]))


PLAN = (ScheduleLine(1, date(2027, 1, 31), euros("100")), ScheduleLine(2, date(2027, 2, 28), euros("100")),
        ScheduleLine(3, date(2027, 3, 31), euros("100")))
BREACH = BreachRules(missed_instalments=2, days_late=30)


def test_a_payment_pays_instalments_in_order():
    progress = follow_agreement(AgreementKind.INSTALMENTS, PLAN, [(date(2027, 1, 10), euros("150"))],
                                date(2027, 1, 20), BREACH)
    assert [line.status for line in progress.lines] == [LineStatus.PAID, LineStatus.PARTLY_PAID, LineStatus.PENDING]
    assert [str(line.paid.amount) for line in progress.lines] == ["100.00", "50.00", "0.00"]
    assert progress.standing is Standing.GOOD
    assert progress.remaining == euros("150")
    assert progress.next_line.line.number == 2


def test_a_late_instalment_makes_the_agreement_late_then_broken_after_the_days():
    late = follow_agreement(AgreementKind.INSTALMENTS, PLAN, [], date(2027, 2, 1), BREACH)
    assert late.standing is Standing.LATE
    assert late.due_now == euros("100")
    assert late.lines[0].status is LineStatus.OVERDUE
    assert late.oldest_overdue_due_date == date(2027, 1, 31)
    broken = follow_agreement(AgreementKind.INSTALMENTS, PLAN, [], date(2027, 3, 2), BREACH)
    assert broken.standing is Standing.BROKEN
    assert broken.broken_on == date(2027, 3, 1)
    # The signed terms made the rest fall due at once.
    assert broken.accelerated
    assert broken.due_now == euros("300")
    assert all(line.status is LineStatus.OVERDUE for line in broken.lines)


def test_two_missed_instalments_break_the_agreement_the_day_after_the_second():
    rules = BreachRules(missed_instalments=2, days_late=90, accelerate=False)
    progress = follow_agreement(AgreementKind.INSTALMENTS, PLAN, [], date(2027, 3, 1), rules)
    assert progress.standing is Standing.BROKEN
    assert progress.broken_on == date(2027, 3, 1)
    assert not progress.accelerated
    assert progress.due_now == euros("200")


def test_a_broken_agreement_stays_broken_after_catching_up_until_paid_in_full():
    payments = [(date(2027, 3, 5), euros("200"))]
    progress = follow_agreement(AgreementKind.INSTALMENTS, PLAN, payments, date(2027, 3, 10), BREACH)
    assert progress.standing is Standing.BROKEN
    done = follow_agreement(AgreementKind.INSTALMENTS, PLAN, payments + [(date(2027, 3, 6), euros("100"))],
                            date(2027, 3, 10), BREACH)
    assert done.standing is Standing.COMPLETED
    assert done.due_now == Money.zero()


def test_paying_on_time_keeps_good_standing():
    payments = [(date(2027, 1, 31), euros("100")), (date(2027, 2, 20), euros("100"))]
    progress = follow_agreement(AgreementKind.INSTALMENTS, PLAN, payments, date(2027, 3, 15), BREACH)
    assert progress.standing is Standing.GOOD
    assert progress.missed == 0


def test_a_promise_is_late_after_its_date_and_broken_after_the_days_of_the_signed_terms():
    promise = (ScheduleLine(1, date(2027, 1, 15), euros("250")),)
    assert follow_agreement(AgreementKind.PROMISE, promise, [], date(2027, 1, 15), BREACH).standing is Standing.GOOD
    late = follow_agreement(AgreementKind.PROMISE, promise, [(date(2027, 1, 10), euros("50"))],
                            date(2027, 1, 16), BREACH)
    assert late.standing is Standing.LATE
    assert late.due_now == euros("200")
    # One line can never make two missed instalments, so the days late decide, as the form says.
    broken = follow_agreement(AgreementKind.PROMISE, promise, [(date(2027, 1, 10), euros("50"))],
                              date(2027, 2, 14), BREACH)
    assert broken.standing is Standing.BROKEN
    assert broken.broken_on == date(2027, 2, 14)


def test_a_cancelled_agreement_is_cancelled_whatever_was_paid():
    progress = follow_agreement(AgreementKind.INSTALMENTS, PLAN, [], date(2027, 5, 1), BREACH, cancelled=True)
    assert progress.standing is Standing.CANCELLED
    assert progress.broken_on is None


def test_a_schedule_above_the_amount_says_how_much_more():
    lines = [ScheduleLine(1, date(2027, 1, 1), euros("60")), ScheduleLine(2, date(2027, 2, 1), euros("50"))]
    with pytest.raises(ValidationErrors) as caught:
        check_schedule(euros("100"), lines, RULES)
    text = plain(caught.value.render())
    assert "110,00 €, 10,00 € more than the amount covered 100,00 €" in text
    assert "-" not in text.split("€")[0]
