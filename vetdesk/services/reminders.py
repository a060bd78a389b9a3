"""The reminder run: preparing reminders, reviewing them, and sending them once.

A run is made for one clinic day (``as_of``) and at most once per day; a day
before the last run is rejected. Preparing stores one reminder per client
with the text filled in; the letter PDF is rendered only when a reminder is
previewed or sent. Sending checks the ledger again first, claims the reminder
in its own transaction ("sending") and records the outcome in another: a
desk that dies in between leaves "sending", which is never sent again
without a person deciding.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vetdesk.domain.agreements import Standing
from vetdesk.domain.careful_words import WordingWarning, check_wording, parse_extra_terms
from vetdesk.domain.formatting import format_date, format_long_date, language_code, today_in
from vetdesk.domain.identity import format_iban, format_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money, format_money
from vetdesk.domain.reminder_templates import LEVELS as TEMPLATE_LEVELS
from vetdesk.domain.reminder_templates import TemplateKey, default_text, fill
from vetdesk.domain.reminders import (
    Channel,
    ClientFacts,
    Decision,
    LastReminder,
    OwedItem,
    ReminderLevel,
    decide,
)
from vetdesk.services import agreements, settings, staff
from vetdesk.services.audit import record_event
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

log = logging.getLogger("vetdesk.reminders")

Translate = Callable[[str, str], str]


class Status(StrEnum):
    PREPARED = "prepared"
    APPROVED = "approved"
    SKIPPED = "skipped"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    # The client paid, or the debt changed, between preparing and sending.
    WITHDRAWN = "withdrawn"


# Reminders that count as delivered for escalation: a "sending" one may have gone out.
_DELIVERED = (Status.SENT.value, Status.SENDING.value)
# Reminders still waiting in the queue; a client with one gets no other.
_WAITING = (Status.PREPARED.value, Status.APPROVED.value, Status.FAILED.value, Status.SENDING.value)
# Days a settlement proposal gives the client to respond.
SETTLEMENT_DEADLINE_DAYS = 15


def _message(source: str, **values: object) -> UserMessage:
    return UserMessage("Reminders", source, values)


def _error(source: str, **values: object) -> UserError:
    return UserError(_message(source, **values))


def _levels(session: Session) -> list[ReminderLevel]:
    return [ReminderLevel.from_json(item) for item in settings.get_setting(session, settings.REMINDER_LEVELS)]


def _today(context: ServiceContext) -> date:
    return today_in(clinic_time_zone(context), context.now())


# -- What each client owes, in bulk ------------------------------------------------------


@dataclass
class _Client:
    # A row of _CLIENT_COLUMNS.
    row: object
    # (charge id, due date, open cents) of each charge not yet settled.
    charges: list[tuple] = field(default_factory=list)


# Ids per IN list, well below SQLite's limit on query parameters.
_CHUNK = 5000
# The client columns a reminder needs; read as plain rows, which is much faster than ORM objects.
_CLIENT_COLUMNS = (
    models.Client.id, models.Client.given_name, models.Client.surnames, models.Client.email, models.Client.phone,
    models.Client.address_line, models.Client.postal_code, models.Client.city, models.Client.province,
    models.Client.consent_email, models.Client.consent_sms, models.Client.consent_post, models.Client.no_reminders,
)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _owing_clients(session: Session, client_ids: Sequence[int] | None) -> dict[int, _Client]:
    """Load the clients who owe money, with what is still open on each charge (``storage.balances``)."""
    query = select(models.AccountBalance.client_id).where(models.AccountBalance.balance_cents > 0)
    if client_ids is not None:
        query = query.where(models.AccountBalance.client_id.in_(client_ids))
    owing = sorted(session.scalars(query))
    clients: dict[int, _Client] = {}
    for chunk in _chunks(owing):
        for row in session.execute(select(*_CLIENT_COLUMNS).where(
                models.Client.id.in_(chunk), models.Client.anonymised_at.is_(None))):
            clients[row.id] = _Client(row)
    if not clients:
        return {}
    connection = session.connection()
    for chunk in _chunks(list(clients)):
        rows = connection.execute(
            select(models.OpenCharge.client_id, models.OpenCharge.charge_id, models.OpenCharge.due_date,
                   models.OpenCharge.open_cents)
            .where(models.OpenCharge.client_id.in_(chunk))
        ).fetchall()
        for client_id, charge_id, due, cents in rows:
            clients[client_id].charges.append((charge_id, due, cents))
    return clients


def _active_holds(session: Session, as_of: date) -> dict[int, set[int | None]]:
    """Map each client with a hold on ``as_of`` to the held charge ids; None in the set holds the whole debt."""
    holds: dict[int, set[int | None]] = {}
    for client_id, charge_id in session.execute(
        select(models.DebtHold.client_id, models.DebtHold.charge_id).where(
            models.DebtHold.released_at.is_(None), models.DebtHold.starts_on <= as_of,
            (models.DebtHold.ends_on.is_(None)) | (models.DebtHold.ends_on >= as_of))
    ):
        holds.setdefault(client_id, set()).add(charge_id)
    return holds


def _last_reminders(session: Session, zone: ZoneInfo) -> dict[int, LastReminder]:
    """Map each client to the highest level delivered (or perhaps delivered) to them."""
    last: dict[int, LastReminder] = {}
    rows = session.execute(
        select(models.Reminder.client_id, models.Reminder.level, models.Reminder.sent_at, models.Reminder.updated_at,
               models.Reminder.items_json)
        .where(models.Reminder.status.in_(_DELIVERED))
        .order_by(models.Reminder.client_id, models.Reminder.sent_at, models.Reminder.id)
    )
    for client_id, level, sent_at, updated_at, items_json in rows:
        items = json.loads(items_json)
        moment = sent_at or updated_at
        last[client_id] = LastReminder(
            level=level, sent_on=moment.astimezone(zone).date(),
            charge_ids=frozenset(item["charge_id"] for item in items if item.get("charge_id")),
            agreement_ids=frozenset(item["agreement_id"] for item in items if item.get("agreement_id")),
        )
    return last


def _client_facts(session: Session, context: ServiceContext, client: _Client, as_of: date,
                  held: set[int | None], last: LastReminder | None, with_agreements: set[int]) -> ClientFacts:
    row = client.row
    excluded: set[int] = set()
    items: list[OwedItem] = []
    if row.id in with_agreements:
        positions, _entries = agreements.agreement_positions(session, context, row.id, as_of)
        for position in positions:
            excluded.update(position.charge_ids)
            if position.progress.standing is not Standing.GOOD and position.progress.due_now.is_positive:
                items.append(OwedItem(position.progress.oldest_overdue_due_date, position.progress.due_now,
                                      position.number, agreement_id=position.id))
    for charge_id, due_date, cents in client.charges:
        if due_date < as_of and charge_id not in excluded and charge_id not in held:
            items.append(OwedItem(due_date, Money.from_cents(cents), "", charge_id=charge_id))
    items.sort(key=lambda item: (item.due_date, item.charge_id or 0))
    return ClientFacts(
        client_id=row.id, items=tuple(items),
        can_email=row.consent_email and bool(row.email), can_sms=row.consent_sms and bool(row.phone),
        can_post=row.consent_post and bool(row.address_line), no_reminders=row.no_reminders, last=last,
    )


@dataclass(frozen=True)
class PlannedReminder:
    client_id: int
    client_name: str
    decision: Decision
    # The client's row of _CLIENT_COLUMNS, for the recipient's address.
    client: object = field(repr=False, compare=False, default=None)


def _plan(session: Session, context: ServiceContext, as_of: date,
          client_ids: Sequence[int] | None = None, *, ignore_waiting: bool = False) -> list[PlannedReminder]:
    levels = _levels(session)
    interval = settings.get_setting(session, settings.REMINDER_MIN_INTERVAL_DAYS)
    zone = ZoneInfo(clinic_time_zone(context))
    clients = _owing_clients(session, client_ids)
    if not clients:
        return []
    # These tables are small next to the ledger, so they are read whole rather than by client.
    holds = _active_holds(session, as_of)
    last = _last_reminders(session, zone)
    waiting = set() if ignore_waiting else set(session.scalars(
        select(models.Reminder.client_id).where(models.Reminder.status.in_(_WAITING))))
    with_agreements = set(session.scalars(
        select(models.Agreement.client_id).where(models.Agreement.cancelled_at.is_(None))))
    # Once a claim in court is recorded, the court's procedure replaces the reminders.
    claimed = set(session.scalars(select(models.DebtDecision.client_id).where(models.DebtDecision.kind == "claim")))
    planned = []
    for client_id, client in sorted(clients.items()):
        held = holds.get(client_id, set())
        if None in held or client_id in waiting or client_id in claimed:
            continue
        facts = _client_facts(session, context, client, as_of, held, last.get(client_id), with_agreements)
        decision = decide(facts, levels, as_of, interval)
        if decision.level is not None and decision.channel is not None:
            name = f"{client.row.given_name} {client.row.surnames}".strip()
            planned.append(PlannedReminder(client_id, name, decision, client.row))
    return planned


# -- Texts ---------------------------------------------------------------------------------


def _items_json(decision: Decision, descriptions: dict[int, str]) -> str:
    return json.dumps([
        {"charge_id": item.charge_id, "agreement_id": item.agreement_id, "due_date": item.due_date.isoformat(),
         "description": descriptions.get(item.charge_id, "") if item.charge_id else item.description,
         "cents": item.amount.cents}
        for item in decision.items
    ], ensure_ascii=False)


def _recipient(row, channel: Channel) -> str:
    if channel is Channel.EMAIL:
        return row.email
    if channel is Channel.SMS:
        return row.phone
    city = " ".join(part for part in (row.postal_code, row.city) if part)
    return ", ".join(part for part in (row.address_line, city) if part)


def _clinic_values(clinic: models.Clinic, as_of: date, language: str, bizum: str) -> dict[str, str]:
    """The placeholder values every reminder of a run shares, worked out once per run."""
    return {
        "clinic_name": clinic.name, "clinic_phone": format_phone(clinic.phone) if clinic.phone else "",
        "clinic_email": clinic.email, "iban": format_iban(clinic.iban) if clinic.iban else "",
        "bizum_phone": format_phone(bizum) if bizum.startswith("+") else bizum,
        "deadline_days": str(SETTLEMENT_DEADLINE_DAYS), "date": format_long_date(as_of, language),
    }


def _values(shared: dict[str, str], client_name: str, items: list[dict], total_cents: int,
            language: str) -> dict[str, str]:
    lines = [f"- {format_date(date.fromisoformat(item['due_date']))} {item['description']}: "
             f"{format_money(Money.from_cents(item['cents']), language)}" for item in items]
    agreement_numbers = [item["description"] for item in items if item.get("agreement_id")]
    return {
        **shared, "client_name": client_name, "amount": format_money(Money.from_cents(total_cents), language),
        "oldest_due_date": format_date(min(date.fromisoformat(item["due_date"]) for item in items)),
        "items": "\n".join(lines), "agreement_number": ", ".join(agreement_numbers),
    }


_PARTS = {Channel.EMAIL: "email", Channel.SMS: "sms", Channel.LETTER: "letter"}


def _template_text(overrides: Mapping[tuple[TemplateKey, str], str], level: int, part: str, language: str,
                   agreement: bool) -> str:
    # Levels after the fourth use the fourth level's texts, the clinic's as well as the built-in ones.
    key = TemplateKey(min(level, TEMPLATE_LEVELS[-1]), part, agreement)
    return overrides.get((key, language_code(language))) or default_text(level, part, language, agreement=agreement)


def _texts(level: int, channel: Channel, language: str, values: dict[str, str], agreement: bool,
           overrides: Mapping[tuple[TemplateKey, str], str]) -> tuple[str, str]:
    """Return (subject, body) for a reminder: the email's subject and body, the SMS text, or the letter's body.

    ``overrides`` contains the clinic's own texts from ``settings.read_template_overrides``,
    read once per run. A text missing from it is the built-in one.
    """
    subject = fill(_template_text(overrides, level, "subject", language, agreement), values)
    body = fill(_template_text(overrides, level, _PARTS[channel], language, agreement), values)
    return subject, body


# -- The run -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunResult:
    as_of: date
    created: int
    already_run: bool
    dry_run: bool
    planned: tuple[PlannedReminder, ...]


def run_reminders(context: ServiceContext, as_of: date | None = None, *, dry_run: bool = False,
                  language: str = "es") -> RunResult:
    """Prepare the reminders for ``as_of`` (default: today in the clinic), or only list them with ``dry_run``.

    Running again for the same day creates nothing new; a day before the last
    run is rejected, because reminders already sent would be judged by an
    older ledger.
    """
    staff.require(context, staff.Permission.RECORD_MONEY)
    today = _today(context)
    as_of = as_of or today
    if as_of > today:
        raise _error(QT_TRANSLATE_NOOP("Reminders",
            "The run date {date} is in the future. Run the reminders for today or an earlier day."),
            date=format_date(as_of))
    with context.database.read() as session:
        last_run = session.scalar(select(func.max(models.ReminderRun.as_of)))
        if last_run is not None and as_of < last_run:
            raise _error(QT_TRANSLATE_NOOP("Reminders",
                "The reminders were already run for {last}, after {date}. Run them for {last} or a later day."),
                last=format_date(last_run), date=format_date(as_of))
        existing = session.scalar(select(models.ReminderRun.id).where(models.ReminderRun.as_of == as_of))
        if existing is not None:
            return RunResult(as_of, 0, True, dry_run, ())
        planned = _plan(session, context, as_of)
    if dry_run:
        return RunResult(as_of, 0, False, True, tuple(planned))

    with context.database.transaction() as session:
        if session.scalar(select(models.ReminderRun.id).where(models.ReminderRun.as_of == as_of)) is not None:
            return RunResult(as_of, 0, True, False, ())
        now = context.now()
        run = models.ReminderRun(as_of=as_of, created_by=context.actor, created_at=now)
        session.add(run)
        session.flush()
        clinic = session.scalars(select(models.Clinic).order_by(models.Clinic.id)).first()
        bizum = settings.get_setting(session, settings.REMINDER_BIZUM_PHONE)
        overrides = settings.read_template_overrides(session)
        clients = {plan.client_id: plan.client for plan in planned}
        charge_ids = [item.charge_id for plan in planned for item in plan.decision.items if item.charge_id]
        descriptions: dict[int, str] = {}
        # In slices, below SQLite's limit on query parameters.
        for start in range(0, len(charge_ids), 5000):
            descriptions.update(session.execute(
                select(models.LedgerEntry.id, models.LedgerEntry.description)
                .where(models.LedgerEntry.id.in_(charge_ids[start:start + 5000]))).all())
        shared = _clinic_values(clinic, as_of, language, bizum)
        rows = []
        for plan in planned:
            decision = plan.decision
            items_json = _items_json(decision, descriptions)
            values = _values(shared, plan.client_name, json.loads(items_json), decision.total.cents, language)
            agreement = any(item.agreement_id for item in decision.items)
            subject, body = _texts(decision.level.level, decision.channel, language, values, agreement, overrides)
            rows.append({
                "run_id": run.id, "client_id": plan.client_id, "level": decision.level.level,
                "channel": decision.channel.value, "language": language, "status": Status.PREPARED.value,
                "amount_cents": decision.total.cents, "items_json": items_json,
                "agreement_id": next((item.agreement_id for item in decision.items if item.agreement_id), None),
                "recipient": _recipient(clients[plan.client_id], decision.channel), "subject": subject,
                "body": body, "attempts": 0, "last_error": "", "created_at": now, "updated_at": now,
            })
        if rows:
            session.execute(models.Reminder.__table__.insert(), rows)
        record_event(session, context, action="reminders_prepared", entity="reminder_run", entity_id=run.id,
                     after={"as_of": as_of.isoformat(), "reminders": len(rows)})
    log.info("Reminder run for %s prepared %d reminders", as_of, len(planned))
    return RunResult(as_of, len(planned), False, False, tuple(planned))


# -- The queue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderView:
    id: int
    client_id: int
    client_name: str
    level: int
    channel: Channel
    status: Status
    amount: Money
    recipient: str
    subject: str
    body: str
    items: tuple[dict, ...]
    attempts: int
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    run_as_of: date
    edited_by: str | None = None
    language: str = "es"


def _view(row: models.Reminder, client: models.Client, run: models.ReminderRun,
          translate: Translate) -> ReminderView:
    return ReminderView(
        id=row.id, client_id=row.client_id, client_name=f"{client.given_name} {client.surnames}".strip(),
        level=row.level, channel=Channel(row.channel), status=Status(row.status),
        amount=Money.from_cents(row.amount_cents), recipient=row.recipient, subject=row.subject, body=row.body,
        items=tuple(json.loads(row.items_json)), attempts=row.attempts,
        last_error=error_text(row.last_error, translate),
        created_at=row.created_at, sent_at=row.sent_at, run_as_of=run.as_of, edited_by=row.edited_by,
        language=row.language,
    )


def _source(context: str, source: str) -> str:
    return source


def _views(session: Session, query, translate: Translate = _source) -> list[ReminderView]:
    result = session.execute(
        query.join(models.Client, models.Client.id == models.Reminder.client_id)
        .join(models.ReminderRun, models.ReminderRun.id == models.Reminder.run_id)
        .add_columns(models.Client, models.ReminderRun)
    ).all()
    return [_view(row, client, run, translate) for row, client, run in result]


def queue(context: ServiceContext, translate: Translate = _source) -> list[ReminderView]:
    """Return the reminders waiting for review or sending, and the failed and uncertain ones.

    ``translate`` renders delivery errors in the desk's language.
    """
    with context.database.read() as session:
        return _views(session, select(models.Reminder).where(models.Reminder.status.in_(_WAITING))
                      .order_by(models.Reminder.level.desc(), models.Reminder.id), translate)


def client_history(context: ServiceContext, client_id: int, translate: Translate = _source) -> list[ReminderView]:
    """Return every reminder of a client, newest first, with delivery errors rendered by ``translate``."""
    with context.database.read() as session:
        return _views(session, select(models.Reminder).where(models.Reminder.client_id == client_id)
                      .order_by(models.Reminder.id.desc()), translate)


def _change_status(context: ServiceContext, reminder_ids: Iterable[int], allowed: Sequence[Status],
                   new: Status, action: str, reason: str = "") -> int:
    changed = 0
    with context.database.transaction() as session:
        for reminder_id in reminder_ids:
            row = session.get(models.Reminder, reminder_id)
            if row is None or row.status not in [status.value for status in allowed]:
                continue
            before = row.status
            row.status = new.value
            row.updated_at = context.now()
            if new is Status.APPROVED:
                row.approved_by = context.actor
            record_event(session, context, action=action, entity="reminder", entity_id=row.id,
                         before={"status": before}, after={"status": new.value, "reason": reason})
            changed += 1
    return changed


def approve(context: ServiceContext, reminder_ids: Iterable[int]) -> int:
    """Approve prepared (or previously failed) reminders for sending; return how many changed."""
    staff.require(context, staff.Permission.RECORD_MONEY)
    return _change_status(context, reminder_ids, (Status.PREPARED, Status.FAILED), Status.APPROVED,
                          "reminder_approved")


def skip(context: ServiceContext, reminder_ids: Iterable[int], reason: str = "") -> int:
    """Take reminders out of the queue without sending them."""
    staff.require(context, staff.Permission.RECORD_MONEY)
    return _change_status(context, reminder_ids, (Status.PREPARED, Status.APPROVED, Status.FAILED), Status.SKIPPED,
                          "reminder_skipped", reason)


def wording_warnings(context: ServiceContext, text: str) -> list[WordingWarning]:
    with context.database.read() as session:
        extra = parse_extra_terms(settings.get_setting(session, settings.REMINDER_EXTRA_TERMS))
    return check_wording(text, extra)


def edit(context: ServiceContext, reminder_id: int, subject: str, body: str, *, send_anyway: bool = False) -> None:
    """Change a reminder's text before it is sent.

    Text with flagged words is rejected with the words and their alternatives,
    unless a manager chooses to send it anyway; that choice is recorded.
    """
    staff.require(context, staff.Permission.RECORD_MONEY)
    warnings = wording_warnings(context, f"{subject}\n{body}")
    if warnings and not send_anyway:
        raise _error(QT_TRANSLATE_NOOP("Reminders",
            "The text uses words that can hurt or threaten the client: {terms}. Rewrite them, or ask a manager "
            "to send it anyway."),
            terms="; ".join(f"«{warning.found}» → {warning.suggestion or '—'}" for warning in warnings))
    if warnings:
        staff.require(context, staff.Permission.OVERRIDE_BANNER)
    if not body.strip():
        raise _error(QT_TRANSLATE_NOOP("Reminders", "The reminder's text is empty. Write the message or skip it."))
    with context.database.transaction() as session:
        row = session.get(models.Reminder, reminder_id)
        if row is None or row.status not in (Status.PREPARED.value, Status.APPROVED.value, Status.FAILED.value):
            raise _error(QT_TRANSLATE_NOOP("Reminders",
                "Reminder number {id} was sent or taken out of the queue, so it cannot be edited."), id=reminder_id)
        before = {"subject": row.subject, "body": row.body, "status": row.status}
        row.subject, row.body = subject.strip(), body.strip()
        # Changed text needs approving again.
        row.status = Status.PREPARED.value
        row.edited_by = context.actor
        row.updated_at = context.now()
        if warnings:
            row.wording_override_by = context.actor
        record_event(session, context, action="reminder_edited", entity="reminder", entity_id=row.id,
                     before=before, after={"subject": row.subject, "body": row.body,
                                           "wording_override": bool(warnings)})


# -- Sending -------------------------------------------------------------------------------


@dataclass
class SendResult:
    sent: int = 0
    withdrawn: int = 0
    failed: int = 0
    # Every letter sent in the batch, merged for printing; None when the batch had no letters.
    letters_pdf: bytes | None = None
    errors: list[tuple[int, UserMessage]] = field(default_factory=list)


def _clinic_party(clinic: models.Clinic):
    from vetdesk.documents.payment_terms import TermsParty

    city = " ".join(part for part in (clinic.postal_code, clinic.city) if part)
    return TermsParty(clinic.name, clinic.tax_id, tuple(line for line in (clinic.address_line, city) if line),
                      clinic.phone, clinic.email)


def _letter(session: Session, row: models.Reminder, as_of: date):
    from vetdesk.documents.reminder_letter import EnvelopeWindow, LetterItem, ReminderLetter

    clinic = session.scalars(select(models.Clinic).order_by(models.Clinic.id)).first()
    client = session.get(models.Client, row.client_id)
    levels = {level.level: level for level in _levels(session)}
    level = levels.get(row.level)
    city = " ".join(part for part in (client.postal_code, client.city) if part)
    if client.province and client.province != client.city:
        city = f"{city} ({client.province})" if city else client.province
    items = json.loads(row.items_json)
    letter = ReminderLetter(
        reference=f"R-{row.id}", level=row.level, certified=bool(level and level.certified),
        offer_plan=bool(level and level.offer_plan), language=row.language, letter_date=as_of,
        clinic=_clinic_party(clinic), clinic_logo=clinic.logo,
        client_name=f"{client.given_name} {client.surnames}".strip(),
        client_address_lines=tuple(line for line in (client.address_line, city) if line),
        items=tuple(LetterItem(date.fromisoformat(item["due_date"]), item["description"],
                               Money.from_cents(item["cents"])) for item in items),
        total=Money.from_cents(row.amount_cents),
        body=row.body if row.channel == Channel.LETTER.value else _letter_body(row, clinic, session, as_of),
        iban=clinic.iban, bizum_phone=settings.get_setting(session, settings.REMINDER_BIZUM_PHONE),
        agreement_number=", ".join(item["description"] for item in items if item.get("agreement_id")),
    )
    window = EnvelopeWindow(*(settings.get_setting(session, spec) for spec in (
        settings.LETTER_WINDOW_LEFT_MM, settings.LETTER_WINDOW_TOP_MM, settings.LETTER_WINDOW_WIDTH_MM,
        settings.LETTER_WINDOW_HEIGHT_MM)))
    return letter, window


def _letter_body(row: models.Reminder, clinic: models.Clinic, session: Session, as_of: date) -> str:
    """Fill the letter text for an email's attachment; the email itself carries its own body."""
    client = session.get(models.Client, row.client_id)
    shared = _clinic_values(clinic, as_of, row.language,
                            settings.get_setting(session, settings.REMINDER_BIZUM_PHONE))
    values = _values(shared, f"{client.given_name} {client.surnames}".strip(), json.loads(row.items_json),
                     row.amount_cents, row.language)
    return _texts(row.level, Channel.LETTER, row.language, values, row.agreement_id is not None,
                  settings.read_template_overrides(session))[1]


