"""Time the preparation and rendering of 1,000 reminder letters against fpdf2 drawing the same pages bare.

Run from the repository root:

    .venv/bin/python bench/letters_bench.py [--letters 1000] [--rounds 3] [--profile]

Preparing a letter fills its body template (``reminder_templates.fill``) and
builds the ``ReminderLetter``. Rendering is one ``render_letters`` call for
the whole batch, as a print run does. The baseline, measured in the same run,
draws the same texts on A4 pages with plain fpdf2 ``cell`` and ``multi_cell``
calls in the same fonts. It has no window placement, no fitting of the
address, no keeping blocks together and no page numbers per letter. The
script prints the page count of both, which should match. The letters cycle through levels 1 to 4 and have one to four
amounts each. The script prints the median of ``--rounds`` runs of each, the
median of the runs' ratios (target at most 1.5) and the peak RSS, and writes them to
bench/results/letters.json. It exits with 1 when the ratio misses the target.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import platform
import pstats
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from fpdf import FPDF  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from vetdesk.documents import pdf_common  # noqa: E402
from vetdesk.documents.payment_terms import TermsParty  # noqa: E402
from vetdesk.documents.reminder_letter import (  # noqa: E402
    AGREEMENT_SUBJECTS,
    ITEM_COLUMNS,
    PARAGRAPH_GAP,
    SUBJECTS,
    T_CERTIFIED,
    T_CLOSING,
    T_DESCRIPTION,
    T_DUE_DATE,
    T_AMOUNT,
    T_FOOTER,
    T_HOW_TO_PAY,
    T_PAY_BIZUM,
    T_PAY_DESK,
    T_PAY_TRANSFER,
    T_PLAN_HEADING,
    T_PLAN_TEXT,
    T_QUESTIONS_PHONE_EMAIL,
    T_TOTAL,
    EnvelopeWindow,
    LetterItem,
    ReminderLetter,
    render_letters,
)
from vetdesk.domain.formatting import format_date, format_long_date  # noqa: E402
from vetdesk.domain.money import Money, format_money  # noqa: E402
from vetdesk.domain.reminder_templates import default_text, fill, items_text  # noqa: E402

RESULTS_PATH = BENCH_DIR / "results" / "letters.json"
TARGET_RATIO = 1.5
LETTER_DATE = date(2026, 12, 4)
# The default window of a DL envelope with a right-hand window (see services/settings.py).
WINDOW = EnvelopeWindow(110, 50, 85, 35)
CLINIC = TermsParty("Clínica Veterinaria San Antón", "B12345674", ("Calle Mayor 1", "28013 Madrid"),
                    "+34911234567", "hola@clinicasananton.es")
IBAN = "ES9121000418450200051332"
BIZUM = "+34600123456"
GIVEN_NAMES = ("Begoña", "José Luis", "María Ángeles", "Íñigo", "Łukasz", "Ana", "Nuria", "Óscar")
SURNAMES = ("Ibáñez Núñez", "García López", "Martínez Peña", "Fernández", "Rodríguez Muñoz", "Sánchez Gil")
SERVICES = ("Consulta general", "Vacuna antirrábica", "Cirugía de rodilla", "Análisis de sangre completo",
            "Desparasitación interna y externa", "Radiografía de tórax (dos proyecciones)", "Limpieza dental")


def english(context: str, source: str) -> str:
    return source


def client_facts(number: int) -> dict:
    """Return the data of letter ``number`` of the batch: client, level, amounts."""
    level = number % 4 + 1
    items = tuple(
        LetterItem(LETTER_DATE - timedelta(days=15 * level + 7 * index + number % 5),
                   SERVICES[(number + index) % len(SERVICES)],
                   Money(Decimal(20 + (number * 37 + index * 113) % 1400) + Decimal("0.45")))
        for index in range(number % 4 + 1)
    )
    return {
        "reference": f"R-{number + 1:06d}",
        "level": level,
        "agreement_number": f"AC-2026-{number:04d}" if number % 10 == 7 else "",
        "client_name": f"{GIVEN_NAMES[number % len(GIVEN_NAMES)]} {SURNAMES[number % len(SURNAMES)]}",
        "address": (f"Calle del Olmo {number % 90 + 1}, {number % 6 + 1}º", f"280{number % 50:02d} Madrid"),
        "items": items,
    }


def prepare_letter(facts: dict) -> ReminderLetter:
    """Fill the letter template of the client's level and build the letter, as the reminder service does."""
    items = facts["items"]
    total = Money.total(item.amount for item in items)
    values = {
        "client_name": facts["client_name"], "clinic_name": CLINIC.name, "clinic_phone": CLINIC.phone,
        "clinic_email": CLINIC.email, "amount": format_money(total), "iban": IBAN, "bizum_phone": BIZUM,
        "oldest_due_date": format_date(min(item.due_date for item in items)), "items": items_text(items, "es"),
        "agreement_number": facts["agreement_number"], "deadline_days": "15",
        "date": format_long_date(LETTER_DATE),
    }
    level = facts["level"]
    body = fill(default_text(level, "letter", "es", agreement=bool(facts["agreement_number"])), values)
    return ReminderLetter(
        reference=facts["reference"], level=level, certified=level == 4, offer_plan=level >= 2, language="es",
        letter_date=LETTER_DATE, clinic=CLINIC, clinic_logo=None, client_name=facts["client_name"],
        client_address_lines=facts["address"], items=items, total=total, body=body, iban=IBAN,
        bizum_phone=BIZUM, agreement_number=facts["agreement_number"],
    )


