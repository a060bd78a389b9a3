"""Settings: the clinic's data, the debt banner thresholds, payment terms, reminders, messages (email, SMS, letters), sign-in and locking, and this desk's language.

Only roles with EDIT_SETTINGS may change the clinic-wide tabs; everyone may
change this desk's language, which is kept in the local configuration.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vetdesk.config import LocalConfig, save_config
from vetdesk.domain.careful_words import FlaggedTerm, WordingWarning, check_wording, parse_extra_terms
from vetdesk.domain.clauses import CLAUSE_LANGUAGES, CLAUSES, check_clause, default_clause, placeholder_list
from vetdesk.domain.formatting import format_date, format_long_date
from vetdesk.domain.identity import format_iban, format_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money, format_money, parse_amount
from vetdesk.domain.reminder_templates import (
    DEBT_PLACEHOLDERS,
    PARTS,
    PLACEHOLDERS,
    SMS_PRIVATE_OPENING,
    TEMPLATE_LANGUAGES,
    TemplateKey,
    check_template,
    default_text,
    fill,
    template_keys,
)
from vetdesk.domain.reminder_templates import LEVELS as TEMPLATE_LEVELS
from vetdesk.domain.reminders import DEFAULT_LEVELS, Channel, ReminderLevel, check_levels, sms_length
from vetdesk.lazy import lazy_import
from vetdesk.messaging import DeliveryError
from vetdesk.translation import translate
from vetdesk.ui.common import MessageBar, error_text

if TYPE_CHECKING:
    from vetdesk.services.clinic import ClinicInfo
    from vetdesk.services.context import ServiceContext

settings = lazy_import("vetdesk.services.settings")
clinic_service = lazy_import("vetdesk.services.clinic")
staff = lazy_import("vetdesk.services.staff")
messaging_settings = lazy_import("vetdesk.services.messaging_settings")
email_delivery = lazy_import("vetdesk.messaging.email")
sms_delivery = lazy_import("vetdesk.messaging.sms")
reminder_labels = lazy_import("vetdesk.ui.reminder_history")

log = logging.getLogger("vetdesk.ui")


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


class MessagesTab(QWidget):
    """The mail server, the SMS gateway, the Bizum number and the envelope window of letters.

    The SMTP password and the SMS token are written to this computer's OS
    keyring when the dialog is saved, never to the database, and are never
    shown again: an empty field keeps the stored one. Test messages are sent
    from a worker thread with the values on screen, saved or not.
    """

    ERROR_STYLE = "border: 2px solid #d93025;"
    # How often the tab checks whether a test message in the worker thread has finished, in milliseconds.
    POLL_MS = 50

    def __init__(self, context: ServiceContext, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagesTab")
        self._context = context
        self._pending: Future | None = None
        self._pending_success = ""
        self._checked: dict[str, Any] = {}
        self.input_dialog: QInputDialog | None = None
        self.pdf_dialog: QDialog | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check_pending)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_email(values))
        column.addWidget(self._build_sms(values))
        column.addWidget(self._build_letters(values))
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.result = QLabel()
        self.result.setObjectName("messagesResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result)
        layout.addWidget(scroll, 1)
        self.refresh_secret_states()

    # Building the form

    def _line_edit(self, text: str, object_name: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(object_name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _build_email(self, values: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Email"))
        form = QFormLayout(box)
        self.smtp_host = self._line_edit(values[settings.SMTP_HOST.key], "smtpHost")
        self.smtp_host.setPlaceholderText("smtp.example.com")
        self.smtp_port = QSpinBox()
        self.smtp_port.setObjectName("smtpPort")
        # 0 can be typed so that saving explains the valid range instead of silently changing it.
        self.smtp_port.setRange(0, 65535)
        self.smtp_port.setValue(values[settings.SMTP_PORT.key])
        self.smtp_security = QComboBox()
        self.smtp_security.setObjectName("smtpSecurity")
        self.smtp_security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.smtp_security.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        self.smtp_security.addItem(self.tr("None (only for a server on this computer)"), "none")
        self.smtp_security.setCurrentIndex(max(self.smtp_security.findData(values[settings.SMTP_SECURITY.key]), 0))
        self.smtp_security.currentIndexChanged.connect(self._security_changed)
        self.smtp_user = self._line_edit(values[settings.SMTP_USER.key], "smtpUser")
        self.smtp_user.setPlaceholderText(self.tr("Leave empty if the server needs no sign-in"))
        self.smtp_password = self._line_edit("", "smtpPassword", password=True)
        self.smtp_password_state = QLabel()
        self.smtp_password_state.setObjectName("smtpPasswordState")
        self.smtp_sender = self._line_edit(values[settings.SMTP_SENDER.key], "smtpSender")
        self.smtp_sender.setPlaceholderText(self.tr("Clinic name <reception@clinic.es>"))
        for edit in (self.smtp_host, self.smtp_user):
            edit.editingFinished.connect(self.refresh_secret_states)
        self.test_email_button = QPushButton(self.tr("Send a test email…"))
        self.test_email_button.setObjectName("testEmailButton")
        self.test_email_button.clicked.connect(self.open_test_email)

        password_row = QHBoxLayout()
        password_row.addWidget(self.smtp_password, 1)
        password_row.addWidget(self.smtp_password_state)
        self._labels = {
            settings.SMTP_HOST.key: self.tr("Mail server"),
            settings.SMTP_PORT.key: self.tr("Port"),
            settings.SMTP_SECURITY.key: self.tr("Security"),
            settings.SMTP_USER.key: self.tr("User"),
            settings.SMTP_SENDER.key: self.tr("Sender address"),
        }
        form.addRow(self._labels[settings.SMTP_HOST.key], self.smtp_host)
        form.addRow(self._labels[settings.SMTP_PORT.key], self.smtp_port)
        form.addRow(self._labels[settings.SMTP_SECURITY.key], self.smtp_security)
        form.addRow(self._labels[settings.SMTP_USER.key], self.smtp_user)
        form.addRow(self.tr("Password"), password_row)
        form.addRow(self._labels[settings.SMTP_SENDER.key], self.smtp_sender)
        form.addRow("", self._button_row(self.test_email_button))
        return box

    def _build_sms(self, values: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Text messages (SMS)"))
        form = QFormLayout(box)
        self.sms_url = self._line_edit(values[settings.SMS_URL.key], "smsUrl")
        self.sms_url.setPlaceholderText("https://sms.example.com/send")
        self.sms_url.editingFinished.connect(self.refresh_secret_states)
        self.sms_sender = self._line_edit(values[settings.SMS_SENDER.key], "smsSender")
        self.sms_sender.setToolTip(self.tr("The name the client's phone shows as the sender: up to 11 letters and "
                                           "digits without accents, or a phone number."))
        self.sms_token = self._line_edit("", "smsToken", password=True)
        self.sms_token_state = QLabel()
        self.sms_token_state.setObjectName("smsTokenState")
        self.test_sms_button = QPushButton(self.tr("Send a test SMS…"))
        self.test_sms_button.setObjectName("testSmsButton")
        self.test_sms_button.clicked.connect(self.open_test_sms)

        token_row = QHBoxLayout()
        token_row.addWidget(self.sms_token, 1)
        token_row.addWidget(self.sms_token_state)
        self._labels[settings.SMS_URL.key] = self.tr("Gateway address")
        self._labels[settings.SMS_SENDER.key] = self.tr("Sender name")
        form.addRow(self._labels[settings.SMS_URL.key], self.sms_url)
        form.addRow(self._labels[settings.SMS_SENDER.key], self.sms_sender)
        self._labels["sms.token"] = self.tr("Token")
        form.addRow(self._labels["sms.token"], token_row)
        form.addRow("", self._button_row(self.test_sms_button))
        return box

    @staticmethod
    def _button_row(button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch()
        return row

    def _window_spin(self, value: int, object_name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(object_name)
        spin.setRange(0, 297)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def _build_letters(self, values: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Letters"))
        form = QFormLayout(box)
        self.bizum_phone = self._line_edit(values[settings.REMINDER_BIZUM_PHONE.key], "bizumPhone")
        if self.bizum_phone.text():
            self.bizum_phone.setText(format_phone(self.bizum_phone.text()))
        self.bizum_phone.setPlaceholderText(self.tr("Leave empty to leave Bizum out of the letters"))
        self.window_left = self._window_spin(values[settings.LETTER_WINDOW_LEFT_MM.key], "windowLeft")
        self.window_top = self._window_spin(values[settings.LETTER_WINDOW_TOP_MM.key], "windowTop")
        self.window_width = self._window_spin(values[settings.LETTER_WINDOW_WIDTH_MM.key], "windowWidth")
        self.window_height = self._window_spin(values[settings.LETTER_WINDOW_HEIGHT_MM.key], "windowHeight")
        self.calibration_button = QPushButton(self.tr("Print a calibration page…"))
        self.calibration_button.setObjectName("calibrationButton")
        self.calibration_button.clicked.connect(self.open_calibration_page)

        position = QHBoxLayout()
        position.addWidget(QLabel(self.tr("from the left")))
        position.addWidget(self.window_left)
        position.addWidget(QLabel(self.tr("from the top")))
        position.addWidget(self.window_top)
        position.addStretch()
        size = QHBoxLayout()
        size.addWidget(QLabel(self.tr("width")))
        size.addWidget(self.window_width)
        size.addWidget(QLabel(self.tr("height")))
        size.addWidget(self.window_height)
        size.addStretch()
        note = QLabel(self.tr("The client's name and address are printed inside the window of your envelopes. "
                              "Print the calibration page, fold it into an envelope and adjust these values "
                              "until the frame falls inside the window."))
        note.setWordWrap(True)
        self._labels[settings.REMINDER_BIZUM_PHONE.key] = self.tr("Bizum number")
        form.addRow(self._labels[settings.REMINDER_BIZUM_PHONE.key], self.bizum_phone)
        form.addRow(note)
        form.addRow(self.tr("Envelope window"), position)
        form.addRow("", size)
        form.addRow("", self._button_row(self.calibration_button))
        return box

    def _security_changed(self) -> None:
        """Move the port to the usual one of the chosen security when it is still the other's usual one."""
        security = self.smtp_security.currentData()
        if security == "ssl" and self.smtp_port.value() == 587:
            self.smtp_port.setValue(465)
        elif security == "starttls" and self.smtp_port.value() == 465:
            self.smtp_port.setValue(587)

    def refresh_secret_states(self) -> None:
        """Show whether the keyring contains a password for the user and server, and a token for the gateway."""
        user, host = self.smtp_user.text().strip(), self.smtp_host.text().strip()
        saved = bool(user and host) and messaging_settings.has_smtp_password(user, host)
        self.smtp_password_state.setText(self.tr("Saved") if saved else self.tr("Not saved"))
        self.smtp_password.setPlaceholderText(
            self.tr("Type a new password to replace the saved one") if saved else "")
        url = self.sms_url.text().strip()
        saved = bool(url) and messaging_settings.has_sms_token(url)
        self.sms_token_state.setText(self.tr("Saved") if saved else self.tr("Not saved"))
        self.sms_token.setPlaceholderText(self.tr("Type a new token to replace the saved one") if saved else "")

    # Saving

    def _window_fields(self) -> dict[str, QSpinBox]:
        return {
            settings.LETTER_WINDOW_LEFT_MM.key: self.window_left,
            settings.LETTER_WINDOW_TOP_MM.key: self.window_top,
            settings.LETTER_WINDOW_WIDTH_MM.key: self.window_width,
            settings.LETTER_WINDOW_HEIGHT_MM.key: self.window_height,
        }

    def _fields(self) -> dict[str, QWidget]:
        return {
            settings.SMTP_HOST.key: self.smtp_host, settings.SMTP_PORT.key: self.smtp_port,
            settings.SMTP_SECURITY.key: self.smtp_security, settings.SMTP_USER.key: self.smtp_user,
            settings.SMTP_SENDER.key: self.smtp_sender, settings.SMS_URL.key: self.sms_url,
            settings.SMS_SENDER.key: self.sms_sender, settings.REMINDER_BIZUM_PHONE.key: self.bizum_phone,
            **self._window_fields(),
        }

    def _raw_values(self) -> dict[str, Any]:
        return {
            settings.SMTP_HOST.key: self.smtp_host.text(),
            settings.SMTP_PORT.key: self.smtp_port.value(),
            settings.SMTP_SECURITY.key: self.smtp_security.currentData(),
            settings.SMTP_USER.key: self.smtp_user.text(),
            settings.SMTP_SENDER.key: self.smtp_sender.text(),
            settings.SMS_URL.key: self.sms_url.text(),
            settings.SMS_SENDER.key: self.sms_sender.text(),
            settings.REMINDER_BIZUM_PHONE.key: self.bizum_phone.text(),
            **{key: spin.value() for key, spin in self._window_fields().items()},
        }

    def _checked_values(self, keys: Iterable[str]) -> dict[str, Any]:
        """Check and normalise the values of ``keys``; raise ValidationErrors naming each invalid one."""
        fields = self._fields()
        for key in keys:
            fields[key].setStyleSheet("")
        raw = self._raw_values()
        errors: list[UserError] = []
        try:
            checked = messaging_settings.check_messaging_changes({key: raw[key] for key in keys})
        except ValidationErrors as error:
            errors.extend(error.errors)
            checked = {key: raw[key] for key in keys}
        if self.smtp_password.text() and settings.SMTP_USER.key in checked and not checked[settings.SMTP_USER.key].strip():
            errors.append(UserError(UserMessage("MessagesTab", QT_TRANSLATE_NOOP(
                "MessagesTab", "A password was typed without a user. Type the user name the mail server expects, "
                               "usually the email address.")), field=settings.SMTP_USER.key))
        if self.sms_token.text().strip() and settings.SMS_URL.key in checked and not checked[settings.SMS_URL.key].strip():
            errors.append(UserError(UserMessage("MessagesTab", QT_TRANSLATE_NOOP(
                "MessagesTab", "A token was typed without a gateway address. Type the address your SMS provider "
                               "gives.")), field=settings.SMS_URL.key))
        if errors:
            raise ValidationErrors(errors)
        return checked

    def changes(self) -> dict[str, Any]:
        """Return the tab's values by setting key, checked and normalised; raise ValidationErrors naming each invalid one."""
        self._checked = self._checked_values(self._fields())
        return self._checked

    def store_secrets(self) -> None:
        """Write a typed password and token to the OS keyring under the values just saved, then clear the fields.

        Call after ``changes()`` and a successful save. Raises UserError when the keyring refuses the write.
        """
        if self.smtp_password.text():
            messaging_settings.save_smtp_password(self._checked[settings.SMTP_USER.key],
                                                  self._checked[settings.SMTP_HOST.key], self.smtp_password.text())
            self.smtp_password.clear()
        if self.sms_token.text().strip():
            messaging_settings.save_sms_token(self._checked[settings.SMS_URL.key], self.sms_token.text().strip())
            self.sms_token.clear()
        self.refresh_secret_states()

    def error_text(self, error: UserError) -> str | None:
        """Mark the field that ``error`` names and return its message, or None when the field is not here."""
        if error.field == messaging_settings.WINDOW_FIELD:
            for spin in self._window_fields().values():
                spin.setStyleSheet(self.ERROR_STYLE)
            self.window_left.setFocus()
            return f"{self.tr('Envelope window')}: {error_text(error)}"
        widget = {**self._fields(), "sms.token": self.sms_token}.get(error.field or "")
        if widget is None:
            return None
        widget.setStyleSheet(self.ERROR_STYLE)
        widget.setFocus()
        label = self._labels.get(error.field, self.tr("Envelope window"))
        return f"{label}: {error_text(error)}"

    # Test messages and the calibration page

    def _show_result(self, text: str, *, ok: bool) -> None:
        colour = "#137333" if ok else "#8c1d18"
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(text)
        self.result.show()

    def _smtp_from_form(self) -> email_delivery.SmtpSettings:
        checked = self._checked_values((settings.SMTP_HOST.key, settings.SMTP_PORT.key, settings.SMTP_SECURITY.key,
                                        settings.SMTP_USER.key, settings.SMTP_SENDER.key))
        host, user = checked[settings.SMTP_HOST.key], checked[settings.SMTP_USER.key]
        if not host or not checked[settings.SMTP_SENDER.key]:
            raise UserError(UserMessage("MessagesTab", QT_TRANSLATE_NOOP(
                "MessagesTab", "Type the mail server and the sender address before sending a test email.")),
                field=settings.SMTP_HOST.key)
        password = self.smtp_password.text()
        if user and not password:
            password = messaging_settings.load_smtp_password(user, host)
            if not password:
                raise UserError(UserMessage("MessagesTab", QT_TRANSLATE_NOOP(
                    "MessagesTab", "Type the password of {user} before sending a test email."), {"user": user}),
                    field=settings.SMTP_USER.key)
        return email_delivery.SmtpSettings(host=host, port=checked[settings.SMTP_PORT.key],
                            security=checked[settings.SMTP_SECURITY.key], user=user,
                            sender=checked[settings.SMTP_SENDER.key], password=password)

    def _gateway_from_form(self) -> sms_delivery.SmsGateway:
        checked = self._checked_values((settings.SMS_URL.key, settings.SMS_SENDER.key))
        url = checked[settings.SMS_URL.key]
        if not url:
            raise UserError(UserMessage("MessagesTab", QT_TRANSLATE_NOOP(
                "MessagesTab", "Type the gateway address before sending a test SMS.")), field=settings.SMS_URL.key)
        token = self.sms_token.text().strip() or messaging_settings.load_sms_token(url)
        if not token:
            raise UserError(UserMessage("MessagesTab", QT_TRANSLATE_NOOP(
                "MessagesTab", "Type the gateway token before sending a test SMS.")), field=settings.SMS_URL.key)
        return sms_delivery.SmsGateway(url=url, sender=checked[settings.SMS_SENDER.key], token=token)

    def _ask(self, title: str, label: str, object_name: str, slot: Callable[[str], None]) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName(object_name)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.textValueSelected.connect(slot)
        self.input_dialog = dialog
        dialog.open()
        return dialog

    def open_test_email(self) -> QInputDialog:
        """Ask for the address of the test email in a non-blocking dialog."""
        return self._ask(self.tr("Send a test email"), self.tr("Email address to send the test message to:"),
                         "testEmailDialog", self.send_test_email)

    def open_test_sms(self) -> QInputDialog:
        """Ask for the mobile number of the test SMS in a non-blocking dialog."""
        return self._ask(self.tr("Send a test SMS"), self.tr("Mobile number to send the test message to:"),
                         "testSmsDialog", self.send_test_sms)

    def send_test_email(self, to: str) -> None:
        """Send the test email with the values on screen; the result appears above the form."""
        try:
            smtp = self._smtp_from_form()
            message = messaging_settings.prepare_test_email(self._context, to, smtp, translate)
        except UserError as error:
            self._show_form_error(error)
            return
        self._start(lambda: email_delivery.send_email(smtp, message), self.tr("The test email to {address} was accepted by "
                                                               "the mail server.").format(address=to.strip()))

    def send_test_sms(self, to: str) -> None:
        """Send the test SMS with the values on screen; the result appears above the form."""
        try:
            gateway = self._gateway_from_form()
            phone, text = messaging_settings.prepare_test_sms(self._context, to, translate)
        except UserError as error:
            self._show_form_error(error)
            return
        key = messaging_settings.new_test_message_key()
        self._start(lambda: sms_delivery.send_sms(gateway, to=phone, text=text, idempotency_key=key),
                    self.tr("The test SMS to {phone} was accepted by the gateway.").format(phone=format_phone(phone)))

    def _show_form_error(self, error: UserError) -> None:
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        self._show_result("\n".join(self.error_text(item) or error_text(item) for item in errors), ok=False)

    def _start(self, send: Callable[[], object], success: str) -> None:
        self.test_email_button.setEnabled(False)
        self.test_sms_button.setEnabled(False)
        self._show_result(self.tr("Sending…"), ok=True)
        self._pending_success = success
        self._pending = _test_sender.submit(send)
        self._poll.start()

    def is_sending(self) -> bool:
        return self._pending is not None

    def _check_pending(self) -> None:
        if self._pending is None or not self._pending.done():
            return
        self._poll.stop()
        future, self._pending = self._pending, None
        self.test_email_button.setEnabled(True)
        self.test_sms_button.setEnabled(True)
        error = future.exception()
        if error is None:
            self._show_result(self._pending_success, ok=True)
        elif isinstance(error, (DeliveryError, UserError)):
            self._show_result(error.render(translate), ok=False)
        else:
            log.error("Sending a test message failed unexpectedly", exc_info=error)
            self._show_result(self.tr("Sending failed unexpectedly ({error}). The details are in the log file.")
                              .format(error=type(error).__name__), ok=False)

    def open_calibration_page(self) -> QDialog | None:
        """Render the calibration page for the window on screen and show it, ready to print."""
        from vetdesk.documents.reminder_letter import EnvelopeWindow, render_calibration_page
        from vetdesk.ui.pdf_view import PdfViewDialog

        for spin in self._window_fields().values():
            spin.setStyleSheet("")
        window = EnvelopeWindow(left_mm=self.window_left.value(), top_mm=self.window_top.value(),
                                width_mm=self.window_width.value(), height_mm=self.window_height.value())
        try:
            pdf = render_calibration_page(window, translate)
        except UserError as error:
            self._show_result(self.error_text(UserError(error.message, field=messaging_settings.WINDOW_FIELD)),
                              ok=False)
            return None
        self.result.hide()
        dialog = PdfViewDialog(pdf, self.tr("Envelope calibration page"), self,
                               file_name=self.tr("envelope-calibration.pdf"))
        self.pdf_dialog = dialog
        dialog.open()
        return dialog


