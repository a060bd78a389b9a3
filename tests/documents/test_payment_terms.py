"""The payment-terms PDF, read back with pypdf: content, languages, scripts, pages, images and type sizes."""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from vetdesk.documents import pdf_common
from vetdesk.documents.payment_terms import (
    CoveredItem,
    TermsDocument,
    TermsLine,
    TermsParty,
    TermsSignature,
    render_payment_terms,
)
from vetdesk.domain.clauses import default_clause
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.translation import document_translator

MADRID = ZoneInfo("Europe/Madrid")
SIGNED_AT = datetime(2026, 12, 4, 11, 5, tzinfo=MADRID)


def english(context: str, source: str) -> str:
    return source


def png(width: int, height: int, colour=(20, 20, 90, 255)) -> bytes:
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(10, height - 20), (width // 3, 20), (2 * width // 3, height - 30), (width - 10, 25)],
              fill=colour, width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def euros(text: str) -> Money:
    return Money(Decimal(text))


def monthly_schedule(total: Money, count: int, down_payment: Money | None = None) -> tuple[TermsLine, ...]:
    """Split ``total`` into an optional down payment and ``count`` instalments on the 4th of each month."""
    lines = []
    rest = total
    if down_payment is not None:
        lines.append(TermsLine(0, date(2026, 12, 4), down_payment))
        rest = rest - down_payment
    share = Money.from_cents(rest.cents // count)
    for number in range(1, count + 1):
        month_index = 12 + number - 1
        due = date(2026 + month_index // 12, month_index % 12 + 1, 4)
        amount = share if number < count else rest - share * (count - 1)
        lines.append(TermsLine(number, due, amount))
    return tuple(lines)


COVERED = (
    CoveredItem(date(2026, 11, 20), "Cirugía de rodilla", "Canela", euros("1034.56")),
    CoveredItem(date(2026, 11, 28), "Vacuna antirrábica", "Toby", euros("200.00")),
)
TOTAL = euros("1234.56")


def terms(**changes) -> TermsDocument:
    """A Spanish instalment plan of 1.234,56 €: 234,56 € down and 12 monthly instalments, unsigned."""
    document = TermsDocument(
        agreement_number="AC-2026-0007",
        kind="instalments",
        clinic=TermsParty("Clínica Veterinaria Prueba", "B12345674", ("Calle Mayor 1", "28013 Madrid"),
                          "+34 911 234 567", "hola@clinicaprueba.es"),
        clinic_logo=None,
        client=TermsParty("Begoña Ibáñez Núñez", "12345678Z", ("Calle Ñandú 3, 2º", "28013 Madrid"),
                          "+34 600 123 456"),
        pets=("Canela", "Toby"),
        covered=COVERED,
        normal_due_date=date(2026, 11, 20),
        discount=Money.zero(),
        fee=Money.zero(),
        amount_agreed=TOTAL,
        schedule=monthly_schedule(TOTAL, 12, euros("234.56")),
        period="monthly",
        place="Madrid",
        issued_on=date(2026, 12, 4),
        staff_name="Lucía Pérez",
    )
    return replace(document, **changes)


def signed(**changes) -> TermsDocument:
    return terms(signature=TermsSignature(png(600, 200), SIGNED_AT, "Lucía Pérez"), **changes)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def image_count(data: bytes) -> list[int]:
    return [len(page.images) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def spanish():
    return document_translator("es")


@pytest.fixture(scope="module")
def spanish_signed(spanish) -> str:
    """The text of the signed Spanish form, with each run of white space made one space."""
    return " ".join(pdf_text(render_payment_terms(signed(), "es", spanish)).split())


# Content


def test_pdf_is_a4():
    page = PdfReader(io.BytesIO(render_payment_terms(terms(), "es", english))).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


def test_spanish_labels_and_parties(spanish_signed):
    text = spanish_signed
    assert "Condiciones de pago" in text
    assert "Begoña Ibáñez Núñez" in text
    assert "DNI/NIE: 12345678Z" in text
    assert "Calle Ñandú 3, 2º" in text
    assert "Clínica Veterinaria Prueba" in text
    assert "CIF/NIF: B12345674" in text
    assert "Canela, Toby" in text
    assert "AC-2026-0007" in text


def test_spanish_amounts_and_charges(spanish_signed):
    text = spanish_signed
    assert "Cirugía de rodilla" in text
    assert "Vacuna antirrábica" in text
    assert "1.034,56 €" in text
    assert "200,00 €" in text
    assert "1.234,56 €" in text
    assert "83,33 €" in text
    assert "83,37 €" in text


def test_every_schedule_date_printed(spanish_signed):
    for line in monthly_schedule(TOTAL, 12, euros("234.56")):
        assert line.due_date.strftime("%d/%m/%Y") in spanish_signed


def test_down_payment_line(spanish_signed):
    assert "Pago inicial" in spanish_signed
    assert "234,56 €" in spanish_signed
    english_text = pdf_text(render_payment_terms(terms(), "en", english))
    assert "Down payment: €234.56 on 04/12/2026" in english_text


def test_no_down_payment_line_without_one():
    text = pdf_text(render_payment_terms(terms(schedule=monthly_schedule(TOTAL, 6)), "en", english))
    assert "Down payment" not in text
    assert "Number of instalments: 6" in text


def test_normal_conditions_beside_granted(spanish_signed):
    assert "Precio y condiciones normales" in spanish_signed
    assert "Condiciones concedidas" in spanish_signed
    assert "20/11/2026" in spanish_signed


def test_long_date_and_place(spanish_signed):
    assert "En Madrid, a 4 de diciembre de 2026." in spanish_signed


def test_english_version():
    text = pdf_text(render_payment_terms(signed(), "en", english))
    assert "Payment terms" in text
    assert "Begoña Ibáñez Núñez" in text
    assert "€1,234.56" in text
    assert "In Madrid, on 4 December 2026." in text
    assert "If a payment is not made on its due date" in text
    assert "Controller: Clínica Veterinaria Prueba" in text


def test_spanish_clauses_by_default(spanish_signed):
    text = spanish_signed
    assert "Si un pago no se hace en su fecha" in text
    assert "llegue a 2" in text
    assert "30 días de retraso" in text
    assert "Responsable del tratamiento: Clínica Veterinaria Prueba" in text
    assert "Agencia Española de Protección de Datos" in text
    assert "proceso monitorio" in text


@pytest.mark.parametrize("name", ["Łukasz Șerban", "Анна Смирнова", "Νίκος Παπαδόπουλος", "Çağrı Øster"])
def test_names_in_other_scripts(name, caplog):
    client = TermsParty(name, "", ("ul. Długa 5", "Kraków"))
    with caplog.at_level(logging.WARNING, logger="vetdesk.documents"):
        text = pdf_text(render_payment_terms(terms(client=client), "es", english))
    assert name in text
    assert "ul. Długa 5" in text
    assert caplog.records == []


def test_decomposed_accents_printed_composed():
    client = TermsParty("Begon\u0303a Iba\u0301n\u0303ez", "", ())
    assert "Begoña Ibáñez" in pdf_text(render_payment_terms(terms(client=client), "es", english))


def test_missing_glyphs_replaced_and_logged(caplog):
    client = TermsParty("王小明", "X1234567L", ("Calle Mayor 2",))
    with caplog.at_level(logging.WARNING, logger="vetdesk.documents"):
        text = pdf_text(render_payment_terms(terms(client=client), "es", english))
    assert "\ufffd\ufffd\ufffd" in text
    assert "王" not in text
    assert "X1234567L" in text
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1
    assert "3 distinct characters" in warnings[0]
    assert "王" not in warnings[0]


def test_unknown_client_id_left_out():
    client = TermsParty("Ana Ruiz", "", ("Calle Sol 2",))
    text = pdf_text(render_payment_terms(terms(client=client), "en", english))
    assert "DNI/NIE:" not in text


# Conditions granted


def test_discount_and_fee_hidden_when_zero():
    text = pdf_text(render_payment_terms(terms(), "en", english))
    assert "Discount" not in text
    assert "Deferral fee" not in text
    assert "The clinic charges no interest or fees." in text


def test_discount_and_fee_shown_when_set():
    discount, fee = euros("34.56"), euros("5.00")
    agreed = TOTAL - discount + fee
    document = terms(discount=discount, fee=fee, amount_agreed=agreed, schedule=monthly_schedule(agreed, 4))
    text = pdf_text(render_payment_terms(document, "es", english))
    assert "Discount: -34,56 €" in text
    assert "Deferral fee: 5,00 €" in text
    assert "Amount agreed: 1.205,00 €" in text
    assert "The clinic charges no interest or fees." not in text


def test_promise_shows_single_date():
    document = terms(kind="promise", period=None, schedule=(TermsLine(1, date(2027, 3, 4), TOTAL),))
    text = pdf_text(render_payment_terms(document, "en", english))
    assert "Promise to pay" in text
    assert "The whole amount is paid by 04/03/2027." in text
    assert "Number of instalments" not in text


def test_financing_shows_provider_and_reference():
    document = terms(kind="financing", period=None, schedule=(), financing_provider="Financiera Ejemplo",
                     financing_reference="FX-889")
    text = " ".join(pdf_text(render_payment_terms(document, "en", english)).split())
    assert "Third-party financing" in text
    assert "Financed by: Financiera Ejemplo" in text
    assert "Financing reference: FX-889" in text
    assert "If the financing is not granted, or Financiera Ejemplo does not pay" in text


def test_acceleration_sentence_follows_setting():
    sentence = "the whole amount still outstanding under this agreement falls due at once"
    with_it = " ".join(pdf_text(render_payment_terms(terms(), "en", english)).split())
    without = " ".join(pdf_text(render_payment_terms(terms(accelerate_on_breach=False), "en", english)).split())
    assert sentence in with_it
    assert sentence not in without
    assert default_clause("court_claim", "en")[:40] in without


def test_broken_after_rules_printed():
    document = terms(broken_after_missed=3, broken_after_days=45)
    text = " ".join(pdf_text(render_payment_terms(document, "en", english)).split())
    assert "reaches 3" in text
    assert "45 days late" in text


def test_custom_clause_used():
    custom = "Si no paga el plazo, {client_name}, le llamaremos al día siguiente para buscar una solución."
    document = terms(clauses={"missed_payment": custom, "data_protection": ""})
    text = " ".join(pdf_text(render_payment_terms(document, "es", english)).split())
    assert "Si no paga el plazo, Begoña Ibáñez Núñez, le llamaremos al día siguiente" in text
    assert "Si un pago no se hace en su fecha" not in text
    assert "Responsable del tratamiento" in text


def test_custom_clause_keeps_line_breaks():
    custom = "Primera línea del acuerdo.\nSegunda línea del acuerdo."
    pages = pdf_pages(render_payment_terms(terms(clauses={"acceptance": custom}), "es", english))
    lines = "\n".join(pages).splitlines()
    assert "Primera línea del acuerdo." in lines
    assert "Segunda línea del acuerdo." in lines


def test_bad_custom_clause_raises():
    with pytest.raises(UserError) as raised:
        render_payment_terms(terms(clauses={"court_claim": "Hola {deudor}"}), "es", english)
    assert "{deudor}" in raised.value.render()


# Pages


def test_footer_numbers_every_page(spanish):
    pages = pdf_pages(render_payment_terms(signed(), "es", spanish))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"AC-2026-0007 · Página {number} de {len(pages)}" in text


def test_sixty_line_schedule_spans_pages():
    schedule = monthly_schedule(TOTAL, 60, euros("234.56"))
    data = render_payment_terms(terms(schedule=schedule), "es", english)
    pages = pdf_pages(data)
    assert len(pages) >= 3
    text = "\n".join(pages)
    for line in schedule:
        assert line.due_date.strftime("%d/%m/%Y") in text
    assert "No." in pages[1]
    assert "Due date" in pages[1]
    assert "Number of instalments: 60" in text
    assert "16,66 €" in text
    assert "17,06 €" in text
    last = pages[-1]
    assert "The client" in last
    assert "For the clinic" in last


def test_many_covered_charges_span_pages():
    covered = tuple(CoveredItem(date(2026, 1, 1 + number % 28), f"Consulta número {number:02d}", "Canela",
                                euros("10.00")) for number in range(70))
    total = euros("700.00")
    document = terms(covered=covered, amount_agreed=total, schedule=monthly_schedule(total, 3))
    text = pdf_text(render_payment_terms(document, "es", english))
    for number in range(70):
        assert f"Consulta número {number:02d}" in text
    assert "700,00 €" in text


# Signature and images


def test_signature_embedded_in_client_box(spanish_signed):
    data = render_payment_terms(signed(), "es", english)
    assert sum(image_count(data)) == 1
    text = " ".join(pdf_text(data).split())
    assert "Signed at the desk on 04/12/2026 at 11:05" in text
    assert "Signature witnessed at the desk by Lucía Pérez" in text
    assert "Firmado en el mostrador el 04/12/2026 a las 11:05" in spanish_signed


def test_unsigned_has_empty_boxes():
    data = render_payment_terms(terms(), "es", english)
    assert sum(image_count(data)) == 0
    text = pdf_text(data)
    assert "Signed at the desk" not in text
    assert "The client" in text
    assert "Lucía Pérez" in text


def test_signing_time_printed_as_given():
    moment = datetime(2026, 12, 4, 23, 30, tzinfo=MADRID)
    document = terms(signature=TermsSignature(png(300, 100), moment, "Ana"))
    assert "Signed at the desk on 04/12/2026 at 23:30" in pdf_text(render_payment_terms(document, "en", english))


def test_blank_date_line_without_date():
    text = pdf_text(render_payment_terms(terms(issued_on=None), "en", english))
    assert "Place and date: ____" in text


def test_date_of_signing_used_without_issue_date():
    text = pdf_text(render_payment_terms(signed(issued_on=None), "en", english))
    assert "In Madrid, on 4 December 2026." in text


def test_logo_embedded():
    data = render_payment_terms(signed(clinic_logo=png(300, 120, (200, 40, 40, 255))), "es", english)
    assert image_count(data)[0] == 1
    assert sum(image_count(data)) == 2


def test_jpeg_logo_embedded():
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (30, 120, 160)).save(buffer, "JPEG")
    data = render_payment_terms(terms(clinic_logo=buffer.getvalue()), "es", english)
    assert image_count(data)[0] == 1


def test_broken_logo_left_out(caplog):
    with caplog.at_level(logging.WARNING, logger="vetdesk.documents"):
        data = render_payment_terms(terms(clinic_logo=b"\x89PNG\r\n\x1a\nbroken"), "es", english)
    assert sum(image_count(data)) == 0
    assert "clinic logo" in caplog.text


def test_signature_not_png_rejected():
    document = terms(signature=TermsSignature(b"GIF89a", SIGNED_AT, "Ana"))
    with pytest.raises(ValueError, match="signature"):
        render_payment_terms(document, "es", english)


def test_tall_signature_fits_box():
    document = terms(signature=TermsSignature(png(100, 900), SIGNED_AT, "Ana"))
    data = render_payment_terms(document, "es", english)
    assert sum(image_count(data)) == 1


# Type sizes


def test_type_size_constants():
    assert pdf_common.BODY_SIZE >= 10
    assert pdf_common.LINE_SPACING >= 1.15
    assert pdf_common.line_height(10) >= 10 * 1.15 * 25.4 / 72


def test_rendered_text_at_least_body_size():
    sizes: list[tuple[str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.append((text.strip(), font_size * tm[0]))

    data = render_payment_terms(signed(), "es", english)
    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    body = [size for text, size in sizes if "Page " not in text]
    assert body
    assert min(body) >= 10


# Invalid documents


def test_amount_agreed_must_add_up():
    with pytest.raises(ValueError, match="Amount agreed"):
        render_payment_terms(terms(amount_agreed=euros("1000.00")), "es", english)


def test_schedule_must_add_up():
    schedule = monthly_schedule(euros("1000.00"), 3)
    with pytest.raises(ValueError, match="schedule adds up"):
        render_payment_terms(terms(schedule=schedule), "es", english)


def test_instalments_need_schedule():
    with pytest.raises(ValueError, match="schedule"):
        render_payment_terms(terms(schedule=()), "es", english)


def test_unknown_kind_rejected():
    with pytest.raises(ValueError, match="kind"):
        render_payment_terms(terms(kind="loan"), "es", english)


def test_naive_signature_time_rejected():
    document = terms(signature=TermsSignature(png(300, 100), datetime(2026, 12, 4, 11, 5), "Ana"))
    with pytest.raises(ValueError, match="timezone"):
        render_payment_terms(document, "es", english)


def test_unknown_language_rejected():
    with pytest.raises(ValueError):
        render_payment_terms(terms(), "fr", english)


# The document translator


def test_document_translator_ignores_installed_language(qapp):
    from vetdesk.translation import Translations

    translations = Translations(qapp)
    translations.install("en")
    assert document_translator("es")("PaymentTermsPdf", "Payment terms") == "Condiciones de pago"
    translations.install("es")
    try:
        assert document_translator("en")("PaymentTermsPdf", "Payment terms") == "Payment terms"
        assert document_translator("es")("PaymentTermsPdf", "No such text") == "No such text"
    finally:
        translations.install("en")


def test_document_translator_unknown_language():
    with pytest.raises(ValueError):
        document_translator("fr")
