"""allocate_cents settles exactly as allocate does."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from vetdesk.domain.ledger import EntryKind, LedgerEntry, allocate, allocate_cents
from vetdesk.domain.money import Money

START = date(2026, 1, 1)


@st.composite
def ledgers(draw):
    count = draw(st.integers(min_value=1, max_value=25))
    entries = []
    charge_ids = []
    for entry_id in range(1, count + 1):
        day = START + timedelta(days=draw(st.integers(0, 60)))
        cents = draw(st.integers(1, 50_000))
        if draw(st.booleans()) or not charge_ids:
            due = day + timedelta(days=draw(st.integers(0, 30)))
            entries.append(LedgerEntry(entry_id, EntryKind.CHARGE, day, Money.from_cents(cents), due_date=due))
            charge_ids.append(entry_id)
        else:
            applies_to = draw(st.sampled_from([None, *charge_ids]))
            settles_first = tuple(draw(st.lists(st.sampled_from(charge_ids), max_size=3, unique=True)))
            kind = draw(st.sampled_from([EntryKind.PAYMENT, EntryKind.CREDIT_NOTE]))
            entries.append(LedgerEntry(entry_id, kind, day, Money.from_cents(cents), applies_to=applies_to,
                                       settles_first=settles_first))
    return entries


@settings(max_examples=300, deadline=None)
@given(ledgers())
def test_fast_allocation_matches_allocate(entries):
    expected = {charge_id: amount.cents for charge_id, amount in allocate(entries).outstanding.items()}
    charges = [(e.id, e.due_date, e.entry_date, e.amount.cents) for e in entries if e.is_charge]
    credits = [(e.id, e.entry_date, e.amount.cents, e.applies_to, e.settles_first) for e in entries if not e.is_charge]
    assert allocate_cents(charges, credits) == expected
