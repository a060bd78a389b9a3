"""Reminder letters for window envelopes, and the page that calibrates the window, rendered as A4 PDFs.

A letter has these parts, from the top. The certified-post line comes first
when the level is sent by burofax or certified post. Then come the clinic's
letterhead beside the envelope window, the client's name and address inside
the window, and the place, date and subject below it. The body paragraphs
follow, then the table of amounts still owed, the ways to pay, the offer of a
payment plan, the closing and the clinic's name. The footer carries the
letter's reference and its own page numbers, also in a batch of letters
printed as one document.

Nothing about the debt is printed in or near the window, because that is
what the envelope shows. The window contains only the name and the address.
Other text keeps GAP_AROUND_WINDOW away from it, since a letter slides a few
millimetres inside its envelope. Labels go through ``translate`` in context
"ReminderLetter"; the body is the clinic's text, already filled in (see
``vetdesk.domain.reminder_templates``).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from vetdesk.documents.payment_terms import TermsParty
from vetdesk.domain.formatting import format_date, format_long_date, language_code
from vetdesk.domain.identity import format_phone, normalize_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, Translator, UserError, UserMessage
from vetdesk.domain.money import Money, format_money
from vetdesk.lazy import lazy_import

if TYPE_CHECKING:
    from vetdesk.documents.pdf_common import PdfWriter, VetDeskPdf

# fpdf2 takes about 0.3 s to import, so it is loaded with the first document, not at start-up.
pdf_common = lazy_import("vetdesk.documents.pdf_common")

log = logging.getLogger("vetdesk.documents")

CTX = "ReminderLetter"

PAGE_WIDTH = 210
PAGE_HEIGHT = 297
# pdf_common.MARGIN, repeated here so that check_window does not load fpdf2.
PAGE_MARGIN = 18
# Between the window's edge and the address printed inside it.
WINDOW_PADDING = 4
# Other text keeps this far from the window, because the letter moves inside the envelope.
GAP_AROUND_WINDOW = 8
# Window limits that check_window enforces. The certified-post line sits above WINDOW_MIN_TOP, and
# the lower half of the sheet is kept for the letter's text.
WINDOW_MIN_TOP = 20
WINDOW_MAX_BOTTOM = PAGE_HEIGHT / 2
WINDOW_MIN_WIDTH = 40
WINDOW_MIN_HEIGHT = 20
MIN_LETTERHEAD_WIDTH = 60
# Type size and line spacing tried in turn until the address fits the window. 1.15 is the smallest
# line spacing allowed for consumer documents.
ADDRESS_STYLES = ((10, 1.3), (10, 1.15), (9, 1.15), (8, 1.15))
CERTIFIED_LINE_TOP = 9
LOGO_BOX = (40.0, 20.0)
LETTERHEAD_SIZE = 9
# Date, description and amount; together the 174 mm text width of A4 with 18 mm margins.
ITEM_COLUMNS = (30, 106, 38)
ROW_PADDING = 0.8
PARAGRAPH_GAP = 2.5
SIGNATURE_SPACE = 14
BULLET_INDENT = 5

T_TITLE = QT_TRANSLATE_NOOP("ReminderLetter", "Letter {reference}")
T_BATCH_TITLE = QT_TRANSLATE_NOOP("ReminderLetter", "Letters")
T_FOOTER = QT_TRANSLATE_NOOP("ReminderLetter", "Reference {reference} · Page {page} of {pages}")
T_CERTIFIED = QT_TRANSLATE_NOOP("ReminderLetter", "Sent by burofax / certified post")
T_TAX_ID = QT_TRANSLATE_NOOP("ReminderLetter", "CIF/NIF {value}")
T_PHONE = QT_TRANSLATE_NOOP("ReminderLetter", "Tel. {value}")
SUBJECTS = {
    1: QT_TRANSLATE_NOOP("ReminderLetter", "Payment reminder"),
    2: QT_TRANSLATE_NOOP("ReminderLetter", "Second payment reminder"),
    3: QT_TRANSLATE_NOOP("ReminderLetter", "Formal request for payment"),
    4: QT_TRANSLATE_NOOP("ReminderLetter", "Proposal to settle the amount owed"),
}
AGREEMENT_SUBJECTS = {
    1: QT_TRANSLATE_NOOP("ReminderLetter", "Reminder: instalment of payment agreement {number}"),
    2: QT_TRANSLATE_NOOP("ReminderLetter", "Second reminder: instalments of payment agreement {number}"),
    3: QT_TRANSLATE_NOOP("ReminderLetter", "Formal request for payment: payment agreement {number}"),
    4: QT_TRANSLATE_NOOP("ReminderLetter", "Proposal to settle payment agreement {number}"),
}
T_DUE_DATE = QT_TRANSLATE_NOOP("ReminderLetter", "Due date")
T_DESCRIPTION = QT_TRANSLATE_NOOP("ReminderLetter", "Description")
T_AMOUNT = QT_TRANSLATE_NOOP("ReminderLetter", "Amount owed")
T_TOTAL = QT_TRANSLATE_NOOP("ReminderLetter", "Total owed")
T_HOW_TO_PAY = QT_TRANSLATE_NOOP("ReminderLetter", "How to pay")
T_PAY_TRANSFER = QT_TRANSLATE_NOOP(
    "ReminderLetter", "By bank transfer to the account {iban}, giving the reference {reference}.")
T_PAY_BIZUM = QT_TRANSLATE_NOOP("ReminderLetter", "By Bizum to {phone}, giving the reference {reference}.")
T_PAY_DESK = QT_TRANSLATE_NOOP("ReminderLetter", "At the clinic's front desk.")
T_PLAN_HEADING = QT_TRANSLATE_NOOP("ReminderLetter", "Would you rather pay in instalments?")
T_PLAN_TEXT = QT_TRANSLATE_NOOP(
    "ReminderLetter",
    "We can agree a payment plan with you that suits your means. Call or write to us and we will "
    "prepare it together.")
T_QUESTIONS_PHONE_EMAIL = QT_TRANSLATE_NOOP(
    "ReminderLetter", "If you have any questions, call us on {phone} or write to us at {email}.")
T_QUESTIONS_PHONE = QT_TRANSLATE_NOOP("ReminderLetter", "If you have any questions, call us on {phone}.")
T_QUESTIONS_EMAIL = QT_TRANSLATE_NOOP("ReminderLetter", "If you have any questions, write to us at {email}.")
T_CLOSING = QT_TRANSLATE_NOOP("ReminderLetter", "Yours sincerely,")

T_CALIBRATION_TITLE = QT_TRANSLATE_NOOP("ReminderLetter", "Envelope window calibration")
T_CALIBRATION_FRAME = QT_TRANSLATE_NOOP("ReminderLetter", "The address is printed here")
T_CALIBRATION_POSITION = QT_TRANSLATE_NOOP("ReminderLetter", "Left {left} mm · top {top} mm")
T_CALIBRATION_SIZE = QT_TRANSLATE_NOOP("ReminderLetter", "Width {width} mm · height {height} mm")
T_CALIBRATION_INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "ReminderLetter",
    "Print on plain paper at 100 % (no scaling), fold it into the envelope and check that the frame falls "
    "inside the window; adjust the values in Settings → Messages.")
T_CALIBRATION_VALUES = QT_TRANSLATE_NOOP("ReminderLetter", "Current values of the window:")
T_CALIBRATION_LEFT = QT_TRANSLATE_NOOP("ReminderLetter", "Left: {value} mm from the left edge of the sheet")
T_CALIBRATION_TOP = QT_TRANSLATE_NOOP("ReminderLetter", "Top: {value} mm from the top edge of the sheet")
T_CALIBRATION_WIDTH = QT_TRANSLATE_NOOP("ReminderLetter", "Width: {value} mm")
T_CALIBRATION_HEIGHT = QT_TRANSLATE_NOOP("ReminderLetter", "Height: {value} mm")
T_CALIBRATION_PADDING = QT_TRANSLATE_NOOP(
    "ReminderLetter",
    "The solid frame is the window. The address is printed inside the dotted frame, {padding} mm from "
    "the window's edges. The rulers along the top and left edges of the sheet are in millimetres.")
T_CALIBRATION_SCALE = QT_TRANSLATE_NOOP(
    "ReminderLetter", "This line is 100 mm long. If it measures less, the printer scaled the page.")

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"
_POSTAL_CODE = re.compile(r"^[0-9]{5}\s+")
_PROVINCE = re.compile(r"\s*\(.*\)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LIST_MARKER = re.compile(r"\s*([0-9]{1,2}[.)]|[-•])\s+")


@dataclass(frozen=True)
class LetterItem:
    due_date: date
    description: str
    # The amount still owed after partial payments and credit notes.
    amount: Money


@dataclass(frozen=True)
class EnvelopeWindow:
    """The window of the clinic's envelopes, in millimetres from the top left corner of the A4 sheet."""

    left_mm: float
    top_mm: float
    width_mm: float
    height_mm: float

    @property
    def right_mm(self) -> float:
        return self.left_mm + self.width_mm

    @property
    def bottom_mm(self) -> float:
        return self.top_mm + self.height_mm


