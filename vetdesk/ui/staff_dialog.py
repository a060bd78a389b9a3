"""Staff accounts, for administrators: add people, reset a password or PIN, change a role, deactivate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, error_text
from vetdesk.ui.login_dialog import role_text

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.staff import StaffAccount

staff = lazy_import("vetdesk.services.staff")

ROLES = ("reception", "vet", "manager", "administrator")


def role_combo(object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    for role in ROLES:
        combo.addItem(role_text(role), role)
    return combo


def secret_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StaffDialog(QDialog):
    """Lists every account; each change is checked and audited by the staff service."""

    changed = Signal()

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff accounts"))
        self.setMinimumWidth(640)
        self._context = context
        self._accounts: list[StaffAccount] = []
        self.message_bar = MessageBar(self)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_selected_box())
        layout.addWidget(self._build_new_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _build_selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected account"))
        self.selected_role = role_combo("selectedRole")
        self.change_role_button = QPushButton(self.tr("Change role"))
        self.change_role_button.setObjectName("changeRoleButton")
        self.change_role_button.clicked.connect(self.change_role)
        self.reset_secret = secret_edit("resetSecret")
        self.reset_button = QPushButton(self.tr("Set new password/PIN"))
        self.reset_button.setObjectName("resetSecretButton")
        self.reset_button.clicked.connect(self.reset_selected_secret)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setObjectName("toggleActiveButton")
        self.active_button.clicked.connect(self.toggle_active)
        role_row = QHBoxLayout()
        role_row.addWidget(self.selected_role, 1)
        role_row.addWidget(self.change_role_button)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.reset_secret, 1)
        secret_row.addWidget(self.reset_button)
        form = QFormLayout(box)
        form.addRow(self.tr("Role"), role_row)
        form.addRow(self.tr("New password or PIN"), secret_row)
        form.addRow("", self.active_button)
        self.selected_box = box
        return box

    def _build_new_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New account"))
        self.new_username = QLineEdit()
        self.new_username.setObjectName("newUsername")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newDisplayName")
        self.new_role = role_combo("newRole")
        self.new_secret = secret_edit("newSecret")
        self.new_secret.setPlaceholderText(self.tr("A PIN of 4 or more digits, or a password of 8 or more characters"))
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setObjectName("addStaffButton")
        self.add_button.clicked.connect(self.add_account)
        form = QFormLayout(box)
        form.addRow(self.tr("Username"), self.new_username)
        form.addRow(self.tr("Name shown on entries"), self.new_name)
        form.addRow(self.tr("Role"), self.new_role)
        form.addRow(self.tr("Password or PIN"), self.new_secret)
        form.addRow("", self.add_button)
        return box

    def reload(self, select_id: int | None = None) -> None:
        try:
            self._accounts = staff.list_staff(self._context)
        except UserError as error:
            self._accounts = []
            self.message_bar.show_error(error_text(error))
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            status = self.tr("Active") if account.active else self.tr("Deactivated")
            for column, text in enumerate((account.username, account.display_name, role_text(account.role),
                                           status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, column, item)
            if account.id == select_id:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_account(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self._accounts[rows[0].row()] if rows else None

    def select_username(self, username: str) -> None:
        for row, account in enumerate(self._accounts):
            if account.username == username:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        account = self.selected_account()
        self.selected_box.setEnabled(account is not None)
        if account is None:
            return
        self.selected_role.setCurrentIndex(self.selected_role.findData(account.role.value))
        self.active_button.setText(self.tr("Deactivate") if account.active else self.tr("Activate"))

    def _run(self, action, done_text: str, select_id: int | None) -> bool:
        try:
            action()
        except UserError as error:
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self.message_bar.show_error("\n".join(error_text(item) for item in errors))
            return False
        self.message_bar.show_info(done_text)
        self.reload(select_id)
        self.changed.emit()
        return True

    def add_account(self) -> bool:
        username = self.new_username.text()

        def create() -> None:
            staff.create_staff(self._context, username, self.new_name.text(), self.new_role.currentData(),
                               self.new_secret.text())

        added = self._run(create, self.tr("Account {username} added.").format(username=username.strip().lower()),
                          None)
        self.new_secret.clear()
        if added:
            self.new_username.clear()
            self.new_name.clear()
            self.select_username(username.strip().lower())
        return added

    def change_role(self) -> bool:
        account = self.selected_account()
        if account is None:
            return False
        role = self.selected_role.currentData()
        return self._run(lambda: staff.set_role(self._context, account.id, role),
                         self.tr("{name} now has the role {role}.").format(name=account.display_name,
                                                                           role=role_text(role)), account.id)

    def reset_selected_secret(self) -> bool:
        account = self.selected_account()
        if account is None:
            return False
        secret = self.reset_secret.text()
        self.reset_secret.clear()
        return self._run(lambda: staff.change_secret(self._context, account.id, secret),
                         self.tr("New password or PIN set for {name}.").format(name=account.display_name),
                         account.id)

    def toggle_active(self) -> bool:
        account = self.selected_account()
        if account is None:
            return False
        text = (self.tr("{name} is deactivated and cannot sign in.") if account.active
                else self.tr("{name} can sign in again.")).format(name=account.display_name)
        return self._run(lambda: staff.set_active(self._context, account.id, not account.active), text, account.id)
