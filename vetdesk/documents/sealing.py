"""The clinic's document seal: a PKCS#12 certificate that signs PDFs as PAdES, and the check of a sealed PDF.

A seal is a PKCS#12 file with a private key and its X.509 certificate,
encrypted with a passphrase. ``seal_pdf`` adds a PAdES baseline B-B signature
(``/SubFilter /ETSI.CAdES.detached``) in an invisible signature field, as an
incremental update, so the bytes of the document before sealing stay as they
were. ``check_sealed_pdf`` validates the signatures of a PDF with pyHanko
against trust roots given by the caller and never fetches revocation data
from the network.

Nothing here reads the database or uses Qt. Callers pass bytes and get plain values.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from vetdesk.domain.formatting import format_date
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

log = logging.getLogger("vetdesk.documents")

CTX = "Seal"
RSA_KEY_BITS = 3072
SEAL_FIELD_NAME = "VetDeskSeal"
# RFC 5280 upper bound (ub-common-name, ub-organization-name) of these subject
# attributes. cryptography 50 enforces it on the UTF-8 bytes of the common name.
MAX_NAME_ATTRIBUTE_BYTES = 64
SEAL_NAME_SUFFIX = " – sello de documentos"
# Key usages that allow a certificate to seal documents. Validation requires one
# of them on the signer's certificate (see _key_usage_constraints).
SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})
# The loggers of pyHanko 0.38 and of its certificate validator. pyHanko logs each
# failed certificate check at WARNING with its traceback, for example for a seal
# that is not among the trusted ones.
LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")


@dataclass(frozen=True)
class SealInfo:
    """The certificate of a seal, as read from its PKCS#12 file.

    ``subject`` is the RFC 4514 form of the subject name, ``common_name`` its
    CN (or the whole subject when it has none), and ``fingerprint_sha256`` the
    lower-case hex SHA-256 of the DER certificate, ``certificate_der``.
    """

    subject: str
    common_name: str
    fingerprint_sha256: str
    not_before: datetime
    not_after: datetime
    self_signed: bool
    certificate_der: bytes


@dataclass(frozen=True)
class SealCheck:
    """The result of checking the signatures of a PDF.

    ``readable`` is false when the bytes are not a PDF that can be parsed, and
    ``sealed`` when it has no filled signature field. ``intact`` means every
    signature is cryptographically valid over unchanged signed bytes.
    ``covers_whole_file`` means the signature described here ends at the last
    byte of the file. ``trusted`` means that signature's certificate chains to
    one of the trusted certificates. ``problem`` explains the first failed
    condition, or is None when all hold.

    The signer fields describe the newest trusted signature, or the newest
    signature when none is trusted.
    """

    readable: bool
    sealed: bool
    intact: bool
    covers_whole_file: bool
    trusted: bool
    signer_subject: str = ""
    signer_fingerprint: str = ""
    signed_at: datetime | None = None
    problem: UserMessage | None = None


def _message(source: str, **params: object) -> UserMessage:
    return UserMessage(CTX, source, params)


def _utc_text(moment: datetime) -> str:
    """Format ``moment`` as "04/12/2036 10:00 UTC" for messages that cannot know the clinic's time zone."""
    moment = moment.astimezone(timezone.utc)
    return f"{format_date(moment.date())} {moment:%H:%M} UTC"


def certificate_fingerprint(certificate_der: bytes) -> str:
    """Return the lower-case hex SHA-256 digest of a DER-encoded certificate."""
    return hashlib.sha256(certificate_der).hexdigest()


def _subject_text(name: x509.Name) -> str:
    return name.rfc4514_string({NameOID.ORGANIZATION_IDENTIFIER: "organizationIdentifier"})


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if names:
        return str(names[0].value)
    return _subject_text(certificate.subject)


def _is_self_signed(certificate: x509.Certificate) -> bool:
    if certificate.issuer != certificate.subject:
        return False
    try:
        certificate.verify_directly_issued_by(certificate)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _seal_info(certificate: x509.Certificate) -> SealInfo:
    der = certificate.public_bytes(serialization.Encoding.DER)
    return SealInfo(
        subject=_subject_text(certificate.subject),
        common_name=_common_name(certificate),
        fingerprint_sha256=certificate_fingerprint(der),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        self_signed=_is_self_signed(certificate),
        certificate_der=der,
    )


