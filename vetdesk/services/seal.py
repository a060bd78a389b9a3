"""The clinic's seal certificate: storing it, keeping its passphrase, sealing documents and verifying them.

The PKCS#12 file is stored in the ``seal_certificate`` table, encrypted with a
passphrase that never reaches the database, a file or a log. Each desk keeps
the passphrase in its OS keyring under ``seal-certificate:<fingerprint>``.
Where a desk has no keyring, or its keyring refuses the write, the passphrase
is kept in this process only (``remember_passphrase_for_session``), and
sealing raises ``PassphraseNeeded`` in the next session so the desk can prompt for it.

Only the newest active certificate seals new documents. Older certificates
stay stored, so that documents sealed with them can still be verified.
Verifying needs no passphrase: a seal counts as the clinic's when its
certificate's SHA-256 fingerprint is one of the stored ones.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from secrets import token_urlsafe

import keyring
import keyring.backends.fail
from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.documents.sealing import (
    SealCheck,
    SealInfo,
    check_sealed_pdf,
    create_self_signed_seal,
    load_seal,
    seal_pdf,
)
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.secrets import load_secret, store_secret
from vetdesk.services import staff
from vetdesk.services.audit import record_event
from vetdesk.services.clinic import get_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.storage.models import Agreement, AgreementDocument, Client, SealCertificate

log = logging.getLogger("vetdesk.seal")

CTX = "Seal"
SECRET_NAME_PREFIX = "seal-certificate:"
# 32 random bytes (256 bits) as URL-safe Base64: 43 characters.
GENERATED_PASSPHRASE_BYTES = 32
SUBJECT_MAX_CHARS = 300

# Passphrases typed at this desk in this process, by certificate fingerprint,
# for desks whose keyring cannot keep them. Never written anywhere.
_session_passphrases: dict[str, str] = {}


@dataclass(frozen=True)
class SealCertificateInfo:
    """A stored seal certificate, without its key or passphrase."""

    id: int
    subject: str
    fingerprint_sha256: str
    not_before: datetime
    not_after: datetime
    self_signed: bool
    active: bool
    created_by: str
    created_at: datetime


class PassphraseNeeded(UserError):
    """The passphrase of the clinic's seal is needed and this desk does not have it.

    Ask the user for it and pass it to ``provide_passphrase``. ``fingerprint``
    names the certificate to open. It is None when the clinic has no seal yet
    and this desk cannot keep a generated passphrase, so the passphrase typed
    protects a new seal.
    """

    def __init__(self, message: UserMessage, fingerprint: str | None) -> None:
        super().__init__(message, field="passphrase")
        self.fingerprint = fingerprint


class Verdict(StrEnum):
    INTACT = "intact"
    ALTERED = "altered"
    UNKNOWN = "unknown"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class StoredDocument:
    """The stored payment-terms form whose SHA-256 equals the checked file's."""

    document_id: int
    agreement_id: int
    agreement_number: str
    version: int
    client_name: str
    signed_at: datetime | None


@dataclass(frozen=True)
class DocumentCheck:
    """The verdict on a file and the facts behind it.

    ``message`` is the sentence for the user, and ``detail`` names the check
    that failed, when one did. ``document`` is the stored form with the same
    SHA-256, if any, and ``seal_certificate_id`` the stored certificate that
    sealed the file, if any.
    """

    verdict: Verdict
    message: UserMessage
    sha256: str
    seal: SealCheck
    detail: UserMessage | None = None
    document: StoredDocument | None = None
    seal_certificate_id: int | None = None


def _message(source: str, **params: object) -> UserMessage:
    return UserMessage(CTX, source, params)


# Passphrases

def secret_name(fingerprint: str) -> str:
    """Return the keyring name of the passphrase of the certificate with ``fingerprint``."""
    return f"{SECRET_NAME_PREFIX}{fingerprint}"


def keyring_available() -> bool:
    """Return whether this desk has a keyring backend. keyring falls back to ``fail.Keyring`` when none works."""
    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


def seal_passphrase(fingerprint: str) -> str | None:
    """Return the passphrase of the certificate with ``fingerprint`` from this session or the keyring, or None."""
    typed = _session_passphrases.get(fingerprint)
    if typed is not None:
        return typed
    if not keyring_available():
        return None
    return load_secret(secret_name(fingerprint))


def remember_passphrase_for_session(fingerprint: str, passphrase: str) -> None:
    """Keep ``passphrase`` in this process until it ends, for a desk without a working keyring."""
    _session_passphrases[fingerprint] = passphrase


def forget_session_passphrases() -> None:
    """Drop every passphrase kept for this session, for example when the desk is locked for good."""
    _session_passphrases.clear()