def letter_pdf(context: ServiceContext, reminder_id: int, translate: Translate) -> bytes:
    """Render a reminder's letter (a preview, or the copy attached to its email)."""
    from vetdesk.documents.reminder_letter import render_reminder_letter

    with context.database.read() as session:
        row = session.get(models.Reminder, reminder_id)
        if row is None:
            raise _error(QT_TRANSLATE_NOOP("Reminders", "Reminder number {id} was not found."), id=reminder_id)
        if row.pdf is not None:
            return row.pdf
        letter, window = _letter(session, row, _today(context))
    return render_reminder_letter(letter, window, translate)


def _still_due(context: ServiceContext, row: models.Reminder, today: date) -> bool:
    """Check the reminder against the ledger just before sending: False if the client paid in the meantime."""
    with context.database.read() as session:
        planned = _plan(session, context, today, client_ids=[row.client_id], ignore_waiting=True)
    if not planned:
        return False
    return planned[0].decision.total.cents >= row.amount_cents


def _claim(context: ServiceContext, reminder_id: int) -> bool:
    with context.database.transaction() as session:
        result = session.execute(
            update(models.Reminder)
            .where(models.Reminder.id == reminder_id,
                   models.Reminder.status.in_((Status.APPROVED.value, Status.FAILED.value)))
            .values(status=Status.SENDING.value, attempts=models.Reminder.attempts + 1, updated_at=context.now())
        )
        return result.rowcount == 1


