"""The demo clinic at the desk: a debtor found by a pet's name shows the red banner."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from vetdesk.domain.identity import search_key
from vetdesk.services import accounts, clients
from vetdesk.services.accounts import BannerLevel
from vetdesk.services.demo import generate_demo_clinic
from vetdesk.storage import models
from vetdesk.ui.main_window import MainWindow


@pytest.fixture
def demo_context(context):
    generate_demo_clinic(context.database, clients=500, today=date(2026, 12, 4))
    return context


def find_debtor_with_pet(context) -> tuple[int, str]:
    with context.database.read() as session:
        rows = session.execute(
            select(models.PetOwner.client_id, models.Pet.name)
            .join(models.Pet, models.Pet.id == models.PetOwner.pet_id)
            .where(models.PetOwner.responsible)
            .order_by(models.PetOwner.client_id)
        ).all()
    for client_id, pet_name in rows:
        if accounts.banner_state(context, client_id).level is BannerLevel.RED:
            return client_id, pet_name
    raise AssertionError("the demo clinic has no debtor with a pet")


def test_demo_debtor_found_by_pet_name(qtbot, demo_context):
    debtor_id, pet_name = find_debtor_with_pet(demo_context)
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    qtbot.keyClicks(window.search_panel.search_box, pet_name)
    window.search_panel.run_search()
    model = window.search_panel.model
    rows = [row for row in range(model.rowCount()) if model.result(row).client_id == debtor_id]
    assert rows, f"searching {pet_name!r} did not list the debtor"
    window.search_panel.view.selectRow(rows[0])
    window.search_panel.view.setFocus()
    qtbot.keyClick(window.search_panel.view, Qt.Key.Key_Return)

    assert window.client_id == debtor_id
    assert window.banner.isVisible()
    assert window.banner.state.level is BannerLevel.RED
    assert window.panes_locked
    overdue = accounts.account_view(demo_context, debtor_id).status.overdue
    assert window.banner.state.overdue == overdue
    assert model.index(rows[0], 0).data().startswith("⚠")


def test_demo_search_ignores_accents(demo_context):
    names = [result.name for result in clients.search(demo_context, "nunez")]
    assert any("Núñez" in name for name in names)
    assert all("nunez" in search_key(name) for name in names)
