"""The client pane: a client's details, editable and validated on save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.identity import format_phone
from vetdesk.domain.messages import UserError, ValidationErrors
from typing import TYPE_CHECKING

from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, error_text

if TYPE_CHECKING:
    from vetdesk.services.clients import ClientDetails
    from vetdesk.services.context import ServiceContext

clients = lazy_import("vetdesk.services.clients")

_TEXT_FIELDS = ("given_name", "surnames", "id_number", "phone", "phone2", "email",
                "address_line", "postal_code", "city", "province")
_CHECK_FIELDS = ("consent_email", "consent_sms", "consent_post", "no_reminders")


class ClientPane(QGroupBox):
    """Shows and edits one client. Errors appear in the pane's message bar, field by field."""

    saved = Signal(int)

    def __init__(self, context: ServiceContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPane")
        self.setTitle(self.tr("Client"))
        self._context = context
        self._details: ClientDetails | None = None

        labels = {
            "given_name": self.tr("Given name"),
            "surnames": self.tr("Surnames"),
            "id_number": self.tr("DNI/NIE"),
            "phone": self.tr("Phone"),
            "phone2": self.tr("Other phone"),
            "email": self.tr("Email"),
            "address_line": self.tr("Address"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("Town"),
            "province": self.tr("Province"),
        }
        self.inputs: dict[str, QLineEdit] = {}
        left = QFormLayout()
        right = QFormLayout()
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"client_{name}")
            self.inputs[name] = edit
            column = left if _TEXT_FIELDS.index(name) < 6 else right
            column.addRow(labels[name], edit)

        check_labels = {
            "consent_email": self.tr("Accepts email"),
            "consent_sms": self.tr("Accepts text messages"),
            "consent_post": self.tr("Accepts letters"),
            "no_reminders": self.tr("No payment reminders"),
        }
        self.checks: dict[str, QCheckBox] = {}
        consent_row = QGridLayout()
        for position, name in enumerate(_CHECK_FIELDS):
            box = QCheckBox(check_labels[name])
            box.setObjectName(f"client_{name}")
            self.checks[name] = box
            consent_row.addWidget(box, position // 2, position % 2)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("client_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(48)
        right.addRow(self.tr("Notes"), self.notes)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        consent_form = QFormLayout()
        consent_form.addRow(self.tr("Consent"), consent_row)

        self.message_bar = MessageBar(self)
        self.save_button = QPushButton(self.tr("Save client (Ctrl+S)"))
        self.save_button.setObjectName("saveClientButton")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(columns)
        layout.addLayout(consent_form)
        layout.addLayout(buttons)

    def set_context(self, context: ServiceContext) -> None:
        self._context = context

    @property
    def client_id(self) -> int | None:
        return self._details.id if self._details else None

    def show_client(self, details: ClientDetails) -> None:
        self._details = details
        self.message_bar.clear()
        for name, edit in self.inputs.items():
            value = getattr(details, name)
            if name in ("phone", "phone2") and value:
                value = format_phone(value)
            edit.setText(value)
            edit.setStyleSheet("")
        for name, box in self.checks.items():
            box.setChecked(getattr(details, name))
        self.notes.setPlainText(details.notes)

    def start_new_client(self) -> None:
        self.show_client(clients.ClientDetails(given_name=""))
        self.inputs["given_name"].setFocus()

    def current_values(self) -> ClientDetails:
        base = self._details or clients.ClientDetails(given_name="")
        values = {name: edit.text() for name, edit in self.inputs.items()}
        values.update({name: box.isChecked() for name, box in self.checks.items()})
        return replace(base, notes=self.notes.toPlainText(), **values)

    def save(self) -> bool:
        for edit in self.inputs.values():
            edit.setStyleSheet("")
        try:
            stored = clients.save_client(self._context, self.current_values())
        except UserError as error:
            self._show_errors(error)
            return False
        self.show_client(stored)
        self.message_bar.show_info(self.tr("Client saved."))
        self.saved.emit(stored.id)
        return True

    def _show_errors(self, error: UserError) -> None:
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        first_field = None
        for item in errors:
            edit = self.inputs.get(item.field or "")
            if edit is not None:
                edit.setStyleSheet("border: 2px solid #d93025;")
                first_field = first_field or edit
        self.message_bar.show_error("\n".join(error_text(item) for item in errors))
        if first_field is not None:
            first_field.setFocus()