def _error_json(message: UserMessage) -> str:
    """Keep a delivery error as its message source and values, so each desk shows it in its own language."""
    return json.dumps({"context": message.context, "source": message.source,
                       "values": {key: str(value) for key, value in message.params.items()}}, ensure_ascii=False)


def error_text(stored: str, translate: Translate) -> str:
    """Render a stored delivery error in the desk's language; older rows hold plain text."""
    if not stored.startswith("{"):
        return stored
    try:
        data = json.loads(stored)
        return UserMessage(data["context"], data["source"], data["values"]).render(translate)
    except (ValueError, KeyError, TypeError):
        return stored


def _finish(context: ServiceContext, reminder_id: int, status: Status, *, error: str = "",
            pdf: bytes | None = None) -> None:
    with context.database.transaction() as session:
        row = session.get(models.Reminder, reminder_id)
        row.status = status.value
        row.updated_at = context.now()
        row.last_error = error
        if status is Status.SENT:
            row.sent_at = context.now()
        if pdf is not None:
            row.pdf = pdf
        action = {Status.SENT: "reminder_sent", Status.FAILED: "reminder_failed",
                  Status.WITHDRAWN: "reminder_withdrawn"}[status]
        record_event(session, context, action=action, entity="reminder", entity_id=row.id,
                     before={"status": Status.SENDING.value if status is not Status.WITHDRAWN else Status.APPROVED.value},
                     after={"status": status.value, "channel": row.channel, "level": row.level,
                            "recipient": row.recipient, "error": error, "attempt": row.attempts})


