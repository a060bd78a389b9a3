"""Recording, following and cancelling payment agreements, on both engines."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from vetdesk.domain.agreements import AgreementKind, LineStatus, Period, ScheduleLine, Standing
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, settings, staff
from vetdesk.services.accounts import BannerLevel, NewPayment
from vetdesk.services.agreements import AgreementDraft, Signature
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

TODAY = date(2026, 12, 4)


def euros(text: str) -> Money:
    return Money(Decimal(text))


def signature_png() -> bytes:
    from io import BytesIO

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(image).line([(10, 90), (80, 20), (150, 100), (290, 30)], fill="black", width=4)
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


SIGNATURE = signature_png()


def english(context: str, source: str) -> str:
    return source


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (models.Agreement, models.AgreementLine, models.AgreementCharge,
                              models.AgreementDocument, models.LedgerEntry, models.AuditEvent)}


@pytest.fixture
def client_id(context, clinic) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", id_number="12345678Z", city="Madrid")).id


def charge(context, client_id, amount: str, days_ago: int, description: str = "Cirugía") -> int:
    """Store a past charge directly, as an import would; the debt block applies only at the desk."""
    day = TODAY - timedelta(days=days_ago)
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=day, due_date=day, description=description,
                                     amount_cents=euros(amount).cents).id


def pay(context, client_id, amount: str, day: date = TODAY, agreement_id: int | None = None) -> int:
    return accounts.record_payment(context, NewPayment(client_id, euros(amount), PaymentMethod.CARD, day,
                                                       agreement_id=agreement_id))


def plan(client_id, **changes) -> AgreementDraft:
    values = dict(client_id=client_id, kind=AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY,
                  first_due=date(2027, 1, 4), language="en")
    values.update(changes)
    return AgreementDraft(**values)


def record(context, draft: AgreementDraft, signature: bool = True) -> int:
    quote = agreements.prepare_agreement(context, draft)
    return agreements.record_agreement(context, quote, Signature(SIGNATURE) if signature else None, english)


def test_whole_balance_with_a_down_payment(context, client_id):
    charge(context, client_id, "600", 40)
    charge(context, client_id, "400", 10, "Vacunas")
    quote = agreements.prepare_agreement(context, plan(client_id, down_payment=euros("400")))
    assert [str(line.amount.amount) for line in quote.schedule] == ["400.00", "200.00", "200.00", "200.00"]
    assert quote.schedule[0].due_date == TODAY
    assert [line.due_date for line in quote.schedule[1:]] == [date(2027, 1, 4), date(2027, 2, 4), date(2027, 3, 4)]
    assert quote.normal_total == euros("1000")
    assert quote.warnings == ()


def test_recording_stores_everything_once_with_the_document_digest(context, client_id):
    charge(context, client_id, "300", 40)
    request = str(uuid.uuid4())
    quote = agreements.prepare_agreement(context, plan(client_id, request_id=request))
    agreement_id = agreements.record_agreement(context, quote, Signature(SIGNATURE), english)
    # The desk retries after a lost connection: the same request gives the same agreement.
    assert agreements.record_agreement(context, quote, Signature(SIGNATURE), english) == agreement_id
    view = agreements.agreement_view(context, agreement_id)
    assert view.number == "AC-2026-0001"
    assert view.amount == euros("300")
    assert [line.line.amount for line in view.progress.lines] == [euros("100")] * 3
    assert view.progress.standing is Standing.GOOD
    with context.database.read() as session:
        document = session.scalars(select(models.AgreementDocument)).one()
        actions = session.scalars(select(models.AuditEvent.action)).all()
    assert document.sha256 == hashlib.sha256(document.pdf).hexdigest()
    assert document.pdf.startswith(b"%PDF")
    assert document.signature_png == SIGNATURE
    assert document.witnessed_by == context.actor
    assert agreements.document_pdf(context, document.id) == document.pdf
    assert "agreement_recorded" in actions
    assert "agreement_document_stored" in actions
    assert counts(context)["agreement"] == 1


def test_a_changed_account_between_reading_and_signing_stores_nothing(context, client_id):
    charge(context, client_id, "300", 40)
    quote = agreements.prepare_agreement(context, plan(client_id))
    pay(context, client_id, "50")
    before = counts(context)
    with pytest.raises(UserError, match="changed while the agreement was being signed"):
        agreements.record_agreement(context, quote, None, english)
    assert counts(context) == before


def test_instalments_below_the_clinic_minimum_amount_are_refused(context, client_id):
    charge(context, client_id, "30", 40)
    before = counts(context)
    with pytest.raises(ValidationErrors) as refused:
        agreements.prepare_agreement(context, plan(client_id))
    assert "from 50,00\u00a0€" in refused.value.render()
    assert "30,00\u00a0€" in refused.value.render()
    assert counts(context) == before


def test_nothing_to_agree_and_unknown_charges_are_refused(context, client_id):
    with pytest.raises(UserError, match="nothing to agree"):
        agreements.prepare_agreement(context, plan(client_id))
    charge(context, client_id, "300", 40)
    with pytest.raises(UserError, match="Charge number 999"):
        agreements.prepare_agreement(context, plan(client_id, charge_ids=(999,)))


def test_an_edited_schedule_must_add_up(context, client_id):
    charge(context, client_id, "300", 40)
    lines = (ScheduleLine(1, date(2027, 1, 4), euros("150")), ScheduleLine(2, date(2027, 2, 4), euros("149.99")))
    with pytest.raises(ValidationErrors, match="add up to 299,99"):
        agreements.prepare_agreement(context, plan(client_id, schedule=lines))
    lines = (ScheduleLine(1, date(2027, 1, 4), euros("150")), ScheduleLine(2, date(2027, 2, 4), euros("150")))
    assert agreements.prepare_agreement(context, plan(client_id, schedule=lines)).schedule == lines


def test_a_payment_of_150_against_three_instalments_of_100(context, client_id):
    charge(context, client_id, "300", 40)
    agreement_id = record(context, plan(client_id))
    pay(context, client_id, "150", agreement_id=agreement_id)
    lines = agreements.agreement_view(context, agreement_id).progress.lines
    assert [line.status for line in lines] == [LineStatus.PAID, LineStatus.PARTLY_PAID, LineStatus.PENDING]
    assert [line.paid for line in lines] == [euros("100"), euros("50"), Money.zero()]


def test_payments_towards_an_agreement_settle_its_charges_before_older_ones(context, client_id):
    older = charge(context, client_id, "80", 60, "Consulta")
    covered = charge(context, client_id, "300", 40)
    agreement_id = record(context, plan(client_id, charge_ids=(covered,)))
    pay(context, client_id, "100", agreement_id=agreement_id)
    rows = {row.id: row for row in accounts.account_view(context, client_id).rows}
    assert rows[older].outstanding == euros("80")
    assert rows[covered].outstanding == euros("200")
    assert agreements.agreement_view(context, agreement_id).progress.paid == euros("100")


def test_discount_and_fee_enter_the_ledger_with_the_agreement(context, client_id):
    charge(context, client_id, "300", 40)
    settings.update_settings(context, {"agreements.fee_cents": 1500})
    quote = agreements.prepare_agreement(context, plan(client_id, discount=euros("30")))
    assert quote.amount == euros("285")
    assert quote.fee == euros("15")
    assert any("Ley 16/2011" in warning.render() for warning in quote.warnings)
    agreement_id = agreements.record_agreement(context, quote, None, english)
    view = accounts.account_view(context, client_id)
    assert view.status.balance == euros("285")
    progress = agreements.agreement_view(context, agreement_id).progress
    assert progress.paid == Money.zero()
    assert progress.remaining == euros("285")


def test_good_standing_shows_amber_without_blocking(context, client_id):
    charge(context, client_id, "300", 40)
    assert accounts.banner_state(context, client_id).level is BannerLevel.RED
    record(context, plan(client_id))
    state = accounts.banner_state(context, client_id)
    assert state.level is BannerLevel.AMBER
    assert not state.blocks_credit
    assert state.agreement.standing is Standing.GOOD
    assert state.agreement.number == "AC-2026-0001"
    assert state.agreement.next_due_date == date(2027, 1, 4)
    assert state.agreement.next_amount == euros("100")


def test_a_late_instalment_brings_back_the_red_banner_naming_the_agreement(context, client_id, clock):
    charge(context, client_id, "300", 40)
    record(context, plan(client_id))
    clock.now = datetime(2027, 1, 6, 10, 0, tzinfo=timezone.utc)
    state = accounts.banner_state(context, client_id)
    assert state.level is BannerLevel.RED
    assert state.blocks_credit
    assert state.agreement.standing is Standing.LATE
    assert state.agreement.number == "AC-2026-0001"
    assert state.overdue == euros("100")
    assert state.oldest_overdue_due_date == date(2027, 1, 4)
    pay(context, client_id, "100", date(2027, 1, 6))
    assert accounts.banner_state(context, client_id).level is BannerLevel.AMBER


def test_a_broken_promise_brings_back_the_red_banner(context, client_id, clock):
    charge(context, client_id, "250", 40)
    record(context, AgreementDraft(client_id, AgreementKind.PROMISE, promise_date=date(2026, 12, 20)))
    assert accounts.banner_state(context, client_id).level is BannerLevel.AMBER
    clock.now = datetime(2026, 12, 21, 10, 0, tzinfo=timezone.utc)
    late = accounts.banner_state(context, client_id)
    assert late.level is BannerLevel.RED
    assert late.agreement.standing is Standing.LATE
    # The signed terms say 30 days late breaks it.
    clock.now = datetime(2027, 1, 19, 10, 0, tzinfo=timezone.utc)
    state = accounts.banner_state(context, client_id)
    assert state.level is BannerLevel.RED
    assert state.agreement.standing is Standing.BROKEN
    assert state.overdue == euros("250")


def test_a_broken_plan_makes_the_remaining_amount_due_at_once(context, client_id, clock):
    charge(context, client_id, "300", 40)
    agreement_id = record(context, plan(client_id))
    clock.now = datetime(2027, 2, 5, 10, 0, tzinfo=timezone.utc)
    progress = agreements.agreement_view(context, agreement_id).progress
    assert progress.standing is Standing.BROKEN
    assert progress.accelerated
    assert accounts.banner_state(context, client_id).overdue == euros("300")


def test_financing_is_settled_when_the_provider_pays(context, client_id):
    charge(context, client_id, "900", 10)
    agreement_id = record(context, AgreementDraft(client_id, AgreementKind.FINANCING, provider="Financiera Ejemplo",
                                                  reference="OP-77"))
    view = agreements.agreement_view(context, agreement_id)
    assert view.progress.lines[0].line.due_date == TODAY + timedelta(days=30)
    pay(context, client_id, "900", agreement_id=agreement_id)
    assert agreements.agreement_view(context, agreement_id).progress.standing is Standing.COMPLETED
    assert accounts.banner_state(context, client_id).level is BannerLevel.NONE


def test_financing_needs_the_provider(context, client_id):
    charge(context, client_id, "900", 10)
    with pytest.raises(ValidationErrors, match="financing company"):
        agreements.prepare_agreement(context, AgreementDraft(client_id, AgreementKind.FINANCING, provider="  "))


def test_covered_charges_cannot_be_covered_twice(context, client_id):
    charge(context, client_id, "300", 40)
    record(context, plan(client_id))
    assert agreements.open_charges(context, client_id) == []
    with pytest.raises(UserError, match="nothing to agree"):
        agreements.prepare_agreement(context, plan(client_id))


def test_only_a_manager_cancels_with_a_reason(context, database, clock, client_id):
    charge(context, client_id, "300", 40)
    agreement_id = record(context, plan(client_id))
    admin = staff.create_first_administrator(context, "admin", "Administración", "9876")
    context.sign_in(admin)
    receptionist = staff.create_staff(context, "lucia", "Lucía", staff.Role.RECEPTION, "1234")
    manager = staff.create_staff(context, "marta", "Marta", staff.Role.MANAGER, "5678")
    desk = ServiceContext(database, actor="Lucía", clock=clock, staff=receptionist)
    with pytest.raises(UserError):
        agreements.cancel_agreement(desk, agreement_id, "El cliente lo pidió")
    office = ServiceContext(database, actor="Marta", clock=clock, staff=manager)
    with pytest.raises(UserError, match="too short"):
        agreements.cancel_agreement(office, agreement_id, "no")
    assert agreements.agreement_view(context, agreement_id).progress.standing is Standing.GOOD
    agreements.cancel_agreement(office, agreement_id, "El cliente pagará con el seguro")
    view = agreements.agreement_view(context, agreement_id)
    assert view.progress.standing is Standing.CANCELLED
    assert view.cancelled_by == "Marta"
    assert accounts.banner_state(context, client_id).level is BannerLevel.RED
    with pytest.raises(UserError, match="already cancelled"):
        agreements.cancel_agreement(office, agreement_id, "Otra vez por error")


def test_a_payment_naming_another_clients_agreement_is_refused(context, client_id):
    charge(context, client_id, "300", 40)
    agreement_id = record(context, plan(client_id))
    other = clients.save_client(context, clients.ClientDetails(given_name="Otro", surnames="Cliente")).id
    before = counts(context)
    with pytest.raises(UserError, match=f"Agreement number {agreement_id} is not an agreement of this client"):
        pay(context, other, "10", agreement_id=agreement_id)
    assert counts(context) == before


def test_search_results_count_covered_debt_as_the_banner_does(context, client_id, clock):
    charge(context, client_id, "300", 40)
    record(context, plan(client_id))
    (result,) = clients.search(context, "Ibáñez")
    assert result.overdue == Money.zero()
    assert result.balance == euros("300")
    clock.now = datetime(2027, 1, 6, 10, 0, tzinfo=timezone.utc)
    (result,) = clients.search(context, "Ibáñez")
    assert result.overdue == euros("100")


def test_an_agreement_made_by_phone_is_signed_later_as_a_new_version(context, client_id):
    charge(context, client_id, "300", 40)
    settings.update_settings(context, {"agreements.fee_cents": 1500})
    agreement_id = record(context, plan(client_id, discount=euros("30")), signature=False)
    document_id = agreements.reissue_terms(context, agreement_id, Signature(SIGNATURE), english, "es")
    view = agreements.agreement_view(context, agreement_id)
    assert [(document.version, document.signed_at is not None) for document in view.documents] == [(1, False), (2, True)]
    assert view.documents[1].id == document_id
    assert view.documents[1].language == "es"
    first = agreements.document_pdf(context, view.documents[0].id)
    second = agreements.document_pdf(context, document_id)
    assert first != second
    assert hashlib.sha256(second).hexdigest() == view.documents[1].sha256
    # Both forms show the same terms: the fee apart from the charges covered.
    from pypdf import PdfReader
    import io

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(second)).pages).replace("\u00a0", " ")
    assert "AC-2026-0001" in text
    assert "285,00 €" in text
    assert "15,00 €" in text
    assert "Begoña Ibáñez Núñez" in text


def test_cancelling_charges_back_the_discount_and_credits_the_fee(context, client_id):
    charge(context, client_id, "300", 40)
    settings.update_settings(context, {"agreements.fee_cents": 1500})
    quote = agreements.prepare_agreement(context, plan(client_id, discount=euros("30")))
    agreement_id = agreements.record_agreement(context, quote, None, lambda ctx, source: f"[{source}]")
    assert accounts.account_view(context, client_id).status.balance == euros("285")
    agreements.cancel_agreement(context, agreement_id, "El cliente prefiere pagar con el seguro",
                                lambda ctx, source: f"[{source}]")
    view = accounts.account_view(context, client_id)
    assert view.status.balance == euros("300")
    descriptions = [row.description for row in view.rows]
    # The descriptions come through the translation of the agreement's language.
    assert "[AC-2026-0001: discount granted]" in descriptions
    assert "[AC-2026-0001: deferral fee]" in descriptions
    assert "[AC-2026-0001: discount withdrawn with the agreement]" in descriptions
    assert "[AC-2026-0001: deferral fee cancelled with the agreement]" in descriptions