def _fit(text: str, maximum_bytes: int = MAX_NAME_ATTRIBUTE_BYTES) -> str:
    """Shorten ``text`` with "…" so that its UTF-8 form has at most ``maximum_bytes`` bytes."""
    if len(text.encode("utf-8")) <= maximum_bytes:
        return text
    ellipsis = "…"
    while len((text + ellipsis).encode("utf-8")) > maximum_bytes:
        text = text[:-1]
    return text.rstrip() + ellipsis


def create_self_signed_seal(clinic_name: str, tax_id: str, passphrase: str, now: datetime,
                            years: int = 10) -> bytes:
    """Create a PKCS#12 file with a new RSA key and a self-signed certificate for sealing the clinic's documents.

    The subject is O=<clinic name>, CN="<clinic name> – sello de documentos",
    C=ES and, when ``tax_id`` is given, organizationIdentifier "VATES-<tax id>"
    as ETSI EN 319 412-1 writes a VAT number. Names are shortened to 64 UTF-8
    bytes. The certificate is valid from one day before ``now``, so that a
    desk whose clock runs slightly behind still accepts it, until ``years``
    years after ``now``. The file is encrypted with ``passphrase`` (AES-256
    and PBKDF2, cryptography's BestAvailableEncryption).

    Raises UserError for an empty clinic name or passphrase.
    """
    name = clinic_name.strip()
    if not name:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The clinic has no name, so its seal cannot be created. Type the clinic's name in the "
                    "settings first.")))
    if not passphrase:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "Type a passphrase to protect the clinic's seal.")), field="passphrase")
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    if years < 1:
        raise ValueError(f"years must be at least 1, not {years}")

    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ES"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(name)),
    ]
    cleaned_tax_id = tax_id.strip().upper()
    if cleaned_tax_id:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"VATES-{cleaned_tax_id}"))
    name_bytes_left = MAX_NAME_ATTRIBUTE_BYTES - len(SEAL_NAME_SUFFIX.encode("utf-8"))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, _fit(name, name_bytes_left) + SEAL_NAME_SUFFIX))
    subject = x509.Name(attributes)

    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    not_before = now.astimezone(timezone.utc) - timedelta(days=1)
    # The same day and month, years later, with 29 February moved to 28 February.
    end = now.astimezone(timezone.utc)
    try:
        not_after = end.replace(year=end.year + years)
    except ValueError:
        not_after = end.replace(year=end.year + years, day=28)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, certificate, None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def _check_pkcs12_structure(p12: bytes) -> None:
    """Raise UserError unless ``p12`` parses as a PKCS#12 (PFX) structure, encrypted or not."""
    try:
        pfx = asn1_pkcs12.Pfx.load(p12)
        # asn1crypto parses lazily, so reading the values parses the whole outer structure.
        pfx.native
    except (ValueError, TypeError, OverflowError) as error:
        log.info("A file offered as a seal is not PKCS#12: %s", type(error).__name__)
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The file is not a PKCS#12 certificate file (.p12 or .pfx). Choose the certificate file "
                    "that your certificate provider issued, exported with its private key.")),
            field="file") from None


def _decrypt(p12: bytes, passphrase: str):
    """Return the key, certificate and extra certificates of ``p12``, or raise UserError."""
    _check_pkcs12_structure(p12)
    try:
        return pkcs12.load_key_and_certificates(p12, passphrase.encode("utf-8") if passphrase else None)
    except ValueError:
        # cryptography raises the same ValueError for a wrong passphrase and for damaged contents.
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The passphrase does not open this certificate file. Type it again, minding capital "
                    "letters. If it is right, the file is damaged and you need a new copy of it.")),
            field="passphrase") from None