@dataclass(frozen=True)
class ReminderLetter:
    """Everything printed on one reminder letter."""

    reference: str
    level: int
    # Level sent by burofax or certified post, which the letter states at the top.
    certified: bool
    # The letter offers to agree a payment plan.
    offer_plan: bool
    language: str
    letter_date: date
    clinic: TermsParty
    # PNG or JPEG bytes.
    clinic_logo: bytes | None
    client_name: str
    client_address_lines: tuple[str, ...]
    items: tuple[LetterItem, ...]
    # Must equal the sum of the items' amounts.
    total: Money
    # The filled letter text; a blank line separates paragraphs and a line break is kept as one.
    body: str
    # "" leaves bank transfer out of the ways to pay; spaces in it do not matter.
    iban: str
    # "" leaves Bizum out of the ways to pay.
    bizum_phone: str
    # Set for a late instalment of a payment agreement; the subject then names the agreement.
    agreement_number: str = ""
    # Town before the date; "" takes the clinic's last address line without its postal code.
    place: str = ""


def check_window(window: EnvelopeWindow) -> UserMessage | None:
    """Return why letters cannot use ``window``, or None.

    The window must lie on the sheet, between WINDOW_MIN_TOP and the middle
    of the sheet, be at least WINDOW_MIN_WIDTH by WINDOW_MIN_HEIGHT, and
    leave MIN_LETTERHEAD_WIDTH beside it for the clinic's letterhead.
    """
    values = {"left": _number(window.left_mm), "top": _number(window.top_mm),
              "width": _number(window.width_mm), "height": _number(window.height_mm)}
    if window.width_mm < WINDOW_MIN_WIDTH or window.height_mm < WINDOW_MIN_HEIGHT:
        return UserMessage("ReminderLetter", QT_TRANSLATE_NOOP(
            "ReminderLetter",
            "The envelope window of {width} × {height} mm is too small for an address. "
            "Make it at least {min_width} × {min_height} mm in Settings → Messages."),
            {**values, "min_width": WINDOW_MIN_WIDTH, "min_height": WINDOW_MIN_HEIGHT})
    if window.left_mm < 0 or window.right_mm > PAGE_WIDTH:
        return UserMessage("ReminderLetter", QT_TRANSLATE_NOOP(
            "ReminderLetter",
            "The envelope window, {left} mm from the left and {width} mm wide, does not fit the {page} mm "
            "width of the sheet. Correct it in Settings → Messages."),
            {**values, "page": PAGE_WIDTH})
    if window.top_mm < WINDOW_MIN_TOP or window.bottom_mm > WINDOW_MAX_BOTTOM:
        return UserMessage("ReminderLetter", QT_TRANSLATE_NOOP(
            "ReminderLetter",
            "The envelope window, {top} mm from the top and {height} mm high, must lie between {min_top} mm "
            "and {max_bottom} mm from the top of the sheet. Correct it in Settings → Messages."),
            {**values, "min_top": WINDOW_MIN_TOP, "max_bottom": _number(WINDOW_MAX_BOTTOM)})
    if _letterhead_span(window)[1] < MIN_LETTERHEAD_WIDTH:
        return UserMessage("ReminderLetter", QT_TRANSLATE_NOOP(
            "ReminderLetter",
            "The envelope window leaves less than {minimum} mm beside it for the clinic's letterhead. "
            "Move it towards one side of the sheet in Settings → Messages."),
            {"minimum": MIN_LETTERHEAD_WIDTH})
    return None


