"""The words of payment reminders: built-in texts for each level, channel and language, and their placeholders.

Each reminder level (1 friendly, 2 second, 3 formal, 4 proposal to settle)
has four parts in Spanish and English: the email's ``subject``, the
``email`` body, the ``letter`` body and the ``sms`` text. A late instalment
of a payment agreement has its own variant of each part, which names the
agreement. Texts contain ``{name}`` placeholders from PLACEHOLDERS, and
``{{`` and ``}}`` print a literal brace.

The letter part is only the letter's paragraphs: the PDF adds the table of
amounts, the ways to pay, the offer of a payment plan when the level makes
one, the closing and the signature. Like the clauses of the payment-terms
form, the texts are kept here as data in both languages instead of going
through Qt translation. A clinic edits them, and a translator must not
change their careful tone. Every built-in text passes
``careful_words.check_wording``.

Privacy: subjects leave out amounts and words about a debt, because anyone
who can see the inbox reads them. An SMS keeps such details out of its first
SMS_PRIVATE_OPENING characters, which a locked phone displays.
``check_template`` enforces both when it is given the part.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from vetdesk.domain.formatting import format_date, language_code
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money, format_money

LEVELS = (1, 2, 3, 4)
PARTS = ("subject", "email", "letter", "sms")
TEMPLATE_LANGUAGES = ("es", "en")

PLACEHOLDERS = (
    "client_name", "clinic_name", "clinic_phone", "clinic_email", "amount", "oldest_due_date", "items",
    "iban", "bizum_phone", "agreement_number", "deadline_days", "date",
)  # fmt: skip
# Placeholders that tell about the debt; subjects leave them out and SMS keep them out of their opening.
DEBT_PLACEHOLDERS = frozenset(
    {"amount", "oldest_due_date", "items", "iban", "bizum_phone", "agreement_number", "deadline_days"})
# A locked phone shows about the first 40 characters of a text message.
SMS_PRIVATE_OPENING = 40
# The longest built-in text has about 1,500 characters; 4,000 leaves room for a clinic's own.
MAX_TEMPLATE_LENGTH = 4000

# Words that would tell the reader of a subject or of an SMS's opening that the client owes money.
# They are compared without accents or case, as whole words.
DEBT_WORDS = (
    "deuda", "deudas", "impago", "impagos", "impagado", "impagada", "moroso", "morosa", "morosidad",
    "vencido", "vencida", "vencidos", "vencidas", "pago", "pagos", "importe", "importes", "factura",
    "facturas", "cobro", "recordatorio de pago", "reclamacion", "requerimiento",
    "debt", "debts", "overdue", "unpaid", "arrears", "outstanding", "owe", "owed", "owing", "payment",
    "payments", "amount", "invoice", "invoices", "bill", "bills",
)  # fmt: skip

# "{{" and "}}" are literal braces, "{name}" is a placeholder, and any other brace has no pair.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class TemplateKey:
    """One editable text of a level, without its language."""

    level: int
    part: str
    agreement: bool = False

    @property
    def name(self) -> str:
        """Return the key as "level2.sms" or "level2.agreement_sms", for settings and logs."""
        return f"level{self.level}.{'agreement_' if self.agreement else ''}{self.part}"


def template_keys() -> tuple[TemplateKey, ...]:
    """Return every editable text: each level's parts, then the same parts for late agreement instalments."""
    return tuple(TemplateKey(level, part, agreement)
                 for level in LEVELS for agreement in (False, True) for part in PARTS)


def default_text(level: int, part: str, language: str, agreement: bool = False) -> str:
    """Return the built-in text of ``part`` for reminder ``level`` in ``language`` ("es" or "en").

    A clinic may add levels after the fourth; they use the fourth level's
    texts. Raise ValueError for a level below 1, an unknown part or an
    unsupported language.
    """
    if level < 1:
        raise ValueError(f"Reminder level {level} does not exist; levels start at 1")
    if part not in PARTS:
        raise ValueError(f"Unknown template part {part!r}; use one of {', '.join(PARTS)}")
    texts = _DEFAULTS[(min(level, LEVELS[-1]), agreement)]
    return texts[language_code(language)][part]


def placeholder_list() -> str:
    """Return the placeholders as "{client_name}, {clinic_name}, …", for messages and help text."""
    return ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)


def _fold(text: str) -> str:
    """Lower-case ``text`` and drop accents, one character for each character so that positions still match."""
    folded = []
    for character in text:
        base = unicodedata.normalize("NFD", character)[0].lower()
        folded.append(base if len(base) == 1 else character)
    return "".join(folded)


_DEBT_WORD_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(_fold(word)).replace(r"\ ", r"\s+") for word in DEBT_WORDS) + r")(?!\w)")


def _excerpt(text: str, position: int) -> str:
    """Return up to 20 characters either side of ``position``, marking cut ends with "…"."""
    start = max(0, position - 20)
    end = min(len(text), position + 20)
    excerpt = " ".join(text[start:end].split())
    if start > 0:
        excerpt = "…" + excerpt
    if end < len(text):
        excerpt += "…"
    return excerpt


