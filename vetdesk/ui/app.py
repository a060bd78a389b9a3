"""Application start-up: translations, logging, the database, first run, and the main window.

The window appears before the database is open. SQLAlchemy and Alembic take
longer to import than Qt takes to show a window, so they are loaded, and the
database opened and migrated, on a worker thread. A search typed meanwhile
runs as soon as the database is ready.
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
    from vetdesk.ui.first_run import FirstRunDialog
    from vetdesk.storage.database import Database

log = logging.getLogger("vetdesk.app")

FIRST_PAINT_WAIT_MS = 200


@dataclass
class OpenedDatabase:
    database: Database
    has_clinic: bool


def open_clinic_database(url: str | None, demo: bool, demo_clients: int) -> OpenedDatabase:
    """Open (and migrate) the clinic database, or create and open the demo clinic."""
    from vetdesk.services import accounts, clients  # noqa: F401 - loaded here, off the GUI thread
    from vetdesk.services.clinic import get_clinic
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.settings import upgrade_settings
    from vetdesk.storage.database import Database, sqlite_url

    if demo:
        from vetdesk.services.demo import open_or_create_demo

        database = open_or_create_demo(demo_database_path(), demo_clients)
    else:
        database = Database(url or sqlite_url(default_database_path()))
    context = ServiceContext(database, actor="system")
    upgrade_settings(context)
    has_clinic = get_clinic(context) is not None
    # Connections made on this thread are closed; the GUI thread opens its own.
    database.engine.dispose()
    return OpenedDatabase(database, has_clinic)


class DatabaseOpener(QObject):
    """Runs ``open_clinic_database`` on a worker thread and reports back on the GUI thread."""

    opened = Signal(object)
    failed = Signal(str)

    def start(self, url: str | None, demo: bool, demo_clients: int) -> threading.Thread:
        def work() -> None:
            try:
                result = open_clinic_database(url, demo, demo_clients)
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
        self.database_url = database_url or config.database_url or None
        self.database: Database | None = None
        self.context: ServiceContext | None = None
        self.window: MainWindow | None = None
        self.first_run: FirstRunDialog | None = None
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
            self.opening_thread = self._opener.start(self.database_url, self.demo, self.demo_clients)

    def _new_window(self, context: ServiceContext | None) -> MainWindow:
        window = MainWindow(context)
        window.settingsRequested.connect(self.open_settings)
        window.importRequested.connect(self.open_import)
        return window

    def _database_opened(self, opened: OpenedDatabase) -> None:
        from vetdesk.services.context import ServiceContext

        if self.database is not None:
            self.database.dispose()
        self.database = opened.database
        self.context = ServiceContext(self.database, actor=self.config.effective_staff_name())
        log.info("Opened database %s", self.database.engine.url.render_as_string(hide_password=True))
        if opened.has_clinic:
            self.window.set_context(self.context)
        else:
            self._show_first_run()

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
        else:
            self.window.set_context(self.context)

    def show_main_window(self) -> MainWindow:
        """Build the window again on the same client, as after a change of language."""
        previous = self.window
        window = self._new_window(self.context)
        if previous is not None and previous.client_id is not None:
            window.open_client(previous.client_id, previous.pet_id)
        self.window = window
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
        self.context.actor = self.config.effective_staff_name()
        if self.window is not None:
            self.window.refresh_clinic()

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
