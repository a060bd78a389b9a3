"""A client's account: the ledger, charges and payments, and the debt banner."""

from __future__ import annotations

import dataclasses
import enum
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetdesk.domain.agreements import AgreementKind, Standing
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
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money, format_money
from vetdesk.services import agreements, settings
from vetdesk.services import staff
from vetdesk.services.audit import record_event
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models
from vetdesk.storage.balances import refresh_balances

log = logging.getLogger("vetdesk.ledger")

CTX = "Accounts"
MAX_DESCRIPTION = 300


def _domain_entries(session: Session, client_id: int, rows: list[models.LedgerEntry]) -> list[LedgerEntry]:
    covered = agreements.covered_charges(session, client_id) if any(row.agreement_id for row in rows) else {}
    return [agreements.to_domain_entry(row, covered) for row in rows]


def _entries(session: Session, client_id: int) -> list[models.LedgerEntry]:
    return list(session.scalars(
        select(models.LedgerEntry)
        .where(models.LedgerEntry.client_id == client_id)
        .order_by(models.LedgerEntry.entry_date, models.LedgerEntry.id)
    ))


def clinic_today(context: ServiceContext) -> date:
    """Return today's date in the clinic's time zone, not the computer's."""
    return today_in(clinic_time_zone(context), context.now())


