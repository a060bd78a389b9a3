"""Client details, validation and search, against a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.services import clients
from vetdesk.services.clients import ClientDetails, NewPet
from vetdesk.storage import models


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (models.Client, models.Pet, models.PetOwner, models.SearchTerm, models.AuditEvent)
        }


def test_client_saved_normalised(context):
    stored = clients.save_client(context, ClientDetails(
        given_name="  María  José ", surnames="Castaño   Ibáñez", id_number="x-1234567-l",
        phone="671 92 48 65", email="Maria@Ejemplo.ES"))
    assert stored.given_name == "María José"
    assert stored.surnames == "Castaño Ibáñez"
    assert stored.id_number == "X1234567L"
    assert stored.phone == "+34671924865"
    assert stored.email.endswith("@ejemplo.es")


@pytest.mark.parametrize("field, value", [
    ("id_number", "12345678A"),
    ("phone", "12345"),
    ("email", "ana@@ejemplo"),
    ("postal_code", "99999"),
    ("given_name", "   "),
])
def test_invalid_client_stores_nothing(context, field, value):
    before = counts(context)
    details = replace(ClientDetails(given_name="Ana"), **{field: value})
    with pytest.raises(ValidationErrors) as error:
        clients.save_client(context, details)
    assert error.value.errors[0].field == field
    if value.strip():
        assert value in error.value.render()
    assert counts(context) == before


def test_every_invalid_field_reported(context):
    with pytest.raises(ValidationErrors) as error:
        clients.save_client(context, ClientDetails(given_name="", id_number="12345678A", email="no"))
    assert {item.field for item in error.value.errors} == {"given_name", "id_number", "email"}


def test_duplicate_dni_rejected(context):
    clients.save_client(context, ClientDetails(given_name="Ana", surnames="Ruiz", id_number="12345678Z"))
    before = counts(context)
    with pytest.raises(UserError) as error:
        clients.save_client(context, ClientDetails(given_name="Otra", id_number="12345678z"))
    assert "Ana Ruiz" in error.value.render()
    assert counts(context) == before


def test_consent_without_address_rejected(context):
    with pytest.raises(ValidationErrors) as error:
        clients.save_client(context, ClientDetails(given_name="Ana", consent_email=True, consent_sms=True))
    assert {item.field for item in error.value.errors} == {"consent_email", "consent_sms"}


def test_stale_edit_rejected(context):
    stored = clients.save_client(context, ClientDetails(given_name="Ana"))
    clients.save_client(context, replace(stored, surnames="Ruiz"))
    with pytest.raises(UserError) as error:
        clients.save_client(context, replace(stored, surnames="Gil"))
    assert "changed" in str(error.value)
    assert clients.get_client(context, stored.id).surnames == "Ruiz"


def test_edit_audited_with_before_and_after(context):
    stored = clients.save_client(context, ClientDetails(given_name="Ana", city="Soria"))
    clients.save_client(context, replace(stored, city="Teruel"))
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
    assert '"city": "Soria"' in event.before_json
    assert '"city": "Teruel"' in event.after_json


def test_search_by_pet_reports_pet(context):
    owner = clients.save_client(context, ClientDetails(given_name="Ana", surnames="Peña")).id
    pet = clients.add_pet(context, owner, NewPet(name="Canela"))
    [result] = clients.search(context, "canela")
    assert result.client_id == owner
    assert result.matched_pet_id == pet


def test_search_several_words_all_match(context):
    clients.save_client(context, ClientDetails(given_name="Ana", surnames="Peña"))
    clients.save_client(context, ClientDetails(given_name="Ana", surnames="Gómez"))
    names = [r.name for r in clients.search(context, "ana pena")]
    assert names == ["Peña, Ana"]


def test_search_empty_and_symbols(context):
    clients.save_client(context, ClientDetails(given_name="Ana"))
    assert clients.search(context, "") == []
    assert clients.search(context, "  %_' ") == []


def test_co_owned_pet_lists_both_owners(context):
    first = clients.save_client(context, ClientDetails(given_name="Ana")).id
    second = clients.save_client(context, ClientDetails(given_name="Luis")).id
    pet = clients.add_pet(context, first, NewPet(name="Kira"), co_owner_ids=(second,))
    [info] = clients.pets_of_client(context, second)
    assert info.id == pet
    assert [(o.name, o.responsible) for o in info.owners] == [("Ana", True), ("Luis", False)]
    assert [o.client_id for o in info.other_owners(second)] == [first]


@pytest.mark.parametrize("pet, field", [
    (NewPet(name=""), "name"),
    (NewPet(name="Kira", sex="x"), "sex"),
    (NewPet(name="Kira", birth_date=date(2027, 1, 1)), "birth_date"),
    (NewPet(name="Kira", microchip="12345"), "microchip"),
])
def test_invalid_pet_stores_nothing(context, pet, field):
    owner = clients.save_client(context, ClientDetails(given_name="Ana")).id
    before = counts(context)
    with pytest.raises(ValidationErrors) as error:
        clients.add_pet(context, owner, pet)
    assert error.value.errors[0].field == field
    assert counts(context) == before


@pytest.mark.parametrize("typed", ["12345678-Z", "12.345.678-z", "12345678 Z", "12345678z"])
def test_search_dni_typed_with_separators(context, typed):
    client = clients.save_client(context, ClientDetails(given_name="Ana", id_number="12345678Z"))
    assert [r.client_id for r in clients.search(context, typed)] == [client.id]
