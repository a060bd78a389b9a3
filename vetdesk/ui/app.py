"""Application start-up: translations, logging, the database, first run, sign-in and the main window.

The window appears before the database is open. SQLAlchemy and Alembic take
longer to import than Qt takes to show a window, so they are loaded, and the
database opened and migrated, on a worker thread. A search typed meanwhile
runs as soon as the database is ready.

Unless the clinic runs in simple mode (one shared account), the main window
gets its context only after someone signs in, and an ``IdleLock`` then locks
it after the minutes of inactivity that the clinic set.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import traceback
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from vetdesk.config import LocalConfig, default_database_path, demo_database_path, save_config
from vetdesk.translation import Translations, resolve_language
from vetdesk.ui.common import show_unexpected_error
from vetdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.staff import StaffIdentity
    from vetdesk.ui.first_run import FirstRunDialog
    from vetdesk.ui.idle_lock import IdleLock
    from vetdesk.ui.login_dialog import LoginDialog
    from vetdesk.storage.database import Database

log = logging.getLogger("vetdesk.app")

FIRST_PAINT_WAIT_MS = 200
MS_PER_MINUTE = 60_000


@dataclass
class OpenedDatabase:
    database: Database
    has_clinic: bool
    # False when people must sign in before the window can be used.
    simple_mode: bool = True
    # Why today's automatic backup failed, to tell the staff; None when it worked or was not due.
    backup_problem: str | None = None


def open_clinic_database(url: str | None, demo: bool, demo_clients: int,
                         config: LocalConfig | None = None) -> OpenedDatabase:
    """Open (and migrate) the clinic database, or create and open the demo clinic.

    Without ``url``, the configured database is opened, with its password from
    the OS keyring. The first start of each day also takes the daily backup.
    """
    from vetdesk.services import accounts, clients  # noqa: F401 - loaded here, off the GUI thread
    from vetdesk.services.clinic import get_clinic
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.settings import upgrade_settings
    from vetdesk.services.staff import simple_mode_active
    from vetdesk.storage.database import Database, sqlite_url

    if demo:
        from vetdesk.services.demo import open_or_create_demo
        from vetdesk.translation import document_translator

        database = open_or_create_demo(demo_database_path(), demo_clients, translate=document_translator("es"))
    else:
        from vetdesk.secrets import resolve_database_url

        url = url or (resolve_database_url(config) if config else sqlite_url(default_database_path()))
        database = Database(url)
    context = ServiceContext(database, actor="system")
    upgrade_settings(context)
    has_clinic = get_clinic(context) is not None
    simple_mode = simple_mode_active(context)
    backup_problem = None if demo else _take_daily_backup(database.url)
    # Connections made on this thread are closed; the GUI thread opens its own.
    database.engine.dispose()
    return OpenedDatabase(database, has_clinic, simple_mode, backup_problem)


def _take_daily_backup(url: str) -> str | None:
    """Take today's backup if none exists yet; return the reason when it failed."""
    from vetdesk.services.backup import BackupError, ensure_daily_backup

    try:
        path = ensure_daily_backup(url)
    except BackupError as error:
        log.error("Daily backup failed: %s", error)
        return error.render(QCoreApplication.translate)
    if path is not None:
        log.info("Daily backup written to %s", path)
    return None


class DatabaseOpener(QObject):
    """Runs ``open_clinic_database`` on a worker thread and reports back on the GUI thread."""

    opened = Signal(object)
    failed = Signal(str)

    def start(self, url: str | None, demo: bool, demo_clients: int,
              config: LocalConfig | None = None) -> threading.Thread:
        def work() -> None:
            try:
                result = open_clinic_database(url, demo, demo_clients, config)
            except Exception as error:  # noqa: BLE001 - every failure is reported to the window
                log.error("Cannot open the database", exc_info=True)
                self.failed.emit(f"{type(error).__name__}: {error}")
                return
            self.opened.emit(result)

        thread = threading.Thread(target=work, name="vetdesk-open-database", daemon=True)
        thread.start()
        return thread


