"""The claim dossier PDF, read back with pypdf and pypdfium2: content, amounts, attachments, annexes and page breaks."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader

from vetdesk.documents import pdf_common
from vetdesk.documents.claim_dossier import (
    AttachedDocument,
    ClaimDossier,
    DossierParty,
    InvoiceLine,
    ReminderLine,
    StatementLine,
    render_claim_dossier,
)
from vetdesk.documents.sealing import (
    check_sealed_pdf,
    create_self_signed_seal,
    load_seal,
    seal_pdf,
)
from vetdesk.domain.claims import (
    DEFAULT_LEGAL_INTEREST_RATES,
    InterestStatement,
    legal_interest,
)
from vetdesk.domain.money import Money
from vetdesk.translation import document_translator

NOW = datetime(2026, 1, 15, 10, 0, tzinfo=timezone.utc)
PASSPHRASE = "caballo correcto batería grapa"
KINDS = ("charge", "charge", "payment", "credit_note", "charge", "write_off", "write_off_reversal")


def english(context: str, source: str) -> str:
    return source


def euros(text: str) -> Money:
    return Money(Decimal(text))


def form_pdf(pages: int, title: str = "Condiciones de pago AC-2026-0007") -> bytes:
    """Render a stand-in for a signed form: ``pages`` A4 pages, each with a large black box and a caption."""
    pdf = pdf_common.VetDeskPdf(title=title, language="es")
    try:
        for number in range(1, pages + 1):
            pdf.add_page()
            pdf.multi_cell(0, 6, f"{title}, hoja {number}: Begoña Ibáñez Núñez, 1.234,56 €")
            pdf.set_fill_color(0, 0, 0)
            pdf.rect(40, 60, 130, 150, style="F")
        return pdf.finish()
    finally:
        pdf.close_fonts()


def attachment(data: bytes, filename: str = "condiciones-AC-2026-0007.pdf") -> AttachedDocument:
    return AttachedDocument("Condiciones de pago AC-2026-0007", filename, hashlib.sha256(data).hexdigest(),
                            date(2025, 3, 2), data)


def statement(count: int) -> tuple[StatementLine, ...]:
    """A statement of ``count`` lines, each with a description "Servicio nº <i>" that appears nowhere else."""
    lines = []
    balance = Money.zero()
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        amount = euros(f"{10 + index}.{index % 100:02d}")
        increases = kind in ("charge", "write_off_reversal")
        balance = balance + amount if increases else balance - amount
        lines.append(StatementLine(
            entry_date=date(2024, 1 + index % 12, 1 + index % 28),
            kind=kind,
            description=f"Servicio nº {index + 1}",
            pet="Canela" if index % 2 else "Ñoño",
            charge=amount if increases else None,
            credit=None if increases else amount,
            balance=balance,
        ))
    return tuple(lines)


INVOICES = (
    InvoiceLine(date(2024, 3, 2), date(2024, 4, 1), "F-2024-0012", "Cirugía de rodilla", "Canela",
                euros("1234.56"), euros("1034.56")),
    InvoiceLine(date(2025, 6, 10), date(2025, 7, 10), "F-2025-0420", "Vacuna antirrábica", "Toby",
                euros("45.00"), euros("45.00")),
)
REMINDERS = (
    ReminderLine(date(2024, 5, 1), 1, "Amistoso", "email", "begona@example.es", "sent", euros("1034.56"), ""),
    ReminderLine(date(2024, 6, 3), 2, "Segundo aviso", "sms", "+34 600 123 456", "failed", euros("1034.56"),
                 "Número no disponible"),
    ReminderLine(None, 3, "Formal", "letter", "Calle Ñandú 3, 28013 Madrid", "skipped", euros("1079.56"), ""),
    ReminderLine(date(2024, 9, 15), 4, "Prejudicial", "burofax", "Calle Ñandú 3, 28013 Madrid", "entregado",
                 euros("1079.56"), ""),
)


def dossier(**changes) -> ClaimDossier:
    """A Spanish dossier for 1.079,56 € with interest up to 31/12/2025 and no attachments."""
    interest = legal_interest([(invoice.due_date, invoice.outstanding) for invoice in INVOICES],
                              date(2025, 12, 31), DEFAULT_LEGAL_INTEREST_RATES)
    value = ClaimDossier(
        reference="RECL-2026-0003",
        prepared_on=date(2026, 1, 15),
        prepared_by="Lucía Pérez",
        language="es",
        clinic=DossierParty("Clínica Veterinaria Prueba", "B12345674", ("Calle Mayor 1", "28013 Madrid"),
                            "+34 911 234 567", "hola@clinicaprueba.es"),
        client=DossierParty("Begoña Ibáñez Núñez", "12345678Z", ("Calle Ñandú 3, 2º", "28013 Madrid"),
                            "+34 600 123 456", "begona@example.es"),
        statement=statement(14),
        invoices=INVOICES,
        principal=euros("1079.56"),
        interest=interest,
        attachments=(),
        reminders=REMINDERS,
        last_service_on=date(2025, 6, 10),
        expiry_on=date(2028, 6, 10),
    )
    return replace(value, **changes)


def pages_text(data: bytes) -> list[str]:
    """The text of each page, with no-break spaces made plain and each run of white space made one space."""
    return [" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in PdfReader(io.BytesIO(data)).pages]


def ink_fraction(data: bytes, page_index: int) -> float:
    """Render one page at 50 dpi with PDFium and return the fraction of pixels that are not white."""
    document = pdfium.PdfDocument(data)
    try:
        image = document[page_index].render(scale=50 / 72).to_pil().convert("L")
    finally:
        document.close()
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


@pytest.fixture(scope="module")
def spanish():
    return document_translator("es")


@pytest.fixture(scope="module")
def spanish_pages(spanish) -> list[str]:
    return pages_text(render_claim_dossier(dossier(), spanish))


@pytest.fixture(scope="module")
def spanish_text(spanish_pages) -> str:
    return " ".join(spanish_pages)


@pytest.fixture(scope="module")
def english_pages() -> list[str]:
    return pages_text(render_claim_dossier(dossier(language="en"), english))


@pytest.fixture(scope="module")
def english_text(english_pages) -> str:
    return " ".join(english_pages)


@pytest.fixture(scope="module")
def seal() -> bytes:
    return create_self_signed_seal("Clínica Veterinaria Prueba", "B12345674", PASSPHRASE, NOW)


@pytest.fixture(scope="module")
def sealed_form(seal) -> bytes:
    return seal_pdf(form_pdf(2), seal, PASSPHRASE, reason="Condiciones de pago firmadas", location="Madrid",
                    signer_name="Lucía Pérez", now=NOW)


@pytest.fixture(scope="module")
def with_form(sealed_form) -> bytes:
    return render_claim_dossier(dossier(attachments=(attachment(sealed_form),)), english)


# Content


def test_dossier_is_a4(with_form):
    page = PdfReader(io.BytesIO(with_form)).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


def test_title_reference_and_long_date(english_pages):
    first = english_pages[0]
    assert "Claim dossier" in first
    assert "Reference RECL-2026-0003 · 15 January 2026" in first
    assert "Prepared by Lucía Pérez" in first


def test_spanish_long_date(spanish_pages):
    assert "15 de enero de 2026" in spanish_pages[0]


def test_parties_with_accents(spanish_text):
    assert "Clínica Veterinaria Prueba" in spanish_text
    assert "CIF/NIF: B12345674" in spanish_text
    assert "Begoña Ibáñez Núñez" in spanish_text
    assert "DNI/NIE: 12345678Z" in spanish_text
    assert "Calle Ñandú 3, 2º" in spanish_text
    assert "+34 600 123 456" in spanish_text
    assert "begona@example.es" in spanish_text


def test_missing_debtor_id_is_stated():
    client = replace(dossier().client, id_number="")
    text = " ".join(pages_text(render_claim_dossier(dossier(client=client, language="en"), english)))
    assert "DNI/NIE: not recorded" in text


def test_no_replacement_characters(spanish_text):
    assert "\ufffd" not in spanish_text


def test_summary_amounts_spanish(spanish_pages):
    first = spanish_pages[0]
    assert "1.079,56 €" in first
    # 25,24 € + 33,62 € + 0,70 € of interest up to 31/12/2025.
    assert "59,56 €" in first
    assert "1.139,12 €" in first
    assert "31/12/2025" in first


def test_summary_labels_english(english_pages):
    first = english_pages[0]
    assert "Principal claimed (amount outstanding) €1,079.56" in first
    assert "Legal interest up to 31/12/2025 €59.56" in first
    assert "Total claimed €1,139.12" in first
    assert "Last service provided on 10/06/2025." in first


def test_expiry_sentence(english_text):
    assert ("The claim may expire on 10/06/2028, three years after the last service. "
            "Each documented claim to the debtor restarts this period.") in english_text


def test_expiry_date_spanish(spanish_text):
    assert "10/06/2028" in spanish_text


def test_expired_claim_warning():
    text = " ".join(pages_text(render_claim_dossier(
        dossier(language="en", expiry_on=date(2026, 1, 14)), english)))
    assert "The claim may have expired on 14/01/2026" in text
    assert "The claim may expire on" not in text


def has_description(text: str, description: str) -> bool:
    """Tell whether ``description`` is in ``text`` not followed by a digit, so "nº 1" does not match "nº 10"."""
    return re.search(re.escape(description) + r"(?![0-9])", text) is not None


def test_every_statement_line(spanish_text):
    for line in dossier().statement:
        assert has_description(spanish_text, line.description), line
        assert line.entry_date.strftime("%d/%m/%Y") in spanish_text, line
    assert spanish_text.count("Servicio nº ") == 14


def test_statement_amounts_spanish(spanish_text):
    for line in dossier().statement:
        amount = line.charge or line.credit
        assert f"{amount.amount}".replace(".", ",") + " €" in spanish_text, line
        balance = f"{line.balance.amount}".replace(".", ",") + " €"
        assert balance in spanish_text, line


def test_statement_kinds_english(english_text):
    assert "Payment: Servicio nº 3" in english_text
    assert "Credit note: Servicio nº 4" in english_text
    assert "Write-off: Servicio nº 6" in english_text
    assert "Write-off reversed: Servicio nº 7" in english_text
    assert "Charge: Servicio nº 1" not in english_text


def test_every_invoice(spanish_text):
    for invoice in INVOICES:
        assert invoice.reference in spanish_text
    assert "Cirugía de rodilla (Canela)" in spanish_text
    assert "Vacuna antirrábica (Toby)" in spanish_text
    assert "1.234,56 € 1.034,56 €" in spanish_text
    assert "45,00 € 45,00 €" in spanish_text


def test_invoice_totals(spanish_text):
    assert "1.279,56 € 1.079,56 €" in spanish_text


def test_every_reminder(spanish_text):
    for reminder in REMINDERS:
        assert reminder.recipient in spanish_text, reminder
        assert f"{reminder.level} · {reminder.level_name}" in spanish_text, reminder
    assert "01/05/2024" in spanish_text
    assert "03/06/2024" in spanish_text
    assert "15/09/2024" in spanish_text
    assert "Número no disponible" in spanish_text


def test_reminder_labels_english(english_text):
    assert "Email" in english_text
    assert "SMS" in english_text
    assert "Letter" in english_text
    assert "Failed Error: Número no disponible" in english_text
    assert "not sent 3 · Formal" in english_text
    # Channel and status texts that are not known codes print as given.
    assert "burofax" in english_text
    assert "entregado" in english_text


def test_interest_lines(spanish_text):
    assert "01/04/2024 1.034,56 € 2024 274 3,25 % 25,24 €" in spanish_text
    assert "01/04/2024 1.034,56 € 2025 365 3,25 % 33,62 €" in spanish_text
    assert "10/07/2025 45,00 € 2025 174 3,25 % 0,70 €" in spanish_text


def test_interest_english(english_text):
    assert "actual/365" in english_text
    assert "up to and including 31/12/2025" in english_text
    assert "Rates applied: 2024: 3.25%; 2025: 3.25%" in english_text
    assert "Total €59.56" in english_text


def test_no_interest_claimed():
    text = " ".join(pages_text(render_claim_dossier(dossier(interest=None, language="en"), english)))
    assert "The clinic does not claim interest." in text
    assert "Total claimed €1,079.56" in text
    assert "Legal interest up to" not in text


def test_interest_not_accrued():
    interest = InterestStatement(Money.zero(), (), date(2024, 1, 1))
    text = " ".join(pages_text(render_claim_dossier(dossier(interest=interest, language="en"), english)))
    assert "No interest has accrued, because no amount was overdue." in text


def test_empty_sections():
    empty = dossier(language="en", statement=(), invoices=(), reminders=(), attachments=())
    text = " ".join(pages_text(render_claim_dossier(empty, english)))
    assert "The statement of account has no entries." in text
    assert "No invoices are listed." in text
    assert "No reminders were sent." in text
    assert "No signed documents are attached." in text


def test_section_order(english_text):
    headings = ["1. Parties", "2. Summary of the claim", "3. Statement of account", "4. Invoices",
                "5. Reminders sent", "6. Legal interest", "7. Documents attached",
                "8. Claiming in court: the proceso monitorio"]
    positions = [english_text.find(heading) for heading in headings]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_monitorio_note(english_text):
    assert "articles 812 to 818 of the Spanish Civil Procedure Act, LEC" in english_text
    assert "without a lawyer or a court agent (procurador)" in english_text
    assert "civil court of the debtor's domicile" in english_text
    assert "over €2,000, a lawyer and a procurador are then needed" in english_text


def test_footer_reference_and_pages(english_pages):
    count = len(english_pages)
    assert f"Claim dossier RECL-2026-0003 · Page 1 of {count}" in english_pages[0]
    assert f"Claim dossier RECL-2026-0003 · Page {count} of {count}" in english_pages[-1]


def test_first_page_not_blank(spanish):
    data = render_claim_dossier(dossier(), spanish)
    assert ink_fraction(data, 0) > 0.02


# Attachments and annexes


def test_attachment_listed(with_form, sealed_form):
    text = " ".join(pages_text(with_form))
    assert "Annex 1: Condiciones de pago AC-2026-0007" in text
    assert "File name: condiciones-AC-2026-0007.pdf" in text
    assert f"SHA-256: {hashlib.sha256(sealed_form).hexdigest()}" in text
    assert "Signed on: 02/03/2025" in text
    assert "Pages: 2" in text
    assert "embedded unchanged in this PDF" in text


def test_attachment_embedded_unchanged(with_form, sealed_form):
    attachments = PdfReader(io.BytesIO(with_form)).attachments
    assert list(attachments) == ["condiciones-AC-2026-0007.pdf"]
    assert attachments["condiciones-AC-2026-0007.pdf"] == [sealed_form]


def test_embedded_seal_still_valid(with_form, seal):
    embedded = PdfReader(io.BytesIO(with_form)).attachments["condiciones-AC-2026-0007.pdf"][0]
    certificate = load_seal(seal, PASSPHRASE, now=NOW).certificate_der
    check = check_sealed_pdf(embedded, [certificate])
    assert check.intact
    assert check.trusted
    assert check.covers_whole_file


def test_annex_pages_added(sealed_form):
    one_page = form_pdf(1)
    base = render_claim_dossier(dossier(attachments=(attachment(one_page),)), english)
    longer = render_claim_dossier(dossier(attachments=(attachment(sealed_form),)), english)
    assert len(PdfReader(io.BytesIO(longer)).pages) - len(PdfReader(io.BytesIO(base)).pages) == 1


def test_annex_pages_follow_text(with_form):
    pages = pages_text(with_form)
    monitorio_page = max(index for index, text in enumerate(pages) if "proceso monitorio" in text)
    assert len(pages) - monitorio_page - 1 == 2
    assert "Annex 1: Condiciones de pago AC-2026-0007 · page 1 of 2" in pages[-2]
    assert "Annex 1: Condiciones de pago AC-2026-0007 · page 2 of 2" in pages[-1]


def test_annex_page_shows_image(with_form):
    reader = PdfReader(io.BytesIO(with_form))
    assert len(reader.pages[-1].images) == 1
    # The attached page's large black box, scaled down, covers a good part of the annex page.
    assert ink_fraction(with_form, len(reader.pages) - 1) > 0.2


def test_annex_image_density(with_form):
    image = PdfReader(io.BytesIO(with_form)).pages[-1].images[0].image
    # An A4 page at 150 dpi is 1240 × 1754 pixels.
    assert abs(image.width - 1240) <= 2
    assert abs(image.height - 1754) <= 2


def test_annex_pages_have_footer(with_form):
    pages = pages_text(with_form)
    count = len(pages)
    assert f"Claim dossier RECL-2026-0003 · Page {count} of {count}" in pages[-1]


def test_two_attachments_same_filename(sealed_form):
    documents = (attachment(sealed_form, "form.pdf"), attachment(form_pdf(1), "form.pdf"))
    data = render_claim_dossier(dossier(attachments=documents), english)
    attachments = PdfReader(io.BytesIO(data)).attachments
    assert sorted(attachments) == ["01-form.pdf", "02-form.pdf"]
    assert attachments["01-form.pdf"] == [sealed_form]
    text = " ".join(pages_text(data))
    assert "File name: 01-form.pdf" in text
    assert "File name: 02-form.pdf" in text


def test_attachment_hash_mismatch(sealed_form):
    wrong = replace(attachment(sealed_form), sha256="0" * 64)
    with pytest.raises(ValueError, match="SHA-256"):
        render_claim_dossier(dossier(attachments=(wrong,)), english)


def test_attachment_hash_upper_case(sealed_form):
    document = attachment(sealed_form)
    upper = replace(document, sha256=document.sha256.upper())
    data = render_claim_dossier(dossier(attachments=(upper,)), english)
    assert f"SHA-256: {document.sha256}" in " ".join(pages_text(data))


def test_attachment_not_a_pdf():
    data = b"not a pdf at all"
    with pytest.raises(ValueError, match="not a PDF"):
        render_claim_dossier(dossier(attachments=(attachment(data, "broken.pdf"),)), english)


def test_unsigned_date_not_recorded():
    document = replace(attachment(form_pdf(1)), signed_on=None)
    text = " ".join(pages_text(render_claim_dossier(dossier(attachments=(document,)), english)))
    assert "Signed on: not recorded" in text


# Other checks and options


def test_unknown_statement_kind():
    line = replace(statement(1)[0], kind="refund")
    with pytest.raises(ValueError, match="refund"):
        render_claim_dossier(dossier(statement=(line,)), english)


def test_unsupported_language():
    with pytest.raises(ValueError, match="not supported"):
        render_claim_dossier(dossier(language="fr"), english)


def test_logo_drawn():
    buffer = io.BytesIO()
    Image.new("RGB", (200, 100), (200, 30, 30)).save(buffer, "PNG")
    data = render_claim_dossier(dossier(logo=buffer.getvalue()), english)
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1


def test_bad_logo_left_out(caplog):
    with caplog.at_level(logging.WARNING, logger="vetdesk.documents"):
        data = render_claim_dossier(dossier(logo=b"GIF89a..."), english)
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 0
    assert "clinic logo is not a PNG or JPEG" in caplog.text


def test_same_input_same_bytes():
    assert render_claim_dossier(dossier(), english) == render_claim_dossier(dossier(), english)


# Long statements


@pytest.fixture(scope="module")
def long_pages() -> list[str]:
    return pages_text(render_claim_dossier(dossier(language="en", statement=statement(200)), english))


def test_long_statement_every_line(long_pages):
    text = " ".join(long_pages)
    for number in range(1, 201):
        assert has_description(text, f"Servicio nº {number}"), number


def test_long_statement_breaks_pages(long_pages):
    statement_pages = [text for text in long_pages if "Servicio nº" in text]
    assert len(statement_pages) >= 4


def test_long_statement_repeats_header(long_pages):
    statement_pages = [text for text in long_pages if "Servicio nº" in text]
    for text in statement_pages:
        assert "Date Description Pet Charge Payment or credit Balance" in text


def test_long_statement_stays_above_footer():
    data = render_claim_dossier(dossier(language="en", statement=statement(200)), english)
    points_per_mm = 72 / 25.4
    # The footer line is printed 10 to 14 mm above the bottom edge, inside the 20 mm bottom margin.
    footer_top = 16 * points_per_mm
    margin_top = (pdf_common.BOTTOM_MARGIN - 1) * points_per_mm
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            text_page = document[index].get_textpage()
            # get_charbox returns (left, bottom, right, top) in points from the bottom left corner.
            boxes = [text_page.get_charbox(char) for char in range(text_page.count_chars())]
            body_bottoms = [bottom for _, bottom, _, top in boxes if top > footer_top]
            assert min(body_bottoms) > margin_top, index
    finally:
        document.close()
