"""The debtor list: every client who owes money, has debt on hold or had debt written off, with saved filters.

``load_debtors`` reads the stored balances (``storage.balances``) of those
clients; the view then filters the rows in memory (``DebtorFilter.apply``).
The dashboard adds up the same per-client figures.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.domain.agreements import AgreementKind, Standing
from vetdesk.domain.debtors import AgreementState, DebtorFilter, DebtorRow, fold, next_step
from vetdesk.domain.formatting import today_in
from vetdesk.domain.ledger import Aging
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money
from vetdesk.domain.reminders import ReminderLevel
from vetdesk.services import agreements, settings
from vetdesk.services.accounts import clinic_today
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.services.holds import active_holds
from vetdesk.storage import models

log = logging.getLogger("vetdesk.debtors")

# Ids per IN list, well below SQLite's limit on query parameters.
_CHUNK = 5000
MAX_FILTER_NAME = 60
MAX_SAVED_FILTERS = 50


@dataclass(frozen=True)
class DebtorList:
    as_of: date
    rows: tuple[DebtorRow, ...]
    # Number of reminder levels the clinic uses; the last one is the proposal to settle.
    top_level: int


@dataclass(frozen=True)
class SavedFilter:
    name: str
    filter: DebtorFilter


@dataclass
class ClientPosition:
    """A client's account on the day of the list, in cents, before it becomes a DebtorRow."""

    client_id: int
    balance: int = 0
    # Outstanding cents by aging bucket (1-30, 31-60, 61-90, over 90 days) and not yet due.
    buckets: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    not_yet_due: int = 0
    oldest_due: date | None = None
    written_off: int = 0
    last_payment: date | None = None
    agreement: AgreementState = AgreementState.NONE
    promise_lapsed: bool = False
    # (charge id, due date, open cents) of each charge not yet settled.
    open_charges: list[tuple[int, date, int]] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(self.buckets)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _bucket(days_overdue: int) -> int:
    return min((days_overdue - 1) // 30, 3)


def _client_ids_to_list(session: Session, today: date) -> tuple[list[int], dict[int, dict[str, bool]]]:
    """Return the clients who owe money, have an unreversed write-off or a hold in force, and the holds."""
    listed = set(session.scalars(select(models.AccountBalance.client_id).where(
        (models.AccountBalance.balance_cents > 0) | (models.AccountBalance.written_off_cents > 0))))
    holds = active_holds(session, today)
    return sorted(listed | set(holds)), holds


def account_positions(session: Session, context: ServiceContext, today: date,
                      client_ids: Sequence[int]) -> dict[int, ClientPosition]:
    """Sort what each of ``client_ids`` owes into aging buckets on ``today``, from the stored balances.

    Debt covered by an agreement counts as overdue only for the amount the
    agreement makes due now, as on the banner.
    """
    positions: dict[int, ClientPosition] = {client_id: ClientPosition(client_id) for client_id in client_ids}
    for chunk in _chunks(list(client_ids)):
        for client_id, balance, written_off, last_payment in session.execute(
            select(models.AccountBalance.client_id, models.AccountBalance.balance_cents,
                   models.AccountBalance.written_off_cents, models.AccountBalance.last_payment_on)
            .where(models.AccountBalance.client_id.in_(chunk))
        ):
            position = positions[client_id]
            position.balance, position.written_off, position.last_payment = balance, written_off, last_payment
        for client_id, charge_id, due, cents in session.execute(
            select(models.OpenCharge.client_id, models.OpenCharge.charge_id, models.OpenCharge.due_date,
                   models.OpenCharge.open_cents)
            .where(models.OpenCharge.client_id.in_(chunk))
        ):
            position = positions[client_id]
            position.open_charges.append((charge_id, due, cents))
            if due >= today:
                position.not_yet_due += cents
                continue
            position.buckets[_bucket((today - due).days)] += cents
            if position.oldest_due is None or due < position.oldest_due:
                position.oldest_due = due

    _apply_agreements(session, context, today, positions)
    return positions


def _apply_agreements(session: Session, context: ServiceContext, today: date,
                      positions: dict[int, ClientPosition]) -> None:
    """Recount overdue debt under agreements and set each client's agreement state."""
    with_agreements = sorted(set(session.scalars(
        select(models.Agreement.client_id).distinct().where(models.Agreement.cancelled_at.is_(None))
    )) & set(positions))
    order = {Standing.BROKEN: 0, Standing.LATE: 1, Standing.GOOD: 2}
    states = {Standing.BROKEN: AgreementState.BROKEN, Standing.LATE: AgreementState.LATE,
              Standing.GOOD: AgreementState.GOOD}
    for client_id in with_agreements:
        found, _entries = agreements.agreement_positions(session, context, client_id, today)
        if not found:
            continue
        position = positions[client_id]
        worst = min(found, key=lambda item: order[item.progress.standing])
        position.agreement = states[worst.progress.standing]
        position.promise_lapsed = any(item.kind is AgreementKind.PROMISE
                                      and item.progress.standing in (Standing.LATE, Standing.BROKEN) for item in found)
        # The agreement's due amounts replace the due dates of the charges it covers. Charges outside any
        # agreement age from their own due dates, and the amount an agreement makes due now ages from its
        # oldest unpaid instalment. What is owed but not due now counts as not yet due.
        covered = {charge_id for item in found for charge_id in item.charge_ids}
        owed = position.overdue + position.not_yet_due
        position.buckets = [0, 0, 0, 0]
        oldest_due = None
        for charge_id, due, cents in position.open_charges:
            if charge_id in covered or due >= today:
                continue
            position.buckets[_bucket((today - due).days)] += cents
            oldest_due = min(oldest_due or due, due)
        for item in found:
            due_now, since = item.progress.due_now, item.progress.oldest_overdue_due_date
            if not due_now.is_positive:
                continue
            since = since or today - timedelta(days=1)
            position.buckets[_bucket(max((today - since).days, 1))] += due_now.cents
            oldest_due = min(oldest_due or since, since)
        position.not_yet_due = max(owed - position.overdue, 0)
        position.oldest_due = oldest_due if position.overdue else None


def _client_details(session: Session, client_ids: Sequence[int]) -> tuple[dict, dict[int, list[str]]]:
    clients = {}
    pets: dict[int, list[str]] = {}
    for chunk in _chunks(list(client_ids)):
        for row in session.execute(
            select(models.Client.id, models.Client.given_name, models.Client.surnames, models.Client.phone)
            .where(models.Client.id.in_(chunk))
        ):
            clients[row.id] = row
        for client_id, name in session.execute(
            select(models.PetOwner.client_id, models.Pet.name)
            .join(models.Pet, models.Pet.id == models.PetOwner.pet_id)
            .where(models.PetOwner.client_id.in_(chunk))
            .order_by(models.PetOwner.client_id, models.Pet.name)
        ):
            pets.setdefault(client_id, []).append(name)
    return clients, pets


def _last_reminders(session: Session, context: ServiceContext, client_ids: set[int]) -> dict[int, tuple[int, date]]:
    """Map each client to the highest reminder level sent to them, and the day it went out."""
    zone = clinic_time_zone(context)
    last: dict[int, tuple[int, date]] = {}
    for client_id, level, sent_at in session.execute(
        select(models.Reminder.client_id, models.Reminder.level, models.Reminder.sent_at)
        .where(models.Reminder.status == "sent", models.Reminder.sent_at.is_not(None))
    ):
        if client_id not in client_ids:
            continue
        sent_on = today_in(zone, sent_at)
        current = last.get(client_id)
        if current is None or (level, sent_on) > current:
            last[client_id] = (level, sent_on)
    return last


def _signed_terms(session: Session, client_ids: set[int]) -> set[int]:
    signed = session.scalars(
        select(models.Agreement.client_id).distinct()
        .join(models.AgreementDocument, models.AgreementDocument.agreement_id == models.Agreement.id)
        .where(models.AgreementDocument.signed_at.is_not(None)))
    return {client_id for client_id in signed if client_id in client_ids}


def claims_recorded(session: Session, context: ServiceContext) -> dict[int, date]:
    """Map each client with a claim in court recorded to the day of the latest one."""
    zone = clinic_time_zone(context)
    claimed: dict[int, date] = {}
    for client_id, decided_at in session.execute(
        select(models.DebtDecision.client_id, models.DebtDecision.decided_at)
        .where(models.DebtDecision.kind == "claim")
    ):
        day = today_in(zone, decided_at)
        claimed[client_id] = max(claimed.get(client_id, day), day)
    return claimed


def top_reminder_level(session: Session) -> int:
    levels = [ReminderLevel.from_json(item) for item in settings.get_setting(session, settings.REMINDER_LEVELS)]
    return max(level.level for level in levels)


def load_debtors(context: ServiceContext) -> DebtorList:
    """Compute the debtor list for today in the clinic's time zone."""
    today = clinic_today(context)
    with context.database.read() as session:
        client_ids, holds = _client_ids_to_list(session, today)
        positions = account_positions(session, context, today, client_ids)
        clients, pets = _client_details(session, client_ids)
        listed = set(client_ids)
        reminded = _last_reminders(session, context, listed)
        signed = _signed_terms(session, listed)
        claimed = claims_recorded(session, context)
        top_level = top_reminder_level(session)

    rows = []
    for client_id in client_ids:
        client = clients.get(client_id)
        if client is None:
            continue
        position = positions.get(client_id, ClientPosition(client_id))
        owed = Money.from_cents(max(position.balance, 0))
        overdue = Money.from_cents(position.overdue)
        written_off = Money.from_cents(max(position.written_off, 0))
        kinds = holds.get(client_id, {})
        if not owed.is_positive and not written_off.is_positive and not kinds:
            continue
        level, sent_on = reminded.get(client_id, (0, None))
        pet_names = pets.get(client_id, [])
        owner = ", ".join(part for part in (client.surnames, client.given_name) if part)
        rows.append(DebtorRow(
            client_id=client_id, owner=owner, phone=client.phone, pets=", ".join(pet_names),
            total_owed=owed, overdue=overdue,
            oldest_days=(today - position.oldest_due).days if position.oldest_due else 0,
            last_reminder_level=level, last_reminder_on=sent_on, agreement=position.agreement,
            promise_lapsed=position.promise_lapsed, signed_terms=client_id in signed,
            on_hold="hold" in kinds, in_dispute="dispute" in kinds, written_off=written_off,
            days_since_payment=(today - position.last_payment).days if position.last_payment else None,
            # Reminders wait only for a hold on the whole debt; a held charge leaves the others reminded.
            next_step=next_step(overdue=overdue, on_hold=any(kinds.values()), agreement=position.agreement,
                                promise_lapsed=position.promise_lapsed, last_level=level, top_level=top_level,
                                signed_terms=client_id in signed, written_off=written_off, total_owed=owed,
                                claimed=client_id in claimed),
            claimed_on=claimed.get(client_id),
            search_text=" ".join(fold(f"{client.given_name} {client.surnames} {' '.join(pet_names)}").split()),
        ))
    log.info("Debtor list for %s: %d clients", today, len(rows))
    return DebtorList(as_of=today, rows=tuple(rows), top_level=top_level)


# -- Saved filters -----------------------------------------------------------------------------


def _filter_error(source: str, **values: object) -> UserError:
    return UserError(UserMessage("Debtors", source, values), field="filter_name")


def saved_filters(context: ServiceContext) -> list[SavedFilter]:
    """Return the clinic's saved filters by name; the view adds the built-in ones of ``domain.debtors``."""
    with context.database.read() as session:
        stored = settings.get_setting(session, settings.DEBTOR_SAVED_FILTERS)
    return [SavedFilter(item["name"], DebtorFilter.from_json(item["filter"])) for item in stored]


def save_filter(context: ServiceContext, name: str, debtor_filter: DebtorFilter) -> None:
    """Save the filter under ``name``, replacing one of the same name (compared without case)."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise _filter_error(QT_TRANSLATE_NOOP("Debtors", "The filter name is missing. Type a name, for example "
                                                         "\"over 90 days without agreement\"."))
    if len(cleaned) > MAX_FILTER_NAME:
        raise _filter_error(QT_TRANSLATE_NOOP("Debtors", "The filter name has {count} characters. Shorten it to "
                                                         "{max} or fewer."), count=len(cleaned), max=MAX_FILTER_NAME)
    with context.database.transaction() as session:
        stored = [item for item in settings.get_setting(session, settings.DEBTOR_SAVED_FILTERS)
                  if item["name"].casefold() != cleaned.casefold()]
        if len(stored) >= MAX_SAVED_FILTERS:
            raise _filter_error(QT_TRANSLATE_NOOP("Debtors", "There are already {max} saved filters. Delete one "
                                                             "before saving another."), max=MAX_SAVED_FILTERS)
        stored.append({"name": cleaned, "filter": debtor_filter.to_json()})
        stored.sort(key=lambda item: item["name"].casefold())
        settings.store_setting(session, context, settings.DEBTOR_SAVED_FILTERS.key, stored)


def delete_filter(context: ServiceContext, name: str) -> None:
    with context.database.transaction() as session:
        stored = settings.get_setting(session, settings.DEBTOR_SAVED_FILTERS)
        wanted = " ".join(name.split()).casefold()
        kept = [item for item in stored if item["name"].casefold() != wanted]
        if len(kept) == len(stored):
            raise _filter_error(QT_TRANSLATE_NOOP("Debtors", "No saved filter is called \"{name}\"."), name=name)
        settings.store_setting(session, context, settings.DEBTOR_SAVED_FILTERS.key, kept)


def clinic_aging(positions: Iterable[ClientPosition]) -> Aging:
    """Add up the aging buckets of every client into the clinic's."""
    totals = [0, 0, 0, 0]
    for position in positions:
        if position.balance <= 0:
            continue
        for index, cents in enumerate(position.buckets):
            totals[index] += cents
    return Aging(*(Money.from_cents(cents) for cents in totals))
