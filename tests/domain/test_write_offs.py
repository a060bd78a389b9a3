"""Write-offs settle charges like credit notes; reversals take back part or all of a write-off."""

from datetime import date
from decimal import Decimal

import pytest

from vetdesk.domain.ledger import (
    EntryKind,
    LedgerEntry,
    account_status,
    allocate,
    allocate_cents,
    net_of_reversals,
)
from vetdesk.domain.money import Money


def euros(text: str) -> Money:
    return Money(Decimal(text))


def charge(entry_id, amount, day, due=None):
    return LedgerEntry(entry_id, EntryKind.CHARGE, day, euros(amount), due_date=due)


def payment(entry_id, amount, day):
    return LedgerEntry(entry_id, EntryKind.PAYMENT, day, euros(amount))


def write_off(entry_id, amount, day, applies_to=None):
    return LedgerEntry(entry_id, EntryKind.WRITE_OFF, day, euros(amount), applies_to=applies_to)


def reversal(entry_id, amount, day, write_off_id):
    return LedgerEntry(entry_id, EntryKind.WRITE_OFF_REVERSAL, day, euros(amount), applies_to=write_off_id)


def test_write_off_settles_charges():
    entries = [charge(1, "100.00", date(2026, 1, 10)), charge(2, "50.00", date(2026, 2, 10)),
               write_off(3, "150.00", date(2026, 9, 1))]
    allocation = allocate(entries)
    assert allocation.balance == Money.zero()
    assert allocation.outstanding == {1: Money.zero(), 2: Money.zero()}


def test_reversal_reopens_oldest_charge():
    entries = [charge(1, "100.00", date(2026, 1, 10)), charge(2, "50.00", date(2026, 2, 10)),
               write_off(3, "150.00", date(2026, 9, 1)), reversal(4, "40.00", date(2026, 10, 1), 3)]
    allocation = allocate(entries)
    assert allocation.balance == euros("40.00")
    # The write-off now settles 110 € oldest first, so 40 € of the February charge is open again.
    assert allocation.outstanding[2] == euros("40.00")
    assert allocation.outstanding[1] == Money.zero()


def test_reversal_keeps_original_due_date_for_aging():
    entries = [charge(1, "100.00", date(2026, 1, 10)), write_off(2, "100.00", date(2026, 9, 1)),
               reversal(3, "100.00", date(2026, 10, 1), 2)]
    status = account_status(entries, date(2026, 12, 4))
    assert status.overdue == euros("100.00")
    assert status.oldest_overdue_due_date == date(2026, 1, 10)


def test_reversal_then_payment_balances():
    entries = [charge(1, "100.00", date(2026, 1, 10)), write_off(2, "100.00", date(2026, 9, 1)),
               reversal(3, "30.00", date(2026, 10, 1), 2), payment(4, "30.00", date(2026, 10, 1))]
    allocation = allocate(entries)
    assert allocation.balance == Money.zero()
    assert allocation.unallocated_credit == Money.zero()


def test_write_off_of_named_charge():
    entries = [charge(1, "100.00", date(2026, 1, 10)), charge(2, "50.00", date(2026, 2, 10)),
               write_off(3, "50.00", date(2026, 9, 1), applies_to=2)]
    allocation = allocate(entries)
    assert allocation.outstanding[2] == Money.zero()
    assert allocation.outstanding[1] == euros("100.00")


def test_reversal_must_name_write_off():
    with pytest.raises(ValueError, match="must name the write-off"):
        LedgerEntry(5, EntryKind.WRITE_OFF_REVERSAL, date(2026, 1, 1), euros("1.00"))


def test_reversal_of_payment_rejected():
    entries = [charge(1, "100.00", date(2026, 1, 10)), payment(2, "100.00", date(2026, 2, 1)),
               reversal(3, "10.00", date(2026, 3, 1), 2)]
    with pytest.raises(ValueError, match="not a write-off"):
        allocate(entries)


def test_reversals_above_write_off_rejected():
    entries = [charge(1, "100.00", date(2026, 1, 10)), write_off(2, "100.00", date(2026, 2, 1)),
               reversal(3, "60.00", date(2026, 3, 1), 2), reversal(4, "60.00", date(2026, 3, 2), 2)]
    with pytest.raises(ValueError, match="exceed"):
        allocate(entries)


def test_signed_amounts():
    assert reversal(3, "10.00", date(2026, 3, 1), 2).signed_amount == euros("10.00")
    assert write_off(2, "10.00", date(2026, 3, 1)).signed_amount == euros("-10.00")


def test_fast_allocation_matches_with_reversal():
    entries = [charge(1, "100.00", date(2026, 1, 10)), charge(2, "50.00", date(2026, 2, 10)),
               write_off(3, "150.00", date(2026, 9, 1)), reversal(4, "40.00", date(2026, 10, 1), 3)]
    credits = net_of_reversals([(3, date(2026, 9, 1), 15000, None, ())], {3: 4000})
    fast = allocate_cents([(1, date(2026, 1, 10), date(2026, 1, 10), 10000),
                           (2, date(2026, 2, 10), date(2026, 2, 10), 5000)], credits)
    slow = allocate(entries).outstanding
    assert fast == {charge_id: amount.cents for charge_id, amount in slow.items()}


def test_fully_reversed_write_off_dropped():
    assert net_of_reversals([(3, date(2026, 9, 1), 1500, None, ())], {3: 1500}) == []
