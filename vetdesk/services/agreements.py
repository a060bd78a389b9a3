"""Payment agreements: recording them with their signed form, following them, cancelling them.

An agreement covers charges still owed when it is made. Its schedule lines
are paid by the ledger: what the covered charges lose of their outstanding
amount after the agreement was made is what the client paid towards it, so
the agreement and the account never disagree. The signed form is rendered,
sealed and stored with its SHA-256 digest in the same transaction as the
agreement, so that a crash leaves either all of it or nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetdesk.domain.agreements import (
    AgreementKind,
    AgreementProgress,
    BreachRules,
    Period,
    ScheduleLine,
    ScheduleRules,
    Standing,
    check_schedule,
    follow_agreement,
    plan_instalments,
)
from vetdesk.domain.formatting import format_date, today_in
from vetdesk.domain.ledger import EntryKind, LedgerEntry, allocate
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money, format_money
from vetdesk.services import settings, staff
from vetdesk.services.audit import record_event
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

log = logging.getLogger("vetdesk.agreements")

Translate = Callable[[str, str], str]

MIN_CANCEL_REASON = 5
MAX_PROVIDER = 200
MAX_REFERENCE = 100
# Expected payout of a financing provider when staff give no date.
FINANCING_DEFAULT_DAYS = 30
# Descriptions of the ledger entries an agreement makes, stored in the form's language.
FEE_TEXT = QT_TRANSLATE_NOOP("Agreements", "{number}: deferral fee")
DISCOUNT_TEXT = QT_TRANSLATE_NOOP("Agreements", "{number}: discount granted")
FEE_CANCELLED_TEXT = QT_TRANSLATE_NOOP("Agreements", "{number}: deferral fee cancelled with the agreement")
DISCOUNT_WITHDRAWN_TEXT = QT_TRANSLATE_NOOP("Agreements", "{number}: discount withdrawn with the agreement")
# Attempts at a free agreement number when two desks record one at the same moment.
NUMBER_ATTEMPTS = 3


def _message(source: str, **values: object) -> UserMessage:
    return UserMessage("Agreements", source, values)


def _error(source: str, field_name: str | None = None, **values: object) -> UserError:
    return UserError(_message(source, **values), field=field_name)


@dataclass(frozen=True)
class OpenCharge:
    """A charge that an agreement may cover, with what is still owed on it."""

    id: int
    entry_date: date
    due_date: date
    description: str
    pet_name: str
    outstanding: Money


@dataclass(frozen=True)
class AgreementDraft:
    """What staff chose in the agreement dialog, before the client signs."""

    client_id: int
    kind: AgreementKind
    # None covers every open charge (the whole balance owed).
    charge_ids: tuple[int, ...] | None = None
    count: int = 1
    period: Period = Period.MONTHLY
    first_due: date | None = None
    down_payment: Money = Money.zero()
    promise_date: date | None = None
    provider: str = ""
    reference: str = ""
    discount: Money = Money.zero()
    # A schedule edited by staff; None lets VetDesk compute it.
    schedule: tuple[ScheduleLine, ...] | None = None
    language: str = "es"
    # Idempotency key chosen by the dialog (a UUID).
    request_id: str | None = None


@dataclass(frozen=True)
class AgreementQuote:
    """A checked draft: the charges covered, the amounts and the schedule to sign."""

    draft: AgreementDraft
    start_date: date
    covered: tuple[OpenCharge, ...]
    normal_total: Money
    discount: Money
    fee: Money
    amount: Money
    schedule: tuple[ScheduleLine, ...]
    rules: ScheduleRules
    breach: BreachRules
    warnings: tuple[UserMessage, ...] = ()

    @property
    def normal_due_date(self) -> date | None:
        return min((charge.due_date for charge in self.covered), default=None)


def _clinic_today(context: ServiceContext) -> date:
    return today_in(clinic_time_zone(context), context.now())


def _schedule_rules(session: Session) -> ScheduleRules:
    return ScheduleRules(
        min_instalment=Money.from_cents(settings.get_setting(session, settings.AGREEMENT_MIN_INSTALMENT_CENTS)),
        max_instalments=settings.get_setting(session, settings.AGREEMENT_MAX_INSTALMENTS),
    )


def _breach_rules(session: Session) -> BreachRules:
    return BreachRules(
        missed_instalments=settings.get_setting(session, settings.AGREEMENT_BROKEN_AFTER_MISSED),
        days_late=settings.get_setting(session, settings.AGREEMENT_BROKEN_AFTER_DAYS),
        accelerate=settings.get_setting(session, settings.AGREEMENT_ACCELERATE_ON_BREACH),
    )


def _row_rules(row: models.Agreement) -> BreachRules:
    return BreachRules(missed_instalments=row.broken_after_missed, days_late=row.broken_after_days,
                       accelerate=row.accelerate_on_breach)


# -- The ledger seen through a client's agreements ------------------------------------------


@dataclass(frozen=True)
class _ClientLedger:
    rows: list[models.LedgerEntry]
    agreements: list[models.Agreement]
    covered: dict[int, list[int]]
    lines: dict[int, list[ScheduleLine]]

    def domain_entries(self, rows: Sequence[models.LedgerEntry] | None = None) -> list[LedgerEntry]:
        return [to_domain_entry(row, self.covered) for row in (self.rows if rows is None else rows)]


def to_domain_entry(row: models.LedgerEntry, covered: dict[int, list[int]]) -> LedgerEntry:
    """Turn a stored entry into a domain entry; one paid towards an agreement settles its charges first."""
    settles_first: tuple[int, ...] = ()
    if row.agreement_id is not None and row.kind != EntryKind.CHARGE.value:
        settles_first = tuple(covered.get(row.agreement_id, ()))
    return LedgerEntry(
        id=row.id, kind=EntryKind(row.kind), entry_date=row.entry_date,
        amount=Money.from_cents(row.amount_cents), due_date=row.due_date,
        applies_to=row.applies_to_id, description=row.description, settles_first=settles_first,
    )


def covered_charges(session: Session, client_id: int) -> dict[int, list[int]]:
    """Map each agreement of the client to the ids of the charges it covers."""
    covered: dict[int, list[int]] = {}
    rows = session.execute(
        select(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
        .join(models.Agreement, models.Agreement.id == models.AgreementCharge.agreement_id)
        .where(models.Agreement.client_id == client_id)
        .order_by(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
    )
    for agreement_id, charge_id in rows:
        covered.setdefault(agreement_id, []).append(charge_id)
    return covered


def _load_client_ledger(session: Session, client_id: int) -> _ClientLedger:
    rows = list(session.scalars(
        select(models.LedgerEntry).where(models.LedgerEntry.client_id == client_id)
        .order_by(models.LedgerEntry.entry_date, models.LedgerEntry.id)
    ))
    agreements = list(session.scalars(
        select(models.Agreement).where(models.Agreement.client_id == client_id).order_by(models.Agreement.id)
    ))
    lines: dict[int, list[ScheduleLine]] = {}
    if agreements:
        for line in session.scalars(
            select(models.AgreementLine)
            .where(models.AgreementLine.agreement_id.in_([row.id for row in agreements]))
            .order_by(models.AgreementLine.agreement_id, models.AgreementLine.number)
        ):
            lines.setdefault(line.agreement_id, []).append(
                ScheduleLine(line.number, line.due_date, Money.from_cents(line.amount_cents)))
    return _ClientLedger(rows, agreements, covered_charges(session, client_id) if agreements else {}, lines)


def _open_amount(ledger: _ClientLedger, rows: Sequence[models.LedgerEntry], charge_ids: Sequence[int]) -> int:
    outstanding = allocate(ledger.domain_entries(rows)).outstanding
    return sum(outstanding[charge_id].cents for charge_id in charge_ids if charge_id in outstanding)


def _payments_towards(ledger: _ClientLedger, agreement: models.Agreement) -> list[tuple[date, Money]]:
    """Return (day, amount) of what each later payment or credit note paid towards ``agreement``.

    Each entry recorded after the agreement is replayed in turn; what the
    covered charges lose of their outstanding amount is its part.
    """
    charge_ids = ledger.covered.get(agreement.id, [])
    before = [row for row in ledger.rows if row.id <= agreement.baseline_entry_id]
    later = sorted((row for row in ledger.rows if row.id > agreement.baseline_entry_id),
                   key=lambda row: (max(row.entry_date, agreement.start_date), row.id))
    if not any(row.kind != EntryKind.CHARGE.value for row in later):
        return []
    open_cents = _open_amount(ledger, before, charge_ids)
    payments: list[tuple[date, Money]] = []
    prefix = list(before)
    for row in later:
        prefix.append(row)
        if row.kind == EntryKind.CHARGE.value:
            continue
        now_open = _open_amount(ledger, prefix, charge_ids)
        if now_open < open_cents:
            payments.append((max(row.entry_date, agreement.start_date), Money.from_cents(open_cents - now_open)))
        open_cents = now_open
    return payments


def _progress(ledger: _ClientLedger, agreement: models.Agreement, today: date) -> AgreementProgress:
    return follow_agreement(
        AgreementKind(agreement.kind), ledger.lines.get(agreement.id, []), _payments_towards(ledger, agreement),
        today, _row_rules(agreement), cancelled=agreement.cancelled_at is not None,
    )


@dataclass(frozen=True)
class AgreementPosition:
    """An agreement that still governs part of a client's debt, as the banner sees it."""

    id: int
    number: str
    kind: AgreementKind
    progress: AgreementProgress
    charge_ids: tuple[int, ...]