def statuses_for_clients(context: ServiceContext, session: Session, client_ids: list[int]) -> dict[int, AccountStatus]:
    """Compute the account status of several clients, as the search results show them.

    One SUM query gives every balance. Allocation leaves credit unallocated only
    once every charge is settled, so a client whose balance is zero or less has
    nothing open, and only clients who owe money need their entries allocated.
    """
    today = clinic_today(context)
    signed = models.signed_cents()
    balances = dict(session.execute(
        select(models.LedgerEntry.client_id, func.sum(signed))
        .where(models.LedgerEntry.client_id.in_(client_ids))
        .group_by(models.LedgerEntry.client_id)
    ).all())
    owing = [client_id for client_id in client_ids if (balances.get(client_id) or 0) > 0]

    grouped: dict[int, list[LedgerEntry]] = {client_id: [] for client_id in owing}
    if owing:
        rows = session.execute(
            select(
                models.LedgerEntry.client_id, models.LedgerEntry.id, models.LedgerEntry.kind,
                models.LedgerEntry.entry_date, models.LedgerEntry.amount_cents, models.LedgerEntry.due_date,
                models.LedgerEntry.applies_to_id, models.LedgerEntry.agreement_id,
            ).where(models.LedgerEntry.client_id.in_(owing))
        ).all()
        covered: dict[int, tuple[int, ...]] = {}
        agreement_ids = {row[-1] for row in rows if row[-1] is not None and row[2] != EntryKind.CHARGE.value}
        if agreement_ids:
            for agreement_id, charge_id in session.execute(
                select(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
                .where(models.AgreementCharge.agreement_id.in_(agreement_ids))
            ):
                covered[agreement_id] = covered.get(agreement_id, ()) + (charge_id,)
        for client_id, entry_id, kind, entry_date, cents, due_date, applies_to, agreement_id in rows:
            settles_first = covered.get(agreement_id, ()) if kind != EntryKind.CHARGE.value else ()
            grouped[client_id].append(LedgerEntry(
                id=entry_id, kind=EntryKind(kind), entry_date=entry_date,
                amount=Money.from_cents(cents), due_date=due_date, applies_to=applies_to,
                settles_first=settles_first,
            ))
    statuses = {client_id: account_status(entries, today) for client_id, entries in grouped.items()}
    statuses.update(_statuses_under_agreements(context, session, owing, statuses, today))

    zero = Money.zero()
    for client_id in client_ids:
        if client_id not in statuses:
            balance = Money.from_cents(balances.get(client_id) or 0)
            statuses[client_id] = AccountStatus(
                balance=balance, overdue=zero, not_yet_due=zero, unallocated_credit=-balance,
                aging=Aging(zero, zero, zero, zero), oldest_overdue_days=0, oldest_overdue_due_date=None,
            )
    return statuses


def _statuses_under_agreements(context: ServiceContext, session: Session, client_ids: list[int],
                               statuses: dict[int, AccountStatus], today: date) -> dict[int, AccountStatus]:
    """Recount the overdue amount of the clients whose debt is governed by an agreement, as the banner does."""
    if not client_ids:
        return {}
    with_agreements = session.scalars(
        select(models.Agreement.client_id).distinct()
        .where(models.Agreement.client_id.in_(client_ids), models.Agreement.cancelled_at.is_(None))
    ).all()
    changed = {}
    for client_id in with_agreements:
        positions, entries = agreements.agreement_positions(session, context, client_id, today)
        if not positions:
            continue
        overdue, oldest_due = _overdue_under_agreements(positions, entries, today)
        status = statuses[client_id]
        changed[client_id] = dataclasses.replace(
            status, overdue=overdue, not_yet_due=status.overdue + status.not_yet_due - overdue,
            oldest_overdue_days=(today - oldest_due).days if oldest_due else 0, oldest_overdue_due_date=oldest_due)
    return changed


@dataclass(frozen=True)
class EntryRow:
    id: int
    kind: EntryKind
    entry_date: date
    due_date: date | None
    description: str
    pet_name: str
    payment_method: PaymentMethod | None
    # Positive for a charge or write-off reversal, negative for a payment, credit note or write-off.
    signed_amount: Money
    running_balance: Money
    recorded_by: str
    # What is still owed on a charge after payments and credit notes; None for other entries.
    outstanding: Money | None = None


@dataclass(frozen=True)
class AccountView:
    client_id: int
    today: date
    rows: tuple[EntryRow, ...]
    total_charged: Money
    total_paid: Money
    total_credited: Money
    status: AccountStatus


def account_view(context: ServiceContext, client_id: int) -> AccountView:
    """Return the client's ledger with running balance, totals, overdue amount and aging."""
    today = clinic_today(context)
    with context.database.read() as session:
        rows = _entries(session, client_id)
        pet_names = dict(session.execute(
            select(models.Pet.id, models.Pet.name).where(models.Pet.id.in_({r.pet_id for r in rows if r.pet_id}))
        ).all())
        domain_entries = _domain_entries(session, client_id, rows)
    by_id = {row.id: row for row in rows}
    outstanding = allocate(domain_entries).outstanding
    table = []
    for entry, balance in running_balances(domain_entries):
        row = by_id[entry.id]
        table.append(EntryRow(
            id=entry.id, kind=entry.kind, entry_date=entry.entry_date, due_date=row.due_date,
            description=row.description, pet_name=pet_names.get(row.pet_id, ""),
            payment_method=PaymentMethod(row.payment_method) if row.payment_method else None,
            signed_amount=entry.signed_amount, running_balance=balance, recorded_by=row.recorded_by,
            outstanding=outstanding.get(entry.id),
        ))

    def total(kind: EntryKind) -> Money:
        return Money.total(e.amount for e in domain_entries if e.kind is kind)

    return AccountView(
        client_id=client_id, today=today, rows=tuple(table),
        total_charged=total(EntryKind.CHARGE), total_paid=total(EntryKind.PAYMENT),
        total_credited=total(EntryKind.CREDIT_NOTE), status=account_status(domain_entries, today),
    )


class BannerLevel(enum.Enum):
    NONE = "none"
    # Debt owed but not yet due, or overdue below the blocking thresholds.
    AMBER = "amber"
    # Overdue debt that blocks new credit until paid or overridden.
    RED = "red"


@dataclass(frozen=True)
class OverrideInfo:
    reason: str
    created_by: str
    created_on: date
    covered: Money


@dataclass(frozen=True)
class AgreementNote:
    """What the banner says about a client's payment agreement."""

    id: int
    number: str
    kind: AgreementKind
    standing: Standing
    next_due_date: date | None
    next_amount: Money | None
    due_now: Money


@dataclass(frozen=True)
class WriteOffNote:
    """Debt written off and not paid since, which the banner keeps showing."""

    amount: Money
    written_off_on: date
    written_off_by: str
    reason: str


@dataclass(frozen=True)
class BannerState:
    level: BannerLevel
    debtor_id: int | None = None
    debtor_name: str = ""
    # True when the debt belongs to a co-owner of the chosen pet, not the client shown.
    via_co_owner: bool = False
    overdue: Money = Money.zero()
    not_yet_due: Money = Money.zero()
    oldest_overdue_days: int = 0
    oldest_overdue_due_date: date | None = None
    override: OverrideInfo | None = None
    # The agreement that governs the debt, if any; the worst one when there are several.
    agreement: AgreementNote | None = None
    written_off: WriteOffNote | None = None

    @property
    def blocks_credit(self) -> bool:
        return self.level is BannerLevel.RED and self.override is None and not self.via_co_owner

    @property
    def needs_acknowledgement(self) -> bool:
        return self.level is BannerLevel.RED and self.override is None


_SEVERITY = {BannerLevel.NONE: 0, BannerLevel.AMBER: 1, BannerLevel.RED: 2}


def _active_override(session: Session, context: ServiceContext, client_id: int, overdue: Money,
                     today: date) -> OverrideInfo | None:
    row = session.scalars(
        select(models.BannerOverride)
        .where(models.BannerOverride.client_id == client_id)
        .order_by(models.BannerOverride.created_at.desc(), models.BannerOverride.id.desc())
    ).first()
    if row is None:
        return None
    valid_days = settings.get_setting(session, settings.BANNER_OVERRIDE_VALID_DAYS)
    created_on = today_in(clinic_time_zone(context), row.created_at)
    if overdue.cents > row.overdue_cents or (today - created_on).days > valid_days:
        return None
    return OverrideInfo(row.reason, row.created_by, created_on, Money.from_cents(row.overdue_cents))


_STANDING_ORDER = {Standing.BROKEN: 0, Standing.LATE: 1, Standing.GOOD: 2}


def _agreement_note(positions: list[agreements.AgreementPosition]) -> AgreementNote | None:
    if not positions:
        return None
    worst = min(positions, key=lambda position: (_STANDING_ORDER[position.progress.standing], position.id))
    upcoming = worst.progress.next_line
    return AgreementNote(
        id=worst.id, number=worst.number, kind=worst.kind, standing=worst.progress.standing,
        next_due_date=upcoming.line.due_date if upcoming else None,
        next_amount=upcoming.remaining if upcoming else None, due_now=worst.progress.due_now,
    )


def _overdue_under_agreements(positions: list[agreements.AgreementPosition], entries: list[LedgerEntry],
                              today: date) -> tuple[Money, date | None]:
    """Return what is overdue, and since when, once agreements replace the due dates of the charges they cover."""
    covered = {charge_id for position in positions for charge_id in position.charge_ids}
    outstanding = allocate(entries).outstanding
    overdue, oldest_due = Money.zero(), None
    for entry in entries:
        if entry.is_charge and entry.id not in covered and outstanding[entry.id] and entry.due_date < today:
            overdue += outstanding[entry.id]
            oldest_due = min(oldest_due or entry.due_date, entry.due_date)
    for position in positions:
        overdue += position.progress.due_now
        if position.progress.oldest_overdue_due_date is not None:
            oldest_due = min(oldest_due or today, position.progress.oldest_overdue_due_date)
    return overdue, oldest_due


def _client_banner(session: Session, context: ServiceContext, client_id: int, today: date) -> BannerState:
    """Decide the banner of one client.

    Overdue charges covered by an agreement count only for what the agreement
    says is due now (late instalments, or everything left once a broken
    agreement's remaining amount fell due); debt covered by an agreement in
    good standing shows the amber banner without blocking.
    """
    client = session.get(models.Client, client_id)
    if client is None:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "Client number {id} was not found. Search for the client again."), {"id": client_id}))
    positions, entries = agreements.agreement_positions(session, context, client_id, today)
    status = account_status(entries, today)
    name = f"{client.given_name} {client.surnames}".strip()
    minimum = Money.from_cents(settings.get_setting(session, settings.BANNER_MIN_OVERDUE_CENTS))
    grace_days = settings.get_setting(session, settings.BANNER_GRACE_DAYS)

    overdue, oldest_due = status.overdue, status.oldest_overdue_due_date
    if positions:
        overdue, oldest_due = _overdue_under_agreements(positions, entries, today)
    oldest_days = (today - oldest_due).days if oldest_due is not None else 0
    owed = status.overdue + status.not_yet_due
    not_yet_due = owed - overdue if owed > overdue else Money.zero()

    written_off = _write_off_note(session, context, client_id, entries)
    if overdue.is_positive and overdue >= minimum and oldest_days > grace_days:
        level = BannerLevel.RED
    elif owed.is_positive or written_off is not None:
        level = BannerLevel.AMBER
    else:
        return BannerState(BannerLevel.NONE, debtor_id=client_id, debtor_name=name)
    override = _active_override(session, context, client_id, overdue, today) if level is BannerLevel.RED else None
    return BannerState(
        level=level, debtor_id=client_id, debtor_name=name, overdue=overdue,
        not_yet_due=not_yet_due, oldest_overdue_days=oldest_days,
        oldest_overdue_due_date=oldest_due, override=override, agreement=_agreement_note(positions),
        written_off=written_off,
    )