def _keep_passphrase(fingerprint: str, passphrase: str) -> str:
    """Store ``passphrase`` in the keyring, or in this session when that fails, and return "keyring" or "session"."""
    if keyring_available():
        try:
            store_secret(secret_name(fingerprint), passphrase)
        except UserError:
            log.warning("Storing the passphrase of seal certificate %s… in the keyring failed; keeping it "
                        "for this session only", fingerprint[:16])
        else:
            _session_passphrases.pop(fingerprint, None)
            return "keyring"
    remember_passphrase_for_session(fingerprint, passphrase)
    return "session"


def _no_keyring_message() -> UserMessage:
    return _message(QT_TRANSLATE_NOOP(
        "Seal", "This computer has no password keyring, so VetDesk cannot remember the passphrase of the "
                "clinic's seal. Type it to seal documents in this session."))


def _missing_passphrase(fingerprint: str) -> PassphraseNeeded:
    if not keyring_available():
        return PassphraseNeeded(_no_keyring_message(), fingerprint)
    return PassphraseNeeded(_message(QT_TRANSLATE_NOOP(
        "Seal", "The passphrase of the clinic's seal is not saved on this computer. Type it once and VetDesk "
                "saves it in this computer's keyring.")), fingerprint)


def _wrong_kept_passphrase(fingerprint: str) -> PassphraseNeeded:
    """Return the error for a passphrase from the keyring or this session that does not open the seal."""
    return PassphraseNeeded(_message(QT_TRANSLATE_NOOP(
        "Seal", "The passphrase kept for the clinic's seal does not open it. Type the passphrase of the seal "
                "again.")), fingerprint)


def _wrong_typed_passphrase(fingerprint: str) -> PassphraseNeeded:
    return PassphraseNeeded(_message(QT_TRANSLATE_NOOP(
        "Seal", "The passphrase you typed does not open the clinic's seal. Type it again.")), fingerprint)


# Stored certificates

def _info(row: SealCertificate) -> SealCertificateInfo:
    return SealCertificateInfo(
        id=row.id, subject=row.subject, fingerprint_sha256=row.fingerprint_sha256, not_before=row.not_before,
        not_after=row.not_after, self_signed=row.self_signed, active=row.active, created_by=row.created_by,
        created_at=row.created_at,
    )


def _active_row(session: Session) -> SealCertificate | None:
    # Two desks creating a seal at once can leave two active rows, so the newest one wins.
    return session.scalars(
        select(SealCertificate).where(SealCertificate.active.is_(True)).order_by(SealCertificate.id.desc())
    ).first()


def active_certificate(context: ServiceContext) -> SealCertificateInfo | None:
    """Return the certificate that seals new documents, or None when the clinic has no seal yet."""
    with context.database.read() as session:
        row = _active_row(session)
        return _info(row) if row else None


def _choose_passphrase_message() -> UserMessage:
    return _message(QT_TRANSLATE_NOOP(
        "Seal", "This computer has no password keyring, so VetDesk cannot remember a passphrase for the "
                "clinic's new seal. Choose a passphrase, keep it safe, and type it whenever VetDesk asks for it."))


def _store_certificate(context: ServiceContext, p12: bytes, passphrase: str, info: SealInfo, *,
                       action: str, origin: str, generated_passphrase: bool = False) -> SealCertificateInfo:
    """Make ``p12`` the active seal, keeping its passphrase on this desk first, and audit the change.

    A generated passphrase must reach the keyring, because nobody could type
    it in a later session. Otherwise PassphraseNeeded (with no fingerprint)
    is raised and nothing is stored.
    """
    # The passphrase is kept before the row is written: a stored seal whose
    # passphrase nobody has could never seal anything.
    kept_in = _keep_passphrase(info.fingerprint_sha256, passphrase)
    if generated_passphrase and kept_in != "keyring":
        _session_passphrases.pop(info.fingerprint_sha256, None)
        raise PassphraseNeeded(_choose_passphrase_message(), None)
    with context.database.transaction() as session:
        previous = _active_row(session)
        row = session.scalars(
            select(SealCertificate).where(SealCertificate.fingerprint_sha256 == info.fingerprint_sha256)
        ).first()
        if row is None:
            row = SealCertificate(
                p12=p12, subject=info.subject[:SUBJECT_MAX_CHARS], fingerprint_sha256=info.fingerprint_sha256,
                not_before=info.not_before, not_after=info.not_after, self_signed=info.self_signed, active=True,
                created_by=context.actor, created_at=context.now(),
            )
            session.add(row)
            session.flush()
        else:
            # The same certificate exported again may be protected by another
            # passphrase, which is the one just kept, so its file replaces the old one.
            row.p12 = p12
        for other in session.scalars(select(SealCertificate).where(SealCertificate.active.is_(True))):
            if other.id != row.id:
                other.active = False
        row.active = True
        session.flush()
        record_event(
            session, context, action=action, entity="seal_certificate", entity_id=row.id,
            before={"active_certificate_id": previous.id if previous else None},
            after={"active_certificate_id": row.id, "subject": row.subject,
                   "fingerprint_sha256": row.fingerprint_sha256, "not_after": row.not_after.isoformat(),
                   "self_signed": row.self_signed, "origin": origin, "passphrase_kept_in": kept_in},
        )
        result = _info(row)
    log.info("Seal certificate %d (%s…) is now active, from %s", result.id, result.fingerprint_sha256[:16], origin)
    return result