def render_reminder_letter(letter: ReminderLetter, window: EnvelopeWindow, translate: Translator) -> bytes:
    """Render one letter as an A4 PDF and return its bytes.

    ``translate(context, source)`` translates the labels, for example the
    callable of ``vetdesk.translation.document_translator(letter.language)``.
    Raise UserError when the window cannot be used (see ``check_window``) or
    the client's address is missing or does not fit the window, and
    ValueError when the items do not add up to the total.
    """
    return _render([letter], window, translate, title=translate(CTX, T_TITLE).format(reference=letter.reference))


def render_letters(letters: Sequence[ReminderLetter], window: EnvelopeWindow, translate: Translator) -> bytes:
    """Render a batch of letters as one PDF for printing, each letter from a new page with its own page numbers.

    All labels use ``translate``, so a batch is printed in one language of
    labels; each letter's dates and amounts follow its own ``language``.
    Raise as ``render_reminder_letter`` does, with the letter's reference or
    client in the message, and ValueError for an empty batch.
    """
    if not letters:
        raise ValueError("render_letters needs at least one letter")
    return _render(letters, window, translate, title=translate(CTX, T_BATCH_TITLE))


def _render(letters: Sequence[ReminderLetter], window: EnvelopeWindow, translate: Translator, *, title: str) -> bytes:
    problem = check_window(window)
    if problem is not None:
        raise UserError(problem, field="window")
    for letter in letters:
        _check_letter(letter)
    pdf = pdf_common.VetDeskPdf(title=title, language=language_code(letters[0].language))
    try:
        pdf.set_creation_date(_noon(letters[0].letter_date))
        for letter in letters:
            first_page = pdf.page + 1
            pdf.add_page()
            _LetterWriter(pdf, letter, window, translate).write()
            _number_pages(pdf, first_page, translate(CTX, T_FOOTER), letter.reference)
        return pdf.finish()
    finally:
        pdf.close_fonts()


def _noon(day: date) -> datetime:
    # A fixed creation time makes the same letters give the same bytes.
    return datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)


