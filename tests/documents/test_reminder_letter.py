"""The reminder letter PDF, read back with pypdf and pypdfium2: content, envelope window, batches, calibration."""

from __future__ import annotations

import ast
import io
import logging
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader

from vetdesk.documents import pdf_common, reminder_letter
from vetdesk.documents.payment_terms import TermsParty
from vetdesk.documents.reminder_letter import (
    GAP_AROUND_WINDOW,
    EnvelopeWindow,
    LetterItem,
    ReminderLetter,
    check_window,
    render_calibration_page,
    render_letters,
    render_reminder_letter,
)
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money, format_money
from vetdesk.domain.reminder_templates import default_text, fill, items_text

# The Spanish labels, given to the renderer by this table instead of the .qm catalogue, so that the tests
# check the layout in Spanish whatever state the catalogue is in.
SPANISH_LABELS = {
    "Letter {reference}": "Carta {reference}",
    "Letters": "Cartas",
    "Reference {reference} · Page {page} of {pages}": "Referencia {reference} · Página {page} de {pages}",
    "Sent by burofax / certified post": "Enviada por burofax / correo certificado",
    "CIF/NIF {value}": "CIF/NIF {value}",
    "Tel. {value}": "Tel. {value}",
    "Payment reminder": "Recordatorio de pago",
    "Second payment reminder": "Segundo recordatorio de pago",
    "Formal request for payment": "Requerimiento de pago",
    "Proposal to settle the amount owed": "Propuesta para saldar el importe pendiente",
    "Reminder: instalment of payment agreement {number}": "Recordatorio: plazo del acuerdo de pago {number}",
    "Second reminder: instalments of payment agreement {number}":
        "Segundo recordatorio: plazos del acuerdo de pago {number}",
    "Formal request for payment: payment agreement {number}": "Requerimiento de pago: acuerdo de pago {number}",
    "Proposal to settle payment agreement {number}": "Propuesta para saldar el acuerdo de pago {number}",
    "Due date": "Vencimiento",
    "Description": "Concepto",
    "Amount owed": "Importe pendiente",
    "Total owed": "Total pendiente",
    "How to pay": "Cómo pagar",
    "By bank transfer to the account {iban}, giving the reference {reference}.":
        "Por transferencia bancaria a la cuenta {iban}, indicando la referencia {reference}.",
    "By Bizum to {phone}, giving the reference {reference}.":
        "Por Bizum al {phone}, indicando la referencia {reference}.",
    "At the clinic's front desk.": "En el mostrador de la clínica.",
    "Would you rather pay in instalments?": "¿Prefiere pagar a plazos?",
    "We can agree a payment plan with you that suits your means. Call or write to us and we will prepare it "
    "together.":
        "Podemos acordar con usted un plan de pagos que se ajuste a sus posibilidades. Llámenos o escríbanos y "
        "lo preparamos juntos.",
    "If you have any questions, call us on {phone} or write to us at {email}.":
        "Para cualquier duda, puede llamarnos al {phone} o escribirnos a {email}.",
    "If you have any questions, call us on {phone}.": "Para cualquier duda, puede llamarnos al {phone}.",
    "If you have any questions, write to us at {email}.": "Para cualquier duda, puede escribirnos a {email}.",
    "Yours sincerely,": "Atentamente,",
    "The letter {reference} has no postal address for {name}. Add the address to the client's details, or "
    "send this reminder another way.":
        "La carta {reference} no tiene dirección postal de {name}. Añada la dirección en los datos del cliente "
        "o envíe este recordatorio por otra vía.",
    "The address of {name} takes {lines} lines, but the envelope window has room for {room}. Shorten the "
    "address, or make the window larger in Settings → Messages.":
        "La dirección de {name} ocupa {lines} líneas, pero en la ventana del sobre caben {room}. Acorte la "
        "dirección o agrande la ventana en Ajustes → Mensajes.",
    "The envelope window of {width} × {height} mm is too small for an address. Make it at least "
    "{min_width} × {min_height} mm in Settings → Messages.":
        "La ventana del sobre, de {width} × {height} mm, es demasiado pequeña para una dirección. Hágala de "
        "al menos {min_width} × {min_height} mm en Ajustes → Mensajes.",
    "The envelope window, {left} mm from the left and {width} mm wide, does not fit the {page} mm width of "
    "the sheet. Correct it in Settings → Messages.":
        "La ventana del sobre, a {left} mm de la izquierda y de {width} mm de ancho, no cabe en los {page} mm "
        "de ancho de la hoja. Corríjala en Ajustes → Mensajes.",
    "The envelope window, {top} mm from the top and {height} mm high, must lie between {min_top} mm and "
    "{max_bottom} mm from the top of the sheet. Correct it in Settings → Messages.":
        "La ventana del sobre, a {top} mm del borde superior y de {height} mm de alto, debe quedar entre "
        "{min_top} mm y {max_bottom} mm del borde superior de la hoja. Corríjala en Ajustes → Mensajes.",
    "The envelope window leaves less than {minimum} mm beside it for the clinic's letterhead. Move it "
    "towards one side of the sheet in Settings → Messages.":
        "La ventana del sobre deja menos de {minimum} mm a su lado para el membrete de la clínica. Desplácela "
        "hacia un lado de la hoja en Ajustes → Mensajes.",
    "Envelope window calibration": "Calibración de la ventana del sobre",
    "The address is printed here": "Aquí se imprime la dirección",
    "Left {left} mm · top {top} mm": "Izquierda {left} mm · arriba {top} mm",
    "Width {width} mm · height {height} mm": "Anchura {width} mm · altura {height} mm",
    "Print on plain paper at 100 % (no scaling), fold it into the envelope and check that the frame falls "
    "inside the window; adjust the values in Settings → Messages.":
        "Imprima esta página en papel normal al 100 % (sin ajustar a la página), dóblela, métala en el sobre "
        "y compruebe que el marco queda dentro de la ventana; si no, ajuste los valores en Ajustes → Mensajes.",
    "Current values of the window:": "Valores actuales de la ventana:",
    "Left: {value} mm from the left edge of the sheet": "Izquierda: {value} mm desde el borde izquierdo de la hoja",
    "Top: {value} mm from the top edge of the sheet": "Arriba: {value} mm desde el borde superior de la hoja",
    "Width: {value} mm": "Anchura: {value} mm",
    "Height: {value} mm": "Altura: {value} mm",
    "The solid frame is the window. The address is printed inside the dotted frame, {padding} mm from the "
    "window's edges. The rulers along the top and left edges of the sheet are in millimetres.":
        "El marco continuo es la ventana. La dirección se imprime dentro del marco de puntos, a {padding} mm "
        "de los bordes de la ventana. Las reglas de los bordes superior e izquierdo de la hoja están en "
        "milímetros.",
    "This line is 100 mm long. If it measures less, the printer scaled the page.":
        "Esta línea mide 100 mm. Si mide menos, la impresora ha reducido la página.",
}