def import_certificate(context: ServiceContext, p12: bytes, passphrase: str) -> SealCertificateInfo:
    """Check the clinic's own PKCS#12 certificate and make it the active seal.

    The previous seal stays stored for verifying older documents. Raises
    UserError unless the context may edit settings, or when ``load_seal``
    rejects the file.
    """
    staff.require(context, staff.Permission.EDIT_SETTINGS)
    info = load_seal(p12, passphrase, now=context.now())
    return _store_certificate(context, p12, passphrase, info, action="seal_certificate_imported", origin="import")


def _create_seal(context: ServiceContext, passphrase: str | None, *, origin: str) -> SealCertificateInfo:
    clinic = get_clinic(context)
    if clinic is None:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The clinic's name and CIF are not saved yet, so its seal cannot be created. Fill in the "
                    "clinic's details in the settings first.")))
    generated = passphrase is None
    if generated:
        if not keyring_available():
            # A generated passphrase would be lost when VetDesk closes, and the seal with it.
            raise PassphraseNeeded(_choose_passphrase_message(), None)
        passphrase = token_urlsafe(GENERATED_PASSPHRASE_BYTES)
    p12 = create_self_signed_seal(clinic.name, clinic.tax_id, passphrase, context.now())
    info = load_seal(p12, passphrase, now=context.now())
    return _store_certificate(context, p12, passphrase, info, action="seal_certificate_created", origin=origin,
                              generated_passphrase=generated)


def create_clinic_seal(context: ServiceContext, passphrase: str | None = None) -> SealCertificateInfo:
    """Create a self-signed seal from the clinic's name and CIF and make it the active seal.

    Without ``passphrase`` a random 256-bit one is generated and kept in the
    keyring. Raises PassphraseNeeded (with no fingerprint) when no keyring
    can keep a generated one, and UserError unless the context may edit
    settings.
    """
    staff.require(context, staff.Permission.EDIT_SETTINGS)
    return _create_seal(context, passphrase, origin="created")


def provide_passphrase(context: ServiceContext, fingerprint: str | None, passphrase: str) -> SealCertificateInfo:
    """Handle the passphrase typed after PassphraseNeeded, and return the seal it opens.

    With a ``fingerprint`` the passphrase is checked against that stored
    certificate and kept in the keyring, or in this session when the keyring
    cannot keep it. Without one, a new clinic seal protected by it is
    created, unless another desk created one meanwhile. Raises
    PassphraseNeeded again when the passphrase is wrong.
    """
    if fingerprint is None:
        existing = active_certificate(context)
        if existing is not None:
            raise _missing_passphrase(existing.fingerprint_sha256)
        return _create_seal(context, passphrase, origin="first_use")
    with context.database.read() as session:
        row = session.scalars(
            select(SealCertificate).where(SealCertificate.fingerprint_sha256 == fingerprint)).first()
        if row is None:
            raise ValueError(f"No seal certificate with fingerprint {fingerprint}")
        p12 = row.p12
        result = _info(row)
    try:
        load_seal(p12, passphrase, now=context.now())
    except UserError as error:
        if error.field == "passphrase":
            raise _wrong_typed_passphrase(fingerprint) from None
        raise
    _keep_passphrase(fingerprint, passphrase)
    return result


# Sealing

def seal_document(context: ServiceContext, pdf: bytes, *, reason: str, location: str,
                  signer_name: str) -> tuple[bytes, int]:
    """Seal ``pdf`` with the clinic's active certificate and return the sealed bytes and the certificate's id.

    Creates and audits a self-signed clinic seal on first use. Raises
    PassphraseNeeded when this desk lacks the passphrase, and UserError when
    the certificate cannot seal (for example because it expired).
    """
    with context.database.read() as session:
        row = _active_row(session)
        active = (row.id, row.fingerprint_sha256, row.p12) if row else None
    if active is None:
        created = _create_seal(context, None, origin="first_use")
        with context.database.read() as session:
            row = session.get(SealCertificate, created.id)
            active = (row.id, row.fingerprint_sha256, row.p12)
    certificate_id, fingerprint, p12 = active

    passphrase = seal_passphrase(fingerprint)
    if passphrase is None:
        raise _missing_passphrase(fingerprint)
    try:
        sealed = seal_pdf(pdf, p12, passphrase, reason=reason, location=location, signer_name=signer_name,
                          now=context.now())
    except UserError as error:
        if error.field == "passphrase":
            _session_passphrases.pop(fingerprint, None)
            raise _wrong_kept_passphrase(fingerprint) from None
        raise
    log.info("Sealed a document of %d bytes with seal certificate %d", len(pdf), certificate_id)
    return sealed, certificate_id


