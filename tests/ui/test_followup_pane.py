"""The client's follow-up tab: holds and disputes, decisions, releasing a hold and reopening a dossier."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vetdesk.domain.agreements import AgreementKind
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, decisions, holds
from vetdesk.services.agreements import AgreementDraft, Signature
from vetdesk.storage import models
from vetdesk.translation import document_translator
from vetdesk.ui.balance_pane import BalancePane
from vetdesk.ui.common import money_text
from vetdesk.ui.decision_dialogs import DecisionDialog, HoldDialog
from vetdesk.ui.followup_pane import (
    STATUS_COLOURS,
    DecisionsModel,
    FollowUpPane,
    HoldsModel,
)
from vetdesk.ui.pdf_view import PdfViewDialog

TODAY = date(2026, 12, 4)
CHARGE_DAY = date(2026, 9, 1)


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


@pytest.fixture
def client_id(context, clinic) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", id_number="12345678Z", address_line="Calle Mayor 1",
        postal_code="28013", city="Madrid")).id


@pytest.fixture
def charge_ids(context, clock, client_id) -> list[int]:
    """Two charges of the client, 320 € due on 15/09/2026 and 80 € due on 01/10/2026, both overdue today."""
    clock.now = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    ids = [
        accounts.record_charge(context, accounts.NewCharge(client_id, euros("320"), "Cirugía", CHARGE_DAY,
                                                           date(2026, 9, 15))),
        accounts.record_charge(context, accounts.NewCharge(client_id, euros("80"), "Vacunas", CHARGE_DAY,
                                                           date(2026, 10, 1))),
    ]
    clock.now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
    return ids


def claim_recorded(context, client_id: int, charge_ids: list[int]) -> int:
    """Record signed terms, a sent proposal to settle and the claim in court. Returns the claim's decision id."""
    quote = agreements.prepare_agreement(context, AgreementDraft(
        client_id, AgreementKind.PROMISE, charge_ids=tuple(charge_ids), promise_date=date(2026, 12, 20)))
    agreement_id = agreements.record_agreement(context, quote, Signature(signature_png()), english)
    agreements.cancel_agreement(context, agreement_id, "La clienta no pagó lo prometido")
    sent_at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with context.database.transaction() as session:
        run = models.ReminderRun(as_of=date(2026, 11, 20), created_by="Lucía", created_at=sent_at)
        session.add(run)
        session.flush()
        session.add(models.Reminder(
            run_id=run.id, client_id=client_id, level=4, channel="letter", language="es", status="sent",
            amount_cents=40000, items_json="[]", recipient="Calle Mayor 1, 28013 Madrid", subject="", body="",
            attempts=1, last_error="", sent_at=sent_at, created_at=sent_at, updated_at=sent_at))
    decision_id, _pdf = decisions.record_claim(context, client_id, "Sin respuesta al burofax", "es",
                                               document_translator("es"))
    return decision_id


def open_pane(qtbot, context, client_id: int | None) -> FollowUpPane:
    pane = FollowUpPane(context)
    qtbot.addWidget(pane)
    pane.resize(1100, 420)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_client(client_id)
    return pane


def column_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_lists_holds(qtbot, context, client_id, charge_ids):
    released = holds.place_hold(context, client_id, "hold", "Pendiente del seguro", TODAY + timedelta(days=10))
    holds.release_hold(context, released)
    holds.place_hold(context, client_id, "dispute", "Dice que no se puso la vacuna", TODAY + timedelta(days=30),
                     charge_id=charge_ids[1])

    pane = open_pane(qtbot, context, client_id)

    view = pane.holds_view
    assert pane.objectName() == "followUpPane"
    assert column_texts(view, HoldsModel.KIND) == ["In dispute", "On hold"]
    assert column_texts(view, HoldsModel.CHARGE) == [f"Vacunas (charge of {money_text(euros('80'))})", "Whole debt"]
    assert column_texts(view, HoldsModel.REASON) == ["Dice que no se puso la vacuna", "Pendiente del seguro"]
    assert column_texts(view, HoldsModel.FROM) == ["04/12/2026", "04/12/2026"]
    assert column_texts(view, HoldsModel.UNTIL) == ["03/01/2027", "14/12/2026"]
    assert column_texts(view, HoldsModel.BY) == ["Lucía (recepción)", "Lucía (recepción)"]
    assert column_texts(view, HoldsModel.STATUS) == ["Active", "Released"]
    assert not pane.no_holds_label.isVisible()