class DeskApplication:
    """Owns the database, the translators and the main window of one running VetDesk."""

    def __init__(self, app: QApplication, config: LocalConfig, *, database_url: str | None = None,
                 demo: bool = False, demo_clients: int = 500) -> None:
        self.app = app
        self.config = config
        self.translations = Translations(app)
        self.translations.install(resolve_language(config.language))
        self.demo = demo
        self.demo_clients = demo_clients
        # None opens the configured database, whose password the worker reads from the keyring.
        self.database_url = database_url
        self.database: Database | None = None
        self.context: ServiceContext | None = None
        self.window: MainWindow | None = None
        self.first_run: FirstRunDialog | None = None
        self.login: LoginDialog | None = None
        self.idle_lock: IdleLock | None = None
        # Milliseconds per minute of the idle lock setting; tests shorten it.
        self.idle_unit_ms = MS_PER_MINUTE
        self._opener = DatabaseOpener()
        self._opener.opened.connect(self._database_opened)
        self._opener.failed.connect(self._database_failed)
        self.open_error: str | None = None
        self._rebuild_after_first_run = False
        self.opening_thread: threading.Thread | None = None

    def start(self) -> None:
        """Show the window at once and open the database in the background.

        The worker starts once the window has painted, so that its imports do
        not hold the interpreter lock while the window is being shown.
        """
        self.window = self._new_window(None)
        self.window.firstPainted.connect(self._start_opening)
        self.window.show()
        # Fallback for a platform that never paints a hidden or minimised window.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._start_opening)

    def _start_opening(self) -> None:
        if self.opening_thread is None:
            self.opening_thread = self._opener.start(self.database_url, self.demo, self.demo_clients,
                                                     self.config)

    def _new_window(self, context: ServiceContext | None) -> MainWindow:
        window = MainWindow(context)
        window.settingsRequested.connect(self.open_settings)
        window.importRequested.connect(self.open_import)
        window.staffRequested.connect(self.open_staff)
        window.signOutRequested.connect(self.sign_out)
        return window

    def _database_opened(self, opened: OpenedDatabase) -> None:
        from vetdesk.services.context import ServiceContext

        if self.database is not None:
            self.database.dispose()
        self.database = opened.database
        self.context = ServiceContext(self.database, actor=self.config.effective_staff_name())
        log.info("Opened database %s", self.database.engine.url.render_as_string(hide_password=True))
        if opened.backup_problem:
            text = QCoreApplication.translate(
                "DeskApplication", "Today's automatic backup failed: {reason} Run \"vetdesk backup\" or tell the "
                "person who looks after the computers.").format(reason=opened.backup_problem)
            show_unexpected_error(self.window, text)
        if not opened.has_clinic:
            self._show_first_run()
        elif opened.simple_mode:
            self._start_session()
        else:
            self._show_login()

    def _show_login(self) -> None:
        from vetdesk.ui.login_dialog import LoginDialog

        dialog = LoginDialog(self.context, self.window)
        self.login = dialog
        dialog.signedIn.connect(self._signed_in_at_start)
        dialog.rejected.connect(self.window.close)
        dialog.open()

    def _signed_in_at_start(self, identity: StaffIdentity) -> None:
        self.login = None
        self.context.sign_in(identity)
        self._start_session()

    def _start_session(self) -> None:
        """Give the window its context and start the idle lock."""
        from vetdesk.services import staff
        from vetdesk.ui.idle_lock import IdleLock

        self.window.set_context(self.context)
        timeout = staff.idle_lock_minutes(self.context) * self.idle_unit_ms
        if self.idle_lock is None:
            self.idle_lock = IdleLock(self.context, self.window, timeout)
            self.idle_lock.unlocked.connect(self._unlocked)
        else:
            self.idle_lock.set_window(self.window)
            self.idle_lock.set_timeout(timeout)

    def _unlocked(self, identity: StaffIdentity) -> None:
        if self.context.staff is None or identity.id != self.context.staff.id:
            log.info("Desk switched to staff %s", identity.id)
        self.context.sign_in(identity)
        if self.window is not None:
            self.window.apply_permissions()

    def sign_out(self) -> None:
        """Forget who is signed in and cover the window until someone signs in."""
        from vetdesk.services import staff

        if self.context is None or self.idle_lock is None:
            return
        if self.context.staff is not None:
            log.info("Staff %s signed out", self.context.staff.id)
        self.context.sign_out(self.config.effective_staff_name())
        if staff.simple_mode_active(self.context):
            # The shared account keeps the desk; the lock screen lets someone sign in instead.
            self.window.apply_permissions()
        self.idle_lock.lock()

    def _database_failed(self, reason: str) -> None:
        self.open_error = reason
        text = QCoreApplication.translate(
            "DeskApplication", "Cannot open the clinic's database: {error}\n"
            "Check the database setting or the --database option, then start VetDesk again.").format(error=reason)
        self.window.statusBar().showMessage(" ".join(text.split("\n")))
        show_unexpected_error(self.window, text)

    def _show_first_run(self) -> None:
        from vetdesk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.context, self.config.language, self.window)
        self.first_run = dialog
        dialog.languageChosen.connect(self._remember_language)
        dialog.demoRequested.connect(self._switch_to_demo)
        dialog.administratorCreated.connect(self.context.sign_in)
        dialog.accepted.connect(self._after_first_run)
        dialog.rejected.connect(self.window.close)
        dialog.open()

    def _remember_language(self, language: str) -> None:
        if language != self.config.language:
            self.config.language = language
            save_config(self.config)
        if resolve_language(language) != self.translations.language:
            self.translations.install(resolve_language(language))
            self._rebuild_after_first_run = True

    def _switch_to_demo(self) -> None:
        self.demo = True
        opened = open_clinic_database(None, True, self.demo_clients)
        if self.database is not None:
            self.database.dispose()
        self.database = None
        self._database_opened(opened)

    def _after_first_run(self) -> None:
        self.first_run = None
        if self._rebuild_after_first_run:
            self._rebuild_after_first_run = False
            self.show_main_window()
        self._start_session()

    def show_main_window(self) -> MainWindow:
        """Build the window again on the same client, as after a change of language."""
        previous = self.window
        window = self._new_window(self.context)
        if previous is not None and previous.client_id is not None:
            window.open_client(previous.client_id, previous.pet_id)
        self.window = window
        if self.idle_lock is not None:
            self.idle_lock.set_window(window)
        window.show()
        if previous is not None:
            previous.close()
            previous.deleteLater()
        return window

    def open_settings(self):
        from vetdesk.ui.settings_dialog import SettingsDialog

        if self.context is None:
            return None
        dialog = SettingsDialog(self.context, self.config, self.window)
        dialog.saved.connect(self._after_settings_saved)
        dialog.languageChanged.connect(self.change_language)
        return self.window._show_dialog(dialog)

    def _after_settings_saved(self) -> None:
        from vetdesk.services import staff

        if self.context.staff is None:
            self.context.actor = self.config.effective_staff_name()
        if self.idle_lock is not None:
            self.idle_lock.set_timeout(staff.idle_lock_minutes(self.context) * self.idle_unit_ms)
        if self.window is not None:
            self.window.refresh_clinic()
            self.window.apply_permissions()
        if self.context.staff is None and self.idle_lock is not None and not staff.simple_mode_active(self.context):
            # Simple mode was just turned off: the shared account may do nothing more.
            self.idle_lock.lock()

    def open_staff(self):
        from vetdesk.ui.staff_dialog import StaffDialog

        if self.context is None:
            return None
        dialog = StaffDialog(self.context, self.window)
        dialog.changed.connect(self.window.apply_permissions)
        return self.window._show_dialog(dialog)

    def change_language(self, language: str) -> None:
        """Switch the language while running by rebuilding the window on the same client."""
        self.translations.install(resolve_language(language))
        self.show_main_window()

    def open_import(self):
        from vetdesk.ui.import_dialog import ImportDialog

        if self.context is None:
            return None
        dialog = ImportDialog(self.context, self.window)
        dialog.imported.connect(lambda _count: self.window.search_panel.run_search())
        return self.window._show_dialog(dialog)


