"""Clinic-wide settings, each declared once with its type and default.

Values live in the ``setting`` table as JSON. A changed value is stored with
who changed it and when, and an audit event keeps the value before and
after. ``SETTINGS_VERSION`` and ``_UPGRADES`` move stored values forward when
a later release renames or reinterprets a setting.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.domain.careful_words import FlaggedTerm, check_wording
from vetdesk.domain.clauses import CLAUSE_LANGUAGES, CLAUSES, check_clause
from vetdesk.domain.formatting import language_code
from vetdesk.domain.reminders import DEFAULT_LEVELS, ReminderLevel, check_levels
from vetdesk.domain.reminder_templates import LEVELS, TEMPLATE_LANGUAGES, TemplateKey, check_template, template_keys
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.services.audit import record_event
from vetdesk.services.context import ServiceContext
from vetdesk.storage.models import Setting

CTX = "Settings"

SETTINGS_VERSION = 1
VERSION_KEY = "settings.version"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    value_type: type
    check: Callable[[Any], UserMessage | None] | None = None


def _non_negative(value: Any) -> UserMessage | None:
    if value < 0:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP("Settings", "The value {value} is negative. Use 0 or more."),
            {"value": value},
        )
    return None


BANNER_MIN_OVERDUE_CENTS = SettingSpec("banner.min_overdue_cents", 1, int, _non_negative)
BANNER_GRACE_DAYS = SettingSpec("banner.grace_days", 0, int, _non_negative)
BANNER_OVERRIDE_VALID_DAYS = SettingSpec("banner.override_valid_days", 30, int, _non_negative)
DEFAULT_CHARGE_TERM_DAYS = SettingSpec("ledger.default_charge_term_days", 0, int, _non_negative)

MAX_IDLE_LOCK_MINUTES = 24 * 60


def _idle_minutes_in_range(value: Any) -> UserMessage | None:
    if not 0 <= value <= MAX_IDLE_LOCK_MINUTES:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP("Settings", "The idle lock time {value} is out of range. Use 0 (never lock) to {maximum} minutes."),
            {"value": value, "maximum": MAX_IDLE_LOCK_MINUTES},
        )
    return None


# One shared account with every permission and no sign-in. None means "never chosen":
# staff.simple_mode_active() then treats it as on while no active administrator exists.
STAFF_SIMPLE_MODE = SettingSpec("staff.simple_mode", None, bool)
# Minutes without keyboard or mouse activity before a signed-in desk locks; 0 never locks.
STAFF_IDLE_LOCK_MINUTES = SettingSpec("staff.idle_lock_minutes", 5, int, _idle_minutes_in_range)


def _at_least_one(value: Any) -> UserMessage | None:
    if value < 1:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP("Settings", "The value {value} is too small. Use 1 or more."),
            {"value": value},
        )
    return None


# Longest instalment plan a clinic may offer: five years of monthly instalments.
MAX_INSTALMENTS_LIMIT = 60


def _instalment_count_in_range(value: Any) -> UserMessage | None:
    if not 1 <= value <= MAX_INSTALMENTS_LIMIT:
        return UserMessage(
            CTX,
            QT_TRANSLATE_NOOP("Settings", "The maximum number of instalments {value} is out of range. Use 1 to {maximum}."),
            {"value": value, "maximum": MAX_INSTALMENTS_LIMIT},
        )
    return None


# Payment agreements (see services/agreements.py). Instalment plans are offered from this amount owed.
AGREEMENT_MIN_AMOUNT_CENTS = SettingSpec("agreements.min_amount_cents", 5000, int, _non_negative)
AGREEMENT_MAX_INSTALMENTS = SettingSpec("agreements.max_instalments", 12, int, _instalment_count_in_range)
AGREEMENT_MIN_INSTALMENT_CENTS = SettingSpec("agreements.min_instalment_cents", 1000, int, _at_least_one)
# An agreement is broken once this many instalments are overdue at the same time,
# or once one instalment is this many days late.
AGREEMENT_BROKEN_AFTER_MISSED = SettingSpec("agreements.broken_after_missed", 2, int, _at_least_one)
AGREEMENT_BROKEN_AFTER_DAYS = SettingSpec("agreements.broken_after_days", 30, int, _at_least_one)
# Whether the signed terms say that the whole remaining amount falls due when the agreement is broken.
AGREEMENT_ACCELERATE_ON_BREACH = SettingSpec("agreements.accelerate_on_breach", True, bool)
# A fixed deferral fee added to instalment plans; any fee may bring consumer credit law into play.
AGREEMENT_FEE_CENTS = SettingSpec("agreements.fee_cents", 0, int, _non_negative)



def _levels_valid(value: Any) -> UserMessage | None:
    try:
        levels = [ReminderLevel.from_json(item) for item in value]
    except (KeyError, TypeError, ValueError):
        return UserMessage(CTX, QT_TRANSLATE_NOOP("Settings", "The reminder levels could not be read. Restore the default levels."))
    return check_levels(levels)


def _choice(*allowed: str) -> Callable[[Any], UserMessage | None]:
    def check(value: Any) -> UserMessage | None:
        if value not in allowed:
            return UserMessage(CTX, QT_TRANSLATE_NOOP("Settings", "The value {value} is not one of {allowed}."),
                               {"value": value, "allowed": ", ".join(allowed)})
        return None

    return check


def _port(value: Any) -> UserMessage | None:
    if not 1 <= value <= 65535:
        return UserMessage(CTX, QT_TRANSLATE_NOOP("Settings", "The port {value} is out of range. Use 1 to 65535."),
                           {"value": value})
    return None


def _millimetres(value: Any) -> UserMessage | None:
    if not 0 <= value <= 297:
        return UserMessage(CTX, QT_TRANSLATE_NOOP("Settings", "The position {value} mm is outside an A4 page. Use 0 to 297 mm."),
                           {"value": value})
    return None


# Reminders (see services/reminders.py): the escalation levels as a JSON list, and the
# days that must pass after one level was sent before the next may go out.
REMINDER_LEVELS = SettingSpec("reminders.levels", [level.to_json() for level in DEFAULT_LEVELS], list, _levels_valid)
REMINDER_MIN_INTERVAL_DAYS = SettingSpec("reminders.min_interval_days", 15, int, _at_least_one)
# The clinic's own flagged terms for the wording check, one "term = suggestion" per item.
REMINDER_EXTRA_TERMS = SettingSpec("reminders.extra_flagged_terms", [], list)
# The clinic's Bizum number, printed in letters under "how to pay"; "" leaves Bizum out.
REMINDER_BIZUM_PHONE = SettingSpec("reminders.bizum_phone", "", str)
# The window of the clinic's envelopes, in millimetres from the top left corner of an A4 sheet.
# The default fits a DL envelope with a right-hand window, as sold in Spain.
LETTER_WINDOW_LEFT_MM = SettingSpec("letters.window_left_mm", 110, int, _millimetres)
LETTER_WINDOW_TOP_MM = SettingSpec("letters.window_top_mm", 50, int, _millimetres)
LETTER_WINDOW_WIDTH_MM = SettingSpec("letters.window_width_mm", 85, int, _millimetres)
LETTER_WINDOW_HEIGHT_MM = SettingSpec("letters.window_height_mm", 35, int, _millimetres)
# Outgoing email; the password is in the OS keyring under "smtp:<user>@<host>".
SMTP_HOST = SettingSpec("smtp.host", "", str)
SMTP_PORT = SettingSpec("smtp.port", 587, int, _port)
SMTP_SECURITY = SettingSpec("smtp.security", "starttls", str, _choice("starttls", "ssl", "none"))
SMTP_USER = SettingSpec("smtp.user", "", str)
SMTP_SENDER = SettingSpec("smtp.sender", "", str)
# The SMS gateway: a URL that takes a JSON body; the token is in the OS keyring under "sms:<url>".
SMS_URL = SettingSpec("sms.url", "", str)
SMS_SENDER = SettingSpec("sms.sender", "", str)

def _clause_check(clause_key: str) -> Callable[[Any], UserMessage | None]:
    def check(value: Any) -> UserMessage | None:
        return check_clause(clause_key, value)

    return check


def clause_setting_key(clause_key: str, language: str) -> str:
    """Return the setting key of a clause's text in one language, e.g. "terms.clause.missed_payment.es"."""
    return f"terms.clause.{clause_key}.{language}"


