"""The clinic's seal: creating and importing certificates, keeping passphrases, sealing and verifying documents."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace
from io import BytesIO
from datetime import date, timedelta
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from fpdf import FPDF
from keyring.errors import PasswordSetError
from sqlalchemy import func, select

from vetdesk.documents.sealing import create_self_signed_seal, load_seal, seal_pdf
from vetdesk.domain.messages import UserError
from vetdesk.services import seal, staff
from vetdesk.services.seal import PassphraseNeeded, Verdict
from vetdesk.services.staff import Role
from vetdesk.storage import models

PASSPHRASE = "perro gato hámster 2026"


@pytest.fixture(autouse=True)
def _empty_session_cache():
    """Each test starts and ends without passphrases typed in earlier tests."""
    seal.forget_session_passphrases()
    yield
    seal.forget_session_passphrases()


@pytest.fixture
def no_keyring(memory_keyring):
    """This desk has no keyring backend, as keyring reports when none works."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(memory_keyring)


class RefusingKeyring(keyring.backend.KeyringBackend):
    """A keyring that exists but refuses every write, like a locked Secret Service collection."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("collection is locked")


def make_pdf(text: str = "Condiciones de pago: 1.234,56 EUR en 3 plazos") -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def store_document(context, pdf: bytes, certificate_id: int | None, *, number: str = "AC-2026-0007",
                   version: int = 1) -> int:
    """Store a client, an agreement and the signed form as the agreement service will, and return the form's id."""
    import hashlib

    now = context.now()
    with context.database.transaction() as session:
        client = models.Client(given_name="Begoña", surnames="Ibáñez Muñoz", created_at=now, updated_at=now)
        session.add(client)
        session.flush()
        agreement = models.Agreement(
            number=number, client_id=client.id, kind="promise", amount_cents=123456,
            accelerate_on_breach=False, broken_after_missed=1, broken_after_days=30,
            start_date=date(2026, 12, 4), created_by=context.actor, created_at=now)
        session.add(agreement)
        session.flush()
        document = models.AgreementDocument(
            agreement_id=agreement.id, version=version, language="es", pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(), signature_png=b"\x89PNG\r\n\x1a\n", signed_at=now,
            witnessed_by="Lucía", seal_certificate_id=certificate_id, created_by=context.actor, created_at=now)
        session.add(document)
        session.flush()
        return document.id


def seal_rows(context) -> list[models.SealCertificate]:
    with context.database.read() as session:
        return list(session.scalars(select(models.SealCertificate).order_by(models.SealCertificate.id)))


def audit_events(context, action: str) -> list[models.AuditEvent]:
    with context.database.read() as session:
        return list(session.scalars(select(models.AuditEvent).where(models.AuditEvent.action == action)))


def audit_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.AuditEvent))


def stored_values(context) -> list[str | bytes]:
    """Return every value of every row in the clinic database, as someone reading it would see them."""
    values: list[str | bytes] = []
    with context.database.read() as session:
        for table in models.Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                values.extend(value if isinstance(value, bytes) else str(value) for value in row)
    return values


def files_containing(directory: Path, secret: bytes) -> list[Path]:
    found = []
    for path in directory.rglob("*"):
        if path.is_file() and secret in path.read_bytes():
            found.append(path)
    return found


def acting_as(context, identity):
    signed_in = replace(context)
    signed_in.sign_in(identity)
    return signed_in


@pytest.fixture
def as_admin(context):
    return acting_as(context, staff.create_first_administrator(context, "ana", "Ana Gerente", "correct horse battery"))


# Creating and importing

def test_create_seal_keeps_generated_passphrase_in_keyring(context, clinic, memory_keyring):
    info = seal.create_clinic_seal(context)

    secret = memory_keyring.passwords[("VetDesk", f"seal-certificate:{info.fingerprint_sha256}")]
    assert len(secret) == 43
    assert seal.seal_passphrase(info.fingerprint_sha256) == secret
    assert load_seal(seal_rows(context)[0].p12, secret).fingerprint_sha256 == info.fingerprint_sha256
    assert seal.active_certificate(context) == info
    assert info.self_signed
    assert "VATES-B12345674" in info.subject
    assert info.created_by == "Lucía (recepción)"


def test_create_seal_audited_without_passphrase(context, clinic, memory_keyring):
    info = seal.create_clinic_seal(context, PASSPHRASE)

    [event] = audit_events(context, "seal_certificate_created")
    after = json.loads(event.after_json)
    assert event.entity_id == str(info.id)
    assert after["fingerprint_sha256"] == info.fingerprint_sha256
    assert after["passphrase_kept_in"] == "keyring"
    assert after["origin"] == "created"
    assert PASSPHRASE not in event.after_json
    assert memory_keyring.passwords[("VetDesk", f"seal-certificate:{info.fingerprint_sha256}")] == PASSPHRASE


