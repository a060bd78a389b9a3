"""Sign-in with a username and a password or PIN, as a dialog or inside the lock screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vetdesk.domain.messages import UserError
from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, error_text

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext

staff = lazy_import("vetdesk.services.staff")


def role_text(role: str) -> str:
    """Return the translated name of a staff role."""
    names = {
        "reception": QCoreApplication.translate("StaffRole", "Reception"),
        "vet": QCoreApplication.translate("StaffRole", "Vet"),
        "manager": QCoreApplication.translate("StaffRole", "Manager"),
        "administrator": QCoreApplication.translate("StaffRole", "Administrator"),
    }
    return names.get(str(role), str(role))


class SignInForm(QWidget):
    """Username and password/PIN fields with a message bar; emits ``signedIn`` with a StaffIdentity."""

    signedIn = Signal(object)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None, *, username: str = "",
                 button_text: str | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.message_bar = MessageBar(self)
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.secret = QLineEdit()
        self.secret.setObjectName("loginSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.submit_button = QPushButton(button_text or self.tr("Sign in"))
        self.submit_button.setObjectName("signInButton")
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self._next_from_username)
        self.secret.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password or PIN"), self.secret)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.submit_button)

    def focus_first_empty(self) -> None:
        (self.secret if self.username.text().strip() else self.username).setFocus()

    def _next_from_username(self) -> None:
        if self.secret.text():
            self.submit()
        else:
            self.secret.setFocus()

    def submit(self) -> bool:
        """Check the typed secret; on success emit ``signedIn``, otherwise show why and clear the secret."""
        try:
            identity = staff.authenticate(self._context, self.username.text(), self.secret.text())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            self.secret.clear()
            self.secret.setFocus()
            return False
        self.secret.clear()
        self.message_bar.clear()
        self.signedIn.emit(identity)
        return True


class LoginDialog(QDialog):
    """Asks who is at the desk before the main window can be used; Enter signs in."""

    signedIn = Signal(object)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to VetDesk"))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("Type your username and your password or PIN."))
        intro.setWordWrap(True)
        self.form = SignInForm(context, self, username=username)
        self.form.signedIn.connect(self._signed_in)
        self.message_bar = self.form.message_bar
        self.username = self.form.username
        self.secret = self.form.secret
        self.submit_button = self.form.submit_button
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        self.form.focus_first_empty()

    def submit(self) -> bool:
        return self.form.submit()

    def _signed_in(self, identity: object) -> None:
        self.signedIn.emit(identity)
        self.accept()