def agreement_positions(session: Session, context: ServiceContext, client_id: int,
                        today: date) -> tuple[list[AgreementPosition], list[LedgerEntry]]:
    """Return the client's agreements that are in good standing, late or broken, and the domain entries.

    The entries settle agreement payments against agreement charges first, so
    callers must use them instead of building their own.
    """
    ledger = _load_client_ledger(session, client_id)
    positions = []
    for row in ledger.agreements:
        if row.cancelled_at is not None:
            continue
        progress = _progress(ledger, row, today)
        if progress.standing in (Standing.GOOD, Standing.LATE, Standing.BROKEN):
            positions.append(AgreementPosition(row.id, row.number, AgreementKind(row.kind), progress,
                                               tuple(ledger.covered.get(row.id, ()))))
    return positions, ledger.domain_entries()


# -- Preparing an agreement -----------------------------------------------------------------


def _pet_names(session: Session, rows: Sequence[models.LedgerEntry]) -> dict[int, str]:
    pet_ids = {row.pet_id for row in rows if row.pet_id}
    if not pet_ids:
        return {}
    return dict(session.execute(select(models.Pet.id, models.Pet.name).where(models.Pet.id.in_(pet_ids))).all())


def _open_charges(session: Session, context: ServiceContext, client_id: int, today: date) -> list[OpenCharge]:
    ledger = _load_client_ledger(session, client_id)
    taken: set[int] = set()
    for row in ledger.agreements:
        if row.cancelled_at is None and _progress(ledger, row, today).standing is not Standing.COMPLETED:
            taken.update(ledger.covered.get(row.id, ()))
    outstanding = allocate(ledger.domain_entries()).outstanding
    pets = _pet_names(session, ledger.rows)
    charges = [
        OpenCharge(row.id, row.entry_date, row.due_date, row.description, pets.get(row.pet_id, ""),
                   outstanding[row.id])
        for row in ledger.rows
        if row.kind == EntryKind.CHARGE.value and outstanding[row.id].is_positive and row.id not in taken
    ]
    return sorted(charges, key=lambda charge: (charge.due_date, charge.entry_date, charge.id))


