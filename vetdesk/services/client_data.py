"""Clients' data rights: export everything stored about a client, and erase a client's identity.

Export
    ``export_client_data`` gathers the client's details, consents, pets, ledger,
    debt-block overrides and audit history into one dict of plain JSON values.
    ``write_export_json`` and ``write_export_pdf`` write that dict to a file, so
    both formats always show the same data. Other clients who co-own a pet
    appear only by client number and role, never by name, because their data
    belongs to them.

Erasure
    ``anonymise_client`` replaces the client's identity with "Cliente
    anonimizado <id>" and clears contact data, notes and consents. Every ledger
    entry stays unchanged (date, amount, description) because Spanish
    accounting and tax law require the clinic to keep its records of charges
    and payments. Pets and their links to the client stay: a pet's name,
    species and microchip describe the animal, and removing the link would
    lose who is responsible for it. A client who still owes money may be
    anonymised; the account and its balance remain, and the dialog warns first.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vetdesk.domain.formatting import format_date, language_code
from vetdesk.domain.identity import search_key
from vetdesk.domain.ledger import EntryKind, LedgerEntry, running_balances
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money, format_money
from vetdesk.services import staff
from vetdesk.services.audit import record_event
from vetdesk.services.context import ServiceContext
from vetdesk.services.staff import Permission
from vetdesk.storage import models

log = logging.getLogger("vetdesk.client_data")

CTX = "ClientData"
EXPORT_FORMAT = "vetdesk-client-export"
EXPORT_FORMAT_VERSION = 1
MIN_ERASURE_REASON = 5
# Stored in the client's given name, so it is in Spanish like the clinic's records.
ANONYMISED_NAME = "Cliente anonimizado {id}"

Translate = Callable[[str, str], str]


# Reading


def _not_found(client_id: int) -> UserError:
    return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "ClientData", "Client number {id} was not found. Search for the client again."), {"id": client_id}))


def _require_client(session: Session, client_id: int) -> models.Client:
    client = session.get(models.Client, client_id)
    if client is None:
        raise _not_found(client_id)
    return client


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def amount_text(cents: int) -> str:
    """Format cents as a Spanish amount without the euro sign: 123456 gives "1.234,56"."""
    return format_money(Money.from_cents(cents), "es").removesuffix("\u00a0€")


def _entries(session: Session, client_id: int) -> list[models.LedgerEntry]:
    return list(session.scalars(
        select(models.LedgerEntry)
        .where(models.LedgerEntry.client_id == client_id)
        .order_by(models.LedgerEntry.entry_date, models.LedgerEntry.id)
    ))


def _balance_cents(session: Session, client_id: int) -> int:
    rows = _entries(session, client_id)
    return sum(row.amount_cents if EntryKind(row.kind).is_debit else -row.amount_cents for row in rows)


def _clinic_section(session: Session) -> dict[str, Any]:
    clinic = session.scalars(select(models.Clinic).order_by(models.Clinic.id)).first()
    if clinic is None:
        return {}
    return {
        "name": clinic.name, "tax_id": clinic.tax_id, "address_line": clinic.address_line,
        "postal_code": clinic.postal_code, "city": clinic.city, "province": clinic.province,
        "phone": clinic.phone, "email": clinic.email, "time_zone": clinic.time_zone,
    }


def _client_section(client: models.Client) -> dict[str, Any]:
    return {
        "id": client.id, "given_name": client.given_name, "surnames": client.surnames,
        "id_number": client.id_number or "", "phone": client.phone, "phone2": client.phone2,
        "email": client.email, "address_line": client.address_line, "postal_code": client.postal_code,
        "city": client.city, "province": client.province, "notes": client.notes,
        "external_ref": client.external_ref or "", "created_at": _iso(client.created_at),
        "updated_at": _iso(client.updated_at), "anonymised_at": _iso(client.anonymised_at),
    }


def _consents_section(client: models.Client) -> dict[str, bool]:
    return {
        "consent_email": client.consent_email, "consent_sms": client.consent_sms,
        "consent_post": client.consent_post, "no_reminders": client.no_reminders,
    }


def _pets_section(session: Session, client_id: int) -> list[dict[str, Any]]:
    """List the client's pets; other owners appear by client number and role only, never by name."""
    links = session.execute(
        select(models.Pet, models.PetOwner.responsible)
        .join(models.PetOwner, models.PetOwner.pet_id == models.Pet.id)
        .where(models.PetOwner.client_id == client_id)
        .order_by(models.Pet.name, models.Pet.id)
    ).all()
    pets = []
    for pet, responsible in links:
        others = session.execute(
            select(models.PetOwner.client_id, models.PetOwner.responsible)
            .where(models.PetOwner.pet_id == pet.id, models.PetOwner.client_id != client_id)
            .order_by(models.PetOwner.client_id)
        ).all()
        pets.append({
            "id": pet.id, "name": pet.name, "species": pet.species, "breed": pet.breed, "sex": pet.sex,
            "birth_date": _iso(pet.birth_date), "microchip": pet.microchip,
            "role": "responsible" if responsible else "co-owner",
            "other_owners": [
                {"client_id": other_id, "role": "responsible" if other_responsible else "co-owner"}
                for other_id, other_responsible in others
            ],
        })
    return pets