WINDOW = EnvelopeWindow(110, 50, 85, 35)
LEFT_WINDOW = EnvelopeWindow(20, 45, 90, 40)
CLINIC = TermsParty("Clínica Veterinaria Prueba", "B12345674", ("Calle Mayor 1", "28013 Madrid"),
                    "+34911234567", "hola@clinicaprueba.es")
ITEMS = (
    LetterItem(date(2026, 9, 20), "Cirugía de rodilla (Canela)", Money(Decimal("1034.56"))),
    LetterItem(date(2026, 10, 2), "Vacuna antirrábica (Toby)", Money(Decimal("150.00"))),
    LetterItem(date(2026, 10, 15), "Análisis de sangre", Money(Decimal("50.00"))),
)
ADDRESS = ("Calle Ñandú 3, 2º B", "28013 Madrid")
MM_PER_POINT = 25.4 / 72


def spanish(context: str, source: str) -> str:
    assert context == "ReminderLetter"
    return SPANISH_LABELS[source]


def english(context: str, source: str) -> str:
    return source


def letter(level: int = 1, language: str = "es", **changes) -> ReminderLetter:
    """A letter to Begoña for 1.234,56 € in three amounts, its body filled from the built-in template."""
    items = changes.pop("items", ITEMS)
    total = Money.total(item.amount for item in items)
    agreement_number = changes.get("agreement_number", "")
    values = {
        "client_name": changes.get("client_name", "Begoña Ibáñez Núñez"), "clinic_name": CLINIC.name,
        "clinic_phone": CLINIC.phone, "clinic_email": CLINIC.email, "amount": format_money(total, language),
        "oldest_due_date": "20/09/2026", "items": items_text(items, language), "iban": "", "bizum_phone": "",
        "agreement_number": agreement_number, "deadline_days": "15", "date": "4 de diciembre de 2026",
    }
    body = fill(default_text(level, "letter", language, agreement=bool(agreement_number)), values)
    document = ReminderLetter(
        reference="R-2026-000123", level=level, certified=level == 4, offer_plan=level >= 2, language=language,
        letter_date=date(2026, 12, 4), clinic=CLINIC, clinic_logo=None, client_name="Begoña Ibáñez Núñez",
        client_address_lines=ADDRESS, items=items, total=total, body=body,
        iban="es91 2100 0418 4502 0005 1332", bizum_phone="600123456",
    )
    return replace(document, **changes)


