"""The reminder texts: built-in wording, privacy of subjects and SMS, placeholder checks and filling."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vetdesk.domain.careful_words import check_wording
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.domain.reminder_templates import (
    DEBT_PLACEHOLDERS,
    LEVELS,
    MAX_TEMPLATE_LENGTH,
    PARTS,
    PLACEHOLDERS,
    SMS_PRIVATE_OPENING,
    TEMPLATE_LANGUAGES,
    TemplateKey,
    check_template,
    default_text,
    fill,
    items_text,
    template_keys,
)
from vetdesk.domain.reminders import OwedItem, sms_length

ALL_TEXTS = [(key, language) for key in template_keys() for language in TEMPLATE_LANGUAGES]


def text_id(case) -> str:
    key, language = case
    return f"{key.name}-{language}"


def values(**changes: str) -> dict[str, str]:
    """Placeholder values of a Spanish reminder, with long accented names as the worst case for SMS."""
    result = {
        "client_name": "Begoña Ibáñez Núñez",
        "clinic_name": "Clínica Veterinaria Prueba",
        "clinic_phone": "+34911234567",
        "clinic_email": "hola@clinicaprueba.es",
        "amount": "1.234,56\u00a0€",
        "oldest_due_date": "20/11/2026",
        "items": "- 20/11/2026 Cirugía de rodilla: 1.034,56\u00a0€\n- 28/11/2026 Vacuna: 200,00\u00a0€",
        "iban": "ES91 2100 0418 4502 0005 1332",
        "bizum_phone": "600 12 34 56",
        "agreement_number": "AC-2026-0007",
        "deadline_days": "15",
        "date": "4 de diciembre de 2026",
    }
    result.update(changes)
    return result


# Built-in texts


def test_keys_cover_every_level_part_and_variant():
    keys = template_keys()
    assert len(keys) == len(LEVELS) * len(PARTS) * 2
    assert len({key.name for key in keys}) == len(keys)
    assert TemplateKey(2, "sms").name == "level2.sms"
    assert TemplateKey(4, "letter", agreement=True).name == "level4.agreement_letter"


@pytest.mark.parametrize("case", ALL_TEXTS, ids=text_id)
def test_default_is_valid_template(case):
    key, language = case
    text = default_text(key.level, key.part, language, agreement=key.agreement)
    assert text.strip()
    assert check_template(text) is None
    assert check_template(text, key.part) is None


@pytest.mark.parametrize("case", ALL_TEXTS, ids=text_id)
def test_default_passes_wording_check(case):
    key, language = case
    assert check_wording(default_text(key.level, key.part, language, agreement=key.agreement)) == []


@pytest.mark.parametrize("case", ALL_TEXTS, ids=text_id)
def test_default_fills_without_leftovers(case):
    key, language = case
    filled = fill(default_text(key.level, key.part, language, agreement=key.agreement), values())
    assert re.search(r"\{[a-z_]*\}", filled) is None
    assert check_wording(filled) == []


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("agreement", [False, True])
@pytest.mark.parametrize("level", LEVELS)
def test_subject_reveals_no_debt(level, agreement, language):
    subject = default_text(level, "subject", language, agreement=agreement)
    assert "{clinic_name}" in subject
    for placeholder in DEBT_PLACEHOLDERS:
        assert f"{{{placeholder}}}" not in subject
    folded = subject.lower()
    for word in ("deuda", "impago", "debt", "overdue", "pago", "payment", "€"):
        assert word not in folded


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("agreement", [False, True])
@pytest.mark.parametrize("level", LEVELS)
def test_sms_opening_shows_no_amount(level, agreement, language):
    sms = default_text(level, "sms", language, agreement=agreement)
    assert "{amount}" not in sms[:SMS_PRIVATE_OPENING]
    assert "{clinic_phone}" in sms
    filled = fill(sms, values())
    assert "1.234,56" not in filled[:SMS_PRIVATE_OPENING]
    assert "€" not in filled[:SMS_PRIVATE_OPENING]


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("agreement", [False, True])
@pytest.mark.parametrize("level", LEVELS)
def test_sms_fits_two_segments_with_accented_names(level, agreement, language):
    length = sms_length(fill(default_text(level, "sms", language, agreement=agreement), values()))
    assert length.unicode
    assert length.segments <= 2


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("agreement", [False, True])
@pytest.mark.parametrize("level", LEVELS)
def test_sms_fits_one_segment_in_gsm_alphabet(level, agreement, language):
    plain = values(client_name="Maria Garcia Lopez", clinic_name="Clinica Veterinaria Prueba")
    length = sms_length(fill(default_text(level, "sms", language, agreement=agreement), plain))
    assert not length.unicode
    assert length.segments == 1


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("level", LEVELS)
def test_agreement_variant_names_agreement(level, language):
    for part in ("email", "letter", "sms"):
        assert "{agreement_number}" in default_text(level, part, language, agreement=True)
        assert "{agreement_number}" not in default_text(level, part, language)


def test_level_one_is_friendly():
    assert "Quizá se le haya pasado" in default_text(1, "email", "es")
    assert "Quizá se le haya pasado" in default_text(1, "letter", "es")
    assert "slipped your mind" in default_text(1, "email", "en")
    assert "{deadline_days}" not in default_text(1, "email", "es")


@pytest.mark.parametrize("language, phrase", [("es", "plan de pagos"), ("en", "instalment plan")])
def test_level_two_email_offers_plan(language, phrase):
    assert phrase in default_text(2, "email", language)


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("level", [3, 4])
def test_formal_levels_give_deadline(level, language):
    for part in ("email", "letter"):
        assert "{deadline_days}" in default_text(level, part, language)
        assert "{deadline_days}" in default_text(level, part, language, agreement=True)


@pytest.mark.parametrize("agreement", [False, True])
def test_level_four_is_proposal_to_settle(agreement):
    spanish = default_text(4, "letter", "es", agreement=agreement)
    assert "{amount}" in spanish
    assert "{deadline_days} días" in spanish
    assert "le proponemos formalmente" in spanish
    assert "plan de pagos" in spanish or "calendario de pagos" in spanish
    assert "podrá iniciar los trámites legales" in spanish
    assert "proceso monitorio" in spanish
    english = default_text(4, "letter", "en", agreement=agreement)
    assert "formally propose to settle" in english
    assert "may take the legal steps open to it" in english
    assert "{deadline_days} days" in english


def test_levels_after_fourth_use_fourth_texts():
    assert default_text(6, "letter", "es") == default_text(4, "letter", "es")


def test_language_variants_accepted():
    assert default_text(1, "subject", "es_ES") == "Un mensaje de {clinic_name}"
    assert default_text(1, "subject", "en-GB") == "A message from {clinic_name}"


@pytest.mark.parametrize("level, part, language", [(0, "email", "es"), (1, "fax", "es"), (1, "email", "fr")])
def test_unknown_level_part_or_language_raises(level, part, language):
    with pytest.raises(ValueError):
        default_text(level, part, language)


def test_wording_check_flags_edited_template():
    edited = default_text(1, "email", "es").replace("Le escribimos", "Como cliente moroso, le escribimos")
    assert check_template(edited) is None
    assert [warning.term for warning in check_wording(edited)] == ["moroso"]


# Checking a clinic's text


def test_empty_text_is_valid():
    assert check_template("") is None
    assert check_template("   \n") is None


def test_every_placeholder_and_literal_braces_allowed():
    text = " ".join(f"{{{name}}}" for name in PLACEHOLDERS) + " {{literal}} }} {{"
    assert check_template(text) is None


@pytest.mark.parametrize("placeholder", ["{deudor}", "{}", "{0}", "{client_name!r}", "{client_name:>5}",
                                         "{ client_name }", "{client_name.upper}", "{items[0]}"])
def test_unknown_placeholder_named(placeholder):
    message = check_template(f"Hola {placeholder}, le escribimos desde {{clinic_name}}.")
    assert message is not None
    rendered = message.render()
    assert placeholder in rendered
    assert "{client_name}" in rendered
    assert "{deadline_days}" in rendered


@pytest.mark.parametrize("text, excerpt", [
    ("Hola {client_name, le escribimos", "Hola {client_name, le esc…"),
    ("Hola client_name}", "Hola client_name}"),
    ("Total: {amount} }", "Total: {amount} }"),
    ("Abre { y {amount}", "Abre { y {amount}"),
    ("Una línea bastante larga antes de { y después otra", "…ante larga antes de { y después otra"),
])
def test_unpaired_brace_named_with_excerpt(text, excerpt):
    message = check_template(text)
    assert message is not None
    rendered = message.render()
    assert excerpt in rendered
    assert "{client_name}" in rendered
    assert "{ or }" in rendered


def test_too_long_text_rejected():
    message = check_template("a" * (MAX_TEMPLATE_LENGTH + 1))
    assert message is not None
    assert str(MAX_TEMPLATE_LENGTH + 1) in message.render()
    assert check_template("a" * MAX_TEMPLATE_LENGTH) is None


@pytest.mark.parametrize("placeholder", sorted(DEBT_PLACEHOLDERS))
def test_subject_with_debt_placeholder_rejected(placeholder):
    message = check_template(f"Mensaje de {{clinic_name}}: {{{placeholder}}}", "subject")
    assert message is not None
    assert f"{{{placeholder}}}" in message.render()
    assert check_template(f"Mensaje de {{clinic_name}}: {{{placeholder}}}", "email") is None


@pytest.mark.parametrize("subject, word", [
    ("Su deuda con {clinic_name}", "deuda"),
    ("Recordatorio de PAGO de {clinic_name}", "Recordatorio de PAGO"),
    ("Reclamación de {clinic_name}", "Reclamación"),
    ("Your overdue account at {clinic_name}", "overdue"),
    ("Unpaid invoice", "Unpaid"),
])
def test_subject_with_debt_word_rejected(subject, word):
    message = check_template(subject, "subject")
    assert message is not None
    assert f'"{word}"' in message.render()


def test_subject_word_inside_other_word_accepted():
    assert check_template("Pagoda news from {clinic_name}", "subject") is None


def test_sms_with_amount_in_opening_rejected():
    message = check_template("{amount} pendiente en {clinic_name}", "sms")
    assert message is not None
    assert "{amount}" in message.render()
    assert str(SMS_PRIVATE_OPENING) in message.render()


def test_sms_opening_counts_placeholders_as_empty():
    # {client_name} may be short, so "{amount}" here could appear within the first 40 characters.
    assert check_template("Hola {client_name}, le escribimos de {clinic_name}: {amount}.", "sms") is not None
    later = "Hola {client_name}. Le escribimos desde la clinica: le queda por pagar {amount}."
    assert check_template(later, "sms") is None


def test_sms_with_debt_word_in_opening_rejected():
    message = check_template("Tiene una deuda con {clinic_name}. Llame al {clinic_phone}.", "sms")
    assert message is not None
    assert '"deuda"' in message.render()


TEXT_PIECES = [*"ab {}_\n", "{{", "}}", *(f"{{{name}}}" for name in PLACEHOLDERS[:3])]


@given(st.lists(st.sampled_from(TEXT_PIECES), max_size=30).map("".join))
def test_check_and_fill_never_crash(text):
    """Any text is either rejected with a message or filled without leftovers."""
    message = check_template(text)
    if message is not None:
        assert message.render()
        with pytest.raises(UserError):
            fill(text, values())
        return
    filled = fill(text, values(client_name="N", clinic_name="C", clinic_phone="P"))
    for name in PLACEHOLDERS:
        assert f"{{{name}}}" not in filled


# Filling


def test_fill_replaces_placeholders():
    text = "Hola, {client_name}: {amount} desde el {oldest_due_date}. {{Nota}}"
    assert fill(text, values()) == "Hola, Begoña Ibáñez Núñez: 1.234,56\u00a0€ desde el 20/11/2026. {Nota}"


def test_fill_leaves_braces_in_values_alone():
    assert fill("Hola, {client_name}.", values(client_name="Ana {amount}")) == "Hola, Ana {amount}."


def test_fill_drops_line_whose_values_are_empty():
    text = "Formas de pago:\n- por transferencia a la cuenta {iban}\n- por Bizum al {bizum_phone}\n- en la clínica"
    filled = fill(text, values(bizum_phone="", iban="ES91 2100"))
    assert filled == "Formas de pago:\n- por transferencia a la cuenta ES91 2100\n- en la clínica"


def test_fill_keeps_line_with_one_value_set():
    filled = fill("Tel. {clinic_phone} {clinic_email}\nFin", values(clinic_phone=""))
    assert filled == "Tel.  hola@clinicaprueba.es\nFin"


def test_fill_keeps_lines_without_placeholders():
    assert fill("Uno\n\nDos\n", values()) == "Uno\n\nDos\n"


def test_fill_does_not_leave_runs_of_blank_lines():
    text = "Hola.\n\n{bizum_phone}\n\nAdiós."
    assert fill(text, values(bizum_phone="")) == "Hola.\n\nAdiós."


def test_default_email_without_bizum_or_iban():
    filled = fill(default_text(1, "email", "es"), values(bizum_phone="", iban="", clinic_email=""))
    assert "Bizum" not in filled
    assert "transferencia" not in filled
    assert "- en el mostrador de la clínica" in filled
    assert filled.rstrip().endswith("Tel. +34911234567")


def test_fill_missing_value_names_placeholder():
    with pytest.raises(KeyError, match=r"\{deadline_days\}"):
        fill("Plazo de {deadline_days} días", {"client_name": "Ana"})


def test_fill_rejects_invalid_template():
    with pytest.raises(UserError) as raised:
        fill("Hola {deudor}", values())
    assert "{deudor}" in raised.value.render()
    assert raised.value.field == "template"


# The list of amounts


def test_items_text_lists_each_amount():
    items = [
        OwedItem(date(2026, 11, 20), Money(Decimal("1034.56")), "Cirugía de rodilla", charge_id=1),
        OwedItem(date(2026, 11, 28), Money(Decimal("200")), "Vacuna antirrábica", charge_id=2),
    ]
    assert items_text(items, "es") == ("- 20/11/2026 Cirugía de rodilla: 1.034,56\u00a0€\n"
                                       "- 28/11/2026 Vacuna antirrábica: 200,00\u00a0€")
    assert items_text(items, "en").splitlines()[0] == "- 20/11/2026 Cirugía de rodilla: €1,034.56"
    assert items_text([], "es") == ""
