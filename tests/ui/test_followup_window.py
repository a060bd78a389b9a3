"""The debt follow-up window as a manager uses it from the reception window, on the real services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from vetdesk.domain.debtors import DebtorFilter
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, decisions
from vetdesk.ui.main_window import MainWindow

TODAY = date(2026, 12, 4)


def add_client(context, given, surnames) -> int:
    return clients.save_client(context, clients.ClientDetails(given_name=given, surnames=surnames)).id


def charge(context, client_id, cents, days_overdue, description="Consulta") -> int:
    due = TODAY - timedelta(days=days_overdue)
    return accounts.record_charge(context, accounts.NewCharge(
        client_id, Money.from_cents(cents), description, due, due))


@pytest.fixture
def debtors(context, clinic):
    old = add_client(context, "Carmen", "Núñez Peña")
    recent = add_client(context, "Tomás", "Sánchez Gil")
    clients.add_pet(context, old, clients.NewPet(name="Luna", species="perro"))
    charge(context, old, 25000, 120)
    charge(context, recent, 4000, 10)
    return {"old": old, "recent": recent}


@pytest.fixture
def window(qtbot, context, debtors):
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def shown_ids(followup) -> list[int]:
    return [row.client_id for row in followup.debtors.shown_rows()]


def test_menu_opens_debtor_list(window, debtors):
    window.followup_action.trigger()
    followup = window.followup_window
    assert followup.isVisible()
    assert set(shown_ids(followup)) == {debtors["old"], debtors["recent"]}


def test_shortcut_is_ctrl_d(window):
    assert window.followup_action.shortcut().toString() == "Ctrl+D"


def test_filter_by_pet_name(window, debtors):
    followup = window.open_followup_window()
    followup.debtors.filter_panel.set_filter(DebtorFilter(text="luna"))
    followup.debtors.apply_filters()
    assert shown_ids(followup) == [debtors["old"]]


def test_activated_client_opens_in_main_window(window, debtors):
    followup = window.open_followup_window()
    followup.debtors.clientActivated.emit(debtors["recent"])
    assert window.client_id == debtors["recent"]


def test_decision_request_opens_dialog(window, debtors):
    followup = window.open_followup_window()
    followup.debtors.decisionRequested.emit(debtors["old"])
    dialog = window.current_dialog
    assert dialog.objectName() == "decisionDialog"
    assert dialog.client_id == debtors["old"]


def test_hold_request_opens_dialog(window, debtors):
    followup = window.open_followup_window()
    followup.debtors.holdRequested.emit(debtors["old"])
    assert window.current_dialog.objectName() == "holdDialog"


def test_dashboard_tab_shows_figures(window, qtbot):
    followup = window.open_followup_window()
    followup.show_dashboard()
    assert followup.dashboard is not None
    tile = followup.dashboard.findChild(QWidget, "receivableTile")
    assert tile is not None


def test_write_off_refreshes_list_and_banner(window, context, debtors):
    followup = window.open_followup_window()
    window.open_client(debtors["old"])
    decisions.write_off(context, debtors["old"], "Cliente ilocalizable desde marzo")
    window._after_debt_decision(debtors["old"])
    row = next(row for row in followup.debtors.shown_rows() if row.client_id == debtors["old"])
    assert row.written_off == Money.from_cents(25000)
    assert "250.00" in window.banner.title_text()


def test_followup_tab_lists_decisions(window, context, debtors):
    window.open_client(debtors["old"])
    decisions.write_off(context, debtors["old"], "Cliente ilocalizable desde marzo")
    index = window.lower_tabs.indexOf(window._followup_holder)
    window.lower_tabs.setCurrentIndex(index)
    pane = window.followup_pane
    assert pane is not None
    assert pane.objectName() == "followUpPane"
    assert pane.decisions_model.rowCount() == 1


def test_client_menu_has_debt_actions(window):
    texts = [action.text() for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()]
    assert any("hold" in text for text in texts)
    assert any("Dec&ide" in text for text in texts)


def test_search_panel_enter_still_works(window, qtbot, debtors):
    box = window.search_panel.search_box
    qtbot.keyClicks(box, "sanchez")
    window.search_panel.run_search()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.client_id == debtors["recent"]


def test_settings_store_legal_interest_rates(qtbot, context, clinic):
    from vetdesk.services import settings
    from vetdesk.config import LocalConfig
    from vetdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    dialog.debts_tab.add_interest.setChecked(True)
    dialog.debts_tab.rates.setPlainText("2025 = 3,25\n2026 = 3,5")
    assert dialog._save_clinic_settings()
    stored = settings.read_settings(context)
    assert stored[settings.CLAIM_ADD_LEGAL_INTEREST.key] is True
    assert stored[settings.CLAIM_LEGAL_INTEREST_RATES.key] == {"2025": "3,25", "2026": "3,5"}


def test_settings_reject_bad_rate(qtbot, context, clinic):
    from vetdesk.services import settings
    from vetdesk.config import LocalConfig
    from vetdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    dialog.debts_tab.rates.setPlainText("2026 = tres")
    assert not dialog._save_clinic_settings()
    assert "tres" in dialog.message_bar.text()
    assert dialog.tabs.currentWidget() is dialog.debts_tab
    assert settings.read_settings(context)[settings.CLAIM_LEGAL_INTEREST_RATES.key] == {}


def test_saving_filter_again_says_replaced(window):
    followup = window.open_followup_window()
    view = followup.debtors
    view.filter_panel.set_filter(DebtorFilter(overdue_days_from=91))
    assert view.save_current_filter("Antiguos")
    assert "was saved" in view.message_bar.text()
    view.filter_panel.set_filter(DebtorFilter(overdue_days_from=61))
    assert view.save_current_filter("antiguos")
    assert "was replaced" in view.message_bar.text()
