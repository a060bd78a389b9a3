"""The client's agreements pane: standings in colour, lines, signed forms, seal checks and cancelling."""

from __future__ import annotations

import io
import os
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vetdesk.domain.agreements import AgreementKind, Period, Standing
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, seal, staff
from vetdesk.services.agreements import AgreementDraft, Signature
from vetdesk.services.context import ServiceContext
from vetdesk.ui.agreements_pane import (
    STANDING_COLOURS,
    AgreementDocumentsModel,
    AgreementLinesModel,
    AgreementListModel,
    AgreementsPane,
)
from vetdesk.ui.common import money_text
from vetdesk.ui.main_window import MainWindow

TODAY = date(2026, 12, 4)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def euros(text: str) -> Money:
    return Money(Decimal(text))


def english(context: str, source: str) -> str:
    return source


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 120), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 90), (80, 20), (150, 100), (290, 30)], fill="navy", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _empty_passphrase_cache():
    seal.forget_session_passphrases()
    yield
    seal.forget_session_passphrases()


@pytest.fixture
def client_id(context, clinic) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", id_number="12345678Z", city="Madrid")).id


def charge(context, client_id, amount: str, days_ago: int, description: str = "Cirugía") -> int:
    day = TODAY - timedelta(days=days_ago)
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=day, due_date=day, description=description,
                                     amount_cents=euros(amount).cents).id


def record(context, draft: AgreementDraft, *, signed: bool = True, sealed: bool = True) -> int:
    """Record an agreement as the dialog does: signed at the desk and sealed with the clinic's seal."""
    def seal_form(pdf: bytes, number: str):
        return seal.seal_document(context, pdf, reason=f"Signed payment terms {number}", location="Madrid",
                                  signer_name="Clínica Veterinaria Prueba")

    quote = agreements.prepare_agreement(context, draft)
    return agreements.record_agreement(context, quote, Signature(signature_png()) if signed else None, english,
                                       seal=seal_form if sealed else None)


@pytest.fixture
def history(context, client_id) -> dict[str, int]:
    """A plan in good standing, a financing paid in full and a promise cancelled by a manager."""
    plan_charge = charge(context, client_id, "1234.56", 40)
    plan = record(context, AgreementDraft(client_id, AgreementKind.INSTALMENTS, charge_ids=(plan_charge,), count=6,
                                          period=Period.MONTHLY, first_due=date(2027, 1, 4)))
    financed_charge = charge(context, client_id, "900", 20, "Ecografía")
    financed = record(context, AgreementDraft(client_id, AgreementKind.FINANCING, charge_ids=(financed_charge,),
                                              provider="Financiera Ejemplo", reference="OP-77"))
    accounts.record_payment(context, accounts.NewPayment(client_id, euros("900"), accounts.PaymentMethod.TRANSFER,
                                                         TODAY, agreement_id=financed))
    promised_charge = charge(context, client_id, "80", 5, "Vacunas")
    promise = record(context, AgreementDraft(client_id, AgreementKind.PROMISE, charge_ids=(promised_charge,),
                                             promise_date=date(2026, 12, 20)), signed=False)
    agreements.cancel_agreement(context, promise, "El cliente pagará con el seguro")
    return {"plan": plan, "financed": financed, "promise": promise}


@pytest.fixture
def accounts_of_staff(context, database, clock) -> dict[str, ServiceContext]:
    """Desk contexts of a receptionist and a manager, once the clinic has staff accounts."""
    admin = staff.create_first_administrator(context, "admin", "Administración", "9876")
    context.sign_in(admin)
    receptionist = staff.create_staff(context, "lucia", "Lucía", staff.Role.RECEPTION, "1234")
    manager = staff.create_staff(context, "marta", "Marta", staff.Role.MANAGER, "5678")
    return {
        "reception": ServiceContext(database, actor="Lucía", clock=clock, staff=receptionist),
        "manager": ServiceContext(database, actor="Marta", clock=clock, staff=manager),
    }


def open_pane(qtbot, context, client_id) -> AgreementsPane:
    pane = AgreementsPane(context)
    qtbot.addWidget(pane)
    pane.resize(1100, 480)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_client(client_id)
    return pane


def row_texts(pane: AgreementsPane, column: int) -> list[str]:
    model = pane.list_model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def select(pane: AgreementsPane, agreement_id: int) -> None:
    pane.select_agreement(agreement_id)
    assert pane.selected_agreement().id == agreement_id


def test_pane_lists_newest_first(qtbot, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)

    assert pane.objectName() == "agreementsPane"
    assert pane.list_view.objectName() == "agreementsList"
    assert row_texts(pane, AgreementListModel.NUMBER) == ["AC-2026-0003", "AC-2026-0002", "AC-2026-0001"]
    assert row_texts(pane, AgreementListModel.KIND) == ["Promise to pay", "Third-party financing",
                                                        "Instalment plan"]
    assert row_texts(pane, AgreementListModel.STANDING) == ["Cancelled", "Completed", "In good standing"]
    assert row_texts(pane, AgreementListModel.DATE) == ["04/12/2026"] * 3
    assert not pane.empty_label.isVisible()