def test_passphrase_never_in_database_logs_or_files(context, clinic, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    info = seal.create_clinic_seal(context, PASSPHRASE)
    sealed, _certificate_id = seal.seal_document(context, make_pdf(), reason="Firma", location="Madrid",
                                                 signer_name="Begoña")
    seal.verify_document(context, sealed)

    secret = PASSPHRASE.encode("utf-8")
    for value in stored_values(context):
        assert (secret not in value) if isinstance(value, bytes) else (PASSPHRASE not in value)
    assert PASSPHRASE not in caplog.text
    assert info.fingerprint_sha256[:16] in caplog.text
    assert files_containing(tmp_path, secret) == []
    assert files_containing(Path(os.environ["VETDESK_DATA_DIR"]).parent, secret) == []


def test_create_seal_needs_clinic(context):
    with pytest.raises(UserError) as raised:
        seal.create_clinic_seal(context)
    assert "clinic's name and CIF are not saved" in str(raised.value)
    assert seal_rows(context) == []


def test_new_seal_replaces_active_keeps_old(context, clinic):
    first = seal.create_clinic_seal(context)
    second = seal.create_clinic_seal(context)

    rows = seal_rows(context)
    assert [row.id for row in rows] == [first.id, second.id]
    assert [row.active for row in rows] == [False, True]
    assert seal.active_certificate(context).id == second.id


def test_import_certificate_made_elsewhere(context, clinic, memory_keyring, clock):
    p12 = create_self_signed_seal("Clínica del Norte", "B12345674", PASSPHRASE, clock.now)
    previous = seal.create_clinic_seal(context)

    info = seal.import_certificate(context, p12, PASSPHRASE)

    assert info.active
    assert "Clínica del Norte" in info.subject
    assert seal.active_certificate(context).id == info.id
    assert [row.active for row in seal_rows(context)] == [False, True]
    assert memory_keyring.passwords[("VetDesk", f"seal-certificate:{info.fingerprint_sha256}")] == PASSPHRASE
    [event] = audit_events(context, "seal_certificate_imported")
    assert json.loads(event.before_json) == {"active_certificate_id": previous.id}
    assert PASSPHRASE not in event.after_json


def test_import_same_certificate_again_reactivates(context, clinic, clock):
    p12 = create_self_signed_seal("Clínica del Norte", "B12345674", PASSPHRASE, clock.now)
    first = seal.import_certificate(context, p12, PASSPHRASE)
    seal.create_clinic_seal(context)

    again = seal.import_certificate(context, p12, PASSPHRASE)

    assert again.id == first.id
    assert [row.active for row in seal_rows(context)] == [True, False]


def test_reexported_certificate_new_passphrase(context, clinic, clock):
    p12 = create_self_signed_seal("Clínica del Norte", "B12345674", PASSPHRASE, clock.now)
    first = seal.import_certificate(context, p12, PASSPHRASE)
    key, certificate, _extra = pkcs12.load_key_and_certificates(p12, PASSPHRASE.encode())
    reexported = pkcs12.serialize_key_and_certificates(
        b"norte", key, certificate, None, serialization.BestAvailableEncryption(b"otra frase"))

    again = seal.import_certificate(context, reexported, "otra frase")
    _sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")

    assert again.id == first.id
    assert certificate_id == first.id
    assert seal.seal_passphrase(first.fingerprint_sha256) == "otra frase"


def test_import_wrong_passphrase_stores_nothing(context, clinic, memory_keyring, clock):
    p12 = create_self_signed_seal("Clínica del Norte", "B12345674", PASSPHRASE, clock.now)

    with pytest.raises(UserError) as raised:
        seal.import_certificate(context, p12, "perro gato")

    assert raised.value.field == "passphrase"
    assert seal_rows(context) == []
    assert memory_keyring.passwords == {}
    assert audit_events(context, "seal_certificate_imported") == []


def test_import_not_a_certificate_rejected(context, clinic):
    with pytest.raises(UserError) as raised:
        seal.import_certificate(context, make_pdf(), PASSPHRASE)
    assert "not a PKCS#12" in str(raised.value)
    assert seal_rows(context) == []


def test_import_refused_for_receptionist(context, clinic, as_admin, clock, memory_keyring):
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234")
    manager = staff.create_staff(as_admin, "marta", "Marta Gerente", Role.MANAGER, "manager-pass")
    p12 = create_self_signed_seal("Clínica del Norte", "B12345674", PASSPHRASE, clock.now)
    events_before = audit_count(context)

    with pytest.raises(UserError) as raised:
        seal.import_certificate(acting_as(context, receptionist), p12, PASSPHRASE)
    with pytest.raises(UserError):
        seal.create_clinic_seal(acting_as(context, receptionist))

    assert "manager or administrator" in str(raised.value)
    assert seal_rows(context) == []
    assert memory_keyring.passwords == {}
    assert audit_count(context) == events_before
    assert seal.import_certificate(acting_as(context, manager), p12, PASSPHRASE).created_by == "Marta Gerente"


# Sealing

def test_first_document_creates_seal(context, clinic):
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="Condiciones de pago firmadas",
                                                location="Madrid", signer_name="Begoña Ibáñez")

    assert seal.active_certificate(context).id == certificate_id
    [event] = audit_events(context, "seal_certificate_created")
    assert json.loads(event.after_json)["origin"] == "first_use"
    assert sealed.startswith(b"%PDF")