def check_template(text: str, part: str | None = None) -> UserMessage | None:
    """Return what is wrong with a reminder text, or None when it can be used.

    An empty text is valid and means the built-in one. A text is wrong when it
    is longer than MAX_TEMPLATE_LENGTH, has a brace without its pair, or has a
    placeholder outside PLACEHOLDERS, including forms such as ``{}``, ``{0}``,
    ``{name!r}``, ``{name:>5}`` or ``{ name }``. A subject (``part``
    "subject") is also wrong when it shows a debt placeholder or a word about a
    debt. An SMS (``part`` "sms") is wrong when either appears in its first
    SMS_PRIVATE_OPENING characters, counted with the placeholders before it as
    empty.
    """
    if not text.strip():
        return None
    if len(text) > MAX_TEMPLATE_LENGTH:
        return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
            "ReminderTemplates", "The text has {length} characters; the maximum is {maximum}. Shorten it."),
            {"length": len(text), "maximum": MAX_TEMPLATE_LENGTH})

    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
                "ReminderTemplates",
                "The text has a brace without its pair near \"{excerpt}\". Write placeholders as {example}, "
                "and type {{ or }} for a brace of its own."),
                {"excerpt": _excerpt(text, match.start()), "example": "{client_name}"})
        if name not in PLACEHOLDERS:
            return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
                "ReminderTemplates", "The placeholder {placeholder} is not known. Use only these: {allowed}."),
                {"placeholder": token, "allowed": placeholder_list()})
        if name in DEBT_PLACEHOLDERS and part == "subject":
            return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
                "ReminderTemplates",
                "The subject shows {placeholder}, which would tell anyone who sees the inbox about the debt. "
                "Leave it out of the subject."),
                {"placeholder": token})
    return _check_privacy(text, part)


