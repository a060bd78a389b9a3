"""``vetdesk verify FILE``: a sealed, stored payment-terms form is intact until one byte of it changes."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF

from vetdesk.cli import main
from vetdesk.services import seal
from vetdesk.services.clinic import ClinicInfo, save_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models
from vetdesk.storage.database import Database, sqlite_url


@pytest.fixture(autouse=True)
def _english_command_output(monkeypatch):
    """Commands follow the desk's language; these tests read their English output."""
    from vetdesk.config import LocalConfig

    monkeypatch.setattr("vetdesk.config.load_config", lambda: LocalConfig(language="en"))


@pytest.fixture(autouse=True)
def _empty_session_cache():
    seal.forget_session_passphrases()
    yield
    seal.forget_session_passphrases()


def make_pdf() -> bytes:
    pdf = FPDF(format="A4")
    # Uncompressed, so that the test can change a digit of the amount in the page's content stream.
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Acuerdo AC-2026-0007. Importe aplazado: 1.234,56 EUR en 3 plazos.")
    return bytes(pdf.output())


def store_document(context, pdf: bytes, certificate_id: int, *, signed: bool = True) -> None:
    """Store the client, the agreement and the form, signed or to be signed on paper, as the agreement service does."""
    now = context.now()
    with context.database.transaction() as session:
        client = models.Client(given_name="Begoña", surnames="Ibáñez Muñoz", created_at=now, updated_at=now)
        session.add(client)
        session.flush()
        agreement = models.Agreement(
            number="AC-2026-0007", client_id=client.id, kind="instalments", period="monthly",
            amount_cents=123456, accelerate_on_breach=True, broken_after_missed=2, broken_after_days=30,
            start_date=date(2026, 12, 4), created_by=context.actor, created_at=now)
        session.add(agreement)
        session.flush()
        session.add(models.AgreementDocument(
            agreement_id=agreement.id, version=1, language="es", pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
            signature_png=None, signed_at=now if signed else None, witnessed_by="Lucía",
            seal_certificate_id=certificate_id,
            created_by=context.actor, created_at=now))


@pytest.fixture
def sealed_file(context, clinic, tmp_path) -> Path:
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="Condiciones de pago firmadas",
                                                location="Madrid", signer_name="Begoña Ibáñez Muñoz")
    store_document(context, sealed, certificate_id)
    path = tmp_path / "condiciones AC-2026-0007.pdf"
    path.write_bytes(sealed)
    return path


def verify(path: Path, context) -> int:
    return main(["verify", str(path), "--database", context.database.url])


def test_intact_form_reported(qapp, context, sealed_file, capsys):
    status = verify(sealed_file, context)

    output = capsys.readouterr()
    assert status == 0, output
    assert "INTACT" in output.out
    assert "Agreement: AC-2026-0007, version 1" in output.out
    assert "Client: Begoña Ibáñez Muñoz" in output.out
    # 10:00 UTC is 11:00 in Madrid in December.
    assert "Signed: 04/12/2026 11:00 (Europe/Madrid)" in output.out
    assert "Seal: CN=Clínica Veterinaria Prueba – sello de documentos" in output.out
    assert f"SHA-256: {hashlib.sha256(sealed_file.read_bytes()).hexdigest()}" in output.out
    assert output.err == ""


def test_unsigned_form_says_not_signed(qapp, context, clinic, tmp_path, capsys):
    sealed, certificate_id = seal.seal_document(context, make_pdf(), reason="Condiciones de pago, para firmar",
                                                location="Madrid", signer_name="Clínica Veterinaria Prueba")
    store_document(context, sealed, certificate_id, signed=False)
    path = tmp_path / "sin firma.pdf"
    path.write_bytes(sealed)

    status = verify(path, context)

    output = capsys.readouterr()
    assert status == 0, output
    assert "INTACT" in output.out
    assert "Not signed by the client; sealed on 04/12/2026 11:00 (Europe/Madrid)" in output.out
    assert "Signed:" not in output.out


def test_unstored_form_shows_seal_time(qapp, context, clinic, tmp_path, capsys):
    sealed, _certificate_id = seal.seal_document(context, make_pdf(), reason="Prueba", location="Madrid",
                                                 signer_name="Clínica Veterinaria Prueba")
    path = tmp_path / "no guardado.pdf"
    path.write_bytes(sealed)

    status = verify(path, context)

    output = capsys.readouterr()
    assert status == 1
    assert "not identical to any document stored" in output.out
    assert "Sealed: 04/12/2026 11:00 (Europe/Madrid)" in output.out
    assert "Signed:" not in output.out


