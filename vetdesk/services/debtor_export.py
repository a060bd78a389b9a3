"""Write the debtor list to CSV or XLSX for a spreadsheet, and name its states for screen, print and files.

Every text cell that a spreadsheet could run as a formula is neutralised, as
the OWASP "CSV Injection" page advises: a cell starting with "=", "+", "-",
"@", a tab or a carriage return gets a leading single quote. A file is written
to a temporary file in the target folder and then moved over the target, so a
failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO

from vetdesk.domain.debtors import AgingBucket, AgreementState, DebtorRow, NextStep
from vetdesk.domain.formatting import format_date, language_code
from vetdesk.domain.identity import format_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, Translator, UserError, UserMessage
from vetdesk.domain.money import Money

# Starts of a cell that Excel, LibreOffice or Google Sheets may read as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters that XML 1.0 forbids, and openpyxl rejects, in a cell (the same set as openpyxl's ILLEGAL_CHARACTERS_RE).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel shows this as "1.234,56 €" under a Spanish locale and "1,234.56 €" under an English one.
EURO_FORMAT = '#,##0.00 "€"'
XLSX_DATE_FORMAT = "DD/MM/YYYY"
_MIN_WIDTH = 8
_MAX_WIDTH = 50

AGREEMENT_LABELS = {
    AgreementState.NONE: QT_TRANSLATE_NOOP("DebtorLabels", "No agreement"),
    AgreementState.GOOD: QT_TRANSLATE_NOOP("DebtorLabels", "On track"),
    AgreementState.LATE: QT_TRANSLATE_NOOP("DebtorLabels", "Late"),
    AgreementState.BROKEN: QT_TRANSLATE_NOOP("DebtorLabels", "Broken"),
}
NEXT_STEP_LABELS = {
    NextStep.WAIT_HOLD: QT_TRANSLATE_NOOP("DebtorLabels", "Wait (on hold)"),
    NextStep.FOLLOW_AGREEMENT: QT_TRANSLATE_NOOP("DebtorLabels", "Follow the agreement"),
    NextStep.CALL_ABOUT_AGREEMENT: QT_TRANSLATE_NOOP("DebtorLabels", "Call the client"),
    NextStep.WAIT_DUE: QT_TRANSLATE_NOOP("DebtorLabels", "Wait until due"),
    NextStep.SEND_REMINDER: QT_TRANSLATE_NOOP("DebtorLabels", "Send a reminder"),
    NextStep.DECIDE: QT_TRANSLATE_NOOP("DebtorLabels", "Decide"),
    NextStep.READY_FOR_CLAIM: QT_TRANSLATE_NOOP("DebtorLabels", "Ready for a claim"),
    NextStep.CLAIMED: QT_TRANSLATE_NOOP("DebtorLabels", "Claimed in court"),
    NextStep.WRITTEN_OFF: QT_TRANSLATE_NOOP("DebtorLabels", "Written off"),
}
BUCKET_LABELS = {
    AgingBucket.NOT_OVERDUE: QT_TRANSLATE_NOOP("DebtorLabels", "Not overdue"),
    AgingBucket.DAYS_1_30: QT_TRANSLATE_NOOP("DebtorLabels", "1–30 days"),
    AgingBucket.DAYS_31_60: QT_TRANSLATE_NOOP("DebtorLabels", "31–60 days"),
    AgingBucket.DAYS_61_90: QT_TRANSLATE_NOOP("DebtorLabels", "61–90 days"),
    AgingBucket.OVER_90: QT_TRANSLATE_NOOP("DebtorLabels", "Over 90 days"),
}


def agreement_label(state: AgreementState, translate: Translator) -> str:
    return translate("DebtorLabels", AGREEMENT_LABELS[AgreementState(state)])


def agreement_text(row: DebtorRow, translate: Translator) -> str:
    """Name the row's agreement state, and add that a promise to pay lapsed when one did."""
    label = agreement_label(row.agreement, translate)
    if not row.promise_lapsed:
        return label
    text = translate("DebtorLabels", QT_TRANSLATE_NOOP("DebtorLabels", "{agreement}, promise lapsed"))
    return text.format(agreement=label)