def pdf_pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in
            PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pdf_pages(data))


@dataclass(frozen=True)
class Glyph:
    """A printed character and its box, in millimetres from the top left corner of the page."""

    char: str
    left: float
    top: float
    right: float
    bottom: float

    def inside(self, left: float, top: float, right: float, bottom: float) -> bool:
        return self.left >= left and self.right <= right and self.top >= top and self.bottom <= bottom

    def overlaps(self, left: float, top: float, right: float, bottom: float) -> bool:
        return self.left < right and self.right > left and self.top < bottom and self.bottom > top


def glyphs(data: bytes, page_index: int = 0) -> list[Glyph]:
    """Return every printed character of a page with its box, read with pdfium."""
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_index]
        text_page = page.get_textpage()
        height = page.get_height()
        result = []
        for index in range(text_page.count_chars()):
            char = text_page.get_text_range(index, 1)
            if not char.strip():
                continue
            left, bottom, right, top = text_page.get_charbox(index)
            result.append(Glyph(char, left * MM_PER_POINT, (height - top) * MM_PER_POINT, right * MM_PER_POINT,
                                (height - bottom) * MM_PER_POINT))
        text_page.close()
        page.close()
        return result
    finally:
        document.close()


def text_of(found: list[Glyph]) -> str:
    return "".join(glyph.char for glyph in found)


def compact(*texts: str) -> str:
    return "".join("".join(texts).split())


@pytest.fixture(scope="module")
def spanish_level_one() -> bytes:
    return render_reminder_letter(letter(1), WINDOW, spanish)


# Content


def test_pdf_is_a4(spanish_level_one):
    page = PdfReader(io.BytesIO(spanish_level_one)).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


def test_spanish_letter_content(spanish_level_one):
    text = pdf_text(spanish_level_one)
    assert "Begoña Ibáñez Núñez" in text
    assert "Calle Ñandú 3, 2º B" in text
    assert "Clínica Veterinaria Prueba" in text
    assert "CIF/NIF B12345674" in text
    assert "Tel. 911 23 45 67" in text
    assert "hola@clinicaprueba.es" in text
    assert "Madrid, 4 de diciembre de 2026" in text
    assert "Recordatorio de pago" in text
    assert "Quizá se le haya pasado" in text
    assert "Estimado/a Begoña Ibáñez Núñez:" in text


