"""Clients' data rights: export to JSON and PDF, and erasure that keeps the ledger."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, client_data, clients
from vetdesk.services.clients import ClientDetails, NewPet, StaleEdit
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

TODAY = date(2026, 12, 4)


def english(context: str, source: str) -> str:
    return source


def charge(context, client_id, cents, days_ago, description, pet_id=None, due_in_days=10) -> int:
    day = TODAY - timedelta(days=days_ago)
    return accounts.record_charge(context, accounts.NewCharge(
        client_id, Money.from_cents(cents), description, day, day + timedelta(days=due_in_days), pet_id))


@pytest.fixture
def people(context, clinic):
    """A client with accents in every name, a co-owner, an unrelated client, and money on both accounts."""
    inigo = clients.save_client(context, ClientDetails(
        given_name="Íñigo", surnames="Muñoz Peñalver", id_number="12345678Z", phone="671924865",
        phone2="622111333", email="inigo@ejemplo.es", address_line="Calle Ñandú 3, 2º", postal_code="28013",
        city="Madrid", province="Madrid", consent_email=True, notes="Prefiere que le llamen por la tarde")).id
    begona = clients.save_client(context, ClientDetails(given_name="Begoña", surnames="Ortiz Sáez",
                                                        phone="633444555")).id
    other = clients.save_client(context, ClientDetails(given_name="Tomás", surnames="Gil Ruiz")).id
    canela = clients.add_pet(context, inigo, NewPet(name="Canela", species="perro", breed="Mastín",
                                                    microchip="941000012345678"), co_owner_ids=(begona,))
    # The vaccine is not yet due, so the overdue surgery is the only debt that blocks new credit.
    charge(context, inigo, 4550, 60, "Vacuna antirrábica", due_in_days=90)
    big = charge(context, inigo, 123456, 90, "Cirugía de rodilla — Canela", pet_id=canela)
    accounts.record_payment(context, accounts.NewPayment(
        inigo, Money.from_cents(20000), accounts.PaymentMethod.BIZUM, TODAY - timedelta(days=50),
        description="Pago a cuenta", applies_to=big))
    accounts.record_credit_note(context, accounts.NewCreditNote(
        inigo, Money.from_cents(3456), TODAY - timedelta(days=40), "Descuento por fidelidad"))
    accounts.override_banner(context, inigo, "Íñigo Muñoz promete pagar el viernes")
    charge(context, other, 9999, 5, "Consulta de Tomás")
    charge(context, begona, 1500, 5, "Desparasitación de Begoña")
    return {"inigo": inigo, "begona": begona, "other": other, "canela": canela}


# Export


def test_export_has_every_section(context, people):
    data = client_data.export_client_data(context, people["inigo"])
    assert data["format"] == "vetdesk-client-export"
    assert data["clinic"]["name"] == "Clínica Veterinaria Prueba"
    assert data["client"]["given_name"] == "Íñigo"
    assert data["client"]["id_number"] == "12345678Z"
    assert data["client"]["notes"] == "Prefiere que le llamen por la tarde"
    assert data["consents"] == {"consent_email": True, "consent_sms": False, "consent_post": True,
                                "no_reminders": False}
    assert [pet["name"] for pet in data["pets"]] == ["Canela"]
    assert len(data["overrides"]) == 1
    assert data["overrides"][0]["reason"] == "Íñigo Muñoz promete pagar el viernes"


def test_export_amounts_text_and_cents(context, people):
    entries = client_data.export_client_data(context, people["inigo"])["ledger"]["entries"]
    assert [entry["description"] for entry in entries] == [
        "Cirugía de rodilla — Canela", "Vacuna antirrábica", "Pago a cuenta", "Descuento por fidelidad"]
    assert [entry["kind"] for entry in entries] == ["charge", "charge", "payment", "credit_note"]
    first = entries[0]
    assert first["amount"] == "1.234,56"
    assert first["amount_cents"] == 123456
    assert first["balance"] == "1.234,56"
    assert entries[-1]["balance"] == "1.045,50"
    assert entries[-1]["balance_cents"] == 123456 + 4550 - 20000 - 3456


def test_export_names_co_owner_by_number_only(context, people):
    data = client_data.export_client_data(context, people["inigo"])
    [pet] = data["pets"]
    assert pet["role"] == "responsible"
    assert pet["other_owners"] == [{"client_id": people["begona"], "role": "co-owner"}]
    text = json.dumps(data, ensure_ascii=False)
    assert "Begoña" not in text
    assert "633" not in text


def test_export_leaves_out_other_clients(context, people):
    data = client_data.export_client_data(context, people["inigo"])
    text = json.dumps(data, ensure_ascii=False)
    assert "Tomás" not in text
    assert "Desparasitación" not in text
    with context.database.read() as session:
        own_entries = {str(row.id) for row in session.scalars(
            select(models.LedgerEntry).where(models.LedgerEntry.client_id == people["inigo"]))}
    for event in data["history"]:
        if event["entity"] == "ledger_entry":
            assert event["entity_id"] in own_entries
        else:
            assert (event["entity"], event["entity_id"]) == ("client", str(people["inigo"]))


def test_export_history_covers_client_and_entries(context, people):
    actions = [event["action"] for event in client_data.export_client_data(context, people["inigo"])["history"]]
    assert actions[0] == "client_saved"
    assert actions.count("charge_recorded") == 2
    assert "payment_recorded" in actions
    assert "credit_note_recorded" in actions
    assert "banner_overridden" in actions


def test_export_is_audited(context, people):
    client_data.export_client_data(context, people["inigo"])
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
    assert event.action == "client_data_exported"
    assert event.entity_id == str(people["inigo"])


def test_export_unknown_client_rejected(context, clinic):
    with pytest.raises(UserError) as error:
        client_data.export_client_data(context, 999)
    assert "999" in error.value.render()


def test_json_file_utf8_indented(context, people, tmp_path):
    data = client_data.export_client_data(context, people["inigo"])
    path = tmp_path / "íñigo.json"
    client_data.write_export_json(data, path)
    raw = path.read_bytes()
    assert "Muñoz Peñalver".encode("utf-8") in raw
    assert b"\\u00f1" not in raw
    assert b'\n  "client": {' in raw
    assert json.loads(raw.decode("utf-8")) == data


# PDF


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


@pytest.fixture
def spanish_pdf(context, people, tmp_path):
    data = client_data.export_client_data(context, people["inigo"])
    path = tmp_path / "export.pdf"
    client_data.write_export_pdf(data, path, english, "es")
    return path


def test_pdf_is_a4(spanish_pdf):
    page = PdfReader(str(spanish_pdf)).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


def test_pdf_shows_accented_names(spanish_pdf):
    text = pdf_text(spanish_pdf)
    assert "Íñigo Muñoz Peñalver" in text
    assert "Calle Ñandú 3, 2º" in text
    assert "Clínica Veterinaria Prueba" in text


def test_pdf_shows_every_entry(spanish_pdf):
    text = pdf_text(spanish_pdf)
    for description in ("Cirugía de rodilla — Canela", "Vacuna antirrábica", "Pago a cuenta",
                        "Descuento por fidelidad"):
        assert description in text
    assert "1.234,56 €" in text
    assert "45,50 €" in text
    assert "200,00 €" in text
    assert "1.045,50 €" in text
    assert "Bizum" in text


def test_pdf_has_every_section(spanish_pdf):
    text = pdf_text(spanish_pdf)
    for heading in ("Clinic", "Client", "Consents", "Pets", "Account statement", "Debt block overrides",
                    "History of changes"):
        assert heading in text


def test_pdf_leaves_out_co_owner_name(spanish_pdf, people):
    text = pdf_text(spanish_pdf)
    assert "Begoña" not in text
    assert f"Other owners, by client number: {people['begona']}" in text


def test_pdf_texts_go_through_translate(context, people, tmp_path):
    catalogue = {"Account statement": "Extracto de cuenta", "Balance": "Saldo", "Page {page} of {pages}":
                 "Página {page} de {pages}"}
    data = client_data.export_client_data(context, people["inigo"])
    path = tmp_path / "es.pdf"
    client_data.write_export_pdf(data, path, lambda ctx, source: catalogue.get(source, source), "es")
    text = pdf_text(path)
    assert "Extracto de cuenta" in text
    assert "Saldo" in text
    assert "Página 1 de" in text


def test_pdf_english_amounts(context, people, tmp_path):
    data = client_data.export_client_data(context, people["inigo"])
    path = tmp_path / "en.pdf"
    client_data.write_export_pdf(data, path, english, "en")
    assert "€1,234.56" in pdf_text(path)


def test_pdf_body_text_at_least_10_points(spanish_pdf):
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes[text.strip()] = font_size * tm[0]

    PdfReader(str(spanish_pdf)).pages[0].extract_text(visitor_text=visit)
    body = {text: size for text, size in sizes.items() if not text.startswith("Page ")}
    assert body
    assert min(body.values()) >= 10


def test_pdf_long_ledger_spans_pages(context, clinic, tmp_path):
    client_id = clients.save_client(context, ClientDetails(given_name="Nuria", surnames="Peña")).id
    for number in range(70):
        charge(context, client_id, 1000 + number, 100 - number, f"Consulta número {number:02d}",
               due_in_days=200)
    path = tmp_path / "long.pdf"
    client_data.write_export_pdf(client_data.export_client_data(context, client_id), path, english, "es")
    assert len(PdfReader(str(path)).pages) > 1
    text = pdf_text(path)
    for number in range(70):
        assert f"Consulta número {number:02d}" in text


def test_pdf_unknown_language_rejected(context, people, tmp_path):
    data = client_data.export_client_data(context, people["inigo"])
    with pytest.raises(ValueError):
        client_data.write_export_pdf(data, tmp_path / "fr.pdf", english, "fr")


# Erasure


def ledger_rows(context, client_id) -> list[tuple]:
    with context.database.read() as session:
        return session.execute(
            select(models.LedgerEntry.id, models.LedgerEntry.kind, models.LedgerEntry.entry_date,
                   models.LedgerEntry.amount_cents, models.LedgerEntry.description)
            .where(models.LedgerEntry.client_id == client_id).order_by(models.LedgerEntry.id)
        ).all()


def test_anonymise_clears_personal_data(context, people):
    result = client_data.anonymise_client(context, people["inigo"], "Lo pidió por escrito el 3/12/2026")
    details = clients.get_client(context, people["inigo"])
    assert details.given_name == f"Cliente anonimizado {people['inigo']}"
    assert result.new_name == details.given_name
    for name in ("surnames", "id_number", "phone", "phone2", "email", "address_line", "postal_code",
                 "city", "province", "notes"):
        assert getattr(details, name) == "", name
    assert not details.consent_email
    assert not details.consent_post
    assert details.no_reminders
    with context.database.read() as session:
        assert session.get(models.Client, people["inigo"]).anonymised_at == context.now()


def test_anonymise_keeps_ledger(context, people):
    before = ledger_rows(context, people["inigo"])
    result = client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    assert ledger_rows(context, people["inigo"]) == before
    assert len(before) == 4
    assert result.balance == Money.from_cents(123456 + 4550 - 20000 - 3456)


def test_anonymise_removes_search_terms(context, people):
    client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    with context.database.read() as session:
        terms = session.scalar(select(func.count()).select_from(models.SearchTerm)
                               .where(models.SearchTerm.client_id == people["inigo"]))
    assert terms == 0
    assert clients.search(context, "muñoz") == []
    assert [result.client_id for result in clients.search(context, "canela")] == [people["begona"]]


def test_anonymise_keeps_pets_and_links(context, people):
    client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    [pet] = clients.pets_of_client(context, people["begona"])
    assert pet.name == "Canela"
    assert pet.microchip == "941000012345678"
    responsible = [owner for owner in pet.owners if owner.responsible]
    assert [owner.name for owner in responsible] == [f"Cliente anonimizado {people['inigo']}"]


def test_anonymise_redacts_override_reason(context, people):
    client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    with context.database.read() as session:
        reason = session.scalars(select(models.BannerOverride.reason)
                                 .where(models.BannerOverride.client_id == people["inigo"])).one()
    assert "Íñigo" not in reason
    assert "Muñoz" not in reason
    assert "promete pagar el viernes" in reason


def test_anonymise_audit_has_field_names_only(context, people):
    client_data.anonymise_client(context, people["inigo"], "Íñigo Muñoz lo pidió por escrito")
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
    assert event.action == "client_anonymised"
    before = json.loads(event.before_json)
    assert set(before) == {"fields"}
    assert {"given_name", "surnames", "id_number", "phone", "email", "notes"} <= set(before["fields"])
    everything = event.before_json + event.after_json
    for erased in ("Íñigo", "Muñoz", "12345678Z", "671924865", "inigo@ejemplo.es", "Ñandú", "tarde"):
        assert erased not in everything


def test_anonymise_twice_rejected(context, people):
    client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    with pytest.raises(UserError) as error:
        client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    assert "already anonymised" in error.value.render()


@pytest.mark.parametrize("reason", ["", "   ", "abc"])
def test_anonymise_short_reason_rejected(context, people, reason):
    with pytest.raises(UserError) as error:
        client_data.anonymise_client(context, people["inigo"], reason)
    assert error.value.field == "reason"
    assert clients.get_client(context, people["inigo"]).given_name == "Íñigo"


def test_anonymise_unknown_client_rejected(context, clinic):
    with pytest.raises(UserError) as error:
        client_data.anonymise_client(context, 4242, "Solicitud de supresión")
    assert "4242" in error.value.render()


def test_erasure_preview_warns_of_balance(context, people):
    preview = client_data.erasure_preview(context, people["inigo"])
    assert preview.full_name == "Íñigo Muñoz Peñalver"
    assert preview.balance.is_positive
    assert not preview.already_anonymised
    assert preview.entry_count == 4
    assert preview.pet_count == 1


def test_export_after_erasure(context, people, tmp_path):
    client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    data = client_data.export_client_data(context, people["inigo"])
    assert data["client"]["given_name"] == f"Cliente anonimizado {people['inigo']}"
    assert data["client"]["anonymised_at"] is not None
    assert len(data["ledger"]["entries"]) == 4
    path = tmp_path / "after.pdf"
    client_data.write_export_pdf(data, path, english, "es")
    assert "1.234,56 €" in pdf_text(path)


def test_anonymised_client_edit_is_stale(context, people):
    """A desk that opened the client before the erasure cannot write the old data back."""
    opened = clients.get_client(context, people["inigo"])
    client_data.anonymise_client(context, people["inigo"], "Solicitud de supresión")
    with pytest.raises(StaleEdit):
        clients.save_client(context, replace(opened, city="Soria"))


# Two desks editing the same client


def test_stale_edit_names_client(context, database, clock):
    other_desk = ServiceContext(database, actor="Marta (recepción 2)", clock=clock)
    stored = clients.save_client(context, ClientDetails(given_name="Ana", surnames="Ruiz"))
    mine = clients.get_client(context, stored.id)
    theirs = clients.get_client(other_desk, stored.id)
    clients.save_client(other_desk, replace(theirs, city="Teruel"))
    with pytest.raises(StaleEdit) as error:
        clients.save_client(context, replace(mine, city="Soria"))
    assert error.value.client_id == stored.id
    assert "changed" in error.value.render()
    assert clients.get_client(context, stored.id).city == "Teruel"


def test_anonymise_needs_erase_permission(context, database, clock, people):
    from vetdesk.services import staff

    admin = staff.create_first_administrator(context, "admin", "Administración", "9876")
    context.sign_in(admin)
    receptionist = staff.create_staff(context, "lucia", "Lucía", staff.Role.RECEPTION, "1234")
    desk = ServiceContext(database, actor="Lucía", clock=clock, staff=receptionist)
    with pytest.raises(UserError) as error:
        client_data.anonymise_client(desk, people["inigo"], "Solicitud de supresión")
    assert "manager" in error.value.render()
    assert clients.get_client(context, people["inigo"]).given_name == "Íñigo"
    manager = staff.create_staff(context, "marta", "Marta", staff.Role.MANAGER, "5678")
    allowed = ServiceContext(database, actor="Marta", clock=clock, staff=manager)
    client_data.anonymise_client(allowed, people["inigo"], "Solicitud de supresión")
    assert clients.get_client(context, people["inigo"]).given_name.startswith("Cliente anonimizado")


def test_anonymised_client_cannot_be_edited(context, clinic):
    stored = clients.save_client(context, clients.ClientDetails(given_name="Íñigo", surnames="Muñoz"))
    client_data.anonymise_client(context, stored.id, "Lo pidió por escrito el 3/12/2026")
    erased = clients.get_client(context, stored.id)
    with pytest.raises(UserError) as error:
        clients.save_client(context, replace(erased, given_name="Íñigo"))
    assert str(stored.id) in str(error.value)
    assert clients.get_client(context, stored.id).given_name != "Íñigo"
