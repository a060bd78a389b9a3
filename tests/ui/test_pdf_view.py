"""Rendering, printing, previewing and saving PDF documents with PDFium and Qt's print support."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF, QPointF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from vetdesk.domain.messages import UserError
from vetdesk.ui import pdf_view
from vetdesk.ui.pdf_view import PdfPages, PdfReadError, PdfViewDialog, print_pdf, render_pdf_pages

UNREADABLE = "could not be read"

# A black box on page 1, from 20 to 80 mm across and 30 to 60 mm down, and a tall black bar on page 2.
BOX_MM = (20, 30, 60, 30)
BAR_MM = (150, 100, 20, 150)


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(text="Condiciones de pago, página 1")
    pdf.rect(*BOX_MM, style="F")
    pdf.add_page()
    pdf.cell(text="Página 2")
    pdf.rect(*BAR_MM, style="F")
    return bytes(pdf.output())


def is_dark_at(image: QImage, x_mm: float, y_mm: float, page_mm: tuple[float, float] = (210, 297)) -> bool:
    """Return whether the pixel at a position in millimetres on an A4 page is dark."""
    x = round(x_mm / page_mm[0] * (image.width() - 1))
    y = round(y_mm / page_mm[1] * (image.height() - 1))
    return image.pixelColor(x, y).lightness() < 80


def inside(rect_mm: tuple[float, float, float, float]) -> tuple[float, float]:
    x, y, width, height = rect_mm
    return x + width / 2, y + height / 2


def pdf_printer(path, resolution: int | None = None) -> QPrinter:
    """Return a printer that writes A4 sheets to a PDF file, at 1200 dpi unless ``resolution`` is given."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if resolution is not None:
        printer.setResolution(resolution)
    return printer


# Rendering


def test_render_pages_size_and_content(qapp, two_pages):
    images = render_pdf_pages(two_pages, 72)
    assert len(images) == 2
    for image in images:
        # A4 is 595.28 x 841.89 points, so 72 dpi gives one pixel per point, rounded up.
        assert image.size() == QSize(596, 842)
    assert is_dark_at(images[0], *inside(BOX_MM))
    assert not is_dark_at(images[0], *inside(BAR_MM))
    assert is_dark_at(images[1], *inside(BAR_MM))
    assert not is_dark_at(images[1], *inside(BOX_MM))


def test_render_resolution_scales(qapp, two_pages):
    image = render_pdf_pages(two_pages, 150)[0]
    assert image.width() == 1241
    assert image.height() == 1754
    assert image.height() / image.width() == pytest.approx(297 / 210, rel=0.002)
    assert image.dotsPerMeterX() == round(150 / 0.0254)


def test_render_blank_margin_is_white(qapp, two_pages):
    image = render_pdf_pages(two_pages, 50)[0]
    assert image.pixelColor(image.width() - 3, image.height() - 3).name() == "#ffffff"


@pytest.mark.parametrize("dpi", [0, -10, 5000])
def test_render_resolution_out_of_range(qapp, two_pages, dpi):
    with pytest.raises(ValueError):
        render_pdf_pages(two_pages, dpi)


def test_pages_lazy_renderer(qapp, two_pages):
    with PdfPages(two_pages) as pages:
        assert len(pages) == 2
        assert pages.page_size(1).width() == pytest.approx(595.28, abs=0.01)
        image = pages.render(1, 36)
        assert image.size() == QSize(298, 421)
        with pytest.raises(IndexError):
            pages.render(2, 36)


@pytest.mark.parametrize("data", [b"", b"not a pdf", b"%PDF-1.7\n%%EOF"], ids=["empty", "text", "header-only"])
def test_render_unreadable_rejected(qapp, data):
    with pytest.raises(PdfReadError) as raised:
        render_pdf_pages(data, 72)
    assert UNREADABLE in str(raised.value)


