"""Claims in court: readiness, the refusals, the recorded decision and the dossier PDF read back, on both engines.

The client of ``claim_history`` owes 1.179,56 € since March 2026. They signed
an instalment plan on 20/03/2026, broke it, and received the four reminder
letters on 01/06, 16/06, 01/07 and 20/07/2026, the last being the proposal
to settle. The claim is recorded on 04/12/2026.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from sqlalchemy import func, select

from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, decisions, reminders, settings, staff
from vetdesk.services.accounts import NewPayment
from vetdesk.services.agreements import AgreementDraft, Signature
from vetdesk.services.context import ServiceContext
from vetdesk.services.staff import Role
from vetdesk.storage import models

TODAY = date(2026, 12, 4)
LETTER_DAYS = (date(2026, 6, 1), date(2026, 6, 16), date(2026, 7, 1), date(2026, 7, 20))
REASON = "Propuesta de pago sin respuesta"


def euros(text: str) -> Money:
    return Money(Decimal(text))


def english(context: str, source: str) -> str:
    return source


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(image).line([(10, 90), (80, 20), (150, 100), (290, 30)], fill="black", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def set_day(clock, day: date) -> None:
    # 10:00 UTC is 11:00 or 12:00 in Madrid, the same civil day.
    clock.now = datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc)


def acting_as(context, identity) -> ServiceContext:
    signed_in = replace(context)
    signed_in.sign_in(identity)
    return signed_in


@pytest.fixture
def as_admin(context, clinic, monkeypatch):
    # Cheap Argon2 parameters: these tests are about roles, and the default hash takes about 0.25 s.
    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = staff.create_first_administrator(context, "ana", "Ana Administradora", "correct horse battery")
    return acting_as(context, admin)


@pytest.fixture
def as_manager(context, as_admin):
    return acting_as(context, staff.create_staff(as_admin, "marta", "Marta Gerente", Role.MANAGER, "manager-pass"))


@pytest.fixture
def as_reception(context, as_admin):
    return acting_as(context, staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234"))


def add_client(context) -> tuple[int, int]:
    client_id = clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", id_number="12345678Z", address_line="Calle Mayor 7",
        postal_code="28013", city="Madrid")).id
    pet_id = clients.add_pet(context, client_id, clients.NewPet(name="Bimba", species="perro"))
    return client_id, pet_id


def charge(context, client_id: int, pet_id: int, amount: str, day: date, description: str) -> int:
    """Store a past charge through ``append_entry``, as record_charge does without its debt block."""
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=day, due_date=day, description=description, pet_id=pet_id,
                                     amount_cents=euros(amount).cents).id


def owing_client(context, clock) -> int:
    """A client with two charges of March 2026 (1.234,56 € and 45,00 €) and 100 € paid on 15/03."""
    client_id, pet_id = add_client(context)
    charge(context, client_id, pet_id, "1234.56", date(2026, 3, 2), "Cirugía de cadera")
    charge(context, client_id, pet_id, "45.00", date(2026, 3, 10), "Vacuna antirrábica")
    set_day(clock, date(2026, 3, 20))
    accounts.record_payment(context, NewPayment(client_id, euros("100.00"), PaymentMethod.CARD, date(2026, 3, 15),
                                                description="Entrega a cuenta"))
    set_day(clock, TODAY)
    return client_id


def sign_plan(context, clock, client_id: int, day: date, first_due: date) -> int:
    set_day(clock, day)
    quote = agreements.prepare_agreement(context, AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=first_due, language="es"))
    agreement_id = agreements.record_agreement(context, quote, Signature(signature_png()), english)
    set_day(clock, TODAY)
    return agreement_id


def send_letters(context, clock, day: date) -> None:
    """Run the reminders for ``day`` and send every one prepared, as letters."""
    set_day(clock, day)
    reminders.run_reminders(context, day)
    with context.database.read() as session:
        prepared = list(session.scalars(select(models.Reminder.id).where(models.Reminder.status == "prepared")))
    reminders.approve(context, prepared)
    assert reminders.send_approved(context, lambda language: english).sent == 1
    set_day(clock, TODAY)


@dataclass(frozen=True)
class ClaimHistory:
    client_id: int
    agreement_id: int


@pytest.fixture
def claim_history(as_manager, clock) -> ClaimHistory:
    client_id = owing_client(as_manager, clock)
    # Instalments are due on 20/04, 20/05 and 20/06. None is paid, so the plan is broken from 20/05.
    agreement_id = sign_plan(as_manager, clock, client_id, date(2026, 3, 20), date(2026, 4, 20))
    for day in LETTER_DAYS:
        send_letters(as_manager, clock, day)
    return ClaimHistory(client_id, agreement_id)


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (models.DebtDecision, models.LedgerEntry, models.AuditEvent)}


def pdf_text(data: bytes) -> str:
    """Return the text of every page, with runs of white space (no-break spaces too) as one space."""
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in pages)


def stored_form(context, agreement_id: int) -> bytes:
    with context.database.read() as session:
        return session.scalars(select(models.AgreementDocument.pdf)
                               .where(models.AgreementDocument.agreement_id == agreement_id)).one()


def sources(readiness) -> list[str]:
    return [problem.source for problem in readiness.problems]


# -- Readiness -----------------------------------------------------------------------------------


def test_readiness_nothing_on_file(as_manager, clock):
    client_id = owing_client(as_manager, clock)
    readiness = decisions.claim_readiness(as_manager, client_id)
    assert not readiness.allowed
    assert readiness.owed == euros("1179.56")
    assert not readiness.signed_terms
    assert readiness.settlement_sent_on is None
    (terms, settlement) = sources(readiness)
    assert "signed payment terms" in terms
    assert "proposal to settle" in settlement
    assert readiness.problems[1].params == {"level": 4}


def test_readiness_signed_terms_only(as_manager, clock):
    client_id = owing_client(as_manager, clock)
    sign_plan(as_manager, clock, client_id, TODAY, date(2027, 1, 4))
    readiness = decisions.claim_readiness(as_manager, client_id)
    assert readiness.signed_terms
    (settlement,) = sources(readiness)
    assert "proposal to settle" in settlement


def test_readiness_unsigned_plan(as_manager, clock):
    client_id = owing_client(as_manager, clock)
    quote = agreements.prepare_agreement(as_manager, AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        language="es"))
    agreements.record_agreement(as_manager, quote, None, english)
    assert not decisions.claim_readiness(as_manager, client_id).signed_terms


def test_readiness_third_letter_not_enough(as_manager, clock):
    client_id = owing_client(as_manager, clock)
    sign_plan(as_manager, clock, client_id, date(2026, 3, 20), date(2026, 4, 20))
    for day in LETTER_DAYS[:3]:
        send_letters(as_manager, clock, day)
    (settlement,) = sources(decisions.claim_readiness(as_manager, client_id))
    assert "proposal to settle" in settlement


def test_readiness_allowed(as_manager, claim_history):
    readiness = decisions.claim_readiness(as_manager, claim_history.client_id)
    assert readiness.allowed
    assert readiness.problems == []
    assert readiness.settlement_sent_on == date(2026, 7, 20)
    assert readiness.owed == euros("1179.56")


def test_readiness_nothing_owed(as_manager, claim_history):
    accounts.record_payment(as_manager, NewPayment(claim_history.client_id, euros("1179.56"),
                                                   PaymentMethod.TRANSFER, TODAY))
    (owed,) = sources(decisions.claim_readiness(as_manager, claim_history.client_id))
    assert "owes nothing" in owed


def test_readiness_unknown_client(as_manager):
    with pytest.raises(UserError, match="Client number 999 was not found"):
        decisions.claim_readiness(as_manager, 999)


# -- Refusals ------------------------------------------------------------------------------------


def test_claim_refused_for_reception(as_reception, claim_history):
    before = counts(as_reception)
    with pytest.raises(UserError, match="needs the manager or administrator role"):
        decisions.record_claim(as_reception, claim_history.client_id, REASON, "es", english)
    assert counts(as_reception) == before


def test_claim_refused_when_not_ready(as_manager, clock):
    client_id = owing_client(as_manager, clock)
    before = counts(as_manager)
    with pytest.raises(UserError, match="No signed payment terms") as caught:
        decisions.record_claim(as_manager, client_id, REASON, "es", english)
    assert caught.value.field == "claim"
    assert counts(as_manager) == before


def test_preview_refused_when_not_ready(as_manager, clock):
    client_id = owing_client(as_manager, clock)
    with pytest.raises(UserError, match="No signed payment terms"):
        decisions.preview_claim(as_manager, client_id, "es", english)


def test_claim_reason_too_short(as_manager, claim_history):
    before = counts(as_manager)
    with pytest.raises(UserError, match="is too short"):
        decisions.record_claim(as_manager, claim_history.client_id, "ya", "es", english)
    assert counts(as_manager) == before


# -- The recorded claim --------------------------------------------------------------------------


def test_claim_decision_stored(as_manager, claim_history):
    decision_id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    (view,) = decisions.decisions_for_client(as_manager, claim_history.client_id)
    assert view.id == decision_id
    assert view.kind == "claim"
    assert view.reference == "RECL-2026-0001"
    assert view.reason == REASON
    assert view.amount == euros("1179.56")
    assert view.decided_by == "Marta Gerente"
    assert view.has_document
    assert decisions.decision_document(as_manager, decision_id) == pdf
    with as_manager.database.read() as session:
        row = session.get(models.DebtDecision, decision_id)
    assert row.document_sha256 == hashlib.sha256(pdf).hexdigest()


def test_second_claim_refused(as_manager, claim_history):
    decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    before = counts(as_manager)
    with pytest.raises(UserError, match="Claim RECL-2026-0001 was already recorded on 04/12/2026") as caught:
        decisions.record_claim(as_manager, claim_history.client_id, "Segunda reclamación", "es", english)
    assert caught.value.field == "claim"
    assert counts(as_manager) == before


def test_claimed_client_gets_no_reminder(as_manager, clinic):
    client_id = clients.save_client(as_manager, clients.ClientDetails(
        given_name="Tomás", surnames="Gil", address_line="Calle Mayor 3", postal_code="28013", city="Madrid")).id
    due = TODAY - timedelta(days=40)
    accounts.record_charge(as_manager, accounts.NewCharge(client_id, euros("90.00"), "Cirugía", due, due))
    before = reminders.run_reminders(as_manager, TODAY, dry_run=True).planned
    assert client_id in {item.client_id for item in before}
    # Stored as record_claim stores it, without the checks that a claim needs first.
    with as_manager.database.transaction() as session:
        session.add(models.DebtDecision(client_id=client_id, kind="claim", reason=REASON, amount_cents=9000,
                                        reference="RECL-2026-0009", decided_by="Marta", decided_at=as_manager.now()))
    planned = reminders.run_reminders(as_manager, TODAY, dry_run=True).planned
    assert client_id not in {item.client_id for item in planned}


def test_preview_stores_nothing(as_manager, claim_history):
    before = counts(as_manager)
    preview = decisions.preview_claim(as_manager, claim_history.client_id, "es", english)
    assert preview.startswith(b"%PDF")
    assert "RECL-2026-0001" in pdf_text(preview)
    assert counts(as_manager) == before


def test_preview_marked_draft(as_manager, claim_history):
    preview = decisions.preview_claim(as_manager, claim_history.client_id, "es", english)
    assert "DRAFT, not recorded" in pdf_text(preview)


def test_recorded_dossier_not_draft(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    assert "DRAFT" not in pdf_text(pdf)


def test_dossier_lists_charges(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    assert "Claim dossier" in text
    assert "Reference RECL-2026-0001 · 4 de diciembre de 2026" in text
    assert "Cirugía de cadera" in text
    assert "Vacuna antirrábica" in text
    assert "02/03/2026" in text
    assert "10/03/2026" in text


def test_dossier_amounts(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    assert "1.234,56 €" in text
    assert "45,00 €" in text
    # What is still owed on the surgery after the 100 € payment, and the principal claimed.
    assert "1.134,56 €" in text
    assert "Principal claimed (amount outstanding) 1.179,56 €" in text
    assert "Total claimed 1.179,56 €" in text


def test_dossier_lists_payment(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    assert "15/03/2026 Payment: Entrega a cuenta" in text
    assert "100,00 €" in text


def test_dossier_lists_reminders(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    levels = ("1 · Friendly (1)", "2 · Second (2)", "3 · Formal (3)", "4 · Pre-legal (4)")
    for day, level in zip(LETTER_DAYS, levels):
        assert f"{day.strftime('%d/%m/%Y')} {level} Letter" in text


def test_dossier_monitorio_note(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    assert "Claiming in court: the proceso monitorio" in text
    assert "articles 812 to 818 of the Spanish Civil Procedure Act" in text


def test_dossier_expiry_date(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    assert "Last service provided on 10/03/2026." in text
    # Three years from the last documented claim, the letter of 20/07/2026, not from the service.
    assert "The claim may expire on 20/07/2029" in text


def test_dossier_embeds_signed_form(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    attachments = PdfReader(io.BytesIO(pdf)).attachments
    assert list(attachments) == ["AC-2026-0001-v1.pdf"]
    assert attachments["AC-2026-0001-v1.pdf"] == [stored_form(as_manager, claim_history.agreement_id)]
    assert "Annex 1: Payment terms AC-2026-0001, version 1" in pdf_text(pdf)


def test_dossier_without_interest(as_manager, claim_history):
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    assert "The clinic does not claim interest." in text
    assert "Rates applied" not in text
    assert "Legal interest up to" not in text


def test_dossier_with_interest(as_manager, claim_history):
    settings.update_settings(as_manager, {"claims.add_legal_interest": True,
                                          "claims.legal_interest_rates": {"2026": "3,25"}})
    _id, pdf = decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    text = pdf_text(pdf)
    # Interest runs from the first letter (01/06) to 04/12: 186 days at 3,25 % on 1.134,56 € and 45,00 €,
    # 18,79 € + 0,75 € = 19,54 €.
    assert "Legal interest up to 04/12/2026 19,54 €" in text
    assert "Total claimed 1.199,10 €" in text
    assert "Rates applied: 2026: 3,25 %" in text
    assert "18,79 €" in text
    assert "0,75 €" in text
    assert "The clinic does not claim interest." not in text


def test_interest_without_rate(as_manager, claim_history):
    settings.update_settings(as_manager, {"claims.add_legal_interest": True})
    before = counts(as_manager)
    with pytest.raises(UserError, match="No legal interest rate is set for 2026"):
        decisions.record_claim(as_manager, claim_history.client_id, REASON, "es", english)
    assert counts(as_manager) == before