def test_other_clinic_seal_prints_no_traceback(qapp, sealed_file, tmp_path, capsys, caplog):
    other = Database(sqlite_url(tmp_path / "otra.sqlite3"))
    other.dispose()

    status = main(["verify", str(sealed_file), "--database", other.url])

    output = capsys.readouterr()
    assert status == 1
    assert "NOT VERIFIED: the document is not sealed by this clinic" in output.out
    assert "Traceback" not in output.err
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_other_clinic_seal_quiet_in_new_process(sealed_file, tmp_path):
    """Without pytest's log handlers, Python prints a library's warnings and tracebacks on stderr."""
    other = Database(sqlite_url(tmp_path / "otra.sqlite3"))
    other.dispose()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [sys.executable, "-m", "vetdesk", "verify", str(sealed_file), "--database", other.url],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "Validation error" not in result.stderr


def test_demo_option_checks_demo_database(qapp, clock, tmp_path, monkeypatch, capsys):
    from vetdesk.config import default_database_path, demo_database_path

    monkeypatch.setenv("VETDESK_DATA_DIR", str(tmp_path / "data"))
    demo_database_path().parent.mkdir(parents=True)
    demo = Database(sqlite_url(demo_database_path()))
    demo_context = ServiceContext(demo, actor="Lucía (recepción)", clock=clock)
    save_clinic(demo_context, ClinicInfo(name="Clínica Veterinaria Los Almendros", tax_id="B12345674",
                                         address_line="Calle Mayor 1", postal_code="28013", city="Madrid",
                                         province="Madrid"))
    sealed, certificate_id = seal.seal_document(demo_context, make_pdf(), reason="Condiciones de pago firmadas",
                                                location="Madrid", signer_name="Begoña Ibáñez Muñoz")
    store_document(demo_context, sealed, certificate_id)
    demo.dispose()
    path = tmp_path / "demo.pdf"
    path.write_bytes(sealed)

    status = main(["--demo", "verify", str(path)])

    output = capsys.readouterr()
    assert status == 0, output
    assert "INTACT" in output.out
    assert "Agreement: AC-2026-0007, version 1" in output.out
    assert main(["verify", str(path)]) == 2
    assert f"{default_database_path()} does not exist" in capsys.readouterr().err


def test_one_changed_byte_reported_altered(qapp, context, sealed_file, capsys):
    sealed = sealed_file.read_bytes()
    position = sealed.index(b"1.234,56")
    first_range_end = int(re.search(rb"/ByteRange \[\s*0\s+(\d+)", sealed).group(1))
    assert position < first_range_end
    sealed_file.write_bytes(sealed[:position] + b"7" + sealed[position + 1:])

    status = verify(sealed_file, context)

    output = capsys.readouterr()
    assert status == 1
    assert "ALTERED" in output.out
    assert "changed after it was sealed" in output.out
    assert "INTACT" not in output.out


def test_appended_bytes_reported_altered(qapp, context, sealed_file, capsys):
    addition = b"\n% nota\n"
    sealed_file.write_bytes(sealed_file.read_bytes() + addition)

    status = verify(sealed_file, context)

    output = capsys.readouterr()
    assert status == 1
    assert "ALTERED" in output.out
    assert f"Data was added to the document after it was sealed ({len(addition)} bytes)" in output.out


def test_unsealed_pdf_not_verified(qapp, context, clinic, tmp_path, capsys):
    path = tmp_path / "sin sello.pdf"
    path.write_bytes(make_pdf())

    status = verify(path, context)

    assert status == 1
    assert "NOT VERIFIED: the document carries no seal" in capsys.readouterr().out


def test_garbage_unreadable(qapp, context, tmp_path, capsys):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(os.urandom(2000))

    status = verify(path, context)

    assert status == 2
    assert "UNREADABLE" in capsys.readouterr().out


def test_missing_file_explained(qapp, context, tmp_path, capsys):
    status = verify(tmp_path / "missing.pdf", context)

    assert status == 2
    assert "missing.pdf does not exist" in capsys.readouterr().err


def test_directory_rejected(qapp, context, tmp_path, capsys):
    status = verify(tmp_path, context)

    assert status == 2
    assert "is not a file" in capsys.readouterr().err


def test_missing_database_explained(qapp, tmp_path, capsys):
    path = tmp_path / "form.pdf"
    path.write_bytes(make_pdf())
    missing = tmp_path / "missing.sqlite3"

    status = main(["verify", str(path), "--database", sqlite_url(missing)])

    assert status == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_verify_in_a_new_process(context, sealed_file):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "vetdesk", "verify", str(sealed_file), "--database", context.database.url],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