def _public_key_der(key) -> bytes:
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _key_usages(certificate: x509.Certificate) -> set[str] | None:
    """Return the certificate's key usages in pyHanko's names, or None when it has no KeyUsage extension."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None
    found = set()
    if usage.digital_signature:
        found.add("digital_signature")
    if usage.content_commitment:
        found.add("non_repudiation")
    return found


def _check_validity(info: SealInfo, now: datetime) -> None:
    dates = {"subject": info.common_name, "not_before": _utc_text(info.not_before),
             "not_after": _utc_text(info.not_after)}
    if now > info.not_after:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Seal", "The certificate \"{subject}\" expired on {not_after} (it was valid from {not_before}). "
                    "Load a current certificate or create a new clinic seal."), dates))
    if now < info.not_before:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Seal", "The certificate \"{subject}\" is valid only from {not_before} to {not_after}. Check the "
                    "date and time of this computer, or load a certificate that is valid today."), dates))


def load_seal(p12: bytes, passphrase: str, *, now: datetime | None = None) -> SealInfo:
    """Open a PKCS#12 seal with ``passphrase`` and return its certificate's details.

    Raises UserError when the bytes are not PKCS#12 or the passphrase does not
    open them. It is also raised when the file has no private key or no
    certificate, the key does not belong to the certificate, the certificate
    is not for signing, or it is not valid at ``now`` (the current time when None).
    """
    key, certificate, extra_certificates = _decrypt(p12, passphrase)
    if certificate is None and key is None and extra_certificates:
        # A file of certificates only, as exported without the private key.
        certificate = extra_certificates[0]
    if certificate is None:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The certificate file contains a key but no certificate. Export it again from your "
                    "certificate store, with its certificate.")), field="file")
    info = _seal_info(certificate)
    if key is None:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The certificate file \"{subject}\" contains no private key, so it cannot seal documents. "
                    "Export the certificate again and choose to include the private key."),
            subject=info.common_name), field="file")
    # OpenSSL pairs a key with its certificate by localKeyId, which a crafted file can set wrongly.
    if _public_key_der(key.public_key()) != _public_key_der(certificate.public_key()):
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The private key in the certificate file does not belong to the certificate \"{subject}\". "
                    "Export the certificate again from your certificate store."),
            subject=info.common_name), field="file")
    usages = _key_usages(certificate)
    if usages is not None and not usages & SIGNING_KEY_USAGES:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The certificate \"{subject}\" is not meant for signing documents: its key usage allows "
                    "neither digital signatures nor non-repudiation. Load a certificate for electronic "
                    "signatures or seals."),
            subject=info.common_name), field="file")
    _check_validity(info, now or datetime.now(timezone.utc))
    return info


def _pdf_signer(signature_meta, signer, signing_time: datetime):
    """Return a pyHanko PdfSigner that records ``signing_time`` instead of the system clock."""
    from pyhanko.sign import signers

    class ClockedPdfSigner(signers.PdfSigner):
        # pyHanko 0.38 takes the signing time from the system clock when it
        # creates the PdfSigningSession and has no setting for it. The session
        # keeps that time in system_time, which is replaced before anything is signed.
        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = signing_time
            return session

    return ClockedPdfSigner(signature_meta, signer)


def _free_field_name(writer) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    existing_names = {name for name, _value, _reference in enumerate_sig_fields(writer)}
    name = SEAL_FIELD_NAME
    number = 1
    while name in existing_names:
        number += 1
        name = f"{SEAL_FIELD_NAME}{number}"
    return name


def seal_pdf(pdf: bytes, p12: bytes, passphrase: str, *, reason: str, location: str, signer_name: str,
             now: datetime) -> bytes:
    """Return ``pdf`` with a PAdES B-B signature by the seal in ``p12`` added as an incremental update.

    The signature is invisible (the document already shows the client's
    signature) and records ``now`` as the signing time, ``reason``,
    ``location`` and ``signer_name``. Raises UserError when the seal cannot be
    opened or is not valid at ``now`` (see ``load_seal``), or when ``pdf`` is
    not a PDF that can be signed.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import FormFillingError, PdfError
    from pyhanko.sign import fields, signers

    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    load_seal(p12, passphrase, now=now)
    signer = signers.SimpleSigner.load_pkcs12_data(
        p12, other_certs=[], passphrase=passphrase.encode("utf-8") if passphrase else None)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        signature_meta = signers.PdfSignatureMetadata(
            field_name=_free_field_name(writer),
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None,
            location=location or None,
            name=signer_name or None,
            signer_key_usage=set(SIGNING_KEY_USAGES),
        )
        output = _pdf_signer(signature_meta, signer, now).sign_pdf(writer)
    # pyHanko's SigningError is a FormFillingError.
    except (PdfError, FormFillingError) as error:
        log.error("Sealing a PDF of %d bytes failed: %s", len(pdf), error)
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Seal", "The document could not be sealed because it is not a PDF that can be signed ({error}). "
                    "Generate the document again."), error=type(error).__name__)) from None
    return output.getvalue()