def _check_letter(letter: ReminderLetter) -> None:
    language_code(letter.language)
    if letter.level < 1:
        raise ValueError(f"Letter {letter.reference}: reminder level {letter.level} does not exist")
    if not letter.items:
        raise ValueError(f"Letter {letter.reference} lists no amounts")
    total = Money.total(item.amount for item in letter.items)
    if total != letter.total:
        raise ValueError(f"Letter {letter.reference}: the items add up to {total.amount}, "
                         f"not to the total {letter.total.amount}")
    if not letter.client_name.strip() or not any(line.strip() for line in letter.client_address_lines):
        raise UserError(UserMessage("ReminderLetter", QT_TRANSLATE_NOOP(
            "ReminderLetter",
            "The letter {reference} has no postal address for {name}. Add the address to the client's "
            "details, or send this reminder another way."),
            {"reference": letter.reference, "name": letter.client_name or "?"}), field="address")


def _number_pages(pdf: VetDeskPdf, first_page: int, footer: str, reference: str) -> None:
    """Write the footer on each page of the letter that started on ``first_page``, now that its length is known."""
    last_page = pdf.page
    x, y = pdf.x, pdf.y
    auto_page_break, bottom_margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False)
    try:
        for page in range(first_page, last_page + 1):
            # NOTE: fpdf2 2.8 lets a document go back to an earlier page by setting ``page``, but it tracks
            # the current font for the whole document. Resetting the flag writes the font into that page
            # again, or the text would take the page's last font size
            # (https://github.com/py-pdf/fpdf2/issues/1317).
            pdf.page = page
            pdf.current_font_is_set_on_page = False
            pdf.set_font(pdf_common.FONT_FAMILY, "", pdf_common.FOOTER_SIZE)
            pdf.set_text_color(60, 60, 60)
            pdf.set_xy(pdf_common.MARGIN, PAGE_HEIGHT - pdf_common.BOTTOM_MARGIN + 6)
            text = footer.format(reference=reference, page=page - first_page + 1, pages=last_page - first_page + 1)
            pdf.cell(PAGE_WIDTH - 2 * pdf_common.MARGIN, pdf_common.line_height(pdf_common.FOOTER_SIZE), text,
                     align="C")
    finally:
        pdf.page = last_page
        pdf.current_font_is_set_on_page = False
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(pdf_common.FONT_FAMILY, "", pdf_common.BODY_SIZE)
        pdf.set_auto_page_break(auto_page_break, bottom_margin)
        pdf.set_xy(x, y)


def _number(value: float) -> str:
    """Format millimetres without a useless ".0": 110, 47.5."""
    return f"{value:g}"


def _letterhead_span(window: EnvelopeWindow) -> tuple[float, float]:
    """Return (x, width) of the wider free strip beside the window, where the letterhead goes."""
    left = (PAGE_MARGIN, window.left_mm - GAP_AROUND_WINDOW - PAGE_MARGIN)
    right_x = window.right_mm + GAP_AROUND_WINDOW
    right = (right_x, PAGE_WIDTH - PAGE_MARGIN - right_x)
    return left if left[1] >= right[1] else right


def _place(letter: ReminderLetter) -> str:
    if letter.place.strip():
        return letter.place.strip()
    lines = [line.strip() for line in letter.clinic.address_lines if line.strip()]
    if not lines:
        return ""
    return _PROVINCE.sub("", _POSTAL_CODE.sub("", lines[-1])).strip()


def _group_iban(iban: str) -> str:
    compact = "".join(iban.split()).upper()
    return " ".join(compact[start:start + 4] for start in range(0, len(compact), 4))


def _phone(text: str) -> str:
    """Format a phone number as "600 12 34 56", or return it as typed when it is not a valid number."""
    try:
        return format_phone(normalize_phone(text))
    except UserError:
        return text.strip()


def _image_kind(data: bytes | None) -> str | None:
    if data and data.startswith(_PNG_SIGNATURE):
        return "PNG"
    if data and data.startswith(_JPEG_SIGNATURE):
        return "JPEG"
    return None


