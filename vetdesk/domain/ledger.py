"""A client's account: charges, payments, credit notes and write-offs, how they settle charges, and overdue aging.

A write-off settles charges as a credit note does. Reversing it, in full or in
part, adds a write-off reversal entry that names the write-off: the ledger
keeps both, and the write-off then settles only what was not reversed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money


class EntryKind(StrEnum):
    CHARGE = "charge"
    PAYMENT = "payment"
    CREDIT_NOTE = "credit_note"
    WRITE_OFF = "write_off"
    WRITE_OFF_REVERSAL = "write_off_reversal"

    @property
    def is_debit(self) -> bool:
        """True for the kinds that raise the balance: charges and write-off reversals."""
        return self in (EntryKind.CHARGE, EntryKind.WRITE_OFF_REVERSAL)


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    BIZUM = "bizum"
    DIRECT_DEBIT = "direct_debit"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One line of a client's account.

    ``amount`` is always positive, and ``kind`` gives the direction. A charge
    without ``due_date`` is due on its ``entry_date``. Payments, credit notes and
    write-offs may name a charge in ``applies_to``; a write-off reversal must name
    its write-off there. Only charges have a due date.
    """

    id: int
    kind: EntryKind
    entry_date: date
    amount: Money
    due_date: date | None = None
    applies_to: int | None = None
    description: str = ""
    # Charges this payment or credit note settles before any other, oldest due
    # first: those of the payment agreement it was paid towards.
    settles_first: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EntryKind(self.kind))
        if not isinstance(self.amount, Money):
            raise TypeError(f"LedgerEntry.amount needs Money, got {type(self.amount).__name__}")
        if not self.amount.is_positive:
            raise UserError(
                UserMessage(
                    "Ledger",
                    QT_TRANSLATE_NOOP(
                        "Ledger",
                        "The amount {value} is not greater than zero. Type a positive amount. "
                        "To reduce a charge, add a credit note.",
                    ),
                    {"value": str(self.amount)},
                ),
                field="amount",
            )

        if self.kind is EntryKind.CHARGE:
            if self.applies_to is not None or self.settles_first:
                raise ValueError(f"Charge {self.id} cannot apply to other entries")
            if self.due_date is None:
                object.__setattr__(self, "due_date", self.entry_date)
        elif self.due_date is not None:
            raise ValueError(f"{self.kind} {self.id} has a due date, but only charges have one")
        if self.kind is EntryKind.WRITE_OFF_REVERSAL and (self.applies_to is None or self.settles_first):
            raise ValueError(f"Write-off reversal {self.id} must name the write-off it reverses and nothing else")

    @property
    def is_charge(self) -> bool:
        return self.kind is EntryKind.CHARGE

    @property
    def signed_amount(self) -> Money:
        """The amount as it changes the balance: positive for a charge or a reversal, negative otherwise."""
        return self.amount if self.kind.is_debit else -self.amount


@dataclass(frozen=True)
class Allocation:
    """Result of settling charges with payments and credit notes.

    ``outstanding`` has every charge id, including fully paid charges (zero).
    ``balance`` is charges minus payments and credit notes, and equals the sum
    of ``outstanding`` minus ``unallocated_credit``. A negative balance means
    the client is in credit.
    """

    outstanding: dict[int, Money]
    unallocated_credit: Money
    balance: Money