@dataclass
class _LevelRow:
    """The editors of one row of the reminder levels table."""

    days: QSpinBox
    min_amount: QLineEdit
    channel: QComboBox
    fallback: QComboBox
    offer_plan: QCheckBox
    certified: QCheckBox


# Example values for the SMS length of a text with placeholders. A client's real message differs in length.
_EXAMPLE_DATE = date(2026, 11, 15)
_EXAMPLE_AMOUNT = Money.from_cents(123456)


class RemindersTab(QWidget):
    """The reminder levels, the days between two levels, the clinic's words to avoid and the reminder texts.

    A text shows the built-in one while the clinic has none of its own, and a
    text equal to the built-in one is saved as "", so that reminders follow
    later corrections of the built-in texts. Texts are checked while typing:
    placeholders, what a subject and an SMS opening reveal, and the wording
    check with the words to avoid as typed in this tab.
    """

    ERROR_STYLE = "border: 2px solid #d93025;"
    LEVEL, DAYS, MIN_AMOUNT, CHANNEL, FALLBACK, OFFER_PLAN, CERTIFIED = range(7)
    # The field of a minimum amount that cannot be read, as "reminders.levels.<level>.min_amount".
    AMOUNT_FIELD = "reminders.levels.{level}.min_amount"
    # Days after the last level at which a newly added level starts.
    ADDED_LEVEL_DAYS = 30

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None, *, clinic_name: str = "",
                 clinic_phone: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("remindersTab")
        self._clinic_name = clinic_name
        self._clinic_phone = clinic_phone
        self._rows: list[_LevelRow] = []
        self._loading = False

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_levels(values))
        column.addWidget(self._build_extra_terms(values))
        column.addWidget(self._build_templates(values), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._set_stored_levels(values[settings.REMINDER_LEVELS.key])
        self.show_template(TemplateKey(1, "email"), "es")

    # The levels

    def _build_levels(self, values: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Reminder levels"))
        layout = QVBoxLayout(box)
        self.levels_table = QTableWidget(0, 7)
        self.levels_table.setObjectName("reminderLevels")
        self.levels_table.setHorizontalHeaderLabels([
            self.tr("Level"), self.tr("Days after the due date"), self.tr("Minimum amount (€)"),
            self.tr("Channel"), self.tr("Fallback"), self.tr("Offer a plan"), self.tr("Certified / burofax"),
        ])
        self.levels_table.verticalHeader().hide()
        self.levels_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.levels_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.levels_table.setMinimumHeight(170)

        self.add_level_button = self._button(self.tr("Add a level"), "addReminderLevel", self.add_level)
        self.remove_level_button = self._button(self.tr("Remove the last level"), "removeReminderLevel",
                                                self.remove_last_level)
        restore = self._button(self.tr("Restore defaults"), "restoreReminderLevels", self.restore_default_levels)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_level_button)
        buttons.addWidget(self.remove_level_button)
        buttons.addStretch()
        buttons.addWidget(restore)

        self.levels_error = QLabel()
        self.levels_error.setObjectName("reminderLevelsError")
        self.levels_error.setWordWrap(True)
        self.levels_error.setStyleSheet("color: #8c1d18;")
        self.levels_error.hide()

        self.interval = QSpinBox()
        self.interval.setObjectName("reminderInterval")
        # 0 can be typed so that saving explains the valid range instead of silently changing it.
        self.interval.setRange(0, 365)
        self.interval.setValue(values[settings.REMINDER_MIN_INTERVAL_DAYS.key])
        self._interval_label = self.tr("Days between two levels sent to a client, at least")
        interval_row = QHBoxLayout()
        interval_row.addWidget(QLabel(self._interval_label))
        interval_row.addWidget(self.interval)
        interval_row.addStretch()
        note = QLabel(self.tr(
            "A client moves up one level at a time, once the previous level was sent and at least this many "
            "days have passed. The channel is used when the client accepts it; otherwise the fallback, and "
            "otherwise a letter."))
        note.setWordWrap(True)

        layout.addWidget(note)
        layout.addWidget(self.levels_table)
        layout.addLayout(buttons)
        layout.addWidget(self.levels_error)
        layout.addLayout(interval_row)
        return box

    @staticmethod
    def _button(text: str, object_name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _channel_combo(self, value: Channel, object_name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        for channel in (Channel.EMAIL, Channel.SMS, Channel.LETTER):
            combo.addItem(reminder_labels.channel_label(channel), channel.value)
        combo.setCurrentIndex(combo.findData(value.value))
        return combo

    @staticmethod
    def _centred(widget: QWidget) -> QWidget:
        cell = QWidget()
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(widget)
        return cell

    def _append_row(self, level: ReminderLevel) -> None:
        number = len(self._rows) + 1
        days = QSpinBox()
        days.setObjectName(f"levelDays_{number}")
        days.setRange(0, 3650)
        days.setValue(level.days_overdue)
        min_amount = QLineEdit(_amount_text(level.min_amount.cents))
        min_amount.setObjectName(f"levelMinAmount_{number}")
        offer_plan = QCheckBox()
        offer_plan.setObjectName(f"levelOfferPlan_{number}")
        offer_plan.setChecked(level.offer_plan)
        certified = QCheckBox()
        certified.setObjectName(f"levelCertified_{number}")
        certified.setChecked(level.certified)
        row = _LevelRow(days, min_amount, self._channel_combo(level.channel, f"levelChannel_{number}"),
                        self._channel_combo(level.fallback, f"levelFallback_{number}"), offer_plan, certified)
        self._rows.append(row)

        table = self.levels_table
        table.insertRow(number - 1)
        item = QTableWidgetItem(reminder_labels.level_label(number))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setItem(number - 1, self.LEVEL, item)
        table.setCellWidget(number - 1, self.DAYS, days)
        table.setCellWidget(number - 1, self.MIN_AMOUNT, min_amount)
        table.setCellWidget(number - 1, self.CHANNEL, row.channel)
        table.setCellWidget(number - 1, self.FALLBACK, row.fallback)
        table.setCellWidget(number - 1, self.OFFER_PLAN, self._centred(offer_plan))
        table.setCellWidget(number - 1, self.CERTIFIED, self._centred(certified))
        days.valueChanged.connect(self._check_levels)
        min_amount.textChanged.connect(self._check_levels)

    def set_levels(self, levels: Sequence[ReminderLevel]) -> None:
        """Show ``levels`` in the table, replacing the rows there."""
        self.levels_table.setRowCount(0)
        self._rows.clear()
        for level in levels:
            self._append_row(level)
        self._check_levels()

    def _set_stored_levels(self, stored: list) -> None:
        try:
            levels = [ReminderLevel.from_json(item) for item in stored]
        except (KeyError, TypeError, ValueError):
            log.warning("The stored reminder levels could not be read, so the settings dialog shows the defaults")
            self.set_levels(DEFAULT_LEVELS)
            self._show_levels_problem(self.tr(
                "The stored reminder levels could not be read, so the default levels are shown. "
                "Check them and save."))
            return
        self.set_levels(levels)

    def add_level(self) -> None:
        """Add a level after the last one: a letter, later by ADDED_LEVEL_DAYS, with its minimum amount."""
        if not self._rows:
            self._append_row(DEFAULT_LEVELS[0])
        else:
            last = self._rows[-1]
            try:
                minimum = parse_amount(last.min_amount.text())
            except UserError:
                minimum = DEFAULT_LEVELS[0].min_amount
            self._append_row(ReminderLevel(
                len(self._rows) + 1, last.days.value() + self.ADDED_LEVEL_DAYS, minimum, Channel.LETTER,
                Channel.LETTER, offer_plan=True, certified=last.certified.isChecked()))
        self._check_levels()

    def remove_last_level(self) -> None:
        """Remove the last level, unless it is the only one."""
        if len(self._rows) > 1:
            self._rows.pop()
            self.levels_table.removeRow(self.levels_table.rowCount() - 1)
        self._check_levels()

    def restore_default_levels(self) -> None:
        self.set_levels(DEFAULT_LEVELS)

    def levels(self) -> list[ReminderLevel]:
        """Return the levels in the table. Raise UserError naming a minimum amount that cannot be read."""
        levels = []
        for number, row in enumerate(self._rows, start=1):
            try:
                minimum = parse_amount(row.min_amount.text())
            except UserError as error:
                raise UserError(error.message, field=self.AMOUNT_FIELD.format(level=number)) from None
            levels.append(ReminderLevel(
                number, row.days.value(), minimum, Channel(row.channel.currentData()),
                Channel(row.fallback.currentData()), offer_plan=row.offer_plan.isChecked(),
                certified=row.certified.isChecked()))
        return levels

    def _check_levels(self) -> bool:
        """Show the first problem of the levels under the table, and return True when they can be saved."""
        self.remove_level_button.setEnabled(len(self._rows) > 1)
        for row in self._rows:
            row.days.setStyleSheet("")
            row.min_amount.setStyleSheet("")
        for number, row in enumerate(self._rows, start=1):
            try:
                parse_amount(row.min_amount.text())
            except UserError as error:
                row.min_amount.setStyleSheet(self.ERROR_STYLE)
                return self._show_levels_problem(self._amount_problem(number, error))
        problem = check_levels(self.levels())
        if problem is None:
            return self._show_levels_problem("")
        level = problem.params.get("level")
        if "days" in problem.params and isinstance(level, int) and 1 <= level <= len(self._rows):
            self._rows[level - 1].days.setStyleSheet(self.ERROR_STYLE)
        return self._show_levels_problem(problem.render(translate))

    def _amount_problem(self, number: int, error: UserError) -> str:
        return self.tr("Reminder level {level}, minimum amount: {problem}").format(
            level=number, problem=error_text(error))

    def _show_levels_problem(self, text: str) -> bool:
        self.levels_error.setText(text)
        self.levels_error.setVisible(bool(text))
        return not text

    # The words to avoid

    def _build_extra_terms(self, values: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Words to avoid"))
        layout = QVBoxLayout(box)
        note = QLabel(self.tr(
            "VetDesk already flags words that humiliate, label or threaten a client, such as «moroso» or "
            "«embargo». Add your own here, one per line, optionally followed by = and what to write instead."))
        note.setWordWrap(True)
        self.extra_terms = QPlainTextEdit("\n".join(values[settings.REMINDER_EXTRA_TERMS.key]))
        self.extra_terms.setObjectName("extraTerms")
        self.extra_terms.setPlaceholderText(self.tr("impagado = pendiente de pago"))
        self.extra_terms.setMaximumHeight(90)
        self.extra_terms.textChanged.connect(self._check_template)
        layout.addWidget(note)
        layout.addWidget(self.extra_terms)
        return box

    def extra_term_lines(self) -> list[str]:
        """Return the words to avoid as "term" or "term = suggestion" lines.

        Raise UserError for a line with a suggestion but no term.
        """
        lines = []
        for line in self.extra_terms.toPlainText().splitlines():
            term, separator, suggestion = line.partition("=")
            term, suggestion = " ".join(term.split()), " ".join(suggestion.split())
            if not term and not suggestion:
                continue
            if not term:
                raise UserError(UserMessage("RemindersTab", QT_TRANSLATE_NOOP(
                    "RemindersTab", "The line \"{line}\" has nothing before \"=\". Write the word to avoid, "
                    "then = and what to write instead."), {"line": line.strip()}),
                    field=settings.REMINDER_EXTRA_TERMS.key)
            lines.append(f"{term} = {suggestion}" if separator and suggestion else term)
        return lines

    def _typed_extra_terms(self) -> list[FlaggedTerm]:
        # The live check skips a line without a term, and saving reports it.
        return parse_extra_terms(self.extra_terms.toPlainText().splitlines())

    # The texts

    def _build_templates(self, values: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Reminder texts"))
        layout = QVBoxLayout(box)
        self.template_level = QComboBox()
        self.template_level.setObjectName("templateLevel")
        for level in TEMPLATE_LEVELS:
            self.template_level.addItem(reminder_labels.level_label(level), level)
        self.template_part = QComboBox()
        self.template_part.setObjectName("templatePart")
        for part in PARTS:
            self.template_part.addItem(self._part_label(part), part)
        self.template_variant = QComboBox()
        self.template_variant.setObjectName("templateVariant")
        self.template_variant.addItem(self.tr("Overdue charges"), False)
        self.template_variant.addItem(self.tr("Late instalments of an agreement"), True)
        self.template_language = QComboBox()
        self.template_language.setObjectName("templateLanguage")
        # Each language is named in itself, as in the language chooser.
        self.template_language.addItem("Español", "es")
        self.template_language.addItem("English", "en")
        choosers = QHBoxLayout()
        for combo in (self.template_level, self.template_part, self.template_variant, self.template_language):
            combo.currentIndexChanged.connect(self._template_chosen)
            choosers.addWidget(combo)
        choosers.addStretch()

        self.template_hint = QLabel()
        self.template_hint.setObjectName("templateHint")
        self.template_hint.setWordWrap(True)
        self.template_editor = QPlainTextEdit()
        self.template_editor.setObjectName("templateEditor")
        self.template_editor.setMinimumHeight(150)
        self.template_editor.textChanged.connect(self._template_edited)
        self.template_placeholders = QLabel()
        self.template_placeholders.setObjectName("templatePlaceholders")
        self.template_placeholders.setWordWrap(True)
        self.template_placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sms_length = QLabel()
        self.sms_length.setObjectName("templateSmsLength")
        self.template_problem = QLabel()
        self.template_problem.setObjectName("templateProblem")
        self.template_problem.setWordWrap(True)
        self.template_problem.setStyleSheet("color: #8c1d18;")
        self.template_warnings = QLabel()
        self.template_warnings.setObjectName("templateWarnings")
        self.template_warnings.setWordWrap(True)
        self.template_warnings.setStyleSheet(
            "#templateWarnings { background: #fef7e0; border: 1px solid #e37400; border-radius: 4px; "
            "color: #7a3e00; padding: 4px; }")
        restore = self._button(self.tr("Restore default"), "restoreTemplateDefault", self.restore_template_default)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sms_length)
        bottom.addStretch()
        bottom.addWidget(restore)
        note = QLabel(self.tr("Levels after the fourth use the texts of the fourth level."))
        note.setWordWrap(True)

        # Every text by (template, language): the clinic's own, the built-in one, or what was typed.
        self._texts: dict[tuple[TemplateKey, str], str] = {}
        for key in template_keys():
            for language in TEMPLATE_LANGUAGES:
                stored = values[settings.template_setting_key(key, language)]
                self._texts[key, language] = stored or self._default(key, language)

        layout.addLayout(choosers)
        layout.addWidget(self.template_hint)
        layout.addWidget(self.template_editor, 1)
        layout.addWidget(self.template_placeholders)
        layout.addLayout(bottom)
        layout.addWidget(self.template_problem)
        layout.addWidget(self.template_warnings)
        layout.addWidget(note)
        return box

    def _part_label(self, part: str) -> str:
        return {"subject": self.tr("Email subject"), "email": self.tr("Email"), "letter": self.tr("Letter"),
                "sms": self.tr("SMS")}[part]

    @staticmethod
    def _default(key: TemplateKey, language: str) -> str:
        return default_text(key.level, key.part, language, agreement=key.agreement)

    def current_template(self) -> tuple[TemplateKey, str]:
        key = TemplateKey(self.template_level.currentData(), self.template_part.currentData(),
                          self.template_variant.currentData())
        return key, self.template_language.currentData()

    def show_template(self, key: TemplateKey, language: str) -> None:
        """Choose the text of ``key`` in ``language`` in the editor."""
        self._loading = True
        try:
            self.template_level.setCurrentIndex(self.template_level.findData(key.level))
            self.template_part.setCurrentIndex(self.template_part.findData(key.part))
            self.template_variant.setCurrentIndex(1 if key.agreement else 0)
            self.template_language.setCurrentIndex(self.template_language.findData(language))
        finally:
            self._loading = False
        self._template_chosen()

    def template_text(self, key: TemplateKey, language: str) -> str:
        return self._texts[key, language]

    def _template_chosen(self) -> None:
        if self._loading:
            return
        key, language = self.current_template()
        hints = {
            "subject": self.tr("Anyone who can see the client's inbox reads the subject, so it leaves out amounts "
                               "and words about a debt."),
            "sms": self.tr("A locked phone shows the first {count} characters of a text message, so they leave out "
                           "amounts and words about a debt.").format(count=SMS_PRIVATE_OPENING),
            "letter": self.tr("Only the letter's paragraphs: the letter adds the table of amounts, the ways to pay, "
                              "the closing and the signature."),
            "email": self.tr("The email is sent with the letter attached as a PDF."),
        }
        self.template_hint.setText(hints[key.part])
        names = [name for name in PLACEHOLDERS if key.part != "subject" or name not in DEBT_PLACEHOLDERS]
        self.template_placeholders.setText(self.tr("Placeholders you can use: {placeholders}").format(
            placeholders=", ".join(f"{{{name}}}" for name in names)))
        self.sms_length.setVisible(key.part == "sms")
        self._loading = True
        try:
            self.template_editor.setPlainText(self._texts[key, language])
        finally:
            self._loading = False
        self._check_template()

    def _template_edited(self) -> None:
        if self._loading:
            return
        self._texts[self.current_template()] = self.template_editor.toPlainText()
        self._check_template()

    def restore_template_default(self) -> None:
        """Put the built-in text of the chosen level, part, variant and language back in the editor."""
        key, language = self.current_template()
        self.template_editor.setPlainText(self._default(key, language))

    def _check_template(self) -> bool:
        """Show the problem and the flagged words of the text in the editor, and return True when it can be saved."""
        key, language = self.current_template()
        text = self.template_editor.toPlainText()
        problem = check_template(text, key.part)
        self.template_editor.setStyleSheet(self.ERROR_STYLE if problem else "")
        self.template_problem.setText(problem.render(translate) if problem else "")
        self.template_problem.setVisible(problem is not None)
        warnings = check_wording(text, self._typed_extra_terms())
        self._show_warnings(warnings)
        if key.part == "sms":
            self._update_sms_length(text, language)
        return problem is None and not warnings

    def _show_warnings(self, warnings: Sequence[WordingWarning]) -> None:
        if not warnings:
            self.template_warnings.clear()
            self.template_warnings.hide()
            return
        lines = [self.tr("These words can hurt or threaten the client:")]
        for warning in warnings:
            if warning.suggestion:
                lines.append(self.tr("«{found}»: write “{suggestion}” instead").format(
                    found=warning.found, suggestion=warning.suggestion))
            else:
                lines.append(self.tr("«{found}»: leave it out").format(found=warning.found))
        self.template_warnings.setText("\n".join(lines))
        self.template_warnings.show()

    def _example_values(self, language: str) -> dict[str, str]:
        amount = format_money(_EXAMPLE_AMOUNT, language)
        due = format_date(_EXAMPLE_DATE, language)
        return {
            "client_name": "María García", "clinic_name": self._clinic_name or "Clínica Veterinaria",
            "clinic_phone": format_phone(self._clinic_phone) if self._clinic_phone else "912 345 678",
            "clinic_email": "recepcion@clinica.es", "amount": amount, "oldest_due_date": due,
            "items": f"- {due} Consulta: {amount}", "iban": "ES91 2100 0418 4502 0005 1332",
            "bizum_phone": "600 000 000", "agreement_number": "AC-2026-0001", "deadline_days": "15",
            "date": format_long_date(_EXAMPLE_DATE, language),
        }

    def _update_sms_length(self, text: str, language: str) -> None:
        try:
            example = fill(text, self._example_values(language))
        except UserError:
            # The text has a placeholder problem, shown above, so its length is counted as typed.
            example = text
        length = sms_length(example)
        label = self.tr("With example values: {characters} characters · {segments} SMS").format(
            characters=length.characters, segments=length.segments)
        if length.unicode:
            label += " " + self.tr("(with accented letters: 70 characters per SMS, 67 each when split)")
        self.sms_length.setText(label)
        self.sms_length.setStyleSheet("color: #b06000;" if length.segments > 1 else "")

    def template_title(self, key: TemplateKey, language: str) -> str:
        variant = self.tr("late instalments") if key.agreement else self.tr("overdue charges")
        names = {"es": self.tr("Spanish"), "en": self.tr("English")}
        return self.tr("{level}, {part}, {variant}, {language}").format(
            level=reminder_labels.level_label(key.level), part=self._part_label(key.part), variant=variant,
            language=names[language])

    # Saving

    def changes(self) -> dict[str, Any]:
        """Return the tab's values by setting key.

        Raise UserError naming a minimum amount that cannot be read, a line of
        the words to avoid without a word, or a text that uses one of the words
        to avoid typed here. ``update_settings`` checks the rest.
        """
        self.interval.setStyleSheet("")
        self.extra_terms.setStyleSheet("")
        levels = self.levels()
        lines = self.extra_term_lines()
        extra_terms = parse_extra_terms(lines)
        changes: dict[str, Any] = {
            settings.REMINDER_LEVELS.key: [level.to_json() for level in levels],
            settings.REMINDER_MIN_INTERVAL_DAYS.key: self.interval.value(),
            settings.REMINDER_EXTRA_TERMS.key: lines,
        }
        for (key, language), text in self._texts.items():
            setting_key = settings.template_setting_key(key, language)
            if text.strip() == self._default(key, language).strip():
                changes[setting_key] = ""
                continue
            problem = settings.reminder_text_problem(text, key.part, extra_terms)
            if problem is not None:
                raise UserError(problem, field=setting_key)
            changes[setting_key] = text
        return changes

    def error_text(self, error: UserError) -> str | None:
        """Mark the field that ``error`` names and return its message, or None when the field is not here."""
        field = error.field or ""
        if field == settings.REMINDER_LEVELS.key:
            self.levels_table.setFocus()
            self._check_levels()
            return f"{self.tr('Reminder levels')}: {error_text(error)}"
        for number, row in enumerate(self._rows, start=1):
            if field == self.AMOUNT_FIELD.format(level=number):
                row.min_amount.setStyleSheet(self.ERROR_STYLE)
                row.min_amount.setFocus()
                return self._amount_problem(number, error)
        if field == settings.REMINDER_MIN_INTERVAL_DAYS.key:
            self.interval.setStyleSheet(self.ERROR_STYLE)
            self.interval.setFocus()
            return f"{self._interval_label}: {error_text(error)}"
        if field == settings.REMINDER_EXTRA_TERMS.key:
            self.extra_terms.setStyleSheet(self.ERROR_STYLE)
            self.extra_terms.setFocus()
            return f"{self.tr('Words to avoid')}: {error_text(error)}"
        for key, language in self._texts:
            if field == settings.template_setting_key(key, language):
                self.show_template(key, language)
                self.template_editor.setStyleSheet(self.ERROR_STYLE)
                self.template_problem.setText(error_text(error))
                self.template_problem.show()
                self.template_editor.setFocus()
                return self.tr("Reminder text \"{text}\": {problem}").format(
                    text=self.template_title(key, language), problem=error_text(error))
        return None


# Test messages run here, one at a time, so that a slow server does not freeze the dialog.
_test_sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vetdesk-test-message")


class DebtFollowUpTab(QWidget):
    """Settings of court claims: whether the dossier adds legal interest, and the rate of each year."""

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtFollowUpTab")
        from vetdesk.domain.claims import DEFAULT_LEGAL_INTEREST_RATES

        self.add_interest = QCheckBox(self.tr("Add interest at the legal rate to the amount of a court claim"))
        self.add_interest.setObjectName("addLegalInterest")
        self.add_interest.setChecked(values[settings.CLAIM_ADD_LEGAL_INTEREST.key])
        rates = {str(year): str(rate) for year, rate in DEFAULT_LEGAL_INTEREST_RATES.items()}
        rates.update(values[settings.CLAIM_LEGAL_INTEREST_RATES.key])
        self.rates = QPlainTextEdit("\n".join(f"{year} = {rate}" for year, rate in sorted(rates.items())))
        self.rates.setObjectName("legalInterestRates")
        self.rates.setToolTip(self.tr("One year per line, as \"2026 = 3,25\". The rate is a yearly percentage."))
        note = QLabel(self.tr("The legal interest rate (\"interés legal del dinero\") is set each year by the "
                              "budget law. Add the current year when it is published; interest runs from the "
                              "first reminder that claimed each charge."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.add_interest)
        layout.addWidget(QLabel(self.tr("Legal interest rate by year (%)")))
        layout.addWidget(self.rates)
        layout.addWidget(note)

    def changes(self) -> dict[str, Any]:
        typed: dict[str, str] = {}
        for line in self.rates.toPlainText().splitlines():
            if not line.strip():
                continue
            year, separator, rate = line.partition("=")
            typed[year.strip()] = rate.strip() if separator else ""
        return {settings.CLAIM_ADD_LEGAL_INTEREST.key: self.add_interest.isChecked(),
                settings.CLAIM_LEGAL_INTEREST_RATES.key: typed}

    def error_text(self, error: UserError) -> str | None:
        fields = ("legal_interest_rates", settings.CLAIM_LEGAL_INTEREST_RATES.key)
        return error_text(error) if error.field in fields else None


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
        self.reminders_tab = RemindersTab(values, self, clinic_name=clinic.name if clinic else "",
                                          clinic_phone=clinic.phone if clinic else "")
        self.messages_tab = MessagesTab(context, values, self)
        self.debts_tab = DebtFollowUpTab(values, self)

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
        tabs.addTab(self.reminders_tab, self.tr("Reminders"))
        tabs.addTab(self.messages_tab, self.tr("Messages"))
        tabs.addTab(self.debts_tab, self.tr("Debt follow-up"))
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
        # Eight tabs and the reminder texts need more room than the dialog's size hint gives.
        self.resize(960, 720)

        self.can_edit_clinic = staff.allows(context, staff.Permission.EDIT_SETTINGS)
        if not self.can_edit_clinic:
            denied = self.tr("Only a manager or an administrator can change the clinic's settings. "
                             "You can change this desk's language.")
            for page in (self.clinic_form, banner_page, self.terms_tab, self.reminders_tab, self.messages_tab,
                         self.debts_tab, access_page):
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
            changes.update(self.reminders_tab.changes())
            changes.update(self.messages_tab.changes())
            changes.update(self.debts_tab.changes())
            clinic = clinic_service.validate_clinic(self.clinic_form.clinic())
            settings.update_settings(self._context, changes)
            clinic_service.save_clinic(self._context, clinic)
            # After the settings, so that a value refused above stores no secret either.
            self.messages_tab.store_secrets()
        except UserError as error:
            self.clinic_form.mark_errors(error)
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            texts = []
            for item in errors:
                terms_text = self.terms_tab.error_text(item)
                if terms_text is not None:
                    self.tabs.setCurrentWidget(self.terms_tab)
                reminders_text = self.reminders_tab.error_text(item)
                if reminders_text is not None:
                    self.tabs.setCurrentWidget(self.reminders_tab)
                messages_text = self.messages_tab.error_text(item)
                if messages_text is not None:
                    self.tabs.setCurrentWidget(self.messages_tab)
                debts_text = self.debts_tab.error_text(item)
                if debts_text is not None:
                    self.tabs.setCurrentWidget(self.debts_tab)
                texts.append(terms_text or reminders_text or messages_text or debts_text or error_text(item))
            self.message_bar.show_error("\n".join(texts))
            return False
        return True
