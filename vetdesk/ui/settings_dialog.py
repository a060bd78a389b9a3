"""Settings: the clinic's data, the debt banner thresholds, sign-in and locking, and this desk's language.

Only roles with EDIT_SETTINGS may change the clinic-wide tabs; everyone may
change this desk's language, which is kept in the local configuration.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vetdesk.config import LocalConfig, save_config
from vetdesk.domain.identity import format_iban
from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money, parse_amount
from typing import TYPE_CHECKING

from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, error_text

if TYPE_CHECKING:
    from vetdesk.services.clinic import ClinicInfo
    from vetdesk.services.context import ServiceContext

settings = lazy_import("vetdesk.services.settings")
clinic_service = lazy_import("vetdesk.services.clinic")
staff = lazy_import("vetdesk.services.staff")


def language_combo(current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("languageCombo")
    combo.addItem("Español", "es")
    combo.addItem("English", "en")
    combo.addItem(QCoreApplication.translate("LanguageChoice", "System language"), "system")
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class ClinicForm(QWidget):
    """The clinic's identity fields, shared by the first-run and settings dialogs."""

    FIELDS = ("name", "tax_id", "address_line", "postal_code", "city", "province", "phone", "email", "iban",
              "time_zone")

    def __init__(self, parent: QWidget | None = None, *, short: bool = False) -> None:
        super().__init__(parent)
        labels = {
            "name": self.tr("Clinic name"), "tax_id": self.tr("CIF/NIF"), "address_line": self.tr("Address"),
            "postal_code": self.tr("Postal code"), "city": self.tr("Town"), "province": self.tr("Province"),
            "phone": self.tr("Phone"), "email": self.tr("Email"), "iban": self.tr("IBAN"),
            "time_zone": self.tr("Time zone"),
        }
        shown = ("name", "tax_id", "address_line", "postal_code", "city") if short else self.FIELDS
        self.inputs: dict[str, QLineEdit] = {}
        self.form = QFormLayout(self)
        for name in shown:
            edit = QLineEdit()
            edit.setObjectName(f"clinic_{name}")
            self.inputs[name] = edit
            self.form.addRow(labels[name], edit)
        self._base = clinic_service.ClinicInfo(name="", tax_id="")
        self._logo: bytes | None = None
        self._file_dialog: QFileDialog | None = None
        self.logo_preview: QLabel | None = None
        if not short:
            self._add_logo_row()

    def _add_logo_row(self) -> None:
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("clinicLogoPreview")
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c0c0c0;")
        choose = QPushButton(self.tr("Choose logo…"))
        choose.setObjectName("chooseLogoButton")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove logo"))
        remove.setObjectName("removeLogoButton")
        remove.clicked.connect(lambda: self._show_logo(None))
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch()
        self.form.addRow(self.tr("Logo"), row)
        self._show_logo(None)

    def choose_logo(self) -> QFileDialog:
        """Open a non-blocking file chooser for the logo."""
        dialog = QFileDialog(self, self.tr("Choose the clinic's logo"))
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_logo_file)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    def load_logo_file(self, path: str) -> None:
        """Read a logo file; its size and format are checked when the settings are saved."""
        self._show_logo(Path(path).read_bytes())

    def _show_logo(self, data: bytes | None) -> None:
        self._logo = data
        if self.logo_preview is None:
            return
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)") if not data else self.tr("(not an image)"))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.logo_preview.setPixmap(pixmap)

    def set_clinic(self, clinic: ClinicInfo) -> None:
        self._base = clinic
        for name, edit in self.inputs.items():
            value = getattr(clinic, name)
            edit.setText(format_iban(value) if name == "iban" and value else value)
        self._show_logo(clinic.logo)

    def clinic(self) -> ClinicInfo:
        values = {name: edit.text() for name, edit in self.inputs.items()}
        if self.logo_preview is not None:
            values["logo"] = self._logo
        return replace(self._base, **values)

    def mark_errors(self, error: UserError) -> None:
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        for edit in self.inputs.values():
            edit.setStyleSheet("")
        for item in errors:
            if item.field in self.inputs:
                self.inputs[item.field].setStyleSheet("border: 2px solid #d93025;")


