from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from vetdesk.domain.formatting import today_in
from vetdesk.domain.ledger import (
    AccountStatus,
    Aging,
    EntryKind,
    LedgerEntry,
    PaymentMethod,
    account_status,
    allocate,
    running_balances,
)
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money

UTC = timezone.utc


def euros(text: str) -> Money:
    return Money(Decimal(text))


def charge(entry_id, amount, entry_date, due_date=None):
    return LedgerEntry(entry_id, EntryKind.CHARGE, entry_date, euros(amount), due_date=due_date)


def payment(entry_id, amount, entry_date, applies_to=None):
    return LedgerEntry(entry_id, EntryKind.PAYMENT, entry_date, euros(amount), applies_to=applies_to)


def credit_note(entry_id, amount, entry_date, applies_to=None):
    return LedgerEntry(entry_id, EntryKind.CREDIT_NOTE, entry_date, euros(amount), applies_to=applies_to)


def assert_consistent(allocation):
    """Check that balance = sum of outstanding - unallocated credit."""
    assert allocation.balance == Money.total(allocation.outstanding.values()) - allocation.unallocated_credit


# --- enums and LedgerEntry -------------------------------------------------


def test_enum_values():
    assert [kind.value for kind in EntryKind] == ["charge", "payment", "credit_note", "write_off", "write_off_reversal"]
    assert [method.value for method in PaymentMethod] == ["cash", "card", "transfer", "bizum", "direct_debit"]
    assert EntryKind("credit_note") is EntryKind.CREDIT_NOTE
    assert PaymentMethod.BIZUM == "bizum"


def test_entry_charge_due_date_defaults():
    entry = charge(1, "10", date(2026, 1, 5))
    assert entry.due_date == date(2026, 1, 5)
    assert charge(2, "10", date(2026, 1, 5), date(2026, 2, 5)).due_date == date(2026, 2, 5)


def test_entry_kind_from_string():
    entry = LedgerEntry(1, "payment", date(2026, 1, 5), euros("10"))
    assert entry.kind is EntryKind.PAYMENT
    with pytest.raises(ValueError):
        LedgerEntry(1, "refund", date(2026, 1, 5), euros("10"))


@pytest.mark.parametrize("amount", ["0", "-10"])
def test_entry_rejects_non_positive_amount(amount):
    with pytest.raises(UserError) as raised:
        payment(1, amount, date(2026, 1, 5))
    assert raised.value.field == "amount"
    assert raised.value.message.context == "Ledger"
    assert str(euros(amount)) in raised.value.render()


def test_entry_rejects_decimal_amount():
    with pytest.raises(TypeError):
        LedgerEntry(1, EntryKind.CHARGE, date(2026, 1, 5), Decimal("10"))


def test_entry_charge_cannot_name_charge():
    with pytest.raises(ValueError):
        LedgerEntry(2, EntryKind.CHARGE, date(2026, 1, 5), euros("10"), applies_to=1)


def test_entry_payment_has_no_due_date():
    with pytest.raises(ValueError):
        LedgerEntry(2, EntryKind.PAYMENT, date(2026, 1, 5), euros("10"), due_date=date(2026, 2, 1))


def test_entry_is_immutable():
    entry = charge(1, "10", date(2026, 1, 5))
    with pytest.raises(AttributeError):
        entry.amount = euros("20")


def test_entry_signed_amount():
    assert charge(1, "10", date(2026, 1, 5)).signed_amount == euros("10")
    assert payment(2, "4", date(2026, 1, 5)).signed_amount == euros("-4")
    assert credit_note(3, "1", date(2026, 1, 5)).signed_amount == euros("-1")


# --- allocate --------------------------------------------------------------