def test_status_colour_and_tooltip(qtbot, context, client_id, charge_ids):
    hold_id = holds.place_hold(context, client_id, "hold", "Pendiente del seguro", TODAY + timedelta(days=10))
    holds.release_hold(context, hold_id)

    pane = open_pane(qtbot, context, client_id)

    index = pane.holds_view.model().index(0, HoldsModel.STATUS)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(STATUS_COLOURS["released"])
    assert "Released by Lucía (recepción)" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_lists_decisions(qtbot, context, client_id, charge_ids):
    decisions.write_off(context, client_id, "Se mudó al extranjero")
    accounts.record_payment(context, accounts.NewPayment(client_id, euros("100"), accounts.PaymentMethod.CARD,
                                                         TODAY))

    pane = open_pane(qtbot, context, client_id)

    view = pane.decisions_view
    assert column_texts(view, DecisionsModel.KIND) == ["Write-off reversed", "Written off"]
    assert column_texts(view, DecisionsModel.AMOUNT) == [money_text(euros("100")), money_text(euros("400"))]
    assert column_texts(view, DecisionsModel.REASON) == ["Payment or credit note after the write-off", "Se mudó al extranjero"]
    assert column_texts(view, DecisionsModel.DATE) == ["04/12/2026", "04/12/2026"]
    assert column_texts(view, DecisionsModel.REFERENCE) == ["", ""]
    assert not pane.dossier_button.isEnabled()


def test_empty_client(qtbot, context, client_id):
    pane = open_pane(qtbot, context, client_id)

    assert pane.holds_view.model().rowCount() == 0
    assert pane.no_holds_label.isVisible()
    assert pane.no_decisions_label.isVisible()
    assert not pane.release_button.isEnabled()
    assert pane.hold_button.isEnabled()


def test_no_client(qtbot, context, clinic):
    pane = open_pane(qtbot, context, None)

    assert not pane.hold_button.isEnabled()
    assert not pane.decide_button.isEnabled()
    assert pane.open_hold_dialog() is None
    assert pane.open_decision_dialog() is None


def test_release_works(qtbot, context, client_id, charge_ids):
    hold_id = holds.place_hold(context, client_id, "hold", "Pendiente del seguro", TODAY + timedelta(days=10))
    pane = open_pane(qtbot, context, client_id)
    assert pane.release_button.isEnabled()

    with qtbot.waitSignal(pane.changed) as changed:
        qtbot.mouseClick(pane.release_button, Qt.MouseButton.LeftButton)

    assert changed.args == [client_id]
    stored = holds.holds_for_client(context, client_id)[0]
    assert stored.id == hold_id
    assert stored.released_by == "Lucía (recepción)"
    assert column_texts(pane.holds_view, HoldsModel.STATUS) == ["Released"]
    assert not pane.release_button.isEnabled()
    assert "Released" in pane.message_bar.text()


def test_release_already_released(qtbot, context, client_id, charge_ids):
    hold_id = holds.place_hold(context, client_id, "hold", "Pendiente del seguro", TODAY + timedelta(days=10))
    pane = open_pane(qtbot, context, client_id)
    # Another desk releases the hold while this one still shows it as active.
    holds.release_hold(context, hold_id)

    assert not pane.release_selected()

    assert "was already released" in pane.message_bar.text()
    assert column_texts(pane.holds_view, HoldsModel.STATUS) == ["Released"]


def test_ended_hold_not_releasable(qtbot, context, clock, client_id, charge_ids):
    holds.place_hold(context, client_id, "hold", "Pendiente del seguro", TODAY + timedelta(days=1))
    clock.now = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)

    pane = open_pane(qtbot, context, client_id)

    assert column_texts(pane.holds_view, HoldsModel.STATUS) == ["Ended"]
    assert not pane.release_button.isEnabled()
    assert not pane.release_selected()