def open_charges(context: ServiceContext, client_id: int) -> list[OpenCharge]:
    """Return the client's charges with money still owed that no open agreement covers, oldest due first."""
    today = _clinic_today(context)
    with context.database.read() as session:
        _require_client(session, client_id)
        return _open_charges(session, context, client_id, today)


def _require_client(session: Session, client_id: int) -> models.Client:
    client = session.get(models.Client, client_id)
    if client is None:
        raise _error(QT_TRANSLATE_NOOP("Agreements", "Client number {id} was not found. Search for the client again."),
                     id=client_id)
    if client.anonymised_at is not None:
        raise _error(QT_TRANSLATE_NOOP("Agreements",
            "This client's personal data was erased, so no agreement can be signed with them."))
    return client


def fee_warning() -> UserMessage:
    return _message(QT_TRANSLATE_NOOP("Agreements",
        "This plan adds a deferral fee. A deferred payment with interest or fees may be a consumer "
        "credit under Ley 16/2011, with its own information duties. Ask the clinic's adviser before offering it."))


def _prepare(session: Session, context: ServiceContext, draft: AgreementDraft, today: date) -> AgreementQuote:
    _require_client(session, draft.client_id)
    kind = AgreementKind(draft.kind)
    available = _open_charges(session, context, draft.client_id, today)
    by_id = {charge.id: charge for charge in available}
    errors: list[UserError] = []
    if draft.charge_ids is None:
        covered = available
    else:
        missing = [charge_id for charge_id in draft.charge_ids if charge_id not in by_id]
        if missing:
            raise _error(QT_TRANSLATE_NOOP("Agreements",
                "Charge number {id} is paid, belongs to another agreement or is not this client's. "
                "Choose the charges again."), "charges", id=missing[0])
        covered = [by_id[charge_id] for charge_id in sorted(set(draft.charge_ids), key=list(by_id).index)]
    if not covered:
        raise _error(QT_TRANSLATE_NOOP("Agreements",
            "There is nothing to agree: the client owes nothing that is not already in an agreement."), "charges")
    normal_total = Money.total(charge.outstanding for charge in covered)

    if draft.discount.is_negative or draft.discount >= normal_total:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The discount {discount} must be from 0,00 € to less than the amount owed {amount}."),
            "discount", discount=format_money(draft.discount), amount=format_money(normal_total)))
    rules = _schedule_rules(session)
    breach = _breach_rules(session)
    fee = Money.zero()
    warnings: list[UserMessage] = []
    if kind is AgreementKind.INSTALMENTS:
        minimum = Money.from_cents(settings.get_setting(session, settings.AGREEMENT_MIN_AMOUNT_CENTS))
        if normal_total < minimum:
            errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
                "The clinic offers instalments from {minimum}; this debt is {amount}. "
                "Offer a promise to pay by a date instead."),
                "kind", minimum=format_money(minimum), amount=format_money(normal_total)))
        fee = Money.from_cents(settings.get_setting(session, settings.AGREEMENT_FEE_CENTS))
        if fee.is_positive:
            warnings.append(fee_warning())
    if kind is AgreementKind.FINANCING:
        provider = " ".join(draft.provider.split())
        if not provider or len(provider) > MAX_PROVIDER:
            errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
                "Type the name of the financing company (up to {maximum} characters)."), "provider",
                maximum=MAX_PROVIDER))
        if len(draft.reference.strip()) > MAX_REFERENCE:
            errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
                "The financing reference has more than {maximum} characters. Shorten it."), "reference",
                maximum=MAX_REFERENCE))
    if errors:
        raise ValidationErrors(errors)

    amount = normal_total - draft.discount + fee
    schedule = _schedule(draft, kind, amount, rules, today)
    return AgreementQuote(
        draft=draft, start_date=today, covered=tuple(covered), normal_total=normal_total,
        discount=draft.discount, fee=fee, amount=amount, schedule=schedule, rules=rules, breach=breach,
        warnings=tuple(warnings),
    )


