"""Shared fpdf2 set-up for VetDesk's PDF documents: fonts, type sizes, margins and a small writer.

Every document uses DejaVu Sans, shipped in ``vetdesk/resources/fonts`` with
its licence, so "€", "ñ", "Ł", "Ș", Greek and Cyrillic print as typed.
Characters that DejaVu Sans lacks (Chinese, Japanese and Korean among them)
are printed as U+FFFD "�" and counted in a warning, because VetDesk ships no
font that has them.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from vetdesk.domain.messages import Translator

log = logging.getLogger("vetdesk.documents")

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT_FAMILY = "DejaVu"

# Consumer terms must be printed at 2.5 mm type or larger (about 10 pt) with a line
# spacing of at least 1.15, so body text and tables use these two values.
BODY_SIZE = 10
LINE_SPACING = 1.3
HEADING_SIZE = 12
TITLE_SIZE = 16
# Page numbers and document references in the footer only.
FOOTER_SIZE = 9
MM_PER_POINT = 25.4 / 72

# A4 is 210 mm wide, so 18 mm margins leave a text width of 174 mm.
MARGIN = 18
# Space kept free at the bottom of each page for the footer.
BOTTOM_MARGIN = 20

REPLACEMENT_CHARACTER = "\ufffd"
# Characters kept as they are although the font has no glyph for them: line breaks.
_LAYOUT_CHARACTERS = frozenset("\n\r")


def line_height(size: float) -> float:
    """Return the line height in millimetres for type of ``size`` points."""
    return size * MM_PER_POINT * LINE_SPACING


class VetDeskPdf(FPDF):
    """An A4 document in millimetres with DejaVu Sans loaded and a centred footer line.

    ``footer_text(page_number)`` returns the footer of a page; "{nb}" in it
    becomes the page count.
    """

    def __init__(self, *, title: str, language: str, footer_text: Callable[[int], str] | None = None) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self._footer_text = footer_text
        self.replaced_characters: set[str] = set()
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM_MARGIN)
        self.add_font(FONT_FAMILY, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT_FAMILY, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_lang(language)
        self.set_creator("VetDesk")
        self.set_title(title)
        self.set_text_color(0, 0, 0)
        self.set_font(FONT_FAMILY, "", BODY_SIZE)

    def footer(self) -> None:
        if self._footer_text is None:
            return
        # Column layouts move the margins, so the footer places itself from the page edges.
        self.set_xy(MARGIN, -BOTTOM_MARGIN + 6)
        self.set_font(FONT_FAMILY, "", FOOTER_SIZE)
        self.set_text_color(60, 60, 60)
        self.cell(self.w - 2 * MARGIN, line_height(FOOTER_SIZE), self._footer_text(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def normalize_text(self, text: str) -> str:
        """Compose accents (NFC) and replace characters that the current font lacks with "�"."""
        text = super().normalize_text(unicodedata.normalize("NFC", text))
        if not self.is_ttf_font:
            return text
        cmap = self.current_font.cmap
        missing = {char for char in text if ord(char) not in cmap and char not in _LAYOUT_CHARACTERS}
        if not missing:
            return text
        self.replaced_characters |= missing
        return "".join(REPLACEMENT_CHARACTER if char in missing else char for char in text)

    def close_fonts(self) -> None:
        """Close the font files; output() does it too, but not when rendering stopped with an exception."""
        for font in self.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    def finish(self) -> bytes:
        """Return the finished document, logging how many characters were printed as "�"."""
        data = bytes(self.output())
        if self.replaced_characters:
            # The characters themselves are left out of the log because they may spell a client's name.
            log.warning("%d distinct characters are missing from the %s font and were printed as U+FFFD",
                        len(self.replaced_characters), FONT_FAMILY)
        return data


@dataclass(frozen=True)
class Text:
    """One paragraph of a text column: already translated, with its style."""

    text: str
    bold: bool = False
    size: float = BODY_SIZE
    align: str = "L"
    # Light grey background, for the heading bar of a column.
    shaded: bool = False
    space_before: float = 0


class PdfWriter:
    """Writes headings, paragraphs and text columns onto a VetDeskPdf."""

    SHADE = (232, 236, 241)

    def __init__(self, pdf: VetDeskPdf, translate: Translator, context: str) -> None:
        self.pdf = pdf
        self.translate = translate
        self.context = context

    def tr(self, source: str) -> str:
        return self.translate(self.context, source)

    def font(self, *, bold: bool = False, size: float = BODY_SIZE) -> None:
        self.pdf.set_font(FONT_FAMILY, "B" if bold else "", size)

    def heading(self, text: str, size: float = HEADING_SIZE) -> None:
        """Write a section heading, moving to a new page first if it would end up alone at the bottom."""
        self.keep_space(line_height(size) + 3 * line_height(BODY_SIZE))
        self.pdf.ln(3)
        self.font(bold=True, size=size)
        self.pdf.multi_cell(0, line_height(size), text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)
        self.font()

    def paragraph(self, text: str, *, bold: bool = False, align: str = "L") -> None:
        self.font(bold=bold)
        self.pdf.multi_cell(0, line_height(BODY_SIZE), text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.font()

    def keep_space(self, height: float) -> None:
        """Start a new page unless ``height`` millimetres are left above the bottom margin."""
        if self.pdf.will_page_break(height):
            self.pdf.add_page()

    def blocks_height(self, blocks: Sequence[Text], width: float) -> float:
        """Return the height that ``blocks`` take in a column ``width`` millimetres wide."""
        height = 0.0
        for block in blocks:
            self.font(bold=block.bold, size=block.size)
            lines = self.pdf.multi_cell(width, line_height(block.size), block.text, padding=self._padding(block),
                                        dry_run=True, output="LINES")
            height += block.space_before + len(lines) * line_height(block.size) + 2 * self._padding(block)
        self.font()
        return height

    def write_blocks(self, blocks: Sequence[Text]) -> None:
        """Write ``blocks`` one under the other between the current margins."""
        for block in blocks:
            if block.space_before:
                self.pdf.ln(block.space_before)
            self.font(bold=block.bold, size=block.size)
            self.pdf.set_fill_color(*self.SHADE)
            self.pdf.multi_cell(0, line_height(block.size), block.text, align=block.align, fill=block.shaded,
                                padding=self._padding(block), new_x="LMARGIN", new_y="NEXT")
        self.font()

    @staticmethod
    def _padding(block: Text) -> float:
        return 1.2 if block.shaded else 0

    def columns(self, left: Sequence[Text], right: Callable[[], None], *, left_width: float,
                gap: float = 6, right_blocks: Sequence[Text] = ()) -> None:
        """Write a text column on the left and ``right()`` beside it, then continue under both.

        The left column is kept on one page. ``right()`` writes between the
        right column's margins and may run onto the next pages, as a long
        table does. ``right_blocks`` are the paragraphs that ``right()``
        starts with, which are kept on the left column's page.
        """
        pdf = self.pdf
        full_left, full_right = pdf.l_margin, pdf.r_margin
        right_x = full_left + left_width + gap
        right_width = pdf.w - full_right - right_x
        needed = max(self.blocks_height(left, left_width), self.blocks_height(right_blocks, right_width))
        self.keep_space(needed)
        top = pdf.y
        try:
            pdf.set_right_margin(pdf.w - full_left - left_width)
            pdf.set_x(full_left)
            self.write_blocks(left)
            left_bottom = pdf.y

            pdf.set_left_margin(right_x)
            pdf.set_right_margin(full_right)
            pdf.set_xy(right_x, top)
            start_page = pdf.page
            right()
            right_bottom = pdf.y
        finally:
            pdf.set_left_margin(full_left)
            pdf.set_right_margin(full_right)
        pdf.set_xy(full_left, right_bottom if pdf.page != start_page else max(left_bottom, right_bottom))
