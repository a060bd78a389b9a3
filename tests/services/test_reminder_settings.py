"""The clinic's reminder settings: its own texts, its levels and its words to avoid, as a reminder run uses them."""

from __future__ import annotations

import json
from datetime import date

import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money, format_money
from vetdesk.domain.reminder_templates import PLACEHOLDERS, TEMPLATE_LANGUAGES, TemplateKey, default_text, template_keys
from vetdesk.domain.reminders import DEFAULT_LEVELS, Channel, ReminderLevel
from vetdesk.services import accounts, clients, reminders, settings
from vetdesk.storage import models

TODAY = date(2026, 12, 4)
CLINIC = "Clínica Veterinaria Prueba"
EMAIL_ES = "reminders.template.level1.email.es"
SUBJECT_ES = "reminders.template.level1.subject.es"
LETTER_ES = "reminders.template.level1.letter.es"


def english(context: str, source: str) -> str:
    return source


def add_client(context, name: str, *, email: str = "", consent_email: bool = False) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name=name, surnames="Núñez", email=email, consent_email=consent_email,
        address_line="Calle Mayor 1", postal_code="28013", city="Madrid")).id


def charge(context, client_id: int, cents: int, due: date) -> int:
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=due, due_date=due, description="Consulta", amount_cents=cents).id


def prepared(context) -> list[models.Reminder]:
    with context.database.read() as session:
        return list(session.scalars(select(models.Reminder).order_by(models.Reminder.id)))


def stored_settings(context) -> dict[str, object]:
    with context.database.read() as session:
        return {row.key: json.loads(row.value_json) for row in session.scalars(select(models.Setting))}


def audit_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.AuditEvent))


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in document:
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\n".join(pages)
    finally:
        document.close()


def level_json(level: int, days: int, *, min_cents: int = 1, channel: str = "email",
               fallback: str = "letter") -> dict:
    return {"level": level, "days_overdue": days, "min_cents": min_cents, "channel": channel,
            "fallback": fallback, "offer_plan": False, "certified": False}


# -- Declaration --------------------------------------------------------------------------


def test_every_text_declared_per_language():
    for key in template_keys():
        for language in TEMPLATE_LANGUAGES:
            spec = settings.DECLARED[f"reminders.template.{key.name}.{language}"]
            assert spec is settings.REMINDER_TEMPLATES[key, language]
            assert spec.default == ""
            assert spec.value_type is str
    assert len(settings.REMINDER_TEMPLATES) == len(template_keys()) * len(TEMPLATE_LANGUAGES)


def test_built_in_texts_pass_the_check():
    for (key, language), spec in settings.REMINDER_TEMPLATES.items():
        text = default_text(key.level, key.part, language, agreement=key.agreement)
        assert spec.check(text) is None, spec.key


def test_defaults_empty(context, clinic):
    values = settings.read_settings(context)
    assert values[EMAIL_ES] == ""
    assert values["reminders.template.level4.agreement_sms.en"] == ""
    with context.database.read() as session:
        assert settings.read_template_overrides(session) == {}
        assert settings.read_template_text(session, TemplateKey(2, "letter"), "es") == ""


# -- The clinic's texts -------------------------------------------------------------------


def test_clinic_text_stored_and_audited(context, clinic):
    text = "Hola, {client_name}: le escribe {clinic_name} por {amount}."
    settings.update_settings(context, {EMAIL_ES: text})
    with context.database.read() as session:
        assert settings.read_template_text(session, TemplateKey(1, "email"), "es") == text
        assert settings.read_template_text(session, TemplateKey(1, "email"), "es_ES") == text
        assert settings.read_template_text(session, TemplateKey(1, "email"), "en") == ""
        assert settings.read_template_overrides(session) == {(TemplateKey(1, "email"), "es"): text}
    with context.database.read() as session:
        events = list(session.scalars(select(models.AuditEvent).where(models.AuditEvent.entity_id == EMAIL_ES)))
    assert len(events) == 1
    assert json.loads(events[0].after_json) == {"value": text}


