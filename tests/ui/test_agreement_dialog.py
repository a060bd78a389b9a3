"""The agreement dialog at the desk: terms, a live schedule, the client's signature and the sealed form."""

from __future__ import annotations

import ast
import io
import math
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import func, select

from vetdesk.cli import main
from vetdesk.documents.sealing import check_sealed_pdf
from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.formatting import format_date
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, seal, settings
from vetdesk.storage import models
from vetdesk.ui import agreement_dialog
from vetdesk.ui.agreement_dialog import AgreementDialog, ScheduleModel
from vetdesk.ui.common import money_text

TODAY = date(2026, 12, 4)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def euros(text: str) -> Money:
    return Money(Decimal(text))


@pytest.fixture(autouse=True)
def _english_command_output(monkeypatch):
    """Commands follow the desk's language, and the verify test reads their English output."""
    from vetdesk.config import LocalConfig

    monkeypatch.setattr("vetdesk.config.load_config", lambda: LocalConfig(language="en"))


@pytest.fixture(autouse=True)
def _empty_passphrase_cache():
    seal.forget_session_passphrases()
    yield
    seal.forget_session_passphrases()


@pytest.fixture
def client_id(context, clinic) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", id_number="12345678Z", city="Madrid")).id


def charge(context, client_id, amount: str, days_ago: int, description: str = "Cirugía",
           pet_id: int | None = None) -> int:
    """Store a past charge directly, as an import would, because the debt block applies only at the desk."""
    day = TODAY - timedelta(days=days_ago)
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=day, due_date=day, description=description,
                                     amount_cents=euros(amount).cents, pet_id=pet_id).id


@pytest.fixture
def owed(context, client_id) -> list[int]:
    """Two charges of 1.000,00 € and 234,56 €: 1.234,56 € owed."""
    return [charge(context, client_id, "1000", 40), charge(context, client_id, "234.56", 10, "Vacunas")]


def open_dialog(qtbot, context, client_id, **options) -> AgreementDialog:
    dialog = AgreementDialog(context, client_id, **options)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def schedule(dialog: AgreementDialog) -> list[tuple[int, date, Money]]:
    return [(line.number, line.due_date, line.amount) for line in dialog.schedule_model.lines()]


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (models.Agreement, models.AgreementLine, models.AgreementDocument,
                              models.LedgerEntry)}


# Drawing on the pad


def pad_point(pad, x: float, y: float) -> QPoint:
    rect = pad.canvas_rect()
    return QPoint(round(rect.x() + x * rect.width()), round(rect.y() + y * rect.height()))


def stroke(pad, points: list[tuple[float, float]]) -> None:
    positions = [pad_point(pad, x, y) for x, y in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, positions[0])
    for position in positions[1:]:
        QTest.mouseMove(pad, position)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, positions[-1])


def draw_signature(pad) -> None:
    """Sign with the mouse: a row of loops and an underline across most of the box."""
    loops = []
    for step in range(201):
        t = step / 200
        angle = 2 * math.pi * 5 * t
        loops.append((0.12 + 0.6 * (t - 0.048 * math.sin(angle)), 0.45 - 0.2 * math.cos(angle)))
    stroke(pad, loops)
    stroke(pad, [(0.1 + 0.7 * step / 30, 0.7 - 0.04 * step / 30) for step in range(31)])


def go_to_signing(qtbot, dialog: AgreementDialog) -> None:
    assert dialog.next_button.isEnabled(), dialog.message_bar.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget().objectName() == "agreementSigningPage"


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    # format_money puts a no-break space before "€", and extraction may give either space.
    return re.sub(r"[\u00a0\u202f ]+", " ", text)


# The terms step


