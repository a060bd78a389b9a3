"""The clinic's own texts of the payment-terms clauses, stored as settings and checked when saved."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from vetdesk.domain.clauses import CLAUSE_LANGUAGES, CLAUSES
from vetdesk.domain.messages import UserError
from vetdesk.services import settings
from vetdesk.storage import models

MISSED_ES = "terms.clause.missed_payment.es"


def stored_settings(context) -> dict[str, object]:
    with context.database.read() as session:
        return {row.key: json.loads(row.value_json) for row in session.scalars(select(models.Setting))}


def audit_events(context, key: str) -> list[models.AuditEvent]:
    with context.database.read() as session:
        return list(session.scalars(select(models.AuditEvent).where(models.AuditEvent.entity_id == key)))


def audit_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(models.AuditEvent))


def test_every_clause_declared_per_language():
    for key in CLAUSES:
        for language in CLAUSE_LANGUAGES:
            spec = settings.DECLARED[settings.clause_setting_key(key, language)]
            assert spec.default == ""
            assert spec.value_type is str


def test_defaults_empty(context, clinic):
    values = settings.read_settings(context)
    assert values[MISSED_ES] == ""
    assert values["terms.clause.data_protection.en"] == ""


def test_good_clause_stored_and_audited(context, clinic):
    text = "Si un pago se retrasa {days_late} días, {clinic_name} le llamará."
    settings.update_settings(context, {MISSED_ES: text})
    assert settings.read_settings(context)[MISSED_ES] == text
    events = audit_events(context, MISSED_ES)
    assert len(events) == 1
    assert events[0].action == "setting_changed"
    assert json.loads(events[0].after_json) == {"value": text}
    assert events[0].actor == context.actor


def test_bad_placeholder_rejects_whole_batch(context, clinic):
    before_settings = stored_settings(context)
    before_audit = audit_count(context)
    with pytest.raises(UserError) as raised:
        settings.update_settings(context, {
            settings.AGREEMENT_MAX_INSTALMENTS.key: 24,
            "terms.clause.acceptance.en": "Signed by {client_name}.",
            MISSED_ES: "Pague a {deudor} ya.",
        })
    assert raised.value.field == MISSED_ES
    assert "{deudor}" in raised.value.render()
    assert "{days_late}" in raised.value.render()
    assert stored_settings(context) == before_settings
    assert audit_count(context) == before_audit


def test_malformed_braces_rejected(context, clinic):
    with pytest.raises(UserError) as raised:
        settings.update_settings(context, {"terms.clause.court_claim.en": "Pay {client_name"})
    assert raised.value.field == "terms.clause.court_claim.en"
    assert settings.read_settings(context)["terms.clause.court_claim.en"] == ""


def test_non_text_rejected(context, clinic):
    with pytest.raises(UserError):
        settings.update_settings(context, {MISSED_ES: 12})


def test_read_clause_texts_by_language(context, clinic):
    settings.update_settings(context, {MISSED_ES: "Texto propio.", "terms.clause.missed_payment.en": "Own text."})
    with context.database.read() as session:
        spanish = settings.read_clause_texts(session, "es")
        english = settings.read_clause_texts(session, "en")
    assert spanish["missed_payment"] == "Texto propio."
    assert spanish["data_protection"] == ""
    assert english["missed_payment"] == "Own text."
    assert set(spanish) == set(CLAUSES)