def _ledger_section(session: Session, client_id: int) -> dict[str, Any]:
    rows = _entries(session, client_id)
    pet_names = dict(session.execute(
        select(models.Pet.id, models.Pet.name).where(models.Pet.id.in_({r.pet_id for r in rows if r.pet_id}))
    ).all())
    by_id = {row.id: row for row in rows}
    domain = [
        LedgerEntry(id=row.id, kind=EntryKind(row.kind), entry_date=row.entry_date,
                    amount=Money.from_cents(row.amount_cents), due_date=row.due_date,
                    applies_to=row.applies_to_id, description=row.description)
        for row in rows
    ]
    entries = []
    balance = Money.zero()
    for entry, balance in running_balances(domain):
        row = by_id[entry.id]
        entries.append({
            "id": row.id, "kind": row.kind, "entry_date": _iso(row.entry_date), "due_date": _iso(row.due_date),
            "description": row.description, "pet_id": row.pet_id, "pet_name": pet_names.get(row.pet_id, ""),
            "payment_method": row.payment_method or "", "applies_to_id": row.applies_to_id,
            "amount": amount_text(row.amount_cents), "amount_cents": row.amount_cents,
            "balance": amount_text(balance.cents), "balance_cents": balance.cents,
            "recorded_by": row.recorded_by, "recorded_at": _iso(row.recorded_at),
        })
    return {"entries": entries, "balance": amount_text(balance.cents), "balance_cents": balance.cents}


def _overrides_section(session: Session, client_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(models.BannerOverride)
        .where(models.BannerOverride.client_id == client_id)
        .order_by(models.BannerOverride.created_at, models.BannerOverride.id)
    )
    return [
        {"id": row.id, "created_at": _iso(row.created_at), "created_by": row.created_by, "reason": row.reason,
         "overdue": amount_text(row.overdue_cents), "overdue_cents": row.overdue_cents}
        for row in rows
    ]


def _history_section(session: Session, client_id: int, entry_ids: list[int]) -> list[dict[str, Any]]:
    """List the audit events about the client and their ledger entries, oldest first.

    Events about pets are left out: they name every owner of the pet, and
    the pets section already shows the pets as they are now.
    """
    about_client = (models.AuditEvent.entity == "client") & (models.AuditEvent.entity_id == str(client_id))
    about_entries = (models.AuditEvent.entity == "ledger_entry") & (
        models.AuditEvent.entity_id.in_([str(entry_id) for entry_id in entry_ids]))
    rows = session.scalars(
        select(models.AuditEvent).where(about_client | about_entries)
        .order_by(models.AuditEvent.occurred_at, models.AuditEvent.id)
    )
    return [
        {"id": row.id, "occurred_at": _iso(row.occurred_at), "actor": row.actor, "action": row.action,
         "entity": row.entity, "entity_id": row.entity_id,
         "before": json.loads(row.before_json) if row.before_json else None,
         "after": json.loads(row.after_json) if row.after_json else None}
        for row in rows
    ]


