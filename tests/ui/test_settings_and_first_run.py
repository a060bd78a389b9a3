"""First start, the settings dialog, the language switch and unexpected errors."""

from __future__ import annotations

import argparse
import json
import logging

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from vetdesk.config import LocalConfig, config_path, load_config
from vetdesk.services import settings
from vetdesk.services.clinic import get_clinic
from vetdesk.storage import models
from vetdesk.storage.database import sqlite_url
from vetdesk.ui.app import DeskApplication, _install_excepthook
from vetdesk.ui.first_run import FirstRunDialog
from vetdesk.ui.settings_dialog import SettingsDialog


def audit_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.AuditEvent))


def test_first_run_rejects_bad_cif(qtbot, context):
    dialog = FirstRunDialog(context, "es")
    qtbot.addWidget(dialog)
    dialog.clinic_form.inputs["name"].setText("Clínica Veterinaria Sol")
    dialog.clinic_form.inputs["tax_id"].setText("B1234567")
    assert not dialog.create_clinic()
    assert "B1234567" in dialog.message_bar.text()
    assert get_clinic(context) is None
    assert audit_count(context) == 0


def test_first_run_creates_clinic(qtbot, context):
    dialog = FirstRunDialog(context, "es")
    qtbot.addWidget(dialog)
    dialog.clinic_form.inputs["name"].setText("Clínica Veterinaria Sol")
    dialog.clinic_form.inputs["tax_id"].setText("b12345674")
    dialog.clinic_form.inputs["address_line"].setText("Calle del Sol 4")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    clinic = get_clinic(context)
    assert clinic.name == "Clínica Veterinaria Sol"
    assert clinic.tax_id == "B12345674"
    assert clinic.time_zone == "Europe/Madrid"


def test_settings_dialog_saves_thresholds(qtbot, context, clinic):
    config = LocalConfig()
    dialog = SettingsDialog(context, config)
    qtbot.addWidget(dialog)
    dialog.min_overdue.setText("15,50")
    dialog.grace_days.setValue(7)
    dialog.staff_name.setText("Marta")
    assert dialog.save()
    values = settings.read_settings(context)
    assert values["banner.min_overdue_cents"] == 1550
    assert values["banner.grace_days"] == 7
    stored = json.loads(config_path().read_text(encoding="utf-8"))
    assert stored["staff_name"] == "Marta"
    assert stored["version"] == 1


@pytest.mark.parametrize("field, value, shown", [
    ("min_overdue", "12,345", "12,345"),
    ("min_overdue", "abc", "abc"),
    ("iban", "ES00 1234", "ES00 1234"),
    ("email", "clinica@", "clinica@"),
])
def test_settings_dialog_rejects_bad_values(qtbot, context, clinic, field, value, shown):
    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    if field == "min_overdue":
        dialog.min_overdue.setText(value)
    else:
        dialog.clinic_form.inputs[field].setText(value)
    dialog.grace_days.setValue(9)
    before = audit_count(context)
    assert not dialog.save()
    assert shown in dialog.message_bar.text()
    assert audit_count(context) == before
    assert settings.read_settings(context)["banner.grace_days"] == 0


@pytest.fixture
def desk(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr("vetdesk.ui.app.save_config", lambda config: None)
    desk = DeskApplication(qapp, LocalConfig(language="en", staff_name="Ana"),
                           database_url=sqlite_url(tmp_path / "desk.sqlite3"))
    yield desk
    for widget in (desk.window, desk.first_run):
        if widget is not None:
            widget.close()
    desk.translations.install("en")
    desk.database.dispose()


def test_start_without_clinic_shows_first_run(desk):
    desk.start()
    assert desk.first_run is not None
    assert desk.first_run.isVisible()
    assert desk.window is None


def test_first_run_then_main_window(qtbot, desk):
    desk.start()
    form = desk.first_run.clinic_form
    form.inputs["name"].setText("Clínica Sol")
    form.inputs["tax_id"].setText("B12345674")
    desk.first_run.create_clinic()
    assert desk.window is not None
    assert desk.window.isVisible()
    assert "Clínica Sol" in desk.window.windowTitle()
    assert desk.window.search_panel.search_box.objectName() == "searchBox"


def test_language_switch_rebuilds_window(qtbot, desk, context):
    desk.start()
    desk.first_run.clinic_form.inputs["name"].setText("Clínica Sol")
    desk.first_run.clinic_form.inputs["tax_id"].setText("B12345674")
    desk.first_run.create_clinic()
    english = desk.window.search_panel.search_box.placeholderText()
    desk.change_language("es")
    spanish = desk.window.search_panel.search_box.placeholderText()
    assert spanish != english
    assert "mascota" in spanish.lower()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_unexpected_error_shows_dialog_and_logs(qtbot, qapp, caplog, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _install_excepthook(qapp)
    with caplog.at_level(logging.ERROR, logger="vetdesk.app"):
        try:
            raise RuntimeError("disk on fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    boxes = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("disk on fire" in box.text() for box in boxes)
    assert "Unexpected error" in caplog.text
    for box in boxes:
        box.close()


def test_config_survives_corrupt_file(tmp_path):
    path = tmp_path / "config.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_config(path) == LocalConfig()