def test_allocate_oldest_due_first():
    entries = [
        charge(1, "100", date(2026, 1, 1)),
        charge(2, "50", date(2026, 2, 1)),
        payment(3, "120", date(2026, 3, 1)),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {1: Money.zero(), 2: euros("30")}
    assert allocation.unallocated_credit == Money.zero()
    assert allocation.balance == euros("30")
    assert_consistent(allocation)


def test_allocate_due_date_over_entry_date():
    entries = [
        charge(1, "100", date(2026, 1, 1), due_date=date(2026, 6, 1)),
        charge(2, "50", date(2026, 2, 1), due_date=date(2026, 3, 1)),
        payment(3, "60", date(2026, 3, 5)),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {1: euros("90"), 2: Money.zero()}


def test_allocate_due_date_ties():
    due = date(2026, 3, 1)
    entries = [
        charge(7, "10", date(2026, 2, 1), due_date=due),
        charge(5, "10", date(2026, 2, 1), due_date=due),
        charge(3, "10", date(2026, 2, 2), due_date=due),
        payment(9, "15", date(2026, 3, 5)),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {5: Money.zero(), 7: euros("5"), 3: euros("10")}


def test_allocate_named_charge_first():
    entries = [
        charge(1, "100", date(2026, 1, 1)),
        charge(2, "50", date(2026, 2, 1)),
        payment(3, "50", date(2026, 3, 1), applies_to=2),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {1: euros("100"), 2: Money.zero()}


def test_allocate_named_charge_excess():
    entries = [
        charge(1, "100", date(2026, 1, 1)),
        charge(2, "50", date(2026, 2, 1)),
        charge(3, "30", date(2026, 2, 15)),
        payment(4, "80", date(2026, 3, 1), applies_to=2),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {1: euros("70"), 2: Money.zero(), 3: euros("30")}
    assert_consistent(allocation)


def test_allocate_named_charge_already_paid():
    # The payment settles charge 1 first, so the credit note for charge 1 goes to charge 2.
    entries = [
        charge(1, "100", date(2026, 1, 1)),
        charge(2, "50", date(2026, 2, 1)),
        payment(3, "100", date(2026, 3, 1)),
        credit_note(4, "20", date(2026, 3, 2), applies_to=1),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {1: Money.zero(), 2: euros("30")}
    assert allocation.balance == euros("30")


def test_allocate_payments_in_date_order():
    # Given out of order, payment 5 (1 March) is applied before payment 4 (2 March).
    entries = [
        payment(4, "30", date(2026, 3, 2), applies_to=2),
        charge(1, "50", date(2026, 1, 1)),
        charge(2, "50", date(2026, 2, 1)),
        payment(5, "80", date(2026, 3, 1)),
    ]
    allocation = allocate(entries)
    # Payment 5 settles charge 1 and 30 € of charge 2, so payment 4 finds
    # 20 € on charge 2 and the other 10 € become credit.
    assert allocation.outstanding == {1: Money.zero(), 2: Money.zero()}
    assert allocation.unallocated_credit == euros("10")
    assert allocation.balance == euros("-10")


def test_allocate_credit_note_like_payment():
    with_payment = [charge(1, "100", date(2026, 1, 1)), charge(2, "50", date(2026, 2, 1)), payment(3, "120", date(2026, 3, 1))]
    with_credit = [charge(1, "100", date(2026, 1, 1)), charge(2, "50", date(2026, 2, 1)), credit_note(3, "120", date(2026, 3, 1))]
    assert allocate(with_payment) == allocate(with_credit)


def test_allocate_advance_covers_later_charge():
    entries = [
        payment(1, "100", date(2026, 1, 1)),
        charge(2, "60", date(2026, 1, 10)),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {2: Money.zero()}
    assert allocation.unallocated_credit == euros("40")
    assert allocation.balance == euros("-40")
    assert_consistent(allocation)


def test_allocate_advance_covers_several_later_charges():
    entries = [
        charge(1, "30", date(2026, 1, 1)),
        payment(2, "100", date(2026, 1, 2)),
        charge(3, "50", date(2026, 2, 1)),
        charge(4, "40", date(2026, 3, 1)),
    ]
    allocation = allocate(entries)
    assert allocation.outstanding == {1: Money.zero(), 3: Money.zero(), 4: euros("20")}
    assert allocation.unallocated_credit == Money.zero()
    assert allocation.balance == euros("20")


def test_allocate_no_charges():
    entries = [payment(1, "25", date(2026, 1, 1)), credit_note(2, "5", date(2026, 1, 2))]
    allocation = allocate(entries)
    assert allocation.outstanding == {}
    assert allocation.unallocated_credit == euros("30")
    assert allocation.balance == euros("-30")


def test_allocate_empty():
    allocation = allocate([])
    assert allocation.outstanding == {}
    assert allocation.unallocated_credit == Money.zero()
    assert allocation.balance == Money.zero()


def test_allocate_accepts_generator():
    allocation = allocate(entry for entry in [charge(1, "10", date(2026, 1, 1)), payment(2, "4", date(2026, 1, 2))])
    assert allocation.outstanding == {1: euros("6")}


def test_allocate_unknown_named_charge():
    entries = [charge(1, "10", date(2026, 1, 1)), payment(2, "10", date(2026, 1, 2), applies_to=99)]
    with pytest.raises(UserError) as raised:
        allocate(entries)
    assert "99" in raised.value.render()
    assert raised.value.field == "applies_to"


def test_allocate_named_entry_not_charge():
    entries = [payment(1, "10", date(2026, 1, 1)), payment(2, "10", date(2026, 1, 2), applies_to=1)]
    with pytest.raises(UserError):
        allocate(entries)


def test_allocate_duplicate_ids():
    entries = [charge(1, "10", date(2026, 1, 1)), payment(1, "10", date(2026, 1, 2))]
    with pytest.raises(ValueError):
        allocate(entries)


def test_allocate_many_charges():
    start = date(2020, 1, 1)
    charges = [charge(i, "1", start + timedelta(days=i)) for i in range(3000)]
    payments = [payment(10_000 + i, "0.50", start + timedelta(days=i)) for i in range(3000)]
    allocation = allocate(charges + payments)
    assert Money.total(allocation.outstanding.values()) == euros("1500")
    assert allocation.outstanding[0] == Money.zero()
    assert allocation.outstanding[1499] == Money.zero()
    assert allocation.outstanding[1500] == euros("1")
    assert allocation.unallocated_credit == Money.zero()


# --- account_status --------------------------------------------------------


AS_OF = date(2026, 12, 4)


def overdue_charge(days_overdue, amount="100"):
    due = AS_OF - timedelta(days=days_overdue)
    return charge(1, amount, due - timedelta(days=30), due_date=due)


def test_status_partial_payment_example():
    # A payment of 40,00 € against a 100,00 € charge 45 days overdue leaves 60,00 € in the 31-60 bucket.
    entries = [overdue_charge(45), payment(2, "40", AS_OF - timedelta(days=10))]
    status = account_status(entries, AS_OF)
    assert status.aging == Aging(Money.zero(), euros("60"), Money.zero(), Money.zero())
    assert status.overdue == euros("60")
    assert status.not_yet_due == Money.zero()
    assert status.balance == euros("60")
    assert status.oldest_overdue_days == 45
    assert status.oldest_overdue_due_date == AS_OF - timedelta(days=45)


@pytest.mark.parametrize(
    ("days_overdue", "bucket"),
    [
        (1, "days_1_30"),
        (30, "days_1_30"),
        (31, "days_31_60"),
        (60, "days_31_60"),
        (61, "days_61_90"),
        (90, "days_61_90"),
        (91, "over_90"),
        (400, "over_90"),
    ],
)
def test_status_aging_boundaries(days_overdue, bucket):
    status = account_status([overdue_charge(days_overdue)], AS_OF)
    for name in ("days_1_30", "days_31_60", "days_61_90", "over_90"):
        expected = euros("100") if name == bucket else Money.zero()
        assert getattr(status.aging, name) == expected, name
    assert status.overdue == euros("100")
    assert status.oldest_overdue_days == days_overdue


@pytest.mark.parametrize("days_overdue", [0, -1, -30])
def test_status_not_yet_due(days_overdue):
    status = account_status([overdue_charge(days_overdue)], AS_OF)
    assert status.overdue == Money.zero()
    assert status.not_yet_due == euros("100")
    assert status.aging.total == Money.zero()
    assert status.oldest_overdue_days == 0
    assert status.oldest_overdue_due_date is None


def test_status_oldest_charge_paid_first():
    entries = [
        charge(1, "100", date(2026, 6, 1)),  # 186 days overdue
        charge(2, "100", date(2026, 11, 1)),  # 33 days overdue
        charge(3, "100", date(2026, 12, 10)),  # dated after as_of, not yet due
        payment(4, "150", date(2026, 11, 20)),
    ]
    status = account_status(entries, AS_OF)
    assert status.aging == Aging(Money.zero(), euros("50"), Money.zero(), Money.zero())
    assert status.not_yet_due == euros("100")
    assert status.balance == euros("150")
    assert status.oldest_overdue_days == 33
    assert status.oldest_overdue_due_date == date(2026, 11, 1)


def test_status_client_in_credit():
    entries = [charge(1, "30", date(2026, 10, 1)), payment(2, "50", date(2026, 10, 1))]
    status = account_status(entries, AS_OF)
    assert status.balance == euros("-20")
    assert status.unallocated_credit == euros("20")
    assert status.overdue == Money.zero()
    assert status.not_yet_due == Money.zero()


def test_status_totals_add_up():
    entries = [
        charge(1, "80", date(2026, 8, 1)),
        charge(2, "45.50", date(2026, 10, 15)),
        charge(3, "12.25", date(2026, 11, 30), due_date=date(2026, 12, 30)),
        credit_note(4, "20", date(2026, 9, 1), applies_to=2),
        payment(5, "30", date(2026, 11, 1)),
    ]
    status = account_status(entries, AS_OF)
    assert isinstance(status, AccountStatus)
    assert status.overdue == status.aging.total
    assert status.overdue + status.not_yet_due - status.unallocated_credit == status.balance
    assert status.balance == euros("87.75")


def test_status_empty_account():
    status = account_status([], AS_OF)
    assert status.balance == Money.zero()
    assert status.aging.total == Money.zero()
    assert status.oldest_overdue_due_date is None


def test_status_day_in_madrid():
    # 23:30 UTC on 4 December is already 5 December in Madrid (UTC+1).
    late_evening = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
    as_of = today_in("Europe/Madrid", late_evening)
    assert as_of == date(2026, 12, 5)
    status = account_status([charge(1, "100", date(2026, 11, 4), due_date=date(2026, 12, 4))], as_of)
    assert status.oldest_overdue_days == 1
    assert status.aging.days_1_30 == euros("100")


def test_status_day_in_madrid_before_midnight():
    as_of = today_in("Europe/Madrid", datetime(2026, 12, 4, 22, 30, tzinfo=UTC))
    status = account_status([charge(1, "100", date(2026, 11, 4), due_date=date(2026, 12, 4))], as_of)
    assert status.overdue == Money.zero()
    assert status.not_yet_due == euros("100")


def test_status_summer_time_change():
    # Summer time started on 29 March 2026, so 22:30 UTC on 31 March is
    # 00:30 on 1 April in Madrid (UTC+2) but 23:30 on 31 March in the Canary Islands.
    now = datetime(2026, 3, 31, 22, 30, tzinfo=UTC)
    entries = [charge(1, "100", date(2026, 3, 1), due_date=date(2026, 3, 31))]
    madrid = account_status(entries, today_in("Europe/Madrid", now))
    canary = account_status(entries, today_in("Atlantic/Canary", now))
    assert madrid.oldest_overdue_days == 1
    assert madrid.overdue == euros("100")
    assert canary.oldest_overdue_days == 0
    assert canary.overdue == Money.zero()


# --- running_balances ------------------------------------------------------


def test_running_balances_display_order():
    entries = [
        payment(4, "30", date(2026, 2, 1)),
        charge(2, "50", date(2026, 1, 15)),
        charge(1, "100", date(2026, 1, 15)),
        credit_note(3, "200", date(2026, 2, 1)),
    ]
    rows = running_balances(entries)
    assert [entry.id for entry, _ in rows] == [1, 2, 3, 4]
    assert [balance for _, balance in rows] == [euros("100"), euros("150"), euros("-50"), euros("-80")]


def test_running_balances_empty():
    assert running_balances([]) == []


def test_running_balances_last_equals_balance():
    entries = [charge(1, "19.99", date(2026, 1, 1)), payment(2, "5", date(2026, 1, 2)), charge(3, "0.01", date(2026, 1, 3))]
    assert running_balances(entries)[-1][1] == allocate(entries).balance
