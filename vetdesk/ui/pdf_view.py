"""Showing, printing and saving PDF documents such as the signed payment-terms form.

PySide6-Essentials has no QtPdf module, so PDFium (through pypdfium2)
rasterises the pages into QImages. PDFium is not thread-safe: every call in
this module must run in the GUI thread. The module imports PDFium and Qt's
print support, about 0.2 s together, so windows import it lazily.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEngine,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.ui.common import MessageBar, error_text

log = logging.getLogger("vetdesk.ui")

POINTS_PER_INCH = 72.0
# Zoom 100 % shows a page at 96 pixels per inch, the reference density of desktop screens.
SCREEN_DPI = 96.0
MAX_RENDER_DPI = 1200
# Office laser printers commonly print at 600 dpi, and an A4 page at 1200 dpi is a 557 MB bitmap.
MAX_PRINT_DPI = 600
# The preview keeps every page's image in memory, so it renders at a lower density.
MAX_PREVIEW_DPI = 200
# Printed pages are rendered in horizontal bands of at most this many bytes, to bound memory.
BAND_BYTES = 16 * 1024 * 1024

SCREEN_FLAGS = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
PRINT_FLAGS = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING | pdfium_c.FPDF_REVERSE_BYTE_ORDER


class PdfReadError(UserError):
    """The bytes given are not a PDF that PDFium can open or render."""


def _read_error(error: Exception) -> PdfReadError:
    code = getattr(error, "err_code", None)
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return PdfReadError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
            "PdfView", "The PDF document is protected by a password, so VetDesk cannot show or print it. "
                       "Save it and open it in a PDF reader that asks for the password.")))
    return PdfReadError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
        "PdfView", "The PDF document could not be read because the file is damaged, incomplete or not a PDF. "
                   "Open the stored copy again, or restore the document from a backup.")))


class PdfPages:
    """An open PDF document whose pages are rendered to QImages on request.

    Raises PdfReadError when the bytes are not a readable PDF.
    """

    def __init__(self, pdf: bytes) -> None:
        if not isinstance(pdf, (bytes, bytearray, memoryview)):
            raise TypeError(f"PdfPages needs the PDF as bytes, not {type(pdf).__name__}")
        self._data = bytes(pdf)
        try:
            self._document = pdfium.PdfDocument(self._data)
        except pdfium.PdfiumError as error:
            log.warning("PDF document of %d bytes could not be opened: %s", len(self._data), error)
            raise _read_error(error) from None

    def __len__(self) -> int:
        return len(self._document)

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def close(self) -> None:
        self._document.close()

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self):
            raise IndexError(f"Page index {index} is out of range for a document of {len(self)} pages")

    def page_size(self, index: int) -> QSizeF:
        """Return the size of page ``index`` (from 0) in points, 1/72 inch."""
        self._check_index(index)
        width, height = self._document.get_page_size(index)
        return QSizeF(width, height)

    def pixel_size(self, index: int, dpi: float) -> QSize:
        size = self.page_size(index) * (dpi / POINTS_PER_INCH)
        return QSize(max(1, math.ceil(size.width())), max(1, math.ceil(size.height())))

    def render(self, index: int, dpi: float) -> QImage:
        """Render page ``index`` (from 0) on white at ``dpi`` pixels per inch."""
        if not 0 < dpi <= MAX_RENDER_DPI:
            raise ValueError(f"Render resolution {dpi} dpi is out of range. Use 1 to {MAX_RENDER_DPI} dpi.")
        size = self.pixel_size(index, dpi)
        image = self.render_band(index, size, 0, size.height(), SCREEN_FLAGS)
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image

    def render_band(self, index: int, page_pixels: QSize, top: int, rows: int, flags: int = SCREEN_FLAGS) -> QImage:
        """Render rows ``top`` to ``top + rows`` of page ``index`` scaled to ``page_pixels``."""
        self._check_index(index)
        try:
            page = self._document[index]
        except pdfium.PdfiumError as error:
            log.warning("Page %d of a PDF document could not be loaded: %s", index + 1, error)
            raise _read_error(error) from None
        width = page_pixels.width()
        bitmap = pdfium.PdfBitmap.new_native(width, rows, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
        # A negative start row shifts the page up, so the bitmap receives only the band's rows.
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, -top, width, page_pixels.height(), 0, flags)
        # The reversed byte order makes the pixels R, G, B, unused in memory on every platform.
        image = QImage(bitmap.buffer, width, rows, bitmap.stride, QImage.Format.Format_RGBX8888).copy()
        page.close()
        return image


def render_pdf_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Render every page of ``pdf`` at ``dpi``. Raises PdfReadError for a damaged document."""
    with PdfPages(pdf) as pages:
        return [pages.render(index, dpi) for index in range(len(pages))]