def next_step_label(step: NextStep, translate: Translator) -> str:
    return translate("DebtorLabels", NEXT_STEP_LABELS[NextStep(step)])


def bucket_label(bucket: AgingBucket, translate: Translator) -> str:
    return translate("DebtorLabels", BUCKET_LABELS[AgingBucket(bucket)])


def hold_text(row: DebtorRow, translate: Translator) -> str:
    """Return "On hold", "In dispute", both, or "" when reminders for the client are not paused."""
    parts = []
    if row.on_hold:
        parts.append(translate("DebtorLabels", QT_TRANSLATE_NOOP("DebtorLabels", "On hold")))
    if row.in_dispute:
        parts.append(translate("DebtorLabels", QT_TRANSLATE_NOOP("DebtorLabels", "In dispute")))
    return ", ".join(parts)


def neutralise(text: str) -> str:
    """Prefix ``text`` with a single quote when a spreadsheet could run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# Columns of both formats: the translated title, and how to read the cell from a row.
COLUMNS: tuple[tuple[str, Callable[[DebtorRow, Translator], object]], ...] = (
    (QT_TRANSLATE_NOOP("DebtorExport", "Owner"), lambda row, tr: row.owner),
    (QT_TRANSLATE_NOOP("DebtorExport", "Phone"), lambda row, tr: format_phone(row.phone) if row.phone else ""),
    (QT_TRANSLATE_NOOP("DebtorExport", "Pets"), lambda row, tr: row.pets),
    (QT_TRANSLATE_NOOP("DebtorExport", "Total owed"), lambda row, tr: row.total_owed),
    (QT_TRANSLATE_NOOP("DebtorExport", "Overdue"), lambda row, tr: row.overdue),
    (QT_TRANSLATE_NOOP("DebtorExport", "Oldest overdue (days)"), lambda row, tr: row.oldest_days),
    (QT_TRANSLATE_NOOP("DebtorExport", "Last reminder level"), lambda row, tr: row.last_reminder_level),
    (QT_TRANSLATE_NOOP("DebtorExport", "Last reminder date"), lambda row, tr: row.last_reminder_on),
    (QT_TRANSLATE_NOOP("DebtorExport", "Agreement"), agreement_text),
    (QT_TRANSLATE_NOOP("DebtorExport", "Next step"), lambda row, tr: next_step_label(row.next_step, tr)),
    (QT_TRANSLATE_NOOP("DebtorExport", "On hold or dispute"), hold_text),
    (QT_TRANSLATE_NOOP("DebtorExport", "Written off"), lambda row, tr: row.written_off),
)


def header(translate: Translator) -> list[str]:
    return [translate("DebtorExport", title) for title, _value in COLUMNS]


def cells(row: DebtorRow, translate: Translator) -> list[object]:
    """Return the row's cells as Money, int, date, None or str, in the order of COLUMNS."""
    return [value(row, translate) for _title, value in COLUMNS]


# CSV

def export_csv(rows: Sequence[DebtorRow], path: Path | str, translate: Translator, language: str) -> Path:
    """Write ``rows`` in their order as CSV for Excel and return the path. Raises UserError if writing fails.

    The file is UTF-8 with a byte order mark, which Excel needs to read accents.
    Spanish files use ";" between cells and a decimal comma ("1234,56"), as
    Spanish Excel expects; English files use "," and a decimal point. Amounts
    carry no thousands separator and no euro sign, so Excel reads them as numbers.
    """
    spanish = language_code(language) == "es"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if spanish else ",", lineterminator="\r\n")
    writer.writerow([neutralise(title) for title in header(translate)])
    for row in rows:
        writer.writerow([_csv_cell(value, spanish) for value in cells(row, translate)])
    data = buffer.getvalue().encode("utf-8-sig")
    return _write_replacing(Path(path), lambda stream: stream.write(data))