# Verifying

def _stored_document(session: Session, sha256: str) -> StoredDocument | None:
    found = session.execute(
        select(AgreementDocument, Agreement.number, Client.given_name, Client.surnames)
        .join(Agreement, Agreement.id == AgreementDocument.agreement_id)
        .join(Client, Client.id == Agreement.client_id)
        .where(AgreementDocument.sha256 == sha256)
        .order_by(AgreementDocument.id)
    ).first()
    if found is None:
        return None
    document, number, given_name, surnames = found
    return StoredDocument(
        document_id=document.id, agreement_id=document.agreement_id, agreement_number=number,
        version=document.version, client_name=" ".join(part for part in (given_name, surnames) if part),
        signed_at=document.signed_at,
    )


def _verdict(check: SealCheck, clinic_seal: bool, document: StoredDocument | None
             ) -> tuple[Verdict, UserMessage, UserMessage | None]:
    """Return the verdict, the sentence for the user and the failed check, if any."""
    if not check.readable:
        return Verdict.UNREADABLE, _message(QT_TRANSLATE_NOOP(
            "Seal", "UNREADABLE: the file is not a PDF that VetDesk can read.")), check.problem
    if not check.sealed:
        return Verdict.UNKNOWN, _message(QT_TRANSLATE_NOOP(
            "Seal", "NOT VERIFIED: the document carries no seal, so VetDesk cannot vouch for it.")), None
    changed_since_clinic_seal = _message(QT_TRANSLATE_NOOP(
        "Seal", "ALTERED: the document has been changed since the clinic sealed it."))
    if not check.intact:
        if clinic_seal:
            return Verdict.ALTERED, changed_since_clinic_seal, check.problem
        # A broken seal whose signer cannot be read or is someone else's.
        return Verdict.ALTERED, _message(QT_TRANSLATE_NOOP(
            "Seal", "ALTERED: the document's seal is broken, so it was changed after it was sealed.")), check.problem
    if not clinic_seal:
        not_this_clinic = _message(QT_TRANSLATE_NOOP(
            "Seal", "NOT VERIFIED: the document is not sealed by this clinic, so VetDesk cannot vouch for it."))
        return Verdict.UNKNOWN, not_this_clinic, check.problem
    if not check.covers_whole_file:
        return Verdict.ALTERED, changed_since_clinic_seal, check.problem
    if not check.trusted:
        return Verdict.ALTERED, _message(QT_TRANSLATE_NOOP(
            "Seal", "ALTERED: the clinic's seal on this document is not valid.")), check.problem
    if document is None:
        return Verdict.ALTERED, changed_since_clinic_seal, _message(QT_TRANSLATE_NOOP(
            "Seal", "The file carries the clinic's seal but is not identical to any document stored in "
                    "VetDesk."))
    return Verdict.INTACT, _message(QT_TRANSLATE_NOOP(
        "Seal", "INTACT: the clinic's seal is valid and the file is identical to version {version} of "
                "agreement {number} as stored."), version=document.version, number=document.agreement_number), None


def verify_document(context: ServiceContext, pdf: bytes) -> DocumentCheck:
    """Check the seal of ``pdf`` against the clinic's certificates and compare its SHA-256 with the stored forms."""
    sha256 = hashlib.sha256(pdf).hexdigest()
    with context.database.read() as session:
        certificate_ids = dict(session.execute(select(SealCertificate.fingerprint_sha256, SealCertificate.id)).all())
        document = _stored_document(session, sha256)

    check = check_sealed_pdf(pdf, [], trusted_fingerprints=certificate_ids.keys())
    certificate_id = certificate_ids.get(check.signer_fingerprint) if check.sealed else None
    verdict, message, detail = _verdict(check, certificate_id is not None, document)
    log.info("Verified a file of %d bytes (SHA-256 %s…): %s", len(pdf), sha256[:16], verdict.value)
    return DocumentCheck(verdict=verdict, message=message, sha256=sha256, seal=check, detail=detail,
                         document=document, seal_certificate_id=certificate_id)