def unreversed_write_offs(entries: list[LedgerEntry]) -> Money:
    """Return the amount written off on the account and not taken back by a reversal since."""
    signed = (entry.amount if entry.kind is EntryKind.WRITE_OFF else -entry.amount
              for entry in entries if entry.kind in (EntryKind.WRITE_OFF, EntryKind.WRITE_OFF_REVERSAL))
    return Money.total(signed)


def _write_off_note(session: Session, context: ServiceContext, client_id: int,
                    entries: list[LedgerEntry]) -> WriteOffNote | None:
    amount = unreversed_write_offs(entries)
    if not amount.is_positive:
        return None
    decision = session.scalars(
        select(models.DebtDecision)
        .where(models.DebtDecision.client_id == client_id, models.DebtDecision.kind == EntryKind.WRITE_OFF.value)
        .order_by(models.DebtDecision.decided_at.desc(), models.DebtDecision.id.desc())
    ).first()
    if decision is None:
        return None
    decided_on = today_in(clinic_time_zone(context), decision.decided_at)
    return WriteOffNote(amount, decided_on, decision.decided_by, decision.reason)


def banner_state(context: ServiceContext, client_id: int, pet_id: int | None = None) -> BannerState:
    """Return the banner for a client, or for a client seen through one of their pets.

    With ``pet_id`` the debts of the pet's other owners count too, and the most
    serious one is shown. A co-owner's debt informs but does not block the
    client's own account.
    """
    today = clinic_today(context)
    with context.database.read() as session:
        state = _client_banner(session, context, client_id, today)
        if pet_id is None:
            return state
        co_owner_ids = session.scalars(
            select(models.PetOwner.client_id).where(
                models.PetOwner.pet_id == pet_id, models.PetOwner.client_id != client_id)
        ).all()
        for other_id in co_owner_ids:
            other = _client_banner(session, context, other_id, today)
            if _SEVERITY[other.level] > _SEVERITY[state.level]:
                state = BannerState(
                    level=other.level, debtor_id=other.debtor_id, debtor_name=other.debtor_name,
                    via_co_owner=True, overdue=other.overdue, not_yet_due=other.not_yet_due,
                    oldest_overdue_days=other.oldest_overdue_days,
                    oldest_overdue_due_date=other.oldest_overdue_due_date, override=other.override,
                    agreement=other.agreement,
                )
        return state