def _install_excepthook(app: QApplication) -> None:
    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, tb))
        text = QCoreApplication.translate(
            "DeskApplication",
            "Something went wrong and VetDesk could not finish the action. Nothing half-done was stored. "
            "The details are in the log file.\n\n{error}").format(error="".join(
                traceback.format_exception_only(kind, error)).strip())
        window = app.activeWindow()
        show_unexpected_error(window if window is not None and window.isVisible() else None, text)

    sys.excepthook = handle


def run_application(args: argparse.Namespace, config: LocalConfig) -> int:
    from vetdesk.logs import configure_logging

    log_path = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VetDesk")
    app.setOrganizationName("VetDesk")
    _install_excepthook(app)
    log.info("VetDesk starting; log file %s", log_path)
    desk = DeskApplication(app, config, database_url=args.database, demo=args.demo,
                           demo_clients=args.demo_clients)
    desk.start()
    # Ctrl+C in the terminal closes VetDesk as closing the window would. Python runs the
    # handler only between bytecodes, so a timer gives the interpreter a turn now and then.
    signal.signal(signal.SIGINT, lambda _signum, _frame: app.quit())
    wake_up = QTimer()
    wake_up.start(500)
    wake_up.timeout.connect(lambda: None)
    code = app.exec()
    log.info("VetDesk stopped with exit code %s", code)
    return code
