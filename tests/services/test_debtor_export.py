"""The debtor list written to CSV and XLSX: columns, number formats, formula injection and failed writes."""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from vetdesk.domain.debtors import AgreementState, DebtorRow, NextStep, fold
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import debtor_export
from vetdesk.services.debtor_export import export_csv, export_xlsx

HYPERLINK = '=HYPERLINK("http://x","y")'
SPANISH_TITLES = {"Owner": "Propietario", "Total owed": "Total adeudado", "Debtors": "Deudores"}


def spanish(context: str, source: str) -> str:
    """Translate a few titles, to show that the export uses the translator it is given."""
    return SPANISH_TITLES.get(source, source)


def english(context: str, source: str) -> str:
    return source


def debtor(client_id: int, owner: str, total: str = "100.00", **changes) -> DebtorRow:
    pets = changes.pop("pets", "Luna")
    values = dict(
        client_id=client_id, owner=owner, phone="+34612345678", pets=pets,
        total_owed=Money(Decimal(total)), overdue=Money(Decimal(total)), oldest_days=10,
        last_reminder_level=0, last_reminder_on=None, agreement=AgreementState.NONE, promise_lapsed=False,
        signed_terms=False, on_hold=False, in_dispute=False, written_off=Money.zero(), days_since_payment=None,
        next_step=NextStep.SEND_REMINDER, search_text=fold(f"{owner} {pets}"),
    )
    values.update(changes)
    return DebtorRow(**values)


@pytest.fixture
def rows() -> list[DebtorRow]:
    return [
        debtor(1, "Núñez Gil, María", "1234.56", oldest_days=95, last_reminder_level=2,
               last_reminder_on=date(2026, 11, 16), agreement=AgreementState.LATE, promise_lapsed=True,
               on_hold=True, in_dispute=True, written_off=Money(Decimal("80.00")), pets="Luna, Coco"),
        debtor(2, HYPERLINK, "9.00", phone="+447700900123"),
        debtor(3, "Pérez Ortega, Pilar", "0.00", overdue=Money.zero(), oldest_days=0,
               written_off=Money(Decimal("45.50")), next_step=NextStep.WRITTEN_OFF),
    ]


