"""Settings: the clinic's data, the debt banner thresholds, payment terms, sign-in and locking, and this desk's language.

Only roles with EDIT_SETTINGS may change the clinic-wide tabs; everyone may
change this desk's language, which is kept in the local configuration.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vetdesk.config import LocalConfig, save_config
from vetdesk.domain.clauses import CLAUSE_LANGUAGES, CLAUSES, check_clause, default_clause, placeholder_list
from vetdesk.domain.identity import format_iban
from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money, parse_amount
from vetdesk.lazy import lazy_import
from vetdesk.translation import translate
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


def _amount_text(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


class PaymentTermsTab(QWidget):
    """The agreement rules and the editable clauses of the payment-terms form.

    A clause editor shows the built-in text while the clinic has none of its
    own. A text equal to the built-in one is saved as "", so that the form
    follows later corrections of the built-in text.
    """

    ERROR_STYLE = "border: 2px solid #d93025;"

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("termsTab")
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_rules(values))
        layout.addWidget(self._build_fee_warning())
        layout.addWidget(self._build_clauses(values), 1)
        self._update_fee_warning()

    def _build_rules(self, values: dict[str, Any]) -> QFormLayout:
        form = QFormLayout()
        self.min_amount = QLineEdit(_amount_text(values[settings.AGREEMENT_MIN_AMOUNT_CENTS.key]))
        self.min_amount.setObjectName("agreementMinAmount")
        self.max_instalments = QSpinBox()
        self.max_instalments.setObjectName("agreementMaxInstalments")
        self.max_instalments.setRange(1, settings.MAX_INSTALMENTS_LIMIT)
        self.max_instalments.setValue(values[settings.AGREEMENT_MAX_INSTALMENTS.key])
        self.min_instalment = QLineEdit(_amount_text(values[settings.AGREEMENT_MIN_INSTALMENT_CENTS.key]))
        self.min_instalment.setObjectName("agreementMinInstalment")
        self.broken_after_missed = QSpinBox()
        self.broken_after_missed.setObjectName("brokenAfterMissed")
        self.broken_after_missed.setRange(1, settings.MAX_INSTALMENTS_LIMIT)
        self.broken_after_missed.setValue(values[settings.AGREEMENT_BROKEN_AFTER_MISSED.key])
        self.broken_after_days = QSpinBox()
        self.broken_after_days.setObjectName("brokenAfterDays")
        self.broken_after_days.setRange(1, 365)
        self.broken_after_days.setValue(values[settings.AGREEMENT_BROKEN_AFTER_DAYS.key])
        self.accelerate = QCheckBox(self.tr("When an agreement is broken, the whole remaining amount falls due at once"))
        self.accelerate.setObjectName("accelerateOnBreach")
        self.accelerate.setChecked(values[settings.AGREEMENT_ACCELERATE_ON_BREACH.key])
        self.fee = QLineEdit(_amount_text(values[settings.AGREEMENT_FEE_CENTS.key]))
        self.fee.setObjectName("agreementFee")
        self.fee.textChanged.connect(self._update_fee_warning)

        min_amount_label = self.tr("Offer instalments from an amount owed of (€)")
        min_instalment_label = self.tr("Minimum amount of an instalment (€)")
        fee_label = self.tr("Deferral fee added to instalment plans (€)")
        form.addRow(min_amount_label, self.min_amount)
        form.addRow(self.tr("Maximum number of instalments"), self.max_instalments)
        form.addRow(min_instalment_label, self.min_instalment)
        form.addRow(self.tr("Agreement broken after this many missed payments"), self.broken_after_missed)
        form.addRow(self.tr("…or after a payment is this many days late"), self.broken_after_days)
        form.addRow(self.accelerate)
        form.addRow(fee_label, self.fee)
        # The amount fields and their labels by setting key, to point at the field that an error names.
        self._amount_fields = {
            settings.AGREEMENT_MIN_AMOUNT_CENTS.key: (self.min_amount, min_amount_label),
            settings.AGREEMENT_MIN_INSTALMENT_CENTS.key: (self.min_instalment, min_instalment_label),
            settings.AGREEMENT_FEE_CENTS.key: (self.fee, fee_label),
        }
        return form

    def _build_fee_warning(self) -> QLabel:
        self.fee_warning = QLabel(self.tr(
            "With a fee, a deferral may be a consumer credit under Ley 16/2011, de contratos de crédito al "
            "consumo, which has its own rules on information, contract and withdrawal. A deferral with no "
            "interest and no charges of any kind stays outside that law. Check with a legal adviser before "
            "charging a fee."))
        self.fee_warning.setObjectName("feeWarning")
        self.fee_warning.setWordWrap(True)
        self.fee_warning.setStyleSheet(
            "#feeWarning { background: #fef7e0; border: 1px solid #f9ab00; border-radius: 4px; padding: 6px;"
            " color: #5f3b00; }")
        return self.fee_warning

    def _update_fee_warning(self) -> None:
        try:
            fee = parse_amount(self.fee.text())
        except UserError:
            fee = Money.zero()
        self.fee_warning.setVisible(fee.is_positive)

    def _build_clauses(self, values: dict[str, Any]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        choice_row = QHBoxLayout()
        self.clause_choice = QComboBox()
        self.clause_choice.setObjectName("clauseChoice")
        for key, clause in CLAUSES.items():
            self.clause_choice.addItem(QCoreApplication.translate("Clauses", clause.title), key)
        choice_row.addWidget(QLabel(self.tr("Clause of the payment-terms form")))
        choice_row.addWidget(self.clause_choice, 1)
        layout.addLayout(choice_row)

        self.clause_pages = QStackedWidget()
        self.clause_editors: dict[tuple[str, str], QPlainTextEdit] = {}
        self.clause_errors: dict[str, QLabel] = {}
        for key in CLAUSES:
            self.clause_pages.addWidget(self._build_clause_page(key, values))
        self.clause_choice.currentIndexChanged.connect(self.clause_pages.setCurrentIndex)
        layout.addWidget(self.clause_pages, 1)
        return box

    def _build_clause_page(self, key: str, values: dict[str, Any]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, language in enumerate(CLAUSE_LANGUAGES):
            grid.addLayout(self._build_clause_editor(key, language, values), 0, column)

        placeholders = QLabel(self.tr("Placeholders you can use: {placeholders}").format(
            placeholders=placeholder_list(key)))
        placeholders.setObjectName(f"placeholders_{key}")
        placeholders.setWordWrap(True)
        placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(placeholders, 1, 0, 1, len(CLAUSE_LANGUAGES))

        error = QLabel()
        error.setObjectName(f"clauseError_{key}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #8c1d18;")
        error.hide()
        self.clause_errors[key] = error
        grid.addWidget(error, 2, 0, 1, len(CLAUSE_LANGUAGES))
        return page

    def _build_clause_editor(self, key: str, language: str, values: dict[str, Any]) -> QVBoxLayout:
        editor = QPlainTextEdit()
        editor.setObjectName(f"clauseEditor_{key}_{language}")
        editor.setMinimumSize(300, 170)
        stored = values[settings.clause_setting_key(key, language)]
        editor.setPlainText(stored or default_clause(key, language))
        editor.textChanged.connect(lambda: self._check_clause_page(key))
        self.clause_editors[key, language] = editor

        restore = QPushButton(self.tr("Restore default"))
        restore.setObjectName(f"restoreDefault_{key}_{language}")
        restore.clicked.connect(lambda: self.restore_default(key, language))
        header = QHBoxLayout()
        # Each language is named in itself, as in the language chooser.
        header.addWidget(QLabel({"es": "Español", "en": "English"}[language]))
        header.addStretch()
        header.addWidget(restore)

        column = QVBoxLayout()
        column.addLayout(header)
        column.addWidget(editor)
        return column

    def restore_default(self, key: str, language: str) -> None:
        self.clause_editors[key, language].setPlainText(default_clause(key, language))

    def show_clause(self, key: str) -> None:
        self.clause_choice.setCurrentIndex(self.clause_choice.findData(key))

    def _check_clause_page(self, key: str) -> bool:
        """Show the first problem of the clause's texts under its editors; return True when both can be used."""
        problems = []
        for language in CLAUSE_LANGUAGES:
            editor = self.clause_editors[key, language]
            problem = check_clause(key, editor.toPlainText())
            editor.setStyleSheet(self.ERROR_STYLE if problem else "")
            if problem is not None:
                problems.append(self.clause_problem_text(key, language, problem.render(translate)))
        label = self.clause_errors[key]
        label.setText("\n".join(problems))
        label.setVisible(bool(problems))
        return not problems

    def clause_problem_text(self, key: str, language: str, problem: str) -> str:
        names = {"es": self.tr("Spanish"), "en": self.tr("English")}
        title = QCoreApplication.translate("Clauses", CLAUSES[key].title)
        return self.tr("Clause \"{clause}\" ({language}): {problem}").format(
            clause=title, language=names[language], problem=problem)

    def changes(self) -> dict[str, Any]:
        """Return the tab's values by setting key; raise UserError naming the amount field that is invalid."""
        changes: dict[str, Any] = {}
        for key, (edit, _label) in self._amount_fields.items():
            edit.setStyleSheet("")
            try:
                changes[key] = parse_amount(edit.text()).cents
            except UserError as error:
                raise UserError(error.message, field=key) from None
        changes[settings.AGREEMENT_MAX_INSTALMENTS.key] = self.max_instalments.value()
        changes[settings.AGREEMENT_BROKEN_AFTER_MISSED.key] = self.broken_after_missed.value()
        changes[settings.AGREEMENT_BROKEN_AFTER_DAYS.key] = self.broken_after_days.value()
        changes[settings.AGREEMENT_ACCELERATE_ON_BREACH.key] = self.accelerate.isChecked()
        for (key, language), editor in self.clause_editors.items():
            text = editor.toPlainText()
            is_default = text.strip() == default_clause(key, language).strip()
            changes[settings.clause_setting_key(key, language)] = "" if is_default else text
        return changes

    def error_text(self, error: UserError) -> str | None:
        """Mark the field that ``error`` names and return its message, or None when the field is not here."""
        if error.field in self._amount_fields:
            edit, label = self._amount_fields[error.field]
            edit.setStyleSheet(self.ERROR_STYLE)
            edit.setFocus()
            return f"{label.removesuffix(' (€)')}: {error_text(error)}"
        for (key, language), _editor in self.clause_editors.items():
            if error.field == settings.clause_setting_key(key, language):
                self.show_clause(key)
                self._check_clause_page(key)
                return self.clause_problem_text(key, language, error_text(error))
        return None


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

        self.terms_tab = PaymentTermsTab(values, self)

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

        self.tabs = tabs = QTabWidget()
        tabs.addTab(self.clinic_form, self.tr("Clinic"))
        tabs.addTab(banner_page, self.tr("Debt banner"))
        tabs.addTab(self.terms_tab, self.tr("Payment terms"))
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
            for page in (self.clinic_form, banner_page, self.terms_tab, access_page):
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
        return _amount_text(cents)

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
            changes.update(self.terms_tab.changes())
            clinic = clinic_service.validate_clinic(self.clinic_form.clinic())
            settings.update_settings(self._context, changes)
            clinic_service.save_clinic(self._context, clinic)
        except UserError as error:
            self.clinic_form.mark_errors(error)
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            texts = []
            for item in errors:
                terms_text = self.terms_tab.error_text(item)
                if terms_text is not None:
                    self.tabs.setCurrentWidget(self.terms_tab)
                texts.append(terms_text or error_text(item))
            self.message_bar.show_error("\n".join(texts))
            return False
        return True