def export_client_data(context: ServiceContext, client_id: int) -> dict[str, Any]:
    """Return everything stored about a client as plain JSON values, and audit the export.

    Amounts come as Spanish text ("1.234,56") and as integer cents; dates and
    times are ISO 8601, times in UTC.
    """
    with context.database.transaction() as session:
        client = _require_client(session, client_id)
        ledger = _ledger_section(session, client_id)
        entry_ids = [entry["id"] for entry in ledger["entries"]]
        data = {
            "format": EXPORT_FORMAT,
            "format_version": EXPORT_FORMAT_VERSION,
            "exported_at": _iso(context.now()),
            "exported_by": context.actor,
            "clinic": _clinic_section(session),
            "client": _client_section(client),
            "consents": _consents_section(client),
            "pets": _pets_section(session, client_id),
            "ledger": ledger,
            "overrides": _overrides_section(session, client_id),
            "history": _history_section(session, client_id, entry_ids),
        }
        record_event(session, context, action="client_data_exported", entity="client", entity_id=client_id,
                     after={"entries": len(entry_ids), "events": len(data["history"])})
    log.info("Exported the data of client %s", client_id)
    return data


def write_export_json(data: dict[str, Any], path: Path | str) -> None:
    """Write an export as indented UTF-8 JSON, with accents and "ñ" kept as they are."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    Path(path).write_text(text + "\n", encoding="utf-8")


# The PDF. Every text goes through ``translate``, so the document follows the desk's language.

PDF = "ClientDataPdf"
T_TITLE = QT_TRANSLATE_NOOP("ClientDataPdf", "Personal data held about a client")
T_EXPORTED = QT_TRANSLATE_NOOP("ClientDataPdf", "Exported on {date} by {name}.")
T_PAGE = QT_TRANSLATE_NOOP("ClientDataPdf", "Page {page} of {pages}")
T_CLINIC = QT_TRANSLATE_NOOP("ClientDataPdf", "Clinic")
T_CLIENT = QT_TRANSLATE_NOOP("ClientDataPdf", "Client")
T_CONSENTS = QT_TRANSLATE_NOOP("ClientDataPdf", "Consents")
T_PETS = QT_TRANSLATE_NOOP("ClientDataPdf", "Pets")
T_STATEMENT = QT_TRANSLATE_NOOP("ClientDataPdf", "Account statement")
T_OVERRIDES = QT_TRANSLATE_NOOP("ClientDataPdf", "Debt block overrides")
T_HISTORY = QT_TRANSLATE_NOOP("ClientDataPdf", "History of changes")
T_NONE = QT_TRANSLATE_NOOP("ClientDataPdf", "None.")
T_YES = QT_TRANSLATE_NOOP("ClientDataPdf", "Yes")
T_NO = QT_TRANSLATE_NOOP("ClientDataPdf", "No")
T_NAME = QT_TRANSLATE_NOOP("ClientDataPdf", "Name")
T_TAX_ID = QT_TRANSLATE_NOOP("ClientDataPdf", "CIF/NIF")
T_ADDRESS = QT_TRANSLATE_NOOP("ClientDataPdf", "Address")
T_CLIENT_NUMBER = QT_TRANSLATE_NOOP("ClientDataPdf", "Client number")
T_ID_NUMBER = QT_TRANSLATE_NOOP("ClientDataPdf", "DNI/NIE")
T_PHONES = QT_TRANSLATE_NOOP("ClientDataPdf", "Phones")
T_EMAIL = QT_TRANSLATE_NOOP("ClientDataPdf", "Email")
T_NOTES = QT_TRANSLATE_NOOP("ClientDataPdf", "Notes")
T_REFERENCE = QT_TRANSLATE_NOOP("ClientDataPdf", "Reference in the previous program")
T_CREATED = QT_TRANSLATE_NOOP("ClientDataPdf", "Client since")
T_ANONYMISED = QT_TRANSLATE_NOOP("ClientDataPdf", "Personal data erased on")
T_CONSENT_EMAIL = QT_TRANSLATE_NOOP("ClientDataPdf", "Accepts email")
T_CONSENT_SMS = QT_TRANSLATE_NOOP("ClientDataPdf", "Accepts text messages")
T_CONSENT_POST = QT_TRANSLATE_NOOP("ClientDataPdf", "Accepts letters")
T_NO_REMINDERS = QT_TRANSLATE_NOOP("ClientDataPdf", "No payment reminders")
T_PET_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "{name} ({species}, {breed}), born {birth}, microchip {chip}")
T_RESPONSIBLE = QT_TRANSLATE_NOOP("ClientDataPdf", "This client is the responsible owner.")
T_CO_OWNER = QT_TRANSLATE_NOOP("ClientDataPdf", "This client is a co-owner.")
T_OTHER_OWNERS = QT_TRANSLATE_NOOP("ClientDataPdf", "Other owners, by client number: {numbers}")
T_UNKNOWN = QT_TRANSLATE_NOOP("ClientDataPdf", "unknown")
T_DATE = QT_TRANSLATE_NOOP("ClientDataPdf", "Date")
T_DESCRIPTION = QT_TRANSLATE_NOOP("ClientDataPdf", "Description")
T_CHARGE = QT_TRANSLATE_NOOP("ClientDataPdf", "Charge")
T_PAYMENT = QT_TRANSLATE_NOOP("ClientDataPdf", "Payment")
T_BALANCE = QT_TRANSLATE_NOOP("ClientDataPdf", "Balance")
T_CREDIT_NOTE_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "Credit note: {description}")
T_PAYMENT_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "Payment ({method}) {description}")
T_WRITE_OFF_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "Written off: {description}")
T_REVERSAL_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "Write-off reversed: {description}")
T_REVERSAL_PLAIN = QT_TRANSLATE_NOOP("ClientDataPdf", "Write-off reversed")
T_FINAL_BALANCE = QT_TRANSLATE_NOOP("ClientDataPdf", "Balance today: {amount}")
T_OVERRIDE_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "{date}, {name}: covered {amount} overdue. Reason: {reason}")
T_EVENT_LINE = QT_TRANSLATE_NOOP("ClientDataPdf", "{date} {time}, {name}: {action}")
T_FIELDS = QT_TRANSLATE_NOOP("ClientDataPdf", "Values: {values}")
T_BEFORE = QT_TRANSLATE_NOOP("ClientDataPdf", "Before: {values}")

PAYMENT_METHODS = {
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
    "transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "bizum": QT_TRANSLATE_NOOP("PaymentMethod", "Bizum"),
    "direct_debit": QT_TRANSLATE_NOOP("PaymentMethod", "Direct debit"),
}
ACTIONS = {
    "client_saved": QT_TRANSLATE_NOOP("ClientDataPdf", "client details saved"),
    "client_anonymised": QT_TRANSLATE_NOOP("ClientDataPdf", "personal data erased"),
    "client_data_exported": QT_TRANSLATE_NOOP("ClientDataPdf", "data exported"),
    "banner_overridden": QT_TRANSLATE_NOOP("ClientDataPdf", "debt block overridden"),
    "charge_recorded": QT_TRANSLATE_NOOP("ClientDataPdf", "charge recorded"),
    "payment_recorded": QT_TRANSLATE_NOOP("ClientDataPdf", "payment recorded"),
    "credit_note_recorded": QT_TRANSLATE_NOOP("ClientDataPdf", "credit note recorded"),
    "write_off_recorded": QT_TRANSLATE_NOOP("ClientDataPdf", "debt written off"),
    "write_off_reversed": QT_TRANSLATE_NOOP("ClientDataPdf", "write-off reversed"),
    "debt_decision_recorded": QT_TRANSLATE_NOOP("ClientDataPdf", "decision about the debt recorded"),
    "debt_hold_placed": QT_TRANSLATE_NOOP("ClientDataPdf", "debt put on hold or in dispute"),
    "debt_hold_released": QT_TRANSLATE_NOOP("ClientDataPdf", "hold or dispute released"),
}

BODY_SIZE = 10
HEADING_SIZE = 13
TITLE_SIZE = 16
# Line height as a multiple of the font size.
LINE_SPACING = 1.3
# Column widths in millimetres of the account statement; A4 minus 2 x 18 mm margins is 174 mm.
STATEMENT_COLUMNS = (26, 72, 25, 25, 26)


def _local_datetime(value: str, time_zone: str) -> datetime:
    moment = datetime.fromisoformat(value)
    try:
        return moment.astimezone(ZoneInfo(time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def _date_text(value: str | None, language: str) -> str:
    return format_date(date.fromisoformat(value[:10]), language) if value else ""


def _money_text(cents: int, language: str) -> str:
    return format_money(Money.from_cents(cents), language)


def _audit_values_text(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    return "; ".join(f"{key} = {value}" for key, value in values.items())


def _make_pdf(translate: Translate, language: str):
    # Imported here because fpdf2 takes about 0.3 s to import and only exports need it.
    from vetdesk.documents.pdf_common import VetDeskPdf

    page_text = translate(PDF, T_PAGE)
    return VetDeskPdf(title=translate(PDF, T_TITLE), language=language,
                      footer_text=lambda page: page_text.format(page=page, pages="{nb}"))


class _Writer:
    """Writes the sections of the export onto an fpdf2 document."""

    def __init__(self, pdf, translate: Translate, language: str, time_zone: str) -> None:
        self.pdf = pdf
        self.translate = translate
        self.language = language
        self.time_zone = time_zone

    def tr(self, source: str, context: str = PDF) -> str:
        return self.translate(context, source)

    @property
    def line_height(self) -> float:
        return self.pdf.font_size * LINE_SPACING

    def body(self) -> None:
        self.pdf.set_font("DejaVu", "", BODY_SIZE)

    def heading(self, source: str) -> None:
        self.pdf.ln(3)
        self.pdf.set_font("DejaVu", "B", HEADING_SIZE)
        self.pdf.multi_cell(0, self.line_height, self.tr(source), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)
        self.body()

    def paragraph(self, text: str) -> None:
        self.body()
        self.pdf.multi_cell(0, self.line_height, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def field(self, label_source: str, value: str) -> None:
        if value:
            self.paragraph(f"{self.tr(label_source)}: {value}")

    def yes_no(self, value: bool) -> str:
        return self.tr(T_YES if value else T_NO)

    def date_time(self, value: str) -> tuple[str, str]:
        moment = _local_datetime(value, self.time_zone)
        return format_date(moment.date(), self.language), moment.strftime("%H:%M")


def _write_clinic(writer: _Writer, clinic: dict[str, Any]) -> None:
    writer.heading(T_CLINIC)
    if not clinic:
        writer.paragraph(writer.tr(T_NONE))
        return
    writer.field(T_NAME, clinic["name"])
    writer.field(T_TAX_ID, clinic["tax_id"])
    place = " ".join(part for part in (clinic["postal_code"], clinic["city"]) if part)
    writer.field(T_ADDRESS, ", ".join(part for part in (clinic["address_line"], place, clinic["province"]) if part))
    writer.field(T_PHONES, clinic["phone"])
    writer.field(T_EMAIL, clinic["email"])


def _write_client(writer: _Writer, client: dict[str, Any]) -> None:
    writer.heading(T_CLIENT)
    writer.field(T_CLIENT_NUMBER, str(client["id"]))
    writer.field(T_NAME, f"{client['given_name']} {client['surnames']}".strip())
    writer.field(T_ID_NUMBER, client["id_number"])
    writer.field(T_PHONES, ", ".join(phone for phone in (client["phone"], client["phone2"]) if phone))
    writer.field(T_EMAIL, client["email"])
    place = " ".join(part for part in (client["postal_code"], client["city"]) if part)
    writer.field(T_ADDRESS, ", ".join(part for part in (client["address_line"], place, client["province"]) if part))
    writer.field(T_NOTES, client["notes"])
    writer.field(T_REFERENCE, client["external_ref"])
    writer.field(T_CREATED, _date_text(client["created_at"], writer.language))
    writer.field(T_ANONYMISED, _date_text(client["anonymised_at"], writer.language))


def _write_consents(writer: _Writer, consents: dict[str, bool]) -> None:
    writer.heading(T_CONSENTS)
    labels = {"consent_email": T_CONSENT_EMAIL, "consent_sms": T_CONSENT_SMS,
              "consent_post": T_CONSENT_POST, "no_reminders": T_NO_REMINDERS}
    for key, label in labels.items():
        writer.field(label, writer.yes_no(consents[key]))


def _write_pets(writer: _Writer, pets: list[dict[str, Any]]) -> None:
    writer.heading(T_PETS)
    if not pets:
        writer.paragraph(writer.tr(T_NONE))
    unknown = writer.tr(T_UNKNOWN)
    for pet in pets:
        writer.pdf.set_font("DejaVu", "B", BODY_SIZE)
        writer.pdf.multi_cell(0, writer.line_height, writer.tr(T_PET_LINE).format(
            name=pet["name"], species=pet["species"] or unknown, breed=pet["breed"] or unknown,
            birth=_date_text(pet["birth_date"], writer.language) or unknown, chip=pet["microchip"] or unknown,
        ), new_x="LMARGIN", new_y="NEXT")
        writer.paragraph(writer.tr(T_RESPONSIBLE if pet["role"] == "responsible" else T_CO_OWNER))
        if pet["other_owners"]:
            numbers = ", ".join(str(owner["client_id"]) for owner in pet["other_owners"])
            writer.paragraph(writer.tr(T_OTHER_OWNERS).format(numbers=numbers))


def _statement_description(writer: _Writer, entry: dict[str, Any]) -> str:
    description = entry["description"]
    if entry["pet_name"]:
        description = f"{description} ({entry['pet_name']})" if description else entry["pet_name"]
    if entry["kind"] == EntryKind.CREDIT_NOTE.value:
        return writer.tr(T_CREDIT_NOTE_LINE).format(description=description)
    if entry["kind"] == EntryKind.WRITE_OFF.value:
        return writer.tr(T_WRITE_OFF_LINE).format(description=description)
    if entry["kind"] == EntryKind.WRITE_OFF_REVERSAL.value:
        if not description:
            return writer.tr(T_REVERSAL_PLAIN)
        return writer.tr(T_REVERSAL_LINE).format(description=description)
    if entry["kind"] == EntryKind.PAYMENT.value:
        method = PAYMENT_METHODS.get(entry["payment_method"])
        method_text = writer.tr(method, "PaymentMethod") if method else entry["payment_method"]
        return writer.tr(T_PAYMENT_LINE).format(method=method_text, description=description).strip()
    return description


def _write_statement(writer: _Writer, ledger: dict[str, Any]) -> None:
    from fpdf.fonts import FontFace

    writer.heading(T_STATEMENT)
    if not ledger["entries"]:
        writer.paragraph(writer.tr(T_NONE))
        return
    language = writer.language
    headings = [writer.tr(source) for source in (T_DATE, T_DESCRIPTION, T_CHARGE, T_PAYMENT, T_BALANCE)]
    bold = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    with writer.pdf.table(
        col_widths=STATEMENT_COLUMNS, text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        line_height=writer.line_height, headings_style=bold, first_row_as_headings=True,
        borders_layout="HORIZONTAL_LINES", padding=1,
    ) as table:
        table.row(headings)
        for entry in ledger["entries"]:
            amount = _money_text(entry["amount_cents"], language)
            is_charge = EntryKind(entry["kind"]).is_debit
            table.row([
                _date_text(entry["entry_date"], language),
                _statement_description(writer, entry),
                amount if is_charge else "",
                "" if is_charge else amount,
                _money_text(entry["balance_cents"], language),
            ])
    writer.pdf.ln(2)
    writer.pdf.set_font("DejaVu", "B", BODY_SIZE)
    writer.pdf.multi_cell(0, writer.line_height, writer.tr(T_FINAL_BALANCE).format(
        amount=_money_text(ledger["balance_cents"], language)), align="R", new_x="LMARGIN", new_y="NEXT")


def _write_overrides(writer: _Writer, overrides: list[dict[str, Any]]) -> None:
    writer.heading(T_OVERRIDES)
    if not overrides:
        writer.paragraph(writer.tr(T_NONE))
    for override in overrides:
        day, _ = writer.date_time(override["created_at"])
        writer.paragraph(writer.tr(T_OVERRIDE_LINE).format(
            date=day, name=override["created_by"], amount=_money_text(override["overdue_cents"], writer.language),
            reason=override["reason"]))


def _write_history(writer: _Writer, history: list[dict[str, Any]]) -> None:
    writer.heading(T_HISTORY)
    if not history:
        writer.paragraph(writer.tr(T_NONE))
    for event in history:
        day, time = writer.date_time(event["occurred_at"])
        action = ACTIONS.get(event["action"])
        action_text = writer.tr(action) if action else event["action"]
        writer.pdf.set_font("DejaVu", "B", BODY_SIZE)
        writer.pdf.multi_cell(0, writer.line_height, writer.tr(T_EVENT_LINE).format(
            date=day, time=time, name=event["actor"], action=action_text), new_x="LMARGIN", new_y="NEXT")
        if event["before"]:
            writer.paragraph(writer.tr(T_BEFORE).format(values=_audit_values_text(event["before"])))
        if event["after"]:
            writer.paragraph(writer.tr(T_FIELDS).format(values=_audit_values_text(event["after"])))


def write_export_pdf(data: dict[str, Any], path: Path | str, translate: Translate, language: str) -> None:
    """Write an export as a readable A4 PDF in ``language`` ("es" or "en").

    ``translate(context, source)`` translates each text, for example
    ``vetdesk.translation.translate`` once the desk's catalogue is installed.
    """
    language = language_code(language)
    pdf = _make_pdf(translate, language)
    pdf.add_page()
    time_zone = data["clinic"].get("time_zone", "Europe/Madrid")
    writer = _Writer(pdf, translate, language, time_zone)

    pdf.set_font("DejaVu", "B", TITLE_SIZE)
    pdf.multi_cell(0, TITLE_SIZE * 0.3528 * LINE_SPACING, writer.tr(T_TITLE), new_x="LMARGIN", new_y="NEXT")
    exported_day, _ = writer.date_time(data["exported_at"])
    writer.paragraph(writer.tr(T_EXPORTED).format(date=exported_day, name=data["exported_by"]))

    _write_clinic(writer, data["clinic"])
    _write_client(writer, data["client"])
    _write_consents(writer, data["consents"])
    _write_pets(writer, data["pets"])
    _write_statement(writer, data["ledger"])
    _write_overrides(writer, data["overrides"])
    _write_history(writer, data["history"])
    pdf.output(str(path))


# Erasure


@dataclass(frozen=True)
class ErasurePreview:
    """A summary of the client, shown by the erasure dialog before the staff member confirms."""

    client_id: int
    full_name: str
    balance: Money
    already_anonymised: bool
    entry_count: int
    pet_count: int


@dataclass(frozen=True)
class ErasureResult:
    client_id: int
    new_name: str
    erased_fields: tuple[str, ...]
    # The balance that remains on the anonymised account; positive when the client still owes money.
    balance: Money


def erasure_preview(context: ServiceContext, client_id: int) -> ErasurePreview:
    with context.database.read() as session:
        client = _require_client(session, client_id)
        entry_count = len(_entries(session, client_id))
        pet_count = len(session.scalars(
            select(models.PetOwner.pet_id).where(models.PetOwner.client_id == client_id)).all())
        return ErasurePreview(
            client_id=client_id, full_name=f"{client.given_name} {client.surnames}".strip(),
            balance=Money.from_cents(_balance_cents(session, client_id)),
            already_anonymised=client.anonymised_at is not None, entry_count=entry_count, pet_count=pet_count,
        )


# Fields cleared on erasure, with the value each gets.
_CLEARED = {
    "surnames": "", "id_number": None, "phone": "", "phone2": "", "email": "", "address_line": "",
    "postal_code": "", "city": "", "province": "", "notes": "",
    "consent_email": False, "consent_sms": False, "consent_post": False,
}


def _redact_names(text: str, names: list[str], replacement: str) -> str:
    """Replace the full names and each word of them in ``text``, ignoring case, longest first.

    Runs of replacements are merged, so "Íñigo Muñoz" becomes one replacement, not two.
    """
    # NOTE: matching ignores case but not accents, so "Inigo" typed for "Íñigo" stays.
    words = {word for name in names for word in name.split()}
    candidates = sorted({n for n in (*names, *words) if len(n) >= 2}, key=len, reverse=True)
    for name in candidates:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", replacement, text, flags=re.IGNORECASE)
    repeated = re.escape(replacement)
    return re.sub(rf"{repeated}(?:\s+{repeated})+", replacement, text)


def _clean_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if len(cleaned) < MIN_ERASURE_REASON:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "ClientData", "The reason \"{value}\" is too short. Write why the client's data is erased, "
            "for example \"Asked in writing on 3/12/2026\"."), {"value": cleaned}), field="reason")
    return cleaned


def anonymise_client(context: ServiceContext, client_id: int, reason: str) -> ErasureResult:
    """Erase a client's personal data at their request, keeping the ledger the law requires.

    The name becomes "Cliente anonimizado <id>"; DNI/NIE, phones, email,
    address, notes and consents are cleared, reminders are switched off and the
    search words are deleted, so the client is no longer found by search. The
    client's names are also removed from the reasons of debt-block overrides.
    Ledger entries, pets and pet links are kept. The audit event lists the
    erased field names, never their values. Raise UserError for a short reason,
    a staff member without the ERASE_CLIENT_DATA permission, an unknown client
    or a client already anonymised.
    """
    cleaned_reason = _clean_reason(reason)
    with context.database.transaction() as session:
        staff.require(context, Permission.ERASE_CLIENT_DATA, session)
        client = _require_client(session, client_id)
        if client.anonymised_at is not None:
            raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "ClientData", "Client number {id} was already anonymised on {date}. There is nothing left to erase."),
                {"id": client_id, "date": format_date(client.anonymised_at.date())}))

        new_name = ANONYMISED_NAME.format(id=client_id)
        old_names = [client.given_name, client.surnames, f"{client.given_name} {client.surnames}".strip()]
        erased = ["given_name"] if client.given_name else []
        erased += [name for name, value in _CLEARED.items() if getattr(client, name) not in ("", None, False)]
        for name, value in _CLEARED.items():
            setattr(client, name, value)
        client.given_name = new_name
        client.no_reminders = True
        client.sort_key = search_key(new_name)[:260]
        client.anonymised_at = context.now()
        client.updated_at = context.now()

        overrides = session.scalars(select(models.BannerOverride).where(models.BannerOverride.client_id == client_id))
        redacted_overrides = 0
        for override in overrides:
            redacted = _redact_names(override.reason, old_names, new_name)
            if redacted != override.reason:
                override.reason = redacted
                redacted_overrides += 1
        if redacted_overrides:
            erased.append("banner_override.reason")

        # The reason is stored, so a name typed into it is removed too.
        stored_reason = _redact_names(cleaned_reason, old_names, new_name)
        session.execute(delete(models.SearchTerm).where(models.SearchTerm.client_id == client_id))
        balance_cents = _balance_cents(session, client_id)
        # NOTE: earlier audit events (client_saved) still hold the erased values, because
        # the audit chain is append-only and editing an event would break its hashes.
        record_event(session, context, action="client_anonymised", entity="client", entity_id=client_id,
                     before={"fields": sorted(erased)},
                     after={"reason": stored_reason, "balance_cents": balance_cents})
        session.flush()
    log.info("Anonymised client %s (%d fields erased)", client_id, len(erased))
    return ErasureResult(client_id=client_id, new_name=new_name, erased_fields=tuple(sorted(erased)),
                         balance=Money.from_cents(balance_cents))