def _clean_description(text: str, required: bool) -> str:
    cleaned = " ".join(text.split())
    if required and not cleaned:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "Type what the charge is for, for example \"Vacuna antirrábica\".")), field="description")
    if len(cleaned) > MAX_DESCRIPTION:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "The description has {count} characters; the maximum is {maximum}. Shorten it."),
            {"count": len(cleaned), "maximum": MAX_DESCRIPTION}), field="description")
    return cleaned


def _require_client(session: Session, client_id: int) -> models.Client:
    client = session.get(models.Client, client_id)
    if client is None:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "Client number {id} was not found. Search for the client again."), {"id": client_id}))
    return client


def _check_pet(session: Session, client_id: int, pet_id: int | None) -> None:
    if pet_id is None:
        return
    owned = session.get(models.PetOwner, {"pet_id": pet_id, "client_id": client_id})
    if owned is None:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "Pet number {id} does not belong to this client. Choose one of the client's pets."),
            {"id": pet_id}), field="pet")


def _entry_snapshot(row: models.LedgerEntry) -> dict:
    return {
        "client_id": row.client_id, "kind": row.kind, "entry_date": row.entry_date,
        "due_date": row.due_date, "amount_cents": row.amount_cents, "description": row.description,
        "pet_id": row.pet_id, "payment_method": row.payment_method, "applies_to_id": row.applies_to_id,
        "agreement_id": row.agreement_id,
    }


