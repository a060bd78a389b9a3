"""The debtor filters: ranges, flags, free text, saved-filter JSON and the suggested next step."""

from datetime import date

import pytest

from vetdesk.domain.debtors import (
    AgingBucket,
    AgreementState,
    DebtorFilter,
    DebtorRow,
    NextStep,
    fold,
    next_step,
)
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money


def row(**changes) -> DebtorRow:
    values = dict(client_id=1, owner="Núñez Peña, Carmen", phone="", pets="Luna", total_owed=Money.from_cents(12000),
                  overdue=Money.from_cents(12000), oldest_days=45, last_reminder_level=1,
                  last_reminder_on=date(2026, 11, 1), agreement=AgreementState.NONE, promise_lapsed=False,
                  signed_terms=False, on_hold=False, in_dispute=False, written_off=Money.zero(),
                  days_since_payment=None, next_step=NextStep.SEND_REMINDER, search_text="carmen nunez pena luna")
    values.update(changes)
    return DebtorRow(**values)


def test_empty_filter_matches_all():
    assert DebtorFilter().matches(row())


def test_amount_range_bounds_inclusive():
    debtor_filter = DebtorFilter(owed_from=Money.from_cents(12000), owed_to=Money.from_cents(12000))
    assert debtor_filter.matches(row())
    assert not debtor_filter.matches(row(total_owed=Money.from_cents(12001)))


def test_empty_range_rejected_with_values():
    with pytest.raises(UserError) as raised:
        DebtorFilter(overdue_days_from=60, overdue_days_to=30)
    assert raised.value.field == "overdue_days"
    assert "60" in raised.value.render()
    assert "30" in raised.value.render()


def test_bucket_from_days():
    assert row(oldest_days=0).bucket is AgingBucket.NOT_OVERDUE
    assert row(oldest_days=30).bucket is AgingBucket.DAYS_1_30
    assert row(oldest_days=31).bucket is AgingBucket.DAYS_31_60
    assert row(oldest_days=91).bucket is AgingBucket.OVER_90


def test_text_matches_word_prefixes_without_accents():
    assert DebtorFilter(text="NÚÑ lu").matches(row())
    assert not DebtorFilter(text="uñez").matches(row())


def test_never_paid_counts_as_long_ago():
    assert DebtorFilter(days_since_payment_from=180).matches(row(days_since_payment=None))
    assert not DebtorFilter(days_since_payment_to=180).matches(row(days_since_payment=None))
    assert DebtorFilter(days_since_payment_to=180).matches(row(days_since_payment=10))


def test_hold_flag_includes_disputes():
    assert DebtorFilter(on_hold=True).matches(row(in_dispute=True))
    assert not DebtorFilter(on_hold=False).matches(row(in_dispute=True))


def test_written_off_flag():
    assert DebtorFilter(written_off=True).matches(row(written_off=Money.from_cents(500)))
    assert not DebtorFilter(written_off=True).matches(row())


def test_json_round_trip():
    debtor_filter = DebtorFilter(owed_from=Money.from_cents(5000), buckets=frozenset({AgingBucket.OVER_90}),
                                 last_levels=frozenset({0, 4}), agreements=frozenset({AgreementState.BROKEN}),
                                 signed_terms=True, text="garcía")
    assert DebtorFilter.from_json(debtor_filter.to_json()) == debtor_filter


def test_fold_removes_accents():
    assert fold("Ibáñez ÑANDÚ") == "ibanez nandu"


@pytest.mark.parametrize("changes, expected", [
    ({}, NextStep.SEND_REMINDER),
    ({"last_level": 4}, NextStep.DECIDE),
    ({"last_level": 4, "signed_terms": True}, NextStep.READY_FOR_CLAIM),
    ({"on_hold": True}, NextStep.WAIT_HOLD),
    ({"agreement": AgreementState.GOOD}, NextStep.FOLLOW_AGREEMENT),
    ({"agreement": AgreementState.LATE}, NextStep.CALL_ABOUT_AGREEMENT),
    ({"overdue": Money.zero()}, NextStep.WAIT_DUE),
    ({"written_off": Money.from_cents(100), "total_owed": Money.zero()}, NextStep.WRITTEN_OFF),
])
def test_next_step(changes, expected):
    values = dict(overdue=Money.from_cents(100), on_hold=False, agreement=AgreementState.NONE, promise_lapsed=False,
                  last_level=1, top_level=4, signed_terms=False, written_off=Money.zero(),
                  total_owed=Money.from_cents(100))
    values.update(changes)
    assert next_step(**values) is expected