def test_standing_colours_and_strike(qtbot, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)
    model = pane.list_model

    def colour(row: int, column: int) -> QColor:
        return model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole).color()

    assert colour(2, AgreementListModel.STANDING) == QColor(STANDING_COLOURS[Standing.GOOD])
    assert colour(1, AgreementListModel.STANDING) == QColor(STANDING_COLOURS[Standing.COMPLETED])
    assert colour(1, AgreementListModel.NUMBER) == QColor(STANDING_COLOURS[Standing.COMPLETED])
    assert colour(0, AgreementListModel.NUMBER) == QColor(STANDING_COLOURS[Standing.CANCELLED])
    assert model.data(model.index(0, AgreementListModel.NUMBER), Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(2, AgreementListModel.NUMBER), Qt.ItemDataRole.ForegroundRole) is None


def test_late_amber_and_broken_red(qtbot, context, client_id, clock):
    plan_charge = charge(context, client_id, "300", 40)
    record(context, AgreementDraft(client_id, AgreementKind.INSTALMENTS, charge_ids=(plan_charge,), count=3,
                                   first_due=date(2027, 1, 4)))
    promised_charge = charge(context, client_id, "80", 5, "Vacunas")
    record(context, AgreementDraft(client_id, AgreementKind.PROMISE, charge_ids=(promised_charge,),
                                   promise_date=date(2026, 12, 20)))
    # The promise is 36 days late, more than the 30 days its form allows; the plan's first instalment 21.
    clock.now = datetime(2027, 1, 25, 10, 0, tzinfo=timezone.utc)

    pane = open_pane(qtbot, context, client_id)

    model = pane.list_model
    assert row_texts(pane, AgreementListModel.STANDING) == ["Broken", "Late"]
    assert model.data(model.index(0, AgreementListModel.STANDING), Qt.ItemDataRole.ForegroundRole).color() \
        == QColor(STANDING_COLOURS[Standing.BROKEN])
    assert model.data(model.index(1, AgreementListModel.STANDING), Qt.ItemDataRole.ForegroundRole).color() \
        == QColor(STANDING_COLOURS[Standing.LATE])
    assert model.data(model.index(0, AgreementListModel.STANDING), Qt.ItemDataRole.FontRole).bold()
    assert "Broken on 19/01/2027" in pane.details.text()
    pane.list_view.selectRow(1)
    assert "overdue since 04/01/2027" in pane.details.text()
    lines = pane.lines_model
    assert lines.data(lines.index(0, AgreementLinesModel.STATUS)) == "Overdue"
    assert lines.data(lines.index(1, AgreementLinesModel.STATUS)) == "Pending"


