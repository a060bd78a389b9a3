"""The clauses of the payment-terms form: built-in texts, placeholder checks and filling."""

from __future__ import annotations

import string

import pytest

from vetdesk.domain.clauses import (
    CLAUSE_LANGUAGES,
    CLAUSES,
    MAX_CLAUSE_LENGTH,
    check_clause,
    default_clause,
    fill_clause,
    placeholder_list,
)
from vetdesk.domain.messages import UserError

VALUES = {
    "clinic_name": "Clínica Veterinaria Prueba", "clinic_tax_id": "B12345674",
    "clinic_address": "Calle Mayor 1, 28013 Madrid", "clinic_email": "hola@clinicaprueba.es",
    "clinic_phone": "+34 911 234 567", "clinic_contact": "Calle Mayor 1, 28013 Madrid; hola@clinicaprueba.es",
    "client_name": "Begoña Ibáñez Núñez", "agreement_number": "AC-2026-0007", "amount_agreed": "1.234,56\u00a0€",
    "missed_instalments": 2, "days_late": 30,
}


def placeholders_in(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(CLAUSES))
@pytest.mark.parametrize("language", CLAUSE_LANGUAGES)
def test_defaults_pass_own_check(key, language):
    text = default_clause(key, language)
    assert text.strip()
    assert check_clause(key, text) is None
    assert placeholders_in(text) <= set(CLAUSES[key].placeholders)


@pytest.mark.parametrize("key", sorted(CLAUSES))
def test_defaults_differ_by_language(key):
    assert default_clause(key, "es") != default_clause(key, "en")
    assert placeholders_in(default_clause(key, "es")) == placeholders_in(default_clause(key, "en"))


def test_data_protection_default_names_rights():
    spanish = default_clause("data_protection", "es")
    for word in ("Responsable", "Finalidad", "Base jurídica", "acceso", "rectificación", "supresión",
                 "oposición", "portabilidad", "Agencia Española de Protección de Datos"):
        assert word in spanish
    english = default_clause("data_protection", "en")
    for word in ("Controller", "Purpose", "Legal basis", "access", "rectification", "erasure", "objection",
                 "portability", "AEPD"):
        assert word in english


def test_defaults_avoid_threatening_words():
    for key in CLAUSES:
        text = default_clause(key, "es").lower()
        for word in ("moroso", "lista negra", "embargo", "denuncia"):
            assert word not in text


def test_empty_text_is_valid():
    assert check_clause("missed_payment", "") is None
    assert check_clause("missed_payment", "  \n ") is None


def test_unknown_placeholder_named_with_allowed_list():
    problem = check_clause("missed_payment", "Pague a {nombre} antes del día {days_late}.")
    assert problem is not None
    text = problem.render()
    assert "{nombre}" in text
    assert "{client_name}" in text
    assert "{days_late}" in text
    assert placeholder_list("missed_payment") in text


def test_breach_placeholder_not_allowed_in_data_protection():
    problem = check_clause("data_protection", "Tras {days_late} días...")
    assert problem is not None
    assert "{days_late}" in problem.render()
    assert "{days_late}" not in placeholder_list("data_protection")


@pytest.mark.parametrize("text, shown", [
    ("Hola {}", "{}"),
    ("Hola {0}", "{0}"),
    ("Hola {client_name!r}", "{client_name!r}"),
    ("Hola {client_name:>20}", "{client_name:>20}"),
    ("Hola {client_name.upper}", "{client_name.upper}"),
    ("Hola {client_name[0]}", "{client_name[0]}"),
])
def test_placeholder_forms_rejected(text, shown):
    problem = check_clause("acceptance", text)
    assert problem is not None
    assert shown in problem.render()


@pytest.mark.parametrize("text", ["Hola {client_name", "Hola client_name}", "Hola {", "}", "{{client_name}"])
def test_malformed_braces_rejected(text):
    problem = check_clause("acceptance", text)
    assert problem is not None
    assert "brace" in problem.render()


def test_escaped_braces_allowed_and_printed():
    text = "Referencia {{interna}} de {client_name}"
    assert check_clause("acceptance", text) is None
    assert fill_clause("acceptance", text, VALUES) == "Referencia {interna} de Begoña Ibáñez Núñez"


def test_too_long_text_rejected():
    problem = check_clause("court_claim", "a" * (MAX_CLAUSE_LENGTH + 1))
    assert problem is not None
    assert str(MAX_CLAUSE_LENGTH) in problem.render()
    assert check_clause("court_claim", "a" * MAX_CLAUSE_LENGTH) is None


def test_unknown_clause_key_raises():
    with pytest.raises(KeyError):
        check_clause("interest", "text")
    with pytest.raises(KeyError):
        default_clause("interest", "es")


def test_fill_uses_default_on_empty():
    spanish = fill_clause("missed_payment", "", VALUES, "es")
    assert spanish == default_clause("missed_payment", "es").format(**VALUES)
    assert "llegue a 2" in spanish
    assert "30 días" in spanish
    english = fill_clause("missed_payment", "   ", VALUES, "en")
    assert "reaches 2" in english
    assert "30 days late" in english


def test_fill_custom_text():
    text = "{client_name} pagará {amount_agreed} según el acuerdo {agreement_number}."
    assert fill_clause("acceptance", text, VALUES) == (
        "Begoña Ibáñez Núñez pagará 1.234,56\u00a0€ según el acuerdo AC-2026-0007.")


def test_fill_rejects_bad_text():
    with pytest.raises(UserError) as raised:
        fill_clause("acceptance", "Hola {nombre}", VALUES)
    assert "{nombre}" in raised.value.render()


def test_fill_missing_value_raises_key_error():
    with pytest.raises(KeyError, match="client_name"):
        fill_clause("acceptance", "Hola {client_name}", {"clinic_name": "x"})


def test_fill_does_not_reformat_values():
    values = {**VALUES, "client_name": "Ana {clinic_name}"}
    assert fill_clause("acceptance", "Hola {client_name}", values) == "Hola Ana {clinic_name}"
