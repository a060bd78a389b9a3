"""Creating the clinic's seal, sealing fpdf2 PDFs with it and checking them with pyHanko, all offline."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vetdesk.documents.sealing import (
    certificate_fingerprint,
    check_sealed_pdf,
    create_self_signed_seal,
    load_seal,
    seal_pdf,
)
from vetdesk.domain.messages import UserError

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)
PASSPHRASE = "caballo correcto batería grapa"
FONT_DIR = Path(__file__).resolve().parents[2] / "vetdesk" / "resources" / "fonts"


def make_pdf(text: str = "Importe aplazado: 1.234,56 € — Begoña Ibáñez", *, compress: bool = True) -> bytes:
    """Render a one-page A4 PDF with fpdf2 and the DejaVu font that VetDesk ships."""
    pdf = FPDF(format="A4")
    pdf.set_compression(compress)
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def seal() -> bytes:
    return create_self_signed_seal("Clínica Veterinaria Prueba", "b12345674", PASSPHRASE, NOW)


@pytest.fixture(scope="module")
def seal_info(seal):
    return load_seal(seal, PASSPHRASE, now=NOW)


@pytest.fixture(scope="module")
def original() -> bytes:
    return make_pdf(compress=False)


@pytest.fixture(scope="module")
def sealed(seal, original) -> bytes:
    return seal_pdf(original, seal, PASSPHRASE, reason="Condiciones de pago firmadas",
                    location="Madrid", signer_name="Lucía Pérez", now=NOW)


def seal_bytes(key, certificate, passphrase: str = PASSPHRASE, extra=None) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"test", key, certificate, extra, serialization.BestAvailableEncryption(passphrase.encode()))


def build_certificate(key, *, subject: str = "Prueba", issuer_key=None, issuer: x509.Name | None = None,
                      not_before: datetime = NOW - timedelta(days=1), days: int = 365,
                      key_usage: x509.KeyUsage | None = None, ca: bool = False) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_before + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    return builder.sign(issuer_key or key, hashes.SHA256())


def usage(*, signing: bool = True, cert_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing, content_commitment=signing, key_encipherment=not signing and not cert_sign,
        data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign, crl_sign=cert_sign,
        encipher_only=False, decipher_only=False)


def signed_range(pdf: bytes) -> list[int]:
    """Return the /ByteRange of the last signature: [start, length, start, length]."""
    ranges = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return [int(number) for number in ranges[-1]]


def flip(pdf: bytes, position: int, mask: int = 0x01) -> bytes:
    return pdf[:position] + bytes([pdf[position] ^ mask]) + pdf[position + 1:]


# Creating and loading seals

def test_created_seal_subject_and_validity(seal_info):
    assert "CN=Clínica Veterinaria Prueba – sello de documentos" in seal_info.subject
    assert "O=Clínica Veterinaria Prueba" in seal_info.subject
    assert "organizationIdentifier=VATES-B12345674" in seal_info.subject
    assert "C=ES" in seal_info.subject
    assert seal_info.common_name == "Clínica Veterinaria Prueba – sello de documentos"
    assert seal_info.self_signed
    assert seal_info.not_before == NOW - timedelta(days=1)
    assert seal_info.not_after == NOW.replace(year=2036)
    assert seal_info.fingerprint_sha256 == certificate_fingerprint(seal_info.certificate_der)
    assert re.fullmatch(r"[0-9a-f]{64}", seal_info.fingerprint_sha256)


def test_created_seal_key_and_usage(seal):
    key, certificate, _extra = pkcs12.load_key_and_certificates(seal, PASSPHRASE.encode())
    assert isinstance(key, rsa.RSAPrivateKey)
    assert key.key_size == 3072
    key_usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert key_usage.digital_signature
    assert key_usage.content_commitment
    assert not key_usage.key_cert_sign
    assert not certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_created_seal_long_name_shortened():
    name = "Clínica Veterinaria " + "Muy Larga " * 10
    info = load_seal(create_self_signed_seal(name, "B12345674", PASSPHRASE, NOW), PASSPHRASE, now=NOW)
    certificate = x509.load_der_x509_certificate(info.certificate_der)
    common_name = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    organization = certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    assert len(common_name.encode("utf-8")) <= 64
    assert common_name.endswith(" – sello de documentos")
    assert len(organization.encode("utf-8")) <= 64


def test_created_seal_without_tax_id():
    info = load_seal(create_self_signed_seal("Clínica Sol", "", PASSPHRASE, NOW), PASSPHRASE, now=NOW)
    assert "organizationIdentifier" not in info.subject


def test_created_seal_on_leap_day_ends_feb_28():
    leap_day = datetime(2028, 2, 29, 9, 0, tzinfo=timezone.utc)
    info = load_seal(create_self_signed_seal("Clínica Sol", "B12345674", PASSPHRASE, leap_day, years=1),
                     PASSPHRASE, now=leap_day)
    assert info.not_after == datetime(2029, 2, 28, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("name, passphrase, field", [("  ", PASSPHRASE, None), ("Clínica Sol", "", "passphrase")])
def test_create_seal_rejects_empty_values(name, passphrase, field):
    with pytest.raises(UserError) as raised:
        create_self_signed_seal(name, "B12345674", passphrase, NOW)
    assert raised.value.field == field


def test_load_seal_wrong_passphrase(seal):
    with pytest.raises(UserError) as raised:
        load_seal(seal, "Caballo correcto batería grapa", now=NOW)
    assert raised.value.field == "passphrase"
    assert "passphrase does not open" in str(raised.value)
    assert PASSPHRASE not in str(raised.value)


@pytest.mark.parametrize("data", [b"", b"not a certificate", make_pdf(), b"\x30\x03\x02\x01\x03"])
def test_load_seal_not_pkcs12(data):
    with pytest.raises(UserError) as raised:
        load_seal(data, PASSPHRASE, now=NOW)
    assert raised.value.field == "file"
    assert "not a PKCS#12 certificate file" in str(raised.value)


def test_load_seal_expired_names_dates():
    created = datetime(2014, 5, 6, 8, 0, tzinfo=timezone.utc)
    old = create_self_signed_seal("Clínica Sol", "B12345674", PASSPHRASE, created, years=2)
    with pytest.raises(UserError) as raised:
        load_seal(old, PASSPHRASE, now=NOW)
    text = str(raised.value)
    assert "expired on 06/05/2016 08:00 UTC" in text
    assert "valid from 05/05/2014 08:00 UTC" in text


def test_load_seal_not_yet_valid():
    future = create_self_signed_seal("Clínica Sol", "B12345674", PASSPHRASE, NOW + timedelta(days=30))
    with pytest.raises(UserError) as raised:
        load_seal(future, PASSPHRASE, now=NOW)
    assert "valid only from 02/01/2027 10:00 UTC to 03/01/2037 10:00 UTC" in str(raised.value)


def test_load_seal_without_private_key():
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = build_certificate(key, key_usage=usage())
    with pytest.raises(UserError) as raised:
        load_seal(seal_bytes(None, None, extra=[certificate]), PASSPHRASE, now=NOW)
    assert "no private key" in str(raised.value)


def test_load_seal_without_certificate():
    with pytest.raises(UserError) as raised:
        load_seal(seal_bytes(ec.generate_private_key(ec.SECP256R1()), None), PASSPHRASE, now=NOW)
    assert "no certificate" in str(raised.value)


def test_load_seal_encryption_only_certificate():
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = build_certificate(key, key_usage=usage(signing=False))
    with pytest.raises(UserError) as raised:
        load_seal(seal_bytes(key, certificate), PASSPHRASE, now=NOW)
    assert "not meant for signing" in str(raised.value)


# Sealing and checking

def test_sealed_pdf_intact_and_trusted(sealed, seal_info):
    check = check_sealed_pdf(sealed, [seal_info.certificate_der])
    assert check.readable
    assert check.sealed
    assert check.intact
    assert check.covers_whole_file
    assert check.trusted
    assert check.problem is None
    assert check.signed_at == NOW
    assert check.signer_subject == seal_info.subject
    assert check.signer_fingerprint == seal_info.fingerprint_sha256


def test_sealing_appends_to_original_bytes(sealed, original):
    assert sealed.startswith(original)
    assert b"/ETSI.CAdES.detached" in sealed
    assert b"/Reason (Condiciones de pago firmadas)" in sealed


def test_sealed_compressed_pdf_intact(seal, seal_info):
    sealed = seal_pdf(make_pdf(), seal, PASSPHRASE, reason="", location="", signer_name="", now=NOW)
    check = check_sealed_pdf(sealed, [seal_info.certificate_der])
    assert check.intact
    assert check.trusted


def test_trusted_by_fingerprint_only(sealed, seal_info):
    check = check_sealed_pdf(sealed, [], trusted_fingerprints=[seal_info.fingerprint_sha256.upper()])
    assert check.trusted
    assert check.problem is None


def test_other_seal_not_trusted(sealed):
    check = check_sealed_pdf(sealed, [])
    assert check.intact
    assert check.covers_whole_file
    assert not check.trusted
    assert "not a seal of this clinic" in str(check.problem)


def test_untrusted_seal_logs_no_traceback(sealed, caplog, capsys):
    caplog.set_level(logging.DEBUG)

    check = check_sealed_pdf(sealed, [])

    assert not check.trusted
    assert "Traceback" not in caplog.text
    assert [record for record in caplog.records if record.exc_info] == []
    assert [record for record in caplog.records if record.name.startswith("pyhanko")] == []
    # pyHanko's explanation stays in VetDesk's log as one line.
    assert any(record.name == "vetdesk.documents" and "self-signed" in record.getMessage()
               for record in caplog.records)
    assert "Traceback" not in capsys.readouterr().err
    for name in ("pyhanko", "pyhanko_certvalidator"):
        assert logging.getLogger(name).propagate
        assert logging.getLogger(name).handlers == []


def test_unreadable_reason_one_line(monkeypatch, seal_info):
    """A library error of several lines is cut to its first, so that no traceback-like text reaches a user.

    No file is known to make pyHanko 0.38 raise such an error, so the reader is replaced here.
    """
    def reader_with_long_error(_stream):
        raise ValueError("Failed to locate xref section\nTraceback (most recent call last):\n  File ...")

    monkeypatch.setattr("pyhanko.pdf_utils.reader.PdfFileReader", reader_with_long_error)

    check = check_sealed_pdf(b"%PDF-1.7", [seal_info.certificate_der])

    assert not check.readable
    assert check.problem.params["reason"] == "Failed to locate xref section"


def test_other_trust_root_not_trusted(sealed):
    other = load_seal(create_self_signed_seal("Otra Clínica", "B12345674", PASSPHRASE, NOW), PASSPHRASE, now=NOW)
    check = check_sealed_pdf(sealed, [other.certificate_der])
    assert not check.trusted
    assert "is not valid for a seal made on 04/12/2026 10:00 UTC" in str(check.problem)


def test_changed_text_byte_breaks_seal(sealed, seal_info):
    # The page's content stream is uncompressed; move the text line by changing one digit.
    position = sealed.index(b"801.74 Td")
    tampered = sealed[:position] + b"7" + sealed[position + 1:]

    check = check_sealed_pdf(tampered, [seal_info.certificate_der])

    assert len(tampered) == len(sealed)
    assert check.readable
    assert check.sealed
    assert not check.intact
    assert not check.trusted
    assert "changed after it was sealed" in str(check.problem)


def test_appended_bytes_not_whole_file(sealed, seal_info):
    addition = b"\n% added later\n"
    check = check_sealed_pdf(sealed + addition, [seal_info.certificate_der])
    assert check.intact
    assert not check.covers_whole_file
    assert f"({len(addition)} bytes)" in str(check.problem)


def test_unsealed_pdf_reported(seal_info):
    check = check_sealed_pdf(make_pdf(), [seal_info.certificate_der])
    assert check.readable
    assert not check.sealed
    assert not check.intact
    assert "carries no seal" in str(check.problem)


@pytest.mark.parametrize("data", [b"", b"garbage", b"%PDF-1.7\n%%EOF", b"\x00" * 100])
def test_garbage_unreadable(data, seal_info):
    check = check_sealed_pdf(data, [seal_info.certificate_der])
    assert not check.readable
    assert not check.intact
    assert "not a PDF that can be read" in str(check.problem)


def test_truncated_sealed_pdf_unreadable(sealed, seal_info):
    check = check_sealed_pdf(sealed[: len(sealed) - 200], [seal_info.certificate_der])
    assert not check.readable


def test_damaged_signature_contents_not_intact(sealed, seal_info):
    start, length, _second_start, _second_length = signed_range(sealed)
    # /Contents <...> is the gap between the two parts of the byte range. Damage its DER header.
    tampered = flip(sealed, start + length + 1, 0x07)
    check = check_sealed_pdf(tampered, [seal_info.certificate_der])
    assert check.readable
    assert check.sealed
    assert not check.intact
    assert not check.trusted


def test_sealing_twice_keeps_both_valid(sealed, seal, seal_info):
    resealed = seal_pdf(sealed, seal, PASSPHRASE, reason="Nueva copia", location="Madrid", signer_name="Ana",
                        now=NOW + timedelta(hours=1))
    check = check_sealed_pdf(resealed, [seal_info.certificate_der])
    assert b"/T (VetDeskSeal2)" in resealed
    assert check.intact
    assert check.covers_whole_file
    assert check.signed_at == NOW + timedelta(hours=1)


def test_seal_pdf_rejects_expired_seal(seal):
    with pytest.raises(UserError) as raised:
        seal_pdf(make_pdf(), seal, PASSPHRASE, reason="", location="", signer_name="", now=NOW.replace(year=2037))
    assert "expired on" in str(raised.value)


def test_seal_pdf_rejects_wrong_passphrase(seal):
    with pytest.raises(UserError):
        seal_pdf(make_pdf(), seal, "wrong", reason="", location="", signer_name="", now=NOW)


def test_seal_pdf_rejects_non_pdf(seal):
    with pytest.raises(UserError) as raised:
        seal_pdf(b"plain text, not a PDF", seal, PASSPHRASE, reason="", location="", signer_name="", now=NOW)
    assert "could not be sealed" in str(raised.value)


def test_ca_issued_seal_trusted_by_root_or_fingerprint():
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = build_certificate(ca_key, subject="Autoridad de Prueba", key_usage=usage(signing=False, cert_sign=True),
                           ca=True, days=3650)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = build_certificate(leaf_key, subject="Clínica Sol – sello", issuer_key=ca_key, issuer=ca.subject,
                             key_usage=usage())
    p12 = seal_bytes(leaf_key, leaf, extra=[ca])

    info = load_seal(p12, PASSPHRASE, now=NOW)
    sealed = seal_pdf(make_pdf(), p12, PASSPHRASE, reason="", location="", signer_name="", now=NOW)

    assert not info.self_signed
    assert check_sealed_pdf(sealed, [ca.public_bytes(serialization.Encoding.DER)]).trusted
    assert check_sealed_pdf(sealed, [], trusted_fingerprints=[info.fingerprint_sha256]).trusted


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_changed_signed_byte_detected(data, sealed, seal_info):
    start, length, second_start, second_length = signed_range(sealed)
    covered = [*range(start, start + length), *range(second_start, second_start + second_length)]
    position = data.draw(st.sampled_from(covered), label="position")
    mask = data.draw(st.integers(1, 255), label="mask")

    check = check_sealed_pdf(flip(sealed, position, mask), [seal_info.certificate_der])

    reported_intact = check.intact and check.covers_whole_file and check.trusted
    assert not reported_intact
    assert check.problem is not None
