"""The "Payment terms" tab of the settings dialog: agreement rules, fee warning and clause editors."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox
from sqlalchemy import func, select

from vetdesk.config import LocalConfig
from vetdesk.domain.clauses import default_clause
from vetdesk.services import settings
from vetdesk.storage import models
from vetdesk.ui.settings_dialog import SettingsDialog


def audit_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.AuditEvent))


def stored_settings(context) -> dict[str, object]:
    with context.database.read() as session:
        return {row.key: json.loads(row.value_json) for row in session.scalars(select(models.Setting))}


@pytest.fixture
def open_dialog(qtbot, context, clinic):
    def open_() -> SettingsDialog:
        dialog = SettingsDialog(context, LocalConfig())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.terms_tab)
        return dialog

    return open_


def editor(dialog, key: str, language: str) -> QPlainTextEdit:
    return dialog.findChild(QPlainTextEdit, f"clauseEditor_{key}_{language}")


def test_key_widgets_named(open_dialog):
    dialog = open_dialog()
    assert dialog.terms_tab.objectName() == "termsTab"
    for name in ("agreementMinAmount", "agreementMinInstalment", "agreementFee"):
        assert dialog.findChild(QLineEdit, name) is not None
    for name in ("agreementMaxInstalments", "brokenAfterMissed", "brokenAfterDays"):
        assert dialog.findChild(QSpinBox, name) is not None
    assert dialog.findChild(QCheckBox, "accelerateOnBreach") is not None
    assert dialog.findChild(QLabel, "feeWarning") is not None
    for key in ("missed_payment", "acceleration", "court_claim", "data_protection", "acceptance"):
        for language in ("es", "en"):
            assert editor(dialog, key, language) is not None
            assert dialog.findChild(QPushButton, f"restoreDefault_{key}_{language}") is not None
        assert "{client_name}" in dialog.findChild(QLabel, f"placeholders_{key}").text()


def test_defaults_shown(open_dialog):
    dialog = open_dialog()
    tab = dialog.terms_tab
    assert tab.min_amount.text() == "50,00"
    assert tab.min_instalment.text() == "10,00"
    assert tab.fee.text() == "0,00"
    assert tab.max_instalments.value() == 12
    assert tab.broken_after_missed.value() == 2
    assert tab.broken_after_days.value() == 30
    assert tab.accelerate.isChecked()
    assert editor(dialog, "missed_payment", "es").toPlainText() == default_clause("missed_payment", "es")
    assert editor(dialog, "data_protection", "en").toPlainText() == default_clause("data_protection", "en")


def test_saving_defaults_stores_empty_clauses(open_dialog, context):
    dialog = open_dialog()
    assert dialog.save()
    values = settings.read_settings(context)
    assert values["terms.clause.missed_payment.es"] == ""
    assert values["terms.clause.data_protection.en"] == ""


def test_values_saved_and_shown_again(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.terms_tab
    tab.min_amount.setText("120,00")
    tab.min_instalment.setText("15,50")
    tab.max_instalments.setValue(24)
    tab.broken_after_missed.setValue(3)
    tab.broken_after_days.setValue(45)
    tab.accelerate.setChecked(False)
    custom = "Si se retrasa un pago, {clinic_name} le llamará para buscar una solución."
    editor(dialog, "missed_payment", "es").setPlainText(custom)
    assert dialog.save()

    values = settings.read_settings(context)
    assert values[settings.AGREEMENT_MIN_AMOUNT_CENTS.key] == 12000
    assert values[settings.AGREEMENT_MIN_INSTALMENT_CENTS.key] == 1550
    assert values[settings.AGREEMENT_MAX_INSTALMENTS.key] == 24
    assert values[settings.AGREEMENT_BROKEN_AFTER_MISSED.key] == 3
    assert values[settings.AGREEMENT_BROKEN_AFTER_DAYS.key] == 45
    assert values[settings.AGREEMENT_ACCELERATE_ON_BREACH.key] is False
    assert values["terms.clause.missed_payment.es"] == custom
    assert values["terms.clause.missed_payment.en"] == ""

    again = open_dialog()
    assert again.terms_tab.min_amount.text() == "120,00"
    assert again.terms_tab.min_instalment.text() == "15,50"
    assert again.terms_tab.max_instalments.value() == 24
    assert again.terms_tab.broken_after_days.value() == 45
    assert not again.terms_tab.accelerate.isChecked()
    assert editor(again, "missed_payment", "es").toPlainText() == custom


def test_restore_default(open_dialog, context, qtbot):
    settings.update_settings(context, {"terms.clause.court_claim.en": "Our own court text."})
    dialog = open_dialog()
    dialog.terms_tab.show_clause("court_claim")
    assert editor(dialog, "court_claim", "en").toPlainText() == "Our own court text."
    button = dialog.findChild(QPushButton, "restoreDefault_court_claim_en")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor(dialog, "court_claim", "en").toPlainText() == default_clause("court_claim", "en")
    assert dialog.save()
    assert settings.read_settings(context)["terms.clause.court_claim.en"] == ""


def test_bad_placeholder_shown_inline_and_nothing_stored(open_dialog, context):
    dialog = open_dialog()
    dialog.terms_tab.max_instalments.setValue(30)
    dialog.tabs.setCurrentIndex(0)
    editor(dialog, "data_protection", "en").setPlainText("Write to {clinic_mail}.")
    before_settings = stored_settings(context)
    before_audit = audit_count(context)

    assert not dialog.save()

    bar = dialog.message_bar.text()
    assert "{clinic_mail}" in bar
    assert "Data protection" in bar
    assert "English" in bar
    assert "{clinic_email}" in bar
    assert dialog.tabs.currentWidget() is dialog.terms_tab
    assert dialog.terms_tab.clause_choice.currentData() == "data_protection"
    inline = dialog.findChild(QLabel, "clauseError_data_protection")
    assert inline.isVisible()
    assert "{clinic_mail}" in inline.text()
    assert stored_settings(context) == before_settings
    assert audit_count(context) == before_audit


def test_clause_checked_while_typing(open_dialog):
    dialog = open_dialog()
    dialog.terms_tab.show_clause("acceptance")
    inline = dialog.findChild(QLabel, "clauseError_acceptance")
    editor(dialog, "acceptance", "es").setPlainText("Firma de {client_name")
    assert inline.isVisible()
    assert "Spanish" in inline.text()
    editor(dialog, "acceptance", "es").setPlainText("Firma de {client_name}")
    assert not inline.isVisible()


def test_bad_amount_names_field(open_dialog, context):
    dialog = open_dialog()
    dialog.terms_tab.fee.setText("abc")
    assert not dialog.save()
    bar = dialog.message_bar.text()
    assert "abc" in bar
    assert "Deferral fee" in bar
    assert settings.read_settings(context)[settings.AGREEMENT_FEE_CENTS.key] == 0


def test_fee_warning_follows_fee(open_dialog, context):
    dialog = open_dialog()
    warning = dialog.findChild(QLabel, "feeWarning")
    assert not warning.isVisible()
    dialog.terms_tab.fee.setText("5,00")
    assert warning.isVisible()
    assert "Ley 16/2011" in warning.text()
    dialog.terms_tab.fee.setText("0")
    assert not warning.isVisible()
    dialog.terms_tab.fee.setText("2,50")
    assert dialog.save()
    assert settings.read_settings(context)[settings.AGREEMENT_FEE_CENTS.key] == 250
    again = open_dialog()
    assert again.findChild(QLabel, "feeWarning").isVisible()


def test_tab_disabled_for_reception(qtbot, context, clinic):
    from dataclasses import replace

    from vetdesk.services import staff

    admin = staff.create_first_administrator(context, "Ana", "Ana Gerente", "correct horse battery")
    as_admin = replace(context)
    as_admin.sign_in(admin)
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", staff.Role.RECEPTION, "1234")
    as_reception = replace(context)
    as_reception.sign_in(receptionist)

    dialog = SettingsDialog(as_reception, LocalConfig())
    qtbot.addWidget(dialog)
    assert not dialog.terms_tab.isEnabled()
    assert dialog.save()
    assert settings.read_settings(context)["terms.clause.missed_payment.es"] == ""