def _log_entry(row: models.LedgerEntry) -> None:
    # Ids only at INFO: names and amounts are personal data.
    log.info("Recorded %s %s for client %s", row.kind, row.id, row.client_id)
    log.debug("Entry %s amount %s cents", row.id, row.amount_cents)


def append_entry(session: Session, context: ServiceContext, action: str, **columns) -> models.LedgerEntry:
    """Insert one ledger entry recorded by the acting staff member, with its audit event and stored balances."""
    row = models.LedgerEntry(recorded_by=context.actor, recorded_at=context.now(), **columns)
    session.add(row)
    session.flush()
    record_event(session, context, action=action, entity="ledger_entry", entity_id=row.id,
                 after=_entry_snapshot(row))
    refresh_balances(session, [row.client_id])
    _log_entry(row)
    return row


@dataclass(frozen=True)
class NewCharge:
    client_id: int
    amount: Money
    description: str
    entry_date: date
    due_date: date
    pet_id: int | None = None
    # Set when the client pays the whole charge at the desk: no credit is given,
    # so the debt block does not apply and the payment is recorded with it.
    paid_now: PaymentMethod | None = None
    # Idempotency key chosen by the desk (a UUID); see _record_once.
    request_id: str | None = None


def _charge_errors(charge: NewCharge) -> tuple[list[UserError], str]:
    errors: list[UserError] = []
    description = ""
    if not charge.amount.is_positive:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts",
            "The charge amount {amount} must be greater than zero."),
            {"amount": format_money(charge.amount)}), field="amount"))
    if charge.due_date < charge.entry_date:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts",
            "The due date {due} is before the charge date {date}. Choose a due date on or after it."),
            {"due": charge.due_date.strftime("%d/%m/%Y"), "date": charge.entry_date.strftime("%d/%m/%Y")}),
            field="due_date"))
    try:
        description = _clean_description(charge.description, required=True)
    except UserError as error:
        errors.append(error)
    return errors, description