def test_receptionist_seals_with_existing_seal(context, clinic, as_admin):
    seal.create_clinic_seal(as_admin)
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234")

    sealed, certificate_id = seal.seal_document(acting_as(context, receptionist), make_pdf(), reason="",
                                                location="", signer_name="")

    assert certificate_id == seal.active_certificate(context).id
    assert len(sealed) > len(make_pdf())


def test_no_keyring_asks_then_seals(context, clinic, no_keyring):
    p12 = create_self_signed_seal("Clínica Veterinaria Prueba", "B12345674", PASSPHRASE, context.now())
    keyring.set_keyring(keyring.backends.fail.Keyring())
    info = seal.import_certificate(context, p12, PASSPHRASE)
    seal.forget_session_passphrases()

    with pytest.raises(PassphraseNeeded) as raised:
        seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    assert raised.value.fingerprint == info.fingerprint_sha256
    assert "This computer has no password keyring" in str(raised.value)

    seal.remember_passphrase_for_session(info.fingerprint_sha256, PASSPHRASE)
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")

    assert certificate_id == info.id
    assert seal.verify_document(context, sealed).seal.trusted


def test_no_keyring_first_use_needs_chosen_passphrase(context, clinic, no_keyring):
    with pytest.raises(PassphraseNeeded) as raised:
        seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    assert raised.value.fingerprint is None
    assert "Choose a passphrase" in str(raised.value)
    assert seal_rows(context) == []

    info = seal.provide_passphrase(context, None, PASSPHRASE)
    _sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")

    assert certificate_id == info.id
    [event] = audit_events(context, "seal_certificate_created")
    assert json.loads(event.after_json)["passphrase_kept_in"] == "session"


def test_no_keyring_wrong_passphrase_asks_again(context, clinic, no_keyring):
    info = seal.provide_passphrase(context, None, PASSPHRASE)
    seal.forget_session_passphrases()

    with pytest.raises(PassphraseNeeded) as raised:
        seal.provide_passphrase(context, info.fingerprint_sha256, "perro gato")
    assert str(raised.value) == "The passphrase you typed does not open the clinic's seal. Type it again."
    assert raised.value.fingerprint == info.fingerprint_sha256

    seal.remember_passphrase_for_session(info.fingerprint_sha256, "perro gato")
    with pytest.raises(PassphraseNeeded) as raised:
        seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    assert "The passphrase kept for the clinic's seal does not open it" in str(raised.value)
    assert seal.seal_passphrase(info.fingerprint_sha256) is None


def test_wrong_keyring_passphrase_blames_kept_one(context, clinic, memory_keyring):
    info = seal.create_clinic_seal(context, PASSPHRASE)
    memory_keyring.passwords[("VetDesk", f"seal-certificate:{info.fingerprint_sha256}")] = "perro gato"

    with pytest.raises(PassphraseNeeded) as raised:
        seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    assert "The passphrase kept for the clinic's seal does not open it" in str(raised.value)
    assert "you typed" not in str(raised.value)

    with pytest.raises(PassphraseNeeded) as raised:
        seal.provide_passphrase(context, info.fingerprint_sha256, "gato perro")
    assert "The passphrase you typed does not open the clinic's seal" in str(raised.value)
    assert "kept" not in str(raised.value)


def test_refusing_keyring_keeps_passphrase_for_session(context, clinic, memory_keyring):
    keyring.set_keyring(RefusingKeyring())
    try:
        info = seal.create_clinic_seal(context, PASSPHRASE)
        _sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    finally:
        keyring.set_keyring(memory_keyring)

    assert certificate_id == info.id
    [event] = audit_events(context, "seal_certificate_created")
    assert json.loads(event.after_json)["passphrase_kept_in"] == "session"