def _pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.pageRanges().isEmpty():
        return list(range(page_count))
    ranges = printer.pageRanges()
    chosen = [index for index in range(page_count) if ranges.contains(index + 1)]
    if not chosen:
        raise UserError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
            "PdfView", "The pages chosen ({pages}) are not in the document, which has {count} pages. "
                       "Choose pages from 1 to {count}."), {"pages": ranges.toString(), "count": page_count}))
    return chosen


def _print_order(printer: QPrinter, indexes: list[int]) -> list[int]:
    # Most printers make the copies themselves. For PDF output, and without CUPS on X11, this repeats the pages.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return indexes * copies
    return [index for index in indexes for _copy in range(copies)]


def _paint_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int, max_dpi: int) -> None:
    """Paint one page, scaled to fit the printer's page rectangle with its proportions kept, and centred."""
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    size = pages.page_size(index)
    scale = min(area.width() / size.width(), area.height() / size.height())
    target_width = round(size.width() * scale)
    target_height = round(size.height() * scale)
    # Rendering at a whole fraction of the printer's resolution puts every band edge on a device pixel.
    reduction = max(1, math.ceil(printer.resolution() / max_dpi))
    pixels = QSize(max(1, math.ceil(target_width / reduction)), max(1, math.ceil(target_height / reduction)))
    # The painter's origin is the top left of the page rectangle.
    left = round((area.width() - pixels.width() * reduction) / 2)
    top = round((area.height() - pixels.height() * reduction) / 2)
    rows_per_band = max(1, BAND_BYTES // (4 * pixels.width()))
    for first_row in range(0, pixels.height(), rows_per_band):
        rows = min(rows_per_band, pixels.height() - first_row)
        band = pages.render_band(index, pixels, first_row, rows, PRINT_FLAGS)
        target = QRect(left, top + first_row * reduction, pixels.width() * reduction, rows * reduction)
        painter.drawImage(target, band)


def _printing_not_started(printer: QPrinter) -> UserError:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return UserError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
            "PdfView", "Printing to the file {path} could not start. Check that the folder exists and that "
                       "you may write in it, or choose another file."), {"path": printer.outputFileName()}))
    if not printer.printerName():
        return UserError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
            "PdfView", "No printer is set up on this computer. Add a printer in the system settings, "
                       "or print to a PDF file.")))
    return UserError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
        "PdfView", "Printing on {printer} could not start. Check that the printer is connected and "
                   "switched on, or choose another printer."), {"printer": printer.printerName()}))


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Print each page of ``pdf`` on its own sheet, scaled to fit the printer's page rectangle.

    The page range chosen in the print dialog is honoured. Pages are rendered at the
    printer's resolution up to 600 dpi, or 200 dpi for a print preview. Raises
    PdfReadError for a damaged document and UserError when printing cannot start.
    """
    with PdfPages(pdf) as pages:
        order = _print_order(printer, _pages_to_print(printer, len(pages)))
        painter = QPainter()
        if not painter.begin(printer):
            raise _printing_not_started(printer)
        try:
            # During a preview the printer paints into a picture, so a Picture engine means preview, not paper.
            previewing = painter.paintEngine().type() == QPaintEngine.Type.Picture
            max_dpi = MAX_PREVIEW_DPI if previewing else MAX_PRINT_DPI
            for position, index in enumerate(order):
                if position > 0 and not printer.newPage():
                    raise UserError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
                        "PdfView", "The printer stopped after page {page}. Check the printer and print again."),
                        {"page": position}))
                _paint_page(painter, printer, pages, index, max_dpi)
        finally:
            painter.end()


class PdfPagesView(QWidget):
    """The pages of a document one under the other, drawn on demand at the current zoom."""

    renderFailed = Signal(str)

    GAP = 12
    CACHE_SIZE = 6

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPages")
        self._pages = pages
        self._zoom = 1.0
        # Rendered pages by index, least recently drawn first. Only the pages near the view stay in memory.
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._failed = False
        self._page_rects: list[QRectF] = []
        self._layout_pages()

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._cache.clear()
        self._layout_pages()
        self.update()

    def page_rects(self) -> list[QRectF]:
        """Return each page's rectangle in this widget's coordinates."""
        return list(self._page_rects)

    def widest_page_points(self) -> float:
        return max(self._pages.page_size(index).width() for index in range(len(self._pages)))

    def _layout_pages(self) -> None:
        factor = self._zoom * SCREEN_DPI / POINTS_PER_INCH
        sizes = [self._pages.page_size(index) * factor for index in range(len(self._pages))]
        width = max(size.width() for size in sizes) + 2 * self.GAP
        self._page_rects = []
        top = float(self.GAP)
        for size in sizes:
            self._page_rects.append(QRectF(QPointF((width - size.width()) / 2, top), size))
            top += size.height() + self.GAP
        self.setFixedSize(math.ceil(width), math.ceil(top))

    def _page_image(self, index: int) -> QImage:
        image = self._cache.get(index)
        if image is not None:
            self._cache.move_to_end(index)
            return image
        dpi = min(MAX_RENDER_DPI, SCREEN_DPI * self._zoom * self.devicePixelRatioF())
        image = self._pages.render(index, dpi)
        self._cache[index] = image
        while len(self._cache) > self.CACHE_SIZE:
            self._cache.popitem(last=False)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index, rect in enumerate(self._page_rects):
            if not rect.intersects(QRectF(event.rect())):
                continue
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))
            if self._failed:
                painter.fillRect(rect, Qt.GlobalColor.white)
                continue
            try:
                image = self._page_image(index)
            except PdfReadError as error:
                self._failed = True
                painter.fillRect(rect, Qt.GlobalColor.white)
                self.renderFailed.emit(error_text(error))
                continue
            painter.drawImage(rect, image)
        painter.end()


class _PageScrollArea(QScrollArea):
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


ZOOM_STEPS = (0.25, 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PdfViewDialog(QDialog):
    """Shows a PDF document's pages, and prints, previews or saves the exact bytes it was given.

    The print, preview and file dialogs are opened with ``open()``, so nothing
    blocks and tests can drive each step.
    """

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *, file_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewDialog")
        self.setWindowTitle(title)
        self.pdf = bytes(pdf)
        self.file_name = file_name or self.tr("document.pdf")
        self.pages: PdfPages | None = None
        self.page_view: PdfPagesView | None = None
        self.print_dialog: QPrintDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._printer: QPrinter | None = None
        self._fit_width = True

        self.message_bar = MessageBar(self)
        self.zoom_out_button = self._button(self.tr("Zoom out"), "zoomOutButton", self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_in_button = self._button(self.tr("Zoom in"), "zoomInButton", self.zoom_in)
        self.fit_width_button = self._button(self.tr("Fit width"), "fitWidthButton", self.fit_width)
        self.preview_button = self._button(self.tr("Print preview…"), "printPreviewButton", self.open_print_preview)
        self.print_button = self._button(self.tr("Print…"), "printButton", self.open_print_dialog)
        self.save_button = self._button(self.tr("Save as…"), "saveAsButton", self.choose_save_path)
        toolbar = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button):
            toolbar.addWidget(widget)
        toolbar.addStretch()
        for widget in (self.preview_button, self.print_button, self.save_button):
            toolbar.addWidget(widget)

        self.scroll_area = _PageScrollArea()
        self.scroll_area.setObjectName("pdfScrollArea")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # Always showing the scroll bar keeps the fitted width from changing when the bar would appear.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.resized.connect(self._viewport_resized)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("dialogButtons")
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(toolbar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)

        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        QShortcut(QKeySequence.StandardKey.Print, self, self.open_print_dialog)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_save_path)

        self._open_document()
        self._resize_to_screen()

    def _button(self, text: str, object_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _open_document(self) -> None:
        try:
            self.pages = PdfPages(self.pdf)
        except PdfReadError as error:
            self._show_unreadable(error_text(error))
            return
        self.page_view = PdfPagesView(self.pages)
        self.page_view.renderFailed.connect(self._show_unreadable)
        self.scroll_area.setWidget(self.page_view)
        self._update_zoom_label()

    def done(self, result: int) -> None:
        """Close the dialog and release the PDFium document, which a closed dialog no longer draws."""
        super().done(result)
        if self.pages is not None:
            view = self.scroll_area.takeWidget()
            if view is not None:
                view.deleteLater()
            self.page_view = None
            self.pages.close()
            self.pages = None

    def showEvent(self, event: QShowEvent) -> None:
        # A dialog opened again after done() reads its document again.
        if self.pages is None and self.print_button.isEnabled():
            self._open_document()
            if self._fit_width:
                self._refit()
        super().showEvent(event)

    def _show_unreadable(self, text: str) -> None:
        self.message_bar.show_error(text)
        # The bytes can still be saved, so that someone can look at the file elsewhere.
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button,
                       self.preview_button, self.print_button):
            button.setEnabled(False)

    def _resize_to_screen(self) -> None:
        wanted = QSize(880, 960)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry().size() * 0.9
            wanted = wanted.boundedTo(available)
        self.resize(wanted)

    # Zoom

    @property
    def zoom(self) -> float:
        return self.page_view.zoom if self.page_view else 1.0

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (1.0 is 100 %), limited to 25 % to 400 %, and turn fit-width off."""
        self._fit_width = False
        self._apply_zoom(zoom)

    def _apply_zoom(self, zoom: float) -> None:
        if self.page_view is None:
            return
        zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        if not math.isclose(zoom, self.page_view.zoom):
            self.page_view.set_zoom(zoom)
        self._update_zoom_label()

    def zoom_in(self) -> None:
        larger = [step for step in ZOOM_STEPS if step > self.zoom + 0.001]
        self.set_zoom(larger[0] if larger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self.zoom - 0.001]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        """Scale the widest page to the width of the view, and keep it fitted when the dialog is resized."""
        self._fit_width = True
        self._refit()

    def _refit(self) -> None:
        if self.page_view is None:
            return
        available = self.scroll_area.viewport().width() - 2 * PdfPagesView.GAP
        page_width = self.page_view.widest_page_points() * SCREEN_DPI / POINTS_PER_INCH
        if available > 0:
            self._apply_zoom(available / page_width)

    def _viewport_resized(self) -> None:
        if self._fit_width:
            self._refit()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.zoom * 100)))
        self.zoom_in_button.setEnabled(self.page_view is not None and self.zoom < ZOOM_STEPS[-1] - 0.001)
        self.zoom_out_button.setEnabled(self.page_view is not None and self.zoom > ZOOM_STEPS[0] + 0.001)

    # Printing

    def printer(self) -> QPrinter:
        """Return the dialog's printer, made on first use with the document's paper size and no margins.

        Without margins the page rectangle is the whole sheet, so an A4 form prints on A4
        at its real size, and its type keeps the size the document gave it.
        """
        if self._printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.windowTitle())
            printer.setFullPage(True)
            if self.pages is not None and len(self.pages) > 0:
                size = self.pages.page_size(0)
                portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
                printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point))
                printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                           else QPageLayout.Orientation.Portrait)
            self._printer = printer
        return self._printer

    def open_print_dialog(self) -> QPrintDialog | None:
        """Open Qt's print dialog without blocking. The document prints when the dialog is accepted."""
        if self.pages is None:
            return None
        dialog = QPrintDialog(self.printer(), self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, len(self.pages))
        dialog.accepted.connect(lambda: self.print_to(self.printer()))
        self.print_dialog = dialog
        # PySide6 binds only QPrintDialog.open(receiver, member), which hides QDialog.open().
        QDialog.open(dialog)
        return dialog

    def print_to(self, printer: QPrinter) -> bool:
        """Print the document on ``printer`` and report the result in the message bar. Returns False on failure."""
        try:
            print_pdf(self.pdf, printer)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            self.message_bar.show_info(self.tr("The document was printed to the file {path}.").format(
                path=printer.outputFileName()))
        else:
            self.message_bar.show_info(self.tr("The document was sent to the printer {printer}.").format(
                printer=printer.printerName()))
        return True

    def open_print_preview(self) -> QPrintPreviewDialog | None:
        """Open Qt's print preview without blocking. ``print_pdf`` draws its pages."""
        if self.pages is None:
            return None
        dialog = QPrintPreviewDialog(self.printer(), self)
        dialog.setObjectName("printPreviewDialog")
        dialog.paintRequested.connect(self._paint_preview)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def _paint_preview(self, printer: QPrinter) -> None:
        try:
            print_pdf(self.pdf, printer)
        except UserError as error:
            self.message_bar.show_error(error_text(error))

    # Saving

    def choose_save_path(self) -> QFileDialog:
        """Open a non-blocking save dialog. The document is written to the file chosen."""
        dialog = QFileDialog(self, self.tr("Save the document as"), str(Path.home() / self.file_name),
                             self.tr("PDF documents (*.pdf)"))
        dialog.setObjectName("saveFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self._save_selected)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _save_selected(self, path: str) -> None:
        try:
            self.save_to(path)
        except UserError as error:
            self.message_bar.show_error(error_text(error))

    def save_to(self, path: Path | str) -> Path:
        """Write the document's exact bytes to ``path`` and return the path. Raises UserError if writing fails."""
        target = Path(path)
        try:
            target.write_bytes(self.pdf)
        except OSError as error:
            raise UserError(UserMessage("PdfView", QT_TRANSLATE_NOOP(
                "PdfView", "The file {path} could not be written: {reason}. Choose another folder."),
                {"path": str(target), "reason": error.strerror or str(error)})) from None
        self.message_bar.show_info(self.tr("The document was saved as {path}.").format(path=str(target)))
        return target
