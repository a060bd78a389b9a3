"""A manager's decision about a stubborn debt: write it off, negotiate, or claim it in court.

Each decision is a ``debt_decision`` row with who, when and why, plus an audit
event. A write-off adds a write-off entry to the ledger; a client who pays
later has it reversed in part or in full (see ``accounts.reverse_write_offs_paid``).
A claim needs signed payment terms and a delivered proposal to settle (the last
reminder level), and stores the dossier PDF it produced.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vetdesk.domain.agreements import Standing
from vetdesk.domain.formatting import format_date, today_in
from vetdesk.domain.ledger import EntryKind, allocate, running_balances
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money, format_money
from vetdesk.services import agreements, settings, staff
from vetdesk.services.accounts import append_entry, unreversed_write_off_cents, unreversed_write_offs
from vetdesk.services.audit import record_event
from vetdesk.services.debtors import top_reminder_level
from vetdesk.services.reminders import error_text as reminder_error_text
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

log = logging.getLogger("vetdesk.decisions")

CTX = "Decisions"
MAX_REASON = 300
# The shortest reason accepted: a write-off or a claim needs words a colleague can understand later.
MIN_REASON = 5

Translate = Callable[[str, str], str]


class DecisionKind:
    WRITE_OFF = "write_off"
    WRITE_OFF_REVERSAL = "write_off_reversal"
    NEGOTIATE = "negotiate"
    CLAIM = "claim"


def _error(source: str, field: str | None = None, **values: object) -> UserError:
    return UserError(UserMessage(CTX, source, values), field=field)


def _today(context: ServiceContext) -> date:
    return today_in(clinic_time_zone(context), context.now())


def _clean_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_REASON:
        raise _error(QT_TRANSLATE_NOOP("Decisions", "The reason \"{reason}\" is too short. Write at least {min} "
                                                    "characters that explain the decision."),
                     "reason", reason=cleaned, min=MIN_REASON)
    if len(cleaned) > MAX_REASON:
        raise _error(QT_TRANSLATE_NOOP("Decisions", "The reason has {count} characters. Shorten it to {max} or fewer."),
                     "reason", count=len(cleaned), max=MAX_REASON)
    return cleaned


def _require_client(session: Session, client_id: int) -> models.Client:
    client = session.get(models.Client, client_id)
    if client is None:
        raise _error(QT_TRANSLATE_NOOP("Decisions", "Client number {id} was not found. Search for the client again."),
                     "client", id=client_id)
    return client


def _record_decision(session: Session, context: ServiceContext, client_id: int, kind: str, reason: str, *,
                     amount_cents: int | None = None, ledger_entry_id: int | None = None,
                     agreement_id: int | None = None, reference: str | None = None,
                     document: bytes | None = None) -> models.DebtDecision:
    digest = hashlib.sha256(document).hexdigest() if document is not None else None
    row = models.DebtDecision(client_id=client_id, kind=kind, reason=reason, amount_cents=amount_cents,
                              ledger_entry_id=ledger_entry_id, agreement_id=agreement_id, reference=reference,
                              document=document, document_sha256=digest, decided_by=context.actor,
                              decided_at=context.now())
    session.add(row)
    session.flush()
    record_event(session, context, action="debt_decision_recorded", entity="debt_decision", entity_id=row.id,
                 after={"client_id": client_id, "kind": kind, "reason": reason, "amount_cents": amount_cents,
                        "ledger_entry_id": ledger_entry_id, "agreement_id": agreement_id, "reference": reference,
                        "document_sha256": digest})
    log.info("Recorded decision %s (%s) for client %s", row.id, kind, client_id)
    return row


def _balance_cents(session: Session, client_id: int) -> int:
    return session.scalar(
        select(func.sum(models.signed_cents())).where(models.LedgerEntry.client_id == client_id)) or 0


# -- Write-off ---------------------------------------------------------------------------------


def write_off(context: ServiceContext, client_id: int, reason: str) -> int:
    """Write off everything the client owes today; only a manager may. Returns the decision id.

    A client paying an agreement in good standing, or only late with it, is not
    written off: the agreement must be cancelled first.
    """
    staff.require(context, staff.Permission.WRITE_OFF)
    cleaned = _clean_reason(reason)
    today = _today(context)
    with context.database.transaction() as session:
        staff.require(context, staff.Permission.WRITE_OFF, session)
        _require_client(session, client_id)
        balance = _balance_cents(session, client_id)
        if balance <= 0:
            raise _error(QT_TRANSLATE_NOOP("Decisions", "The client owes nothing ({amount}), so there is nothing to "
                                                        "write off."),
                         "amount", amount=format_money(Money.from_cents(balance)))
        positions, _entries = agreements.agreement_positions(session, context, client_id, today)
        running = [position for position in positions if position.progress.standing is not Standing.BROKEN]
        if running:
            raise _error(QT_TRANSLATE_NOOP("Decisions", "Agreement {number} is still running. Cancel it in the "
                                                        "Agreements tab before writing off the debt."),
                         "agreement", number=running[0].number)
        entry = append_entry(session, context, "write_off_recorded", client_id=client_id,
                             kind=EntryKind.WRITE_OFF.value, entry_date=today, amount_cents=balance,
                             description=cleaned)
        decision = _record_decision(session, context, client_id, DecisionKind.WRITE_OFF, cleaned,
                                    amount_cents=balance, ledger_entry_id=entry.id)
        return decision.id


def reverse_write_off(context: ServiceContext, client_id: int, reason: str) -> int:
    """Take back every write-off of the client not reversed yet, so the debt is owed again; manager only."""
    staff.require(context, staff.Permission.WRITE_OFF)
    cleaned = _clean_reason(reason)
    today = _today(context)
    with context.database.transaction() as session:
        staff.require(context, staff.Permission.WRITE_OFF, session)
        _require_client(session, client_id)
        unreversed = unreversed_write_off_cents(session, client_id)
        if not any(cents > 0 for cents in unreversed.values()):
            raise _error(QT_TRANSLATE_NOOP("Decisions", "The client has no written-off debt to reverse."), "client")
        first_id = None
        total = 0
        for write_off_id, cents in unreversed.items():
            if cents <= 0:
                continue
            entry = append_entry(session, context, "write_off_reversed", client_id=client_id,
                                 kind=EntryKind.WRITE_OFF_REVERSAL.value, entry_date=today, amount_cents=cents,
                                 applies_to_id=write_off_id, description=cleaned)
            first_id = first_id or entry.id
            total += cents
        decision = _record_decision(session, context, client_id, DecisionKind.WRITE_OFF_REVERSAL, cleaned,
                                    amount_cents=total, ledger_entry_id=first_id)
        return decision.id


# -- Negotiation -------------------------------------------------------------------------------


def record_negotiation(context: ServiceContext, client_id: int, agreement_id: int, reason: str = "") -> int:
    """Record that the manager chose to negotiate and the agreement that came of it."""
    with context.database.transaction() as session:
        _require_client(session, client_id)
        agreement = session.get(models.Agreement, agreement_id)
        if agreement is None or agreement.client_id != client_id:
            raise _error(QT_TRANSLATE_NOOP("Decisions", "Agreement number {id} is not an agreement of this client."),
                         "agreement", id=agreement_id)
        decision = _record_decision(session, context, client_id, DecisionKind.NEGOTIATE,
                                    " ".join(reason.split()) or agreement.number,
                                    amount_cents=agreement.amount_cents, agreement_id=agreement_id)
        return decision.id


# -- Claim in court ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimReadiness:
    """Whether a claim in court may go ahead, and what is missing if not."""

    owed: Money
    signed_terms: bool
    top_level: int
    # The day the proposal to settle (the last reminder level) went out, None if it never did.
    settlement_sent_on: date | None
    # The reference and day of a claim already recorded for the client, if any.
    claimed_reference: str | None = None
    claimed_on: date | None = None

    @property
    def problems(self) -> list[UserMessage]:
        problems = []
        if not self.owed.is_positive:
            problems.append(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Decisions", "The client owes nothing, so there is nothing to claim."), {}))
        if not self.signed_terms:
            problems.append(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Decisions", "No signed payment terms are on file. A claim needs the form signed by the client: "
                             "make an agreement at the desk and have it signed first."), {}))
        if self.claimed_reference is not None:
            problems.append(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Decisions", "Claim {reference} was already recorded on {date}. Open its dossier in the Holds and "
                             "decisions tab instead of recording another."),
                {"reference": self.claimed_reference, "date": format_date(self.claimed_on)}))
        if self.settlement_sent_on is None:
            problems.append(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Decisions", "The proposal to settle (reminder level {level}) was not sent. Send it by certified "
                             "post or burofax and wait for the answer before claiming in court."),
                {"level": self.top_level}))
        return problems

    @property
    def allowed(self) -> bool:
        return not self.problems


def _signed_documents(session: Session, client_id: int) -> list[tuple[models.Agreement, models.AgreementDocument]]:
    """Return the latest signed form of each agreement of the client."""
    rows = session.execute(
        select(models.Agreement, models.AgreementDocument)
        .join(models.AgreementDocument, models.AgreementDocument.agreement_id == models.Agreement.id)
        .where(models.Agreement.client_id == client_id, models.AgreementDocument.signed_at.is_not(None))
        .order_by(models.Agreement.id, models.AgreementDocument.version)
    ).all()
    latest: dict[int, tuple[models.Agreement, models.AgreementDocument]] = {}
    for agreement, document in rows:
        latest[agreement.id] = (agreement, document)
    return list(latest.values())


def _settlement_sent_on(session: Session, context: ServiceContext, client_id: int, top_level: int) -> date | None:
    sent_at = session.scalar(
        select(func.max(models.Reminder.sent_at))
        .where(models.Reminder.client_id == client_id, models.Reminder.level >= top_level,
               models.Reminder.status == "sent")
    )
    return today_in(clinic_time_zone(context), sent_at) if sent_at is not None else None


def _readiness(session: Session, context: ServiceContext, client_id: int) -> ClaimReadiness:
    top_level = top_reminder_level(session)
    previous = session.execute(
        select(models.DebtDecision.reference, models.DebtDecision.decided_at)
        .where(models.DebtDecision.client_id == client_id, models.DebtDecision.kind == DecisionKind.CLAIM)
        .order_by(models.DebtDecision.decided_at.desc())
    ).first()
    return ClaimReadiness(
        claimed_reference=previous.reference if previous else None,
        claimed_on=today_in(clinic_time_zone(context), previous.decided_at) if previous else None,
        owed=Money.from_cents(max(_balance_cents(session, client_id), 0)),
        signed_terms=bool(_signed_documents(session, client_id)),
        top_level=top_level,
        settlement_sent_on=_settlement_sent_on(session, context, client_id, top_level),
    )


def claim_readiness(context: ServiceContext, client_id: int) -> ClaimReadiness:
    with context.database.read() as session:
        _require_client(session, client_id)
        return _readiness(session, context, client_id)


# Labels of stored reminder values; the same source texts as the reminder history screen.
_LEVEL_NAMES = {
    1: QT_TRANSLATE_NOOP("ReminderLabels", "Friendly (1)"),
    2: QT_TRANSLATE_NOOP("ReminderLabels", "Second (2)"),
    3: QT_TRANSLATE_NOOP("ReminderLabels", "Formal (3)"),
    4: QT_TRANSLATE_NOOP("ReminderLabels", "Pre-legal (4)"),
}
_OTHER_LEVEL = QT_TRANSLATE_NOOP("ReminderLabels", "Level {level}")
_CHANNELS = {
    "letter": QT_TRANSLATE_NOOP("ReminderLabels", "Letter"),
    "email": QT_TRANSLATE_NOOP("ReminderLabels", "Email"),
    "sms": QT_TRANSLATE_NOOP("ReminderLabels", "SMS"),
}
_STATUSES = {
    "prepared": QT_TRANSLATE_NOOP("ReminderLabels", "Prepared"),
    "approved": QT_TRANSLATE_NOOP("ReminderLabels", "Approved"),
    "skipped": QT_TRANSLATE_NOOP("ReminderLabels", "Skipped"),
    "sending": QT_TRANSLATE_NOOP("ReminderLabels", "Uncertain"),
    "sent": QT_TRANSLATE_NOOP("ReminderLabels", "Sent"),
    "failed": QT_TRANSLATE_NOOP("ReminderLabels", "Failed"),
    "withdrawn": QT_TRANSLATE_NOOP("ReminderLabels", "Withdrawn (paid)"),
}
_FORM_TITLE = QT_TRANSLATE_NOOP("ClaimDossier", "Payment terms {number}, version {version}")


def _next_reference(session: Session, year: int) -> str:
    prefix = f"RECL-{year}-"
    count = session.scalar(select(func.count()).select_from(models.DebtDecision)
                           .where(models.DebtDecision.reference.like(f"{prefix}%"))) or 0
    return f"{prefix}{count + 1:04d}"


def _interest_items(charges: list[models.LedgerEntry], outstanding: dict[int, Money], demands: list[date],
                    today: date) -> list[tuple[date, Money]]:
    """Pair each overdue amount with the day interest starts: the first delivered reminder on or after its due date.

    Legal interest runs from the day the debtor was asked to pay (Spanish Civil
    Code arts. 1100 and 1108), so a charge no reminder claimed yet earns none.
    """
    items = []
    for row in charges:
        amount = outstanding[row.id]
        if not amount.is_positive or row.due_date >= today:
            continue
        demanded = min((day for day in demands if day >= row.due_date), default=None)
        if demanded is not None and demanded < today:
            items.append((demanded, amount))
    return items


def _interest(session: Session, today: date, open_items: list[tuple[date, Money]]):
    if not settings.get_setting(session, settings.CLAIM_ADD_LEGAL_INTEREST):
        return None
    from vetdesk.domain.claims import DEFAULT_LEGAL_INTEREST_RATES, legal_interest, parse_rates

    rates = dict(DEFAULT_LEGAL_INTEREST_RATES)
    rates.update(parse_rates(settings.get_setting(session, settings.CLAIM_LEGAL_INTEREST_RATES)))
    return legal_interest(open_items, today, rates)


def _build_dossier(session: Session, context: ServiceContext, client_id: int, reference: str, language: str,
                   translate: Translate):
    # Imported here so that the banner and the ledger do not load the PDF library.
    from vetdesk.documents.claim_dossier import (
        AttachedDocument,
        ClaimDossier,
        DossierParty,
        InvoiceLine,
        ReminderLine,
        StatementLine,
    )
    from vetdesk.domain.claims import claim_expiry_date

    today = _today(context)
    zone = clinic_time_zone(context)
    client = _require_client(session, client_id)
    clinic_party, logo, _city = agreements._clinic_party(session)
    client_party = agreements._client_party(client)

    rows = list(session.scalars(
        select(models.LedgerEntry).where(models.LedgerEntry.client_id == client_id)
        .order_by(models.LedgerEntry.entry_date, models.LedgerEntry.id)))
    pets = dict(session.execute(select(models.Pet.id, models.Pet.name).where(
        models.Pet.id.in_({row.pet_id for row in rows if row.pet_id})
    )).all())
    by_id = {row.id: row for row in rows}
    covered = agreements.covered_charges(session, client_id)
    entries = [agreements.to_domain_entry(row, covered) for row in rows]
    outstanding = allocate(entries).outstanding
    statement = []
    for entry, balance in running_balances(entries):
        row = by_id[entry.id]
        debit = entry.kind.is_debit
        statement.append(StatementLine(
            entry_date=row.entry_date, kind=row.kind, description=row.description, pet=pets.get(row.pet_id, ""),
            charge=entry.amount if debit else None, credit=None if debit else entry.amount, balance=balance))
    charges = [row for row in rows if row.kind == EntryKind.CHARGE.value]
    invoices = tuple(
        InvoiceLine(entry_date=row.entry_date, due_date=row.due_date, reference=str(row.id),
                    description=row.description, pet=pets.get(row.pet_id, ""),
                    amount=Money.from_cents(row.amount_cents), outstanding=outstanding[row.id])
        for row in charges)
    principal = Money.total(outstanding.values())

    attachments = []
    for agreement, document in _signed_documents(session, client_id):
        attachments.append(AttachedDocument(
            title=translate("ClaimDossier", _FORM_TITLE).format(number=agreement.number, version=document.version),
            filename=f"{agreement.number}-v{document.version}.pdf", sha256=document.sha256,
            signed_on=today_in(zone, document.signed_at) if document.signed_at else None, pdf=document.pdf))

    reminders = []
    claims_made: list[date] = []
    for reminder in session.scalars(select(models.Reminder).where(models.Reminder.client_id == client_id)
                                    .order_by(models.Reminder.created_at, models.Reminder.id)):
        sent_on = today_in(zone, reminder.sent_at) if reminder.sent_at else None
        if reminder.status == "sent" and sent_on is not None:
            claims_made.append(sent_on)
        level_name = translate("ReminderLabels", _LEVEL_NAMES.get(reminder.level, _OTHER_LEVEL)).format(
            level=reminder.level)
        reminders.append(ReminderLine(
            sent_on=sent_on, level=reminder.level, level_name=level_name,
            channel=translate("ReminderLabels", _CHANNELS[reminder.channel]), recipient=reminder.recipient,
            status=translate("ReminderLabels", _STATUSES.get(reminder.status, reminder.status)),
            amount=Money.from_cents(reminder.amount_cents), error=reminder_error_text(reminder.last_error, translate)))
    open_items = _interest_items(charges, outstanding, claims_made, today)
    for decided_at in session.scalars(select(models.DebtDecision.decided_at).where(
            models.DebtDecision.client_id == client_id, models.DebtDecision.kind == DecisionKind.CLAIM)):
        claims_made.append(today_in(zone, decided_at))

    last_service = max((row.entry_date for row in charges), default=today)
    return ClaimDossier(
        reference=reference, prepared_on=today, prepared_by=context.actor, language=language,
        clinic=DossierParty(clinic_party.name, clinic_party.tax_id, clinic_party.address_lines, clinic_party.phone,
                            clinic_party.email),
        client=DossierParty(client_party.name, client_party.tax_id, client_party.address_lines, client_party.phone,
                            client_party.email),
        statement=tuple(statement), invoices=invoices, principal=principal,
        interest=_interest(session, today, open_items), attachments=tuple(attachments), reminders=tuple(reminders),
        last_service_on=last_service, expiry_on=claim_expiry_date(last_service, claims_made), logo=logo,
    )


def preview_claim(context: ServiceContext, client_id: int, language: str, translate: Translate) -> bytes:
    """Render the claim dossier without recording a decision, for the manager to read first."""
    from vetdesk.documents.claim_dossier import render_claim_dossier

    with context.database.read() as session:
        readiness = _readiness(session, context, client_id)
        if not readiness.allowed:
            raise UserError(readiness.problems[0], field="claim")
        reference = _next_reference(session, _today(context).year)
        dossier = _build_dossier(session, context, client_id, reference, language, translate)
    return render_claim_dossier(dataclasses.replace(dossier, draft=True), translate)


def record_claim(context: ServiceContext, client_id: int, reason: str, language: str,
                 translate: Translate) -> tuple[int, bytes]:
    """Record the decision to claim in court with its dossier; manager only. Returns the decision id and the PDF."""
    from vetdesk.documents.claim_dossier import render_claim_dossier

    staff.require(context, staff.Permission.CLAIM_IN_COURT)
    cleaned = _clean_reason(reason)
    with context.database.transaction() as session:
        staff.require(context, staff.Permission.CLAIM_IN_COURT, session)
        readiness = _readiness(session, context, client_id)
        if not readiness.allowed:
            raise UserError(readiness.problems[0], field="claim")
        reference = _next_reference(session, _today(context).year)
        dossier = _build_dossier(session, context, client_id, reference, language, translate)
        pdf = render_claim_dossier(dossier, translate)
        decision = _record_decision(session, context, client_id, DecisionKind.CLAIM, cleaned,
                                    amount_cents=dossier.principal.cents, reference=reference, document=pdf)
        return decision.id, pdf


# -- History -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionView:
    id: int
    kind: str
    reason: str
    amount: Money | None
    reference: str | None
    agreement_id: int | None
    has_document: bool
    decided_by: str
    decided_at: datetime


def decisions_for_client(context: ServiceContext, client_id: int) -> list[DecisionView]:
    """Return the client's debt decisions, newest first; an empty reason means a payment reversed a write-off."""
    with context.database.read() as session:
        rows = session.execute(
            select(models.DebtDecision.id, models.DebtDecision.kind, models.DebtDecision.reason,
                   models.DebtDecision.amount_cents, models.DebtDecision.reference, models.DebtDecision.agreement_id,
                   models.DebtDecision.document_sha256, models.DebtDecision.decided_by,
                   models.DebtDecision.decided_at)
            .where(models.DebtDecision.client_id == client_id)
            .order_by(models.DebtDecision.decided_at.desc(), models.DebtDecision.id.desc())
        ).all()
    return [DecisionView(id=row.id, kind=row.kind, reason=row.reason,
                         amount=Money.from_cents(row.amount_cents) if row.amount_cents is not None else None,
                         reference=row.reference, agreement_id=row.agreement_id,
                         has_document=row.document_sha256 is not None, decided_by=row.decided_by,
                         decided_at=row.decided_at) for row in rows]


def decision_document(context: ServiceContext, decision_id: int) -> bytes:
    with context.database.read() as session:
        row = session.get(models.DebtDecision, decision_id)
        if row is None or row.document is None:
            raise _error(QT_TRANSLATE_NOOP("Decisions", "Decision number {id} has no document."), "decision",
                         id=decision_id)
        return row.document


def written_off_amount(context: ServiceContext, client_id: int) -> Money:
    with context.database.read() as session:
        rows = list(session.scalars(select(models.LedgerEntry).where(models.LedgerEntry.client_id == client_id)))
        return unreversed_write_offs([agreements.to_domain_entry(row, {}) for row in rows])