def test_dialog_opens_on_whole_balance(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    assert dialog.objectName() == "agreementDialog"
    assert dialog.pages.currentWidget().objectName() == "agreementTermsPage"
    assert dialog.kind_instalments.isChecked()
    assert dialog.charges_model.rowCount() == 2
    assert dialog.charges_model.checked_ids() == tuple(owed)
    assert money_text(euros("1234.56")) in dialog.charges_total.text()
    assert dialog.quote is not None
    assert dialog.quote.amount == euros("1234.56")
    assert dialog.next_button.isEnabled()
    assert dialog.message_bar.text() == ""


def test_count_and_period_change_schedule(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    dialog.first_due.setDate(dialog.first_due.date().fromString("31/01/2027", "dd/MM/yyyy"))

    dialog.instalment_count.setValue(6)

    lines = schedule(dialog)
    assert [line[0] for line in lines] == [1, 2, 3, 4, 5, 6]
    assert [line[1] for line in lines] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31),
                                           date(2027, 4, 30), date(2027, 5, 31), date(2027, 6, 30)]
    assert [line[2] for line in lines] == [euros("205.76")] * 5 + [euros("205.76")]
    assert dialog.schedule_model.total() == euros("1234.56")
    assert money_text(euros("1234.56")) in dialog.schedule_total.text()

    dialog.period.setCurrentIndex(dialog.period.findData(Period.WEEKLY))
    assert [line[1] for line in schedule(dialog)] == [date(2027, 1, 31) + timedelta(days=7 * i) for i in range(6)]

    dialog.period.setCurrentIndex(dialog.period.findData(Period.BIWEEKLY))
    assert [line[1] for line in schedule(dialog)] == [date(2027, 1, 31) + timedelta(days=14 * i) for i in range(6)]

    dialog.instalment_count.setValue(7)
    amounts = [line[2] for line in schedule(dialog)]
    assert amounts == [euros("176.36")] * 6 + [euros("176.40")]


def test_count_limited_by_clinic_maximum(qtbot, context, client_id, owed):
    settings.update_settings(context, {"agreements.max_instalments": 8})

    dialog = open_dialog(qtbot, context, client_id)

    assert dialog.instalment_count.maximum() == 8
    dialog.instalment_count.setValue(20)
    assert dialog.instalment_count.value() == 8