# The clinic's own text of each payment-terms clause, per language; "" prints the built-in text.
TERMS_CLAUSES: dict[tuple[str, str], SettingSpec] = {
    (clause_key, language): SettingSpec(clause_setting_key(clause_key, language), "", str, _clause_check(clause_key))
    for clause_key in CLAUSES
    for language in CLAUSE_LANGUAGES
}


def read_clause_texts(session: Session, language: str) -> dict[str, str]:
    """Return the clinic's text of each clause in ``language``; "" where the built-in text applies."""
    language = language_code(language)
    return {clause_key: get_setting(session, spec) for (clause_key, clause_language), spec in TERMS_CLAUSES.items()
            if clause_language == language}


def reminder_text_problem(text: str, part: str, extra_terms: Iterable[FlaggedTerm] = ()) -> UserMessage | None:
    """Return why a clinic's reminder text cannot be stored, or None.

    The text must pass ``check_template`` for its ``part`` and the wording
    check with the built-in terms and ``extra_terms``.
    """
    problem = check_template(text, part)
    if problem is not None:
        return problem
    warnings = check_wording(text, extra_terms)
    if warnings:
        terms = "; ".join(f"«{warning.found}» → {warning.suggestion or '—'}" for warning in warnings)
        return UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Settings", "The text uses words that can hurt or threaten the client: {terms}. "
            "Rewrite them and save again."), {"terms": terms})
    return None


