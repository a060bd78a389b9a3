"""The reception window with a payment agreement: the banner, its button and payments towards the agreement."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtWidgets import QCheckBox, QPushButton

from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients
from vetdesk.services.accounts import BannerLevel
from vetdesk.ui.main_window import MainWindow

TODAY = date(2026, 12, 4)


def english(context: str, source: str) -> str:
    return source


@pytest.fixture
def debtor(context, clinic) -> int:
    client_id = clients.save_client(context, clients.ClientDetails(given_name="Carmen", surnames="Núñez Peña")).id
    with context.database.transaction() as session:
        accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                              entry_date=date(2026, 10, 1), due_date=date(2026, 10, 1), description="Cirugía",
                              amount_cents=30000)
    return client_id


def make_plan(context, client_id) -> int:
    quote = agreements.prepare_agreement(context, agreements.AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        language="en"))
    return agreements.record_agreement(context, quote, None, english)


@pytest.fixture
def window(qtbot, context, debtor):
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_red_banner_offers_an_agreement(window, debtor):
    window.open_client(debtor)
    button = window.banner.findChild(QPushButton, "bannerAgreementButton")
    assert button.isVisible()
    assert button.isEnabled()


def test_agreement_in_good_standing_shows_amber_that_does_not_block(window, context, debtor):
    make_plan(context, debtor)
    window.open_client(debtor)
    assert window.banner.state.level is BannerLevel.AMBER
    assert not window.banner.waiting_for_acknowledgement
    title = window.banner.title_text().replace("\u00a0", " ")
    assert "AC-2026-0001 in progress" in title
    assert "€100.00" in title
    assert "04/01/2027" in title
    assert not window.banner.findChild(QPushButton, "bannerAgreementButton").isVisible()


def test_late_instalment_shows_red_naming_the_agreement(window, context, clock, debtor):
    make_plan(context, debtor)
    clock.now = datetime(2027, 1, 8, 10, 0, tzinfo=timezone.utc)
    window.open_client(debtor)
    assert window.banner.state.level is BannerLevel.RED
    assert window.banner.waiting_for_acknowledgement
    assert "Late instalment of agreement AC-2026-0001" in window.banner.title_text()


def test_payment_dialog_goes_towards_the_agreement(qtbot, window, context, debtor):
    agreement_id = make_plan(context, debtor)
    window.open_client(debtor)
    dialog = window.open_payment_dialog()
    towards = dialog.findChild(QCheckBox, "paymentTowardsAgreement")
    assert towards.isVisible()
    assert towards.isChecked()
    assert "AC-2026-0001" in towards.text()
    # The next instalment is suggested.
    assert dialog.amount.text() == "100,00"
    dialog.ok_button.click()
    progress = agreements.agreement_view(context, agreement_id).progress
    assert progress.paid == Money.from_cents(10000)


def test_seal_certificate_dialog_opens_from_the_file_menu(window):
    window.seal_action.trigger()
    assert window.current_dialog.objectName() == "sealDialog"
    window.current_dialog.close()


def test_reminders_open_from_the_menu_and_show_in_the_client_tabs(qtbot, window, debtor):
    window.reminders_action.trigger()
    assert window.current_dialog.objectName() == "remindersDialog"
    window.current_dialog.close()
    window.open_client(debtor)
    window.lower_tabs.setCurrentIndex(2)
    assert window.reminder_history is not None
    assert window.reminder_history.objectName() == "reminderHistory"