def _schedule(draft: AgreementDraft, kind: AgreementKind, amount: Money, rules: ScheduleRules,
              today: date) -> tuple[ScheduleLine, ...]:
    if draft.schedule is not None:
        lines = tuple(draft.schedule)
        if kind is not AgreementKind.INSTALMENTS and len(lines) != 1:
            raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
                "A promise to pay or a financing has one payment, not {count}."), "schedule", count=len(lines))])
        check_schedule(amount, lines, rules if kind is AgreementKind.INSTALMENTS else ScheduleRules(),
                       earliest=today)
        return lines
    if kind is AgreementKind.INSTALMENTS:
        first_due = draft.first_due or today
        if first_due < today:
            raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
                "The first due date {date} is already past. Choose {today} or later."), "first_due",
                date=format_date(first_due), today=format_date(today))])
        return plan_instalments(amount, draft.count, first_due, draft.period, rules,
                                down_payment=draft.down_payment, down_payment_date=today)
    if kind is AgreementKind.PROMISE:
        if draft.promise_date is None or draft.promise_date < today:
            raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
                "Choose the date by which the client promises to pay, today or later."), "promise_date")])
        return (ScheduleLine(1, draft.promise_date, amount),)
    expected = draft.promise_date or today + timedelta(days=FINANCING_DEFAULT_DAYS)
    if expected < today:
        raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
            "The expected payment date {date} is already past. Choose {today} or later."), "promise_date",
            date=format_date(expected), today=format_date(today))])
    return (ScheduleLine(1, expected, amount),)


def prepare_agreement(context: ServiceContext, draft: AgreementDraft) -> AgreementQuote:
    """Check a draft against the current ledger and the clinic's rules; raise ValidationErrors if it cannot be signed."""
    staff.require(context, staff.Permission.RECORD_MONEY)
    today = _clinic_today(context)
    with context.database.read() as session:
        return _prepare(session, context, draft, today)


# -- The payment-terms form -----------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """The client's signature drawn at the desk, as a PNG image; nothing about pressure or speed."""

    image_png: bytes


def _clinic_party(session: Session):
    from vetdesk.documents.payment_terms import TermsParty

    clinic = session.scalars(select(models.Clinic).order_by(models.Clinic.id)).first()
    if clinic is None:
        raise _error(QT_TRANSLATE_NOOP("Agreements", "The clinic's details are missing. Fill them in Settings first."))
    city_line = " ".join(part for part in (clinic.postal_code, clinic.city) if part)
    if clinic.province and clinic.province != clinic.city:
        city_line = f"{city_line} ({clinic.province})" if city_line else clinic.province
    party = TermsParty(clinic.name, clinic.tax_id, tuple(line for line in (clinic.address_line, city_line) if line),
                       clinic.phone, clinic.email)
    return party, clinic.logo, clinic.city


def _client_party(client: models.Client):
    from vetdesk.documents.payment_terms import TermsParty

    city_line = " ".join(part for part in (client.postal_code, client.city) if part)
    if client.province and client.province != client.city:
        city_line = f"{city_line} ({client.province})" if city_line else client.province
    return TermsParty(f"{client.given_name} {client.surnames}".strip(), client.id_number or "",
                      tuple(line for line in (client.address_line, city_line) if line), client.phone, client.email)


