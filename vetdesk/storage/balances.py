"""Stored balances: each client's balance and each charge's outstanding amount, kept beside the ledger.

The ledger stays the record. These two tables repeat what ``domain.ledger``
computes from it, so that lists over thousands of clients (debtors, the
dashboard, the reminder run) read a few thousand rows instead of settling
millions of entries. Every service that writes ledger entries calls
``refresh_balances`` in the same transaction; ``check_balances`` compares the
tables with a fresh computation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from vetdesk.domain.ledger import allocate_cents, net_of_reversals
from vetdesk.storage import models

# Ids per IN list, well below SQLite's limit on query parameters.
_CHUNK = 2000


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _lock_clients(session: Session, client_ids: Sequence[int]) -> None:
    """Serialise balance updates per client on PostgreSQL; SQLite write transactions are serialised already.

    A desk that inserted an entry and then waits here reads the ledger only
    after the other desk committed, so neither stores balances that miss the other's entry.
    FOR NO KEY UPDATE does not conflict with the key-share lock that inserting
    a ledger row takes on its client, so two desks cannot deadlock on it.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(models.Client.id).where(models.Client.id.in_(client_ids))
                    .order_by(models.Client.id).with_for_update(key_share=True))


def compute_balances(session: Session, client_ids: Sequence[int]) -> tuple[list[dict], list[dict]]:
    """Settle the ledgers of ``client_ids``; return the rows of ``account_balance`` and ``open_charge``."""
    ids = list(client_ids)
    covered: dict[int, tuple[int, ...]] = {}
    for agreement_id, charge_id in session.execute(
        select(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
        .order_by(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
    ):
        covered[agreement_id] = covered.get(agreement_id, ()) + (charge_id,)

    balances: list[dict] = []
    open_charges: list[dict] = []
    connection = session.connection()
    for chunk in _chunks(ids):
        ledgers: dict[int, tuple[list, list, dict[int, int], list]] = {client_id: ([], [], {}, [0, 0, None])
                                                                        for client_id in chunk}
        for client_id, entry_id, kind, entry_date, cents, due_date, applies_to, agreement_id in connection.execute(
            select(models.LedgerEntry.client_id, models.LedgerEntry.id, models.LedgerEntry.kind,
                   models.LedgerEntry.entry_date, models.LedgerEntry.amount_cents, models.LedgerEntry.due_date,
                   models.LedgerEntry.applies_to_id, models.LedgerEntry.agreement_id)
            .where(models.LedgerEntry.client_id.in_(chunk))
        ):
            charges, credits, reversed_cents, totals = ledgers[client_id]
            if kind == "charge":
                charges.append((entry_id, due_date, entry_date, cents))
                totals[0] += cents
            elif kind == "write_off_reversal":
                reversed_cents[applies_to] = reversed_cents.get(applies_to, 0) + cents
                totals[0] += cents
                totals[1] -= cents
            else:
                credits.append((entry_id, entry_date, cents, applies_to, covered.get(agreement_id, ())))
                totals[0] -= cents
                if kind == "write_off":
                    totals[1] += cents
                elif kind == "payment" and (totals[2] is None or entry_date > totals[2]):
                    totals[2] = entry_date
        for client_id, (charges, credits, reversed_cents, totals) in ledgers.items():
            if not charges and not credits:
                continue
            balances.append({"client_id": client_id, "balance_cents": totals[0], "written_off_cents": totals[1],
                             "last_payment_on": totals[2]})
            if totals[0] <= 0:
                # Allocation leaves credit unallocated only once every charge is settled.
                continue
            outstanding = allocate_cents(charges, net_of_reversals(credits, reversed_cents))
            due_dates = {charge[0]: charge[1] for charge in charges}
            open_charges.extend({"charge_id": charge_id, "client_id": client_id, "due_date": due_dates[charge_id],
                                 "open_cents": cents} for charge_id, cents in outstanding.items() if cents)
    return balances, open_charges


def refresh_balances(session: Session, client_ids: Iterable[int]) -> None:
    """Recompute the stored balances of ``client_ids`` from their ledgers, in ``session``'s transaction."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    _lock_clients(session, ids)
    session.flush()
    balances, open_charges = compute_balances(session, ids)
    for chunk in _chunks(ids):
        session.execute(delete(models.OpenCharge).where(models.OpenCharge.client_id.in_(chunk)))
        session.execute(delete(models.AccountBalance).where(models.AccountBalance.client_id.in_(chunk)))
    if balances:
        session.execute(insert(models.AccountBalance), balances)
    if open_charges:
        session.execute(insert(models.OpenCharge), open_charges)


def rebuild_all_balances(session: Session) -> int:
    """Recompute the stored balances of every client with ledger entries; returns how many clients."""
    ids = list(session.scalars(select(models.LedgerEntry.client_id).distinct().order_by(models.LedgerEntry.client_id)))
    session.execute(delete(models.OpenCharge))
    session.execute(delete(models.AccountBalance))
    for chunk in _chunks(ids):
        balances, open_charges = compute_balances(session, chunk)
        if balances:
            session.execute(insert(models.AccountBalance), balances)
        if open_charges:
            session.execute(insert(models.OpenCharge), open_charges)
    return len(ids)


def check_balances(session: Session) -> list[int]:
    """Return the ids of the clients whose stored balances differ from their ledgers (empty when all agree)."""
    ids = list(session.scalars(select(models.LedgerEntry.client_id).distinct().order_by(models.LedgerEntry.client_id)))
    stored_balances = {row.client_id: (row.balance_cents, row.written_off_cents, row.last_payment_on)
                       for row in session.scalars(select(models.AccountBalance))}
    stored_open: dict[int, dict[int, tuple[date, int]]] = {}
    for row in session.scalars(select(models.OpenCharge)):
        stored_open.setdefault(row.client_id, {})[row.charge_id] = (row.due_date, row.open_cents)
    differing = set(stored_balances) - set(ids)
    for chunk in _chunks(ids):
        balances, open_charges = compute_balances(session, chunk)
        fresh_open: dict[int, dict[int, tuple[date, int]]] = {}
        for row in open_charges:
            fresh_open.setdefault(row["client_id"], {})[row["charge_id"]] = (row["due_date"], row["open_cents"])
        for row in balances:
            client_id = row["client_id"]
            fresh = (row["balance_cents"], row["written_off_cents"], row["last_payment_on"])
            if stored_balances.get(client_id) != fresh or stored_open.get(client_id, {}) != fresh_open.get(client_id, {}):
                differing.add(client_id)
    return sorted(differing)