def test_every_item_and_total(spanish_level_one):
    text = pdf_text(spanish_level_one)
    for item in ITEMS:
        assert item.description in text
        assert item.due_date.strftime("%d/%m/%Y") in text
    assert "1.034,56 €" in text
    assert "150,00 €" in text
    assert "50,00 €" in text
    assert "Total pendiente 1.234,56 €" in text
    assert "Vencimiento Concepto Importe pendiente" in text


def test_ways_to_pay(spanish_level_one):
    text = pdf_text(spanish_level_one)
    assert "Cómo pagar" in text
    assert "cuenta ES91 2100 0418 4502 0005 1332, indicando la referencia R-2026-000123" in text
    assert "Por Bizum al 600 12 34 56" in text
    assert "En el mostrador de la clínica." in text
    assert "puede llamarnos al 911 23 45 67 o escribirnos a hola@clinicaprueba.es" in text


def test_ways_to_pay_without_iban_or_bizum():
    text = pdf_text(render_reminder_letter(letter(1, iban="", bizum_phone=""), WINDOW, spanish))
    assert "transferencia" not in text
    assert "Bizum" not in text
    assert "En el mostrador de la clínica." in text


def test_questions_line_follows_clinic_contact():
    no_email = replace(CLINIC, email="")
    text = pdf_text(render_reminder_letter(letter(1, clinic=no_email), WINDOW, english))
    assert "If you have any questions, call us on 911 23 45 67." in text
    no_contact = replace(CLINIC, email="", phone="")
    assert "If you have any questions" not in pdf_text(render_reminder_letter(letter(1, clinic=no_contact),
                                                                               WINDOW, english))


def test_plan_offer_follows_level():
    assert "¿Prefiere pagar a plazos?" not in pdf_text(render_reminder_letter(letter(1), WINDOW, spanish))
    assert "¿Prefiere pagar a plazos?" in pdf_text(render_reminder_letter(letter(2), WINDOW, spanish))


def test_signature_and_footer(spanish_level_one):
    text = pdf_text(spanish_level_one)
    assert "Atentamente, Clínica Veterinaria Prueba" in text
    assert "Referencia R-2026-000123 · Página 1 de 1" in text


@pytest.mark.parametrize("name", ["Łukasz Żółkiewski", "Begoña Ibáñez Núñez", "Anaïs O'Connor-Ñúñez"])
def test_names_with_accents(name, caplog):
    with caplog.at_level(logging.WARNING, logger="vetdesk.documents"):
        text = pdf_text(render_reminder_letter(letter(1, client_name=name), WINDOW, spanish))
    assert name in text
    assert caplog.records == []


def test_level_four_certified_line():
    data = render_reminder_letter(letter(4), WINDOW, spanish)
    text = pdf_text(data)
    assert "Enviada por burofax / correo certificado" in text
    assert "Propuesta para saldar el importe pendiente" in text
    assert "le proponemos formalmente" in text
    assert "proceso monitorio" in text
    first_line = min(glyphs(data), key=lambda glyph: glyph.top)
    assert first_line.top < pdf_common.MARGIN


def test_certified_line_only_when_certified():
    assert "burofax" not in pdf_text(render_reminder_letter(letter(4, certified=False), WINDOW, spanish))
    assert "burofax" not in pdf_text(render_reminder_letter(letter(1), WINDOW, spanish))


@pytest.mark.parametrize("level, subject", [
    (1, "Recordatorio de pago"), (2, "Segundo recordatorio de pago"), (3, "Requerimiento de pago"),
    (4, "Propuesta para saldar el importe pendiente"), (7, "Propuesta para saldar el importe pendiente")])
def test_subject_per_level(level, subject):
    document = replace(letter(min(level, 4)), level=level)
    assert subject in pdf_text(render_reminder_letter(document, WINDOW, spanish))


def test_agreement_subject_names_agreement():
    text = pdf_text(render_reminder_letter(letter(2, agreement_number="AC-2026-0007"), WINDOW, spanish))
    assert "Segundo recordatorio: plazos del acuerdo de pago AC-2026-0007" in text
    assert "su acuerdo de pago AC-2026-0007" in text


