"""The editable clauses of the payment-terms form: catalogue, built-in texts and placeholder checks.

A clinic may replace each clause with its own text, in Spanish and in English.
An empty text means the built-in one below. Texts may contain ``{name}``
placeholders from the clause's allowed set; ``{{`` and ``}}`` print a literal
brace. The built-in texts are legal content, so they are kept here as data in
both languages instead of going through Qt translation, where a translator
could change their meaning.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from vetdesk.domain.formatting import language_code
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

# The built-in data-protection notice has about 1,200 characters. 4,000 leaves room for a clinic's
# longer notice while a clause still fits on one page of the form at 10 pt.
MAX_CLAUSE_LENGTH = 4000

# Placeholders every clause may use.
IDENTITY_PLACEHOLDERS = (
    "clinic_name", "clinic_tax_id", "clinic_address", "clinic_email", "clinic_phone", "clinic_contact",
    "client_name", "agreement_number", "amount_agreed",
)  # fmt: skip
# Placeholders for the clauses about missed payments: the clinic's "agreement broken" thresholds.
BREACH_PLACEHOLDERS = ("missed_instalments", "days_late")


@dataclass(frozen=True)
class Clause:
    key: str
    # English source of the clause's title, translated in context "Clauses".
    title: str
    placeholders: tuple[str, ...]
    default_es: str
    default_en: str

    def default(self, language: str) -> str:
        return self.default_en if language_code(language) == "en" else self.default_es


MISSED_PAYMENT = Clause(
    key="missed_payment",
    title=QT_TRANSLATE_NOOP("Clauses", "If a payment is missed"),
    placeholders=IDENTITY_PLACEHOLDERS + BREACH_PLACEHOLDERS,
    default_es=(
        "Si un pago no se hace en su fecha, la clínica se lo recordará por los medios de contacto que usted "
        "haya autorizado (correo electrónico, mensaje de texto o carta) y le propondrá la forma de ponerse al "
        "día. El acuerdo se considerará incumplido cuando el número de pagos vencidos y no abonados llegue a "
        "{missed_instalments}, o cuando un pago acumule {days_late} días de retraso."
    ),
    default_en=(
        "If a payment is not made on its due date, the clinic will remind you through the contact channels "
        "you have authorised (email, text message or letter) and will offer you a way to catch up. The "
        "agreement will be considered broken when the number of overdue unpaid payments reaches "
        "{missed_instalments}, or when a payment is {days_late} days late."
    ),
)

ACCELERATION = Clause(
    key="acceleration",
    title=QT_TRANSLATE_NOOP("Clauses", "Whole amount due if the agreement is broken"),
    placeholders=IDENTITY_PLACEHOLDERS + BREACH_PLACEHOLDERS,
    default_es=(
        "Si el acuerdo se incumple, todo el importe que quede pendiente de este acuerdo será exigible desde ese "
        "momento, sin esperar a las fechas de los pagos siguientes. Antes de reclamarlo, la clínica se lo "
        "comunicará por escrito."
    ),
    default_en=(
        "If the agreement is broken, the whole amount still outstanding under this agreement falls due at "
        "once, without waiting for the dates of the remaining payments. The clinic will tell you so in "
        "writing before claiming it."
    ),
)

COURT_CLAIM = Clause(
    key="court_claim",
    title=QT_TRANSLATE_NOOP("Clauses", "Claim in court"),
    placeholders=IDENTITY_PLACEHOLDERS + BREACH_PLACEHOLDERS,
    default_es=(
        "Si la deuda sigue sin pagarse y no se alcanza un nuevo acuerdo, la clínica podrá reclamar "
        "judicialmente las cantidades vencidas y no pagadas, por ejemplo mediante un proceso monitorio. Antes "
        "de hacerlo, le propondrá por escrito una solución negociada. Este documento firmado, las facturas y "
        "el registro de las comunicaciones podrán aportarse como prueba."
    ),
    default_en=(
        "If the debt remains unpaid and no new agreement is reached, the clinic may claim the overdue unpaid "
        "amounts in court, for example through the Spanish order-for-payment procedure (proceso monitorio). "
        "Before doing so, it will propose a negotiated solution to you in writing. This signed document, the "
        "invoices and the record of communications may be used as evidence."
    ),
)

DATA_PROTECTION = Clause(
    key="data_protection",
    title=QT_TRANSLATE_NOOP("Clauses", "Data protection"),
    placeholders=IDENTITY_PLACEHOLDERS,
    default_es=(
        "Responsable del tratamiento: {clinic_name}, CIF/NIF {clinic_tax_id}. Contacto: {clinic_contact}.\n"
        "Finalidad: gestionar este acuerdo de pago, llevar el control de los pagos, enviarle los recordatorios "
        "que correspondan y, si fuera necesario, reclamar la deuda.\n"
        "Base jurídica: la ejecución del contrato de servicios veterinarios y de este acuerdo (artículo 6.1.b "
        "del RGPD) y el interés legítimo de la clínica en cobrar lo que se le debe (artículo 6.1.f del RGPD).\n"
        "Destinatarios: la clínica no comunicará sus datos a terceros, salvo cuando lo exija la ley, a la "
        "entidad financiera si usted ha elegido financiar el pago y, si hubiera que reclamar la deuda, a los "
        "juzgados y a los profesionales que intervengan.\n"
        "Conservación: mientras dure el acuerdo y, después, durante los plazos que exige la ley.\n"
        "Derechos: puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación del "
        "tratamiento y portabilidad escribiendo a la clínica a la dirección postal o de correo electrónico "
        "indicada, acreditando su identidad. Si considera que no se han respetado sus derechos, puede presentar "
        "una reclamación ante la Agencia Española de Protección de Datos (www.aepd.es)."
    ),
    default_en=(
        "Controller: {clinic_name}, tax ID {clinic_tax_id}. Contact: {clinic_contact}.\n"
        "Purpose: to manage this payment agreement, keep track of the payments, send you the reminders that "
        "apply and, if necessary, claim the debt.\n"
        "Legal basis: the performance of the contract for veterinary services and of this agreement (Article "
        "6(1)(b) GDPR) and the clinic's legitimate interest in collecting what it is owed (Article 6(1)(f) "
        "GDPR).\n"
        "Recipients: the clinic will not disclose your data to third parties, except where the law requires "
        "it, to the finance company if you have chosen to finance the payment and, if the debt has to be "
        "claimed, to the courts and the professionals involved.\n"
        "Retention: for as long as the agreement lasts and afterwards for the periods the law requires.\n"
        "Your rights: you may exercise your rights of access, rectification, erasure, objection, restriction "
        "of processing and portability by writing to the clinic at the postal or email address above, with "
        "proof of your identity. If you believe your rights have not been respected, you may lodge a complaint "
        "with the Spanish Data Protection Agency (AEPD, www.aepd.es)."
    ),
)

ACCEPTANCE = Clause(
    key="acceptance",
    title=QT_TRANSLATE_NOOP("Clauses", "Acceptance"),
    placeholders=IDENTITY_PLACEHOLDERS,
    default_es=(
        "Con su firma, el cliente declara que ha leído este documento, que se le han explicado el precio y las "
        "condiciones normales de pago y las condiciones que se le conceden, y que las acepta. El cliente "
        "recibe una copia de este documento."
    ),
    default_en=(
        "By signing, the client declares that they have read this document, that the normal price and "
        "payment conditions and the conditions granted have been explained to them, and that they accept "
        "them. The client receives a copy of this document."
    ),
)

CLAUSES: dict[str, Clause] = {
    clause.key: clause for clause in (MISSED_PAYMENT, ACCELERATION, COURT_CLAIM, DATA_PROTECTION, ACCEPTANCE)
}
CLAUSE_LANGUAGES = ("es", "en")


def get_clause(key: str) -> Clause:
    """Return the clause ``key``; an unknown key raises KeyError, because keys come from code."""
    try:
        return CLAUSES[key]
    except KeyError:
        raise KeyError(f"Unknown clause {key!r}; known clauses are {', '.join(CLAUSES)}") from None


def placeholder_list(key: str) -> str:
    """Return the allowed placeholders of clause ``key`` as "{clinic_name}, {client_name}, …"."""
    return ", ".join(f"{{{name}}}" for name in get_clause(key).placeholders)


def default_clause(key: str, language: str) -> str:
    return get_clause(key).default(language)


def check_clause(key: str, text: str) -> UserMessage | None:
    """Return what is wrong with a clinic's text for clause ``key``, or None when it can be used.

    An empty text is valid and means the built-in text. A text is wrong when it
    is longer than MAX_CLAUSE_LENGTH, has a lone or unclosed brace, or has a
    placeholder outside the clause's allowed set, including forms such as
    ``{}``, ``{0}``, ``{name!r}``, ``{name:>5}`` or ``{name.attribute}``.
    """
    clause = get_clause(key)
    if not text.strip():
        return None
    if len(text) > MAX_CLAUSE_LENGTH:
        return UserMessage(
            "Clauses",
            QT_TRANSLATE_NOOP("Clauses", "The text has {length} characters; the maximum is {maximum}. Shorten it."),
            {"length": len(text), "maximum": MAX_CLAUSE_LENGTH},
        )
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return UserMessage(
            "Clauses",
            QT_TRANSLATE_NOOP(
                "Clauses",
                "The text has a brace without its pair. Write placeholders as {example}, "
                "and type {{ or }} for a brace of its own.",
            ),
            {"example": "{client_name}"},
        )
    for _literal, field_name, format_spec, conversion in fields:
        if field_name is None:
            continue
        if field_name not in clause.placeholders or format_spec or conversion:
            written = "{" + field_name + (f"!{conversion}" if conversion else "") + (
                f":{format_spec}" if format_spec else "") + "}"
            return UserMessage(
                "Clauses",
                QT_TRANSLATE_NOOP(
                    "Clauses", "The placeholder {placeholder} is not allowed here. Use only these: {allowed}."),
                {"placeholder": written, "allowed": placeholder_list(key)},
            )
    return None


def fill_clause(key: str, text: str, values: Mapping[str, object], language: str = "es") -> str:
    """Return the clause's text with its placeholders replaced by ``values``.

    An empty ``text`` means the built-in text in ``language``. Raise UserError
    with the message of ``check_clause`` for a text that cannot be used, and
    KeyError when ``values`` lacks a placeholder that the text uses.
    """
    if not text.strip():
        text = default_clause(key, language)
    problem = check_clause(key, text)
    if problem is not None:
        raise UserError(problem, field=key)
    return text.format_map(_Values(values))


class _Values(dict):
    def __missing__(self, name: str) -> str:
        raise KeyError(f"No value given for the clause placeholder {{{name}}}")