def _deliver(context: ServiceContext, row: models.Reminder, translate: Translate) -> bytes | None:
    """Send one claimed reminder through its channel; return the letter PDF kept with it, if any."""
    from vetdesk.messaging.email import build_message, send_email
    from vetdesk.messaging.sms import send_sms
    from vetdesk.services.messaging_settings import load_sms_gateway, load_smtp

    channel = Channel(row.channel)
    if channel is Channel.SMS:
        gateway = load_sms_gateway(context)
        if gateway is None:
            raise _error(QT_TRANSLATE_NOOP("Reminders",
                "No SMS gateway is set up. Fill in Settings → Messages, or send this reminder as a letter."))
        send_sms(gateway, to=row.recipient, text=row.body, idempotency_key=f"vetdesk-reminder-{row.id}")
        return None
    pdf = letter_pdf(context, row.id, translate)
    if channel is Channel.LETTER:
        return pdf
    smtp = load_smtp(context)
    if smtp is None:
        raise _error(QT_TRANSLATE_NOOP("Reminders",
            "No email server is set up. Fill in Settings → Messages, or send this reminder as a letter."))
    file_name = "carta.pdf" if row.language == "es" else "letter.pdf"
    message = build_message(sender=smtp.sender, to=row.recipient, subject=row.subject, text_body=row.body,
                            message_id=f"<vetdesk-reminder-{row.id}@{smtp.host or 'localhost'}>",
                            attachment=(file_name, pdf))
    send_email(smtp, message)
    return pdf


