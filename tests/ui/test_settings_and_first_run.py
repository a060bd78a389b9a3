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
    if desk.database is not None:
        desk.database.dispose()


def start_and_wait(qtbot, desk) -> None:
    """Start the desk and wait until the background open of the database has finished."""
    desk.start()
    assert desk.window.isVisible()
    qtbot.waitUntil(lambda: desk.context is not None or desk.open_error is not None, timeout=60_000)


def test_window_shown_before_database_opens(qtbot, desk):
    desk.start()
    assert desk.window.isVisible()
    assert desk.context is None
    assert desk.window.search_panel.search_box.objectName() == "searchBox"
    qtbot.waitUntil(lambda: desk.context is not None, timeout=60_000)


def test_start_without_clinic_shows_first_run(qtbot, desk):
    start_and_wait(qtbot, desk)
    assert desk.first_run is not None
    assert desk.first_run.isVisible()


def test_first_run_then_main_window(qtbot, desk):
    start_and_wait(qtbot, desk)
    form = desk.first_run.clinic_form
    form.inputs["name"].setText("Clínica Sol")
    form.inputs["tax_id"].setText("B12345674")
    desk.first_run.create_clinic()
    assert desk.window is not None
    assert desk.window.isVisible()
    assert "Clínica Sol" in desk.window.windowTitle()
    assert desk.window.search_panel.search_box.objectName() == "searchBox"


def test_language_switch_rebuilds_window(qtbot, desk, context):
    start_and_wait(qtbot, desk)
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


def test_search_typed_while_opening_runs_after(qtbot, desk, tmp_path):
    from vetdesk.services import clients
    from vetdesk.services.clinic import ClinicInfo, save_clinic
    from vetdesk.services.context import ServiceContext
    from vetdesk.storage.database import Database

    prepared = Database(desk.database_url)
    seed = ServiceContext(prepared, actor="setup")
    save_clinic(seed, ClinicInfo(name="Clínica Sol", tax_id="B12345674"))
    clients.save_client(seed, clients.ClientDetails(given_name="Begoña", surnames="Ibáñez"))
    prepared.dispose()

    desk.start()
    desk.window.search_panel.search_box.setText("ibanez")
    desk.window.search_panel.run_search()
    assert desk.window.search_panel.model.rowCount() == 0
    qtbot.waitUntil(lambda: desk.window.search_panel.model.rowCount() == 1, timeout=60_000)
    assert desk.window.search_panel.model.result(0).name == "Ibáñez, Begoña"


def test_unopenable_database_reported(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setattr("vetdesk.ui.app.save_config", lambda config: None)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x", encoding="utf-8")
    desk = DeskApplication(qapp, LocalConfig(language="en"),
                           database_url=sqlite_url(blocker / "clinic.sqlite3"))
    desk.start()
    qtbot.waitUntil(lambda: desk.open_error is not None, timeout=60_000)
    assert "Cannot open the clinic's database" in desk.window.statusBar().currentMessage()
    boxes = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes
    for box in boxes:
        box.close()
    desk.window.close()


PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082")


def test_logo_stored_from_settings(qtbot, context, clinic, tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(PNG_1X1)
    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    dialog.clinic_form.load_logo_file(str(path))
    assert dialog.clinic_form.logo_preview.pixmap() is not None
    assert dialog.save()
    assert get_clinic(context).logo == PNG_1X1


def test_logo_not_an_image_rejected(qtbot, context, clinic, tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"GIF89a not really")
    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    dialog.clinic_form.load_logo_file(str(path))
    before = audit_count(context)
    assert not dialog.save()
    assert "PNG or JPEG" in dialog.message_bar.text()
    assert get_clinic(context).logo is None
    assert audit_count(context) == before


def test_logo_too_large_rejected(qtbot, context, clinic, tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(PNG_1X1 + b"\0" * 1_100_000)
    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    dialog.clinic_form.load_logo_file(str(path))
    assert not dialog.save()
    assert "1000 KB" in dialog.message_bar.text()
    assert get_clinic(context).logo is None


def test_logo_chooser_does_not_block(qtbot, context, clinic):
    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    chooser = dialog.clinic_form.choose_logo()
    assert chooser.isVisible()
    chooser.reject()


def test_settings_opens_database_server_dialog(qtbot, context, clinic):
    dialog = SettingsDialog(context, LocalConfig())
    qtbot.addWidget(dialog)
    server = dialog.open_database_dialog()
    assert server.objectName() == "databaseDialog"
    assert server.isVisible()
    server.reject()