def test_down_payment_line_first(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    qtbot.keyClicks(dialog.down_payment, "234,56")
    dialog.recompute()

    lines = schedule(dialog)
    assert lines[0] == (0, TODAY, euros("234.56"))
    assert [line[2] for line in lines[1:]] == [euros("333.33"), euros("333.33"), euros("333.34")]
    assert dialog.schedule_model.data(dialog.schedule_model.index(0, ScheduleModel.NUMBER)) == "Down payment"


def test_typed_amount_waits_then_recomputes(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    qtbot.keyClicks(dialog.discount, "34,56")

    qtbot.waitUntil(lambda: dialog.quote is not None and dialog.quote.amount == euros("1200"))
    assert dialog.schedule_model.total() == euros("1200")


def test_unticked_charge_leaves_the_plan(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    dialog.charges_model.set_checked(owed[1], False)

    assert dialog.quote.amount == euros("1000")
    assert dialog.quote.covered[0].id == owed[0]
    dialog.charges_model.set_checked(owed[0], False)
    assert dialog.quote is None
    assert "Tick at least one charge" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()


def test_preselected_charges_ticked(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id, charge_ids=[owed[0]])

    assert dialog.charges_model.checked_ids() == (owed[0],)
    assert dialog.quote.amount == euros("1000")


def test_below_minimum_hint_and_no_next(qtbot, context, client_id):
    charge(context, client_id, "30", 40)

    dialog = open_dialog(qtbot, context, client_id)

    assert dialog.kind_promise.isChecked()
    assert dialog.next_button.isEnabled()
    assert dialog.instalment_hint.isVisible()
    assert "Instalments are offered from" in dialog.instalment_hint.text()
    dialog.kind_instalments.click()
    assert "offers instalments from 50,00\u00a0€" in dialog.message_bar.text()
    assert "30,00\u00a0€" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()
    assert dialog.schedule_model.rowCount() == 0


def test_edited_schedule_checked(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    model = dialog.schedule_model
    table = dialog.schedule_table
    index = model.index(1, ScheduleModel.AMOUNT)

    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit, "scheduleAmountEditor")
    assert editor is not None
    editor.setText("400,00")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    # The delegate commits the typed text in a queued call.
    qtbot.waitUntil(lambda: model.edited)
    assert model.lines()[1].amount == euros("400")
    assert "add up to" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()

    model.setData(model.index(2, ScheduleModel.AMOUNT), "423,04")
    assert dialog.message_bar.text() == ""
    assert dialog.next_button.isEnabled()
    assert dialog.quote.schedule == model.lines()
    assert [line.amount for line in dialog.quote.schedule] == [euros("411.52"), euros("400"), euros("423.04")]

    qtbot.mouseClick(dialog.recompute_button, Qt.MouseButton.LeftButton)
    assert not model.edited
    assert [line.amount for line in model.lines()] == [euros("411.52"), euros("411.52"), euros("411.52")]


def test_edited_dates_out_of_order(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    model = dialog.schedule_model
    first = model.lines()[0].due_date

    model.setData(model.index(2, ScheduleModel.DUE), dialog.first_due.date().addDays(-1))

    assert "Put the due dates in order" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()
    assert model.lines()[2].due_date == first - timedelta(days=1)


def test_unreadable_amount_in_schedule(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    model = dialog.schedule_model
    before = model.lines()

    assert not model.setData(model.index(0, ScheduleModel.AMOUNT), "doce euros")

    assert "doce euros" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()
    assert model.lines() == before
    qtbot.mouseClick(dialog.recompute_button, Qt.MouseButton.LeftButton)
    assert dialog.next_button.isEnabled()


def test_changed_terms_drop_table_edits(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    model = dialog.schedule_model
    model.setData(model.index(0, ScheduleModel.AMOUNT), "1,00")
    assert model.edited

    dialog.instalment_count.setValue(4)

    assert not model.edited
    assert model.rowCount() == 4
    assert dialog.next_button.isEnabled()


def test_bad_discount_named(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    dialog.discount.setText("12,345")
    dialog.recompute()

    assert "12,345" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()
    dialog.discount.setText("2000")
    dialog.recompute()
    assert "The discount 2.000,00\u00a0€ must be" in dialog.message_bar.text()


def test_unreadable_down_payment_marked(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    dialog.down_payment.setText("abc")
    dialog.recompute()

    assert "abc" in dialog.message_bar.text()
    assert dialog.marked_fields() == ["downPayment"]
    assert "#d93025" in dialog.down_payment.styleSheet()
    assert dialog.discount.styleSheet() == ""
    assert "top of the window" in dialog.quote_summary.text()
    assert "marked" not in dialog.quote_summary.text()
    assert not dialog.next_button.isEnabled()

    dialog.down_payment.setText("100")
    dialog.recompute()
    assert dialog.marked_fields() == []
    assert dialog.down_payment.styleSheet() == ""
    assert dialog.next_button.isEnabled()


def test_each_invalid_field_marked(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    dialog.discount.setText("12,345")
    dialog.down_payment.setText("-5")
    dialog.recompute()
    assert dialog.marked_fields() == ["agreementDiscount", "downPayment"]

    dialog.discount.setText("2000")
    dialog.down_payment.clear()
    dialog.recompute()
    assert "The discount 2.000,00\u00a0€ must be" in dialog.message_bar.text()
    assert dialog.marked_fields() == ["agreementDiscount"]

    dialog.discount.clear()
    dialog.down_payment.clear()
    dialog.charges_model.set_checked(owed[0], False)
    dialog.charges_model.set_checked(owed[1], False)
    assert dialog.marked_fields() == ["coveredCharges"]
    assert "#coveredCharges" in dialog.charges_table.styleSheet()

    dialog.charges_model.set_checked(owed[0], True)
    dialog.kind_financing.click()
    assert dialog.marked_fields() == ["financingProvider"]

    dialog.kind_instalments.click()
    model = dialog.schedule_model
    model.setData(model.index(0, ScheduleModel.AMOUNT), "1,00")
    assert "add up to" in dialog.message_bar.text()
    assert dialog.marked_fields() == ["scheduleTable"]


def test_fee_warning_does_not_block(qtbot, context, client_id, owed):
    settings.update_settings(context, {"agreements.fee_cents": 1500})

    dialog = open_dialog(qtbot, context, client_id)

    assert "Ley 16/2011" in dialog.message_bar.text()
    assert dialog.next_button.isEnabled()
    assert dialog.quote.amount == euros("1249.56")
    assert money_text(euros("15")) in dialog.quote_summary.text()
    assert "#e37400" in dialog.message_bar.styleSheet()


def test_promise_uses_its_date(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    dialog.kind_promise.click()
    dialog.promise_date.setDate(dialog.promise_date.date().addDays(3))

    lines = schedule(dialog)
    assert len(lines) == 1
    assert lines[0][2] == euros("1234.56")
    assert lines[0][1] == date(2027, 1, 7)
    assert not dialog.recompute_button.isVisible()
    assert not dialog.schedule_model.flags(dialog.schedule_model.index(0, ScheduleModel.AMOUNT)) \
        & Qt.ItemFlag.ItemIsEditable


def test_financing_needs_provider(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    dialog.kind_financing.click()

    assert "financing company" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()
    qtbot.keyClicks(dialog.provider, "Financiera Ejemplo")
    qtbot.waitUntil(dialog.next_button.isEnabled)
    assert schedule(dialog)[0][1] == TODAY + timedelta(days=30)


def test_nothing_owed_explained(qtbot, context, client_id):
    dialog = open_dialog(qtbot, context, client_id)

    assert "nothing to agree" in dialog.message_bar.text()
    assert not dialog.next_button.isEnabled()
    assert not dialog.terms_page.isEnabled()


def test_enter_does_not_submit(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    dialog.instalment_count.setFocus()

    QTest.keyClick(dialog.instalment_count, Qt.Key.Key_Return)
    QTest.keyClick(dialog, Qt.Key.Key_Enter)

    assert dialog.isVisible()
    assert dialog.pages.currentWidget().objectName() == "agreementTermsPage"
    for button in (dialog.next_button, dialog.sign_button, dialog.save_unsigned_button):
        assert not button.autoDefault()
        assert not button.isDefault()


def test_tab_order_follows_form(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    qtbot.waitActive(dialog)
    expected = ["downPayment", "instalmentCount", "instalmentPeriod", "firstDueDate", "formLanguage",
                "scheduleTable", "recomputeButton"]
    dialog.discount.setFocus()

    # Tab moves through the day, month and year of a date field before leaving it, as in any Qt date edit.
    reached: list[str] = []
    for _ in range(20):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
        owner = widget if widget.objectName() else widget.parentWidget()
        if not reached or reached[-1] != owner.objectName():
            reached.append(owner.objectName())
        if owner is dialog.recompute_button:
            break

    assert reached == expected


def test_escape_closes_unsigned(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert counts(context)["agreement"] == 0


# The signing step


def test_signing_page_summarises_terms(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    dialog.instalment_count.setValue(6)

    go_to_signing(qtbot, dialog)

    summary = dialog.summary.text()
    assert "Begoña Ibáñez Núñez" in summary
    assert money_text(euros("1234.56")) in summary
    assert all(format_date(line.due_date, "en") in summary for line in dialog.quote.schedule)
    assert "Lucía (recepción)" in dialog.witness.text()
    assert dialog.pad.is_empty()
    for name in ("backButton", "saveUnsignedButton", "signAndSaveButton"):
        assert dialog.findChild(type(dialog.sign_button), name).isVisible()
    assert not dialog.next_button.isVisible()


def test_signing_headings_in_spanish(qtbot, context, client_id, owed, spanish):
    dialog = open_dialog(qtbot, context, client_id)

    go_to_signing(qtbot, dialog)

    summary = dialog.summary.text()
    for spanish_heading in ("N.º", "Vencimiento", "Importe"):
        assert spanish_heading in summary
    for english_heading in ("No.", "Due date", "Amount"):
        assert english_heading not in summary


def test_signing_headings_extracted_by_lupdate(tmp_path):
    """lupdate skips a self.tr() written inside an f-string, so a Spanish desk would show it in English."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    source = Path(agreement_dialog.__file__)
    ts_file = tmp_path / "agreement_dialog.ts"

    subprocess.run([lupdate, str(source), "-ts", str(ts_file)], check=True, capture_output=True, timeout=120)

    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(ts_file).getroot().iter("context")
        for message in context.iter("message")
    }
    for heading in ("No.", "Due date", "Amount"):
        assert ("AgreementDialog", heading) in extracted
    calls_in_f_strings = [
        node.lineno
        for f_string in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(f_string, ast.JoinedStr)
        for node in ast.walk(f_string)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
    ]
    assert calls_in_f_strings == []


def test_show_form_opens_preview(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)

    qtbot.mouseClick(dialog.show_terms_button, Qt.MouseButton.LeftButton)

    viewer = dialog.preview_dialog
    assert viewer is not None
    assert viewer.objectName() == "pdfViewDialog"
    assert viewer.isVisible()
    text = pdf_text(viewer.pdf)
    assert "Begoña Ibáñez Núñez" in text
    assert "1.234,56 €" in text
    assert counts(context)["agreement"] == 0
    viewer.close()


def test_empty_signature_refused(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    before = counts(context)

    with qtbot.assertNotEmitted(dialog.agreementRecorded):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    assert "has not signed yet" in dialog.message_bar.text()
    assert dialog.isVisible()
    assert counts(context) == before


def test_tiny_signature_refused(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    stroke(dialog.pad, [(0.5 + 0.02 * step / 10, 0.5) for step in range(11)])

    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    assert "too small" in dialog.message_bar.text()
    assert counts(context)["agreement"] == 0


def test_signed_form_sealed_and_verified(qtbot, context, client_id, owed, tmp_path, capsys):
    """The acceptance scenario: sign with the mouse, store a sealed form, detect one changed byte."""
    dialog = open_dialog(qtbot, context, client_id)
    dialog.instalment_count.setValue(6)
    planned = dialog.quote.schedule
    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)
    assert dialog.pad.problem() is None

    with qtbot.waitSignal(dialog.agreementRecorded) as recorded:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    agreement_id = recorded.args[0]
    assert not dialog.isVisible()
    assert dialog.result() == AgreementDialog.DialogCode.Accepted
    view = agreements.agreement_view(context, agreement_id)
    assert view.kind is AgreementKind.INSTALMENTS
    assert view.amount == euros("1234.56")
    assert [line.line for line in view.progress.lines] == list(planned)
    document = view.documents[-1]
    assert document.signed_at is not None
    assert document.sealed
    assert document.witnessed_by == "Lucía (recepción)"
    stored = agreements.document_pdf(context, document.id)

    viewer = dialog.signed_document_dialog
    assert viewer is not None
    assert viewer.isVisible()
    assert viewer.pdf == stored

    text = pdf_text(stored)
    assert "Begoña Ibáñez Núñez" in text
    assert "1.234,56 €" in text
    assert "205,76 €" in text
    for line in planned:
        assert format_date(line.due_date, "es") in text

    # The seal was created on first use and its passphrase went to the (in-memory) keyring.
    certificate = seal.active_certificate(context)
    assert certificate is not None
    assert seal.seal_passphrase(certificate.fingerprint_sha256)
    check = check_sealed_pdf(stored, [], trusted_fingerprints=[certificate.fingerprint_sha256])
    assert check.intact
    assert check.trusted
    assert check.covers_whole_file

    path = tmp_path / "signed.pdf"
    path.write_bytes(stored)
    assert main(["verify", str(path), "--database", context.database.url]) == 0
    assert "INTACT" in capsys.readouterr().out

    signed_end = int(re.search(rb"/ByteRange \[\s*0\s+(\d+)", stored).group(1))
    position = stored.index(b"stream", stored.index(b"/Contents")) + 40
    assert position < signed_end
    changed = bytearray(stored)
    changed[position] ^= 0x01
    path.write_bytes(bytes(changed))
    assert main(["verify", str(path), "--database", context.database.url]) == 1
    output = capsys.readouterr().out
    assert "ALTERED" in output
    assert "INTACT" not in output
    viewer.close()


def test_double_click_stores_once(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)
    recorded = []
    dialog.agreementRecorded.connect(recorded.append)

    QTest.mouseDClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    dialog.sign_and_save()

    assert len(recorded) == 1
    assert counts(context)["agreement"] == 1
    assert counts(context)["agreement_document"] == 1
    dialog.signed_document_dialog.close()


def test_retry_after_error_reuses_request(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)
    # Another desk takes a payment meanwhile, so the terms signed no longer match the account.
    accounts.record_payment(context, accounts.NewPayment(client_id, euros("34.56"), accounts.PaymentMethod.CARD,
                                                         TODAY))
    before = counts(context)

    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    assert "account changed" in dialog.message_bar.text()
    assert counts(context) == before
    assert dialog.isVisible()
    request_id = dialog.request_id
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.quote.amount == euros("1200")
    go_to_signing(qtbot, dialog)
    # The terms changed, so the signature drawn for the old ones is gone.
    assert dialog.pad.is_empty()
    draw_signature(dialog.pad)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert counts(context)["agreement"] == 1
    assert dialog.quote.draft.request_id == request_id
    dialog.signed_document_dialog.close()


def test_save_without_signature(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    dialog.kind_promise.click()
    go_to_signing(qtbot, dialog)

    with qtbot.waitSignal(dialog.agreementRecorded) as recorded:
        qtbot.mouseClick(dialog.save_unsigned_button, Qt.MouseButton.LeftButton)

    view = agreements.agreement_view(context, recorded.args[0])
    assert view.kind is AgreementKind.PROMISE
    assert view.documents[-1].signed_at is None
    assert view.documents[-1].witnessed_by == ""
    assert view.documents[-1].sealed
    assert "to sign on paper" in dialog.signed_document_dialog.windowTitle()
    dialog.signed_document_dialog.close()


def test_unsigned_save_refused_with_ink(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)

    qtbot.mouseClick(dialog.save_unsigned_button, Qt.MouseButton.LeftButton)

    assert "has signed on the pad" in dialog.message_bar.text()
    assert counts(context)["agreement"] == 0


def test_escape_with_signature_asks(qtbot, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)

    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    box = dialog.discard_box
    assert box is not None
    assert box.objectName() == "discardSignatureBox"
    assert dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    assert not dialog.pad.is_empty()

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert counts(context)["agreement"] == 0


def test_passphrase_asked_then_saved(qtbot, context, client_id, owed, memory_keyring):
    # The clinic's seal exists, but this desk's keyring does not have its passphrase.
    certificate = seal.create_clinic_seal(context)
    passphrase = seal.seal_passphrase(certificate.fingerprint_sha256)
    memory_keyring.passwords.clear()
    dialog = open_dialog(qtbot, context, client_id)
    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)

    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    prompt = dialog.passphrase_dialog
    assert prompt is not None
    assert prompt.isVisible()
    assert counts(context)["agreement"] == 0
    prompt.passphrase.setText("not the passphrase")
    assert not prompt.submit()
    assert prompt.isVisible()
    prompt.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.agreementRecorded):
        assert prompt.submit()
    assert counts(context)["agreement"] == 1
    assert dialog.signed_document_dialog is not None
    dialog.signed_document_dialog.close()


# Screenshots


def _screenshot_path(tmp_path: Path, name: str) -> Path:
    """Write into docs/screenshots when VETDESK_SCREENSHOTS=1, else into the test's folder."""
    return (SCREENSHOTS if os.environ.get("VETDESK_SCREENSHOTS") == "1" else tmp_path) / name


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_screenshots_of_both_steps(qtbot, context, client_id, tmp_path):
    trufa = clients.add_pet(context, client_id, clients.NewPet(name="Trufa", species="gato"))
    charge(context, client_id, "890", 40, "Cirugía: extirpación de un nódulo", trufa)
    charge(context, client_id, "310", 40, "Hospitalización, 2 días", trufa)
    charge(context, client_id, "34.56", 10, "Vacuna trivalente felina", trufa)
    dialog = open_dialog(qtbot, context, client_id)
    dialog.resize(1100, 760)
    dialog.instalment_count.setValue(6)
    qtbot.wait(50)

    terms = _screenshot_path(tmp_path, "agreement-dialog.png")
    assert dialog.grab().save(str(terms))

    go_to_signing(qtbot, dialog)
    draw_signature(dialog.pad)
    qtbot.wait(50)
    signing = _screenshot_path(tmp_path, "agreement-signing.png")
    assert dialog.grab().save(str(signing))
    assert terms.stat().st_size > 10_000
    assert signing.stat().st_size > 10_000
    dialog.pad.clear()


def test_models_pass_model_tester(qtbot, qtmodeltester, context, client_id, owed):
    dialog = open_dialog(qtbot, context, client_id)

    qtmodeltester.check(dialog.charges_model)
    qtmodeltester.check(dialog.schedule_model)
    dialog.instalment_count.setValue(5)
    dialog.charges_model.set_checked(owed[1], False)