def _display_order(entries: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    """Sort by (entry_date, id) and reject duplicate ids."""
    ordered = sorted(entries, key=lambda entry: (entry.entry_date, entry.id))
    seen: set[int] = set()
    for entry in ordered:
        if entry.id in seen:
            raise ValueError(f"Duplicate ledger entry id {entry.id}")
        seen.add(entry.id)
    return ordered


def allocate(entries: Iterable[LedgerEntry]) -> Allocation:
    """Settle charges with payments and credit notes, in a single pass.

    Payments and credit notes are applied in (entry_date, id) order. One that
    names a charge settles that charge first, then the charges of
    ``settles_first`` (oldest due first). The rest goes to open charges by
    oldest due date (ties by entry_date, then id), including charges dated after
    the payment, because a payment can be an advance. What no charge needs is
    unallocated credit. A write-off settles charges as a credit note does, less
    what its reversals took back.
    """
    ordered = _display_order(entries)
    charges = {entry.id: entry for entry in ordered if entry.is_charge}
    reversed_amounts = _reversed_write_offs(ordered)
    outstanding = {charge_id: charge.amount for charge_id, charge in charges.items()}
    by_due_date = sorted(charges.values(), key=lambda charge: (charge.due_date, charge.entry_date, charge.id))
    # Outstanding amounts only go down, so charges before this index stay settled.
    first_open = 0
    credit = Money.zero()

    for entry in ordered:
        if entry.kind.is_debit:
            continue
        remaining = entry.amount - reversed_amounts.get(entry.id, Money.zero())
        if not remaining.is_positive:
            continue
        if entry.applies_to is not None:
            named = _named_charge(entry, charges)
            remaining = _settle(outstanding, named.id, remaining)
        if entry.settles_first:
            chosen = sorted((charges[charge_id] for charge_id in entry.settles_first if charge_id in charges),
                            key=lambda charge: (charge.due_date, charge.entry_date, charge.id))
            for charge in chosen:
                if not remaining:
                    break
                remaining = _settle(outstanding, charge.id, remaining)
        while remaining and first_open < len(by_due_date):
            charge_id = by_due_date[first_open].id
            remaining = _settle(outstanding, charge_id, remaining)
            if not outstanding[charge_id]:
                first_open += 1
        credit += remaining

    balance = Money.total(entry.signed_amount for entry in ordered)
    return Allocation(outstanding=outstanding, unallocated_credit=credit, balance=balance)


def _reversed_write_offs(entries: list[LedgerEntry]) -> dict[int, Money]:
    """Map each write-off id to the amount its reversals took back; reject reversals of anything else."""
    write_offs = {entry.id: entry for entry in entries if entry.kind is EntryKind.WRITE_OFF}
    reversed_amounts: dict[int, Money] = {}
    for entry in entries:
        if entry.kind is not EntryKind.WRITE_OFF_REVERSAL:
            continue
        write_off = write_offs.get(entry.applies_to)
        if write_off is None:
            raise ValueError(f"Reversal {entry.id} names {entry.applies_to}, which is not a write-off of this account")
        total = reversed_amounts.get(write_off.id, Money.zero()) + entry.amount
        if total > write_off.amount:
            raise ValueError(f"Reversals of write-off {write_off.id} exceed its amount")
        reversed_amounts[write_off.id] = total
    return reversed_amounts


def _named_charge(entry: LedgerEntry, charges: dict[int, LedgerEntry]) -> LedgerEntry:
    charge = charges.get(entry.applies_to)
    if charge is None:
        raise UserError(
            UserMessage(
                "Ledger",
                QT_TRANSLATE_NOOP(
                    "Ledger",
                    "Entry {entry} applies to charge {charge}, which is not a charge of this account. "
                    "Choose one of the client's charges.",
                ),
                {"entry": entry.id, "charge": entry.applies_to},
            ),
            field="applies_to",
        )
    return charge


def _settle(outstanding: dict[int, Money], charge_id: int, amount: Money) -> Money:
    """Apply up to ``amount`` to one charge and return what is left of ``amount``."""
    applied = min(outstanding[charge_id], amount)
    outstanding[charge_id] -= applied
    return amount - applied


@dataclass(frozen=True, slots=True)
class Aging:
    """Overdue amounts by days past the due date."""

    days_1_30: Money
    days_31_60: Money
    days_61_90: Money
    over_90: Money

    @property
    def total(self) -> Money:
        return self.days_1_30 + self.days_31_60 + self.days_61_90 + self.over_90


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """A client's account on one day.

    ``overdue`` plus ``not_yet_due`` minus ``unallocated_credit`` equals ``balance``.
    """

    balance: Money
    overdue: Money
    not_yet_due: Money
    unallocated_credit: Money
    aging: Aging
    oldest_overdue_days: int
    oldest_overdue_due_date: date | None


def account_status(entries: Iterable[LedgerEntry], as_of: date) -> AccountStatus:
    """Summarize the account on ``as_of``, the clinic's civil date (see ``today_in``).

    A charge is overdue from the day after its due date, so a charge due on
    ``as_of`` is not yet due. ``as_of`` only sets the day that due dates are
    compared with. Entries dated after it still count, so callers that want a
    past statement must leave later entries out.
    """
    entries = list(entries)
    allocation = allocate(entries)
    buckets = [Money.zero()] * 4
    not_yet_due = Money.zero()
    oldest_due_date: date | None = None

    for charge in (entry for entry in entries if entry.is_charge):
        open_amount = allocation.outstanding[charge.id]
        if not open_amount:
            continue
        days_overdue = (as_of - charge.due_date).days
        if days_overdue <= 0:
            not_yet_due += open_amount
            continue
        buckets[_bucket_index(days_overdue)] += open_amount
        if oldest_due_date is None or charge.due_date < oldest_due_date:
            oldest_due_date = charge.due_date

    aging = Aging(*buckets)
    return AccountStatus(
        balance=allocation.balance,
        overdue=aging.total,
        not_yet_due=not_yet_due,
        unallocated_credit=allocation.unallocated_credit,
        aging=aging,
        oldest_overdue_days=(as_of - oldest_due_date).days if oldest_due_date is not None else 0,
        oldest_overdue_due_date=oldest_due_date,
    )


def _bucket_index(days_overdue: int) -> int:
    """Map 1-30 days to 0, 31-60 to 1, 61-90 to 2 and more than 90 to 3."""
    return min((days_overdue - 1) // 30, 3)


def running_balances(entries: Iterable[LedgerEntry]) -> list[tuple[LedgerEntry, Money]]:
    """Pair each entry, in (entry_date, id) order, with the balance after it."""
    balance = Money.zero()
    rows: list[tuple[LedgerEntry, Money]] = []
    for entry in _display_order(entries):
        balance += entry.signed_amount
        rows.append((entry, balance))
    return rows


def allocate_cents(
    charges: Iterable[tuple[int, date, date, int]],
    credits: Iterable[tuple[int, date, int, int | None, tuple[int, ...]]],
) -> dict[int, int]:
    """Return each charge's outstanding cents, exactly as ``allocate`` settles them, on plain tuples.

    ``charges`` are (id, due_date, entry_date, cents); ``credits`` (payments,
    credit notes and write-offs) are (id, entry_date, cents, applies_to,
    settles_first), each write-off already less its reversals (see
    ``net_of_reversals``). This is the same algorithm without Money and
    dataclass objects, for runs over thousands of clients at once.
    """
    by_due = sorted(charges, key=lambda charge: (charge[1], charge[2], charge[0]))
    order = {charge[0]: (charge[1], charge[2], charge[0]) for charge in by_due}
    outstanding = {charge[0]: charge[3] for charge in by_due}
    first_open = 0
    for entry_id, _entry_date, cents, applies_to, settles_first in sorted(credits, key=lambda c: (c[1], c[0])):
        remaining = cents
        if applies_to is not None:
            if applies_to not in outstanding:
                raise ValueError(f"Entry {entry_id} applies to {applies_to}, which is not a charge of this account")
            applied = min(outstanding[applies_to], remaining)
            outstanding[applies_to] -= applied
            remaining -= applied
        if settles_first and remaining:
            for charge_id in sorted((c for c in settles_first if c in outstanding), key=order.__getitem__):
                applied = min(outstanding[charge_id], remaining)
                outstanding[charge_id] -= applied
                remaining -= applied
                if not remaining:
                    break
        while remaining and first_open < len(by_due):
            charge_id = by_due[first_open][0]
            applied = min(outstanding[charge_id], remaining)
            outstanding[charge_id] -= applied
            remaining -= applied
            if not outstanding[charge_id]:
                first_open += 1
    return outstanding


def net_of_reversals(credits: list[tuple[int, object, int, int | None, tuple[int, ...]]],
                     reversed_cents: dict[int, int]) -> list[tuple[int, object, int, int | None, tuple[int, ...]]]:
    """Return ``credits`` for ``allocate_cents`` with each write-off reduced by its reversals (``reversed_cents``)."""
    if not reversed_cents:
        return credits
    netted = []
    for entry_id, entry_date, cents, applies_to, settles_first in credits:
        cents -= reversed_cents.get(entry_id, 0)
        if cents > 0:
            netted.append((entry_id, entry_date, cents, applies_to, settles_first))
    return netted
