"""The seal dialog and the passphrase prompt: see, create and load the clinic's seal certificate."""

from __future__ import annotations

from dataclasses import replace

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlalchemy import func, select

from vetdesk.documents.sealing import create_self_signed_seal
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.services import seal, staff
from vetdesk.services.staff import Role
from vetdesk.storage import models
from vetdesk.ui.seal_dialog import SealDialog, ask_seal_passphrase

PASSPHRASE = "perro gato hámster 2026"


@pytest.fixture(autouse=True)
def _empty_session_cache():
    seal.forget_session_passphrases()
    yield
    seal.forget_session_passphrases()


def certificate_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.SealCertificate))


@pytest.fixture
def dialog(qtbot, context, clinic):
    widget = SealDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def p12_file(tmp_path, clock):
    path = tmp_path / "clinica-norte.p12"
    path.write_bytes(create_self_signed_seal("Clínica del Norte", "B12345674", PASSPHRASE, clock.now))
    return path


def test_dialog_shows_no_seal_yet(dialog):
    assert dialog.objectName() == "sealDialog"
    assert "no seal yet" in dialog.subject.text()
    assert dialog.validity.text() == ""
    assert dialog.create_button.isEnabled()


def test_create_shows_certificate(qtbot, dialog, context):
    with qtbot.waitSignal(dialog.certificateChanged) as changed:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert changed.args[0].id == seal.active_certificate(context).id
    assert "Clínica Veterinaria Prueba – sello de documentos" in dialog.subject.text()
    # Valid from one day before 4/12/2026 10:00 UTC, shown in the clinic's time zone.
    assert dialog.validity.text() == "from 03/12/2026 to 04/12/2036"
    assert dialog.issuer_kind.text() == "VetDesk (self-signed clinic seal)"
    assert "now seals" in dialog.message_bar.text()


def test_load_wrong_passphrase_inline(dialog, context, p12_file, memory_keyring):
    dialog.file_path.setText(str(p12_file))
    dialog.passphrase.setText("perro gato")

    assert not dialog.load_certificate()

    assert "passphrase does not open" in dialog.message_bar.text()
    assert certificate_count(context) == 0
    assert memory_keyring.passwords == {}
    assert "no seal yet" in dialog.subject.text()


def test_load_certificate_shows_it(dialog, context, p12_file):
    dialog.file_path.setText(str(p12_file))
    dialog.passphrase.setText(PASSPHRASE)

    assert dialog.load_certificate()

    assert "Clínica del Norte" in dialog.subject.text()
    assert dialog.passphrase.text() == ""
    assert seal.active_certificate(context).subject in dialog.subject.text()


@pytest.mark.parametrize("name, expected", [("", "Choose the clinic's certificate file first"),
                                            ("missing.p12", "does not exist")])
def test_load_without_file_explained(dialog, tmp_path, name, expected):
    dialog.file_path.setText(str(tmp_path / name) if name else "")
    dialog.passphrase.setText(PASSPHRASE)

    assert not dialog.load_certificate()

    assert expected in dialog.message_bar.text()


def test_load_large_file_refused(dialog, tmp_path):
    path = tmp_path / "film.p12"
    path.write_bytes(b"\0" * 1_000_001)
    dialog.file_path.setText(str(path))

    assert not dialog.load_certificate()

    assert "too large" in dialog.message_bar.text()


def test_load_not_a_certificate_inline(dialog, tmp_path, context):
    path = tmp_path / "carta.pdf"
    path.write_bytes(b"%PDF-1.4 not a certificate")
    dialog.file_path.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)

    assert not dialog.load_certificate()

    assert "not a PKCS#12 certificate file" in dialog.message_bar.text()
    assert certificate_count(context) == 0


def test_choose_file_fills_path(dialog, p12_file):
    chooser = dialog.choose_file()

    assert chooser.objectName() == "sealFileDialog"
    assert chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFile
    chooser.fileSelected.emit(str(p12_file))
    chooser.reject()
    assert dialog.file_path.text() == str(p12_file)


def test_receptionist_sees_but_cannot_change(qtbot, context, clinic):
    admin = staff.create_first_administrator(context, "ana", "Ana Gerente", "correct horse battery")
    as_admin = replace(context)
    as_admin.sign_in(admin)
    seal.create_clinic_seal(as_admin)
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234")
    as_receptionist = replace(context)
    as_receptionist.sign_in(receptionist)

    widget = SealDialog(as_receptionist)
    qtbot.addWidget(widget)

    assert "sello de documentos" in widget.subject.text()
    assert not widget.create_button.isEnabled()
    assert not widget.load_button.isEnabled()
    assert "manager or administrator" in widget.message_bar.text()