def test_hold_button_opens_dialog(qtbot, context, client_id, charge_ids):
    pane = open_pane(qtbot, context, client_id)
    qtbot.mouseClick(pane.hold_button, Qt.MouseButton.LeftButton)
    dialog = pane.hold_dialog
    assert isinstance(dialog, HoldDialog)
    dialog.reason.setText("Pendiente del seguro")

    with qtbot.waitSignal(pane.changed):
        dialog.submit()

    assert column_texts(pane.holds_view, HoldsModel.STATUS) == ["Active"]
    assert pane.selected_hold().reason == "Pendiente del seguro"


def test_decide_button_refreshes(qtbot, context, client_id, charge_ids):
    pane = open_pane(qtbot, context, client_id)
    qtbot.mouseClick(pane.decide_button, Qt.MouseButton.LeftButton)
    dialog = pane.decision_dialog
    assert isinstance(dialog, DecisionDialog)
    dialog.show_write_off()
    dialog.write_off_reason.setPlainText("Se mudó al extranjero")

    with qtbot.waitSignal(pane.changed) as changed:
        dialog.write_off()

    assert changed.args == [client_id]
    assert column_texts(pane.decisions_view, DecisionsModel.KIND) == ["Written off"]
    dialog.reject()


def test_open_dossier(qtbot, context, client_id, charge_ids):
    decision_id = claim_recorded(context, client_id, charge_ids)
    pane = open_pane(qtbot, context, client_id)
    pane.select_decision(decision_id)
    assert column_texts(pane.decisions_view, DecisionsModel.KIND) == ["Claimed in court"]
    assert column_texts(pane.decisions_view, DecisionsModel.REFERENCE) == ["RECL-2026-0001"]
    assert pane.dossier_button.isEnabled()

    qtbot.mouseClick(pane.dossier_button, Qt.MouseButton.LeftButton)

    viewer = pane.dossier_dialog
    assert isinstance(viewer, PdfViewDialog)
    assert viewer.pdf == decisions.decision_document(context, decision_id)
    assert "RECL-2026-0001" in viewer.windowTitle()
    viewer.reject()


def test_sorting_by_amount(qtbot, context, client_id, charge_ids):
    decisions.write_off(context, client_id, "Se mudó al extranjero")
    accounts.record_payment(context, accounts.NewPayment(client_id, euros("100"), accounts.PaymentMethod.CARD,
                                                         TODAY))
    pane = open_pane(qtbot, context, client_id)

    pane.decisions_view.sortByColumn(DecisionsModel.AMOUNT, Qt.SortOrder.DescendingOrder)

    assert column_texts(pane.decisions_view, DecisionsModel.AMOUNT) == [money_text(euros("400")),
                                                                        money_text(euros("100"))]
    assert pane.selected_decision() is not None


def test_models_pass_model_tester(qtbot, qtmodeltester, context, client_id, charge_ids):
    holds.place_hold(context, client_id, "hold", "Pendiente del seguro", TODAY + timedelta(days=10))
    decisions.write_off(context, client_id, "Se mudó al extranjero")
    pane = open_pane(qtbot, context, client_id)

    qtmodeltester.check(pane.holds_model)
    qtmodeltester.check(pane.decisions_model)


def test_keeps_window_minimum(qtbot, context, client_id, charge_ids):
    """The tab shares the window's height with the client's details, so it must not need more than the account."""
    for number in range(6):
        holds.place_hold(context, client_id, "hold", f"Pendiente del seguro {number}", TODAY + timedelta(days=10))
    pane = open_pane(qtbot, context, client_id)
    pane.message_bar.show_error("No se pudo leer la lista. " * 6)

    balance = BalancePane()
    qtbot.addWidget(balance)
    assert pane.minimumSizeHint().height() <= balance.minimumSizeHint().height()


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_screenshot(qtbot, context, client_id, charge_ids, tmp_path):
    released = holds.place_hold(context, client_id, "hold", "Pendiente del seguro Mapfre, expediente 2026/118",
                                TODAY + timedelta(days=10))
    holds.release_hold(context, released)
    holds.place_hold(context, client_id, "dispute", "Dice que la vacuna no se puso", TODAY + timedelta(days=30),
                     charge_id=charge_ids[1])
    claim_recorded(context, client_id, charge_ids)
    decisions.write_off(context, client_id, "Sin respuesta tras la reclamación")
    pane = open_pane(qtbot, context, client_id)
    qtbot.wait(50)

    path = tmp_path / "followup-pane.png"
    assert pane.grab().save(str(path))
    assert path.stat().st_size > 10_000