def _send_claimed(context: ServiceContext, row: models.Reminder, translators: Callable[[str], Translate],
                  today: date, result: SendResult, letters: list) -> None:
    from vetdesk.messaging import DeliveryError

    try:
        pdf = _deliver(context, row, translators(row.language))
    except (DeliveryError, UserError) as error:
        # The message may quote the recipient's address or the server's reply: it goes to the screen, not the log.
        log.warning("Reminder %s (%s) failed: %s", row.id, row.channel, type(error).__name__)
        _finish(context, row.id, Status.FAILED, error=_error_json(error.message))
        result.failed += 1
        result.errors.append((row.id, error.message))
        return
    _finish(context, row.id, Status.SENT, pdf=pdf)
    result.sent += 1
    if row.channel == Channel.LETTER.value:
        with context.database.read() as session:
            letters.append((_letter(session, row, today), row.language))


def resolve_uncertain(context: ServiceContext, reminder_id: int, *, delivered: bool) -> None:
    """Settle a reminder left "sending" by a desk that stopped mid-send, as a person checked it.

    ``delivered`` records it as sent; otherwise it becomes failed, so that the
    next send tries it again.
    """
    staff.require(context, staff.Permission.RECORD_MONEY)
    with context.database.transaction() as session:
        row = session.get(models.Reminder, reminder_id)
        if row is None or row.status != Status.SENDING.value:
            raise _error(QT_TRANSLATE_NOOP("Reminders",
                "Reminder number {id} is not waiting for a decision on whether it was sent."), id=reminder_id)
        row.status = (Status.SENT if delivered else Status.FAILED).value
        row.updated_at = context.now()
        if delivered:
            row.sent_at = row.sent_at or context.now()
        else:
            row.last_error = "Not confirmed as sent; checked by staff."
        record_event(session, context, action="reminder_resolved", entity="reminder", entity_id=row.id,
                     before={"status": Status.SENDING.value}, after={"status": row.status})


