"""Regenerate the screenshots of the user guide and the READMEs.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

It generates the demo clinic, with its payment agreements and debt follow-up
examples, into a temporary file with a fixed "today" (4 December 2026), opens
the reception window, the agreement dialog, the debtor search, the dashboard
and the claim decision in Spanish and in English, renders the first page of a
claim dossier, and saves PNGs next to this script.
"""

from __future__ import annotations

import math
import os
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vetdesk.services import accounts, clients  # noqa: E402
from vetdesk.services.accounts import BannerLevel  # noqa: E402
from vetdesk.services.context import ServiceContext  # noqa: E402
from vetdesk.services.demo import add_demo_agreements, add_demo_follow_up, generate_demo_clinic  # noqa: E402
from vetdesk.translation import document_translator  # noqa: E402
from vetdesk.storage.database import Database, sqlite_url  # noqa: E402
from vetdesk.translation import Translations  # noqa: E402
from vetdesk.ui.main_window import MainWindow  # noqa: E402

OUTPUT = Path(__file__).resolve().parent
NOW = datetime(2026, 12, 4, 10, 30, tzinfo=timezone.utc)
NAMES = {
    "es": ("ventana-principal.png", "ventana-principal-aviso.png", "ventana-principal-ambar.png"),
    "en": ("main-window.png", "main-window-banner.png", "main-window-amber.png"),
}
AGREEMENT_NAMES = {
    "es": ("acuerdo-dialogo.png", "acuerdo-firma.png", "acuerdos-pestana.png"),
    "en": ("agreement-dialog.png", "agreement-signing.png", "agreements-pane.png"),
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


def draw_signature(pad) -> None:
    """Sign on the pad with the mouse: a row of loops and an underline."""
    def stroke(points: list[tuple[float, float]]) -> None:
        rect = pad.canvas_rect()
        positions = [QPoint(round(rect.x() + x * rect.width()), round(rect.y() + y * rect.height()))
                     for x, y in points]
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, positions[0])
        for position in positions[1:]:
            QTest.mouseMove(pad, position)
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, positions[-1])

    loops = []
    for step in range(201):
        t = step / 200
        angle = 2 * math.pi * 5 * t
        loops.append((0.12 + 0.6 * (t - 0.048 * math.sin(angle)), 0.45 - 0.2 * math.cos(angle)))
    stroke(loops)
    stroke([(0.1 + 0.7 * step / 30, 0.7 - 0.04 * step / 30) for step in range(31)])


def pick_agreement_clients(context: ServiceContext) -> tuple[int, int]:
    """Return a debtor without an agreement whose debt allows instalments, and a client with a late agreement."""
    from vetdesk.services import agreements
    from vetdesk.storage import models
    from sqlalchemy import select

    with context.database.read() as session:
        agreement_rows = session.scalars(select(models.Agreement)).all()
        client_ids = session.scalars(select(models.Client.id).order_by(models.Client.id)).all()
    late = next(row.client_id for row in agreement_rows
                if agreements.agreement_view(context, row.id).progress.standing.value == "late")
    covered = {row.client_id for row in agreement_rows}
    for client_id in client_ids:
        if client_id in covered:
            continue
        state = accounts.banner_state(context, client_id)
        if state.level is BannerLevel.RED and state.overdue.cents >= 30000:
            return client_id, late
    raise SystemExit("the demo clinic has no debtor owing 300 € or more without an agreement")


def shoot_agreements(app: QApplication, translations: Translations, context: ServiceContext, language: str) -> None:
    translations.install(language)
    debtor_id, late_id = pick_agreement_clients(context)
    terms_name, signing_name, pane_name = AGREEMENT_NAMES[language]

    window = MainWindow(context)
    window.show()
    window.open_client(debtor_id)
    dialog = window.open_agreement_dialog()
    dialog.resize(1100, 760)
    dialog.instalment_count.setValue(6)
    app.processEvents()
    dialog.grab().save(str(OUTPUT / terms_name))
    dialog.go_to_signing()
    app.processEvents()
    draw_signature(dialog.pad)
    app.processEvents()
    dialog.grab().save(str(OUTPUT / signing_name))
    dialog.pad.clear()
    dialog.reject()

    window.open_client(late_id)
    window.lower_tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(OUTPUT / pane_name))
    window.close()


FOLLOW_UP_NAMES = {
    "es": ("deudores.png", "panel-deuda.png", "decision-reclamacion.png", "expediente-reclamacion-p1.png"),
    "en": ("debtors.png", "debt-dashboard.png", "decision-claim.png", "claim-dossier-p1.png"),
}


def shoot_follow_up(app: QApplication, translations: Translations, context: ServiceContext, language: str) -> None:
    """Shoot the debtor search, the dashboard, the claim panel and the first page of a claim dossier."""
    import pypdfium2

    from vetdesk.domain.debtors import NextStep
    from vetdesk.services import debtors, decisions

    translations.install(language)
    debtors_name, dashboard_name, decision_name, dossier_name = FOLLOW_UP_NAMES[language]
    window = MainWindow(context)
    window.show()
    followup = window.open_followup_window()
    followup.resize(1280, 800)
    app.processEvents()
    followup.grab().save(str(OUTPUT / debtors_name))
    followup.show_dashboard()
    app.processEvents()
    followup.grab().save(str(OUTPUT / dashboard_name))

    ready = next(row.client_id for row in debtors.load_debtors(context).rows
                 if row.next_step is NextStep.READY_FOR_CLAIM)
    dialog = window.open_decision_dialog(ready)
    dialog.resize(900, 700)
    dialog.show_claim()
    app.processEvents()
    dialog.grab().save(str(OUTPUT / decision_name))
    dialog.reject()

    pdf = decisions.preview_claim(context, ready, language, document_translator(language))
    page = pypdfium2.PdfDocument(pdf)[0]
    page.render(scale=100 / 72).to_pil().save(str(OUTPUT / dossier_name))
    followup.close()
    window.close()


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as directory:
        database = Database(sqlite_url(Path(directory) / "demo.sqlite3"))
        generate_demo_clinic(database, clients=500, today=date(2026, 12, 4))
        add_demo_agreements(database, document_translator("es"), now=NOW)
        add_demo_follow_up(database, now=NOW)
        context = ServiceContext(database, actor="Lucía", clock=lambda: NOW)
        translations = Translations(app)
        for language in ("es", "en"):
            shoot(app, translations, context, language)
            shoot_agreements(app, translations, context, language)
            shoot_follow_up(app, translations, context, language)
        database.dispose()


if __name__ == "__main__":
    main()