def _terms_document(session: Session, context: ServiceContext, quote: AgreementQuote, number: str,
                    signature: Signature | None, signed_at: datetime | None):
    # Imported here so that the banner and the ledger do not load the PDF library.
    from vetdesk.documents.payment_terms import CoveredItem, TermsDocument, TermsLine, TermsSignature

    client = _require_client(session, quote.draft.client_id)
    clinic, logo, city = _clinic_party(session)
    pets = session.scalars(
        select(models.Pet.name).join(models.PetOwner, models.PetOwner.pet_id == models.Pet.id)
        .where(models.PetOwner.client_id == client.id).order_by(models.Pet.name)
    ).all()
    charged_pets = {charge.pet_name for charge in quote.covered if charge.pet_name}
    terms_signature = None
    if signature is not None and signed_at is not None:
        local = signed_at.astimezone(_zone(context))
        terms_signature = TermsSignature(signature.image_png, local, context.actor)
    return TermsDocument(
        agreement_number=number, kind=AgreementKind(quote.draft.kind).value,
        clinic=clinic, clinic_logo=logo, client=_client_party(client),
        pets=tuple(name for name in pets if not charged_pets or name in charged_pets),
        covered=tuple(CoveredItem(charge.entry_date, charge.description, charge.pet_name, charge.outstanding)
                      for charge in quote.covered),
        normal_due_date=quote.normal_due_date, discount=quote.discount, fee=quote.fee,
        amount_agreed=quote.amount,
        schedule=tuple(TermsLine(line.number, line.due_date, line.amount) for line in quote.schedule),
        period=Period(quote.draft.period).value if quote.draft.kind == AgreementKind.INSTALMENTS else None,
        financing_provider=" ".join(quote.draft.provider.split()),
        financing_reference=quote.draft.reference.strip(),
        accelerate_on_breach=quote.breach.accelerate, broken_after_missed=quote.breach.missed_instalments,
        broken_after_days=quote.breach.days_late, clauses=settings.read_clause_texts(session, quote.draft.language),
        place=city, issued_on=quote.start_date, staff_name=context.actor, signature=terms_signature,
    )


def _zone(context: ServiceContext):
    from zoneinfo import ZoneInfo

    return ZoneInfo(clinic_time_zone(context))


def _next_number(session: Session, year: int, skip: int = 0) -> str:
    prefix = f"AC-{year}-"
    count = session.scalar(select(func.count()).select_from(models.Agreement)
                           .where(models.Agreement.number.like(f"{prefix}%"))) or 0
    return f"{prefix}{count + 1 + skip:04d}"


def preview_terms(context: ServiceContext, quote: AgreementQuote, translate: Translate) -> bytes:
    """Render the unsigned form for the client to read before signing (not stored)."""
    with context.database.read() as session:
        number = _next_number(session, quote.start_date.year)
        document = _terms_document(session, context, quote, number, None, None)
    from vetdesk.documents.payment_terms import render_payment_terms

    return render_payment_terms(document, quote.draft.language, translate)


# -- Recording ------------------------------------------------------------------------------


def _existing_agreement(session: Session, request_id: str | None) -> int | None:
    if request_id is None:
        return None
    return session.scalar(select(models.Agreement.id).where(models.Agreement.request_id == request_id))


def _same_quote(fresh: AgreementQuote, signed: AgreementQuote) -> bool:
    return (fresh.covered == signed.covered and fresh.amount == signed.amount
            and fresh.schedule == signed.schedule and fresh.breach == signed.breach)


