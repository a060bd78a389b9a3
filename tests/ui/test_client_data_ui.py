"""The export and erasure dialogs, and the client pane when two desks edit the same client."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients
from vetdesk.services.clients import ClientDetails
from vetdesk.services.context import ServiceContext
from vetdesk.ui.client_data_dialogs import EraseClientDialog, ExportClientDialog
from vetdesk.ui.client_pane import ClientPane

TODAY = date(2026, 12, 4)


@pytest.fixture
def debtor(context, clinic) -> int:
    client_id = clients.save_client(context, ClientDetails(
        given_name="Begoña", surnames="Núñez Peña", phone="671924865", city="Cádiz")).id
    accounts.record_charge(context, accounts.NewCharge(
        client_id, Money.from_cents(123456), "Cirugía — Toby", TODAY - timedelta(days=30), TODAY - timedelta(days=20)))
    return client_id


# Export


def test_export_dialog_writes_json(qtbot, context, debtor, tmp_path):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    path = dialog.export_to(tmp_path / "datos.json", "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["client"]["surnames"] == "Núñez Peña"
    assert data["ledger"]["entries"][0]["amount"] == "1.234,56"


def test_export_dialog_writes_pdf(qtbot, context, debtor, tmp_path):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exported):
        dialog.export_to(tmp_path / "datos.pdf", "pdf")
    text = PdfReader(str(tmp_path / "datos.pdf")).pages[0].extract_text().replace("\u00a0", " ")
    assert "Begoña Núñez Peña" in text
    assert "Cirugía — Toby" in text


def test_export_dialog_ok_uses_path_field(qtbot, context, debtor, tmp_path):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.json_choice.setChecked(True)
    assert dialog.path.text().endswith(".json")
    dialog.path.setText(str(tmp_path / "elegido.json"))
    dialog.open()
    dialog.ok_button.click()
    assert (tmp_path / "elegido.json").exists()
    assert not dialog.isVisible()


def test_export_dialog_unwritable_path_shown(qtbot, context, debtor, tmp_path):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "no-such-folder" / "datos.pdf"))
    dialog.open()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "could not be written" in dialog.message_bar.text()


def test_export_dialog_empty_path_rejected(qtbot, context, debtor):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.path.setText("  ")
    dialog.open()
    dialog.ok_button.click()
    assert "Choose the file" in dialog.message_bar.text()


def test_export_dialog_unknown_kind_rejected(qtbot, context, debtor, tmp_path):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError):
        dialog.export_to(tmp_path / "datos.xml", "xml")


def test_export_file_chooser_not_blocking(qtbot, context, debtor, tmp_path):
    dialog = ExportClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    chooser = dialog.choose_path()
    assert isinstance(chooser, QFileDialog)
    assert chooser.isVisible()
    chooser.fileSelected.emit(str(tmp_path / "otro.pdf"))
    chooser.reject()
    assert dialog.path.text() == str(tmp_path / "otro.pdf")


# Erasure


def test_erase_needs_typed_name(qtbot, context, debtor):
    dialog = EraseClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.ok_button.isEnabled()
    dialog.confirmation.setText("Begoña Núñez")
    assert not dialog.ok_button.isEnabled()
    dialog.confirmation.setText("  begoña   núñez peña ")
    assert dialog.ok_button.isEnabled()


def test_erase_warns_of_debt(qtbot, context, debtor):
    dialog = EraseClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    assert dialog.balance_warning.isVisibleTo(dialog)
    assert "1.234,56" in dialog.balance_warning.text() or "1,234.56" in dialog.balance_warning.text()


def test_erase_short_reason_shown(qtbot, context, debtor):
    dialog = EraseClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.confirmation.setText("Begoña Núñez Peña")
    dialog.reason.setText("no")
    dialog.ok_button.click()
    assert "too short" in dialog.message_bar.text()
    assert clients.get_client(context, debtor).given_name == "Begoña"


def test_erase_anonymises(qtbot, context, debtor):
    dialog = EraseClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.reason.setText("Lo pidió por escrito")
    dialog.confirmation.setText("Begoña Núñez Peña")
    with qtbot.waitSignal(dialog.erased):
        dialog.ok_button.click()
    assert clients.get_client(context, debtor).given_name == f"Cliente anonimizado {debtor}"


def test_erase_dialog_for_anonymised_client(qtbot, context, debtor):
    from vetdesk.services import client_data

    client_data.anonymise_client(context, debtor, "Solicitud de supresión")
    dialog = EraseClientDialog(context, debtor)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.confirmation.setText(f"Cliente anonimizado {debtor}")
    assert not dialog.ok_button.isEnabled()
    assert "already anonymised" in dialog.message_bar.text()


# Two desks


@pytest.fixture
def two_desks(qtbot, context, database, clock, clinic):
    """The same client open in the panes of two desks on one database."""
    stored = clients.save_client(context, ClientDetails(given_name="Ana", surnames="Ruiz", city="Soria",
                                                        phone="671924865"))
    other_context = ServiceContext(database, actor="Marta (recepción 2)", clock=clock)
    panes = []
    for desk_context in (context, other_context):
        pane = ClientPane(desk_context)
        qtbot.addWidget(pane)
        pane.show()
        pane.show_client(clients.get_client(desk_context, stored.id))
        panes.append(pane)
    return stored.id, panes[0], panes[1]


def test_stale_save_shows_both_versions(two_desks, context):
    client_id, mine, theirs = two_desks
    theirs.inputs["city"].setText("Teruel")
    assert theirs.save()
    mine.inputs["city"].setText("Huesca")
    mine.inputs["email"].setText("ana@ejemplo.es")
    assert not mine.save()
    assert mine.stale_panel.isVisibleTo(mine)
    assert mine.stale_fields == ["email", "city"]
    assert mine.findChild(type(mine.stale_message), "theirs_city").text() == "Teruel"
    assert mine.findChild(type(mine.stale_message), "mine_city").text() == "Huesca"
    assert "another desk" in mine.stale_message.text()
    assert clients.get_client(context, client_id).city == "Teruel"


def test_stale_load_their_version(two_desks):
    client_id, mine, theirs = two_desks
    theirs.inputs["city"].setText("Teruel")
    theirs.save()
    mine.inputs["city"].setText("Huesca")
    mine.save()
    mine.load_theirs_button.click()
    assert mine.inputs["city"].text() == "Teruel"
    assert not mine.stale_panel.isVisibleTo(mine)
    mine.inputs["surnames"].setText("Ruiz Gil")
    assert mine.save()


def test_stale_keep_mine_overwrites(two_desks, context):
    client_id, mine, theirs = two_desks
    theirs.inputs["city"].setText("Teruel")
    theirs.save()
    mine.inputs["city"].setText("Huesca")
    mine.save()
    mine.keep_mine_button.click()
    assert clients.get_client(context, client_id).city == "Huesca"
    assert not mine.stale_panel.isVisibleTo(mine)
    assert "saved" in mine.message_bar.text()


def test_stale_panel_lists_only_differences(two_desks):
    """Phones shown formatted on this desk are not reported as changed."""
    client_id, mine, theirs = two_desks
    theirs.inputs["surnames"].setText("Ruiz Pardo")
    theirs.save()
    mine.inputs["city"].setText("Huesca")
    mine.save()
    assert mine.stale_fields == ["surnames", "city"]


def test_invalid_edit_not_treated_as_stale(two_desks):
    client_id, mine, theirs = two_desks
    mine.inputs["id_number"].setText("12345678A")
    assert not mine.save()
    assert not mine.stale_panel.isVisibleTo(mine)
    assert "12345678A" in mine.message_bar.text()
