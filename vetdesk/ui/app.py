"""Application start-up: translations, logging, the database, first run, and the main window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy.exc import SQLAlchemyError

from vetdesk.config import LocalConfig, default_database_path, demo_database_path, save_config
from vetdesk.logs import configure_logging
from vetdesk.services.clinic import get_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.settings import upgrade_settings
from vetdesk.storage.database import Database, sqlite_url
from vetdesk.translation import Translations, resolve_language
from vetdesk.ui.common import show_unexpected_error
from vetdesk.ui.first_run import FirstRunDialog
from vetdesk.ui.main_window import MainWindow

log = logging.getLogger("vetdesk.app")


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
        self.database_url = database_url or config.database_url or sqlite_url(default_database_path())
        self.database: Database | None = None
        self.context: ServiceContext | None = None
        self.window: MainWindow | None = None
        self.first_run: FirstRunDialog | None = None

    def start(self) -> None:
        """Open the database and show the first-run dialog or the main window."""
        if self.demo:
            self._open_demo()
        else:
            self._open_database(self.database_url)
        if get_clinic(self.context) is None:
            self._show_first_run()
        else:
            self.show_main_window()

    def _open_database(self, url: str) -> None:
        if self.database is not None:
            self.database.dispose()
        self.database = Database(url)
        self.context = ServiceContext(self.database, actor=self.config.effective_staff_name())
        upgrade_settings(self.context)
        log.info("Opened database %s", self.database.engine.url.render_as_string(hide_password=True))

    def _open_demo(self) -> None:
        from vetdesk.services.demo import open_or_create_demo

        path = demo_database_path()
        progress = None
        if not path.exists():
            progress = QProgressDialog(QCoreApplication.translate("DeskApplication", "Creating the demo clinic…"),
                                       "", 0, 0)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.ApplicationModal)
            progress.show()
            QCoreApplication.processEvents()
        if self.database is not None:
            self.database.dispose()
        self.database = open_or_create_demo(path, self.demo_clients)
        if progress is not None:
            progress.close()
        self.context = ServiceContext(self.database, actor=self.config.effective_staff_name())
        upgrade_settings(self.context)

    def _show_first_run(self) -> None:
        dialog = FirstRunDialog(self.context, self.config.language)
        self.first_run = dialog
        dialog.languageChosen.connect(self._remember_language)
        dialog.demoRequested.connect(self._switch_to_demo)
        dialog.accepted.connect(self._after_first_run)
        dialog.rejected.connect(self.app.quit)
        dialog.show()

    def _remember_language(self, language: str) -> None:
        if language != self.config.language:
            self.config.language = language
            save_config(self.config)
            self.translations.install(resolve_language(language))

    def _switch_to_demo(self) -> None:
        self.demo = True
        self._open_demo()

    def _after_first_run(self) -> None:
        self.first_run = None
        self.show_main_window()

    def show_main_window(self) -> MainWindow:
        previous = self.window
        window = MainWindow(self.context)
        window.settingsRequested.connect(self.open_settings)
        window.importRequested.connect(self.open_import)
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
    log_path = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VetDesk")
    app.setOrganizationName("VetDesk")
    _install_excepthook(app)
    log.info("VetDesk starting; log file %s", log_path)
    desk = DeskApplication(app, config, database_url=args.database, demo=args.demo,
                           demo_clients=args.demo_clients)
    try:
        desk.start()
    except SQLAlchemyError as error:
        log.error("Cannot open the database: %s", error)
        sys.stderr.write(QCoreApplication.translate(
            "DeskApplication", "Cannot open the database: {error}\n").format(error=error))
        return 2
    return app.exec()