def record_charge(context: ServiceContext, charge: NewCharge) -> int:
    """Record a charge; on account it is refused while the client's overdue debt blocks new credit."""
    errors, description = _charge_errors(charge)
    if charge.paid_now is not None and charge.entry_date > clinic_today(context):
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts",
            "The date {date} is in the future. A charge paid now is dated today or earlier."),
            {"date": charge.entry_date.strftime("%d/%m/%Y")}), field="entry_date"))
    if errors:
        raise ValidationErrors(errors)

    if charge.request_id is not None:
        # A retried charge is already part of the debt, so it must not be blocked by it.
        with context.database.read() as session:
            existing = _existing_entry_id(session, charge.request_id, charge.client_id, EntryKind.CHARGE)
        if existing is not None:
            return existing

    if charge.paid_now is None:
        # NOTE: the block is checked before the insert's transaction opens, so two desks
        # charging the same client at the same instant could both pass the check.
        banner = banner_state(context, charge.client_id)
        if banner.blocks_credit:
            raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts",
                "New charges on account are blocked: {name} has {amount} overdue since {date}. "
                "Record a payment or ask for an override with a reason."),
                {"name": banner.debtor_name, "amount": format_money(banner.overdue),
                 "date": banner.oldest_overdue_due_date.strftime("%d/%m/%Y")}))

    def write(session: Session) -> int:
        _require_client(session, charge.client_id)
        _check_pet(session, charge.client_id, charge.pet_id)
        row = append_entry(
            session, context, "charge_recorded",
            client_id=charge.client_id, kind=EntryKind.CHARGE.value, entry_date=charge.entry_date,
            due_date=charge.due_date, description=description, pet_id=charge.pet_id,
            amount_cents=charge.amount.cents, request_id=charge.request_id,
        )
        if charge.paid_now is not None:
            append_entry(
                session, context, "payment_recorded",
                client_id=charge.client_id, kind=EntryKind.PAYMENT.value, entry_date=charge.entry_date,
                amount_cents=charge.amount.cents, payment_method=PaymentMethod(charge.paid_now).value,
                applies_to_id=row.id,
            )
        return row.id

    return _record_once(context, charge.request_id, charge.client_id, EntryKind.CHARGE, write)


@dataclass(frozen=True)
class NewPayment:
    client_id: int
    amount: Money
    method: PaymentMethod
    entry_date: date
    description: str = ""
    # The charge this payment settles; None spreads it oldest due date first.
    applies_to: int | None = None
    # Idempotency key chosen by the desk (a UUID); see _record_once.
    request_id: str | None = None
    # The payment agreement this payment is paid towards: it settles that agreement's charges first.
    agreement_id: int | None = None


# Length of the ledger_entry.request_id column; a UUID in text form has 36 characters.
MAX_REQUEST_ID = 36


def _existing_entry_id(session: Session, request_id: str, client_id: int, kind: EntryKind) -> int | None:
    """Return the id of the entry already stored with ``request_id``, or None.

    Raises ValueError when that entry belongs to another client or is of another
    kind, which means the caller reused a key for a different entry.
    """
    row = session.scalars(
        select(models.LedgerEntry).where(models.LedgerEntry.request_id == request_id)
    ).first()
    if row is None:
        return None
    if row.client_id != client_id or row.kind != kind.value:
        raise ValueError(f"request_id {request_id!r} is already used by ledger entry {row.id}, "
                         f"a {row.kind} of client {row.client_id}")
    return row.id


def _record_once(context: ServiceContext, request_id: str | None, client_id: int, kind: EntryKind,
                 write: Callable[[Session], int]) -> int:
    """Run ``write`` in one transaction, unless an entry with ``request_id`` is already stored.

    A desk that sends the same request again after a crash or a lost connection
    gets the id of the entry stored the first time. When two attempts race, the
    unique constraint on ``request_id`` rejects the second insert and its
    caller gets the first one's id too.
    """
    if request_id is None:
        with context.database.transaction() as session:
            return write(session)
    if not request_id or len(request_id) > MAX_REQUEST_ID:
        raise ValueError(f"request_id must have 1 to {MAX_REQUEST_ID} characters, not {len(request_id)}")
    try:
        with context.database.transaction() as session:
            existing = _existing_entry_id(session, request_id, client_id, kind)
            if existing is None:
                return write(session)
    except IntegrityError:
        with context.database.read() as session:
            existing = _existing_entry_id(session, request_id, client_id, kind)
        if existing is None:
            raise
    log.info("Request %s was already recorded as entry %s", request_id, existing)
    return existing


def _check_applies_to(session: Session, client_id: int, charge_id: int | None) -> None:
    if charge_id is None:
        return
    row = session.get(models.LedgerEntry, charge_id)
    if row is None or row.client_id != client_id or row.kind != EntryKind.CHARGE.value:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "Entry number {id} is not a charge of this client. Choose one of the client's charges."),
            {"id": charge_id}), field="applies_to")