def test_english_version():
    text = pdf_text(render_reminder_letter(letter(4, "en"), WINDOW, english))
    assert "Sent by burofax / certified post" in text
    assert "Madrid, 4 December 2026" in text
    assert "Proposal to settle the amount owed" in text
    assert "€1,234.56" in text
    assert "Total owed €1,234.56" in text
    assert "Due date Description Amount owed" in text
    assert "By bank transfer to the account ES91 2100 0418 4502 0005 1332" in text
    assert "Would you rather pay in instalments?" in text
    assert "Yours sincerely," in text
    assert "Reference R-2026-000123 · Page 1 of" in text


def test_place_given_or_taken_from_clinic():
    clinic = replace(CLINIC, address_lines=("Avenida del Puerto 10", "46023 Valencia (Valencia)"))
    assert "Valencia, 4 de diciembre de 2026" in pdf_text(
        render_reminder_letter(letter(1, clinic=clinic), WINDOW, spanish))
    assert "Getafe, 4 de diciembre de 2026" in pdf_text(
        render_reminder_letter(letter(1, place="Getafe"), WINDOW, spanish))
    no_address = replace(CLINIC, address_lines=())
    assert "Recordatorio de pago" in pdf_text(render_reminder_letter(letter(1, clinic=no_address), WINDOW, spanish))


def test_numbered_lines_of_body_kept():
    lines = "\n".join(PdfReader(io.BytesIO(render_reminder_letter(letter(4), WINDOW, spanish))).pages[0]
                      .extract_text().splitlines())
    assert "1." in lines
    assert "2." in lines
    assert "Acordar con nosotros" in lines


def test_logo_embedded():
    buffer = io.BytesIO()
    Image.new("RGB", (300, 120), (40, 90, 160)).save(buffer, "PNG")
    data = render_reminder_letter(letter(1, clinic_logo=buffer.getvalue()), WINDOW, spanish)
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1


def test_broken_logo_left_out(caplog):
    with caplog.at_level(logging.WARNING, logger="vetdesk.documents"):
        data = render_reminder_letter(letter(1, clinic_logo=b"\x89PNG\r\n\x1a\nnot really"), WINDOW, spanish)
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 0
    assert "R-2026-000123" in caplog.records[0].getMessage()