class SettingsDialog(QDialog):
    """Edits clinic data, banner thresholds and language; nothing is stored if a value is invalid."""

    languageChanged = Signal(str)
    saved = Signal()

    def __init__(self, context: ServiceContext, config: LocalConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._context = context
        self._config = config
        self.message_bar = MessageBar(self)

        self.clinic_form = ClinicForm(self)
        clinic = clinic_service.get_clinic(context)
        if clinic:
            self.clinic_form.set_clinic(clinic)

        values = settings.read_settings(context)
        banner_page = QWidget()
        banner_form = QFormLayout(banner_page)
        self.min_overdue = QLineEdit(self._amount_text(values[settings.BANNER_MIN_OVERDUE_CENTS.key]))
        self.min_overdue.setObjectName("minOverdueAmount")
        self.grace_days = QSpinBox()
        self.grace_days.setObjectName("graceDays")
        self.grace_days.setRange(0, 365)
        self.grace_days.setValue(values[settings.BANNER_GRACE_DAYS.key])
        self.override_days = QSpinBox()
        self.override_days.setObjectName("overrideValidDays")
        self.override_days.setRange(0, 365)
        self.override_days.setValue(values[settings.BANNER_OVERRIDE_VALID_DAYS.key])
        self.term_days = QSpinBox()
        self.term_days.setObjectName("chargeTermDays")
        self.term_days.setRange(0, 365)
        self.term_days.setValue(values[settings.DEFAULT_CHARGE_TERM_DAYS.key])
        banner_form.addRow(self.tr("Block new credit from an overdue amount of (€)"), self.min_overdue)
        banner_form.addRow(self.tr("Days of grace after the due date before blocking"), self.grace_days)
        banner_form.addRow(self.tr("An override lasts (days)"), self.override_days)
        banner_form.addRow(self.tr("Default payment term of a charge (days)"), self.term_days)

        access_page = self._build_access_page(values)

        desk_page = QWidget()
        desk_form = QFormLayout(desk_page)
        self.language = language_combo(config.language)
        self.staff_name = QLineEdit(config.staff_name)
        self.staff_name.setObjectName("staffName")
        self.staff_name.setPlaceholderText(config.effective_staff_name())
        desk_form.addRow(self.tr("Language"), self.language)
        desk_form.addRow(self.tr("Desk user"), self.staff_name)
        self.database_button = QPushButton(self.tr("Clinic database server…"))
        self.database_button.setObjectName("databaseServerButton")
        self.database_button.clicked.connect(self.open_database_dialog)
        desk_form.addRow(self.tr("Several desks"), self.database_button)
        self.database_note = QLabel()
        self.database_note.setObjectName("databaseNote")
        self.database_note.setWordWrap(True)
        desk_form.addRow(self.database_note)

        tabs = QTabWidget()
        tabs.addTab(self.clinic_form, self.tr("Clinic"))
        tabs.addTab(banner_page, self.tr("Debt banner"))
        tabs.addTab(access_page, self.tr("Sign-in and locking"))
        tabs.addTab(desk_page, self.tr("This desk"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettingsButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

        self.can_edit_clinic = staff.allows(context, staff.Permission.EDIT_SETTINGS)
        if not self.can_edit_clinic:
            denied = self.tr("Only a manager or an administrator can change the clinic's settings. "
                             "You can change this desk's language.")
            for page in (self.clinic_form, banner_page, access_page):
                page.setEnabled(False)
                page.setToolTip(denied)
            self.message_bar.show_info(denied)
            tabs.setCurrentWidget(desk_page)

    def _build_access_page(self, values: dict) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._simple_mode_before = staff.simple_mode_active(self._context)
        self.simple_mode = QCheckBox(self.tr("Simple mode: one shared account for everyone, without sign-in"))
        self.simple_mode.setObjectName("simpleModeCheck")
        self.simple_mode.setChecked(self._simple_mode_before)
        if not staff.allows(self._context, staff.Permission.MANAGE_STAFF):
            self.simple_mode.setEnabled(False)
            self.simple_mode.setToolTip(self.tr("Only an administrator can turn simple mode on or off."))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(0, settings.MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setValue(values[settings.STAFF_IDLE_LOCK_MINUTES.key])
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setToolTip(self.tr("Minutes without keyboard or mouse use before the desk locks; "
                                             "0 never locks. Simple mode never locks."))
        form.addRow(self.simple_mode)
        form.addRow(self.tr("Lock the desk after (minutes without use)"), self.idle_minutes)
        return page

    def open_database_dialog(self):
        """Open the server connection dialog; a saved change applies at the next start."""
        from vetdesk.ui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self._config, self)
        dialog.saved.connect(lambda _url: self.database_note.setText(self.tr(
            "The new database is used from the next time VetDesk starts.")))
        dialog.open()
        return dialog

    @staticmethod
    def _amount_text(cents: int) -> str:
        return f"{cents // 100},{cents % 100:02d}"

    def save(self) -> bool:
        if self.can_edit_clinic and not self._save_clinic_settings():
            return False
        language = self.language.currentData()
        language_changed = language != self._config.language
        self._config.language = language
        self._config.staff_name = self.staff_name.text().strip()
        save_config(self._config)
        self.saved.emit()
        self.accept()
        if language_changed:
            self.languageChanged.emit(language)
        return True

    def _save_clinic_settings(self) -> bool:
        try:
            minimum: Money = parse_amount(self.min_overdue.text())
            changes = {
                settings.BANNER_MIN_OVERDUE_CENTS.key: minimum.cents,
                settings.BANNER_GRACE_DAYS.key: self.grace_days.value(),
                settings.BANNER_OVERRIDE_VALID_DAYS.key: self.override_days.value(),
                settings.DEFAULT_CHARGE_TERM_DAYS.key: self.term_days.value(),
                settings.STAFF_IDLE_LOCK_MINUTES.key: self.idle_minutes.value(),
            }
            if self.simple_mode.isChecked() != self._simple_mode_before:
                changes[settings.STAFF_SIMPLE_MODE.key] = self.simple_mode.isChecked()
            clinic = clinic_service.validate_clinic(self.clinic_form.clinic())
            settings.update_settings(self._context, changes)
            clinic_service.save_clinic(self._context, clinic)
        except UserError as error:
            self.clinic_form.mark_errors(error)
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self.message_bar.show_error("\n".join(error_text(item) for item in errors))
            return False
        return True