def _literal_text(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Return the text without its placeholders, and each placeholder with its position in that text."""
    literal: list[str] = []
    placeholders: list[tuple[int, str]] = []
    length = 0
    position = 0
    for match in _TOKEN.finditer(text):
        before = text[position:match.start()]
        literal.append(before)
        length += len(before)
        token = match.group(0)
        if token in ("{{", "}}"):
            literal.append(token[0])
            length += 1
        elif match.group(1) is not None:
            placeholders.append((length, match.group(1)))
        position = match.end()
    literal.append(text[position:])
    return "".join(literal), placeholders


def _check_privacy(text: str, part: str | None) -> UserMessage | None:
    if part not in ("subject", "sms"):
        return None
    literal, placeholders = _literal_text(text)
    if part == "sms":
        for position, name in placeholders:
            if name in DEBT_PLACEHOLDERS and position < SMS_PRIVATE_OPENING:
                return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
                    "ReminderTemplates",
                    "The text message shows {placeholder} in its first {count} characters, which a locked "
                    "phone displays. Move it further on."),
                    {"placeholder": f"{{{name}}}", "count": SMS_PRIVATE_OPENING})
        literal = literal[:SMS_PRIVATE_OPENING]
    found = _DEBT_WORD_PATTERN.search(_fold(literal))
    if found is None:
        return None
    word = literal[found.start():found.end()]
    if part == "subject":
        return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
            "ReminderTemplates",
            "The subject contains \"{word}\", which would tell anyone who sees the inbox about the debt. "
            "Write a neutral subject, such as \"{example}\"."),
            {"word": word, "example": "Un mensaje de {clinic_name}"})
    return UserMessage("ReminderTemplates", QT_TRANSLATE_NOOP(
        "ReminderTemplates",
        "The text message contains \"{word}\" in its first {count} characters, which a locked phone "
        "displays. Start with a greeting and the clinic's name instead."),
        {"word": word, "count": SMS_PRIVATE_OPENING})


@functools.lru_cache(maxsize=256)
def _checked_template(text: str) -> UserMessage | None:
    """``check_template`` remembered per text: a reminder run fills the same few templates thousands of times."""
    return check_template(text)


def fill(text: str, values: Mapping[str, str]) -> str:
    """Return ``text`` with each placeholder replaced by its value from ``values``.

    A line whose placeholders are all filled with empty values is left out,
    so "- Bizum: {bizum_phone}" disappears for a clinic without Bizum. A line
    without placeholders always stays. Raise UserError with the
    message of ``check_template`` for a text that cannot be used, and KeyError
    when ``values`` lacks a placeholder that the text uses.
    """
    problem = _checked_template(text)
    if problem is not None:
        raise UserError(problem, field="template")

    def value(name: str) -> str:
        try:
            return str(values[name])
        except KeyError:
            raise KeyError(f"No value given for the reminder placeholder {{{name}}}") from None

    def substitute(match: re.Match) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return value(match.group(1))

    lines = []
    for line in text.split("\n"):
        names = [match.group(1) for match in _TOKEN.finditer(line) if match.group(1) is not None]
        if names and not any(value(name).strip() for name in names):
            continue
        lines.append(_TOKEN.sub(substitute, line))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines))


class OwedLine(Protocol):
    """An amount to list in a reminder, such as ``reminders.OwedItem`` or a letter's item."""

    @property
    def due_date(self) -> date: ...

    @property
    def description(self) -> str: ...

    @property
    def amount(self) -> Money: ...


def items_text(items: Iterable[OwedLine], language: str) -> str:
    """Return the value of ``{items}``: one line per amount, "- 20/11/2026 Cirugía de rodilla: 1.034,56 €"."""
    return "\n".join(f"- {format_date(item.due_date, language)} {item.description}: "
                     f"{format_money(item.amount, language)}" for item in items)


# The built-in texts, by (level, late agreement instalment) and language. Email bodies list the ways to pay
# one per line, so that a way the clinic lacks (no IBAN, no Bizum) drops out with its empty placeholder.

_WAYS_TO_PAY_ES = (
    "- por transferencia a la cuenta {iban}\n"
    "- por Bizum al {bizum_phone}\n"
    "- en el mostrador de la clínica"
)
_WAYS_TO_PAY_EN = (
    "- by bank transfer to the account {iban}\n"
    "- by Bizum to {bizum_phone}\n"
    "- at the clinic's front desk"
)
_SIGNATURE_ES = "{clinic_name}\nTel. {clinic_phone}\n{clinic_email}"
_SIGNATURE_EN = "{clinic_name}\nTel. {clinic_phone}\n{clinic_email}"

_DEFAULTS: dict[tuple[int, bool], dict[str, dict[str, str]]] = {
    # Level 1: a friendly reminder that the payment may have slipped the client's mind.
    (1, False): {
        "es": {
            "subject": "Un mensaje de {clinic_name}",
            "email": (
                "Hola, {client_name}:\n\n"
                "Le escribimos desde {clinic_name}. En nuestros registros figura un importe de {amount} "
                "pendiente desde el {oldest_due_date}. Quizá se le haya pasado, así que se lo recordamos con "
                "este mensaje:\n\n"
                "{items}\n\n"
                "Puede pagarlo como le resulte más cómodo:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya lo ha pagado, no tenga en cuenta este mensaje y disculpe la molestia. Para cualquier "
                "duda, puede responder a este correo o llamarnos por teléfono.\n\n"
                "Un saludo cordial,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Le escribimos desde {clinic_name} porque en nuestros registros figura un importe de {amount} "
                "pendiente de pago desde el {oldest_due_date}. Quizá se le haya pasado, así que nos permitimos "
                "recordárselo.\n\n"
                "Más abajo encontrará el detalle de los importes y las formas de pago. Si ya lo ha pagado, no "
                "tenga en cuenta esta carta y disculpe la molestia."
            ),
            "sms": "Hola, {client_name}. Le escribimos desde {clinic_name}: ¿puede llamarnos al {clinic_phone}? "
                   "Gracias.",
        },
        "en": {
            "subject": "A message from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are writing from {clinic_name}. Our records show an amount of {amount} outstanding since "
                "{oldest_due_date}. Perhaps it slipped your mind, so here is a short reminder:\n\n"
                "{items}\n\n"
                "You can pay whichever way suits you best:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please disregard this message, and apologies for the trouble. If "
                "you have any questions, just reply to this email or give us a call.\n\n"
                "Kind regards,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing from {clinic_name} because our records show an amount of {amount} still to be "
                "paid since {oldest_due_date}. Perhaps it slipped your mind, so we would like to remind you "
                "of it.\n\n"
                "Below you will find the details of the amounts and the ways to pay. If you have already "
                "paid, please disregard this letter, and apologies for the trouble."
            ),
            "sms": "Hello {client_name}, this is {clinic_name}. Could you give us a call on {clinic_phone}? "
                   "Thank you.",
        },
    },
    (1, True): {
        "es": {
            "subject": "Un mensaje de {clinic_name}",
            "email": (
                "Hola, {client_name}:\n\n"
                "Le escribimos desde {clinic_name} en relación con su acuerdo de pago {agreement_number}. En "
                "nuestros registros figura pendiente un importe de {amount} de ese acuerdo, con vencimiento "
                "el {oldest_due_date}. Quizá se le haya pasado, así que se lo recordamos con este mensaje:\n\n"
                "{items}\n\n"
                "Puede pagarlo como le resulte más cómodo:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya lo ha pagado, no tenga en cuenta este mensaje y disculpe la molestia. Para cualquier "
                "duda, puede responder a este correo o llamarnos por teléfono.\n\n"
                "Un saludo cordial,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Le escribimos desde {clinic_name} en relación con su acuerdo de pago {agreement_number}. En "
                "nuestros registros figura pendiente un importe de {amount} de ese acuerdo, con vencimiento "
                "el {oldest_due_date}. Quizá se le haya pasado, así que nos permitimos recordárselo.\n\n"
                "Más abajo encontrará el detalle de los plazos y las formas de pago. Si ya lo ha pagado, no "
                "tenga en cuenta esta carta y disculpe la molestia."
            ),
            "sms": "Hola, {client_name}. Le rogamos que llame a {clinic_name} al {clinic_phone} por su acuerdo "
                   "{agreement_number}.",
        },
        "en": {
            "subject": "A message from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are writing from {clinic_name} about your payment agreement {agreement_number}. Our "
                "records show an amount of {amount} of that agreement still to be paid, due on "
                "{oldest_due_date}. Perhaps it slipped your mind, so here is a short reminder:\n\n"
                "{items}\n\n"
                "You can pay whichever way suits you best:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please disregard this message, and apologies for the trouble. If "
                "you have any questions, just reply to this email or give us a call.\n\n"
                "Kind regards,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing from {clinic_name} about your payment agreement {agreement_number}. Our "
                "records show an amount of {amount} of that agreement still to be paid, due on "
                "{oldest_due_date}. Perhaps it slipped your mind, so we would like to remind you of it.\n\n"
                "Below you will find the details of the instalments and the ways to pay. If you have already "
                "paid, please disregard this letter, and apologies for the trouble."
            ),
            "sms": "Hello {client_name}, this is {clinic_name}. Could you call us on {clinic_phone} about your "
                   "agreement {agreement_number}?",
        },
    },
    # Level 2: a clearer second reminder that offers to agree a payment plan.
    (2, False): {
        "es": {
            "subject": "Un mensaje de {clinic_name}",
            "email": (
                "Estimado/a {client_name}:\n\n"
                "Le escribimos de nuevo desde {clinic_name} porque sigue pendiente un importe de {amount}, "
                "el más antiguo con vencimiento el {oldest_due_date}:\n\n"
                "{items}\n\n"
                "Le agradeceríamos que lo abonara en los próximos días. Si ahora le resulta difícil pagarlo "
                "de una vez, podemos acordar con usted un plan de pagos a plazos: responda a este correo o "
                "llámenos y buscaremos juntos la mejor opción.\n\n"
                "Formas de pago:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya ha realizado el pago, le rogamos que no tenga en cuenta este mensaje.\n\n"
                "Atentamente,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Le escribimos de nuevo desde {clinic_name} porque sigue pendiente de pago un importe de "
                "{amount}, el más antiguo con vencimiento el {oldest_due_date}. Le agradeceríamos que lo "
                "abonara en los próximos días.\n\n"
                "Más abajo encontrará el detalle de los importes y las formas de pago. Si ya ha realizado el "
                "pago, le rogamos que no tenga en cuenta esta carta."
            ),
            "sms": "Hola, {client_name}. Le escribimos desde {clinic_name}. Le rogamos que nos llame al "
                   "{clinic_phone}. Gracias.",
        },
        "en": {
            "subject": "A message from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are writing again from {clinic_name} because an amount of {amount} is still to be paid, "
                "the oldest part of it due on {oldest_due_date}:\n\n"
                "{items}\n\n"
                "We would be grateful if you could pay it in the next few days. If paying it all at once is "
                "difficult for you right now, we can agree an instalment plan with you: reply to this email "
                "or give us a call and we will find the best option together.\n\n"
                "Ways to pay:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please disregard this message.\n\n"
                "Yours sincerely,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing again from {clinic_name} because an amount of {amount} is still to be paid, "
                "the oldest part of it due on {oldest_due_date}. We would be grateful if you could pay it in "
                "the next few days.\n\n"
                "Below you will find the details of the amounts and the ways to pay. If you have already "
                "paid, please disregard this letter."
            ),
            "sms": "Hello {client_name}, this is {clinic_name}. Please call us on {clinic_phone} when you can. "
                   "Thank you.",
        },
    },
    (2, True): {
        "es": {
            "subject": "Un mensaje de {clinic_name}",
            "email": (
                "Estimado/a {client_name}:\n\n"
                "Le escribimos de nuevo desde {clinic_name} porque siguen pendientes plazos de su acuerdo de "
                "pago {agreement_number}, por un importe de {amount}, el más antiguo con vencimiento el "
                "{oldest_due_date}:\n\n"
                "{items}\n\n"
                "Le rogamos que se ponga al día en los próximos días. Si le cuesta mantener los plazos "
                "acordados, responda a este correo o llámenos y revisaremos el calendario con usted.\n\n"
                "Formas de pago:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya ha realizado el pago, le rogamos que no tenga en cuenta este mensaje.\n\n"
                "Atentamente,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Le escribimos de nuevo desde {clinic_name} porque siguen pendientes plazos de su acuerdo de "
                "pago {agreement_number}, por un importe de {amount}, el más antiguo con vencimiento el "
                "{oldest_due_date}. Le rogamos que se ponga al día en los próximos días.\n\n"
                "Si le cuesta mantener los plazos acordados, llámenos y revisaremos el calendario con usted. "
                "Más abajo encontrará el detalle de los plazos y las formas de pago. Si ya ha realizado el "
                "pago, le rogamos que no tenga en cuenta esta carta."
            ),
            "sms": "{client_name}: le rogamos que llame a {clinic_name} al {clinic_phone} por su acuerdo "
                   "{agreement_number}. Gracias.",
        },
        "en": {
            "subject": "A message from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are writing again from {clinic_name} because instalments of your payment agreement "
                "{agreement_number} are still to be paid, {amount} in all, the oldest due on "
                "{oldest_due_date}:\n\n"
                "{items}\n\n"
                "We would ask you to catch up in the next few days. If keeping to the agreed instalments is "
                "difficult for you, reply to this email or give us a call and we will review the schedule "
                "with you.\n\n"
                "Ways to pay:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please disregard this message.\n\n"
                "Yours sincerely,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing again from {clinic_name} because instalments of your payment agreement "
                "{agreement_number} are still to be paid, {amount} in all, the oldest due on "
                "{oldest_due_date}. We would ask you to catch up in the next few days.\n\n"
                "If keeping to the agreed instalments is difficult for you, give us a call and we will review "
                "the schedule with you. Below you will find the details of the instalments and the ways to "
                "pay. If you have already paid, please disregard this letter."
            ),
            "sms": "{client_name}, please call {clinic_name} on {clinic_phone} about your agreement "
                   "{agreement_number}. Thank you.",
        },
    },
    # Level 3: a formal request with a deadline.
    (3, False): {
        "es": {
            "subject": "Comunicación de {clinic_name}",
            "email": (
                "Estimado/a {client_name}:\n\n"
                "Nos ponemos en contacto con usted en nombre de {clinic_name} en relación con el importe de "
                "{amount} que figura pendiente de pago en su cuenta desde el {oldest_due_date}, por los "
                "conceptos siguientes:\n\n"
                "{items}\n\n"
                "No nos consta el pago después de nuestros mensajes anteriores. Le rogamos que lo realice, o "
                "que se ponga en contacto con nosotros, en un plazo de {deadline_days} días desde la fecha de "
                "este mensaje.\n\n"
                "Si le resulta difícil pagar el importe de una vez, podemos acordar con usted un plan de "
                "pagos adaptado a su situación.\n\n"
                "Formas de pago:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya ha realizado el pago, le rogamos que nos lo comunique y que no tenga en cuenta este "
                "mensaje.\n\n"
                "Atentamente,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Nos dirigimos a usted en nombre de {clinic_name} en relación con el importe de {amount} que "
                "figura pendiente de pago en su cuenta desde el {oldest_due_date}.\n\n"
                "No nos consta el pago después de nuestras comunicaciones anteriores. Le rogamos que lo "
                "realice, o que se ponga en contacto con nosotros, en un plazo de {deadline_days} días desde "
                "la fecha de esta carta.\n\n"
                "Más abajo encontrará el detalle de los importes y las formas de pago. Si ya ha realizado el "
                "pago, le rogamos que nos lo comunique y que no tenga en cuenta esta carta."
            ),
            "sms": "Estimado/a {client_name}: le rogamos que contacte con {clinic_name} en el {clinic_phone}. "
                   "Gracias.",
        },
        "en": {
            "subject": "A letter from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are contacting you on behalf of {clinic_name} about the amount of {amount} that has been "
                "due on your account since {oldest_due_date}, for the following:\n\n"
                "{items}\n\n"
                "We have not received the payment since our earlier messages. Please make it, or get in "
                "touch with us, within {deadline_days} days of the date of this message.\n\n"
                "If paying the whole amount at once is difficult for you, we can agree a payment plan that "
                "suits your situation.\n\n"
                "Ways to pay:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please let us know and disregard this message.\n\n"
                "Yours sincerely,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing to you on behalf of {clinic_name} about the amount of {amount} that has been "
                "due on your account since {oldest_due_date}.\n\n"
                "We have not received the payment since our earlier letters and messages. Please make it, or "
                "get in touch with us, within {deadline_days} days of the date of this letter.\n\n"
                "Below you will find the details of the amounts and the ways to pay. If you have already "
                "paid, please let us know and disregard this letter."
            ),
            "sms": "Dear {client_name}, please contact {clinic_name} on {clinic_phone}. Thank you.",
        },
    },
    (3, True): {
        "es": {
            "subject": "Comunicación de {clinic_name}",
            "email": (
                "Estimado/a {client_name}:\n\n"
                "Nos ponemos en contacto con usted en nombre de {clinic_name} en relación con su acuerdo de "
                "pago {agreement_number}. Según nuestros registros, están pendientes plazos de ese acuerdo "
                "por un importe de {amount}, el más antiguo con vencimiento el {oldest_due_date}:\n\n"
                "{items}\n\n"
                "No nos consta el pago después de nuestros mensajes anteriores. Le rogamos que abone los "
                "plazos pendientes, o que se ponga en contacto con nosotros, en un plazo de {deadline_days} "
                "días desde la fecha de este mensaje. Si su situación ha cambiado, podemos estudiar con usted "
                "una modificación del acuerdo.\n\n"
                "Formas de pago:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya ha realizado el pago, le rogamos que nos lo comunique y que no tenga en cuenta este "
                "mensaje.\n\n"
                "Atentamente,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Nos dirigimos a usted en nombre de {clinic_name} en relación con su acuerdo de pago "
                "{agreement_number}. Según nuestros registros, están pendientes plazos de ese acuerdo por un "
                "importe de {amount}, el más antiguo con vencimiento el {oldest_due_date}.\n\n"
                "No nos consta el pago después de nuestras comunicaciones anteriores. Le rogamos que abone "
                "los plazos pendientes, o que se ponga en contacto con nosotros, en un plazo de "
                "{deadline_days} días desde la fecha de esta carta. Si su situación ha cambiado, podemos "
                "estudiar con usted una modificación del acuerdo.\n\n"
                "Más abajo encontrará el detalle de los plazos y las formas de pago. Si ya ha realizado el "
                "pago, le rogamos que nos lo comunique y que no tenga en cuenta esta carta."
            ),
            "sms": "{client_name}: le rogamos que contacte con {clinic_name} ({clinic_phone}) por su acuerdo "
                   "{agreement_number}.",
        },
        "en": {
            "subject": "A letter from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are contacting you on behalf of {clinic_name} about your payment agreement "
                "{agreement_number}. Our records show instalments of that agreement still to be paid, "
                "{amount} in all, the oldest due on {oldest_due_date}:\n\n"
                "{items}\n\n"
                "We have not received the payment since our earlier messages. Please pay the instalments, or "
                "get in touch with us, within {deadline_days} days of the date of this message. If your "
                "situation has changed, we can look at changing the agreement with you.\n\n"
                "Ways to pay:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please let us know and disregard this message.\n\n"
                "Yours sincerely,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing to you on behalf of {clinic_name} about your payment agreement "
                "{agreement_number}. Our records show instalments of that agreement still to be paid, "
                "{amount} in all, the oldest due on {oldest_due_date}.\n\n"
                "We have not received the payment since our earlier letters and messages. Please pay the "
                "instalments, or get in touch with us, within {deadline_days} days of the date of this "
                "letter. If your situation has changed, we can look at changing the agreement with you.\n\n"
                "Below you will find the details of the instalments and the ways to pay. If you have already "
                "paid, please let us know and disregard this letter."
            ),
            "sms": "Dear {client_name}, please contact {clinic_name} on {clinic_phone} about your agreement "
                   "{agreement_number}.",
        },
    },
    # Level 4: a formal proposal to settle, sent by certified post or burofax. It states the amount, a
    # deadline and the offer to agree payments, so that it can prove the attempt to negotiate that a court
    # claim needs. It states that the clinic may then take the legal steps open to it.
    (4, False): {
        "es": {
            "subject": "Comunicación importante de {clinic_name}",
            "email": (
                "Estimado/a {client_name}:\n\n"
                "Nos dirigimos a usted en nombre de {clinic_name} en relación con el importe de {amount}, "
                "pendiente de pago desde el {oldest_due_date}, por los conceptos siguientes:\n\n"
                "{items}\n\n"
                "Hasta hoy no hemos recibido el pago ni hemos podido acordar con usted una solución, a pesar "
                "de nuestras comunicaciones anteriores. Por ello, le proponemos formalmente resolver este "
                "asunto de forma amistosa, de una de estas dos maneras:\n"
                "1. Pagar el importe pendiente de {amount} en un plazo de {deadline_days} días desde la "
                "recepción de este mensaje.\n"
                "2. Acordar con nosotros, dentro de ese mismo plazo, un plan de pagos a plazos que se ajuste "
                "a sus posibilidades.\n\n"
                "Para aceptar esta propuesta, o para proponernos otra forma de pago, responda a este correo "
                "o llámenos por teléfono.\n\n"
                "Si en ese plazo no recibimos el pago ni su respuesta, la clínica podrá iniciar los trámites "
                "legales de que dispone para reclamar el importe, como el proceso monitorio. Le enviamos esta "
                "propuesta como intento de negociación previo a cualquier reclamación, y preferimos "
                "sinceramente llegar a un acuerdo con usted.\n\n"
                "Formas de pago:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya ha realizado el pago, le rogamos que nos lo comunique y que no tenga en cuenta este "
                "mensaje.\n\n"
                "Atentamente,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Nos dirigimos a usted en nombre de {clinic_name} en relación con el importe de {amount}, "
                "pendiente de pago desde el {oldest_due_date}, por los servicios que se detallan más abajo.\n\n"
                "Hasta hoy no hemos recibido el pago ni hemos podido acordar con usted una solución, a pesar "
                "de nuestras comunicaciones anteriores. Por ello, le proponemos formalmente resolver este "
                "asunto de forma amistosa, de una de estas dos maneras:\n"
                "1. Pagar el importe pendiente de {amount} en un plazo de {deadline_days} días desde la "
                "recepción de esta carta.\n"
                "2. Acordar con nosotros, dentro de ese mismo plazo, un plan de pagos a plazos que se ajuste "
                "a sus posibilidades.\n\n"
                "Para aceptar esta propuesta, o para proponernos otra forma de pago, llámenos o escríbanos a "
                "los datos de contacto que figuran en esta carta.\n\n"
                "Si en ese plazo no recibimos el pago ni su respuesta, la clínica podrá iniciar los trámites "
                "legales de que dispone para reclamar el importe, como el proceso monitorio. Le enviamos esta "
                "propuesta como intento de negociación previo a cualquier reclamación, y preferimos "
                "sinceramente llegar a un acuerdo con usted.\n\n"
                "Si ya ha realizado el pago, le rogamos que nos lo comunique y que no tenga en cuenta esta "
                "carta."
            ),
            "sms": "Estimado/a {client_name}: le rogamos que contacte cuanto antes con {clinic_name} en el "
                   "{clinic_phone}.",
        },
        "en": {
            "subject": "An important letter from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are writing to you on behalf of {clinic_name} about the amount of {amount}, due since "
                "{oldest_due_date}, for the following:\n\n"
                "{items}\n\n"
                "To date we have neither received the payment nor been able to agree a solution with you, "
                "despite our earlier letters and messages. We therefore formally propose to settle this "
                "matter amicably, in one of these two ways:\n"
                "1. Pay the outstanding amount of {amount} within {deadline_days} days of receiving this "
                "message.\n"
                "2. Agree with us, within the same period, an instalment plan that suits your means.\n\n"
                "To accept this proposal, or to suggest another way of paying, reply to this email or give us "
                "a call.\n\n"
                "If within that period we receive neither the payment nor your reply, the clinic may take the "
                "legal steps open to it to claim the amount, such as the Spanish order-for-payment procedure "
                "(proceso monitorio). We send you this proposal as an attempt to negotiate before any claim, "
                "and we would genuinely prefer to reach an agreement with you.\n\n"
                "Ways to pay:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please let us know and disregard this message.\n\n"
                "Yours sincerely,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing to you on behalf of {clinic_name} about the amount of {amount}, due since "
                "{oldest_due_date}, for the services listed below.\n\n"
                "To date we have neither received the payment nor been able to agree a solution with you, "
                "despite our earlier letters and messages. We therefore formally propose to settle this "
                "matter amicably, in one of these two ways:\n"
                "1. Pay the outstanding amount of {amount} within {deadline_days} days of receiving this "
                "letter.\n"
                "2. Agree with us, within the same period, an instalment plan that suits your means.\n\n"
                "To accept this proposal, or to suggest another way of paying, call or write to us at the "
                "contact details in this letter.\n\n"
                "If within that period we receive neither the payment nor your reply, the clinic may take the "
                "legal steps open to it to claim the amount, such as the Spanish order-for-payment procedure "
                "(proceso monitorio). We send you this proposal as an attempt to negotiate before any claim, "
                "and we would genuinely prefer to reach an agreement with you.\n\n"
                "If you have already paid, please let us know and disregard this letter."
            ),
            "sms": "Dear {client_name}, please contact {clinic_name} on {clinic_phone} as soon as you can. "
                   "Thank you.",
        },
    },
    (4, True): {
        "es": {
            "subject": "Comunicación importante de {clinic_name}",
            "email": (
                "Estimado/a {client_name}:\n\n"
                "Nos dirigimos a usted en nombre de {clinic_name} en relación con su acuerdo de pago "
                "{agreement_number}, del que están pendientes plazos por un importe de {amount}, el más "
                "antiguo con vencimiento el {oldest_due_date}:\n\n"
                "{items}\n\n"
                "Hasta hoy no hemos recibido el pago de esos plazos ni hemos podido acordar con usted una "
                "solución, a pesar de nuestras comunicaciones anteriores. Por ello, le proponemos formalmente "
                "resolver este asunto de forma amistosa, de una de estas dos maneras:\n"
                "1. Pagar los plazos pendientes, {amount}, en un plazo de {deadline_days} días desde la "
                "recepción de este mensaje.\n"
                "2. Acordar con nosotros, dentro de ese mismo plazo, un nuevo calendario de pagos que se "
                "ajuste a sus posibilidades.\n\n"
                "Para aceptar esta propuesta, o para proponernos otra forma de pago, responda a este correo "
                "o llámenos por teléfono.\n\n"
                "Si en ese plazo no recibimos el pago ni su respuesta, la clínica podrá iniciar los trámites "
                "legales de que dispone para reclamar lo que se le debe según el acuerdo firmado, como el "
                "proceso monitorio. Le enviamos esta propuesta como intento de negociación previo a cualquier "
                "reclamación, y preferimos sinceramente llegar a un acuerdo con usted.\n\n"
                "Formas de pago:\n" + _WAYS_TO_PAY_ES + "\n\n"
                "Si ya ha realizado el pago, le rogamos que nos lo comunique y que no tenga en cuenta este "
                "mensaje.\n\n"
                "Atentamente,\n" + _SIGNATURE_ES
            ),
            "letter": (
                "Estimado/a {client_name}:\n\n"
                "Nos dirigimos a usted en nombre de {clinic_name} en relación con su acuerdo de pago "
                "{agreement_number}, del que están pendientes plazos por un importe de {amount}, el más "
                "antiguo con vencimiento el {oldest_due_date}.\n\n"
                "Hasta hoy no hemos recibido el pago de esos plazos ni hemos podido acordar con usted una "
                "solución, a pesar de nuestras comunicaciones anteriores. Por ello, le proponemos formalmente "
                "resolver este asunto de forma amistosa, de una de estas dos maneras:\n"
                "1. Pagar los plazos pendientes, {amount}, en un plazo de {deadline_days} días desde la "
                "recepción de esta carta.\n"
                "2. Acordar con nosotros, dentro de ese mismo plazo, un nuevo calendario de pagos que se "
                "ajuste a sus posibilidades.\n\n"
                "Para aceptar esta propuesta, o para proponernos otra forma de pago, llámenos o escríbanos a "
                "los datos de contacto que figuran en esta carta.\n\n"
                "Si en ese plazo no recibimos el pago ni su respuesta, la clínica podrá iniciar los trámites "
                "legales de que dispone para reclamar lo que se le debe según el acuerdo firmado, como el "
                "proceso monitorio. Le enviamos esta propuesta como intento de negociación previo a cualquier "
                "reclamación, y preferimos sinceramente llegar a un acuerdo con usted.\n\n"
                "Si ya ha realizado el pago, le rogamos que nos lo comunique y que no tenga en cuenta esta "
                "carta."
            ),
            "sms": "{client_name}: le rogamos que contacte pronto con {clinic_name} ({clinic_phone}) por su "
                   "acuerdo {agreement_number}.",
        },
        "en": {
            "subject": "An important letter from {clinic_name}",
            "email": (
                "Dear {client_name},\n\n"
                "We are writing to you on behalf of {clinic_name} about your payment agreement "
                "{agreement_number}, of which instalments of {amount} in all are still to be paid, the oldest "
                "due on {oldest_due_date}:\n\n"
                "{items}\n\n"
                "To date we have neither received these instalments nor been able to agree a solution with "
                "you, despite our earlier letters and messages. We therefore formally propose to settle this "
                "matter amicably, in one of these two ways:\n"
                "1. Pay the outstanding instalments, {amount}, within {deadline_days} days of receiving this "
                "message.\n"
                "2. Agree with us, within the same period, a new payment schedule that suits your means.\n\n"
                "To accept this proposal, or to suggest another way of paying, reply to this email or give us "
                "a call.\n\n"
                "If within that period we receive neither the payment nor your reply, the clinic may take the "
                "legal steps open to it to claim what is owed under the signed agreement, such as the Spanish "
                "order-for-payment procedure (proceso monitorio). We send you this proposal as an attempt to "
                "negotiate before any claim, and we would genuinely prefer to reach an agreement with you.\n\n"
                "Ways to pay:\n" + _WAYS_TO_PAY_EN + "\n\n"
                "If you have already paid, please let us know and disregard this message.\n\n"
                "Yours sincerely,\n" + _SIGNATURE_EN
            ),
            "letter": (
                "Dear {client_name},\n\n"
                "We are writing to you on behalf of {clinic_name} about your payment agreement "
                "{agreement_number}, of which instalments of {amount} in all are still to be paid, the oldest "
                "due on {oldest_due_date}.\n\n"
                "To date we have neither received these instalments nor been able to agree a solution with "
                "you, despite our earlier letters and messages. We therefore formally propose to settle this "
                "matter amicably, in one of these two ways:\n"
                "1. Pay the outstanding instalments, {amount}, within {deadline_days} days of receiving this "
                "letter.\n"
                "2. Agree with us, within the same period, a new payment schedule that suits your means.\n\n"
                "To accept this proposal, or to suggest another way of paying, call or write to us at the "
                "contact details in this letter.\n\n"
                "If within that period we receive neither the payment nor your reply, the clinic may take the "
                "legal steps open to it to claim what is owed under the signed agreement, such as the Spanish "
                "order-for-payment procedure (proceso monitorio). We send you this proposal as an attempt to "
                "negotiate before any claim, and we would genuinely prefer to reach an agreement with you.\n\n"
                "If you have already paid, please let us know and disregard this letter."
            ),
            "sms": "Dear {client_name}, please contact {clinic_name} on {clinic_phone} soon about your agreement "
                   "{agreement_number}.",
        },
    },
}
