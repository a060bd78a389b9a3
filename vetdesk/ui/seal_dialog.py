"""The clinic's seal certificate: see it, load the clinic's own .p12/.pfx file, or create a self-signed seal.

Also the passphrase prompt shown when sealing needs a passphrase that this
desk does not keep (see ``vetdesk.services.seal.PassphraseNeeded``). Both
dialogs are opened with ``open()``, as is the file chooser, so nothing blocks
and tests drive them through their public methods.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.formatting import format_date
from vetdesk.domain.messages import UserError
from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, error_text

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.seal import SealCertificateInfo

seal = lazy_import("vetdesk.services.seal")
staff = lazy_import("vetdesk.services.staff")
clinic = lazy_import("vetdesk.services.clinic")

# PKCS#12 files from certificate providers have a few kilobytes, so a bigger file is the wrong one.
MAX_CERTIFICATE_FILE_BYTES = 1_000_000


def _fit_height(window: QWidget) -> None:
    """Make a shown ``window`` tall enough for its word-wrapped texts at its current width.

    A window does not grow by itself when a wrapped label gets longer, because
    the label's height depends on its width, so the end of the text would be cut off.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = window.heightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


class GrowingMessageBar(MessageBar):
    """A message bar that makes its window taller when a message needs more room."""

    def show_error(self, text: str) -> None:
        super().show_error(text)
        _fit_height(self.window())

    def show_info(self, text: str) -> None:
        super().show_info(text)
        _fit_height(self.window())


