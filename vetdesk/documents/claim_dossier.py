"""The court-claim dossier: the evidence of a client's debt, rendered as one A4 PDF from plain data.

The title with the reference and date comes first. Then come the numbered
sections: 1 the parties, 2 the summary of the amount claimed with the expiry
date of the claim, 3 the statement of account, 4 the invoices, 5 the
reminders sent, 6 the legal interest, 7 the documents attached and 8 a note
on the "proceso monitorio". The annexes come last, with each page of each
attached PDF rasterised onto a page of its own. Each attached PDF is also embedded unchanged as a
file attachment, so that a reader can still check its seal. Every page
carries the reference and "page X of Y" in its footer.

Labels go through ``translate`` in context "ClaimDossier". Dates and amounts
follow ``ClaimDossier.language``.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING

from vetdesk.domain.claims import InterestStatement
from vetdesk.domain.formatting import format_date, format_long_date, language_code
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, Translator
from vetdesk.domain.money import Money, format_money
from vetdesk.lazy import lazy_import

if TYPE_CHECKING:
    from PIL.Image import Image

    from vetdesk.documents.pdf_common import Text, VetDeskPdf

# fpdf2 takes about 0.3 s to import, so it is loaded with the first document, not at start-up.
pdf_common = lazy_import("vetdesk.documents.pdf_common")

log = logging.getLogger("vetdesk.documents")

CTX = "ClaimDossier"

STATEMENT_KINDS = ("charge", "payment", "credit_note", "write_off", "write_off_reversal")


@dataclass(frozen=True)
class DossierParty:
    """The clinic (creditor) or the client (debtor)."""

    name: str
    # CIF/NIF of the clinic or DNI/NIE of the client, "" when unknown.
    id_number: str
    address_lines: tuple[str, ...]
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class StatementLine:
    """One entry of the statement of account, with the balance after it."""

    entry_date: date
    # One of STATEMENT_KINDS.
    kind: str
    description: str
    pet: str
    # Set on the lines that increase the debt.
    charge: Money | None
    # Set on the lines that reduce the debt: payments, credit notes, write-offs.
    credit: Money | None
    balance: Money


@dataclass(frozen=True)
class InvoiceLine:
    """One charge ("factura") and what is still owed on it."""

    entry_date: date
    due_date: date
    reference: str
    description: str
    pet: str
    amount: Money
    outstanding: Money


@dataclass(frozen=True)
class AttachedDocument:
    """A signed payment-terms form, as it was sent or signed."""

    title: str
    filename: str
    # Hexadecimal SHA-256 of ``pdf``, which render_claim_dossier checks.
    sha256: str
    signed_on: date | None
    pdf: bytes


@dataclass(frozen=True)
class ReminderLine:
    """One reminder sent, or attempted, to the client."""

    # None when the reminder never went out.
    sent_on: date | None
    level: int
    level_name: str
    # "letter", "email" or "sms" print translated; other texts print as given.
    channel: str
    recipient: str
    # A reminder status such as "sent" or "failed" prints translated; other texts print as given.
    status: str
    amount: Money
    # The delivery error, "" when there was none.
    error: str


@dataclass(frozen=True)
class ClaimDossier:
    """Everything printed in one claim dossier."""

    # Such as "RECL-2026-0003".
    reference: str
    prepared_on: date
    prepared_by: str
    # "es" or "en", for dates and amounts.
    language: str
    clinic: DossierParty
    client: DossierParty
    statement: tuple[StatementLine, ...]
    invoices: tuple[InvoiceLine, ...]
    # The amount claimed: what is outstanding, without interest.
    principal: Money
    # None when the clinic does not claim interest.
    interest: InterestStatement | None
    attachments: tuple[AttachedDocument, ...]
    reminders: tuple[ReminderLine, ...]
    last_service_on: date
    expiry_on: date
    # PNG or JPEG bytes.
    logo: bytes | None = None
    # A preview not recorded yet. Every page is marked as a draft, so that it is never filed by mistake.
    draft: bool = False


T_TITLE = QT_TRANSLATE_NOOP("ClaimDossier", "Claim dossier")
T_SUBTITLE = QT_TRANSLATE_NOOP("ClaimDossier", "Reference {reference} · {date}")
T_PREPARED_BY = QT_TRANSLATE_NOOP("ClaimDossier", "Prepared by {name}")
T_FOOTER = QT_TRANSLATE_NOOP("ClaimDossier", "Claim dossier {reference} · Page {page} of {pages}")
T_DRAFT_FOOTER = QT_TRANSLATE_NOOP("ClaimDossier", "DRAFT, not recorded · Claim dossier · Page {page} of {pages}")
T_DRAFT = QT_TRANSLATE_NOOP("ClaimDossier", "DRAFT, not recorded: record the claim to get the dossier to file with "
                                            "the court. The reference {reference} is reserved only when it is "
                                            "recorded.")

T_PARTIES = QT_TRANSLATE_NOOP("ClaimDossier", "Parties")
T_CREDITOR = QT_TRANSLATE_NOOP("ClaimDossier", "Creditor (the clinic)")
T_DEBTOR = QT_TRANSLATE_NOOP("ClaimDossier", "Debtor (the client)")
T_CLINIC_ID = QT_TRANSLATE_NOOP("ClaimDossier", "CIF/NIF: {value}")
T_CLIENT_ID = QT_TRANSLATE_NOOP("ClaimDossier", "DNI/NIE: {value}")
T_ID_MISSING = QT_TRANSLATE_NOOP("ClaimDossier", "DNI/NIE: not recorded")
T_PHONE = QT_TRANSLATE_NOOP("ClaimDossier", "Phone: {value}")
T_EMAIL = QT_TRANSLATE_NOOP("ClaimDossier", "Email: {value}")

T_SUMMARY = QT_TRANSLATE_NOOP("ClaimDossier", "Summary of the claim")
T_PRINCIPAL = QT_TRANSLATE_NOOP("ClaimDossier", "Principal claimed (amount outstanding)")
T_INTEREST_TO = QT_TRANSLATE_NOOP("ClaimDossier", "Legal interest up to {date}")
T_INTEREST = QT_TRANSLATE_NOOP("ClaimDossier", "Legal interest")
T_TOTAL_CLAIMED = QT_TRANSLATE_NOOP("ClaimDossier", "Total claimed")
T_LAST_SERVICE = QT_TRANSLATE_NOOP("ClaimDossier", "Last service provided on {date}.")
T_NO_INTEREST_CLAIMED = QT_TRANSLATE_NOOP("ClaimDossier", "The clinic does not claim interest.")
T_EXPIRY = QT_TRANSLATE_NOOP(
    "ClaimDossier",
    "The claim may expire on {date}, three years after the last service. Each documented claim to the debtor "
    "restarts this period.")
T_EXPIRED = QT_TRANSLATE_NOOP(
    "ClaimDossier",
    "The claim may have expired on {date}, three years after the last service or the last documented claim to "
    "the debtor. Check the dates before filing it.")

T_STATEMENT = QT_TRANSLATE_NOOP("ClaimDossier", "Statement of account")
T_DATE = QT_TRANSLATE_NOOP("ClaimDossier", "Date")
T_DESCRIPTION = QT_TRANSLATE_NOOP("ClaimDossier", "Description")
T_PET = QT_TRANSLATE_NOOP("ClaimDossier", "Pet")
T_CHARGE = QT_TRANSLATE_NOOP("ClaimDossier", "Charge")
T_CREDIT = QT_TRANSLATE_NOOP("ClaimDossier", "Payment or credit")
T_BALANCE = QT_TRANSLATE_NOOP("ClaimDossier", "Balance")
T_NO_STATEMENT = QT_TRANSLATE_NOOP("ClaimDossier", "The statement of account has no entries.")
KIND_LABELS = {
    "charge": QT_TRANSLATE_NOOP("ClaimDossier", "Charge"),
    "payment": QT_TRANSLATE_NOOP("ClaimDossier", "Payment"),
    "credit_note": QT_TRANSLATE_NOOP("ClaimDossier", "Credit note"),
    "write_off": QT_TRANSLATE_NOOP("ClaimDossier", "Write-off"),
    "write_off_reversal": QT_TRANSLATE_NOOP("ClaimDossier", "Write-off reversed"),
}
T_KIND_AND_DESCRIPTION = QT_TRANSLATE_NOOP("ClaimDossier", "{kind}: {description}")

T_INVOICES = QT_TRANSLATE_NOOP("ClaimDossier", "Invoices")
T_REFERENCE = QT_TRANSLATE_NOOP("ClaimDossier", "Invoice")
T_DUE_DATE = QT_TRANSLATE_NOOP("ClaimDossier", "Due date")
T_SERVICE = QT_TRANSLATE_NOOP("ClaimDossier", "Service (pet)")
T_SERVICE_AND_PET = QT_TRANSLATE_NOOP("ClaimDossier", "{description} ({pet})")
T_AMOUNT = QT_TRANSLATE_NOOP("ClaimDossier", "Amount")
T_OUTSTANDING = QT_TRANSLATE_NOOP("ClaimDossier", "Outstanding")
T_TOTAL = QT_TRANSLATE_NOOP("ClaimDossier", "Total")
T_NO_INVOICES = QT_TRANSLATE_NOOP("ClaimDossier", "No invoices are listed.")

T_REMINDERS = QT_TRANSLATE_NOOP("ClaimDossier", "Reminders sent")
T_REMINDERS_INTRO = QT_TRANSLATE_NOOP(
    "ClaimDossier", "Each reminder delivered to the debtor is a documented claim for payment.")
T_LEVEL = QT_TRANSLATE_NOOP("ClaimDossier", "Level")
T_CHANNEL = QT_TRANSLATE_NOOP("ClaimDossier", "Channel")
T_RECIPIENT = QT_TRANSLATE_NOOP("ClaimDossier", "Recipient")
T_RESULT = QT_TRANSLATE_NOOP("ClaimDossier", "Result")
T_ERROR = QT_TRANSLATE_NOOP("ClaimDossier", "Error: {error}")
T_NOT_SENT = QT_TRANSLATE_NOOP("ClaimDossier", "not sent")
T_NO_REMINDERS = QT_TRANSLATE_NOOP("ClaimDossier", "No reminders were sent.")
CHANNEL_LABELS = {
    "letter": QT_TRANSLATE_NOOP("ClaimDossier", "Letter"),
    "email": QT_TRANSLATE_NOOP("ClaimDossier", "Email"),
    "sms": QT_TRANSLATE_NOOP("ClaimDossier", "SMS"),
}
STATUS_LABELS = {
    "prepared": QT_TRANSLATE_NOOP("ClaimDossier", "Prepared"),
    "approved": QT_TRANSLATE_NOOP("ClaimDossier", "Approved"),
    "skipped": QT_TRANSLATE_NOOP("ClaimDossier", "Skipped"),
    "sending": QT_TRANSLATE_NOOP("ClaimDossier", "Sending"),
    "sent": QT_TRANSLATE_NOOP("ClaimDossier", "Sent"),
    "delivered": QT_TRANSLATE_NOOP("ClaimDossier", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("ClaimDossier", "Failed"),
    "withdrawn": QT_TRANSLATE_NOOP("ClaimDossier", "Withdrawn"),
}

T_INTEREST_METHOD_TO = QT_TRANSLATE_NOOP(
    "ClaimDossier",
    "Simple interest at the legal interest rate of each calendar year, counted per day on a 365-day year "
    "(actual/365), from the day after the debtor was first asked to pay each charge (the first reminder "
    "delivered after its due date) up to and including {date}.")
T_INTEREST_METHOD = QT_TRANSLATE_NOOP(
    "ClaimDossier",
    "Simple interest at the legal interest rate of each calendar year, counted per day on a 365-day year "
    "(actual/365), from the day after the debtor was first asked to pay each charge (the first reminder "
    "delivered after its due date).")
T_RATES_APPLIED = QT_TRANSLATE_NOOP("ClaimDossier", "Rates applied: {rates}")
T_CLAIMED_ON = QT_TRANSLATE_NOOP("ClaimDossier", "Claimed on")
T_RATE_OF_YEAR = QT_TRANSLATE_NOOP("ClaimDossier", "{year}: {rate}")
T_PRINCIPAL_COLUMN = QT_TRANSLATE_NOOP("ClaimDossier", "Principal")
T_YEAR = QT_TRANSLATE_NOOP("ClaimDossier", "Year")
T_DAYS = QT_TRANSLATE_NOOP("ClaimDossier", "Days")
T_RATE = QT_TRANSLATE_NOOP("ClaimDossier", "Rate")
T_INTEREST_COLUMN = QT_TRANSLATE_NOOP("ClaimDossier", "Interest")
T_NO_INTEREST_ACCRUED = QT_TRANSLATE_NOOP(
    "ClaimDossier", "No interest has accrued, because no amount was overdue.")

T_ATTACHMENTS = QT_TRANSLATE_NOOP("ClaimDossier", "Documents attached")
T_ANNEX = QT_TRANSLATE_NOOP("ClaimDossier", "Annex {number}: {title}")
T_FILE_NAME = QT_TRANSLATE_NOOP("ClaimDossier", "File name: {value}")
T_SHA256 = QT_TRANSLATE_NOOP("ClaimDossier", "SHA-256: {value}")
T_SIGNED_ON = QT_TRANSLATE_NOOP("ClaimDossier", "Signed on: {date}")
T_SIGNED_ON_UNKNOWN = QT_TRANSLATE_NOOP("ClaimDossier", "Signed on: not recorded")
T_PAGE_COUNT = QT_TRANSLATE_NOOP("ClaimDossier", "Pages: {count}")
T_ATTACHMENTS_NOTE = QT_TRANSLATE_NOOP(
    "ClaimDossier",
    "The original file of each document is embedded unchanged in this PDF as a file attachment, so its "
    "electronic seal can still be checked. A PDF reader lists it among the attachments, from where it can be "
    "saved. Its pages are reproduced as images in the annexes at the end of this dossier.")
T_NO_ATTACHMENTS = QT_TRANSLATE_NOOP("ClaimDossier", "No signed documents are attached.")
T_ANNEX_PAGE = QT_TRANSLATE_NOOP("ClaimDossier", "Annex {number}: {title} · page {page} of {pages}")

T_MONITORIO = QT_TRANSLATE_NOOP("ClaimDossier", "Claiming in court: the proceso monitorio")
T_MONITORIO_NOTE = QT_TRANSLATE_NOOP(
    "ClaimDossier",
    "A \"proceso monitorio\" (articles 812 to 818 of the Spanish Civil Procedure Act, LEC) can be started "
    "without a lawyer or a court agent (procurador). The initial petition is filed at the civil court of the "
    "debtor's domicile, with this dossier's documents. If the debtor opposes and the amount is "
    "over €2,000, a lawyer and a procurador are then needed.")

# Column widths in millimetres; the text width of A4 with 18 mm margins is 174 mm. A date needs about
# 23 mm and an amount up to 99.999,99 € about 25 mm at 10 pt.
STATEMENT_COLUMNS = (23, 54, 23, 24.5, 24.5, 25)
INVOICE_COLUMNS = (27, 23, 23, 48, 26, 27)
REMINDER_COLUMNS = (23, 32, 25, 41, 28, 25)
INTEREST_COLUMNS = (25, 28, 16, 16, 22, 28)
SUMMARY_COLUMNS = (124, 50)
PARTY_COLUMN = 84
COLUMN_GAP = 6
LOGO_BOX = (40.0, 20.0)
ROW_PADDING = (0.8, 1)
# Attached pages are rasterised at this density: sharp enough to read print and signatures, and
# about 1240 × 1754 pixels for an A4 page.
ANNEX_DPI = 150
ANNEX_CAPTION_GAP = 3
POINTS_PER_INCH = 72

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


def render_claim_dossier(dossier: ClaimDossier, translate: Translator) -> bytes:
    """Render ``dossier`` as an A4 PDF and return its bytes.

    ``translate(context, source)`` translates the labels, for example the
    callable of ``vetdesk.translation.document_translator(dossier.language)``.
    Raise ValueError for an unsupported language, an unknown statement kind,
    an attachment whose SHA-256 differs from its bytes, or an attachment that
    PDFium cannot open.

    NOTE: PDFium is not thread-safe, and the desk's PDF viewer calls it from
    the GUI thread, so call this function from the GUI thread too.
    """
    language = language_code(dossier.language)
    _check_dossier(dossier)
    filenames = Counter(document.filename for document in dossier.attachments)
    annexes = [_Annex.load(number, document, unique_name=filenames[document.filename] == 1)
               for number, document in enumerate(dossier.attachments, start=1)]
    footer = translate(CTX, T_DRAFT_FOOTER if dossier.draft else T_FOOTER)
    reference = dossier.reference
    pdf = pdf_common.VetDeskPdf(
        title=f"{translate(CTX, T_TITLE)} {reference}",
        language=language,
        footer_text=lambda page: footer.format(reference=reference, page=page, pages="{nb}"),
    )
    try:
        # A fixed creation time makes the same dossier give the same bytes.
        prepared = dossier.prepared_on
        pdf.set_creation_date(datetime(prepared.year, prepared.month, prepared.day, 12, tzinfo=timezone.utc))
        pdf.add_page()
        _DossierWriter(pdf, dossier, language, translate, annexes).write()
        return pdf.finish()
    finally:
        pdf.close_fonts()


def _check_dossier(dossier: ClaimDossier) -> None:
    for line in dossier.statement:
        if line.kind not in STATEMENT_KINDS:
            raise ValueError(f"Statement line of {line.entry_date} has unknown kind {line.kind!r}. "
                             f"Use one of {', '.join(STATEMENT_KINDS)}")
    for document in dossier.attachments:
        actual = hashlib.sha256(document.pdf).hexdigest()
        if actual != document.sha256.strip().lower():
            raise ValueError(f"Attachment {document.filename!r}: its bytes have SHA-256 {actual}, "
                             f"not the recorded {document.sha256}")


@dataclass(frozen=True)
class _Annex:
    """An attached document with the name it is embedded under and its number of pages."""

    number: int
    document: AttachedDocument
    page_count: int
    # The file's name in the PDF's attachment list, which must be unique.
    embedded_name: str

    @classmethod
    def load(cls, number: int, document: AttachedDocument, *, unique_name: bool) -> _Annex:
        import pypdfium2 as pdfium

        try:
            pdf = pdfium.PdfDocument(document.pdf)
        except pdfium.PdfiumError as error:
            raise ValueError(f"Attachment {document.filename!r} is not a PDF that PDFium can open: {error}") from None
        try:
            page_count = len(pdf)
        finally:
            pdf.close()
        # The annex number keeps two files of the same name apart.
        name = document.filename if unique_name else f"{number:02d}-{document.filename}"
        return cls(number, document, page_count, name)

    def page_images(self) -> list[Image]:
        """Rasterise every page at ANNEX_DPI, with its annotations and form fields."""
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(self.document.pdf)
        try:
            # Without a form environment PDFium leaves filled-in form fields blank.
            pdf.init_forms()
            images = []
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    bitmap = page.render(scale=ANNEX_DPI / POINTS_PER_INCH, may_draw_forms=True)
                    images.append(bitmap.to_pil().convert("RGB"))
                finally:
                    page.close()
            return images
        finally:
            pdf.close()


def _image_kind(data: bytes | None) -> str | None:
    if data and data.startswith(_PNG_SIGNATURE):
        return "PNG"
    if data and data.startswith(_JPEG_SIGNATURE):
        return "JPEG"
    return None


def _text(text: str, **style) -> Text:
    return pdf_common.Text(text, **style)


class _DossierWriter:
    def __init__(self, pdf: VetDeskPdf, dossier: ClaimDossier, language: str, translate: Translator,
                 annexes: Sequence[_Annex]) -> None:
        self.pdf = pdf
        self.out = pdf_common.PdfWriter(pdf, translate, CTX)
        self.dossier = dossier
        self.language = language
        self.annexes = annexes
        self.line = pdf_common.line_height(pdf_common.BODY_SIZE)
        self.section_number = 0

    def tr(self, source: str) -> str:
        return self.out.tr(source)

    def money(self, amount: Money | None) -> str:
        return "" if amount is None else format_money(amount, self.language)

    def date(self, value: date) -> str:
        return format_date(value, self.language)

    def rate(self, rate: Decimal) -> str:
        """Format a percentage as "3,25 %" (Spanish) or "3.25%" (English), with at least two decimals."""
        if rate.as_tuple().exponent > -2:
            rate = rate.quantize(Decimal("0.01"))
        if self.language == "en":
            return f"{rate}%"
        return f"{str(rate).replace('.', ',')}\u00a0%"

    def write(self) -> None:
        self.write_title()
        self.write_parties()
        self.write_summary()
        self.write_statement()
        self.write_invoices()
        self.write_reminders()
        self.write_interest()
        self.write_attachments()
        self.write_monitorio()
        self.write_annexes()

    def section(self, source: str) -> None:
        self.section_number += 1
        self.out.heading(f"{self.section_number}. {self.tr(source)}")

    def table(self, col_widths: Sequence[float], text_align: Sequence[str], **options):
        """Open an fpdf2 table in the house style: shaded heading row, repeated on each page, lines between rows."""
        from fpdf.fonts import FontFace

        return self.pdf.table(
            col_widths=col_widths, width=sum(col_widths), align="LEFT", text_align=tuple(text_align),
            line_height=self.line, headings_style=FontFace(emphasis="BOLD", fill_color=self.out.SHADE),
            borders_layout="HORIZONTAL_LINES", padding=ROW_PADDING, v_align="TOP", **options,
        )

    # Title and parties

    def write_title(self) -> None:
        pdf = self.pdf
        dossier = self.dossier
        title_width = pdf.epw
        logo_bottom = pdf.y
        if self.draw_logo(pdf.w - pdf_common.MARGIN - LOGO_BOX[0], pdf_common.MARGIN):
            logo_bottom = pdf_common.MARGIN + LOGO_BOX[1]
            title_width -= LOGO_BOX[0] + COLUMN_GAP

        title_size = pdf_common.TITLE_SIZE
        self.out.font(bold=True, size=title_size)
        pdf.multi_cell(title_width, pdf_common.line_height(title_size), self.tr(T_TITLE),
                       new_x="LMARGIN", new_y="NEXT")
        subtitle_size = pdf_common.BODY_SIZE + 1
        self.out.font(size=subtitle_size)
        subtitle = self.tr(T_SUBTITLE).format(reference=dossier.reference,
                                              date=format_long_date(dossier.prepared_on, self.language))
        pdf.multi_cell(title_width, pdf_common.line_height(subtitle_size), subtitle, new_x="LMARGIN", new_y="NEXT")
        self.out.font()
        if dossier.prepared_by:
            pdf.multi_cell(title_width, self.line, self.tr(T_PREPARED_BY).format(name=dossier.prepared_by),
                           new_x="LMARGIN", new_y="NEXT")
        if dossier.draft:
            self.out.font(bold=True)
            pdf.set_text_color(179, 38, 30)
            pdf.multi_cell(title_width, self.line, self.tr(T_DRAFT).format(reference=dossier.reference),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            self.out.font()
        pdf.set_y(max(pdf.y, logo_bottom) + 2)

    def draw_logo(self, x: float, y: float) -> bool:
        """Draw the clinic's logo scaled into LOGO_BOX, or log a warning and leave it out when it cannot be read."""
        data = self.dossier.logo
        if data is None:
            return False
        if _image_kind(data) is None:
            log.warning("The clinic logo is not a PNG or JPEG image; the claim dossier is printed without it")
            return False
        try:
            self.pdf.image(io.BytesIO(data), x=x, y=y, w=LOGO_BOX[0], h=LOGO_BOX[1], keep_aspect_ratio=True)
        except (OSError, ValueError, SyntaxError) as error:
            log.warning("The clinic logo could not be read (%s); the claim dossier is printed without it", error)
            return False
        return True

    def party_blocks(self, heading: str, party: DossierParty, id_label: str, *, debtor: bool) -> list[Text]:
        blocks = [_text(heading, bold=True, shaded=True), _text(party.name, bold=True, space_before=1)]
        if party.id_number:
            blocks.append(_text(self.tr(id_label).format(value=party.id_number)))
        elif debtor:
            # A court needs the debtor's identity number, so its absence is stated rather than hidden.
            blocks.append(_text(self.tr(T_ID_MISSING)))
        blocks.extend(_text(line) for line in party.address_lines if line.strip())
        if party.phone:
            blocks.append(_text(self.tr(T_PHONE).format(value=party.phone)))
        if party.email:
            blocks.append(_text(self.tr(T_EMAIL).format(value=party.email)))
        return blocks

    def write_parties(self) -> None:
        self.section(T_PARTIES)
        creditor = self.party_blocks(self.tr(T_CREDITOR), self.dossier.clinic, T_CLINIC_ID, debtor=False)
        debtor = self.party_blocks(self.tr(T_DEBTOR), self.dossier.client, T_CLIENT_ID, debtor=True)
        self.out.columns(creditor, lambda: self.out.write_blocks(debtor), left_width=PARTY_COLUMN, gap=COLUMN_GAP,
                         right_blocks=debtor)

    # Summary

    def write_summary(self) -> None:
        from fpdf.fonts import FontFace

        dossier = self.dossier
        interest = dossier.interest
        rows: list[tuple[str, str, bool]] = [(self.tr(T_PRINCIPAL), self.money(dossier.principal), False)]
        total = dossier.principal
        if interest is not None:
            if interest.as_of is not None:
                label = self.tr(T_INTEREST_TO).format(date=self.date(interest.as_of))
            else:
                label = self.tr(T_INTEREST)
            rows.append((label, self.money(interest.total), False))
            total = total + interest.total
        rows.append((self.tr(T_TOTAL_CLAIMED), self.money(total), True))

        self.section(T_SUMMARY)
        with self.table(SUMMARY_COLUMNS, ("LEFT", "RIGHT"), first_row_as_headings=False) as table:
            for label, value, bold in rows:
                table.row([label, value], style=FontFace(emphasis="BOLD") if bold else None)
        self.pdf.ln(2)
        if interest is None:
            self.out.paragraph(self.tr(T_NO_INTEREST_CLAIMED))
        self.out.paragraph(self.tr(T_LAST_SERVICE).format(date=self.date(dossier.last_service_on)))
        expired = dossier.expiry_on < dossier.prepared_on
        expiry = self.tr(T_EXPIRED if expired else T_EXPIRY).format(date=self.date(dossier.expiry_on))
        self.out.paragraph(expiry, bold=True)

    # Statement of account and invoices

    def statement_description(self, line: StatementLine) -> str:
        if line.kind == "charge":
            return line.description
        kind = self.tr(KIND_LABELS[line.kind])
        if not line.description.strip():
            return kind
        return self.tr(T_KIND_AND_DESCRIPTION).format(kind=kind, description=line.description)

    def write_statement(self) -> None:
        self.section(T_STATEMENT)
        if not self.dossier.statement:
            self.out.paragraph(self.tr(T_NO_STATEMENT))
            return
        headings = [self.tr(source) for source in (T_DATE, T_DESCRIPTION, T_PET, T_CHARGE, T_CREDIT, T_BALANCE)]
        with self.table(STATEMENT_COLUMNS, ("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT")) as table:
            table.row(headings)
            for line in self.dossier.statement:
                table.row([self.date(line.entry_date), self.statement_description(line), line.pet,
                           self.money(line.charge), self.money(line.credit), self.money(line.balance)])

    def write_invoices(self) -> None:
        from fpdf.fonts import FontFace

        self.section(T_INVOICES)
        invoices = self.dossier.invoices
        if not invoices:
            self.out.paragraph(self.tr(T_NO_INVOICES))
            return
        headings = [self.tr(source) for source in (T_REFERENCE, T_DATE, T_DUE_DATE, T_SERVICE, T_AMOUNT,
                                                   T_OUTSTANDING)]
        with self.table(INVOICE_COLUMNS, ("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT")) as table:
            table.row(headings)
            for invoice in invoices:
                service = invoice.description
                if invoice.pet:
                    service = self.tr(T_SERVICE_AND_PET).format(description=invoice.description, pet=invoice.pet)
                table.row([invoice.reference, self.date(invoice.entry_date), self.date(invoice.due_date), service,
                           self.money(invoice.amount), self.money(invoice.outstanding)])
            total_row = table.row(style=FontFace(emphasis="BOLD"))
            total_row.cell(self.tr(T_TOTAL), colspan=4)
            total_row.cell(self.money(Money.total(invoice.amount for invoice in invoices)))
            total_row.cell(self.money(Money.total(invoice.outstanding for invoice in invoices)))

    # Reminders

    def reminder_result(self, reminder: ReminderLine) -> str:
        status = reminder.status
        result = self.tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status
        if reminder.error.strip():
            result = f"{result}\n{self.tr(T_ERROR).format(error=reminder.error.strip())}"
        return result

    def write_reminders(self) -> None:
        self.section(T_REMINDERS)
        reminders = self.dossier.reminders
        if not reminders:
            self.out.paragraph(self.tr(T_NO_REMINDERS))
            return
        self.out.paragraph(self.tr(T_REMINDERS_INTRO))
        self.pdf.ln(1)
        headings = [self.tr(source) for source in (T_DATE, T_LEVEL, T_CHANNEL, T_RECIPIENT, T_RESULT, T_AMOUNT)]
        with self.table(REMINDER_COLUMNS, ("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT")) as table:
            table.row(headings)
            for reminder in reminders:
                sent = self.date(reminder.sent_on) if reminder.sent_on is not None else self.tr(T_NOT_SENT)
                level = f"{reminder.level} · {reminder.level_name}" if reminder.level_name else str(reminder.level)
                channel = reminder.channel
                channel = self.tr(CHANNEL_LABELS[channel]) if channel in CHANNEL_LABELS else channel
                table.row([sent, level, channel, reminder.recipient, self.reminder_result(reminder),
                           self.money(reminder.amount)])

    # Legal interest

    def write_interest(self) -> None:
        from fpdf.fonts import FontFace

        self.section(T_INTEREST)
        interest = self.dossier.interest
        if interest is None:
            self.out.paragraph(self.tr(T_NO_INTEREST_CLAIMED))
            return
        if interest.as_of is not None:
            method = self.tr(T_INTEREST_METHOD_TO).format(date=self.date(interest.as_of))
        else:
            method = self.tr(T_INTEREST_METHOD)
        self.out.paragraph(method)
        if not interest.lines:
            self.pdf.ln(1)
            self.out.paragraph(self.tr(T_NO_INTEREST_ACCRUED))
            return

        rates = {line.year: line.rate for line in interest.lines}
        applied = "; ".join(self.tr(T_RATE_OF_YEAR).format(year=year, rate=self.rate(rate))
                            for year, rate in sorted(rates.items()))
        self.out.paragraph(self.tr(T_RATES_APPLIED).format(rates=applied))
        self.pdf.ln(1)
        headings = [self.tr(source) for source in (T_CLAIMED_ON, T_PRINCIPAL_COLUMN, T_YEAR, T_DAYS, T_RATE,
                                                   T_INTEREST_COLUMN)]
        with self.table(INTEREST_COLUMNS, ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")) as table:
            table.row(headings)
            for line in interest.lines:
                table.row([self.date(line.due_date), self.money(line.principal), str(line.year), str(line.days),
                           self.rate(line.rate), self.money(line.interest)])
            total_row = table.row(style=FontFace(emphasis="BOLD"))
            total_row.cell(self.tr(T_TOTAL), colspan=5)
            total_row.cell(self.money(interest.total))

    # Documents attached, the note on the proceso monitorio, and the annexes

    def write_attachments(self) -> None:
        self.section(T_ATTACHMENTS)
        if not self.annexes:
            self.out.paragraph(self.tr(T_NO_ATTACHMENTS))
            return
        for annex in self.annexes:
            document = annex.document
            signed = (self.tr(T_SIGNED_ON).format(date=self.date(document.signed_on))
                      if document.signed_on is not None else self.tr(T_SIGNED_ON_UNKNOWN))
            blocks = [
                _text(self.tr(T_ANNEX).format(number=annex.number, title=document.title), bold=True, space_before=1),
                _text(self.tr(T_FILE_NAME).format(value=annex.embedded_name)),
                _text(self.tr(T_SHA256).format(value=document.sha256.strip().lower())),
                _text(signed),
                _text(self.tr(T_PAGE_COUNT).format(count=annex.page_count)),
            ]
            self.out.keep_space(self.out.blocks_height(blocks, self.pdf.epw))
            self.out.write_blocks(blocks)
            self.pdf.embed_file(bytes=document.pdf, basename=annex.embedded_name, desc=document.title,
                                mime_type="application/pdf")
        self.pdf.ln(2)
        self.paragraph_kept_whole(self.tr(T_ATTACHMENTS_NOTE))

    def write_monitorio(self) -> None:
        note = self.tr(T_MONITORIO_NOTE)
        # The heading and the whole note start on the same page.
        self.out.keep_space(pdf_common.line_height(pdf_common.HEADING_SIZE) + 4
                            + self.out.blocks_height([_text(note)], self.pdf.epw))
        self.section(T_MONITORIO)
        self.out.paragraph(note)

    def paragraph_kept_whole(self, text: str) -> None:
        """Write a paragraph, starting a new page first unless all of it fits on this one."""
        self.out.keep_space(self.out.blocks_height([_text(text)], self.pdf.epw))
        self.out.paragraph(text)

    def write_annexes(self) -> None:
        """Add one page per page of each attached PDF, with a caption above the image scaled to fit."""
        pdf = self.pdf
        caption_height = pdf_common.line_height(pdf_common.BODY_SIZE)
        top = pdf_common.MARGIN + caption_height + ANNEX_CAPTION_GAP
        box_width = pdf.epw
        box_height = pdf.h - pdf_common.BOTTOM_MARGIN - 2 - top
        for annex in self.annexes:
            images = annex.page_images()
            for index, image in enumerate(images, start=1):
                pdf.add_page()
                caption = self.tr(T_ANNEX_PAGE).format(number=annex.number, title=annex.document.title,
                                                       page=index, pages=len(images))
                self.out.font(bold=True)
                pdf.set_xy(pdf_common.MARGIN, pdf_common.MARGIN)
                pdf.cell(box_width, caption_height, caption)
                self.out.font()
                width, height = _fitted_size(image.width, image.height, box_width, box_height)
                x = pdf_common.MARGIN + (box_width - width) / 2
                pdf.image(image, x=x, y=top, w=width, h=height)
                # A thin frame shows where the attached page ends, since its background is white too.
                pdf.set_draw_color(160, 160, 160)
                pdf.rect(x, top, width, height)
                pdf.set_draw_color(0, 0, 0)


def _fitted_size(width: float, height: float, box_width: float, box_height: float) -> tuple[float, float]:
    """Return the size of a width × height image scaled to fit the box, keeping its aspect ratio."""
    scale = min(box_width / width, box_height / height)
    return width * scale, height * scale
