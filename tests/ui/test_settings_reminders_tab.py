"""The "Reminders" tab of the settings dialog: levels, days between levels, words to avoid and reminder texts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget
from sqlalchemy import func, select

from vetdesk.config import LocalConfig
from vetdesk.domain.reminder_templates import PLACEHOLDERS, TemplateKey, default_text
from vetdesk.domain.reminders import DEFAULT_LEVELS
from vetdesk.services import settings, staff
from vetdesk.storage import models
from vetdesk.ui.settings_dialog import SettingsDialog

EMAIL_ES = "reminders.template.level1.email.es"


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
        dialog.tabs.setCurrentWidget(dialog.reminders_tab)
        return dialog

    return open_


def click(qtbot, dialog, object_name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, object_name), Qt.MouseButton.LeftButton)


def editor(dialog) -> QPlainTextEdit:
    return dialog.findChild(QPlainTextEdit, "templateEditor")


def label(dialog, object_name: str) -> QLabel:
    return dialog.findChild(QLabel, object_name)


def test_key_widgets_named(open_dialog):
    dialog = open_dialog()
    assert dialog.reminders_tab.objectName() == "remindersTab"
    assert dialog.findChild(QTableWidget, "reminderLevels") is not None
    assert dialog.findChild(QSpinBox, "reminderInterval") is not None
    assert dialog.findChild(QPlainTextEdit, "extraTerms") is not None
    assert editor(dialog) is not None
    for name in ("templateLevel", "templatePart", "templateVariant", "templateLanguage"):
        assert dialog.findChild(QComboBox, name) is not None
    for name in ("addReminderLevel", "removeReminderLevel", "restoreReminderLevels", "restoreTemplateDefault"):
        assert dialog.findChild(QPushButton, name) is not None
    for name in ("templatePlaceholders", "templateProblem", "templateWarnings", "templateSmsLength",
                 "reminderLevelsError"):
        assert label(dialog, name) is not None
    for number in range(1, 5):
        assert dialog.findChild(QSpinBox, f"levelDays_{number}") is not None
        assert dialog.findChild(QComboBox, f"levelChannel_{number}") is not None


def test_defaults_shown(open_dialog):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    assert tab.levels_table.rowCount() == 4
    assert tab.levels() == list(DEFAULT_LEVELS)
    assert tab.levels_table.item(0, tab.LEVEL).text() == "Friendly (1)"
    assert dialog.findChild(QComboBox, "levelChannel_1").currentText() == "Email"
    assert dialog.findChild(QComboBox, "levelFallback_1").currentText() == "SMS"
    assert tab.interval.value() == 15
    assert tab.extra_terms.toPlainText() == ""
    assert tab.current_template() == (TemplateKey(1, "email"), "es")
    assert editor(dialog).toPlainText() == default_text(1, "email", "es")
    assert not label(dialog, "reminderLevelsError").isVisible()
    assert not label(dialog, "templateProblem").isVisible()
    assert not label(dialog, "templateWarnings").isVisible()


def test_saving_defaults_stores_defaults(open_dialog, context):
    dialog = open_dialog()
    assert dialog.save()
    values = settings.read_settings(context)
    assert values[settings.REMINDER_LEVELS.key] == [level.to_json() for level in DEFAULT_LEVELS]
    assert values[settings.REMINDER_MIN_INTERVAL_DAYS.key] == 15
    assert values[settings.REMINDER_EXTRA_TERMS.key] == []
    assert all(values[spec.key] == "" for spec in settings.REMINDER_TEMPLATES.values())


def test_levels_saved_and_shown_again(open_dialog, context, qtbot):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    dialog.findChild(QSpinBox, "levelDays_1").setValue(10)
    tab.findChild(QComboBox, "levelChannel_1").setCurrentIndex(1)
    tab.findChild(QComboBox, "levelFallback_1").setCurrentIndex(2)
    tab._rows[0].min_amount.setText("20,00")
    tab._rows[1].offer_plan.setChecked(False)
    click(qtbot, dialog, "addReminderLevel")
    tab.interval.setValue(20)
    assert dialog.save()

    values = settings.read_settings(context)
    levels = values[settings.REMINDER_LEVELS.key]
    assert len(levels) == 5
    assert levels[0] == {"level": 1, "days_overdue": 10, "min_cents": 2000, "channel": "sms", "fallback": "letter",
                         "offer_plan": False, "certified": False}
    assert levels[1]["offer_plan"] is False
    assert levels[4] == {"level": 5, "days_overdue": 120, "min_cents": 1, "channel": "letter", "fallback": "letter",
                         "offer_plan": True, "certified": True}
    assert values[settings.REMINDER_MIN_INTERVAL_DAYS.key] == 20

    again_dialog = open_dialog()
    again = again_dialog.reminders_tab
    assert again.levels_table.rowCount() == 5
    assert again.levels_table.item(4, again.LEVEL).text() == "Level 5"
    assert again._rows[0].days.value() == 10
    assert again._rows[0].min_amount.text() == "20,00"
    assert again._rows[0].channel.currentData() == "sms"
    assert again.interval.value() == 20


def test_remove_and_restore_levels(open_dialog, context, qtbot):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    remove = dialog.findChild(QPushButton, "removeReminderLevel")
    for _ in range(3):
        click(qtbot, dialog, "removeReminderLevel")
    assert tab.levels_table.rowCount() == 1
    assert not remove.isEnabled()
    tab.remove_last_level()
    assert tab.levels_table.rowCount() == 1
    assert dialog.save()
    assert len(settings.read_settings(context)[settings.REMINDER_LEVELS.key]) == 1

    dialog = open_dialog()
    click(qtbot, dialog, "restoreReminderLevels")
    assert dialog.reminders_tab.levels() == list(DEFAULT_LEVELS)
    assert dialog.findChild(QPushButton, "removeReminderLevel").isEnabled()


def test_days_out_of_order_rejected(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    tab._rows[1].days.setValue(10)
    inline = label(dialog, "reminderLevelsError")
    assert inline.isVisible()
    assert "Level 2 starts at 10 days" in inline.text()
    assert tab._rows[1].days.styleSheet() == tab.ERROR_STYLE
    dialog.tabs.setCurrentIndex(0)
    before_settings = stored_settings(context)
    before_audit = audit_count(context)

    assert not dialog.save()

    assert "Reminder levels: Level 2 starts at 10 days" in dialog.message_bar.text()
    assert dialog.tabs.currentWidget() is tab
    assert stored_settings(context) == before_settings
    assert audit_count(context) == before_audit
    tab._rows[1].days.setValue(31)
    assert not inline.isVisible()


def test_bad_minimum_amount_names_level(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    tab._rows[2].min_amount.setText("abc")
    assert "Reminder level 3, minimum amount" in label(dialog, "reminderLevelsError").text()
    before_settings = stored_settings(context)

    assert not dialog.save()

    bar = dialog.message_bar.text()
    assert "Reminder level 3, minimum amount" in bar
    assert "abc" in bar
    assert tab._rows[2].min_amount.styleSheet() == tab.ERROR_STYLE
    assert stored_settings(context) == before_settings


def test_zero_interval_rejected(open_dialog, context):
    dialog = open_dialog()
    dialog.reminders_tab.interval.setValue(0)
    assert not dialog.save()
    bar = dialog.message_bar.text()
    assert "Days between two levels" in bar
    assert "The value 0 is too small" in bar
    assert settings.read_settings(context)[settings.REMINDER_MIN_INTERVAL_DAYS.key] == 15


def test_text_saved_and_shown_again(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    tab.show_template(TemplateKey(2, "sms", agreement=True), "en")
    text = ("Hello {client_name}, this is {clinic_name}. Please call us on {clinic_phone} about agreement "
            "{agreement_number}.")
    editor(dialog).setPlainText(text)
    assert dialog.save()

    values = settings.read_settings(context)
    assert values["reminders.template.level2.agreement_sms.en"] == text
    assert values["reminders.template.level2.sms.en"] == ""
    again = open_dialog()
    again.reminders_tab.show_template(TemplateKey(2, "sms", agreement=True), "en")
    assert editor(again).toPlainText() == text


def test_switching_texts_keeps_typed_ones(open_dialog):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    editor(dialog).setPlainText("Texto propio de {clinic_name}.")
    dialog.findChild(QComboBox, "templateLanguage").setCurrentIndex(1)
    assert tab.current_template() == (TemplateKey(1, "email"), "en")
    assert editor(dialog).toPlainText() == default_text(1, "email", "en")
    dialog.findChild(QComboBox, "templatePart").setCurrentIndex(3)
    assert tab.current_template() == (TemplateKey(1, "sms"), "en")
    tab.show_template(TemplateKey(1, "email"), "es")
    assert editor(dialog).toPlainText() == "Texto propio de {clinic_name}."


def test_restore_default_text(open_dialog, context, qtbot):
    settings.update_settings(context, {"reminders.template.level3.letter.es": "Carta propia de {clinic_name}."})
    dialog = open_dialog()
    dialog.reminders_tab.show_template(TemplateKey(3, "letter"), "es")
    assert editor(dialog).toPlainText() == "Carta propia de {clinic_name}."
    click(qtbot, dialog, "restoreTemplateDefault")
    assert editor(dialog).toPlainText() == default_text(3, "letter", "es")
    assert dialog.save()
    assert settings.read_settings(context)["reminders.template.level3.letter.es"] == ""


def test_unknown_placeholder_rejected_inline(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    tab.interval.setValue(25)
    editor(dialog).setPlainText("Hola, {cliente}.")
    inline = label(dialog, "templateProblem")
    assert inline.isVisible()
    assert "{cliente}" in inline.text()
    tab.show_template(TemplateKey(4, "letter"), "en")
    dialog.tabs.setCurrentIndex(0)
    before_settings = stored_settings(context)
    before_audit = audit_count(context)

    assert not dialog.save()

    bar = dialog.message_bar.text()
    assert "Friendly (1), Email, overdue charges, Spanish" in bar
    assert "{cliente}" in bar
    assert "{client_name}" in bar
    assert dialog.tabs.currentWidget() is tab
    assert tab.current_template() == (TemplateKey(1, "email"), "es")
    assert inline.isVisible()
    assert stored_settings(context) == before_settings
    assert audit_count(context) == before_audit


def test_subject_naming_debt_rejected(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    tab.show_template(TemplateKey(1, "subject"), "es")
    assert "{amount}" not in label(dialog, "templatePlaceholders").text()
    assert "{clinic_name}" in label(dialog, "templatePlaceholders").text()
    editor(dialog).setPlainText("Su deuda con {clinic_name}")
    assert "deuda" in label(dialog, "templateProblem").text()
    assert not dialog.save()
    assert "deuda" in dialog.message_bar.text()
    assert settings.read_settings(context)["reminders.template.level1.subject.es"] == ""


def test_flagged_word_warned_and_rejected(open_dialog, context):
    dialog = open_dialog()
    dialog.reminders_tab.show_template(TemplateKey(2, "letter"), "es")
    editor(dialog).setPlainText("Estimado cliente moroso: le escribimos desde {clinic_name}.")
    warnings = label(dialog, "templateWarnings")
    assert warnings.isVisible()
    assert "«moroso»" in warnings.text()
    assert "cliente con un pago pendiente" in warnings.text()

    assert not dialog.save()

    assert "«moroso»" in dialog.message_bar.text()
    assert "Formal" not in dialog.message_bar.text()
    assert "Second (2), Letter" in dialog.message_bar.text()
    assert settings.read_settings(context)["reminders.template.level2.letter.es"] == ""


def test_extra_term_warned_and_blocks_save(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    editor(dialog).setPlainText("Hola, {client_name}: le rogamos que pague sin falta.")
    warnings = label(dialog, "templateWarnings")
    assert not warnings.isVisible()
    tab.extra_terms.setPlainText("sin falta =  cuando le sea posible\n\n  recargo  ")
    assert warnings.isVisible()
    assert "«sin falta»" in warnings.text()
    before_settings = stored_settings(context)

    assert not dialog.save()

    assert "«sin falta» → cuando le sea posible" in dialog.message_bar.text()
    assert stored_settings(context) == before_settings

    editor(dialog).setPlainText("Hola, {client_name}: le rogamos que pague cuando le sea posible.")
    assert not warnings.isVisible()
    assert dialog.save()
    values = settings.read_settings(context)
    assert values[settings.REMINDER_EXTRA_TERMS.key] == ["sin falta = cuando le sea posible", "recargo"]
    assert values[EMAIL_ES] == "Hola, {client_name}: le rogamos que pague cuando le sea posible."


def test_extra_term_line_without_term_rejected(open_dialog, context):
    dialog = open_dialog()
    dialog.reminders_tab.extra_terms.setPlainText("embargar = \n= solo una sugerencia")
    assert not dialog.save()
    bar = dialog.message_bar.text()
    assert "Words to avoid" in bar
    assert "= solo una sugerencia" in bar
    assert settings.read_settings(context)[settings.REMINDER_EXTRA_TERMS.key] == []


def test_sms_length_for_sms_part(open_dialog):
    dialog = open_dialog()
    tab = dialog.reminders_tab
    length = label(dialog, "templateSmsLength")
    assert not length.isVisible()
    tab.show_template(TemplateKey(1, "sms"), "en")
    assert length.isVisible()
    editor(dialog).setPlainText("Hello, please call us.")
    assert length.text() == "With example values: 22 characters · 1 SMS"
    editor(dialog).setPlainText("a" * 161)
    assert length.text() == "With example values: 161 characters · 2 SMS"
    editor(dialog).setPlainText("Hola, {client_name}.")
    # "María García" has accented letters, which switch the message to 70-character segments.
    assert length.text().startswith("With example values: 19 characters · 1 SMS (with accented letters")
    editor(dialog).setPlainText("Hello, please call us. " * 2 + " ".join(f"{{{name}}}" for name in PLACEHOLDERS))
    assert not label(dialog, "templateProblem").isVisible()
    assert "SMS" in length.text()
    assert "{" not in length.text()


def test_unreadable_stored_levels_show_defaults(open_dialog, context):
    with context.database.transaction() as session:
        session.add(models.Setting(key=settings.REMINDER_LEVELS.key, value_json='[{"level": 1}]',
                                   updated_by="test", updated_at=context.now()))
    dialog = open_dialog()
    assert dialog.reminders_tab.levels() == list(DEFAULT_LEVELS)
    assert "could not be read" in label(dialog, "reminderLevelsError").text()
    assert dialog.save()
    stored = settings.read_settings(context)[settings.REMINDER_LEVELS.key]
    assert stored == [level.to_json() for level in DEFAULT_LEVELS]


def test_tab_disabled_for_reception(qtbot, context, clinic):
    admin = staff.create_first_administrator(context, "Ana", "Ana Gerente", "correct horse battery")
    as_admin = replace(context)
    as_admin.sign_in(admin)
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", staff.Role.RECEPTION, "1234")
    as_reception = replace(context)
    as_reception.sign_in(receptionist)

    dialog = SettingsDialog(as_reception, LocalConfig())
    qtbot.addWidget(dialog)
    assert not dialog.reminders_tab.isEnabled()
    assert dialog.save()
    assert settings.read_settings(context)[settings.REMINDER_LEVELS.key] == [
        level.to_json() for level in DEFAULT_LEVELS]