def _csv_cell(value: object, spanish: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, Money):
        plain = f"{value.amount:.2f}"
        return plain.replace(".", ",") if spanish else plain
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


# XLSX

def export_xlsx(rows: Sequence[DebtorRow], path: Path | str, translate: Translator, language: str) -> Path:
    """Write ``rows`` in their order as an Excel workbook and return the path. Raises UserError if writing fails.

    Amounts are numeric cells in euros, days and levels are integers and dates
    are date cells, so the clinic can sort and add them up in Excel. Text
    cells are always string cells, never formulas.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    language_code(language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate("DebtorExport", QT_TRANSLATE_NOOP("DebtorExport", "Debtors"))[:31]
    titles = header(translate)
    widths = [len(title) for title in titles]
    bold = Font(bold=True)
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=1, column=column)
        _set_text(cell, title)
        cell.font = bold

    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(cells(row, translate), start=1):
            cell = sheet.cell(row=row_number, column=column)
            cell_text = _set_xlsx_value(cell, value)
            widths[column - 1] = max(widths[column - 1], len(cell_text))

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return _write_replacing(Path(path), workbook.save)


def _set_xlsx_value(cell, value: object) -> str:
    """Store ``value`` in ``cell`` with its type and format; return it as text, to size the column."""
    if value is None:
        return ""
    if isinstance(value, Money):
        cell.value = value.amount
        cell.number_format = EURO_FORMAT
        return f"{value.amount:,.2f} €"
    if isinstance(value, date):
        cell.value = value
        cell.number_format = XLSX_DATE_FORMAT
        return "00/00/0000"
    if isinstance(value, int | Decimal):
        cell.value = value
        return str(value)
    return _set_text(cell, str(value))


def _set_text(cell, text: str) -> str:
    """Store ``text`` as a string cell, so that openpyxl never writes it as a formula."""
    safe = neutralise(_XML_ILLEGAL.sub("", text))
    cell.value = safe
    # openpyxl makes a value starting with "=" a formula; the quote above already prevents that,
    # and setting the type makes it explicit.
    cell.data_type = "s"
    return safe


# Writing the file

def _write_replacing(target: Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Write a temporary file next to ``target`` with ``write``, then move it over ``target``.

    The temporary file is created with mode 0600, and the export keeps that mode,
    because it contains clients' debts. Raises UserError naming ``target`` when the
    folder is missing, writing is not permitted or the disk fails, and removes the
    temporary file first.
    """
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise _write_error(target, error) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            write(stream)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _write_error(target, error) from None
        raise
    return target


def _write_error(target: Path, error: OSError) -> UserError:
    if isinstance(error, FileNotFoundError):
        message = UserMessage("DebtorExport", QT_TRANSLATE_NOOP(
            "DebtorExport", "The folder {folder} does not exist, so {path} was not saved. Choose an existing folder."),
            {"folder": str(target.parent), "path": str(target)})
    elif isinstance(error, IsADirectoryError):
        message = UserMessage("DebtorExport", QT_TRANSLATE_NOOP(
            "DebtorExport", "{path} is a folder, so the list was not saved. Type a file name, such as debtors.xlsx."),
            {"path": str(target)})
    elif isinstance(error, PermissionError):
        message = UserMessage("DebtorExport", QT_TRANSLATE_NOOP(
            "DebtorExport", "VetDesk has no permission to write {path}. Close the file if another program, such as "
                            "Excel, has it open, or choose a folder you can write to, such as Documents."),
            {"path": str(target)})
    else:
        message = UserMessage("DebtorExport", QT_TRANSLATE_NOOP(
            "DebtorExport", "Saving {path} failed: {reason}. Check that the disk has free space, or choose "
                            "another folder."),
            {"path": str(target), "reason": error.strerror or str(error)})
    return UserError(message, field="path")