def test_lines_and_documents_shown(qtbot, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)

    select(pane, history["plan"])

    lines = pane.lines_model
    assert pane.lines_view.objectName() == "agreementLines"
    assert lines.rowCount() == 6
    assert [lines.data(lines.index(row, AgreementLinesModel.DUE)) for row in range(6)] == [
        "04/01/2027", "04/02/2027", "04/03/2027", "04/04/2027", "04/05/2027", "04/06/2027"]
    assert lines.data(lines.index(0, AgreementLinesModel.STATUS)) == "Pending"
    documents = pane.documents_model
    assert documents.rowCount() == 1
    # 10:00 UTC is 11:00 in Madrid in December.
    assert documents.data(documents.index(0, AgreementDocumentsModel.SIGNED_AT)) == "04/12/2026 11:00"
    assert documents.data(documents.index(0, AgreementDocumentsModel.WITNESS)) == "Lucía (recepción)"
    assert documents.data(documents.index(0, AgreementDocumentsModel.SEALED)) == "Yes"
    assert f"Paid {money_text(Money.zero())} of {money_text(euros('1234.56'))}" in pane.details.text()
    assert pane.view_button.isEnabled()
    assert pane.verify_button.isEnabled()

    select(pane, history["financed"])
    assert "Financiera Ejemplo (OP-77)" in pane.details.text()
    assert lines.data(lines.index(0, AgreementLinesModel.STATUS)) == "Paid"

    select(pane, history["promise"])
    assert "Cancelled by Lucía (recepción) on 04/12/2026: El cliente pagará con el seguro" in pane.details.text()
    assert documents.data(documents.index(0, AgreementDocumentsModel.SIGNED_AT)) == "Not signed"
    tooltip = documents.data(documents.index(0, AgreementDocumentsModel.SIGNED_AT), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Stored unsigned, to print and sign on paper.")


def test_models_pass_model_tester(qtbot, qtmodeltester, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)
    select(pane, history["plan"])

    qtmodeltester.check(pane.list_model)
    qtmodeltester.check(pane.lines_model)
    qtmodeltester.check(pane.documents_model)


def test_cancel_needs_manager(qtbot, context, client_id, history, accounts_of_staff):
    desk = open_pane(qtbot, accounts_of_staff["reception"], client_id)
    select(desk, history["plan"])
    assert not desk.cancel_button.isEnabled()
    assert "Only a manager" in desk.cancel_button.toolTip()
    assert desk.open_cancel_dialog() is None

    office = open_pane(qtbot, accounts_of_staff["manager"], client_id)
    select(office, history["plan"])
    assert office.cancel_button.isEnabled()
    select(office, history["financed"])
    assert not office.cancel_button.isEnabled()
    select(office, history["promise"])
    assert not office.cancel_button.isEnabled()


def test_cancel_with_reason(qtbot, context, client_id, history, accounts_of_staff):
    pane = open_pane(qtbot, accounts_of_staff["manager"], client_id)
    select(pane, history["plan"])

    qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)

    dialog = pane.cancel_dialog
    assert dialog is not None
    assert dialog.objectName() == "cancelAgreementDialog"
    assert "AC-2026-0001" in dialog.windowTitle()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.message_bar.text() == "Write why the agreement is cancelled."
    dialog.reason.setPlainText("  \n ")
    assert not dialog.submit()
    assert dialog.message_bar.text() == "Write why the agreement is cancelled."
    dialog.reason.setPlainText("no")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.message_bar.text()
    assert dialog.isVisible()
    assert agreements.agreement_view(context, history["plan"]).progress.standing is Standing.GOOD

    dialog.reason.setPlainText("La clienta prefiere pagar con tarjeta de crédito")
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    view = agreements.agreement_view(context, history["plan"])
    assert view.progress.standing is Standing.CANCELLED
    assert view.cancelled_by == "Marta"
    assert pane.selected_agreement().id == history["plan"]
    assert row_texts(pane, AgreementListModel.STANDING)[2] == "Cancelled"
    assert not pane.cancel_button.isEnabled()
    assert "Cancelled by Marta" in pane.details.text()


def test_cancel_refused_after_role_change(qtbot, context, client_id, history, accounts_of_staff):
    manager = accounts_of_staff["manager"]
    pane = open_pane(qtbot, manager, client_id)
    select(pane, history["plan"])
    dialog = pane.open_cancel_dialog()
    # An administrator demotes the manager while the dialog is open.
    staff.set_role(context, manager.staff.id, staff.Role.RECEPTION)

    dialog.reason.setPlainText("La clienta prefiere pagar con tarjeta")
    assert not dialog.submit()

    assert "manager or administrator role" in dialog.message_bar.text()
    assert agreements.agreement_view(context, history["plan"]).progress.standing is Standing.GOOD


def test_check_seal_intact(qtbot, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)
    select(pane, history["plan"])

    qtbot.mouseClick(pane.verify_button, Qt.MouseButton.LeftButton)

    assert pane.verdict.isVisible()
    assert pane.verdict.text().startswith("INTACT: the clinic's seal is valid")
    assert "agreement AC-2026-0001" in pane.verdict.text()
    assert pane.last_check.verdict is seal.Verdict.INTACT
    assert "#188038" in pane.verdict.styleSheet()

    select(pane, history["financed"])
    assert not pane.verdict.isVisible()


def test_check_seal_unsealed_form(qtbot, context, client_id):
    charged = charge(context, client_id, "300", 40)
    agreement_id = record(context, AgreementDraft(client_id, AgreementKind.PROMISE, charge_ids=(charged,),
                                                  promise_date=date(2026, 12, 20)), sealed=False)
    pane = open_pane(qtbot, context, client_id)
    select(pane, agreement_id)
    documents = pane.documents_model
    assert documents.data(documents.index(0, AgreementDocumentsModel.SEALED)) == "No"

    check = pane.verify_terms()

    assert check.verdict is seal.Verdict.UNKNOWN
    assert pane.verdict.text().startswith("NOT VERIFIED")


def test_view_form_opens_stored_bytes(qtbot, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)
    select(pane, history["plan"])
    document = agreements.agreement_view(context, history["plan"]).documents[-1]

    qtbot.mouseClick(pane.view_button, Qt.MouseButton.LeftButton)

    viewer = pane.view_dialog
    assert viewer is not None
    assert viewer.isVisible()
    assert viewer.pdf == agreements.document_pdf(context, document.id)
    assert "AC-2026-0001" in viewer.windowTitle()
    assert viewer.file_name == "AC-2026-0001-v1.pdf"
    viewer.close()