def test_later_levels_read_fourth_level_text(context, clinic):
    settings.update_settings(context, {"reminders.template.level4.letter.es": "Carta propia de {clinic_name}."})
    with context.database.read() as session:
        assert settings.read_template_text(session, TemplateKey(6, "letter"), "es") == "Carta propia de {clinic_name}."
        with pytest.raises(ValueError, match="level 0"):
            settings.read_template_text(session, TemplateKey(0, "letter"), "es")
        with pytest.raises(ValueError, match="postcard"):
            settings.read_template_text(session, TemplateKey(1, "postcard"), "es")
    overrides = {(TemplateKey(4, "letter"), "es"): "Carta propia de {clinic_name}.",
                 (TemplateKey(4, "subject"), "es"): "Saludos de {clinic_name}"}
    values = dict.fromkeys(PLACEHOLDERS, "") | {"clinic_name": CLINIC}
    subject, body = reminders._texts(6, Channel.LETTER, "es", values, False, overrides)
    assert subject == f"Saludos de {CLINIC}"
    assert body == f"Carta propia de {CLINIC}."


def test_run_uses_clinic_texts(context, clinic):
    by_email = add_client(context, "Ana", email="ana@example.com", consent_email=True)
    by_letter = add_client(context, "Bruno")
    for client_id in (by_email, by_letter):
        charge(context, client_id, 4000, date(2026, 10, 1))
    settings.update_settings(context, {
        SUBJECT_ES: "Saludos de {clinic_name}",
        EMAIL_ES: "Hola, {client_name}: le escribe {clinic_name} por {amount}.",
        "reminders.template.level1.email.en": "English text that this Spanish run must not use.",
    })

    assert reminders.run_reminders(context, TODAY).created == 2

    rows = {row.client_id: row for row in prepared(context)}
    amount = format_money(Money.from_cents(4000), "es")
    assert rows[by_email].subject == f"Saludos de {CLINIC}"
    assert rows[by_email].body == f"Hola, Ana Núñez: le escribe {CLINIC} por {amount}."
    assert rows[by_letter].channel == "letter"
    assert rows[by_letter].body.startswith("Estimado/a Bruno Núñez:\n\nLe escribimos desde")


def test_email_attachment_uses_clinic_letter_text(context, clinic):
    client_id = add_client(context, "Carmen", email="carmen@example.com", consent_email=True)
    charge(context, client_id, 4000, date(2026, 10, 1))
    reminders.run_reminders(context, TODAY)
    settings.update_settings(context, {LETTER_ES: "Le escribimos desde {clinic_name} con un texto propio."})
    (row,) = prepared(context)
    assert row.channel == "email"

    text = pdf_text(reminders.letter_pdf(context, row.id, english))

    assert "con un texto propio" in text


BAD_TEXTS = [
    pytest.param(EMAIL_ES, "Pague a {deudor} ya.", "{deudor}", id="unknown-placeholder"),
    pytest.param(EMAIL_ES, "Hola {client_name", "Hola {client_name", id="unpaired-brace"),
    pytest.param(SUBJECT_ES, "Importe {amount}", "{amount}", id="subject-amount"),
    pytest.param(SUBJECT_ES, "Su deuda con {clinic_name}", "deuda", id="subject-debt-word"),
    pytest.param("reminders.template.level2.sms.es", "Importe pendiente en {clinic_name}: llámenos.", "Importe",
                 id="sms-opening"),
    pytest.param(LETTER_ES, "Estimado cliente moroso: pague.", "moroso", id="flagged-word"),
    pytest.param("reminders.template.level3.agreement_letter.en", "You are a debtor.", "debtor",
                 id="flagged-word-english"),
]


@pytest.mark.parametrize(("key", "text", "named"), BAD_TEXTS)
def test_bad_text_rejects_whole_batch(context, clinic, key, text, named):
    before_settings = stored_settings(context)
    before_audit = audit_count(context)
    with pytest.raises(UserError) as raised:
        settings.update_settings(context, {
            settings.REMINDER_MIN_INTERVAL_DAYS.key: 20,
            "reminders.template.level1.sms.es": "Hola, {client_name}. Llámenos al {clinic_phone}.",
            key: text,
        })
    assert raised.value.field == key
    assert named in raised.value.render()
    assert stored_settings(context) == before_settings
    assert audit_count(context) == before_audit


def test_non_text_rejected(context, clinic):
    with pytest.raises(UserError):
        settings.update_settings(context, {EMAIL_ES: ["not", "a", "text"]})
    assert settings.read_settings(context)[EMAIL_ES] == ""


# -- Levels -------------------------------------------------------------------------------


BAD_LEVELS = [
    pytest.param([], "at least one", id="empty"),
    pytest.param([{"level": 1, "days_overdue": 15}], "could not be read", id="missing-keys"),
    pytest.param([level_json(1, 15, channel="fax")], "could not be read", id="unknown-channel"),
    pytest.param([level_json(1, "quince")], "could not be read", id="days-not-a-number"),
    pytest.param(["level 1"], "could not be read", id="not-an-object"),
    pytest.param([level_json(2, 15), level_json(1, 30)], "out of order", id="out-of-order"),
    pytest.param([level_json(1, 30), level_json(2, 30)], "not later than level 1", id="days-not-growing"),
    pytest.param([level_json(1, 0)], "Use 1 day or more", id="zero-days"),
]