def read_csv(path: Path, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# CSV


def test_csv_has_bom(rows, tmp_path):
    path = export_csv(rows, tmp_path / "deudores.csv", spanish, "es")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_spanish_layout(rows, tmp_path):
    table = read_csv(export_csv(rows, tmp_path / "deudores.csv", spanish, "es"), ";")
    header, first = table[0], table[1]
    assert header[0] == "Propietario"
    assert header[3] == "Total adeudado"
    assert len(header) == len(debtor_export.COLUMNS)
    assert first[0] == "Núñez Gil, María"
    assert first[1] == "612 34 56 78"
    assert first[2] == "Luna, Coco"
    assert first[3] == "1234,56"
    assert first[5] == "95"
    assert first[6] == "2"
    assert first[7] == "16/11/2026"
    assert first[8] == "Late, promise lapsed"
    assert first[10] == "On hold, In dispute"
    assert first[11] == "80,00"


def test_csv_english_layout(rows, tmp_path):
    table = read_csv(export_csv(rows, tmp_path / "debtors.csv", english, "en"), ",")
    assert table[0][0] == "Owner"
    assert table[1][3] == "1234.56"
    assert table[3][11] == "45.50"


def test_csv_keeps_order(rows, tmp_path):
    ordered = [rows[2], rows[0], rows[1]]
    table = read_csv(export_csv(ordered, tmp_path / "deudores.csv", spanish, "es"), ";")
    assert [line[0] for line in table[1:]] == ["Pérez Ortega, Pilar", "Núñez Gil, María", "'" + HYPERLINK]


def test_csv_empty_cells(rows, tmp_path):
    table = read_csv(export_csv(rows, tmp_path / "deudores.csv", spanish, "es"), ";")
    never_reminded = table[3]
    assert never_reminded[6] == "0"
    assert never_reminded[7] == ""
    assert never_reminded[10] == ""


def test_csv_hyperlink_is_text(rows, tmp_path):
    table = read_csv(export_csv(rows, tmp_path / "deudores.csv", spanish, "es"), ";")
    assert table[2][0] == "'" + HYPERLINK


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_formula_starts(start, tmp_path):
    row = debtor(1, f"{start}1+1", pets=f"{start}cmd|' /C calc'!A0")
    table = read_csv(export_csv([row], tmp_path / "deudores.csv", spanish, "es"), ";")
    assert table[1][0] == f"'{start}1+1"
    assert table[1][2] == f"'{start}cmd|' /C calc'!A0"


def test_csv_foreign_phone_quoted(rows, tmp_path):
    # A number outside Spain keeps its "+", which a spreadsheet reads as a formula start.
    table = read_csv(export_csv(rows, tmp_path / "deudores.csv", spanish, "es"), ";")
    assert table[2][1] == "'+447700900123"


def test_csv_quotes_separator_in_text(tmp_path):
    row = debtor(1, "Gil; Ruiz, Ana")
    table = read_csv(export_csv([row], tmp_path / "deudores.csv", spanish, "es"), ";")
    assert table[1][0] == "Gil; Ruiz, Ana"


def test_csv_empty_list_has_header(tmp_path):
    table = read_csv(export_csv([], tmp_path / "deudores.csv", spanish, "es"), ";")
    assert len(table) == 1
    assert table[0][0] == "Propietario"


def test_csv_rejects_unknown_language(rows, tmp_path):
    with pytest.raises(ValueError, match="fr"):
        export_csv(rows, tmp_path / "deudores.csv", spanish, "fr")


# XLSX


def open_sheet(path: Path):
    return openpyxl.load_workbook(path).active


def test_xlsx_header(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    assert sheet.title == "Deudores"
    assert sheet["A1"].value == "Propietario"
    assert sheet["A1"].font.bold
    assert sheet["L1"].font.bold
    assert sheet.freeze_panes == "A2"


def test_xlsx_amounts_are_numbers(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    total = sheet["D2"]
    assert total.data_type == "n"
    assert total.value == pytest.approx(1234.56)
    assert "€" in total.number_format
    assert sheet["L2"].value == pytest.approx(80)
    assert sheet["L4"].value == pytest.approx(45.5)


def test_xlsx_days_are_ints(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    assert sheet["F2"].value == 95
    assert isinstance(sheet["F2"].value, int)
    assert sheet["G2"].value == 2


def test_xlsx_dates_are_dates(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    reminded = sheet["H2"]
    assert isinstance(reminded.value, datetime)
    assert reminded.value.date() == date(2026, 11, 16)
    assert reminded.number_format == "DD/MM/YYYY"
    assert sheet["H3"].value is None


def test_xlsx_text_cells(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    assert sheet["A2"].value == "Núñez Gil, María"
    assert sheet["I2"].value == "Late, promise lapsed"
    assert sheet["J4"].value == "Written off"
    assert sheet["K2"].value == "On hold, In dispute"


def test_xlsx_hyperlink_is_text(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    cell = sheet["A3"]
    assert cell.data_type == "s"
    assert isinstance(cell.value, str)
    assert cell.value.startswith("'=")
    assert cell.value == "'" + HYPERLINK


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_xlsx_neutralises_formula_starts(start, tmp_path):
    sheet = open_sheet(export_xlsx([debtor(1, f"{start}SUM(A1:A9)")], tmp_path / "deudores.xlsx", spanish, "es"))
    assert sheet["A2"].data_type == "s"
    assert sheet["A2"].value == f"'{start}SUM(A1:A9)"


def test_xlsx_drops_control_characters(tmp_path):
    sheet = open_sheet(export_xlsx([debtor(1, "Gil\x00 Ruiz\x1b, Ana")], tmp_path / "deudores.xlsx", spanish, "es"))
    assert sheet["A2"].value == "Gil Ruiz, Ana"


def test_xlsx_column_widths(rows, tmp_path):
    sheet = open_sheet(export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es"))
    assert sheet.column_dimensions["A"].width >= len("Núñez Gil, María")
    assert sheet.column_dimensions["F"].width >= 8
    assert sheet.column_dimensions["A"].width <= 50


def test_xlsx_keeps_order(rows, tmp_path):
    ordered = [rows[1], rows[2], rows[0]]
    sheet = open_sheet(export_xlsx(ordered, tmp_path / "deudores.xlsx", spanish, "es"))
    assert [sheet.cell(row=number, column=1).value for number in (2, 3, 4)] == [
        "'" + HYPERLINK, "Pérez Ortega, Pilar", "Núñez Gil, María"]


# Failed writes


def test_missing_folder(rows, tmp_path):
    target = tmp_path / "no-such-folder" / "deudores.csv"
    with pytest.raises(UserError) as raised:
        export_csv(rows, target, spanish, "es")
    assert str(target) in str(raised.value)
    assert "does not exist" in str(raised.value)
    assert raised.value.field == "path"


def test_target_is_folder(rows, tmp_path):
    folder = tmp_path / "deudores.xlsx"
    folder.mkdir()
    with pytest.raises(UserError) as raised:
        export_xlsx(rows, folder, spanish, "es")
    assert "is a folder" in str(raised.value)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["deudores.xlsx"]


def test_permission_denied(rows, tmp_path, monkeypatch):
    # Tests run as root in CI, where chmod does not stop writing, so the error is simulated
    # where Windows raises it: replacing a file that Excel has open.
    def deny_write(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(debtor_export.os, "replace", deny_write)
    target = tmp_path / "deudores.xlsx"
    with pytest.raises(UserError) as raised:
        export_xlsx(rows, target, spanish, "es")
    assert str(target) in str(raised.value)
    assert "Excel" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_disk_full_keeps_old_file(rows, tmp_path, monkeypatch):
    target = tmp_path / "deudores.xlsx"
    target.write_bytes(b"previous export")

    def fail(self, stream):
        stream.write(b"half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", fail)
    with pytest.raises(UserError) as raised:
        export_xlsx(rows, target, spanish, "es")
    assert "No space left on device" in str(raised.value)
    assert target.read_bytes() == b"previous export"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["deudores.xlsx"]


def test_bug_in_writer_leaves_nothing(rows, tmp_path, monkeypatch):
    def crash(self, stream):
        raise RuntimeError("writer bug")

    monkeypatch.setattr(openpyxl.Workbook, "save", crash)
    with pytest.raises(RuntimeError, match="writer bug"):
        export_xlsx(rows, tmp_path / "deudores.xlsx", spanish, "es")
    assert list(tmp_path.iterdir()) == []


def test_replaces_existing_file(rows, tmp_path):
    target = tmp_path / "deudores.csv"
    target.write_text("old")
    export_csv(rows, target, spanish, "es")
    assert read_csv(target, ";")[0][0] == "Propietario"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["deudores.csv"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_export_private_to_user(rows, tmp_path):
    path = export_csv(rows, tmp_path / "deudores.csv", spanish, "es")
    assert path.stat().st_mode & 0o077 == 0


# Labels


def test_agreement_text_without_lapse():
    assert debtor_export.agreement_text(debtor(1, "Gil, Ana", agreement=AgreementState.GOOD), english) == "On track"


def test_every_state_has_label():
    for state in AgreementState:
        assert debtor_export.agreement_label(state, english)
    for step in NextStep:
        assert debtor_export.next_step_label(step, english)


def test_neutralise_leaves_plain_text():
    assert debtor_export.neutralise("García") == "García"
    assert debtor_export.neutralise("") == ""