def _reminder_text_check(part: str) -> Callable[[Any], UserMessage | None]:
    # A spec check receives only the value, so the settings dialog checks the clinic's extra terms.
    def check(value: Any) -> UserMessage | None:
        return reminder_text_problem(value, part)

    return check


def template_setting_key(key: TemplateKey, language: str) -> str:
    """Return the setting key of a reminder text in one language, e.g. "reminders.template.level2.sms.es"."""
    return f"reminders.template.{key.name}.{language}"


# The clinic's own text of each part of each reminder level, per language; "" uses the built-in text.
REMINDER_TEMPLATES: dict[tuple[TemplateKey, str], SettingSpec] = {
    (key, language): SettingSpec(template_setting_key(key, language), "", str, _reminder_text_check(key.part))
    for key in template_keys()
    for language in TEMPLATE_LANGUAGES
}
_TEMPLATES_BY_SETTING_KEY = {spec.key: template for template, spec in REMINDER_TEMPLATES.items()}


def _template_for_level(key: TemplateKey) -> TemplateKey:
    # Levels a clinic adds after the fourth use the fourth level's texts, as the built-in ones do.
    return TemplateKey(min(key.level, LEVELS[-1]), key.part, key.agreement)


def read_template_text(session: Session, key: TemplateKey, language: str) -> str:
    """Return the clinic's text for ``key`` in ``language``, or "" where the built-in text applies.

    Raise ValueError for a level below 1, an unknown part or an unsupported language.
    """
    if key.level < 1:
        raise ValueError(f"Reminder level {key.level} does not exist; levels start at 1")
    spec = REMINDER_TEMPLATES.get((_template_for_level(key), language_code(language)))
    if spec is None:
        raise ValueError(f"Unknown template part {key.part!r}")
    return get_setting(session, spec)


def read_template_overrides(session: Session) -> dict[tuple[TemplateKey, str], str]:
    """Return every reminder text the clinic has set, by (template, language), in one query.

    Texts left at the built-in one are absent. A reminder run reads this once
    and passes it to each reminder it fills.
    """
    overrides: dict[tuple[TemplateKey, str], str] = {}
    query = select(Setting.key, Setting.value_json).where(Setting.key.in_(list(_TEMPLATES_BY_SETTING_KEY)))
    for setting_key, value_json in session.execute(query):
        text = json.loads(value_json)
        if isinstance(text, str) and text:
            overrides[_TEMPLATES_BY_SETTING_KEY[setting_key]] = text
    return overrides


def _rates_valid(value: Any) -> UserMessage | None:
    # Imported here because the claims module is only needed for this check.
    from vetdesk.domain.claims import parse_rates

    try:
        parse_rates(value)
    except UserError as error:
        return error.message
    return None


# Named filters of the debtor list, as [{"name": ..., "filter": DebtorFilter.to_json()}].
DEBTOR_SAVED_FILTERS = SettingSpec("debtors.saved_filters", [], list)
# Whether a claim dossier adds interest at the legal rate to the amount claimed.
CLAIM_ADD_LEGAL_INTEREST = SettingSpec("claims.add_legal_interest", False, bool)
# Legal interest rates the clinic entered, {"2026": "3.25"}; they add to or replace the built-in years.
CLAIM_LEGAL_INTEREST_RATES = SettingSpec("claims.legal_interest_rates", {}, dict, _rates_valid)


