"""The reception window as a receptionist uses it: search, open, see the banner, record money."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import func, select

from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients
from vetdesk.services.accounts import BannerLevel
from vetdesk.storage import models
from vetdesk.ui.main_window import MainWindow

TODAY = date(2026, 12, 4)


def add_client(context, given, surnames, **extra) -> int:
    return clients.save_client(context, clients.ClientDetails(given_name=given, surnames=surnames, **extra)).id


def charge(context, client_id, cents, days_overdue, description="Consulta", pet_id=None) -> int:
    due = TODAY - timedelta(days=days_overdue)
    return accounts.record_charge(context, accounts.NewCharge(
        client_id, Money.from_cents(cents), description, min(due, TODAY), due, pet_id))


@pytest.fixture
def clinic_data(context, clinic):
    """A debtor with a pet co-owned by a client who owes nothing, a payer, and a client with debt not yet due."""
    debtor = add_client(context, "Carmen", "Núñez Peña", id_number="12345678Z", phone="671924865")
    partner = add_client(context, "Íñigo", "Muñoz Castaño", phone="622111333")
    payer = add_client(context, "Begoña", "Ibáñez Ruiz")
    pending = add_client(context, "Tomás", "Sánchez Gil")
    luna = clients.add_pet(context, debtor, clients.NewPet(name="Luna", species="perro"), co_owner_ids=(partner,))
    clients.add_pet(context, payer, clients.NewPet(name="Trufa", species="gato"))
    clients.add_pet(context, pending, clients.NewPet(name="Rocky", species="perro"))
    charge(context, debtor, 12000, 45, pet_id=luna)
    paid = charge(context, payer, 5000, 20)
    accounts.record_payment(context, accounts.NewPayment(
        payer, Money.from_cents(5000), accounts.PaymentMethod.CARD, TODAY, applies_to=paid))
    accounts.record_charge(context, accounts.NewCharge(
        pending, Money.from_cents(8000), "Cirugía", TODAY, TODAY + timedelta(days=15)))
    return {"debtor": debtor, "partner": partner, "payer": payer, "pending": pending, "luna": luna}


@pytest.fixture
def window(qtbot, context, clinic_data):
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def type_search(qtbot, window, text):
    box = window.search_panel.search_box
    box.clear()
    qtbot.keyClicks(box, text)
    window.search_panel.run_search()


def test_search_box_focused_at_start(window):
    assert window.search_panel.search_box.hasFocus()
    assert window.search_panel.search_box.objectName() == "searchBox"


@pytest.mark.parametrize("query, expected", [
    ("nunez", "Núñez Peña, Carmen"),
    ("NÚÑEZ", "Núñez Peña, Carmen"),
    ("MUÑOZ", "Muñoz Castaño, Íñigo"),
    ("inigo", "Muñoz Castaño, Íñigo"),
    ("ibanez beg", "Ibáñez Ruiz, Begoña"),
    ("671 92 48 65", "Núñez Peña, Carmen"),
    ("12345678z", "Núñez Peña, Carmen"),
    ("trufa", "Ibáñez Ruiz, Begoña"),
])
def test_search_ignores_accents_and_case(qtbot, window, query, expected):
    type_search(qtbot, window, query)
    names = [window.search_panel.model.result(row).name for row in range(window.search_panel.model.rowCount())]
    assert expected in names


def test_debtor_marked_in_results(qtbot, window):
    type_search(qtbot, window, "luna")
    model = window.search_panel.model
    rows = {model.result(row).name: row for row in range(model.rowCount())}
    debtor_row = rows["Núñez Peña, Carmen"]
    assert model.index(debtor_row, 0).data().startswith("⚠")
    assert model.index(debtor_row, 3).data() == "120,00\u00a0€" or model.index(debtor_row, 3).data() == "€120.00"


def test_banner_when_debtor_found_by_pet_name(qtbot, window, clinic_data):
    type_search(qtbot, window, "luna")
    model = window.search_panel.model
    row = next(r for r in range(model.rowCount()) if model.result(r).client_id == clinic_data["debtor"])
    window.search_panel.view.selectRow(row)
    window.search_panel.view.setFocus()
    qtbot.keyClick(window.search_panel.view, Qt.Key.Key_Return)

    assert window.client_id == clinic_data["debtor"]
    assert window.banner.isVisible()
    assert window.banner.state.level is BannerLevel.RED
    assert "120" in window.banner.title_text()
    assert "45" in window.banner.title_text()
    assert window.panes_locked


def test_banner_must_be_acknowledged(qtbot, window, clinic_data):
    window.open_client(clinic_data["debtor"])
    assert window.panes_locked
    assert window.open_charge_dialog() is None
    qtbot.mouseClick(window.banner.findChild(type(window.banner._ack_button), "bannerAcknowledgeButton"),
                     Qt.MouseButton.LeftButton)
    assert not window.panes_locked
    # Acknowledged, but new credit still blocked until payment or override.
    assert not on_account_allowed(window)


def on_account_allowed(window) -> bool:
    """Open the charge dialog and report whether it offers a charge on account."""
    dialog = window.open_charge_dialog()
    assert dialog is not None
    offered = [dialog.settlement.itemData(i) for i in range(dialog.settlement.count())]
    dialog.reject()
    return None in offered


def count_entries(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.LedgerEntry))


def test_charge_refused_until_payment_clears(qtbot, window, context, clinic_data):
    debtor = clinic_data["debtor"]
    with pytest.raises(accounts.UserError) as refused:
        accounts.record_charge(context, accounts.NewCharge(debtor, Money.from_cents(3000), "Vacuna", TODAY, TODAY))
    assert "120,00" in str(refused.value)
    before = count_entries(context)

    window.open_client(debtor)
    dialog = window.open_payment_dialog()
    assert dialog.amount.text() == "120,00"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert count_entries(context) == before + 1
    assert not window.banner.isVisible()
    assert not window.panes_locked
    assert on_account_allowed(window)
    dialog = window.open_charge_dialog()
    dialog.description.setText("Vacuna antirrábica")
    dialog.amount.setText("30,00")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert count_entries(context) == before + 2


def test_charge_paid_now_allowed_when_blocked(qtbot, window, context, clinic_data):
    window.open_client(clinic_data["debtor"])
    window.banner._acknowledge()
    before = count_entries(context)
    dialog = window.open_charge_dialog()
    assert dialog.findChild(QLabel, "chargeBlockedNote") is not None
    dialog.description.setText("Pienso 3 kg")
    dialog.amount.setText("18,90")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert count_entries(context) == before + 2
    assert window.balance_pane.values["overdue"].text() in ("120,00\u00a0€", "€120.00")
    assert window.banner.state.level is BannerLevel.RED


def test_partial_payment_keeps_banner(qtbot, window, context, clinic_data):
    window.open_client(clinic_data["debtor"])
    dialog = window.open_payment_dialog()
    dialog.amount.setText("20")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.banner.state.level is BannerLevel.RED
    assert "100,00" in window.banner.title_text() or "100.00" in window.banner.title_text()
    assert window.balance_pane.values["overdue"].text() in ("100,00\u00a0€", "€100.00")


def test_override_with_reason_allows_charge(qtbot, window, context, clinic_data, clock):
    debtor = clinic_data["debtor"]
    window.open_client(debtor)
    dialog = window.open_override_dialog()
    dialog.reason.setPlainText("ok")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.message_bar.text()
    with context.database.read() as session:
        assert session.scalar(select(func.count()).select_from(models.BannerOverride)) == 0

    dialog.reason.setPlainText("Paga el viernes con la nómina; autorizado por la gerente")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        stored = session.scalars(select(models.BannerOverride)).one()
    assert stored.created_by == "Lucía (recepción)"
    assert stored.created_at == clock.now
    assert stored.reason.startswith("Paga el viernes")
    assert not window.panes_locked
    assert on_account_allowed(window)
    assert "Lucía" in window.banner.detail_text()
    accounts.record_charge(context, accounts.NewCharge(debtor, Money.from_cents(3000), "Vacuna", TODAY, TODAY))


def test_no_banner_for_client_who_paid(window, clinic_data):
    window.open_client(clinic_data["payer"])
    assert not window.banner.isVisible()
    assert not window.panes_locked
    assert on_account_allowed(window)


def test_amber_banner_for_debt_not_yet_due(window, clinic_data):
    window.open_client(clinic_data["pending"])
    assert window.banner.isVisible()
    assert window.banner.state.level is BannerLevel.AMBER
    assert "80" in window.banner.title_text()
    assert not window.panes_locked
    assert on_account_allowed(window)


def test_co_owner_debt_shown_on_pet(qtbot, window, clinic_data):
    window.open_client(clinic_data["partner"], clinic_data["luna"])
    assert window.banner.isVisible()
    assert window.banner.state.via_co_owner
    assert "Carmen Núñez Peña" in window.banner.title_text()
    # The co-owner's debt informs; the partner's own account is not blocked.
    window.banner._acknowledge()
    assert on_account_allowed(window)


def test_moving_from_pet_to_owner_shows_banner(qtbot, window, clinic_data):
    window.open_client(clinic_data["partner"])
    assert not window.banner.isVisible()
    window.pet_pane.pet_list.setCurrentRow(0)
    assert window.banner.state.via_co_owner
    window.banner._acknowledge()
    qtbot.mouseClick(window.pet_pane.open_owner_button, Qt.MouseButton.LeftButton)
    assert window.client_id == clinic_data["debtor"]
    assert window.banner.state.level is BannerLevel.RED
    assert not window.banner.state.via_co_owner


def test_escape_returns_to_search(qtbot, window, clinic_data):
    window.open_client(clinic_data["payer"])
    window.client_pane.inputs["email"].setFocus()
    qtbot.keyClick(window.client_pane.inputs["email"], Qt.Key.Key_Escape)
    assert window.search_panel.search_box.hasFocus()


def test_client_edit_rejects_bad_dni(qtbot, window, context, clinic_data):
    window.open_client(clinic_data["payer"])
    window.client_pane.inputs["id_number"].setText("12345678A")
    assert not window.client_pane.save()
    assert "12345678A" in window.client_pane.message_bar.text()
    assert clients.get_client(context, clinic_data["payer"]).id_number == ""


def test_f8_opens_payment_dialog(qtbot, window, clinic_data):
    window.open_client(clinic_data["payer"])
    qtbot.keyClick(window.client_pane.inputs["email"], Qt.Key.Key_F8)
    assert window.current_dialog is not None
    assert window.current_dialog.objectName() == "paymentDialog"


def test_f7_opens_charge_dialog(qtbot, window, clinic_data):
    window.open_client(clinic_data["payer"])
    qtbot.keyClick(window.client_pane.inputs["email"], Qt.Key.Key_F7)
    assert window.current_dialog.objectName() == "chargeDialog"


def test_enter_in_search_opens_first_result(qtbot, window, clinic_data):
    box = window.search_panel.search_box
    qtbot.keyClicks(box, "trufa")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.client_id == clinic_data["payer"]


@pytest.mark.parametrize("amount, message", [
    ("", "Type an amount"),
    ("12,345", "12,345"),
    ("1e3", "1e3"),
    ("-5", "-5"),
    ("0,001", "0,001"),
])
def test_payment_dialog_rejects_bad_amount(qtbot, window, context, clinic_data, amount, message):
    window.open_client(clinic_data["payer"])
    dialog = window.open_payment_dialog()
    dialog.amount.setText(amount)
    before = count_entries(context)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert message in dialog.message_bar.text()
    assert dialog.isVisible()
    assert count_entries(context) == before


def test_new_client_from_window(qtbot, window, context):
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    pane = window.client_pane
    pane.inputs["given_name"].setText("Rocío")
    pane.inputs["surnames"].setText("Peñalver Ortega")
    pane.inputs["id_number"].setText("Y1234567X")
    assert pane.save()
    assert window.client_id is not None
    assert [r.name for r in clients.search(context, "penalver")] == ["Peñalver Ortega, Rocío"]


def test_add_pet_and_co_owner(qtbot, window, context, clinic_data):
    window.open_client(clinic_data["payer"])
    dialog = window.open_pet_dialog()
    dialog.name.setText("Chispa")
    dialog.birth_date.setText("31/02/2020")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "31/02/2020" in dialog.message_bar.text()
    dialog.birth_date.setText("02/03/2020")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    names = [window.pet_pane.pet_list.item(i).text() for i in range(window.pet_pane.pet_list.count())]
    assert any(name.startswith("Chispa") for name in names)

    chispa = next(pet.id for pet in clients.pets_of_client(context, clinic_data["payer"]) if pet.name == "Chispa")
    dialog = window.open_co_owner_dialog(chispa)
    dialog.query.setText("sanchez")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [pet] = [p for p in clients.pets_of_client(context, clinic_data["pending"]) if p.name == "Chispa"]
    assert [owner.client_id for owner in pet.owners if not owner.responsible] == [clinic_data["pending"]]


def test_enter_acknowledges_banner(qtbot, window, clinic_data):
    window.open_client(clinic_data["debtor"])
    button = window.banner.findChild(QPushButton, "bannerAcknowledgeButton")
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert not window.panes_locked


def test_results_refresh_after_payment(qtbot, window, clinic_data):
    type_search(qtbot, window, "luna")
    model = window.search_panel.model
    row = next(r for r in range(model.rowCount()) if model.result(r).client_id == clinic_data["debtor"])
    assert model.result(row).overdue.is_positive
    window.open_client(clinic_data["debtor"])
    dialog = window.open_payment_dialog()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(model.rowCount()) if model.result(r).client_id == clinic_data["debtor"])
    assert not model.result(row).overdue.is_positive
    assert not model.index(row, 0).data().startswith("⚠")
    assert window.search_panel.view.currentIndex().row() == row


def test_f7_while_banner_waits_explains(qtbot, window, clinic_data):
    window.open_client(clinic_data["debtor"])
    assert window.open_charge_dialog() is None
    assert "Understood, continue" in window.statusBar().currentMessage()


def test_refresh_when_window_activated(qtbot, window, context, clinic_data):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from vetdesk.services.context import ServiceContext

    window.open_client(clinic_data["debtor"])
    window.banner._acknowledge()
    other_desk = ServiceContext(context.database, actor="Marta (otra mesa)", clock=context.clock)
    accounts.record_payment(other_desk, accounts.NewPayment(
        clinic_data["debtor"], Money.from_cents(12000), accounts.PaymentMethod.CARD, TODAY))
    assert window.banner.isVisible()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert not window.banner.isVisible()
    assert window.balance_pane.values["overdue"].text() in ("0,00\u00a0€", "€0.00")


def test_client_data_actions_open_dialogs(qtbot, window, clinic_data):
    window.open_client(clinic_data["payer"])
    export = window.open_export_dialog()
    assert export.objectName() == "exportClientDialog"
    export.reject()
    erase = window.open_erase_dialog()
    assert erase.objectName() == "eraseClientDialog"
    erase.reject()


def test_payment_dialog_submitted_twice_stores_once(qtbot, window, context, clinic_data):
    window.open_client(clinic_data["payer"])
    dialog = window.open_payment_dialog()
    dialog.amount.setText("5,00")
    before = count_entries(context)
    dialog.submit()
    dialog.submit()
    assert count_entries(context) == before + 1