def test_render_truncated_rejected(qapp, two_pages):
    with pytest.raises(PdfReadError):
        render_pdf_pages(two_pages[: len(two_pages) // 2], 72)


def test_render_encrypted_explained(qapp):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Confidencial")
    pdf.set_encryption(owner_password="propietario", user_password="usuario",
                       encryption_method=EncryptionMethod.RC4)
    with pytest.raises(PdfReadError) as raised:
        render_pdf_pages(bytes(pdf.output()), 72)
    assert "password" in str(raised.value)


def test_pages_need_bytes(qapp):
    with pytest.raises(TypeError):
        PdfPages("document.pdf")


# Printing


def test_print_pdf_to_file(qapp, two_pages, tmp_path):
    target = tmp_path / "impreso.pdf"
    printer = pdf_printer(target)
    printer.setFullPage(True)
    print_pdf(two_pages, printer)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 2
    # Read the printed file back: each sheet shows its own page, at the same place on A4.
    printed = render_pdf_pages(target.read_bytes(), 40)
    assert is_dark_at(printed[0], *inside(BOX_MM))
    assert not is_dark_at(printed[0], *inside(BAR_MM))
    assert is_dark_at(printed[1], *inside(BAR_MM))
    assert not is_dark_at(printed[1], *inside(BOX_MM))


def test_print_pdf_fits_page_rect(qapp, two_pages, tmp_path):
    target = tmp_path / "margenes.pdf"
    printer = pdf_printer(target)
    printer.setPageMargins(QMarginsF(30, 30, 30, 30), QPageLayout.Unit.Millimeter)
    print_pdf(two_pages, printer)
    printed = render_pdf_pages(target.read_bytes(), 40)[0]
    # Shrunk into 150 x 237 mm and centred, the box's centre (50, 45) moves to about (65.7, 74.6).
    scale = min(150 / 210, 237 / 297)
    left = 30 + (150 - 210 * scale) / 2
    top = 30 + (237 - 297 * scale) / 2
    x, y = inside(BOX_MM)
    assert is_dark_at(printed, left + x * scale, top + y * scale)
    assert not is_dark_at(printed, *inside(BOX_MM))
    # Nothing is printed in the 30 mm margin.
    assert not is_dark_at(printed, 15, 40)


def test_print_pdf_page_range(qapp, two_pages, tmp_path):
    target = tmp_path / "pagina2.pdf"
    printer = pdf_printer(target, resolution=150)
    printer.setFullPage(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPageRanges(ranges)
    print_pdf(two_pages, printer)
    printed = render_pdf_pages(target.read_bytes(), 40)
    assert len(printed) == 1
    assert is_dark_at(printed[0], *inside(BAR_MM))


def test_print_pdf_page_range_outside_document(qapp, two_pages, tmp_path):
    printer = pdf_printer(tmp_path / "nada.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(5, 7)
    printer.setPageRanges(ranges)
    with pytest.raises(UserError) as raised:
        print_pdf(two_pages, printer)
    assert "5-7" in str(raised.value)
    assert "1 to 2" in str(raised.value)
    assert not (tmp_path / "nada.pdf").exists()


def test_print_pdf_repeats_copies(qapp, two_pages, tmp_path):
    target = tmp_path / "copias.pdf"
    printer = pdf_printer(target, resolution=150)
    printer.setFullPage(True)
    # Qt's PDF output makes no copies itself, so print_pdf repeats the pages.
    assert not printer.supportsMultipleCopies()
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    print_pdf(two_pages, printer)
    printed = render_pdf_pages(target.read_bytes(), 30)
    assert len(printed) == 4
    assert [is_dark_at(image, *inside(BOX_MM)) for image in printed] == [True, False, True, False]


def test_print_pdf_uncollated_copies(qapp, two_pages, tmp_path):
    target = tmp_path / "sin-intercalar.pdf"
    printer = pdf_printer(target, resolution=150)
    printer.setFullPage(True)
    printer.setCopyCount(2)
    printer.setCollateCopies(False)
    print_pdf(two_pages, printer)
    printed = render_pdf_pages(target.read_bytes(), 30)
    assert [is_dark_at(image, *inside(BOX_MM)) for image in printed] == [True, True, False, False]


def test_print_pdf_resolution_capped(qapp, two_pages, tmp_path, monkeypatch):
    sizes = []
    original = PdfPages.render_band

    def recording(self, index, page_pixels, top, rows, flags=pdf_view.SCREEN_FLAGS):
        sizes.append(page_pixels)
        return original(self, index, page_pixels, top, rows, flags)

    monkeypatch.setattr(PdfPages, "render_band", recording)
    printer = pdf_printer(tmp_path / "600.pdf")
    printer.setFullPage(True)
    assert printer.resolution() == 1200
    print_pdf(two_pages, printer)
    # 1200 dpi halved: A4 at 600 dpi is about 4961 x 7016 pixels. Qt's A4 sheet, 595 x 842 points,
    # is a little narrower than the document's 595.28 points, so the page is scaled by 0.9995.
    assert len({(size.width(), size.height()) for size in sizes}) == 1
    assert sizes[0].width() == pytest.approx(4961, abs=5)
    assert sizes[0].height() == pytest.approx(7016, abs=5)
    # Bands of at most 16 MB: several per page.
    assert len(sizes) > 2


def test_print_pdf_unreadable_rejected(qapp, tmp_path):
    with pytest.raises(PdfReadError):
        print_pdf(b"%PDF-broken", pdf_printer(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_print_pdf_unwritable_file(qapp, two_pages, tmp_path):
    target = tmp_path / "no-such-folder" / "x.pdf"
    with pytest.raises(UserError) as raised:
        print_pdf(two_pages, pdf_printer(target))
    assert str(target) in str(raised.value)
    assert "could not start" in str(raised.value)


# The view dialog


@pytest.fixture
def view(qtbot, two_pages) -> PdfViewDialog:
    dialog = PdfViewDialog(two_pages, "Condiciones de pago — Begoña Núñez", file_name="condiciones.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(800, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_view_shows_pages(view):
    assert view.objectName() == "pdfViewDialog"
    assert view.windowTitle() == "Condiciones de pago — Begoña Núñez"
    assert view.findChild(pdf_view.PdfPagesView, "pdfPages") is view.page_view
    rects = view.page_view.page_rects()
    assert len(rects) == 2
    for rect in rects:
        assert rect.height() / rect.width() == pytest.approx(297 / 210, rel=0.002)
    assert rects[1].top() > rects[0].bottom()
    assert view.message_bar.text() == ""


def test_view_draws_page_content(view):
    image = view.page_view.grab().toImage()
    page = view.page_view.page_rects()[0]
    x, y = inside(BOX_MM)
    point = page.topLeft() + QPointF(x / 210 * page.width(), y / 297 * page.height())
    assert image.pixelColor(point.toPoint()).lightness() < 80
    blank = page.topLeft() + QPointF(0.9 * page.width(), 0.5 * page.height())
    assert image.pixelColor(blank.toPoint()).name() == "#ffffff"


def test_view_fits_width_at_start(view):
    viewport = view.scroll_area.viewport().width()
    page = view.page_view.page_rects()[0]
    assert page.width() == pytest.approx(viewport - 2 * pdf_view.PdfPagesView.GAP, abs=1)


def test_view_zoom_in_and_out(view):
    view.set_zoom(1.0)
    assert view.zoom_label.text() == "100%"
    width = view.page_view.page_rects()[0].width()
    view.zoom_in_button.click()
    assert view.zoom == pytest.approx(1.1)
    assert view.page_view.page_rects()[0].width() == pytest.approx(width * 1.1)
    assert view.zoom_label.text() == "110%"
    view.zoom_out_button.click()
    view.zoom_out_button.click()
    assert view.zoom == pytest.approx(0.9)


def test_view_zoom_limits(view):
    for _ in range(30):
        view.zoom_in()
    assert view.zoom == pytest.approx(4.0)
    assert not view.zoom_in_button.isEnabled()
    view.set_zoom(0.01)
    assert view.zoom == pytest.approx(0.25)
    assert not view.zoom_out_button.isEnabled()


def test_view_fit_width_follows_resize(qtbot, view):
    view.set_zoom(2.0)
    view.fit_width_button.click()
    fitted = view.zoom
    view.resize(500, 700)
    qtbot.waitUntil(lambda: view.zoom < fitted)
    viewport = view.scroll_area.viewport().width()
    assert view.page_view.page_rects()[0].width() == pytest.approx(viewport - 2 * pdf_view.PdfPagesView.GAP, abs=1)


def test_view_manual_zoom_survives_resize(qtbot, view):
    view.set_zoom(1.5)
    before = view.scroll_area.viewport().width()
    view.resize(700, 700)
    qtbot.waitUntil(lambda: view.scroll_area.viewport().width() < before)
    assert view.zoom == pytest.approx(1.5)


def test_view_saves_exact_bytes(view, two_pages, tmp_path):
    path = view.save_to(tmp_path / "copia.pdf")
    assert path.read_bytes() == two_pages
    assert "copia.pdf" in view.message_bar.text()


def test_view_save_chooser_not_blocking(view, two_pages, tmp_path):
    chooser = view.choose_save_path()
    assert isinstance(chooser, QFileDialog)
    assert chooser.objectName() == "saveFileDialog"
    assert chooser.isVisible()
    assert chooser.selectedFiles()[0].endswith("condiciones.pdf")
    chooser.fileSelected.emit(str(tmp_path / "elegido.pdf"))
    chooser.reject()
    assert (tmp_path / "elegido.pdf").read_bytes() == two_pages


def test_view_save_unwritable_shown(view, tmp_path):
    chooser = view.choose_save_path()
    chooser.fileSelected.emit(str(tmp_path / "no-such-folder" / "copia.pdf"))
    chooser.reject()
    assert "could not be written" in view.message_bar.text()
    assert "no-such-folder" in view.message_bar.text()


def test_view_printer_matches_document(view):
    printer = view.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.fullPage()
    assert printer.docName() == view.windowTitle()


def test_view_print_dialog_prints(qtbot, view, tmp_path):
    target = tmp_path / "desde-dialogo.pdf"
    # Printing to a file keeps a machine's real printers out of the test.
    view.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    view.printer().setOutputFileName(str(target))
    dialog = view.open_print_dialog()
    assert isinstance(dialog, QPrintDialog)
    assert dialog.isVisible()
    assert dialog.maxPage() == 2
    dialog.accept()
    assert len(PdfReader(str(target)).pages) == 2
    assert str(target) in view.message_bar.text()


def test_view_print_dialog_cancel_prints_nothing(view, tmp_path):
    target = tmp_path / "cancelado.pdf"
    view.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    view.printer().setOutputFileName(str(target))
    dialog = view.open_print_dialog()
    dialog.reject()
    assert not target.exists()
    assert view.message_bar.text() == ""


def test_view_print_preview(qtbot, view, monkeypatch):
    sizes = []
    original = PdfPages.render_band

    def recording(self, index, page_pixels, top, rows, flags=pdf_view.SCREEN_FLAGS):
        sizes.append(page_pixels)
        return original(self, index, page_pixels, top, rows, flags)

    monkeypatch.setattr(PdfPages, "render_band", recording)
    preview = view.open_print_preview()
    assert preview.objectName() == "printPreviewDialog"
    assert preview.isVisible()
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 2)
    # The preview renders at 200 dpi at most: A4 at 1200 / 6 dpi.
    assert sizes
    assert max(size.width() for size in sizes) <= 1654
    preview.reject()


def test_view_corrupt_pdf_message(qtbot):
    dialog = PdfViewDialog(b"%PDF-1.7 this file was cut short", "Documento dañado")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert UNREADABLE in dialog.message_bar.text()
    assert "Traceback" not in dialog.message_bar.text()
    assert dialog.page_view is None
    for button in (dialog.print_button, dialog.preview_button, dialog.zoom_in_button, dialog.zoom_out_button,
                   dialog.fit_width_button):
        assert not button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert dialog.open_print_dialog() is None
    assert dialog.open_print_preview() is None
    dialog.zoom_in()
    assert dialog.zoom == 1.0


def test_view_corrupt_pdf_still_saved(qtbot, tmp_path):
    data = b"%PDF-1.7 this file was cut short"
    dialog = PdfViewDialog(data, "Documento dañado")
    qtbot.addWidget(dialog)
    assert dialog.save_to(tmp_path / "danado.pdf").read_bytes() == data


def test_closing_the_dialog_releases_the_document(qtbot, two_pages):
    dialog = PdfViewDialog(two_pages, "Form")
    qtbot.addWidget(dialog)
    dialog.open()
    pages = dialog.pages
    dialog.reject()
    assert dialog.pages is None and dialog.page_view is None
    with pytest.raises(Exception):
        len(pages._document)
    # Opening it again reads the document again.
    dialog.open()
    assert dialog.pages is not None and len(dialog.pages) == 2
    dialog.reject()