class _LetterWriter:
    def __init__(self, pdf: VetDeskPdf, letter: ReminderLetter, window: EnvelopeWindow,
                 translate: Translator) -> None:
        self.pdf = pdf
        self.out: PdfWriter = pdf_common.PdfWriter(pdf, translate, CTX)
        self.letter = letter
        self.window = window
        self.language = language_code(letter.language)
        self.line = pdf_common.line_height(pdf_common.BODY_SIZE)

    def tr(self, source: str) -> str:
        return self.out.tr(source)

    def fits(self, text: str, width: float) -> bool:
        """Tell whether ``text`` fits on one line of a cell ``width`` mm wide in the current font."""
        return "\n" not in text and self.pdf.get_string_width(text) <= width - 2 * self.pdf.c_margin

    def paragraph(self, text: str, *, bold: bool = False, width: float = 0) -> None:
        """Write ``text`` from the current position, wrapped at ``width`` mm (0: to the right margin).

        A text that fits on one line is written with ``cell``, which gives the
        same result as ``multi_cell`` in a fraction of the time.
        """
        pdf = self.pdf
        self.out.font(bold=bold)
        width = width or pdf.w - pdf.r_margin - pdf.x
        if self.fits(text, width):
            pdf.cell(width, self.line, text, new_x="LEFT", new_y="NEXT")
        else:
            pdf.multi_cell(width, self.line, text, align="L", new_x="LEFT", new_y="NEXT")
        self.out.font()

    def money(self, amount: Money) -> str:
        return format_money(amount, self.language)

    def write(self) -> None:
        letterhead_bottom = self.write_letterhead()
        self.write_address()
        self.write_date_and_subject(max(self.window.bottom_mm + GAP_AROUND_WINDOW, letterhead_bottom + 6))
        self.write_body()
        self.write_items()
        self.write_how_to_pay()
        if self.letter.offer_plan:
            self.write_plan_offer()
        self.write_questions()
        self.write_closing()

    # The first page's top: certified-post line, letterhead, address, date and subject

    def write_letterhead(self) -> float:
        """Write the certified-post line and the clinic's letterhead beside the window; return the bottom."""
        pdf = self.pdf
        margin = pdf_common.MARGIN
        if self.letter.certified:
            self.out.font(bold=True)
            pdf.set_xy(margin, CERTIFIED_LINE_TOP)
            pdf.cell(PAGE_WIDTH - 2 * margin, self.line, self.tr(T_CERTIFIED), align="R")

        x, width = _letterhead_span(self.window)
        y = float(margin)
        if self.draw_logo(x, y):
            y += LOGO_BOX[1] + 2
        clinic = self.letter.clinic
        pdf.set_xy(x, y)
        self.letterhead_line(clinic.name, width, pdf_common.HEADING_SIZE, bold=True)
        lines = []
        if clinic.tax_id:
            lines.append(self.tr(T_TAX_ID).format(value=clinic.tax_id))
        lines.extend(line for line in clinic.address_lines if line.strip())
        if clinic.phone:
            lines.append(self.tr(T_PHONE).format(value=_phone(clinic.phone)))
        if clinic.email:
            lines.append(clinic.email)
        for line in lines:
            self.letterhead_line(line, width, LETTERHEAD_SIZE)
        self.out.font()
        return pdf.y

    def letterhead_line(self, text: str, width: float, size: float, *, bold: bool = False) -> None:
        self.out.font(bold=bold, size=size)
        height = pdf_common.line_height(size)
        if self.fits(text, width):
            self.pdf.cell(width, height, text, new_x="LEFT", new_y="NEXT")
        else:
            self.pdf.multi_cell(width, height, text, align="L", new_x="LEFT", new_y="NEXT")

    def draw_logo(self, x: float, y: float) -> bool:
        data = self.letter.clinic_logo
        if data is None:
            return False
        problem = None
        if _image_kind(data) is None:
            problem = "is not a PNG or JPEG image"
        else:
            try:
                self.pdf.image(io.BytesIO(data), x=x, y=y, w=LOGO_BOX[0], h=LOGO_BOX[1], keep_aspect_ratio=True)
                return True
            except (OSError, ValueError, SyntaxError) as error:
                problem = f"could not be read ({error})"
        log.warning("The clinic logo %s; letter %s is printed without it", problem, self.letter.reference)
        return False

    def address_lines(self) -> tuple[float, float, list[str]]:
        """Return the type size, line height and lines of the address at the largest style that fits the window."""
        pdf = self.pdf
        width = self.window.width_mm - 2 * WINDOW_PADDING
        height = self.window.height_mm - 2 * WINDOW_PADDING
        lines: list[str] = []
        for size, spacing in ADDRESS_STYLES:
            self.out.font(size=size)
            lines = []
            for text in (self.letter.client_name, *self.letter.client_address_lines):
                text = text.strip()
                if self.fits(text, width):
                    lines.append(text)
                elif text:
                    lines.extend(pdf.multi_cell(width, 1, text, dry_run=True, output="LINES"))
            line_height = size * pdf_common.MM_PER_POINT * spacing
            if len(lines) * line_height <= height:
                return size, line_height, lines
        size, spacing = ADDRESS_STYLES[-1]
        room = int(height // (size * pdf_common.MM_PER_POINT * spacing))
        raise UserError(UserMessage("ReminderLetter", QT_TRANSLATE_NOOP(
            "ReminderLetter",
            "The address of {name} takes {lines} lines, but the envelope window has room for {room}. "
            "Shorten the address, or make the window larger in Settings → Messages."),
            {"name": self.letter.client_name, "lines": len(lines), "room": room}), field="address")

    def write_address(self) -> None:
        """Write the name and address inside the window, centred vertically so that it tolerates some play."""
        pdf = self.pdf
        size, line_height, lines = self.address_lines()
        inner_height = self.window.height_mm - 2 * WINDOW_PADDING
        x = self.window.left_mm + WINDOW_PADDING
        y = self.window.top_mm + WINDOW_PADDING + (inner_height - len(lines) * line_height) / 2
        self.out.font(size=size)
        for line in lines:
            pdf.set_xy(x, y)
            pdf.cell(self.window.width_mm - 2 * WINDOW_PADDING, line_height, line)
            y += line_height
        self.out.font()

    def write_date_and_subject(self, top: float) -> None:
        pdf = self.pdf
        letter = self.letter
        long_date = format_long_date(letter.letter_date, self.language)
        place = _place(letter)
        pdf.set_xy(pdf.l_margin, top)
        self.out.font()
        pdf.cell(pdf.epw, self.line, f"{place}, {long_date}" if place else long_date, align="R",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        level = min(letter.level, max(SUBJECTS))
        if letter.agreement_number:
            subject = self.tr(AGREEMENT_SUBJECTS[level]).format(number=letter.agreement_number)
        else:
            subject = self.tr(SUBJECTS[level])
        self.paragraph(subject, bold=True)
        pdf.ln(4)

    # Body, amounts, ways to pay

    def write_body(self) -> None:
        """Write the body's paragraphs; lines starting "1.", "-" or "•" get a hanging indent, as lists."""
        for paragraph in _PARAGRAPH_BREAK.split(self.letter.body.strip()):
            if not paragraph.strip():
                continue
            text: list[str] = []
            for line in paragraph.strip("\n").split("\n"):
                marker = _LIST_MARKER.match(line)
                if marker is None:
                    text.append(line)
                    continue
                if text:
                    self.paragraph("\n".join(text))
                    text = []
                self.bullet(line[marker.end():], marker.group(1))
            if text:
                self.paragraph("\n".join(text))
            self.pdf.ln(PARAGRAPH_GAP)

    def write_items(self) -> None:
        pdf = self.pdf
        labels = (self.tr(T_DUE_DATE), self.tr(T_DESCRIPTION), self.tr(T_AMOUNT))
        self.out.keep_space(3 * (self.line + 2 * ROW_PADDING))
        pdf.ln(1)
        self.items_header(labels)
        pdf.set_draw_color(190, 190, 190)
        for item in self.letter.items:
            self.item_row(labels, format_date(item.due_date, self.language), item.description,
                          self.money(item.amount))
        self.out.keep_space(self.line + 2 * ROW_PADDING)
        pdf.set_draw_color(90, 90, 90)
        pdf.line(pdf.l_margin, pdf.y, pdf.l_margin + sum(ITEM_COLUMNS), pdf.y)
        self.out.font(bold=True)
        pdf.set_y(pdf.y + ROW_PADDING)
        pdf.cell(ITEM_COLUMNS[0] + ITEM_COLUMNS[1], self.line, self.tr(T_TOTAL))
        pdf.cell(ITEM_COLUMNS[2], self.line, self.money(self.letter.total), align="R", new_x="LMARGIN",
                 new_y="NEXT")
        pdf.set_y(pdf.y + ROW_PADDING)
        self.out.font()
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(PARAGRAPH_GAP + 1)

    def items_header(self, labels: tuple[str, str, str]) -> None:
        pdf = self.pdf
        height = self.line + 2 * ROW_PADDING
        pdf.set_fill_color(*self.out.SHADE)
        pdf.rect(pdf.l_margin, pdf.y, sum(ITEM_COLUMNS), height, style="F")
        self.out.font(bold=True)
        top = pdf.y + ROW_PADDING
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(ITEM_COLUMNS[0], self.line, labels[0])
        pdf.cell(ITEM_COLUMNS[1], self.line, labels[1])
        pdf.cell(ITEM_COLUMNS[2], self.line, labels[2], align="R")
        pdf.set_xy(pdf.l_margin, top + self.line + ROW_PADDING)
        self.out.font()

    def item_row(self, labels: tuple[str, str, str], due: str, description: str, amount: str) -> None:
        pdf = self.pdf
        description_width = ITEM_COLUMNS[1]
        if pdf.get_string_width(description) <= description_width - 2 * pdf.c_margin:
            description_lines = [description]
        else:
            description_lines = pdf.multi_cell(description_width, self.line, description, dry_run=True,
                                               output="LINES")
        height = len(description_lines) * self.line + 2 * ROW_PADDING
        if pdf.will_page_break(height):
            pdf.add_page()
            self.items_header(labels)
        top = pdf.y + ROW_PADDING
        x = pdf.l_margin
        pdf.set_xy(x, top)
        pdf.cell(ITEM_COLUMNS[0], self.line, due)
        for number, line in enumerate(description_lines):
            pdf.set_xy(x + ITEM_COLUMNS[0], top + number * self.line)
            pdf.cell(description_width, self.line, line)
        pdf.set_xy(x + ITEM_COLUMNS[0] + description_width, top)
        pdf.cell(ITEM_COLUMNS[2], self.line, amount, align="R")
        bottom = top + len(description_lines) * self.line + ROW_PADDING
        pdf.line(x, bottom, x + sum(ITEM_COLUMNS), bottom)
        pdf.set_xy(x, bottom)

    def bullet(self, text: str, marker: str = "•") -> None:
        """Write ``text`` with ``marker`` before it and its following lines indented under the first."""
        pdf = self.pdf
        self.out.keep_space(self.line)
        top = pdf.y
        pdf.set_x(pdf.l_margin)
        pdf.cell(BULLET_INDENT, self.line, marker)
        pdf.set_xy(pdf.l_margin + BULLET_INDENT, top)
        self.paragraph(text, width=pdf.epw - BULLET_INDENT)
        pdf.set_x(pdf.l_margin)

    def write_how_to_pay(self) -> None:
        letter = self.letter
        ways = []
        if letter.iban.strip():
            ways.append(self.tr(T_PAY_TRANSFER).format(iban=_group_iban(letter.iban), reference=letter.reference))
        if letter.bizum_phone.strip():
            ways.append(self.tr(T_PAY_BIZUM).format(phone=_phone(letter.bizum_phone),
                                                    reference=letter.reference))
        ways.append(self.tr(T_PAY_DESK))
        self.out.keep_space((len(ways) + 2) * self.line)
        self.paragraph(self.tr(T_HOW_TO_PAY), bold=True)
        for way in ways:
            self.bullet(way)
        self.pdf.ln(PARAGRAPH_GAP)

    def write_plan_offer(self) -> None:
        self.out.keep_space(4 * self.line)
        self.paragraph(self.tr(T_PLAN_HEADING), bold=True)
        self.paragraph(self.tr(T_PLAN_TEXT))
        self.pdf.ln(PARAGRAPH_GAP)

    def write_questions(self) -> None:
        clinic = self.letter.clinic
        phone = _phone(clinic.phone) if clinic.phone.strip() else ""
        if phone and clinic.email:
            text = self.tr(T_QUESTIONS_PHONE_EMAIL).format(phone=phone, email=clinic.email)
        elif phone:
            text = self.tr(T_QUESTIONS_PHONE).format(phone=phone)
        elif clinic.email:
            text = self.tr(T_QUESTIONS_EMAIL).format(email=clinic.email)
        else:
            return
        self.paragraph(text)
        self.pdf.ln(PARAGRAPH_GAP)

    def write_closing(self) -> None:
        pdf = self.pdf
        self.out.keep_space(2 * self.line + SIGNATURE_SPACE)
        self.paragraph(self.tr(T_CLOSING))
        pdf.ln(SIGNATURE_SPACE)
        self.paragraph(self.letter.clinic.name, bold=True)


# The calibration page

RULER_TICKS = ((10, 5.0), (5, 3.5), (1, 2.0))
RULER_LABEL_OFFSET = 7
RULER_LABEL_SIZE = 6
SCALE_LINE = 100


def render_calibration_page(window: EnvelopeWindow, translate: Translator, language: str = "es") -> bytes:
    """Render an A4 page that shows where the envelope window is, with rulers, the values and instructions.

    ``language`` is the language of ``translate``, recorded in the PDF. Raise
    UserError when the window cannot be used (see ``check_window``).
    """
    problem = check_window(window)
    if problem is not None:
        raise UserError(problem, field="window")
    pdf = pdf_common.VetDeskPdf(title=translate(CTX, T_CALIBRATION_TITLE), language=language_code(language))
    try:
        pdf.set_auto_page_break(False)
        pdf.add_page()
        _CalibrationWriter(pdf, window, translate).write()
        return pdf.finish()
    finally:
        pdf.close_fonts()


class _CalibrationWriter:
    def __init__(self, pdf: VetDeskPdf, window: EnvelopeWindow, translate: Translator) -> None:
        self.pdf = pdf
        self.out: PdfWriter = pdf_common.PdfWriter(pdf, translate, CTX)
        self.window = window
        self.line = pdf_common.line_height(pdf_common.BODY_SIZE)

    def tr(self, source: str) -> str:
        return self.out.tr(source)

    def write(self) -> None:
        self.draw_rulers()
        self.draw_guides()
        self.draw_window()
        self.write_title()
        self.write_instructions()

    def draw_rulers(self) -> None:
        """Draw millimetre rulers from the top and left edges of the sheet, numbered every 10 mm."""
        pdf = self.pdf
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.15)
        self.out.font(size=RULER_LABEL_SIZE)
        for millimetre in range(1, PAGE_WIDTH):
            length = next(size for step, size in RULER_TICKS if millimetre % step == 0)
            pdf.line(millimetre, 0, millimetre, length)
            if millimetre % 10 == 0 and millimetre < PAGE_WIDTH - 5:
                pdf.set_xy(millimetre - 5, RULER_LABEL_OFFSET - 1)
                pdf.cell(10, 2.5, str(millimetre), align="C")
        for millimetre in range(1, PAGE_HEIGHT):
            length = next(size for step, size in RULER_TICKS if millimetre % step == 0)
            pdf.line(0, millimetre, length, millimetre)
            if millimetre % 10 == 0 and millimetre < PAGE_HEIGHT - 5:
                pdf.set_xy(RULER_LABEL_OFFSET - 1, millimetre - 1.25)
                pdf.cell(8, 2.5, str(millimetre))
        self.out.font()

    def draw_guides(self) -> None:
        """Draw dashed lines from the window's edges to the rulers, where its position can be read."""
        pdf = self.pdf
        window = self.window
        pdf.set_draw_color(200, 30, 30)
        pdf.set_line_width(0.1)
        pdf.set_dash_pattern(dash=1, gap=1)
        # The guides stop short of the rulers' numbers, so that they stay readable.
        start = RULER_LABEL_OFFSET + 3
        for x in (window.left_mm, window.right_mm):
            pdf.line(x, start, x, window.top_mm)
        for y in (window.top_mm, window.bottom_mm):
            pdf.line(start + 4, y, window.left_mm, y)
        pdf.set_dash_pattern()

    def draw_window(self) -> None:
        pdf = self.pdf
        window = self.window
        pdf.set_draw_color(200, 30, 30)
        pdf.set_line_width(0.5)
        pdf.rect(window.left_mm, window.top_mm, window.width_mm, window.height_mm)
        pdf.set_line_width(0.2)
        pdf.set_dash_pattern(dash=0.5, gap=1)
        pdf.rect(window.left_mm + WINDOW_PADDING, window.top_mm + WINDOW_PADDING,
                 window.width_mm - 2 * WINDOW_PADDING, window.height_mm - 2 * WINDOW_PADDING)
        pdf.set_dash_pattern()
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)

        inner_width = window.width_mm - 2 * WINDOW_PADDING
        lines = [self.tr(T_CALIBRATION_FRAME),
                 self.tr(T_CALIBRATION_POSITION).format(left=_number(window.left_mm), top=_number(window.top_mm)),
                 self.tr(T_CALIBRATION_SIZE).format(width=_number(window.width_mm),
                                                    height=_number(window.height_mm))]
        y = window.top_mm + WINDOW_PADDING + 1
        for index, line in enumerate(lines):
            self.out.font(bold=index == 0)
            pdf.set_xy(window.left_mm + WINDOW_PADDING, y)
            pdf.multi_cell(inner_width, self.line, line, align="C", new_x="LEFT", new_y="NEXT")
            y = pdf.y
        self.out.font()

    def write_title(self) -> None:
        pdf = self.pdf
        x, width = _letterhead_span(self.window)
        pdf.set_xy(x, pdf_common.MARGIN)
        self.out.font(bold=True, size=pdf_common.HEADING_SIZE)
        pdf.multi_cell(width, pdf_common.line_height(pdf_common.HEADING_SIZE), self.tr(T_CALIBRATION_TITLE),
                       align="L", new_x="LEFT", new_y="NEXT")
        self.out.font()

    def write_instructions(self) -> None:
        pdf = self.pdf
        window = self.window
        pdf.set_xy(pdf.l_margin, window.bottom_mm + GAP_AROUND_WINDOW + 4)
        self.out.paragraph(self.tr(T_CALIBRATION_INSTRUCTIONS), bold=True)
        pdf.ln(PARAGRAPH_GAP)
        self.out.paragraph(self.tr(T_CALIBRATION_PADDING).format(padding=WINDOW_PADDING))
        pdf.ln(PARAGRAPH_GAP)
        self.out.paragraph(self.tr(T_CALIBRATION_VALUES), bold=True)
        for source, value in ((T_CALIBRATION_LEFT, window.left_mm), (T_CALIBRATION_TOP, window.top_mm),
                              (T_CALIBRATION_WIDTH, window.width_mm), (T_CALIBRATION_HEIGHT, window.height_mm)):
            pdf.set_x(pdf.l_margin + BULLET_INDENT)
            pdf.cell(pdf.epw - BULLET_INDENT, self.line, self.tr(source).format(value=_number(value)),
                     new_x="LMARGIN", new_y="NEXT")
        pdf.ln(PARAGRAPH_GAP * 2)
        self.out.paragraph(self.tr(T_CALIBRATION_SCALE))
        pdf.ln(2)
        pdf.set_line_width(0.4)
        start = pdf.l_margin
        pdf.line(start, pdf.y, start + SCALE_LINE, pdf.y)
        for x in (start, start + SCALE_LINE):
            pdf.line(x, pdf.y - 2, x, pdf.y + 2)
        pdf.set_line_width(0.2)
