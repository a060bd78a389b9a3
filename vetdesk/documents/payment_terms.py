"""The payment-terms form that a client signs at the desk, rendered as an A4 PDF from plain data.

The form has these parts, in order: the title and the clinic's logo, the
clinic and the client, the pets, and the charges covered. Then come the
normal conditions beside the conditions granted with the schedule, what
happens if a payment is missed, data protection, and the signature boxes.
Labels go through ``translate`` in context "PaymentTermsPdf". The legal
clauses are the built-in texts of ``vetdesk.domain.clauses`` in the
document's language, unless ``TermsDocument.clauses`` has the clinic's own.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from typing import TYPE_CHECKING

from vetdesk.domain.clauses import fill_clause
from vetdesk.domain.formatting import format_date, format_long_date, language_code
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, Translator
from vetdesk.domain.money import Money, format_money
from vetdesk.lazy import lazy_import

if TYPE_CHECKING:
    from vetdesk.documents.pdf_common import Text, VetDeskPdf

# fpdf2 takes about 0.3 s to import, so it is loaded with the first document, not at start-up.
pdf_common = lazy_import("vetdesk.documents.pdf_common")

log = logging.getLogger("vetdesk.documents")

CTX = "PaymentTermsPdf"
KINDS = ("instalments", "promise", "financing")


@dataclass(frozen=True)
class TermsParty:
    name: str
    # CIF/NIF of the clinic, DNI/NIE of the client; "" when unknown.
    tax_id: str
    address_lines: tuple[str, ...]
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class CoveredItem:
    """One charge covered by the agreement."""

    entry_date: date
    description: str
    pet_name: str
    # The amount still owed on the charge, all of it covered by the agreement.
    amount: Money


@dataclass(frozen=True)
class TermsLine:
    """One row of the schedule."""

    # 0 is the down payment, 1 to n the instalments.
    number: int
    due_date: date
    amount: Money


@dataclass(frozen=True)
class TermsSignature:
    # The client's signature, drawn inside the client's box.
    image_png: bytes
    # Timezone-aware, already in the clinic's time zone.
    signed_at: datetime
    # The staff member who witnessed the signature; printed in the staff box.
    staff_name: str


@dataclass(frozen=True)
class TermsDocument:
    """Everything printed on one payment-terms form.

    ``amount_agreed`` must equal the covered amounts minus ``discount`` plus
    ``fee``, and the schedule must add up to it; ``render_payment_terms``
    raises ValueError otherwise.
    """

    agreement_number: str
    # "instalments", "promise" or "financing".
    kind: str
    clinic: TermsParty
    # PNG or JPEG bytes.
    clinic_logo: bytes | None
    client: TermsParty
    pets: tuple[str, ...]
    covered: tuple[CoveredItem, ...]
    # When the covered amount was due under normal conditions: the oldest due date.
    normal_due_date: date | None
    discount: Money
    # Deferral fee; zero when none.
    fee: Money
    amount_agreed: Money
    schedule: tuple[TermsLine, ...]
    # "monthly", "biweekly" or "weekly" for instalments, else None.
    period: str | None
    financing_provider: str = ""
    financing_reference: str = ""
    accelerate_on_breach: bool = True
    broken_after_missed: int = 2
    broken_after_days: int = 30
    # Clause key to the clinic's text in the document's language; "" or missing prints the built-in text.
    clauses: Mapping[str, str] = field(default_factory=dict)
    # Place of signing, usually the clinic's town.
    place: str = ""
    issued_on: date | None = None
    # The staff member preparing the agreement.
    staff_name: str = ""
    signature: TermsSignature | None = None


T_TITLE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Payment terms")
T_NUMBER = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Agreement no. {number}")
T_FOOTER = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Payment terms {number} · Page {page} of {pages}")
T_INTRO = QT_TRANSLATE_NOOP(
    "PaymentTermsPdf",
    "This document sets out the normal price and payment conditions of the services listed below, "
    "and the conditions that the clinic grants to the client for paying them.",
)
KIND_LABELS = {
    "instalments": QT_TRANSLATE_NOOP("PaymentTermsPdf", "Instalment plan"),
    "promise": QT_TRANSLATE_NOOP("PaymentTermsPdf", "Promise to pay"),
    "financing": QT_TRANSLATE_NOOP("PaymentTermsPdf", "Third-party financing"),
}
T_CLINIC = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Clinic")
T_CLIENT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Client")
T_CLINIC_TAX_ID = QT_TRANSLATE_NOOP("PaymentTermsPdf", "CIF/NIF: {value}")
T_CLIENT_TAX_ID = QT_TRANSLATE_NOOP("PaymentTermsPdf", "DNI/NIE: {value}")
T_PHONE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Phone: {value}")
T_EMAIL = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Email: {value}")
T_PETS = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Pets concerned: {names}")

T_COVERED = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Services and charges covered")
T_DATE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Date")
T_DESCRIPTION = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Description")
T_PET = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Pet")
T_AMOUNT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Amount")
T_TOTAL = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Total owed")

T_NORMAL = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Normal price and conditions")
T_FULL_PRICE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Full price: {amount}")
T_NORMAL_DUE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Due date: {date}")
T_NORMAL_DUE_AT_SERVICE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Due when each service is provided.")
T_NORMAL_TERMS = QT_TRANSLATE_NOOP(
    "PaymentTermsPdf", "Paid in full in a single payment, with no discount and no deferral.")

T_GRANTED = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Conditions granted")
T_AMOUNT_COVERED = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Amount covered: {amount}")
T_DISCOUNT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Discount: {amount}")
T_FEE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Deferral fee: {amount}")
T_AMOUNT_AGREED = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Amount agreed: {amount}")
T_NO_CHARGES = QT_TRANSLATE_NOOP("PaymentTermsPdf", "The clinic charges no interest or fees.")
T_DOWN_PAYMENT_LINE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Down payment: {amount} on {date}")
T_INSTALMENT_COUNT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Number of instalments: {count}")
T_FREQUENCY = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Frequency: {period}")
PERIOD_LABELS = {
    "monthly": QT_TRANSLATE_NOOP("PaymentTermsPdf", "every month"),
    "biweekly": QT_TRANSLATE_NOOP("PaymentTermsPdf", "every two weeks"),
    "weekly": QT_TRANSLATE_NOOP("PaymentTermsPdf", "every week"),
}
T_LAST_PAYMENT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Last payment: {date}")
T_PROMISE_DATE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "The whole amount is paid by {date}.")
T_PROVIDER = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Financed by: {provider}")
T_REFERENCE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Financing reference: {reference}")
T_FINANCING_NOTE = QT_TRANSLATE_NOOP(
    "PaymentTermsPdf",
    "The clinic considers the amount paid when {provider} pays it. The client's payments to {provider} "
    "follow the client's own contract with that company. If the financing is not granted, or {provider} "
    "does not pay, the amount is still owed to the clinic.",
)
T_NUMBER_COLUMN = QT_TRANSLATE_NOOP("PaymentTermsPdf", "No.")
T_DUE_DATE_COLUMN = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Due date")
T_DOWN_PAYMENT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Down payment")

T_MISSED = QT_TRANSLATE_NOOP("PaymentTermsPdf", "If a payment is missed")
T_DATA_PROTECTION = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Data protection")
T_SIGNATURES = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Acceptance and signatures")
T_PLACE_AND_DATE = QT_TRANSLATE_NOOP("PaymentTermsPdf", "In {place}, on {date}.")
T_DATE_ONLY = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Date: {date}")
T_PLACE_AND_DATE_BLANK = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Place and date:")
T_CLIENT_BOX = QT_TRANSLATE_NOOP("PaymentTermsPdf", "The client")
T_STAFF_BOX = QT_TRANSLATE_NOOP("PaymentTermsPdf", "For the clinic")
T_SIGNED_AT = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Signed at the desk on {date} at {time}")
T_WITNESSED_BY = QT_TRANSLATE_NOOP("PaymentTermsPdf", "Signature witnessed at the desk by {name}")

# Column widths in millimetres; the text width of A4 with 18 mm margins is 174 mm.
PARTY_COLUMN = 84
CONDITIONS_LEFT_COLUMN = 70
COLUMN_GAP = 6
COVERED_COLUMNS = (25, 93, 30, 26)
SCHEDULE_COLUMNS = (30, 34, 34)
LOGO_BOX = (40.0, 20.0)
SIGNATURE_BOX_HEIGHT = 40
SIGNATURE_PADDING = 2

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


def render_payment_terms(document: TermsDocument, language: str, translate: Translator) -> bytes:
    """Render ``document`` as an A4 PDF in ``language`` ("es" or "en") and return its bytes.

    ``translate(context, source)`` translates the labels, for example the
    callable of ``vetdesk.translation.document_translator(language)``. Raise
    ValueError for a document whose amounts do not add up, an unknown kind or
    language, or a signature time without a time zone, and UserError when a
    clause text of the clinic cannot be used (see ``check_clause``).
    """
    language = language_code(language)
    _check_document(document)
    number = document.agreement_number
    footer = translate(CTX, T_FOOTER)
    pdf = pdf_common.VetDeskPdf(
        title=f"{translate(CTX, T_TITLE)} {number}",
        language=language,
        footer_text=lambda page: footer.format(number=number, page=page, pages="{nb}"),
    )
    try:
        if document.signature is not None:
            pdf.set_creation_date(document.signature.signed_at)
        pdf.add_page()
        _TermsWriter(pdf, document, language, translate).write()
        return pdf.finish()
    finally:
        pdf.close_fonts()


def _check_document(document: TermsDocument) -> None:
    if document.kind not in KINDS:
        raise ValueError(f"Unknown agreement kind {document.kind!r}; use one of {', '.join(KINDS)}")
    covered = Money.total(item.amount for item in document.covered)
    expected = covered - document.discount + document.fee
    if document.amount_agreed != expected:
        raise ValueError(
            f"Amount agreed {document.amount_agreed.amount} differs from the covered {covered.amount} "
            f"minus the discount {document.discount.amount} plus the fee {document.fee.amount}"
        )
    if not document.schedule and document.kind != "financing":
        raise ValueError(f"A {document.kind} agreement needs at least one line in its schedule")
    scheduled = Money.total(line.amount for line in document.schedule)
    if document.schedule and scheduled != document.amount_agreed:
        raise ValueError(
            f"The schedule adds up to {scheduled.amount}, not to the amount agreed {document.amount_agreed.amount}")
    if document.signature is not None and document.signature.signed_at.utcoffset() is None:
        raise ValueError("TermsSignature.signed_at needs a timezone-aware datetime")


def _image_kind(data: bytes | None) -> str | None:
    if data and data.startswith(_PNG_SIGNATURE):
        return "PNG"
    if data and data.startswith(_JPEG_SIGNATURE):
        return "JPEG"
    return None


def _text(text: str, **style) -> Text:
    return pdf_common.Text(text, **style)


class _TermsWriter:
    def __init__(self, pdf: VetDeskPdf, document: TermsDocument, language: str, translate: Translator) -> None:
        self.pdf = pdf
        self.out = pdf_common.PdfWriter(pdf, translate, CTX)
        self.document = document
        self.language = language
        self.line = pdf_common.line_height(pdf_common.BODY_SIZE)

    def tr(self, source: str) -> str:
        return self.out.tr(source)

    def money(self, amount: Money) -> str:
        return format_money(amount, self.language)

    def date(self, value: date) -> str:
        return format_date(value, self.language)

    def write(self) -> None:
        self.write_title()
        self.write_parties()
        self.write_covered()
        self.write_conditions()
        self.write_clauses()
        self.write_signatures()

    # Title, clinic and client

    def write_title(self) -> None:
        pdf = self.pdf
        margin = pdf_common.MARGIN
        logo_bottom = pdf.y
        title_width = pdf.epw
        logo_x = pdf.w - margin - LOGO_BOX[0]
        if self.draw_image(self.document.clinic_logo, logo_x, margin, *LOGO_BOX, what="clinic logo"):
            logo_bottom = margin + LOGO_BOX[1]
            title_width -= LOGO_BOX[0] + COLUMN_GAP

        title_size = pdf_common.TITLE_SIZE
        self.out.font(bold=True, size=title_size)
        pdf.multi_cell(title_width, pdf_common.line_height(title_size), self.tr(T_TITLE),
                       new_x="LMARGIN", new_y="NEXT")
        subtitle_size = pdf_common.BODY_SIZE + 1
        self.out.font(size=subtitle_size)
        number = self.tr(T_NUMBER).format(number=self.document.agreement_number)
        pdf.multi_cell(title_width, pdf_common.line_height(subtitle_size),
                       f"{self.tr(KIND_LABELS[self.document.kind])} · {number}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.y, logo_bottom) + 3)
        self.out.paragraph(self.tr(T_INTRO))

    def party_blocks(self, heading: str, party: TermsParty, tax_id_label: str) -> list[Text]:
        blocks = [_text(heading, bold=True, shaded=True), _text(party.name, bold=True, space_before=1)]
        if party.tax_id:
            blocks.append(_text(self.tr(tax_id_label).format(value=party.tax_id)))
        blocks.extend(_text(line) for line in party.address_lines if line)
        if party.phone:
            blocks.append(_text(self.tr(T_PHONE).format(value=party.phone)))
        if party.email:
            blocks.append(_text(self.tr(T_EMAIL).format(value=party.email)))
        return blocks

    def write_parties(self) -> None:
        self.pdf.ln(3)
        clinic = self.party_blocks(self.tr(T_CLINIC), self.document.clinic, T_CLINIC_TAX_ID)
        client = self.party_blocks(self.tr(T_CLIENT), self.document.client, T_CLIENT_TAX_ID)
        self.out.columns(clinic, lambda: self.out.write_blocks(client), left_width=PARTY_COLUMN, gap=COLUMN_GAP,
                         right_blocks=client)
        if self.document.pets:
            self.pdf.ln(2)
            self.out.paragraph(self.tr(T_PETS).format(names=", ".join(self.document.pets)))

    # Charges covered

    def write_covered(self) -> None:
        from fpdf.fonts import FontFace

        self.out.heading(self.tr(T_COVERED))
        headings = [self.tr(source) for source in (T_DATE, T_DESCRIPTION, T_PET, T_AMOUNT)]
        total = Money.total(item.amount for item in self.document.covered)
        with self.pdf.table(
            col_widths=COVERED_COLUMNS, width=sum(COVERED_COLUMNS), align="LEFT",
            text_align=("LEFT", "LEFT", "LEFT", "RIGHT"), line_height=self.line,
            headings_style=FontFace(emphasis="BOLD", fill_color=self.out.SHADE), borders_layout="HORIZONTAL_LINES",
            padding=(0.8, 1), v_align="TOP",
        ) as table:
            table.row(headings)
            for item in self.document.covered:
                table.row([self.date(item.entry_date), item.description, item.pet_name, self.money(item.amount)])
            total_row = table.row(style=FontFace(emphasis="BOLD"))
            total_row.cell(self.tr(T_TOTAL), colspan=3)
            total_row.cell(self.money(total))

    # Normal conditions beside the conditions granted

    def normal_blocks(self) -> list[Text]:
        document = self.document
        covered = Money.total(item.amount for item in document.covered)
        if document.normal_due_date is not None:
            due = self.tr(T_NORMAL_DUE).format(date=self.date(document.normal_due_date))
        else:
            due = self.tr(T_NORMAL_DUE_AT_SERVICE)
        return [
            _text(self.tr(T_NORMAL), bold=True, shaded=True),
            _text(self.tr(T_FULL_PRICE).format(amount=self.money(covered)), bold=True, space_before=1),
            _text(due),
            _text(self.tr(T_NORMAL_TERMS), space_before=1),
        ]

    def granted_blocks(self) -> list[Text]:
        document = self.document
        covered = Money.total(item.amount for item in document.covered)
        blocks = [
            _text(self.tr(T_GRANTED), bold=True, shaded=True),
            _text(self.tr(T_AMOUNT_COVERED).format(amount=self.money(covered)), space_before=1),
        ]
        if document.discount:
            blocks.append(_text(self.tr(T_DISCOUNT).format(amount=self.money(-document.discount))))
        if document.fee:
            blocks.append(_text(self.tr(T_FEE).format(amount=self.money(document.fee))))
        blocks.append(_text(self.tr(T_AMOUNT_AGREED).format(amount=self.money(document.amount_agreed)), bold=True))
        if not document.fee:
            blocks.append(_text(self.tr(T_NO_CHARGES)))

        if document.kind == "instalments":
            blocks.extend(self.instalment_blocks())
        elif document.kind == "promise":
            last = max(line.due_date for line in document.schedule)
            blocks.append(_text(self.tr(T_PROMISE_DATE).format(date=self.date(last)), bold=True, space_before=1))
        else:
            provider = document.financing_provider
            blocks.append(_text(self.tr(T_PROVIDER).format(provider=provider), space_before=1))
            if document.financing_reference:
                blocks.append(_text(self.tr(T_REFERENCE).format(reference=document.financing_reference)))
            blocks.append(_text(self.tr(T_FINANCING_NOTE).format(provider=provider), space_before=1))
        return blocks

    def instalment_blocks(self) -> list[Text]:
        document = self.document
        instalments = [line for line in document.schedule if line.number > 0]
        blocks = [
            _text(self.tr(T_DOWN_PAYMENT_LINE).format(amount=self.money(line.amount), date=self.date(line.due_date)))
            for line in document.schedule if line.number == 0
        ]
        blocks.append(_text(self.tr(T_INSTALMENT_COUNT).format(count=len(instalments))))
        if document.period in PERIOD_LABELS:
            blocks.append(_text(self.tr(T_FREQUENCY).format(period=self.tr(PERIOD_LABELS[document.period]))))
        if instalments:
            blocks.append(_text(self.tr(T_LAST_PAYMENT).format(date=self.date(instalments[-1].due_date))))
        # A small gap between the amounts and the instalment details.
        blocks[0] = replace(blocks[0], space_before=1)
        return blocks

    def write_conditions(self) -> None:
        self.pdf.ln(4)
        granted = self.granted_blocks()

        def write_granted() -> None:
            self.out.write_blocks(granted)
            if self.document.kind != "promise" and self.document.schedule:
                self.pdf.ln(2)
                self.write_schedule()

        self.out.columns(self.normal_blocks(), write_granted, left_width=CONDITIONS_LEFT_COLUMN, gap=COLUMN_GAP,
                         right_blocks=granted)

    def write_schedule(self) -> None:
        from fpdf.fonts import FontFace

        headings = [self.tr(source) for source in (T_NUMBER_COLUMN, T_DUE_DATE_COLUMN, T_AMOUNT)]
        with self.pdf.table(
            col_widths=SCHEDULE_COLUMNS, width=sum(SCHEDULE_COLUMNS), align="LEFT",
            text_align=("LEFT", "LEFT", "RIGHT"), line_height=self.line,
            headings_style=FontFace(emphasis="BOLD", fill_color=self.out.SHADE), borders_layout="HORIZONTAL_LINES",
            padding=(0.8, 1),
        ) as table:
            table.row(headings)
            for line in self.document.schedule:
                label = self.tr(T_DOWN_PAYMENT) if line.number == 0 else str(line.number)
                table.row([label, self.date(line.due_date), self.money(line.amount)])

    # Clauses

    def clause(self, key: str) -> str:
        document = self.document
        clinic = document.clinic
        address = ", ".join(line for line in clinic.address_lines if line)
        values = {
            "clinic_name": clinic.name,
            "clinic_tax_id": clinic.tax_id,
            "clinic_address": address,
            "clinic_email": clinic.email,
            "clinic_phone": clinic.phone,
            "clinic_contact": "; ".join(part for part in (address, clinic.email, clinic.phone) if part),
            "client_name": document.client.name,
            "agreement_number": document.agreement_number,
            "amount_agreed": self.money(document.amount_agreed),
            "missed_instalments": document.broken_after_missed,
            "days_late": document.broken_after_days,
        }
        return fill_clause(key, document.clauses.get(key, ""), values, self.language)

    def write_clause(self, key: str) -> None:
        """Write a clause with a small gap between its paragraphs, which are separated by line breaks."""
        for index, paragraph in enumerate(self.clause(key).split("\n")):
            if index:
                self.pdf.ln(1)
            self.out.paragraph(paragraph)

    def write_clauses(self) -> None:
        self.out.heading(self.tr(T_MISSED))
        self.write_clause("missed_payment")
        if self.document.accelerate_on_breach:
            self.pdf.ln(1.5)
            self.write_clause("acceleration")
        self.pdf.ln(1.5)
        self.write_clause("court_claim")

        self.out.heading(self.tr(T_DATA_PROTECTION))
        self.write_clause("data_protection")

    # Place, date and signatures

    def place_and_date(self) -> str:
        document = self.document
        day = document.issued_on
        if day is None and document.signature is not None:
            day = document.signature.signed_at.date()
        if day is None:
            return self.tr(T_PLACE_AND_DATE_BLANK) + " " + "_" * 40
        long_date = format_long_date(day, self.language)
        if document.place:
            return self.tr(T_PLACE_AND_DATE).format(place=document.place, date=long_date)
        return self.tr(T_DATE_ONLY).format(date=long_date)

    def write_signatures(self) -> None:
        pdf = self.pdf
        document = self.document
        acceptance = self.clause("acceptance")
        # The acceptance text, the date line and both boxes stay together on one page.
        acceptance_height = self.out.blocks_height([_text(part) for part in acceptance.split("\n")], pdf.epw)
        self.out.keep_space(acceptance_height + SIGNATURE_BOX_HEIGHT + 9 * self.line + 8)
        self.out.heading(self.tr(T_SIGNATURES))
        self.write_clause("acceptance")
        pdf.ln(2)
        self.out.paragraph(self.place_and_date())
        pdf.ln(3)

        box_width = (pdf.epw - COLUMN_GAP) / 2
        left_x = pdf.l_margin
        right_x = left_x + box_width + COLUMN_GAP
        top = pdf.y
        self.out.font(bold=True)
        pdf.set_xy(left_x, top)
        pdf.cell(box_width, self.line, self.tr(T_CLIENT_BOX))
        pdf.set_xy(right_x, top)
        pdf.cell(box_width, self.line, self.tr(T_STAFF_BOX))
        box_top = top + self.line + 1
        pdf.set_draw_color(90, 90, 90)
        pdf.rect(left_x, box_top, box_width, SIGNATURE_BOX_HEIGHT)
        pdf.rect(right_x, box_top, box_width, SIGNATURE_BOX_HEIGHT)

        client_lines = [document.client.name]
        if document.client.tax_id:
            client_lines.append(self.tr(T_CLIENT_TAX_ID).format(value=document.client.tax_id))
        clinic_lines = [document.clinic.name]
        if document.signature is not None:
            self.draw_signature(document.signature, left_x, box_top, box_width)
            if document.signature.staff_name:
                witnessed = self.tr(T_WITNESSED_BY).format(name=document.signature.staff_name)
                self.write_in_box([witnessed], right_x, box_top, box_width)
        elif document.staff_name:
            clinic_lines.insert(0, document.staff_name)

        below = box_top + SIGNATURE_BOX_HEIGHT + 1.5
        self.write_under_box(client_lines, left_x, below, box_width)
        left_bottom = pdf.y
        self.write_under_box(clinic_lines, right_x, below, box_width)
        pdf.set_xy(pdf.l_margin, max(left_bottom, pdf.y))

    def draw_signature(self, signature: TermsSignature, x: float, top: float, width: float) -> None:
        """Draw the signature image in the upper part of the box and the time of signing under it."""
        pdf = self.pdf
        moment = signature.signed_at
        caption = self.tr(T_SIGNED_AT).format(date=self.date(moment.date()), time=moment.strftime("%H:%M"))
        inner_width = width - 2 * SIGNATURE_PADDING
        self.out.font()
        caption_lines = pdf.multi_cell(inner_width, self.line, caption, dry_run=True, output="LINES")
        caption_height = len(caption_lines) * self.line
        image_height = SIGNATURE_BOX_HEIGHT - 3 * SIGNATURE_PADDING - caption_height
        self.draw_image(signature.image_png, x + SIGNATURE_PADDING, top + SIGNATURE_PADDING, inner_width,
                        image_height, what="client's signature", required=True)
        pdf.set_xy(x + SIGNATURE_PADDING, top + SIGNATURE_BOX_HEIGHT - SIGNATURE_PADDING - caption_height)
        pdf.multi_cell(inner_width, self.line, caption, align="C", new_x="LEFT", new_y="NEXT")

    def write_in_box(self, lines: list[str], x: float, top: float, width: float) -> None:
        self.out.font()
        self.pdf.set_xy(x + SIGNATURE_PADDING, top + SIGNATURE_PADDING)
        for line in lines:
            self.pdf.multi_cell(width - 2 * SIGNATURE_PADDING, self.line, line, align="C", new_x="LEFT", new_y="NEXT")

    def write_under_box(self, lines: list[str], x: float, top: float, width: float) -> None:
        self.out.font()
        self.pdf.set_xy(x, top)
        for line in lines:
            self.pdf.multi_cell(width, self.line, line, new_x="LEFT", new_y="NEXT")

    def draw_image(self, data: bytes | None, x: float, y: float, width: float, height: float, *, what: str,
                   required: bool = False) -> bool:
        """Draw a PNG or JPEG scaled to fit the box; return False when there is no usable image.

        A missing or unreadable optional image is left out with a warning. A
        required one (the client's signature) raises ValueError instead,
        because a signed form without the signature must not be produced.
        """
        if data is None and not required:
            return False
        problem = None
        if _image_kind(data) is None:
            problem = "is not a PNG or JPEG image"
        else:
            try:
                self.pdf.image(io.BytesIO(data), x=x, y=y, w=width, h=height, keep_aspect_ratio=True)
                return True
            except (OSError, ValueError, SyntaxError) as error:
                problem = f"could not be read ({error})"
        if required:
            raise ValueError(f"The {what} {problem}")
        log.warning("The %s %s; the payment-terms form is printed without it", what, problem)
        return False
