"""Dialogs for clients' data rights: export a client's data, and erase a client's identity.

Both are opened with ``open()``; the file chooser is opened the same way, so
nothing blocks and tests can call ``export_to`` and ``submit`` directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.lazy import lazy_import
from vetdesk.translation import translate
from vetdesk.ui.common import current_language, money_text
from vetdesk.ui.entry_dialogs import EntryDialog

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext

client_data = lazy_import("vetdesk.services.client_data")

JSON = "json"
PDF = "pdf"


def _same_name(typed: str, expected: str) -> bool:
    return " ".join(typed.split()).casefold() == " ".join(expected.split()).casefold()


class ExportClientDialog(EntryDialog):
    """Exports everything stored about one client to a JSON or PDF file chosen by the user."""

    exported = Signal(str)

    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, self.tr("Export the client's data"), parent)
        self.setObjectName("exportClientDialog")
        self.file_dialog: QFileDialog | None = None

        self.pdf_choice = QRadioButton(self.tr("Readable document (PDF)"))
        self.pdf_choice.setObjectName("exportPdf")
        self.json_choice = QRadioButton(self.tr("Data file for another program (JSON)"))
        self.json_choice.setObjectName("exportJson")
        self.pdf_choice.setChecked(True)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.pdf_choice)
        self.kinds.addButton(self.json_choice)
        self.kinds.buttonToggled.connect(self._kind_changed)

        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setText(str(Path.home() / self._default_name(PDF)))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("exportChoosePath")
        choose.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)

        note = QLabel(self.tr("The file contains personal data. Hand it only to the client, "
                              "and delete copies you do not need."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Format"), self.pdf_choice)
        self.form.addRow("", self.json_choice)
        self.form.addRow(self.tr("File"), path_row)
        self.form.addRow(note)

    @property
    def kind(self) -> str:
        return JSON if self.json_choice.isChecked() else PDF

    def _default_name(self, kind: str) -> str:
        return self.tr("client-{id}-data.{extension}").format(id=self.client_id, extension=kind)

    def _kind_changed(self) -> None:
        current = Path(self.path.text().strip() or self._default_name(self.kind))
        self.path.setText(str(current.with_suffix(f".{self.kind}")))

    def choose_path(self) -> QFileDialog:
        """Open a non-blocking save dialog; the chosen file fills the path field."""
        name_filter = self.tr("PDF documents (*.pdf)") if self.kind == PDF else self.tr("JSON files (*.json)")
        dialog = QFileDialog(self, self.tr("Save the client's data as"), self.path.text(), name_filter)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(self.kind)
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path | str, kind: str) -> Path:
        """Write the client's data to ``path`` as ``kind`` ("json" or "pdf") and return the path."""
        if kind not in (JSON, PDF):
            raise ValueError(f"Export kind {kind!r} is not supported. Use 'json' or 'pdf'.")
        target = Path(path)
        data = client_data.export_client_data(self._context, self.client_id)
        try:
            if kind == JSON:
                client_data.write_export_json(data, target)
            else:
                client_data.write_export_pdf(data, target, translate, current_language())
        except OSError as error:
            raise UserError(UserMessage("ExportClientDialog", QT_TRANSLATE_NOOP(
                "ExportClientDialog", "The file {path} could not be written: {reason}. Choose another folder."),
                {"path": str(target), "reason": error.strerror or str(error)}), field="path") from None
        self.exported.emit(str(target))
        return target

    def submit(self) -> None:
        text = self.path.text().strip()
        if not text:
            raise UserError(UserMessage("ExportClientDialog", QT_TRANSLATE_NOOP(
                "ExportClientDialog", "Choose the file to save the data in.")), field="path")
        self.export_to(Path(text).expanduser(), self.kind)


class EraseClientDialog(EntryDialog):
    """Anonymises a client at their request after a written reason and the client's name typed again."""

    erased = Signal(int)

    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, self.tr("Erase the client's personal data"), parent)
        self.setObjectName("eraseClientDialog")
        self.preview = client_data.erasure_preview(context, client_id)

        explanation = QLabel(self.tr(
            "The name, DNI/NIE, phones, email, address, notes and consents of {name} will be erased "
            "and cannot be recovered. The {count} account entries stay, as accounting law requires, "
            "and so do the pets.").format(name=self.preview.full_name, count=self.preview.entry_count))
        explanation.setObjectName("eraseExplanation")
        explanation.setWordWrap(True)
        self.form.addRow(explanation)

        self.balance_warning = QLabel(self.tr(
            "{name} still owes {amount}. The debt stays on the anonymised account, "
            "but reminders stop and the client can no longer be found by name.").format(
            name=self.preview.full_name, amount=money_text(self.preview.balance)))
        self.balance_warning.setObjectName("eraseBalanceWarning")
        self.balance_warning.setWordWrap(True)
        self.balance_warning.setStyleSheet("color: #8c1d18; font-weight: bold;")
        self.balance_warning.setVisible(self.preview.balance.is_positive)
        self.form.addRow(self.balance_warning)

        self.reason = QLineEdit()
        self.reason.setObjectName("eraseReason")
        self.reason.setPlaceholderText(self.tr("For example: asked in writing on 3/12/2026"))
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("eraseConfirmation")
        self.confirmation.setPlaceholderText(self.preview.full_name)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Type the client's name to confirm"), self.confirmation)

        self.ok_button.setText(self.tr("Erase personal data"))
        self.confirmation.textChanged.connect(self._update_ok)
        self._update_ok()
        if self.preview.already_anonymised:
            self.message_bar.show_error(self.tr("This client was already anonymised."))
            self.reason.setEnabled(False)
            self.confirmation.setEnabled(False)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            not self.preview.already_anonymised
            and _same_name(self.confirmation.text(), self.preview.full_name))

    def submit(self) -> None:
        if not _same_name(self.confirmation.text(), self.preview.full_name):
            raise UserError(UserMessage("EraseClientDialog", QT_TRANSLATE_NOOP(
                "EraseClientDialog", "The name typed does not match {name}. Type the client's name exactly."),
                {"name": self.preview.full_name}), field="confirmation")
        client_data.anonymise_client(self._context, self.client_id, self.reason.text())
        self.erased.emit(self.client_id)
