"""The client pane: a client's details, editable and validated on save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
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
        self._labels = {**labels, **check_labels, "notes": self.tr("Notes")}
        self._theirs: ClientDetails | None = None
        self._stale_fields: list[str] = []
        self._build_stale_panel()
        self.save_button = QPushButton(self.tr("Save client (Ctrl+S)"))
        self.save_button.setObjectName("saveClientButton")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.stale_panel)
        layout.addLayout(columns)
        layout.addLayout(consent_form)
        layout.addLayout(buttons)

    def _build_stale_panel(self) -> None:
        """Build the hidden panel that compares this desk's edit with another desk's newer save."""
        self.stale_panel = QFrame(self)
        self.stale_panel.setObjectName("staleEditPanel")
        self.stale_panel.setStyleSheet("#staleEditPanel { background: #fef7e0; border: 1px solid #f9ab00; "
                                       "border-radius: 4px; }")
        self.stale_message = QLabel()
        self.stale_message.setObjectName("staleEditMessage")
        self.stale_message.setWordWrap(True)
        self.stale_grid = QGridLayout()
        self.load_theirs_button = QPushButton(self.tr("Load their version"))
        self.load_theirs_button.setObjectName("loadTheirVersionButton")
        self.load_theirs_button.clicked.connect(self.load_their_version)
        self.keep_mine_button = QPushButton(self.tr("Keep mine and save again"))
        self.keep_mine_button.setObjectName("keepMineButton")
        self.keep_mine_button.clicked.connect(self.keep_mine_and_save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.load_theirs_button)
        buttons.addWidget(self.keep_mine_button)
        layout = QVBoxLayout(self.stale_panel)
        layout.addWidget(self.stale_message)
        layout.addLayout(self.stale_grid)
        layout.addLayout(buttons)
        self.stale_panel.hide()

    def set_context(self, context: ServiceContext) -> None:
        self._context = context

    @property
    def client_id(self) -> int | None:
        return self._details.id if self._details else None

    def show_client(self, details: ClientDetails) -> None:
        self._details = details
        self.message_bar.clear()
        self._hide_stale_panel()
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
        return self._save_values(self.current_values())

    def _save_values(self, values: ClientDetails) -> bool:
        try:
            stored = clients.save_client(self._context, values)
        except clients.StaleEdit as error:
            self._show_stale(error.client_id, values)
            return False
        except UserError as error:
            self._show_errors(error)
            return False
        self.show_client(stored)
        self.message_bar.show_info(self.tr("Client saved."))
        self.saved.emit(stored.id)
        return True

    # Another desk saved the same client first

    def differing_fields(self, mine: ClientDetails, theirs: ClientDetails) -> list[str]:
        """Return the names of the fields whose values differ, in the order of the form."""
        try:
            mine = clients.validate_client(mine)
        except UserError:
            pass
        names = [*_TEXT_FIELDS, "notes", *_CHECK_FIELDS]
        return [name for name in names if getattr(mine, name) != getattr(theirs, name)]

    def _display_value(self, name: str, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name in ("phone", "phone2") and value:
            return format_phone(str(value))
        return str(value) if value else self.tr("(empty)")

    def _show_stale(self, client_id: int, mine: ClientDetails) -> None:
        """Show the other desk's stored values next to this desk's for each field that differs."""
        try:
            theirs = clients.get_client(self._context, client_id)
        except UserError as error:
            self._show_errors(error)
            return
        self._theirs = theirs
        self.message_bar.clear()

        while self.stale_grid.count():
            item = self.stale_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        differing = self.differing_fields(mine, theirs)
        self._stale_fields = differing

        self.stale_message.setText(self.tr(
            "{name} was changed at another desk while you were editing, so nothing was saved. "
            "Compare the versions and choose one.").format(name=theirs.full_name))
        for column, text in enumerate(("", self.tr("Their version"), self.tr("Yours"))):
            header = QLabel(f"<b>{text}</b>")
            self.stale_grid.addWidget(header, 0, column)

        for row, name in enumerate(differing, start=1):
            their_label = QLabel(self._display_value(name, getattr(theirs, name)))
            their_label.setObjectName(f"theirs_{name}")
            my_label = QLabel(self._display_value(name, getattr(mine, name)))
            my_label.setObjectName(f"mine_{name}")
            for label in (their_label, my_label):
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
            self.stale_grid.addWidget(QLabel(self._labels[name]), row, 0)
            self.stale_grid.addWidget(their_label, row, 1)
            self.stale_grid.addWidget(my_label, row, 2)
        self.stale_panel.show()
        self.keep_mine_button.setFocus()

    def _hide_stale_panel(self) -> None:
        self._theirs = None
        self.stale_panel.hide()

    @property
    def stale_fields(self) -> list[str]:
        """Return the fields listed in the comparison panel, empty while it is hidden."""
        return list(self._stale_fields) if self.stale_panel.isVisibleTo(self) else []

    def load_their_version(self) -> None:
        """Replace the form with the other desk's stored version, dropping this desk's edit."""
        if self._theirs is None:
            return
        self.show_client(self._theirs)
        self.message_bar.show_info(self.tr("Their version is loaded. Your changes were not saved."))

    def keep_mine_and_save(self) -> bool:
        """Save this desk's values over the other desk's version, a deliberate overwrite."""
        if self._theirs is None:
            return False
        mine = replace(self.current_values(), version=self._theirs.version)
        return self._save_values(mine)

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