def _check_agreement(session: Session, client_id: int, agreement_id: int | None) -> None:
    if agreement_id is None:
        return
    row = session.get(models.Agreement, agreement_id)
    if row is None or row.client_id != client_id:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "Agreement number {id} is not an agreement of this client. Choose one of the client's agreements."),
            {"id": agreement_id}), field="agreement")


def _check_money_in(amount: Money, entry_date: date, today: date) -> list[UserError]:
    errors = []
    if not amount.is_positive:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "The amount {amount} must be greater than zero."),
            {"amount": format_money(amount)}), field="amount"))
    if entry_date > today:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "The date {date} is in the future. Payments are recorded on or before today."),
            {"date": entry_date.strftime("%d/%m/%Y")}), field="entry_date"))
    return errors


def record_payment(context: ServiceContext, payment: NewPayment) -> int:
    """Record money received from the client; it is allocated to the oldest charges first."""
    errors = _check_money_in(payment.amount, payment.entry_date, clinic_today(context))
    if errors:
        raise ValidationErrors(errors)
    description = _clean_description(payment.description, required=False)

    def write(session: Session) -> int:
        _require_client(session, payment.client_id)
        _check_applies_to(session, payment.client_id, payment.applies_to)
        _check_agreement(session, payment.client_id, payment.agreement_id)
        row = append_entry(
            session, context, "payment_recorded",
            client_id=payment.client_id, kind=EntryKind.PAYMENT.value, entry_date=payment.entry_date,
            description=description, amount_cents=payment.amount.cents,
            payment_method=PaymentMethod(payment.method).value, applies_to_id=payment.applies_to,
            request_id=payment.request_id, agreement_id=payment.agreement_id,
        )
        reverse_write_offs_paid(session, context, payment.client_id, row.entry_date)
        return row.id

    return _record_once(context, payment.request_id, payment.client_id, EntryKind.PAYMENT, write)


def unreversed_write_off_cents(session: Session, client_id: int) -> dict[int, int]:
    """Map each write-off of the client, oldest first, to the cents its reversals have not taken back."""
    rows = session.execute(
        select(models.LedgerEntry.id, models.LedgerEntry.kind, models.LedgerEntry.amount_cents,
               models.LedgerEntry.applies_to_id)
        .where(models.LedgerEntry.client_id == client_id,
               models.LedgerEntry.kind.in_((EntryKind.WRITE_OFF.value, EntryKind.WRITE_OFF_REVERSAL.value)))
        .order_by(models.LedgerEntry.id)
    ).all()
    unreversed = {entry_id: cents for entry_id, kind, cents, _ in rows if kind == EntryKind.WRITE_OFF.value}
    for _, kind, cents, write_off_id in rows:
        if kind == EntryKind.WRITE_OFF_REVERSAL.value:
            unreversed[write_off_id] -= cents
    return unreversed


