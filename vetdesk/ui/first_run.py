"""The first-run dialog: a few facts about the clinic and how people sign in, or the demo clinic."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import UserError, ValidationErrors
from typing import TYPE_CHECKING

from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, error_text
from vetdesk.ui.settings_dialog import ClinicForm, clinic_service, language_combo

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext

staff = lazy_import("vetdesk.services.staff")
settings = lazy_import("vetdesk.services.settings")


class FirstRunDialog(QDialog):
    """Asks for the clinic's name, CIF/NIF, address, language and sign-in mode, or offers the demo.

    The sign-in mode is either simple mode (one shared account, no sign-in) or
    personal accounts, starting with an administrator created here, who is
    then signed in (``administratorCreated``).
    """

    demoRequested = Signal()
    languageChosen = Signal(str)
    administratorCreated = Signal(object)

    def __init__(self, context: ServiceContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to VetDesk"))
        self.setMinimumWidth(520)
        self._context = context
        intro = QLabel(self.tr(
            "This database has no clinic yet. Type your clinic's details to start with an empty clinic, "
            "or open the demo clinic to look around. Everything can be changed later in Settings."))
        intro.setWordWrap(True)
        self.message_bar = MessageBar(self)
        self.clinic_form = ClinicForm(self, short=True)
        self.language = language_combo(language)
        language_form = QFormLayout()
        language_form.addRow(self.tr("Language"), self.language)
        accounts_box = self._build_accounts_box()

        buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Create my clinic"))
        self.create_button.setObjectName("createClinicButton")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo clinic"))
        self.demo_button.setObjectName("openDemoButton")
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create_clinic)
        self.demo_button.clicked.connect(self._choose_demo)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.clinic_form)
        layout.addLayout(language_form)
        layout.addWidget(accounts_box)
        layout.addWidget(buttons)

    def _build_accounts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who uses this desk"))
        self.simple_mode_choice = QRadioButton(self.tr("One shared account for everyone, without sign-in (simple mode)"))
        self.simple_mode_choice.setObjectName("simpleModeChoice")
        self.accounts_choice = QRadioButton(self.tr("Personal accounts: create the first administrator now"))
        self.accounts_choice.setObjectName("personalAccountsChoice")
        group = QButtonGroup(box)
        group.addButton(self.simple_mode_choice)
        group.addButton(self.accounts_choice)
        self.simple_mode_choice.setChecked(True)

        self.admin_username = QLineEdit()
        self.admin_username.setObjectName("adminUsername")
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("adminDisplayName")
        self.admin_secret = QLineEdit()
        self.admin_secret.setObjectName("adminSecret")
        self.admin_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_secret.setPlaceholderText(self.tr("At least 8 characters, or a PIN of 4 or more digits"))
        self.admin_secret_again = QLineEdit()
        self.admin_secret_again.setObjectName("adminSecretAgain")
        self.admin_secret_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_fields = QWidget()
        fields = QFormLayout(self.admin_fields)
        fields.addRow(self.tr("Username"), self.admin_username)
        fields.addRow(self.tr("Your name"), self.admin_name)
        fields.addRow(self.tr("Password or PIN"), self.admin_secret)
        fields.addRow(self.tr("Repeat it"), self.admin_secret_again)
        self.admin_fields.setEnabled(False)
        self.accounts_choice.toggled.connect(self.admin_fields.setEnabled)

        layout = QVBoxLayout(box)
        layout.addWidget(self.simple_mode_choice)
        layout.addWidget(self.accounts_choice)
        layout.addWidget(self.admin_fields)
        return box

    def _check_administrator(self) -> None:
        """Raise UserError for invalid administrator fields, before anything is stored."""
        staff.validate_new_staff(self.admin_username.text(), self.admin_name.text(), "administrator",
                                 self.admin_secret.text())
        if self.admin_secret.text() != self.admin_secret_again.text():
            raise _MismatchError(self.tr("The two passwords or PINs differ. Type the same one twice."))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def create_clinic(self) -> bool:
        """Store the clinic and the sign-in mode; show what is wrong and return False if a field is invalid."""
        personal = self.accounts_choice.isChecked()
        try:
            if personal:
                self._check_administrator()
            clinic_service.save_clinic(self._context, self.clinic_form.clinic())
            if personal:
                identity = staff.create_first_administrator(
                    self._context, self.admin_username.text(), self.admin_name.text(), self.admin_secret.text())
            else:
                settings.update_settings(self._context, {settings.STAFF_SIMPLE_MODE.key: True})
        except _MismatchError as error:
            self.message_bar.show_error(str(error))
            return False
        except UserError as error:
            self.clinic_form.mark_errors(error)
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self.message_bar.show_error("\n".join(error_text(item) for item in errors))
            return False
        self.admin_secret.clear()
        self.admin_secret_again.clear()
        if personal:
            self.administratorCreated.emit(identity)
        self.languageChosen.emit(self.chosen_language())
        self.accept()
        return True

    def _choose_demo(self) -> None:
        self.languageChosen.emit(self.chosen_language())
        self.demoRequested.emit()
        self.accept()


class _MismatchError(Exception):
    """The two typed passwords differ; ``str()`` is the translated message."""