def test_new_agreement_requested(qtbot, context, client_id, history):
    pane = open_pane(qtbot, context, client_id)

    with qtbot.waitSignal(pane.newAgreementRequested):
        qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)


def test_client_without_agreements(qtbot, context, client_id):
    pane = open_pane(qtbot, context, client_id)

    assert pane.list_model.rowCount() == 0
    assert pane.empty_label.isVisible()
    assert pane.new_button.isEnabled()
    for button in (pane.view_button, pane.verify_button, pane.cancel_button):
        assert not button.isEnabled()

    pane.show_client(None)
    assert not pane.new_button.isEnabled()
    assert not pane.empty_label.isVisible()


def test_refresh_reads_new_agreement(qtbot, context, client_id):
    pane = open_pane(qtbot, context, client_id)
    charged = charge(context, client_id, "300", 40)
    agreement_id = record(context, AgreementDraft(client_id, AgreementKind.PROMISE, charge_ids=(charged,),
                                                  promise_date=date(2026, 12, 20)))

    pane.refresh()

    assert pane.selected_agreement().id == agreement_id
    assert pane.lines_model.rowCount() == 1
    assert pane.lines_model.data(pane.lines_model.index(0, AgreementLinesModel.STATUS)) == "Pending"


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_tab_keeps_window_minimum(qtbot, context, client_id, history, spanish):
    """A reception desk of 1366 x 768 must fit the window, whatever the agreements tab shows."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_client(client_id)
    qtbot.wait(20)
    with_account = window.minimumSizeHint()

    window.lower_tabs.setCurrentIndex(1)
    pane = window.agreements_pane
    pane.message_bar.show_error("No se pudo leer el acuerdo. " * 4)
    for row in range(pane.list_model.rowCount()):
        pane.list_view.selectRow(row)
        assert pane.verify_terms() is not None
        qtbot.wait(20)

        assert pane.verdict.isVisible()
        assert window.minimumSizeHint().height() <= with_account.height()
        assert window.minimumSizeHint().width() <= with_account.width()
    assert pane.minimumSizeHint().height() <= window.balance_pane.minimumSizeHint().height()


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_screenshot_with_two_agreements(qtbot, context, client_id, tmp_path):
    older = charge(context, client_id, "1234.56", 40)
    plan = record(context, AgreementDraft(client_id, AgreementKind.INSTALMENTS, charge_ids=(older,), count=6,
                                          first_due=date(2027, 1, 4)))
    accounts.record_payment(context, accounts.NewPayment(client_id, euros("300"), accounts.PaymentMethod.CARD,
                                                         TODAY, agreement_id=plan))
    newer = charge(context, client_id, "180", 12, "Vacunas y desparasitación")
    record(context, AgreementDraft(client_id, AgreementKind.PROMISE, charge_ids=(newer,),
                                   promise_date=date(2026, 12, 30)))
    pane = open_pane(qtbot, context, client_id)
    pane.select_agreement(pane.list_model.agreement(1).id)
    pane.verify_terms()
    qtbot.wait(50)

    folder = SCREENSHOTS if os.environ.get("VETDESK_SCREENSHOTS") == "1" else tmp_path
    path = folder / "agreements-pane.png"
    assert pane.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_phone_agreement_signed_later_as_version_two(qtbot, context, client_id):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from vetdesk.documents.sealing import check_sealed_pdf

    charge(context, client_id, "300", 40)
    agreement_id = record(context, AgreementDraft(client_id, AgreementKind.INSTALMENTS, count=3,
                                                  period=Period.MONTHLY, first_due=date(2027, 1, 4)),
                          signed=False, sealed=False)
    pane = open_pane(qtbot, context, client_id)
    select(pane, agreement_id)
    assert pane.sign_later_button.isEnabled()

    dialog = pane.open_sign_later_dialog()
    qtbot.waitExposed(dialog)
    dialog.sign_button.click()
    assert "not signed yet" in dialog.message_bar.text()

    pad = dialog.pad
    rect = pad.canvas_rect()
    points = [QPoint(round(rect.x() + rect.width() * (0.1 + 0.8 * step / 40)),
                     round(rect.y() + rect.height() * (0.3 + 0.4 * (step % 2)))) for step in range(41)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
    dialog.sign_button.click()

    view = agreements.agreement_view(context, agreement_id)
    assert [(document.version, document.signed_at is not None) for document in view.documents] == \
        [(1, False), (2, True)]
    assert view.documents[1].sealed
    pdf = agreements.document_pdf(context, view.documents[1].id)
    with context.database.read() as session:
        from sqlalchemy import select as sql_select

        from vetdesk.storage import models

        certificates = [row.fingerprint_sha256 for row in session.scalars(sql_select(models.SealCertificate))]
    assert check_sealed_pdf(pdf, [], trusted_fingerprints=certificates).intact
    select(pane, agreement_id)
    assert not pane.sign_later_button.isEnabled()
