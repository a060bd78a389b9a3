"""The import dialog driven as a receptionist would: load, check, choose columns, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from vetdesk.services import clients, importing
from vetdesk.storage import models
from vetdesk.ui.import_dialog import ImportDialog

# Line 3 has a NIE with a wrong check letter, line 5 a birth date with month 13.
EXPORT = (
    "codigo;propietario;dni;telefono;correo;mascota;especie;fecha_nacimiento;deuda\n"
    "1;Núñez Peña, Carmen;43464097P;671924865;carmen@ejemplo.es;Luna;perro;04/02/2015;120,00\n"
    "2;Llull Cañizares, Pablo;X1234567A;676665755;;Thor;perro;23/09/2013;\n"
    "3;Belmonte Giménez, Sofía;05032582K;632301241;sofia@ejemplo.es;Pipa;hurón;21/04/2013;-15,00\n"
    "3;Belmonte Giménez, Sofía;05032582K;632301241;sofia@ejemplo.es;Max;perro;2011-13-19;\n"
)


def client_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.Client))


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot, context):
    widget = ImportDialog(context)
    qtbot.addWidget(widget)
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dialog_starts_without_file(dialog):
    assert dialog.objectName() == "importDialog"
    assert not dialog.check_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping_table.rowCount() == len(importing.FIELDS)


def test_dialog_loads_file_with_guess(dialog, export):
    assert dialog.load_file(export)
    assert dialog.combos["id_number"].currentData() == 2
    assert dialog.combos["full_name"].currentData() == 1
    assert dialog.combos["notes"].currentData() is None
    assert dialog.preview_table.rowCount() == 4
    assert dialog.preview_table.verticalHeaderItem(0).text() == "2"
    assert dialog.preview_table.item(0, 1).text() == "Núñez Peña, Carmen"
    assert "guessed" in dialog.message_bar.text()
    assert dialog.check_button.isEnabled()


def test_check_lists_rejected_lines(qtbot, dialog, export, context):
    dialog.load_file(export)
    click(qtbot, dialog.check_button)
    items = [dialog.rejected_list.item(row) for row in range(dialog.rejected_list.count())]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in items] == [3, 5]
    assert "X1234567A" in items[0].text()
    assert "2011-13-19" in items[1].text()
    assert "2 rows are rejected" in dialog.message_bar.text()
    assert "2 clients" in dialog.summary_label.text()
    assert client_count(context) == 0


def test_import_with_rejects_stores_nothing(qtbot, dialog, export, context):
    dialog.load_file(export)
    with qtbot.assertNotEmitted(dialog.imported):
        click(qtbot, dialog.import_button)
    assert "nothing was stored" in dialog.message_bar.text()
    assert dialog.rejected_list.count() == 2
    assert client_count(context) == 0


def test_import_valid_rows_emits_count(qtbot, dialog, export, context):
    dialog.load_file(export)
    click(qtbot, dialog.check_button)
    dialog.valid_only_check.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=5000) as blocker:
        click(qtbot, dialog.import_button)
    assert blocker.args == [2]
    assert "2 clients, 2 pets" in dialog.message_bar.text()
    assert not dialog.import_button.isEnabled()
    assert client_count(context) == 2
    [hit] = clients.search(context, "sofia")
    assert hit.pets == ("Pipa",)


def test_changed_column_remembered(qtbot, dialog, export, context, tmp_path):
    dialog.load_file(export)
    dialog.set_column("email", None)
    dialog.valid_only_check.setChecked(True)
    click(qtbot, dialog.import_button)
    assert dialog.result is not None

    second = ImportDialog(context)
    qtbot.addWidget(second)
    again = tmp_path / "again.csv"
    again.write_text(EXPORT.splitlines()[0] + "\n9;Ruiz, Eva;;600111222;eva@ejemplo.es;Toby;perro;;\n",
                     encoding="utf-8")
    assert second.load_file(again)
    assert second.combos["email"].currentData() is None
    assert second.combos["id_number"].currentData() == 2
    assert "last import of a file with these headers" in second.message_bar.text()


def test_mapping_change_clears_check(qtbot, dialog, export):
    dialog.load_file(export)
    click(qtbot, dialog.check_button)
    dialog.set_column("birth_date", None)
    assert dialog.rejected_list.count() == 0
    assert "Check the file again" in dialog.summary_label.text()
    click(qtbot, dialog.check_button)
    assert dialog.rejected_list.count() == 1


def test_unusable_mapping_shown_in_bar(qtbot, dialog, export):
    dialog.load_file(export)
    dialog.set_column("full_name", None)
    click(qtbot, dialog.check_button)
    assert "client's name" in dialog.message_bar.text()
    assert dialog.plan is None


def test_bad_file_shown_in_bar(dialog, export, tmp_path):
    dialog.load_file(export)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not dialog.load_file(empty)
    assert "empty.csv is empty" in dialog.message_bar.text()
    assert not dialog.check_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    assert dialog.combos["full_name"].count() == 1


def test_corrected_file_keeps_mapping(dialog, export, tmp_path):
    dialog.load_file(export)
    dialog.set_column("phone", None)
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(EXPORT.replace("X1234567A", "X1234567L"), encoding="utf-8")
    assert dialog.load_file(fixed)
    assert dialog.combos["phone"].currentData() is None
    assert dialog.combos["id_number"].currentData() == 2


def test_decimal_style_choice_used(qtbot, dialog, export):
    dialog.load_file(export)
    dialog.decimal_combo.setCurrentIndex(dialog.decimal_combo.findData("point"))
    plan = dialog.check_file()
    assert 2 in [row.line for row in plan.rejected]
    assert any("120,00" in dialog.rejected_list.item(row).text() for row in range(dialog.rejected_list.count()))


def test_file_chooser_does_not_block(qtbot, dialog, export):
    chooser = dialog.choose_file()
    assert isinstance(chooser, QFileDialog)
    assert chooser.isVisible()
    chooser.fileSelected.emit(str(export))
    chooser.close()
    assert dialog.file_path.text() == str(export)