def send_approved(context: ServiceContext, translators: Callable[[str], Translate], *,
                  reminder_ids: Sequence[int] | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> SendResult:
    """Send the approved (and failed, for a retry) reminders, each at most once.

    ``translators(language)`` gives the letter labels' translation. Each
    reminder is checked against the ledger first; a client who paid since it
    was prepared gets nothing and the reminder is withdrawn. A delivery error
    leaves the reminder failed with the reason, to be retried later.
    """
    from vetdesk.documents.reminder_letter import render_letters

    staff.require(context, staff.Permission.RECORD_MONEY)
    today = _today(context)
    with context.database.read() as session:
        query = select(models.Reminder.id).where(
            models.Reminder.status.in_((Status.APPROVED.value, Status.FAILED.value))).order_by(models.Reminder.id)
        if reminder_ids is not None:
            query = query.where(models.Reminder.id.in_(list(reminder_ids)))
        ids = list(session.scalars(query))
    result = SendResult()
    letters = []
    for position, reminder_id in enumerate(ids):
        if cancelled is not None and cancelled():
            log.info("Reminder sending cancelled after %d of %d", position, len(ids))
            break
        with context.database.read() as session:
            row = session.get(models.Reminder, reminder_id)
            session.expunge(row)
        if not _still_due(context, row, today):
            if _change_status(context, [row.id], (Status.APPROVED, Status.FAILED), Status.WITHDRAWN,
                              "reminder_withdrawn", "paid before sending"):
                result.withdrawn += 1
        elif _claim(context, row.id):
            _send_claimed(context, row, translators, today, result, letters)
        if progress is not None:
            progress(position + 1, len(ids))
    if letters:
        language = letters[0][1]
        window = letters[0][0][1]
        result.letters_pdf = render_letters([letter for (letter, _window), _language in letters], window,
                                            translators(language))
    log.info("Reminders sent: %d, withdrawn: %d, failed: %d", result.sent, result.withdrawn, result.failed)
    return result