def _lock_ledger(session: Session) -> None:
    """Hold back other desks' ledger inserts until this transaction ends (PostgreSQL).

    The agreement's baseline is the newest ledger entry; an insert by another
    desk that committed after the baseline was read but got a lower id would
    be neither in the covered amounts nor counted as a later payment. SQLite
    write transactions are already serialised by BEGIN IMMEDIATE.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE ledger_entry IN SHARE ROW EXCLUSIVE MODE"))


def record_agreement(context: ServiceContext, quote: AgreementQuote, signature: Signature | None,
                     translate: Translate, seal: Callable[[bytes, str], tuple[bytes, int | None]] | None = None) -> int:
    """Store the agreement, its lines and ledger entries, and its signed and sealed form, in one transaction.

    ``quote`` is what the client read and signed; if the account changed since,
    nothing is stored and staff are asked to review it again. ``seal(pdf,
    number)`` returns the sealed bytes and the certificate id; without it the
    form is stored unsealed. Returns the agreement id; a retry with the same
    request id returns the first one's id.
    """
    staff.require(context, staff.Permission.RECORD_MONEY)
    draft = quote.draft
    with context.database.read() as session:
        existing = _existing_agreement(session, draft.request_id)
    if existing is not None:
        log.info("Request %s was already recorded as agreement %s", draft.request_id, existing)
        return existing

    signed_at = context.now() if signature is not None else None
    for attempt in range(NUMBER_ATTEMPTS):
        with context.database.read() as session:
            number = _next_number(session, quote.start_date.year, skip=attempt)
            document = _terms_document(session, context, quote, number, signature, signed_at)
        from vetdesk.documents.payment_terms import render_payment_terms

        pdf = render_payment_terms(document, draft.language, translate)
        certificate_id = None
        if seal is not None:
            pdf, certificate_id = seal(pdf, number)
        try:
            with context.database.transaction() as session:
                if _existing_agreement(session, draft.request_id) is not None:
                    return _existing_agreement(session, draft.request_id)
                _lock_ledger(session)
                fresh = _prepare(session, context, draft, quote.start_date)
                if not _same_quote(fresh, quote):
                    raise _error(QT_TRANSLATE_NOOP("Agreements",
                        "The client's account changed while the agreement was being signed. "
                        "Review the agreement again and ask the client to sign the new version."))
                return _insert(session, context, quote, number, pdf, certificate_id, signature, signed_at,
                               translate)
        except IntegrityError:
            with context.database.read() as session:
                existing = _existing_agreement(session, draft.request_id)
            if existing is not None:
                return existing
            log.warning("Agreement number %s was taken by another desk; trying the next one", number)
    raise _error(QT_TRANSLATE_NOOP("Agreements",
        "No free agreement number was found because other desks were recording agreements. Try again."))


def _insert(session: Session, context: ServiceContext, quote: AgreementQuote, number: str, pdf: bytes,
            certificate_id: int | None, signature: Signature | None, signed_at: datetime | None,
            translate: Translate) -> int:
    draft = quote.draft
    now = context.now()
    row = models.Agreement(
        number=number, client_id=draft.client_id, kind=AgreementKind(draft.kind).value,
        period=Period(draft.period).value if draft.kind == AgreementKind.INSTALMENTS else None,
        amount_cents=quote.amount.cents, discount_cents=quote.discount.cents, fee_cents=quote.fee.cents,
        financing_provider=" ".join(draft.provider.split()) if draft.kind == AgreementKind.FINANCING else "",
        financing_reference=draft.reference.strip() if draft.kind == AgreementKind.FINANCING else "",
        accelerate_on_breach=quote.breach.accelerate, broken_after_missed=quote.breach.missed_instalments,
        broken_after_days=quote.breach.days_late, start_date=quote.start_date, language=draft.language,
        created_by=context.actor, created_at=now, cancel_reason="", request_id=draft.request_id,
    )
    session.add(row)
    session.flush()
    charge_ids = [charge.id for charge in quote.covered]
    for charge in quote.covered:
        session.add(models.AgreementCharge(agreement_id=row.id, charge_id=charge.id,
                                           covered_cents=charge.outstanding.cents))
    # Imported here: accounts imports this module for the banner.
    from vetdesk.services.accounts import append_entry

    if quote.fee.is_positive:
        fee_row = append_entry(
            session, context, "charge_recorded", client_id=draft.client_id, kind=EntryKind.CHARGE.value,
            entry_date=quote.start_date, due_date=quote.start_date, amount_cents=quote.fee.cents,
            description=translate("Agreements", FEE_TEXT).format(number=number), agreement_id=row.id,
        )
        session.add(models.AgreementCharge(agreement_id=row.id, charge_id=fee_row.id, covered_cents=quote.fee.cents))
        charge_ids.append(fee_row.id)
    if quote.discount.is_positive:
        append_entry(
            session, context, "credit_note_recorded", client_id=draft.client_id,
            kind=EntryKind.CREDIT_NOTE.value, entry_date=quote.start_date, amount_cents=quote.discount.cents,
            description=translate("Agreements", DISCOUNT_TEXT).format(number=number), agreement_id=row.id,
        )
    for line in quote.schedule:
        session.add(models.AgreementLine(agreement_id=row.id, number=line.number, due_date=line.due_date,
                                         amount_cents=line.amount.cents))
    session.flush()
    row.baseline_entry_id = session.scalar(
        select(func.max(models.LedgerEntry.id)).where(models.LedgerEntry.client_id == draft.client_id)) or 0
    digest = hashlib.sha256(pdf).hexdigest()
    document = models.AgreementDocument(
        agreement_id=row.id, version=1, language=draft.language, pdf=pdf, sha256=digest,
        signature_png=signature.image_png if signature is not None else None, signed_at=signed_at,
        witnessed_by=context.actor if signature is not None else "", seal_certificate_id=certificate_id,
        created_by=context.actor, created_at=now,
    )
    session.add(document)
    session.flush()
    record_event(session, context, action="agreement_recorded", entity="agreement", entity_id=row.id, after={
        "number": number, "client_id": draft.client_id, "kind": row.kind, "period": row.period,
        "amount_cents": row.amount_cents, "discount_cents": row.discount_cents, "fee_cents": row.fee_cents,
        "charges": charge_ids, "financing_provider": row.financing_provider,
        "financing_reference": row.financing_reference,
        "schedule": [[line.number, line.due_date.isoformat(), line.amount.cents] for line in quote.schedule],
        "accelerate_on_breach": row.accelerate_on_breach, "broken_after_missed": row.broken_after_missed,
        "broken_after_days": row.broken_after_days,
    })
    record_event(session, context, action="agreement_document_stored", entity="agreement_document",
                 entity_id=document.id, after={"agreement_id": row.id, "version": 1, "sha256": digest,
                                               "signed": signature is not None, "sealed": certificate_id is not None})
    log.info("Recorded agreement %s (%s) for client %s", row.id, row.kind, draft.client_id)
    return row.id


def _source_text(context: str, source: str) -> str:
    return source


def cancel_agreement(context: ServiceContext, agreement_id: int, reason: str,
                     translate: Translate = _source_text) -> None:
    """Cancel an agreement for a written reason; only staff allowed to cancel agreements (a manager) may.

    The debt counts again as before the agreement: a discount granted with it
    is charged back and its deferral fee is credited, as new ledger entries
    described with ``translate`` in the agreement's language.
    """
    staff.require(context, staff.Permission.CANCEL_AGREEMENT)
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_CANCEL_REASON:
        raise _error(QT_TRANSLATE_NOOP("Agreements",
            "The reason \"{value}\" is too short. Write why the agreement is cancelled."), "reason", value=cleaned)
    from vetdesk.services.accounts import append_entry

    with context.database.transaction() as session:
        row = session.get(models.Agreement, agreement_id)
        if row is None:
            raise _error(QT_TRANSLATE_NOOP("Agreements", "Agreement number {id} was not found."), id=agreement_id)
        if row.cancelled_at is not None:
            raise _error(QT_TRANSLATE_NOOP("Agreements", "Agreement {number} was already cancelled on {date}."),
                         number=row.number, date=format_date(today_in(clinic_time_zone(context), row.cancelled_at)))
        today = today_in(clinic_time_zone(context), context.now())
        made_with_it = session.scalars(select(models.LedgerEntry).where(
            models.LedgerEntry.agreement_id == row.id,
            models.LedgerEntry.kind.in_((EntryKind.CHARGE.value, EntryKind.CREDIT_NOTE.value)),
            models.LedgerEntry.id <= row.baseline_entry_id)).all()
        for entry in made_with_it:
            if entry.kind == EntryKind.CHARGE.value:
                append_entry(session, context, "credit_note_recorded", client_id=row.client_id,
                             kind=EntryKind.CREDIT_NOTE.value, entry_date=today, amount_cents=entry.amount_cents,
                             applies_to_id=entry.id,
                             description=translate("Agreements", FEE_CANCELLED_TEXT).format(number=row.number))
            else:
                append_entry(session, context, "charge_recorded", client_id=row.client_id,
                             kind=EntryKind.CHARGE.value, entry_date=today, due_date=today,
                             amount_cents=entry.amount_cents,
                             description=translate("Agreements", DISCOUNT_WITHDRAWN_TEXT).format(number=row.number))
        row.cancelled_at = context.now()
        row.cancelled_by = context.actor
        row.cancel_reason = cleaned
        record_event(session, context, action="agreement_cancelled", entity="agreement", entity_id=row.id,
                     before={"cancelled_at": None}, after={"reason": cleaned,
                                                           "reversed_entries": [entry.id for entry in made_with_it]})
        log.info("Agreement %s cancelled by %s", row.id, context.actor)


# -- Viewing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    version: int
    language: str
    sha256: str
    signed_at: datetime | None
    witnessed_by: str
    sealed: bool
    created_at: datetime


@dataclass(frozen=True)
class AgreementView:
    id: int
    number: str
    client_id: int
    client_name: str
    kind: AgreementKind
    period: Period | None
    amount: Money
    discount: Money
    fee: Money
    financing_provider: str
    financing_reference: str
    start_date: date
    created_by: str
    progress: AgreementProgress
    covered: tuple[OpenCharge, ...]
    documents: tuple[DocumentInfo, ...]
    cancelled_by: str | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str = ""
    breach: BreachRules = field(default_factory=BreachRules)


def agreements_for_client(context: ServiceContext, client_id: int) -> list[AgreementView]:
    """Return the client's agreements, newest first, each with its progress today."""
    today = _clinic_today(context)
    with context.database.read() as session:
        ledger = _load_client_ledger(session, client_id)
        return [_view(session, ledger, row, today) for row in reversed(ledger.agreements)]