def render_bare(letters: list[ReminderLetter]) -> bytes:
    """Draw the same texts as the letters with plain cell and multi_cell calls, one after the other."""
    line = pdf_common.line_height(pdf_common.BODY_SIZE)
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(pdf_common.MARGIN, pdf_common.MARGIN, pdf_common.MARGIN)
    pdf.set_auto_page_break(True, margin=pdf_common.BOTTOM_MARGIN)
    pdf.add_font(pdf_common.FONT_FAMILY, "", str(pdf_common.FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(pdf_common.FONT_FAMILY, "B", str(pdf_common.FONT_DIR / "DejaVuSans-Bold.ttf"))

    def regular(size: float = pdf_common.BODY_SIZE) -> None:
        pdf.set_font(pdf_common.FONT_FAMILY, "", size)

    def bold(size: float = pdf_common.BODY_SIZE) -> None:
        pdf.set_font(pdf_common.FONT_FAMILY, "B", size)

    def text_line(text: str, width: float = 0, align: str = "L") -> None:
        pdf.cell(width, line, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def paragraph(text: str) -> None:
        pdf.multi_cell(0, line, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(PARAGRAPH_GAP)

    for letter in letters:
        pdf.add_page()
        if letter.certified:
            bold()
            text_line(english("", T_CERTIFIED), align="R")
        bold(pdf_common.HEADING_SIZE)
        text_line(CLINIC.name)
        regular(9)
        for text in (f"CIF/NIF {CLINIC.tax_id}", *CLINIC.address_lines, f"Tel. {CLINIC.phone}", CLINIC.email):
            text_line(text)
        regular()
        pdf.set_y(WINDOW.top_mm + 4)
        for text in (letter.client_name, *letter.client_address_lines):
            pdf.set_x(WINDOW.left_mm + 4)
            pdf.cell(WINDOW.width_mm - 8, line, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(WINDOW.bottom_mm + 8)
        text_line(f"Madrid, {format_long_date(letter.letter_date)}", align="R")
        bold()
        subject = (AGREEMENT_SUBJECTS[letter.level].format(number=letter.agreement_number)
                   if letter.agreement_number else SUBJECTS[letter.level])
        text_line(subject)
        regular()
        for text in letter.body.split("\n\n"):
            paragraph(text)
        bold()
        for width, label in zip(ITEM_COLUMNS, (T_DUE_DATE, T_DESCRIPTION, T_AMOUNT)):
            pdf.cell(width, line, label)
        pdf.ln(line)
        regular()
        for item in letter.items:
            pdf.cell(ITEM_COLUMNS[0], line, format_date(item.due_date))
            pdf.cell(ITEM_COLUMNS[1], line, item.description)
            pdf.cell(ITEM_COLUMNS[2], line, format_money(item.amount), align="R", new_x="LMARGIN", new_y="NEXT")
        bold()
        pdf.cell(ITEM_COLUMNS[0] + ITEM_COLUMNS[1], line, T_TOTAL)
        pdf.cell(ITEM_COLUMNS[2], line, format_money(letter.total), align="R", new_x="LMARGIN", new_y="NEXT")
        text_line(T_HOW_TO_PAY)
        regular()
        # Texts that always take one line are written with cell, as a hand-written layout would do.
        paragraph(T_PAY_TRANSFER.format(iban=IBAN, reference=letter.reference))
        text_line(T_PAY_BIZUM.format(phone=BIZUM, reference=letter.reference))
        text_line(T_PAY_DESK)
        if letter.offer_plan:
            bold()
            text_line(T_PLAN_HEADING)
            regular()
            paragraph(T_PLAN_TEXT)
        paragraph(T_QUESTIONS_PHONE_EMAIL.format(phone=CLINIC.phone, email=CLINIC.email))
        text_line(T_CLOSING)
        bold()
        text_line(CLINIC.name)
        # The footer is below the page break trigger, so it is drawn with automatic page breaks off.
        regular(pdf_common.FOOTER_SIZE)
        pdf.set_auto_page_break(False)
        pdf.set_y(-pdf_common.BOTTOM_MARGIN + 6)
        text_line(T_FOOTER.format(reference=letter.reference, page=1, pages=1), align="C")
        pdf.set_auto_page_break(True, margin=pdf_common.BOTTOM_MARGIN)
    return bytes(pdf.output())


def time_run(letter_count: int) -> dict:
    """Prepare and render ``letter_count`` letters, then draw them bare; return seconds and page counts."""
    facts = [client_facts(number) for number in range(letter_count)]
    started = time.perf_counter()
    letters = [prepare_letter(one) for one in facts]
    prepared = time.perf_counter()
    vetdesk_pdf = render_letters(letters, WINDOW, english)
    rendered = time.perf_counter()
    bare_pdf = render_bare(letters)
    finished = time.perf_counter()
    return {
        "prepare_s": prepared - started,
        "render_s": rendered - prepared,
        "bare_s": finished - rendered,
        "vetdesk_pages": len(PdfReader_from(vetdesk_pdf).pages),
        "bare_pages": len(PdfReader_from(bare_pdf).pages),
        "vetdesk_bytes": len(vetdesk_pdf),
        "bare_bytes": len(bare_pdf),
    }


def PdfReader_from(data: bytes) -> PdfReader:  # noqa: N802 - reads like the constructor it wraps
    import io

    return PdfReader(io.BytesIO(data))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000, help="letters in the batch (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="measured runs of each (default 3)")
    parser.add_argument("--profile", action="store_true", help="also profile one render_letters call")
    args = parser.parse_args()

    # One unmeasured run of 20 letters loads fpdf2, the fonts and the templates.
    time_run(20)
    runs = [time_run(args.letters) for _ in range(args.rounds)]
    prepare = statistics.median(run["prepare_s"] for run in runs)
    render = statistics.median(run["render_s"] for run in runs)
    bare = statistics.median(run["bare_s"] for run in runs)
    # Each run times both sides one after the other, so the ratio is taken per run, where the load of the
    # machine is most alike, and the median of those ratios is reported.
    ratios = [(run["prepare_s"] + run["render_s"]) / run["bare_s"] for run in runs]
    ratio = statistics.median(ratios)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{args.letters} letters, {runs[0]['vetdesk_pages']} pages "
          f"(bare: {runs[0]['bare_pages']} pages), median of {args.rounds} runs")
    print(f"  prepare (fill templates):  {prepare * 1000:8.0f} ms")
    print(f"  render_letters:            {render * 1000:8.0f} ms  ({render / args.letters * 1000:.1f} ms a letter)")
    print(f"  prepare + render:          {(prepare + render) * 1000:8.0f} ms")
    print(f"  bare fpdf2, same texts:    {bare * 1000:8.0f} ms")
    print(f"  ratio (prepare + render) / bare: median {ratio:.2f} (target at most {TARGET_RATIO}), "
          f"runs {[round(value, 2) for value in ratios]}")
    print(f"  PDF size: {runs[0]['vetdesk_bytes'] / 1e6:.1f} MB (bare {runs[0]['bare_bytes'] / 1e6:.1f} MB)")
    print(f"  peak RSS: {peak_mb:.0f} MB")
    if args.profile:
        letters = [prepare_letter(client_facts(number)) for number in range(args.letters)]
        profiler = cProfile.Profile()
        profiler.enable()
        render_letters(letters, WINDOW, english)
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(30)

    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps({
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "letters": args.letters,
        "rounds": [{key: round(value, 4) if isinstance(value, float) else value for key, value in run.items()}
                   for run in runs],
        "prepare_ms": round(prepare * 1000, 1),
        "render_ms": round(render * 1000, 1),
        "bare_ms": round(bare * 1000, 1),
        "ratio": round(ratio, 3),
        "ratios": [round(value, 3) for value in ratios],
        "target_ratio": TARGET_RATIO,
        "peak_rss_mb": round(peak_mb),
    }, indent=2) + "\n", encoding="utf-8")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