@pytest.mark.parametrize(("levels", "problem"), BAD_LEVELS)
def test_bad_levels_rejected(context, clinic, levels, problem):
    before_settings = stored_settings(context)
    with pytest.raises(UserError, match=problem) as raised:
        settings.update_settings(context, {settings.REMINDER_LEVELS.key: levels,
                                           settings.REMINDER_MIN_INTERVAL_DAYS.key: 20})
    assert raised.value.field == settings.REMINDER_LEVELS.key
    assert stored_settings(context) == before_settings


def test_levels_must_be_a_list(context, clinic):
    with pytest.raises(UserError, match="type"):
        settings.update_settings(context, {settings.REMINDER_LEVELS.key: level_json(1, 15)})


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)
LEVEL_FIELDS = st.fixed_dictionaries({
    "level": st.integers(-1, 5) | JSON_VALUES,
    "days_overdue": st.integers(-5, 400) | JSON_VALUES,
    "min_cents": st.integers(-100, 10**12) | JSON_VALUES,
    "channel": st.sampled_from(["email", "sms", "letter", "fax", ""]) | JSON_VALUES,
    "fallback": st.sampled_from(["email", "sms", "letter"]) | JSON_VALUES,
})


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(LEVEL_FIELDS | JSON_VALUES, max_size=5))
def test_level_check_never_crashes(levels):
    """Any JSON list is either rejected with a message or made of levels the run can use."""
    problem = settings.REMINDER_LEVELS.check(levels)
    if problem is not None:
        assert problem.render()
        return
    parsed = [ReminderLevel.from_json(item) for item in levels]
    assert [level.level for level in parsed] == list(range(1, len(parsed) + 1))
    assert all(level.days_overdue >= 1 for level in parsed)


def test_clinic_level_of_ten_days_reminds_earlier(context, clinic):
    client_id = add_client(context, "Diana")
    charge(context, client_id, 4000, date(2026, 10, 15))
    assert reminders.run_reminders(context, date(2026, 10, 25), dry_run=True).planned == ()

    levels = [level_json(1, 10), *(level.to_json() for level in DEFAULT_LEVELS[1:])]
    settings.update_settings(context, {settings.REMINDER_LEVELS.key: levels})

    assert reminders.run_reminders(context, date(2026, 10, 24), dry_run=True).planned == ()
    assert reminders.run_reminders(context, date(2026, 10, 25)).created == 1
    (row,) = prepared(context)
    assert row.level == 1


def test_clinic_minimum_amount_skips_small_debts(context, clinic):
    small = add_client(context, "Elisa")
    large = add_client(context, "Fermín")
    charge(context, small, 4000, date(2026, 10, 1))
    charge(context, large, 6000, date(2026, 10, 1))
    settings.update_settings(context, {settings.REMINDER_LEVELS.key: [level_json(1, 15, min_cents=5000)]})

    reminders.run_reminders(context, TODAY)

    assert [row.client_id for row in prepared(context)] == [large]


# -- Words to avoid -----------------------------------------------------------------------


def test_extra_term_flagged_when_editing(context, clinic):
    client_id = add_client(context, "Gloria")
    charge(context, client_id, 4000, date(2026, 10, 1))
    reminders.run_reminders(context, TODAY)
    (row,) = prepared(context)
    text = "Estimada Gloria: le rogamos que pague sin falta."
    reminders.edit(context, row.id, "Aviso", text)

    settings.update_settings(context, {settings.REMINDER_EXTRA_TERMS.key: ["sin falta = cuando le sea posible"]})

    with pytest.raises(UserError) as raised:
        reminders.edit(context, row.id, "Aviso", text + " Gracias.")
    assert "sin falta" in raised.value.render()
    assert "cuando le sea posible" in raised.value.render()
    assert prepared(context)[0].body == text


def test_extra_terms_in_text_check():
    from vetdesk.domain.careful_words import FlaggedTerm

    text = "Le rogamos que pague sin falta."
    assert settings.reminder_text_problem(text, "letter") is None
    problem = settings.reminder_text_problem(text, "letter", [FlaggedTerm("sin falta", "cuando pueda")])
    assert problem is not None
    assert "«sin falta» → cuando pueda" in problem.render()