def _key_usage_constraints():
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    # Accept either usage: a clinic's own certificate may carry only one of them.
    return KeyUsageConstraints(key_usage=set(SIGNING_KEY_USAGES), match_all_key_usages=False)


class _OneLineLibraryLog(logging.Handler):
    """A log handler that passes a library's records on to this module's log as one line, without the traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        lines = record.getMessage().splitlines()
        log.debug("%s %s: %s", record.name, record.levelname, lines[0] if lines else "")


_library_log_handler = _OneLineLibraryLog()
_library_log_lock = threading.Lock()
_library_log_users = 0
_library_log_propagate: dict[str, bool] = {}


@contextmanager
def _library_logs_kept_out_of_terminal() -> Iterator[None]:
    """Send pyHanko's log records to VetDesk's log while a check runs, instead of to the terminal.

    Without a handler of its own, Python prints a library's warnings and their
    tracebacks on stderr. A check expects such failures and reports them in
    its result. Checks that overlap in several threads share one redirection.
    """
    global _library_log_users
    with _library_log_lock:
        if _library_log_users == 0:
            for name in LIBRARY_LOGGERS:
                logger = logging.getLogger(name)
                _library_log_propagate[name] = logger.propagate
                logger.addHandler(_library_log_handler)
                logger.propagate = False
        _library_log_users += 1
    try:
        yield
    finally:
        with _library_log_lock:
            _library_log_users -= 1
            if _library_log_users == 0:
                for name in LIBRARY_LOGGERS:
                    logger = logging.getLogger(name)
                    logger.removeHandler(_library_log_handler)
                    logger.propagate = _library_log_propagate.pop(name)


def _first_line(error: Exception) -> str:
    """Return the first line of a library's error text, at most 200 characters, or the error's type."""
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


def _unreadable(reason: str) -> SealCheck:
    return SealCheck(readable=False, sealed=False, intact=False, covers_whole_file=False, trusted=False,
                     problem=_message(QT_TRANSLATE_NOOP(
                         "Seal", "The file is not a PDF that can be read ({reason})."), reason=reason))


@dataclass(frozen=True)
class _SignatureResult:
    intact: bool
    trusted: bool
    covers_whole_file: bool
    bytes_after: int
    subject: str
    fingerprint: str
    signed_at: datetime | None
    problem: UserMessage | None


def _validate_signature(embedded, pdf_size: int, trust_roots: list, trusted_fingerprints: Collection[str]
                        ) -> _SignatureResult:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    signer_der = embedded.signer_cert.dump()
    fingerprint = certificate_fingerprint(signer_der)
    subject = _subject_text(x509.load_der_x509_certificate(signer_der).subject)
    roots = list(trust_roots)
    if fingerprint in trusted_fingerprints:
        roots.append(asn1_x509.Certificate.load(signer_der))
    claimed_time = embedded.self_reported_timestamp
    # NOTE: a B-B seal has no trusted time stamp, so the certificate is checked at
    # the signing time the signature itself states. A seal made with a stolen key
    # and a back-dated time would pass here. The stored SHA-256 of each document
    # is what catches that.
    context = ValidationContext(trust_roots=roots, allow_fetching=False, moment=claimed_time)
    status = validate_pdf_signature(embedded, context, key_usage_settings=_key_usage_constraints())

    signed_at = status.signer_reported_dt or claimed_time
    signed_at = signed_at.astimezone(timezone.utc) if signed_at else None
    intact = bool(status.intact and status.valid)
    covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    byte_range = list(embedded.byte_range)
    bytes_after = max(0, pdf_size - (int(byte_range[2]) + int(byte_range[3]))) if len(byte_range) == 4 else 0
    trusted = bool(status.trusted)

    problem = None
    if not intact:
        problem = _message(QT_TRANSLATE_NOOP(
            "Seal", "The document was changed after it was sealed: the sealed bytes no longer match the seal "
                    "of \"{subject}\"."), subject=subject)
    elif not covers_whole_file:
        if bytes_after:
            problem = _message(QT_TRANSLATE_NOOP(
                "Seal", "Data was added to the document after it was sealed ({count} bytes)."), count=bytes_after)
        else:
            problem = _message(QT_TRANSLATE_NOOP(
                "Seal", "The seal does not cover the whole document."))
    elif not trusted:
        if not roots:
            problem = _message(QT_TRANSLATE_NOOP(
                "Seal", "The document is sealed by \"{subject}\", which is not a seal of this clinic."),
                subject=subject)
        else:
            # The AdES sub-indication (ETSI EN 319 102-1), such as EXPIRED, names the failed check.
            indication = status.trust_problem_indic.name if status.trust_problem_indic else "NO_CERTIFICATE_CHAIN_FOUND"
            problem = _message(QT_TRANSLATE_NOOP(
                "Seal", "The seal's certificate \"{subject}\" is not valid for a seal made on {signed_at} "
                        "(check failed: {indication})."),
                subject=subject, signed_at=_utc_text(signed_at) if signed_at else "-", indication=indication)
    return _SignatureResult(intact, trusted, covers_whole_file, bytes_after, subject, fingerprint, signed_at,
                            problem)


def check_sealed_pdf(pdf: bytes, trusted_certificates: Sequence[bytes], *,
                     trusted_fingerprints: Collection[str] = ()) -> SealCheck:
    """Check every signature in ``pdf`` and return whether it is intact, complete and trusted.

    ``trusted_certificates`` are DER certificates used as trust roots.
    ``trusted_fingerprints`` are SHA-256 fingerprints (lower-case hex) of
    certificates that are trusted when the PDF embeds them as a signer's
    certificate, so that a caller who stores only fingerprints can check its
    own seals. Revocation is not checked, because nothing is fetched from the
    network. Raises ValueError only for invalid ``trusted_certificates``. Any
    ``pdf`` gives a result: a corrupt file gives ``readable=False`` and a file
    without signatures ``sealed=False``.
    """
    try:
        trust_roots = [asn1_x509.Certificate.load(der) for der in trusted_certificates]
        for root in trust_roots:
            root.native
    except ValueError as error:
        raise ValueError(f"A trusted certificate is not DER-encoded X.509: {error}") from None
    trusted_fingerprints = {fingerprint.lower() for fingerprint in trusted_fingerprints}
    with _library_logs_kept_out_of_terminal():
        return _check_signatures(pdf, trust_roots, trusted_fingerprints)


def _check_signatures(pdf: bytes, trust_roots: list, trusted_fingerprints: Collection[str]) -> SealCheck:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    # pyHanko raises exceptions of many types (PdfReadError, KeyError, ValueError,
    # IndexError ...) on malformed input, and a file to verify may be anything.
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        filled_fields = list(enumerate_sig_fields(reader, filled_status=True))
    except Exception as error:  # noqa: BLE001 - see above
        log.info("A PDF to check could not be read: %s: %s", type(error).__name__, _first_line(error))
        return _unreadable(_first_line(error))
    if not filled_fields:
        return SealCheck(readable=True, sealed=False, intact=False, covers_whole_file=False, trusted=False,
                         problem=_message(QT_TRANSLATE_NOOP("Seal", "The document carries no seal.")))

    damaged = SealCheck(readable=True, sealed=True, intact=False, covers_whole_file=False, trusted=False,
                        problem=_message(QT_TRANSLATE_NOOP(
                            "Seal", "The seal of the document is damaged and cannot be checked.")))
    try:
        signatures = reader.embedded_regular_signatures
        results = [_validate_signature(embedded, len(pdf), trust_roots, trusted_fingerprints)
                   for embedded in signatures]
    except Exception as error:  # noqa: BLE001 - malformed signature data, as above
        log.info("A seal in a PDF could not be validated: %s: %s", type(error).__name__, _first_line(error))
        return damaged
    if not results:
        return damaged

    trusted_results = [result for result in results if result.trusted]
    described = trusted_results[-1] if trusted_results else results[-1]
    broken = next((result for result in results if not result.intact), None)
    problem = broken.problem if broken else described.problem
    return SealCheck(
        readable=True,
        sealed=True,
        intact=broken is None,
        covers_whole_file=described.covers_whole_file,
        trusted=described.trusted,
        signer_subject=described.subject,
        signer_fingerprint=described.fingerprint,
        signed_at=described.signed_at,
        problem=problem,
    )