DECLARED: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        BANNER_MIN_OVERDUE_CENTS,
        BANNER_GRACE_DAYS,
        BANNER_OVERRIDE_VALID_DAYS,
        DEFAULT_CHARGE_TERM_DAYS,
        STAFF_SIMPLE_MODE,
        STAFF_IDLE_LOCK_MINUTES,
        AGREEMENT_MIN_AMOUNT_CENTS,
        AGREEMENT_MAX_INSTALMENTS,
        AGREEMENT_MIN_INSTALMENT_CENTS,
        AGREEMENT_BROKEN_AFTER_MISSED,
        AGREEMENT_BROKEN_AFTER_DAYS,
        AGREEMENT_ACCELERATE_ON_BREACH,
        AGREEMENT_FEE_CENTS,
        REMINDER_LEVELS,
        REMINDER_MIN_INTERVAL_DAYS,
        REMINDER_EXTRA_TERMS,
        REMINDER_BIZUM_PHONE,
        LETTER_WINDOW_LEFT_MM,
        LETTER_WINDOW_TOP_MM,
        LETTER_WINDOW_WIDTH_MM,
        LETTER_WINDOW_HEIGHT_MM,
        SMTP_HOST,
        SMTP_PORT,
        SMTP_SECURITY,
        SMTP_USER,
        SMTP_SENDER,
        SMS_URL,
        SMS_SENDER,
        DEBTOR_SAVED_FILTERS,
        CLAIM_ADD_LEGAL_INTEREST,
        CLAIM_LEGAL_INTEREST_RATES,
        *TERMS_CLAUSES.values(),
        *REMINDER_TEMPLATES.values(),
    )
}

# Upgrades of stored settings, keyed by the version they upgrade from.
_UPGRADES: dict[int, Callable[[Session], None]] = {}


def _load(session: Session, key: str) -> Any | None:
    row = session.get(Setting, key)
    return None if row is None else json.loads(row.value_json)


def get_setting(session: Session, spec: SettingSpec) -> Any:
    value = _load(session, spec.key)
    return spec.default if value is None else spec.value_type(value)


def read_settings(context: ServiceContext) -> dict[str, Any]:
    """Return every declared setting, with defaults for those never stored."""
    with context.database.read() as session:
        stored = {row.key: json.loads(row.value_json) for row in session.scalars(select(Setting))}
    return {
        key: spec.value_type(stored[key]) if key in stored else spec.default
        for key, spec in DECLARED.items()
    }


def _validate(key: str, value: Any) -> Any:
    spec = DECLARED.get(key)
    if spec is None:
        raise KeyError(f"Unknown setting {key!r}")
    if not isinstance(value, spec.value_type) or isinstance(value, bool) != (spec.value_type is bool):
        raise UserError(
            UserMessage(
                CTX,
                QT_TRANSLATE_NOOP("Settings", "The value {value} does not have the type this setting needs."),
                {"value": value},
            ),
            field=key,
        )
    if spec.check is not None:
        problem = spec.check(value)
        if problem is not None:
            raise UserError(problem, field=key)
    return value


def _store(session: Session, context: ServiceContext, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    before = None if row is None else json.loads(row.value_json)
    if before == value:
        return
    encoded = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value_json=encoded, updated_by=context.actor, updated_at=context.now()))
    else:
        row.value_json = encoded
        row.updated_by = context.actor
        row.updated_at = context.now()
    record_event(
        session, context, action="setting_changed", entity="setting", entity_id=key,
        before={"value": before}, after={"value": value},
    )


def store_setting(session: Session, context: ServiceContext, key: str, value: Any) -> None:
    """Validate and store one setting in ``session``, for a service that has checked permissions itself."""
    _store(session, context, key, _validate(key, value))


def update_settings(context: ServiceContext, changes: dict[str, Any]) -> None:
    """Validate and store several settings at once; nothing is stored if one is invalid.

    Raises UserError unless the context may edit settings, and, for a change
    of simple mode, manage staff (see ``staff.check_simple_mode_change``).
    """
    # Imported here because the staff module reads its settings from this one.
    from vetdesk.services import staff

    staff.require(context, staff.Permission.EDIT_SETTINGS)
    validated = {key: _validate(key, value) for key, value in changes.items()}
    with context.database.transaction() as session:
        if STAFF_SIMPLE_MODE.key in validated:
            staff.check_simple_mode_change(session, context, validated[STAFF_SIMPLE_MODE.key])
        for key, value in validated.items():
            _store(session, context, key, value)


def upgrade_settings(context: ServiceContext) -> None:
    """Apply the upgrades of stored settings written by older releases."""
    with context.database.transaction() as session:
        version = _load(session, VERSION_KEY) or SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            _UPGRADES[version](session)
            version += 1
        if _load(session, VERSION_KEY) != version:
            row = session.get(Setting, VERSION_KEY)
            if row is None:
                session.add(Setting(key=VERSION_KEY, value_json=json.dumps(version),
                                    updated_by=context.actor, updated_at=context.now()))
            else:
                row.value_json = json.dumps(version)