class SealDialog(QDialog):
    """Shows the active seal certificate and replaces it with a loaded or a newly created one.

    ``certificateChanged`` carries the new SealCertificateInfo. ``load_certificate``
    and ``create_seal`` are public so that tests drive the dialog without ``exec()``.
    """

    certificateChanged = Signal(object)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealDialog")
        self.setWindowTitle(self.tr("Seal of the clinic's documents"))
        self.setMinimumWidth(520)
        self._context = context
        self.file_dialog: QFileDialog | None = None
        self.passphrase_dialog: SealPassphraseDialog | None = None

        intro = QLabel(self.tr("VetDesk seals every signed payment-terms form with this certificate, so that "
                               "any change to the file can be detected later."))
        intro.setWordWrap(True)
        self.message_bar = GrowingMessageBar(self)

        self.subject = self._value_label("sealSubject")
        self.validity = self._value_label("sealValidity")
        self.issuer_kind = self._value_label("sealIssuerKind")
        current = QGroupBox(self.tr("Active certificate"))
        current_form = QFormLayout(current)
        current_form.addRow(self.tr("Holder"), self.subject)
        current_form.addRow(self.tr("Valid"), self.validity)
        current_form.addRow(self.tr("Issued by"), self.issuer_kind)

        self.file_path = QLineEdit()
        self.file_path.setObjectName("sealFilePath")
        self.file_path.setPlaceholderText(self.tr("the clinic's certificate file, .p12 or .pfx"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("sealChooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.choose_button)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sealFilePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.load_certificate)
        self.load_button = QPushButton(self.tr("Load certificate"))
        self.load_button.setObjectName("sealLoadButton")
        self.load_button.clicked.connect(self.load_certificate)
        own = QGroupBox(self.tr("Use the clinic's own certificate"))
        own_form = QFormLayout(own)
        own_form.addRow(self.tr("File"), file_row)
        own_form.addRow(self.tr("Passphrase of the file"), self.passphrase)
        own_form.addRow("", self.load_button)

        self.create_button = QPushButton(self.tr("Create a self-signed clinic seal"))
        self.create_button.setObjectName("sealCreateButton")
        self.create_button.clicked.connect(self.create_seal)
        create_note = QLabel(self.tr("A self-signed seal proves that a document has not changed since VetDesk "
                                     "sealed it. A certificate from a certification authority also proves the "
                                     "clinic's identity to others. Documents sealed earlier keep their seal."))
        create_note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addWidget(current)
        layout.addWidget(own)
        layout.addWidget(create_note)
        layout.addWidget(self.create_button)
        layout.addWidget(buttons)
        self.refresh()

    def _value_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _time_zone(self) -> ZoneInfo:
        return ZoneInfo(clinic.clinic_time_zone(self._context))

    def _date(self, moment: datetime) -> str:
        return format_date(moment.astimezone(self._time_zone()).date())

    def refresh(self) -> None:
        """Show the active certificate, and enable the changes the signed-in role allows."""
        info = seal.active_certificate(self._context)
        if info is None:
            self.subject.setText(self.tr("The clinic has no seal yet. VetDesk creates a self-signed one when "
                                         "the first form is signed, unless you load the clinic's certificate "
                                         "first."))
            self.validity.setText("")
            self.issuer_kind.setText("")
        else:
            self.subject.setText(info.subject)
            self.validity.setText(self.tr("from {start} to {end}").format(
                start=self._date(info.not_before), end=self._date(info.not_after)))
            self.issuer_kind.setText(
                self.tr("VetDesk (self-signed clinic seal)") if info.self_signed
                else self.tr("A certification authority"))
        may_change = staff.allows(self._context, staff.Permission.EDIT_SETTINGS)
        for control in (self.file_path, self.choose_button, self.passphrase, self.load_button, self.create_button):
            control.setEnabled(may_change)
        if not may_change:
            self.message_bar.show_info(self.tr("Loading or creating the clinic's seal needs the manager or "
                                               "administrator role."))

    def choose_file(self) -> QFileDialog:
        """Open a non-blocking file chooser whose chosen file fills the file field."""
        dialog = QFileDialog(self, self.tr("Choose the clinic's certificate"), self.file_path.text(),
                             self.tr("Certificates with private key (*.p12 *.pfx);;All files (*)"))
        dialog.setObjectName("sealFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.file_path.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _read_certificate_file(self) -> bytes | None:
        """Return the chosen file's bytes, or show why not and return None."""
        text = self.file_path.text().strip()
        if not text:
            self.message_bar.show_error(self.tr("Choose the clinic's certificate file first."))
            self.file_path.setFocus()
            return None
        path = Path(text)
        try:
            if path.stat().st_size > MAX_CERTIFICATE_FILE_BYTES:
                self.message_bar.show_error(self.tr("{file} is too large to be a certificate file. Choose the "
                                                    ".p12 or .pfx file of the clinic's certificate.")
                                            .format(file=path.name))
                return None
            return path.read_bytes()
        except FileNotFoundError:
            self.message_bar.show_error(self.tr("The file {file} does not exist. Choose the file again.")
                                        .format(file=text))
        except OSError as error:
            self.message_bar.show_error(self.tr("The file {file} could not be read: {error}")
                                        .format(file=text, error=error.strerror or type(error).__name__))
        return None

    def load_certificate(self) -> bool:
        """Check the chosen file with the typed passphrase and make it the active seal, or show the problem inline."""
        data = self._read_certificate_file()
        if data is None:
            return False
        try:
            info = seal.import_certificate(self._context, data, self.passphrase.text())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            if error.field == "passphrase":
                self.passphrase.selectAll()
                self.passphrase.setFocus()
            return False
        self.passphrase.clear()
        self._changed(info, self.tr("The certificate \"{subject}\" now seals the clinic's documents.")
                      .format(subject=info.subject))
        return True

    def create_seal(self) -> bool:
        """Create a self-signed clinic seal, or open the passphrase prompt first on a desk without a keyring."""
        try:
            info = seal.create_clinic_seal(self._context)
        except seal.PassphraseNeeded as needed:
            self.passphrase_dialog = ask_seal_passphrase(self, error_text(needed), self._create_with_passphrase,
                                                         confirm=True)
            return False
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self._created(info)
        return True

    def _create_with_passphrase(self, passphrase: str) -> None:
        self._created(seal.create_clinic_seal(self._context, passphrase))

    def _created(self, info: SealCertificateInfo) -> None:
        self._changed(info, self.tr("A new self-signed clinic seal now seals the clinic's documents."))

    def _changed(self, info: SealCertificateInfo, text: str) -> None:
        self.refresh()
        self.message_bar.show_info(text)
        self.certificateChanged.emit(info)


class SealPassphraseDialog(QDialog):
    """Asks for the passphrase of the clinic's seal and hands it to ``callback``.

    The callback may raise UserError, for example PassphraseNeeded for a wrong
    passphrase; the dialog then shows the message and stays open. With
    ``confirm`` the passphrase is typed twice, for a passphrase being chosen.
    """

    def __init__(self, message: str, callback: Callable[[str], object], parent: QWidget | None = None, *,
                 confirm: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("sealPassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase of the clinic's seal"))
        self.setMinimumWidth(420)
        self._callback = callback
        self.explanation = QLabel(message)
        self.explanation.setObjectName("sealPassphraseMessage")
        self.explanation.setWordWrap(True)
        self.message_bar = GrowingMessageBar(self)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sealPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.submit)
        self.repeated = QLineEdit()
        self.repeated.setObjectName("sealPassphraseRepeated")
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if confirm:
            form.addRow(self.tr("Type it again"), self.repeated)
        self._confirm = confirm
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # The typed passphrase is cleared when the dialog closes, whatever the way.
        self.finished.connect(self._clear)

    def _clear(self, _result: int = 0) -> None:
        self.passphrase.clear()
        self.repeated.clear()

    def submit(self) -> bool:
        """Pass the typed passphrase to the callback and close, or show the callback's error and stay open."""
        typed = self.passphrase.text()
        if not typed:
            self.message_bar.show_error(self.tr("Type the passphrase of the clinic's seal."))
            return False
        if self._confirm and self.repeated.text() != typed:
            self.message_bar.show_error(self.tr("The two passphrases differ. Type the same passphrase in both "
                                                "fields."))
            self.repeated.clear()
            self.repeated.setFocus()
            return False
        try:
            self._callback(typed)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        self.accept()
        return True


# Prompts without a parent are owned by Python, so this set keeps them alive until they are closed.
_open_prompts: set[SealPassphraseDialog] = set()


def ask_seal_passphrase(parent: QWidget | None, message: str, callback: Callable[[str], object], *,
                        confirm: bool = False) -> SealPassphraseDialog:
    """Open a non-blocking prompt that shows ``message`` and passes the typed passphrase to ``callback``.

    For ``PassphraseNeeded`` raised by sealing, pass its rendered message and a
    callback that calls ``seal.provide_passphrase(context, error.fingerprint,
    passphrase)`` and then retries the sealing. Pass ``confirm=True`` when
    ``error.fingerprint`` is None, because the passphrase then protects a new seal.
    """
    dialog = SealPassphraseDialog(message, callback, parent, confirm=confirm)
    _open_prompts.add(dialog)
    dialog.finished.connect(lambda _result: _open_prompts.discard(dialog))
    dialog.open()
    return dialog

