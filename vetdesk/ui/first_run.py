"""The first-run dialog: a few facts about the clinic, or the demo clinic to look around."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vetdesk.domain.messages import UserError, ValidationErrors
from typing import TYPE_CHECKING

from vetdesk.ui.common import MessageBar, error_text
from vetdesk.ui.settings_dialog import ClinicForm, clinic_service, language_combo

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext


class FirstRunDialog(QDialog):
    """Asks for the clinic's name, CIF/NIF, address and language, or offers the demo."""

    demoRequested = Signal()
    languageChosen = Signal(str)

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
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def create_clinic(self) -> bool:
        try:
            clinic_service.save_clinic(self._context, self.clinic_form.clinic())
        except UserError as error:
            self.clinic_form.mark_errors(error)
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self.message_bar.show_error("\n".join(error_text(item) for item in errors))
            return False
        self.languageChosen.emit(self.chosen_language())
        self.accept()
        return True

    def _choose_demo(self) -> None:
        self.languageChosen.emit(self.chosen_language())
        self.demoRequested.emit()
        self.accept()