def agreement_view(context: ServiceContext, agreement_id: int) -> AgreementView:
    today = _clinic_today(context)
    with context.database.read() as session:
        row = session.get(models.Agreement, agreement_id)
        if row is None:
            raise _error(QT_TRANSLATE_NOOP("Agreements", "Agreement number {id} was not found."), id=agreement_id)
        ledger = _load_client_ledger(session, row.client_id)
        return _view(session, ledger, row, today)


def _view(session: Session, ledger: _ClientLedger, row: models.Agreement, today: date) -> AgreementView:
    client = session.get(models.Client, row.client_id)
    pets = _pet_names(session, ledger.rows)
    by_id = {entry.id: entry for entry in ledger.rows}
    covered = []
    for charge in session.scalars(select(models.AgreementCharge).where(models.AgreementCharge.agreement_id == row.id)):
        entry = by_id[charge.charge_id]
        covered.append(OpenCharge(entry.id, entry.entry_date, entry.due_date, entry.description,
                                  pets.get(entry.pet_id, ""), Money.from_cents(charge.covered_cents)))
    documents = tuple(
        DocumentInfo(doc.id, doc.version, doc.language, doc.sha256, doc.signed_at, doc.witnessed_by,
                     doc.seal_certificate_id is not None, doc.created_at)
        for doc in session.scalars(select(models.AgreementDocument)
                                   .where(models.AgreementDocument.agreement_id == row.id)
                                   .order_by(models.AgreementDocument.version))
    )
    return AgreementView(
        id=row.id, number=row.number, client_id=row.client_id,
        client_name=f"{client.given_name} {client.surnames}".strip() if client else "",
        kind=AgreementKind(row.kind), period=Period(row.period) if row.period else None,
        amount=Money.from_cents(row.amount_cents), discount=Money.from_cents(row.discount_cents),
        fee=Money.from_cents(row.fee_cents), financing_provider=row.financing_provider,
        financing_reference=row.financing_reference, start_date=row.start_date, created_by=row.created_by,
        progress=_progress(ledger, row, today),
        covered=tuple(sorted(covered, key=lambda charge: (charge.due_date, charge.id))), documents=documents,
        cancelled_by=row.cancelled_by, cancelled_at=row.cancelled_at, cancel_reason=row.cancel_reason,
        breach=_row_rules(row),
    )