def test_create_without_keyring_asks_passphrase(qtbot, dialog, context, memory_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert not dialog.create_seal()
        prompt = dialog.passphrase_dialog
        assert prompt.objectName() == "sealPassphraseDialog"
        assert prompt.isVisible()
        assert "no password keyring" in prompt.explanation.text()

        prompt.passphrase.setText(PASSPHRASE)
        prompt.repeated.setText(PASSPHRASE + "x")
        assert not prompt.submit()
        assert "differ" in prompt.message_bar.text()
        assert certificate_count(context) == 0

        prompt.repeated.setText(PASSPHRASE)
        with qtbot.waitSignal(dialog.certificateChanged):
            assert prompt.submit()
    finally:
        keyring.set_keyring(memory_keyring)

    assert not prompt.isVisible()
    assert prompt.passphrase.text() == ""
    assert "sello de documentos" in dialog.subject.text()
    assert seal.seal_passphrase(seal.active_certificate(context).fingerprint_sha256) == PASSPHRASE


def test_passphrase_prompt_retries_until_accepted(qtbot):
    received: list[str] = []

    def callback(passphrase: str) -> None:
        received.append(passphrase)
        if passphrase != PASSPHRASE:
            raise UserError(UserMessage("Seal", QT_TRANSLATE_NOOP("Seal", "Wrong passphrase for the test.")))

    prompt = ask_seal_passphrase(None, "Type the passphrase of the seal.", callback)
    qtbot.addWidget(prompt)

    assert prompt.isVisible()
    assert not prompt.submit()
    assert "Type the passphrase" in prompt.message_bar.text()
    prompt.passphrase.setText("perro")
    assert not prompt.submit()
    assert "Wrong passphrase for the test." in prompt.message_bar.text()
    assert prompt.isVisible()
    prompt.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(prompt.passphrase, Qt.Key.Key_Return)

    assert received == ["perro", PASSPHRASE]
    assert not prompt.isVisible()
    assert prompt.result() == prompt.DialogCode.Accepted


def cut_off_labels(dialog) -> list[str]:
    """Return the texts of visible labels that the dialog shows only in part."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
        if label.heightForWidth(label.width()) > label.height() or bottom > dialog.height():
            cut.append(label.text())
    return cut


def test_prompt_grows_for_its_error(qtbot):
    long_error = ("The passphrase you typed does not open the clinic's seal. Type it again, minding capital "
                  "letters, or ask the manager for the passphrase chosen when the seal was created.")

    def callback(_passphrase: str) -> None:
        raise UserError(UserMessage("Seal", long_error))

    prompt = ask_seal_passphrase(
        None, "This computer has no password keyring, so VetDesk cannot remember the passphrase of the new "
              "clinic seal. Choose a passphrase, keep it in a safe place and type it each time VetDesk starts.",
        callback, confirm=True)
    qtbot.addWidget(prompt)
    qtbot.waitExposed(prompt)
    assert cut_off_labels(prompt) == []

    prompt.passphrase.setText(PASSPHRASE)
    prompt.repeated.setText(PASSPHRASE + "x")
    assert not prompt.submit()
    assert "differ" in prompt.message_bar.text()
    qtbot.waitUntil(lambda: cut_off_labels(prompt) == [], timeout=1000)

    prompt.repeated.setText(PASSPHRASE)
    assert not prompt.submit()
    assert prompt.message_bar.text() == long_error
    qtbot.waitUntil(lambda: cut_off_labels(prompt) == [], timeout=1000)
    prompt.reject()


def test_seal_dialog_grows_for_its_error(qtbot, dialog, tmp_path):
    qtbot.waitExposed(dialog)
    assert cut_off_labels(dialog) == []
    folder = tmp_path / ("carpeta de certificados de la clínica " * 4).strip()

    dialog.file_path.setText(str(folder / "sello.p12"))
    assert not dialog.load_certificate()

    assert "does not exist" in dialog.message_bar.text()
    qtbot.waitUntil(lambda: cut_off_labels(dialog) == [], timeout=1000)


def test_passphrase_prompt_for_sealing(qtbot, context, clinic, memory_keyring):
    info = seal.create_clinic_seal(context, PASSPHRASE)
    memory_keyring.passwords.clear()
    with pytest.raises(seal.PassphraseNeeded) as raised:
        seal.seal_document(context, b"%PDF", reason="", location="", signer_name="")
    needed = raised.value

    prompt = ask_seal_passphrase(None, needed.render(),
                                 lambda typed: seal.provide_passphrase(context, needed.fingerprint, typed))
    qtbot.addWidget(prompt)
    prompt.passphrase.setText("perro gato")
    assert not prompt.submit()
    assert prompt.message_bar.text() == "The passphrase you typed does not open the clinic's seal. Type it again."
    prompt.passphrase.setText(PASSPHRASE)
    assert prompt.submit()

    assert seal.seal_passphrase(info.fingerprint_sha256) == PASSPHRASE
