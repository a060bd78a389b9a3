"""Regenerate the screenshots of the user guide and the READMEs.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

It generates the demo clinic into a temporary file with a fixed "today"
(4 December 2026), opens the reception window in Spanish and in English,
and saves PNGs next to this script.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from vetdesk.services import accounts, clients  # noqa: E402
from vetdesk.services.accounts import BannerLevel  # noqa: E402
from vetdesk.services.context import ServiceContext  # noqa: E402
from vetdesk.services.demo import generate_demo_clinic  # noqa: E402
from vetdesk.storage.database import Database, sqlite_url  # noqa: E402
from vetdesk.translation import Translations  # noqa: E402
from vetdesk.ui.main_window import MainWindow  # noqa: E402

OUTPUT = Path(__file__).resolve().parent
NOW = datetime(2026, 12, 4, 10, 30, tzinfo=timezone.utc)
NAMES = {
    "es": ("ventana-principal.png", "ventana-principal-aviso.png", "ventana-principal-ambar.png"),
    "en": ("main-window.png", "main-window-banner.png", "main-window-amber.png"),
}


def pick_clients(context: ServiceContext) -> tuple[tuple[int, int, str], int, int]:
    """Return (debtor, pet, pet name) found by a pet, a client with no debt, and one with amber debt."""
    debtor = clean = amber = None
    for result in clients.search(context, "l", limit=50) + clients.search(context, "c", limit=50):
        state = accounts.banner_state(context, result.client_id)
        pets = clients.pets_of_client(context, result.client_id)
        if debtor is None and state.level is BannerLevel.RED and pets and state.oldest_overdue_days > 30:
            debtor = (result.client_id, pets[0].id, pets[0].name)
        elif clean is None and state.level is BannerLevel.NONE and len(pets) > 1:
            clean = result.client_id
        elif amber is None and state.level is BannerLevel.AMBER:
            amber = result.client_id
    if debtor is None or clean is None or amber is None:
        raise SystemExit("the demo clinic lacks a debtor, a clean client or an amber client among the results")
    return debtor, clean, amber


def shoot(app: QApplication, translations: Translations, context: ServiceContext, language: str) -> None:
    translations.install(language)
    (debtor_id, pet_id, pet_name), clean_id, amber_id = pick_clients(context)
    plain, banner, amber = NAMES[language]

    window = MainWindow(context)
    window.show()
    window.search_panel.search_box.setText(clients.get_client(context, clean_id).surnames.split()[0])
    window.search_panel.run_search()
    window.open_client(clean_id)
    window.search_panel.refresh_results(clean_id)
    app.processEvents()
    window.grab().save(str(OUTPUT / plain))

    window.search_panel.search_box.setText(pet_name)
    window.search_panel.run_search()
    window.open_client(debtor_id, pet_id)
    window.search_panel.refresh_results(debtor_id)
    app.processEvents()
    window.grab().save(str(OUTPUT / banner))

    window.search_panel.search_box.setText(clients.get_client(context, amber_id).surnames.split()[0])
    window.search_panel.run_search()
    window.open_client(amber_id)
    window.search_panel.refresh_results(amber_id)
    app.processEvents()
    window.grab().save(str(OUTPUT / amber))
    window.close()


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as directory:
        database = Database(sqlite_url(Path(directory) / "demo.sqlite3"))
        generate_demo_clinic(database, clients=500, today=date(2026, 12, 4))
        context = ServiceContext(database, actor="Lucía", clock=lambda: NOW)
        translations = Translations(app)
        for language in ("es", "en"):
            shoot(app, translations, context, language)
        database.dispose()


if __name__ == "__main__":
    main()