def document_pdf(context: ServiceContext, document_id: int) -> bytes:
    """Return the stored bytes of a signed form, exactly as sealed."""
    with context.database.read() as session:
        row = session.get(models.AgreementDocument, document_id)
        if row is None:
            raise _error(QT_TRANSLATE_NOOP("Agreements", "Document number {id} was not found."), id=document_id)
        return row.pdf


def open_agreement_for_payment(context: ServiceContext, client_id: int) -> tuple[int, str] | None:
    """Return (id, number) of the client's oldest agreement that payments should go to, or None."""
    today = _clinic_today(context)
    with context.database.read() as session:
        positions, _ = agreement_positions(session, context, client_id, today)
    return (positions[0].id, positions[0].number) if positions else None



def _stored_quote(session: Session, context: ServiceContext, row: models.Agreement, language: str) -> AgreementQuote:
    """Rebuild what was agreed from the stored agreement, to print its form again."""
    ledger = _load_client_ledger(session, row.client_id)
    view = _view(session, ledger, row, row.start_date)
    draft = AgreementDraft(
        client_id=row.client_id, kind=AgreementKind(row.kind), period=Period(row.period or Period.MONTHLY),
        provider=row.financing_provider, reference=row.financing_reference,
        discount=Money.from_cents(row.discount_cents), language=language,
    )
    # The deferral fee is a charge made with the agreement; the form shows it apart from the charges covered.
    fee_charges = {entry.id for entry in ledger.rows
                   if entry.agreement_id == row.id and entry.kind == EntryKind.CHARGE.value}
    covered = tuple(charge for charge in view.covered if charge.id not in fee_charges)
    return AgreementQuote(
        draft=draft, start_date=row.start_date, covered=covered,
        normal_total=Money.total(charge.outstanding for charge in covered),
        discount=view.discount, fee=view.fee, amount=view.amount,
        schedule=tuple(line.line for line in view.progress.lines), rules=_schedule_rules(session),
        breach=_row_rules(row),
    )


def reissue_terms(context: ServiceContext, agreement_id: int, signature: Signature | None, translate: Translate,
                  language: str, seal: Callable[[bytes, str], tuple[bytes, int | None]] | None = None) -> int:
    """Store a new version of an agreement's form, for example signed by a client who agreed by phone.

    The terms are those stored with the agreement; earlier versions are kept
    unchanged. Returns the new document's id.
    """
    staff.require(context, staff.Permission.RECORD_MONEY)
    signed_at = context.now() if signature is not None else None
    with context.database.read() as session:
        row = session.get(models.Agreement, agreement_id)
        if row is None:
            raise _error(QT_TRANSLATE_NOOP("Agreements", "Agreement number {id} was not found."), id=agreement_id)
        if row.cancelled_at is not None:
            raise _error(QT_TRANSLATE_NOOP("Agreements",
                "Agreement {number} was cancelled, so its form cannot be signed again."), number=row.number)
        number = row.number
        document = _terms_document(session, context, _stored_quote(session, context, row, language), number,
                                   signature, signed_at)
    from vetdesk.documents.payment_terms import render_payment_terms

    pdf = render_payment_terms(document, language, translate)
    certificate_id = None
    if seal is not None:
        pdf, certificate_id = seal(pdf, number)
    digest = hashlib.sha256(pdf).hexdigest()
    with context.database.transaction() as session:
        version = (session.scalar(select(func.max(models.AgreementDocument.version))
                                  .where(models.AgreementDocument.agreement_id == agreement_id)) or 0) + 1
        stored = models.AgreementDocument(
            agreement_id=agreement_id, version=version, language=language, pdf=pdf, sha256=digest,
            signature_png=signature.image_png if signature is not None else None, signed_at=signed_at,
            witnessed_by=context.actor if signature is not None else "", seal_certificate_id=certificate_id,
            created_by=context.actor, created_at=context.now(),
        )
        session.add(stored)
        session.flush()
        record_event(session, context, action="agreement_document_stored", entity="agreement_document",
                     entity_id=stored.id, after={"agreement_id": agreement_id, "version": version, "sha256": digest,
                                                 "signed": signature is not None,
                                                 "sealed": certificate_id is not None})
        log.info("Stored version %s of the form of agreement %s", version, agreement_id)
        return stored.id