def reverse_write_offs_paid(session: Session, context: ServiceContext, client_id: int, entry_date: date) -> Money:
    """Take back as much written-off debt as a new payment or credit note covers beyond what the client owed.

    A client who pays after a write-off is paying the debt written off, so the
    ledger reverses that part of the write-off (newest write-off first) and the
    payment settles the charges again. A credit note lowers the written-off
    debt the same way. Returns the amount reversed.
    """
    unreversed = unreversed_write_off_cents(session, client_id)
    if not any(unreversed.values()):
        return Money.zero()
    balance = session.scalar(
        select(func.sum(models.signed_cents())).where(models.LedgerEntry.client_id == client_id)) or 0
    to_reverse = min(-balance, sum(unreversed.values()))
    reversed_total = 0
    for write_off_id in sorted(unreversed, reverse=True):
        if to_reverse <= 0:
            break
        cents = min(unreversed[write_off_id], to_reverse)
        if cents <= 0:
            continue
        # A payment dated before the write-off still reverses it no earlier than the day it was written off.
        # Otherwise the ledger as of a day in between would contain a reversal without its write-off.
        written_off_on = session.get(models.LedgerEntry, write_off_id).entry_date
        entry = append_entry(session, context, "write_off_reversed", client_id=client_id,
                             kind=EntryKind.WRITE_OFF_REVERSAL.value, entry_date=max(entry_date, written_off_on),
                             amount_cents=cents, applies_to_id=write_off_id, description="")
        decision = models.DebtDecision(client_id=client_id, kind=EntryKind.WRITE_OFF_REVERSAL.value, reason="",
                                       amount_cents=cents, ledger_entry_id=entry.id, decided_by=context.actor,
                                       decided_at=context.now())
        session.add(decision)
        session.flush()
        record_event(session, context, action="debt_decision_recorded", entity="debt_decision",
                     entity_id=decision.id, after={"client_id": client_id, "kind": decision.kind,
                                                   "amount_cents": cents, "ledger_entry_id": entry.id,
                                                   "automatic": True})
        to_reverse -= cents
        reversed_total += cents
    if reversed_total:
        log.info("Payment reversed %s cents of write-offs for client %s", reversed_total, client_id)
    return Money.from_cents(reversed_total)


@dataclass(frozen=True)
class NewCreditNote:
    client_id: int
    amount: Money
    entry_date: date
    description: str
    applies_to: int | None = None
    # Idempotency key chosen by the desk (a UUID); see _record_once.
    request_id: str | None = None


def record_credit_note(context: ServiceContext, note: NewCreditNote) -> int:
    """Record a credit note (abono), the only way to correct a charge already recorded."""
    errors = _check_money_in(note.amount, note.entry_date, clinic_today(context))
    try:
        description = _clean_description(note.description, required=True)
    except UserError as error:
        errors.append(error)
    if errors:
        raise ValidationErrors(errors)

    def write(session: Session) -> int:
        _require_client(session, note.client_id)
        _check_applies_to(session, note.client_id, note.applies_to)
        row = append_entry(
            session, context, "credit_note_recorded",
            client_id=note.client_id, kind=EntryKind.CREDIT_NOTE.value, entry_date=note.entry_date,
            description=description, amount_cents=note.amount.cents, applies_to_id=note.applies_to,
            request_id=note.request_id,
        )
        # A credit note on written-off debt lowers that debt rather than putting the client in credit.
        reverse_write_offs_paid(session, context, note.client_id, row.entry_date)
        return row.id

    return _record_once(context, note.request_id, note.client_id, EntryKind.CREDIT_NOTE, write)


MIN_OVERRIDE_REASON = 5


def override_banner(context: ServiceContext, client_id: int, reason: str) -> None:
    """Let a client with overdue debt take new credit, for a written reason stored with who and when.

    Raises UserError unless the acting staff member has the OVERRIDE_BANNER permission.
    """
    staff.require(context, staff.Permission.OVERRIDE_BANNER)
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_OVERRIDE_REASON:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "The reason \"{value}\" is too short. Write why this client may take new credit."),
            {"value": cleaned}), field="reason")
    state = banner_state(context, client_id)
    if state.level is not BannerLevel.RED:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Accounts", "{name} has no overdue debt that blocks new credit, so no override is needed."),
            {"name": state.debtor_name}))
    with context.database.transaction() as session:
        row = models.BannerOverride(
            client_id=client_id, reason=cleaned, overdue_cents=state.overdue.cents,
            created_by=context.actor, created_at=context.now(),
        )
        session.add(row)
        session.flush()
        record_event(session, context, action="banner_overridden", entity="client", entity_id=client_id,
                     after={"reason": cleaned, "overdue_cents": state.overdue.cents})
        log.info("Debt block overridden for client %s by %s", client_id, context.actor)


def default_due_date(context: ServiceContext, entry_date: date) -> date:
    with context.database.read() as session:
        days = settings.get_setting(session, settings.DEFAULT_CHARGE_TERM_DAYS)
    return entry_date + timedelta(days=days)
