"""Sign-in at start, the idle lock, staff management, first-run accounts and role-dependent controls."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from vetdesk.config import LocalConfig
from vetdesk.services import settings, staff
from vetdesk.services.clinic import get_clinic
from vetdesk.services.staff import Role
from vetdesk.storage.database import Database, sqlite_url
from vetdesk.ui.app import DeskApplication
from vetdesk.ui.first_run import FirstRunDialog
from vetdesk.ui.idle_lock import IdleLock
from vetdesk.ui.login_dialog import LoginDialog
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.settings_dialog import SettingsDialog
from vetdesk.ui.staff_dialog import StaffDialog

ADMIN_SECRET = "correct horse battery"


def acting_as(context, identity):
    signed_in = replace(context)
    signed_in.sign_in(identity)
    return signed_in


@pytest.fixture
def admin(context):
    return staff.create_first_administrator(context, "ana", "Ana Gerente", ADMIN_SECRET)


@pytest.fixture
def receptionist(context, admin):
    return staff.create_staff(acting_as(context, admin), "lucia", "Lucía Recepción", Role.RECEPTION, "1234")


@pytest.fixture
def idle_lock():
    created: list[IdleLock] = []
    yield created
    for lock in created:
        lock.stop()


# Login dialog

def test_login_dialog_wrong_then_right(qtbot, context, receptionist):
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "loginDialog"
    dialog.username.setText("lucia")
    dialog.secret.setText("0000")
    assert not dialog.submit()
    assert "wrong" in dialog.message_bar.text()
    assert dialog.secret.text() == ""
    dialog.secret.setText("1234")
    with qtbot.waitSignal(dialog.signedIn) as signal:
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert signal.args[0] == receptionist
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_login_dialog_unknown_user(qtbot, context, receptionist):
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.username.setText("nadie")
    dialog.secret.setText("1234")
    with qtbot.assertNotEmitted(dialog.signedIn):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert "wrong" in dialog.message_bar.text()


# Start-up

@pytest.fixture
def desk_database(tmp_path):
    from vetdesk.services.clinic import ClinicInfo, save_clinic
    from vetdesk.services.context import ServiceContext

    path = tmp_path / "desk.sqlite3"
    database = Database(sqlite_url(path))
    context = ServiceContext(database, actor="setup")
    save_clinic(context, ClinicInfo(name="Clínica Sol", tax_id="B12345674"))
    yield database, context
    database.dispose()


@pytest.fixture
def desk(qapp, desk_database):
    database, _ = desk_database
    desk = DeskApplication(qapp, LocalConfig(language="en", staff_name="Mostrador"), database_url=database.url)
    yield desk
    if desk.idle_lock is not None:
        desk.idle_lock.stop()
    for widget in (desk.window, desk.first_run, desk.login):
        if widget is not None:
            widget.close()
    if desk.database is not None:
        desk.database.dispose()


def test_start_in_simple_mode_has_no_login(qtbot, desk):
    desk.start()
    qtbot.waitUntil(lambda: desk.context is not None, timeout=60_000)
    assert desk.login is None
    assert desk.context.staff is None
    assert "Desk user: Mostrador" in desk.window.statusBar().currentMessage()


def test_start_asks_for_login(qtbot, desk, desk_database):
    _, context = desk_database
    staff.create_first_administrator(context, "ana", "Ana Gerente", ADMIN_SECRET)
    desk.start()
    qtbot.waitUntil(lambda: desk.login is not None, timeout=60_000)
    assert desk.login.isVisible()
    assert desk.window._context is None
    desk.login.username.setText("ana")
    desk.login.secret.setText(ADMIN_SECRET)
    assert desk.login.submit()
    assert desk.context.staff.username == "ana"
    assert desk.context.actor == "Ana Gerente"
    assert desk.window._context is desk.context
    assert "Signed in: Ana Gerente (Administrator)" in desk.window.statusBar().currentMessage()
    assert desk.window.staff_action.isEnabled()
    assert desk.idle_lock is not None


def test_sign_out_locks_until_sign_in(qtbot, desk, desk_database):
    _, context = desk_database
    admin = staff.create_first_administrator(context, "ana", "Ana Gerente", ADMIN_SECRET)
    staff.create_staff(acting_as(context, admin), "lucia", "Lucía Recepción", Role.RECEPTION, "1234")
    desk.start()
    qtbot.waitUntil(lambda: desk.login is not None, timeout=60_000)
    desk.login.username.setText("ana")
    desk.login.secret.setText(ADMIN_SECRET)
    assert desk.login.submit()
    desk.window.sign_out_action.trigger()
    assert desk.idle_lock.is_locked
    assert desk.context.staff is None
    form = desk.idle_lock.screen.form
    assert form.username.text() == ""
    form.username.setText("lucia")
    form.secret.setText("1234")
    assert form.submit()
    assert not desk.idle_lock.is_locked
    assert desk.context.staff.username == "lucia"
    assert not desk.window.staff_action.isEnabled()
    assert "Lucía Recepción" in desk.window.statusBar().currentMessage()


# Idle lock

def test_idle_lock_locks_and_unlocks(qtbot, context, clinic, receptionist, idle_lock):
    signed_in = acting_as(context, receptionist)
    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(signed_in, window, 50)
    idle_lock.append(lock)
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    screen = window.findChild(type(lock.screen), "idleLock")
    assert screen is lock.screen
    assert screen.isVisible()
    assert screen.geometry() == window.rect()
    assert screen.form.username.text() == "lucia"

    screen.form.secret.setText("9999")
    assert not screen.form.submit()
    assert lock.is_locked
    assert "wrong" in screen.form.message_bar.text()

    screen.form.secret.setText("1234")
    with qtbot.waitSignal(lock.unlocked) as signal:
        qtbot.keyClick(screen.form.secret, Qt.Key.Key_Return)
    assert signal.args[0] == receptionist
    assert not lock.is_locked


def test_idle_lock_blocks_window_input(qtbot, context, clinic, receptionist, idle_lock):
    signed_in = acting_as(context, receptionist)
    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(signed_in, window, 0)
    idle_lock.append(lock)
    lock.lock()
    qtbot.keyClicks(window.search_panel.search_box, "luna")
    assert window.search_panel.search_box.text() == ""


def test_idle_lock_zero_never_locks(qtbot, context, clinic, receptionist, idle_lock):
    signed_in = acting_as(context, receptionist)
    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    lock = IdleLock(signed_in, window, 0)
    idle_lock.append(lock)
    with qtbot.assertNotEmitted(lock.locked, wait=200):
        pass
    assert not lock.is_locked


def test_idle_lock_activity_delays_lock(qtbot, context, clinic, receptionist, idle_lock):
    signed_in = acting_as(context, receptionist)
    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(signed_in, window, 300)
    idle_lock.append(lock)
    for _ in range(5):
        qtbot.wait(100)
        qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_A)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)


# Staff dialog and role-dependent controls

def test_staff_dialog_adds_account(qtbot, context, admin):
    dialog = StaffDialog(acting_as(context, admin))
    qtbot.addWidget(dialog)
    dialog.new_username.setText("Pablo")
    dialog.new_name.setText("Pablo Veterinario")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("vet"))
    dialog.new_secret.setText("12")
    assert not dialog.add_account()
    assert "A PIN needs at least 4 digits" in dialog.message_bar.text()
    dialog.new_secret.setText("4321")
    assert dialog.add_account()
    assert dialog.table.rowCount() == 2
    assert dialog.selected_account().username == "pablo"
    assert staff.authenticate(context, "pablo", "4321").role is Role.VET

    dialog.active_button.click()
    assert not dialog.selected_account().active
    with pytest.raises(Exception, match="deactivated"):
        staff.authenticate(context, "pablo", "4321")


def test_receptionist_sees_override_disabled(qtbot, context, clinic, receptionist):
    window = MainWindow(acting_as(context, receptionist))
    qtbot.addWidget(window)
    button = window.banner.findChild(QPushButton, "bannerOverrideButton")
    assert not button.isEnabled()
    assert "manager or an administrator" in button.toolTip()
    assert not window.override_action.isEnabled()
    assert not window.staff_action.isEnabled()


def test_settings_dialog_read_only_for_receptionist(qtbot, context, clinic, receptionist):
    dialog = SettingsDialog(acting_as(context, receptionist), LocalConfig())
    qtbot.addWidget(dialog)
    assert not dialog.clinic_form.isEnabled()
    assert not dialog.idle_minutes.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.save()
    assert get_clinic(context).name == clinic.name


def test_settings_dialog_manager_sets_idle_minutes(qtbot, context, clinic, admin):
    manager = staff.create_staff(acting_as(context, admin), "marta", "Marta", Role.MANAGER, "manager-pass")
    dialog = SettingsDialog(acting_as(context, manager), LocalConfig())
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.isEnabled()
    assert not dialog.simple_mode.isEnabled()
    dialog.idle_minutes.setValue(12)
    assert dialog.save()
    assert staff.idle_lock_minutes(context) == 12
    assert not staff.simple_mode_active(context)


# First run

def fill_clinic(dialog: FirstRunDialog) -> None:
    dialog.clinic_form.inputs["name"].setText("Clínica Veterinaria Sol")
    dialog.clinic_form.inputs["tax_id"].setText("B12345674")


def test_first_run_creates_administrator(qtbot, context):
    dialog = FirstRunDialog(context, "en")
    qtbot.addWidget(dialog)
    fill_clinic(dialog)
    dialog.accounts_choice.setChecked(True)
    assert dialog.admin_fields.isEnabled()
    dialog.admin_username.setText("ana")
    dialog.admin_name.setText("Ana Gerente")
    dialog.admin_secret.setText(ADMIN_SECRET)
    dialog.admin_secret_again.setText(ADMIN_SECRET)
    with qtbot.waitSignal(dialog.administratorCreated) as signal:
        assert dialog.create_clinic()
    assert signal.args[0].role is Role.ADMINISTRATOR
    assert get_clinic(context).name == "Clínica Veterinaria Sol"
    assert not staff.simple_mode_active(context)
    assert staff.authenticate(context, "ana", ADMIN_SECRET).display_name == "Ana Gerente"


@pytest.mark.parametrize("secret, again, shown", [
    ("short", "short", "A password needs at least 8 characters"),
    (ADMIN_SECRET, "something else", "differ"),
])
def test_first_run_rejects_bad_administrator(qtbot, context, secret, again, shown):
    dialog = FirstRunDialog(context, "en")
    qtbot.addWidget(dialog)
    fill_clinic(dialog)
    dialog.accounts_choice.setChecked(True)
    dialog.admin_username.setText("ana")
    dialog.admin_name.setText("Ana Gerente")
    dialog.admin_secret.setText(secret)
    dialog.admin_secret_again.setText(again)
    assert not dialog.create_clinic()
    assert shown in dialog.message_bar.text()
    assert get_clinic(context) is None
    assert not staff.has_staff_accounts(context)


def test_first_run_simple_mode(qtbot, context):
    dialog = FirstRunDialog(context, "en")
    qtbot.addWidget(dialog)
    fill_clinic(dialog)
    assert dialog.simple_mode_choice.isChecked()
    assert dialog.create_clinic()
    assert settings.read_settings(context)[settings.STAFF_SIMPLE_MODE.key] is True
    assert staff.simple_mode_active(context)