def test_refusing_keyring_no_generated_passphrase(context, clinic, memory_keyring):
    keyring.set_keyring(RefusingKeyring())
    try:
        with pytest.raises(PassphraseNeeded) as raised:
            seal.create_clinic_seal(context)
    finally:
        keyring.set_keyring(memory_keyring)

    assert raised.value.fingerprint is None
    assert "Choose a passphrase" in str(raised.value)
    assert seal_rows(context) == []
    assert audit_events(context, "seal_certificate_created") == []


def test_other_desk_asks_once_then_keyring(context, clinic, memory_keyring):
    info = seal.create_clinic_seal(context, PASSPHRASE)
    # Another desk shares the database but not this desk's keyring.
    memory_keyring.passwords.clear()

    with pytest.raises(PassphraseNeeded) as raised:
        seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    assert "not saved on this computer" in str(raised.value)

    seal.provide_passphrase(context, raised.value.fingerprint, PASSPHRASE)
    seal.forget_session_passphrases()

    assert memory_keyring.passwords[("VetDesk", f"seal-certificate:{info.fingerprint_sha256}")] == PASSPHRASE
    assert seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")[1] == info.id


def test_expired_seal_refused(context, clinic, clock):
    seal.create_clinic_seal(context)
    clock.now = clock.now.replace(year=clock.now.year + 11)

    with pytest.raises(UserError) as raised:
        seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")

    assert not isinstance(raised.value, PassphraseNeeded)
    assert "expired on 04/12/2036" in str(raised.value)


# Verifying

def test_verify_stored_document_intact(context, clinic):
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    document_id = store_document(context, sealed, certificate_id)

    check = seal.verify_document(context, sealed)

    assert check.verdict is Verdict.INTACT
    assert check.document.document_id == document_id
    assert check.document.agreement_number == "AC-2026-0007"
    assert check.document.client_name == "Begoña Ibáñez Muñoz"
    assert check.document.version == 1
    assert check.seal_certificate_id == certificate_id
    assert check.detail is None
    assert "INTACT" in str(check.message)


def test_verify_changed_byte_altered(context, clinic):
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    store_document(context, sealed, certificate_id)
    position = sealed.index(b"1.234,56")
    tampered = sealed[:position] + b"9" + sealed[position + 1:]

    check = seal.verify_document(context, tampered)

    assert check.verdict is Verdict.ALTERED
    assert check.document is None
    assert "changed after it was sealed" in str(check.detail)


def test_verify_appended_bytes_altered(context, clinic):
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    store_document(context, sealed, certificate_id)

    check = seal.verify_document(context, sealed + b"\n% una nota\n")

    assert check.verdict is Verdict.ALTERED
    assert "Data was added" in str(check.detail)


def test_verify_incremental_edit_altered(context, clinic):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    store_document(context, sealed, certificate_id)
    # A PDF editor that saves incrementally appends a new revision after the seal.
    writer = IncrementalPdfFileWriter(BytesIO(sealed))
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    edited = BytesIO()
    writer.write(edited)

    check = seal.verify_document(context, edited.getvalue())

    assert check.verdict is Verdict.ALTERED
    assert check.seal.intact
    assert not check.seal.covers_whole_file


def test_verify_sealed_but_not_stored_altered(context, clinic):
    sealed, _certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")

    check = seal.verify_document(context, sealed)

    assert check.verdict is Verdict.ALTERED
    assert "not identical to any document stored" in str(check.detail)


def test_verify_unsealed_unknown(context, clinic):
    check = seal.verify_document(context, make_pdf())
    assert check.verdict is Verdict.UNKNOWN
    assert "carries no seal" in str(check.message)


def test_verify_other_clinic_seal_unknown(context, clinic, clock):
    other = create_self_signed_seal("Otra Clínica", "B12345674", PASSPHRASE, clock.now)
    foreign = seal_pdf(make_pdf(), other, PASSPHRASE, reason="", location="", signer_name="", now=clock.now)
    seal.create_clinic_seal(context)

    check = seal.verify_document(context, foreign)

    assert check.verdict is Verdict.UNKNOWN
    assert "not sealed by this clinic" in str(check.message)
    assert check.seal_certificate_id is None


@pytest.mark.parametrize("data", [b"", b"hola", b"%PDF-1.4\ngarbage"])
def test_verify_garbage_unreadable(context, data):
    check = seal.verify_document(context, data)
    assert check.verdict is Verdict.UNREADABLE
    assert "not a PDF" in str(check.message)


def test_old_seal_still_verifies_old_documents(context, clinic, clock):
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="", location="", signer_name="")
    store_document(context, sealed, certificate_id)
    clock.now += timedelta(days=400)
    seal.create_clinic_seal(context)

    check = seal.verify_document(context, sealed)

    assert check.verdict is Verdict.INTACT
    assert check.seal_certificate_id == certificate_id