def test_body_at_least_ten_points(spanish_level_one):
    sizes: list[tuple[str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.append((text.strip(), font_size * tm[0]))

    PdfReader(io.BytesIO(spanish_level_one)).pages[0].extract_text(visitor_text=visit)
    letterhead = {"CIF/NIF B12345674", "Calle Mayor 1", "28013 Madrid", "Tel. 911 23 45 67", "hola@clinicaprueba.es"}
    body = [size for text, size in sizes if text not in letterhead and "Referencia" not in text]
    assert body
    assert min(body) >= 10


def test_body_line_spacing_at_least_1_15(spanish_level_one):
    baselines: set[float] = set()

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            baselines.add(round(tm[5], 2))

    PdfReader(io.BytesIO(spanish_level_one)).pages[0].extract_text(visitor_text=visit)
    # Baselines in points from the bottom of the page, from the date line down.
    below_window = sorted(y for y in baselines if y < (297 - WINDOW.bottom_mm) / MM_PER_POINT)
    steps = [after - before for before, after in zip(below_window, below_window[1:])]
    assert len(steps) > 10
    assert min(steps) >= 10 * 1.15 - 0.01


def test_long_table_repeats_header_on_next_page():
    items = tuple(LetterItem(date(2026, 1, 1 + number % 28), f"Consulta número {number:02d}",
                             Money(Decimal("10.00"))) for number in range(45))
    data = render_reminder_letter(letter(1, items=items), WINDOW, spanish)
    pages = pdf_pages(data)
    assert len(pages) >= 2
    assert "Vencimiento Concepto Importe pendiente" in pages[1]
    text = " ".join(pages)
    for number in range(45):
        assert f"Consulta número {number:02d}" in text
    assert "Total pendiente 450,00 €" in text
    assert "Referencia R-2026-000123 · Página 2 de" in pages[1]


def test_long_description_wraps_in_its_column():
    description = "Hospitalización de tres días con fluidoterapia, analgesia y controles analíticos diarios (Luna)"
    items = (LetterItem(date(2026, 9, 20), description, Money(Decimal("80.00"))),)
    data = render_reminder_letter(letter(1, items=items), WINDOW, english)
    text = pdf_text(data)
    assert "controles analíticos" in text
    assert "80,00 €" in text
    amount = [glyph for glyph in glyphs(data) if glyph.char == "€"]
    assert max(glyph.right for glyph in amount) <= 210 - pdf_common.MARGIN + 0.5


# The envelope window


def address_glyphs(data: bytes, window: EnvelopeWindow) -> list[Glyph]:
    zone = (window.left_mm - 5, window.top_mm - 5, window.right_mm + 5, window.bottom_mm + 5)
    return [glyph for glyph in glyphs(data) if glyph.overlaps(*zone)]


@pytest.mark.parametrize("window", [WINDOW, LEFT_WINDOW, EnvelopeWindow(118.5, 42.5, 80, 30)],
                         ids=["right", "left", "fractional"])
def test_address_inside_window_and_alone(window):
    data = render_reminder_letter(letter(4), window, spanish)
    near_window = address_glyphs(data, window)
    # Within 5 mm of the window there is only the name and the address, entirely inside the window.
    assert compact(text_of(near_window)) == compact("Begoña Ibáñez Núñez", *ADDRESS)
    for glyph in near_window:
        assert glyph.inside(window.left_mm, window.top_mm, window.right_mm, window.bottom_mm), glyph


def test_nothing_about_the_debt_above_window(spanish_level_one):
    above = [glyph for glyph in glyphs(spanish_level_one) if glyph.top < WINDOW.bottom_mm + 5]
    text = text_of(above)
    assert "€" not in text
    assert "Recordatorio" not in text
    assert "pago" not in text
    date_line = [glyph for glyph in glyphs(spanish_level_one) if glyph.char == "2" and glyph.top > WINDOW.bottom_mm]
    assert min(glyph.top for glyph in date_line) >= WINDOW.bottom_mm + GAP_AROUND_WINDOW


def test_letterhead_beside_left_window():
    data = render_reminder_letter(letter(1), LEFT_WINDOW, spanish)
    window = LEFT_WINDOW
    letterhead = [glyph for glyph in glyphs(data) if glyph.top < window.bottom_mm
                  and not glyph.overlaps(window.left_mm, window.top_mm, window.right_mm, window.bottom_mm)]
    assert "ClínicaVeterinariaPrueba" in text_of(letterhead)
    assert min(glyph.left for glyph in letterhead) >= window.right_mm + GAP_AROUND_WINDOW


def test_long_address_shrinks_to_fit():
    address = ("Urbanización Los Almendros, bloque 4, escalera B, piso 3º, puerta 12", "Camino Viejo de Alcalá 7",
               "28805 Alcalá de Henares", "Madrid")
    data = render_reminder_letter(letter(1, client_address_lines=address), WINDOW, spanish)
    near_window = address_glyphs(data, WINDOW)
    assert compact(text_of(near_window)) == compact("Begoña Ibáñez Núñez", *address)
    for glyph in near_window:
        assert glyph.inside(WINDOW.left_mm, WINDOW.top_mm, WINDOW.right_mm, WINDOW.bottom_mm), glyph


def test_address_too_long_for_window_raises():
    address = tuple(f"Línea de dirección número {number}" for number in range(9))
    with pytest.raises(UserError) as raised:
        render_reminder_letter(letter(1, client_address_lines=address), WINDOW, spanish)
    message = raised.value.render(spanish)
    assert "Begoña Ibáñez Núñez" in message
    assert "10 líneas" in message
    assert raised.value.field == "address"


def test_missing_address_raises():
    with pytest.raises(UserError) as raised:
        render_reminder_letter(letter(1, client_address_lines=("", "  ")), WINDOW, english)
    assert "R-2026-000123" in raised.value.render()
    assert "Begoña Ibáñez Núñez" in raised.value.render()


@pytest.mark.parametrize("window, expected", [
    (EnvelopeWindow(110, 50, 30, 35), "too small"),
    (EnvelopeWindow(110, 50, 85, 15), "too small"),
    (EnvelopeWindow(130, 50, 85, 35), "does not fit the 210 mm width"),
    (EnvelopeWindow(-1, 50, 85, 35), "does not fit the 210 mm width"),
    (EnvelopeWindow(110, 10, 85, 35), "must lie between 20 mm and 148.5 mm"),
    (EnvelopeWindow(110, 130, 85, 35), "must lie between 20 mm and 148.5 mm"),
    (EnvelopeWindow(60, 50, 90, 35), "less than 60 mm beside it"),
])
def test_unusable_window_rejected(window, expected):
    message = check_window(window)
    assert message is not None
    assert expected in message.render()
    with pytest.raises(UserError) as raised:
        render_reminder_letter(letter(1), window, english)
    assert expected in raised.value.render()
    with pytest.raises(UserError):
        render_calibration_page(window, english)


def test_default_windows_accepted():
    assert check_window(WINDOW) is None
    assert check_window(LEFT_WINDOW) is None


def test_page_margin_matches_house_style():
    assert reminder_letter.PAGE_MARGIN == pdf_common.MARGIN


# Batches


def test_batch_starts_each_letter_on_own_page():
    long_items = tuple(LetterItem(date(2026, 1, 1 + number % 28), f"Consulta número {number:02d}",
                                  Money(Decimal("10.00"))) for number in range(45))
    letters = [
        letter(1, reference="R-1", client_name="Ana Ruiz"),
        letter(3, reference="R-2", client_name="Łukasz Żółkiewski", items=long_items),
        letter(4, reference="R-3", client_name="Íñigo Muñoz"),
    ]
    data = render_letters(letters, WINDOW, spanish)
    pages = pdf_pages(data)
    starts = [index for index, page in enumerate(pages) if "Página 1 de" in page]
    assert len(starts) == 3
    assert starts[0] == 0
    for start, name in zip(starts, ("Ana Ruiz", "Łukasz Żółkiewski", "Íñigo Muñoz")):
        assert name in pages[start]
        assert "Madrid, 4 de diciembre de 2026" in pages[start]
    second_length = starts[2] - starts[1]
    assert second_length >= 2
    for number in range(second_length):
        assert f"Referencia R-2 · Página {number + 1} de {second_length}" in pages[starts[1] + number]
    assert "Referencia R-1 · Página 1 de 1" in pages[0]
    assert f"Referencia R-3 · Página 1 de {len(pages) - starts[2]}" in pages[starts[2]]


def test_batch_footers_keep_their_size():
    """Footers written on an earlier page, once the letter's length is known, keep the footer type size."""
    long_items = tuple(LetterItem(date(2026, 1, 1 + number % 28), f"Consulta {number:02d}",
                                  Money(Decimal("10.00"))) for number in range(45))
    data = render_letters([letter(1, items=long_items), letter(2)], WINDOW, spanish)
    heights = []
    for page_index in range(len(PdfReader(io.BytesIO(data)).pages)):
        footer = [glyph for glyph in glyphs(data, page_index) if glyph.top > 297 - pdf_common.BOTTOM_MARGIN
                  and glyph.char == "R"]
        heights.append(round(max(glyph.bottom - glyph.top for glyph in footer), 1))
    assert len(set(heights)) == 1
    assert heights[0] < 10 * MM_PER_POINT


def test_batch_matches_single_letters():
    letters = [letter(1, reference="R-1"), letter(2, reference="R-2", language="en")]
    batch = pdf_pages(render_letters(letters, WINDOW, english))
    singles = [page for one in letters for page in pdf_pages(render_reminder_letter(one, WINDOW, english))]
    assert batch == singles


def test_same_letter_gives_same_bytes():
    assert render_reminder_letter(letter(2), WINDOW, english) == render_reminder_letter(letter(2), WINDOW, english)


def test_empty_batch_raises():
    with pytest.raises(ValueError):
        render_letters([], WINDOW, english)


# Invalid letters


def test_total_must_add_up():
    with pytest.raises(ValueError, match="R-2026-000123"):
        render_reminder_letter(letter(1, total=Money(Decimal("1.00"))), WINDOW, english)


def test_letter_needs_items():
    with pytest.raises(ValueError, match="lists no amounts"):
        render_reminder_letter(letter(1, items=(), total=Money.zero()), WINDOW, english)


def test_unknown_language_raises():
    with pytest.raises(ValueError):
        render_reminder_letter(letter(1, language="fr"), WINDOW, english)


# The calibration page


def test_calibration_page_shows_values():
    data = render_calibration_page(EnvelopeWindow(110, 50, 85, 35), spanish)
    pages = pdf_pages(data)
    assert len(pages) == 1
    text = pages[0]
    assert "Calibración de la ventana del sobre" in text
    assert "Izquierda: 110 mm desde el borde izquierdo de la hoja" in text
    assert "Arriba: 50 mm desde el borde superior de la hoja" in text
    assert "Anchura: 85 mm" in text
    assert "Altura: 35 mm" in text
    assert "al 100 % (sin ajustar a la página)" in text
    assert "Ajustes → Mensajes" in text
    assert "Esta línea mide 100 mm" in text


def test_calibration_rulers_numbered_in_millimetres():
    found = glyphs(render_calibration_page(WINDOW, english))
    top_ruler = text_of(sorted((glyph for glyph in found if glyph.top < 10), key=lambda glyph: glyph.left))
    assert "102030" in top_ruler
    assert "200" in top_ruler
    # A ruler number sits centred on its tick: "100" is centred on x = 100 mm.
    hundred = [glyph for glyph in found if glyph.top < 10 and 97 < glyph.left < 103]
    centre = (min(glyph.left for glyph in hundred) + max(glyph.right for glyph in hundred)) / 2
    assert abs(centre - 100) < 0.5
    left_ruler = [glyph for glyph in found if glyph.left < 12 and 149 < glyph.top < 151.5]
    assert text_of(left_ruler) == "150"


def test_calibration_label_inside_window():
    window = EnvelopeWindow(22.5, 45, 90, 40)
    data = render_calibration_page(window, english)
    inside = [glyph for glyph in glyphs(data) if glyph.overlaps(window.left_mm, window.top_mm, window.right_mm,
                                                                  window.bottom_mm)]
    assert "Theaddressisprintedhere" in text_of(inside)
    assert "Left22.5mm·top45mm" in text_of(inside)
    assert "Width90mm·height40mm" in text_of(inside)
    for glyph in inside:
        assert glyph.inside(window.left_mm, window.top_mm, window.right_mm, window.bottom_mm)


# Translations


def test_every_label_has_spanish_test_translation():
    """Every label of the module is in SPANISH_LABELS, and each call gives lupdate a literal context."""
    tree = ast.parse(Path(reminder_letter.__file__).read_text(encoding="utf-8"))
    sources = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
            assert isinstance(node.args[0], ast.Constant) and node.args[0].value == "ReminderLetter"
            assert isinstance(node.args[1], ast.Constant)
            sources.append(node.args[1].value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "UserMessage":
            assert isinstance(node.args[0], ast.Constant) and node.args[0].value == "ReminderLetter"
    assert sources
    assert sorted(set(sources)) == sorted(SPANISH_LABELS)
