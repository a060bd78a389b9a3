"""Debt on hold or in dispute: reminders pause for a client's debt, or one charge, until the end date."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.domain.formatting import format_date, today_in
from vetdesk.domain.ledger import EntryKind
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money
from vetdesk.services import staff
from vetdesk.services.audit import record_event
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

log = logging.getLogger("vetdesk.holds")

CTX = "Holds"
MAX_REASON = 500


class HoldKind(StrEnum):
    # Payment is expected from elsewhere, such as an insurer.
    HOLD = "hold"
    # The client contests the debt or an item of it.
    DISPUTE = "dispute"


@dataclass(frozen=True)
class HoldView:
    id: int
    client_id: int
    kind: HoldKind
    reason: str
    # The charge held, or None for the client's whole debt.
    charge_id: int | None
    charge_description: str
    charge_amount: Money | None
    starts_on: date
    ends_on: date | None
    created_by: str
    created_at: datetime
    released_by: str | None
    released_at: datetime | None

    def is_active(self, today: date) -> bool:
        return (self.released_at is None and self.starts_on <= today
                and (self.ends_on is None or self.ends_on >= today))


def _one_year_after(day: date) -> date:
    """Return the same day a year later (29 February gives 28 February); a longer hold is usually a typing slip."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _error(source: str, field: str, **values: object) -> UserError:
    return UserError(UserMessage(CTX, source, values), field=field)


def _today(context: ServiceContext) -> date:
    return today_in(clinic_time_zone(context), context.now())


def _check_charge(session: Session, client_id: int, charge_id: int | None) -> None:
    if charge_id is None:
        return
    row = session.get(models.LedgerEntry, charge_id)
    if row is None or row.client_id != client_id or row.kind != EntryKind.CHARGE.value:
        raise _error(QT_TRANSLATE_NOOP("Holds", "Entry number {id} is not a charge of this client. "
                                                "Choose one of the client's charges, or hold the whole debt."),
                     "charge", id=charge_id)


def place_hold(context: ServiceContext, client_id: int, kind: HoldKind | str, reason: str, ends_on: date,
               charge_id: int | None = None) -> int:
    """Put a client's debt, or one charge, on hold or in dispute until ``ends_on`` (inclusive)."""
    staff.require(context, staff.Permission.RECORD_MONEY)
    today = _today(context)
    cleaned = " ".join(reason.split())
    errors = []
    try:
        kind = HoldKind(kind)
    except ValueError:
        errors.append(_error(QT_TRANSLATE_NOOP("Holds", "The kind {kind} is not known. Choose on hold or in dispute."),
                             "kind", kind=str(kind)))
    if not cleaned:
        errors.append(_error(QT_TRANSLATE_NOOP("Holds", "The reason is missing. Write why the debt waits, "
                                                        "for example \"insurance claim pending\"."), "reason"))
    elif len(cleaned) > MAX_REASON:
        errors.append(_error(QT_TRANSLATE_NOOP("Holds", "The reason has {count} characters. Shorten it to {max} or fewer."),
                             "reason", count=len(cleaned), max=MAX_REASON))
    if ends_on < today:
        errors.append(_error(QT_TRANSLATE_NOOP("Holds", "The end date {date} is in the past. Choose today or a later day."),
                             "ends_on", date=format_date(ends_on)))
    elif ends_on > _one_year_after(today):
        errors.append(_error(QT_TRANSLATE_NOOP("Holds", "The end date {date} is more than a year away. "
                                                        "Choose an earlier day and extend the hold later if needed."),
                             "ends_on", date=format_date(ends_on)))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)

    with context.database.transaction() as session:
        if session.get(models.Client, client_id) is None:
            raise _error(QT_TRANSLATE_NOOP("Holds", "Client number {id} was not found. Search for the client again."),
                         "client", id=client_id)
        _check_charge(session, client_id, charge_id)
        row = models.DebtHold(client_id=client_id, charge_id=charge_id, kind=kind.value, reason=cleaned,
                              starts_on=today, ends_on=ends_on, created_by=context.actor, created_at=context.now())
        session.add(row)
        session.flush()
        record_event(session, context, action="debt_hold_placed", entity="debt_hold", entity_id=row.id,
                     after={"client_id": client_id, "charge_id": charge_id, "kind": kind.value, "reason": cleaned,
                            "starts_on": today, "ends_on": ends_on})
        log.info("Placed %s %s on client %s", kind.value, row.id, client_id)
        return row.id


def release_hold(context: ServiceContext, hold_id: int) -> None:
    """End a hold or dispute today, before its end date; reminders resume at the next run."""
    staff.require(context, staff.Permission.RECORD_MONEY)
    with context.database.transaction() as session:
        row = session.get(models.DebtHold, hold_id)
        if row is None:
            raise _error(QT_TRANSLATE_NOOP("Holds", "Hold number {id} was not found. Reopen the client and try again."),
                         "hold", id=hold_id)
        if row.released_at is not None:
            raise _error(QT_TRANSLATE_NOOP("Holds", "Hold number {id} was already released by {name}."),
                         "hold", id=hold_id, name=row.released_by)
        row.released_by = context.actor
        row.released_at = context.now()
        record_event(session, context, action="debt_hold_released", entity="debt_hold", entity_id=row.id,
                     before={"released_at": None}, after={"released_by": context.actor})
        log.info("Released hold %s of client %s", row.id, row.client_id)


def holds_for_client(context: ServiceContext, client_id: int) -> list[HoldView]:
    """Return the client's holds and disputes, newest first, released and ended ones included."""
    with context.database.read() as session:
        rows = session.execute(
            select(models.DebtHold, models.LedgerEntry.description, models.LedgerEntry.amount_cents)
            .outerjoin(models.LedgerEntry, models.LedgerEntry.id == models.DebtHold.charge_id)
            .where(models.DebtHold.client_id == client_id)
            .order_by(models.DebtHold.created_at.desc(), models.DebtHold.id.desc())
        ).all()
        return [
            HoldView(id=hold.id, client_id=hold.client_id, kind=HoldKind(hold.kind), reason=hold.reason,
                     charge_id=hold.charge_id, charge_description=description or "",
                     charge_amount=Money.from_cents(cents) if cents is not None else None,
                     starts_on=hold.starts_on, ends_on=hold.ends_on, created_by=hold.created_by,
                     created_at=hold.created_at, released_by=hold.released_by, released_at=hold.released_at)
            for hold, description, cents in rows
        ]


def active_holds(session: Session, today: date) -> dict[int, dict[str, bool]]:
    """Map each client with a hold or dispute in force on ``today`` to its kinds.

    Each kind maps to True when one such hold covers the client's whole debt,
    and to False when they all cover single charges.
    """
    active: dict[int, dict[str, bool]] = {}
    for client_id, kind, charge_id in session.execute(
        select(models.DebtHold.client_id, models.DebtHold.kind, models.DebtHold.charge_id).where(
            models.DebtHold.released_at.is_(None), models.DebtHold.starts_on <= today,
            (models.DebtHold.ends_on.is_(None)) | (models.DebtHold.ends_on >= today))
    ):
        kinds = active.setdefault(client_id, {})
        kinds[kind] = kinds.get(kind, False) or charge_id is None
    return active
