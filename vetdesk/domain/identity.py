"""Checks and normal forms for identity and contact data: DNI/NIE, CIF/NIF, IBAN, phone, email, postal code.

Check digits are verified with python-stdnum. Every validator raises UserError
(context "Validation") that quotes the value and names the form field.
"""

from __future__ import annotations

import re
import unicodedata

from vetdesk.domain.formatting import value_for_message
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.lazy import lazy_import

# python-stdnum is loaded on first use: importing it costs tens of milliseconds at start-up.
stdnum_iban = lazy_import("stdnum.iban")
spanish_iban = lazy_import("stdnum.es.iban")
dni = lazy_import("stdnum.es.dni")
nie = lazy_import("stdnum.es.nie")
nif = lazy_import("stdnum.es.nif")
stdnum_exceptions = lazy_import("stdnum.exceptions")

_ID_SEPARATORS = re.compile(r"[\s.\-]")


def normalize_id_number(text: str) -> str:
    """Upper-case ``text`` and drop spaces, dashes and dots: " x-1234567.l " -> "X1234567L"."""
    return _ID_SEPARATORS.sub("", text).upper()


def validate_id_number(text: str) -> str:
    """Return the compact DNI or NIE in ``text``, or raise UserError for field "id_number".

    An empty value raises too, so callers that allow "not given" check for it first.
    """
    compact = normalize_id_number(text)
    if not compact:
        raise UserError(
            UserMessage("Validation", QT_TRANSLATE_NOOP("Validation", "Type the DNI or NIE, for example 12345678Z.")),
            field="id_number",
        )

    try:
        if compact[0] in "XYZ":
            return nie.validate(compact)
        return dni.validate(compact)
    except stdnum_exceptions.InvalidChecksum:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "The check letter of the DNI or NIE \"{value}\" does not match its digits. "
            "Copy the number again from the document. A DNI is 8 digits and a letter, like 12345678Z.",
        )
    except stdnum_exceptions.ValidationError:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "\"{value}\" is not a valid DNI or NIE. A DNI is 8 digits and a letter, like 12345678Z. "
            "A NIE is X, Y or Z, 7 digits and a letter, like X1234567L.",
        )
    raise UserError(UserMessage("Validation", message, {"value": value_for_message(text)}), field="id_number")


def validate_tax_id(text: str) -> str:
    """Return the compact CIF, DNI or NIE of a clinic, or raise UserError for field "tax_id".

    A leading "ES" (the VAT prefix) is removed.
    """
    compact = normalize_id_number(text)
    if not compact:
        raise UserError(
            UserMessage("Validation", QT_TRANSLATE_NOOP("Validation", "Type the CIF or NIF, for example B12345674.")),
            field="tax_id",
        )

    try:
        return nif.validate(compact)
    except stdnum_exceptions.InvalidChecksum:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "The check character of the CIF or NIF \"{value}\" does not match its digits. "
            "Copy the number again from the document.",
        )
    except stdnum_exceptions.ValidationError:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "\"{value}\" is not a valid CIF or NIF. A CIF is a letter, 7 digits and a check character, "
            "like B12345674. A NIF can also be a DNI, like 12345678Z, or a NIE, like X1234567L.",
        )
    raise UserError(UserMessage("Validation", message, {"value": value_for_message(text)}), field="tax_id")


_SPANISH_IBAN_LENGTH = 24


def validate_iban(text: str) -> str:
    """Return the compact IBAN in ``text`` ("ES9121000418450200051332"), or raise UserError for field "iban".

    Spanish IBANs must have 24 characters, and their bank account check digits
    are verified as well.
    """
    compact = stdnum_iban.compact(text)
    if not compact:
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "Type the IBAN, for example ES91 2100 0418 4502 0005 1332."),
            ),
            field="iban",
        )

    quoted = value_for_message(text)
    is_spanish = compact.startswith("ES")
    if is_spanish and len(compact) != _SPANISH_IBAN_LENGTH:
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The IBAN \"{value}\" has {length} characters, but a Spanish IBAN has 24. "
                    "Check that no digit is missing or repeated.",
                ),
                {"value": quoted, "length": len(compact)},
            ),
            field="iban",
        )

    try:
        return spanish_iban.validate(compact) if is_spanish else stdnum_iban.validate(compact)
    except stdnum_exceptions.InvalidChecksum:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "The check digits of the IBAN \"{value}\" do not match. Copy it again from a bank document.",
        )
    except stdnum_exceptions.ValidationError:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "The IBAN \"{value}\" is not valid. An IBAN starts with the country code and two check digits, "
            "like ES91 2100 0418 4502 0005 1332.",
        )
    raise UserError(UserMessage("Validation", message, {"value": quoted}), field="iban")


def format_iban(compact: str) -> str:
    """Group an IBAN in blocks of four: "ES91 2100 0418 4502 0005 1332"."""
    return stdnum_iban.format(compact)


_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
_SPANISH_NUMBER = re.compile(r"[6-9][0-9]{8}")
# E.164 allows at most 15 digits. Foreign numbers shorter than 8 digits are rejected.
_INTERNATIONAL_DIGITS = re.compile(r"[0-9]{8,15}")


def normalize_phone(text: str) -> str:
    """Return ``text`` in E.164 form ("+34671924865"), or raise UserError for field "phone".

    Nine digits starting with 6, 7, 8 or 9 are a Spanish number, with or
    without +34 or 0034. Other numbers need the international prefix, written
    as "+" or "00", and 8 to 15 digits.
    """
    compact = _PHONE_SEPARATORS.sub("", text)
    if not compact:
        raise UserError(
            UserMessage("Validation", QT_TRANSLATE_NOOP("Validation", "Type a phone number, for example 671 92 48 65.")),
            field="phone",
        )

    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+34") and _SPANISH_NUMBER.fullmatch(compact[3:]):
        return compact
    if not compact.startswith("+34") and _SPANISH_NUMBER.fullmatch(compact):
        return "+34" + compact
    if not compact.startswith("+34") and compact.startswith("+") and _INTERNATIONAL_DIGITS.fullmatch(compact[1:]):
        return compact
    raise UserError(
        UserMessage(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The phone number \"{value}\" is not valid. Type 9 digits, like 671 92 48 65, "
                "or a foreign number starting with +, like +44 20 7946 0958.",
            ),
            {"value": value_for_message(text)},
        ),
        field="phone",
    )


def is_mobile(phone: str) -> bool:
    """Tell whether ``phone`` is a Spanish mobile number (+34 and 9 digits starting with 6 or 7)."""
    try:
        e164 = normalize_phone(phone)
    except UserError:
        return False
    return e164.startswith("+34") and e164[3] in "67"


def format_phone(e164: str) -> str:
    """Format a Spanish number as "671 92 48 65" and return any other number unchanged."""
    if not (e164.startswith("+34") and _SPANISH_NUMBER.fullmatch(e164[3:])):
        return e164
    national = e164[3:]
    return f"{national[0:3]} {national[3:5]} {national[5:7]} {national[7:9]}"


# RFC 5321 limits a path to 256 octets including the angle brackets, which leaves 254 for the address.
_MAX_EMAIL_LENGTH = 254
# Control characters, commas, semicolons and angle brackets are rejected because
# they appear when two addresses or a display name are pasted into the field.
_LOCAL_PART = r"[^@\s\x00-\x1f\x7f,;<>]+"
_DOMAIN_LABEL = r"[^@\s\x00-\x1f\x7f,;<>.]+"
_EMAIL = re.compile(rf"(?P<local>{_LOCAL_PART})@(?P<domain>{_DOMAIN_LABEL}(?:\.{_DOMAIN_LABEL})+)")


def validate_email(text: str) -> str:
    """Return ``text`` stripped with its domain lower-cased, or raise UserError for field "email".

    The check is pragmatic. It requires one "@", no spaces and a domain of at
    least two non-empty labels, and it does not check that the mailbox exists.
    """
    stripped = text.strip()
    if not stripped:
        raise UserError(
            UserMessage("Validation", QT_TRANSLATE_NOOP("Validation", "Type an email address, for example name@example.com.")),
            field="email",
        )

    match = _EMAIL.fullmatch(stripped)
    if match is None or len(stripped) > _MAX_EMAIL_LENGTH:
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "The email address \"{value}\" is not valid. Type it like name@example.com."),
                {"value": value_for_message(text)},
            ),
            field="email",
        )
    return f"{match['local']}@{match['domain'].lower()}"


def validate_postal_code(text: str) -> str:
    """Return a Spanish postal code (01000 to 52999), or raise UserError for field "postal_code"."""
    stripped = text.strip()
    if not stripped:
        raise UserError(
            UserMessage("Validation", QT_TRANSLATE_NOOP("Validation", "Type a postal code, for example 28013.")),
            field="postal_code",
        )

    # The first two digits are the province, numbered 01 to 52.
    if not (re.fullmatch(r"[0-9]{5}", stripped) and 1000 <= int(stripped) <= 52999):
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The postal code \"{value}\" is not valid. A Spanish postal code has 5 digits, from 01000 to 52999.",
                ),
                {"value": value_for_message(text)},
            ),
            field="postal_code",
        )
    return stripped


# Catalan writes "l·l" ("Gal·la"). The middle dot is dropped, not turned into
# a space, so that "galla" finds the name.
_MIDDLE_DOT = "\u00b7"


def search_key(text: str) -> str:
    """Reduce ``text`` to lower-case words without accents: "Núñez  MUÑOZ" -> "nunez munoz"."""
    # NFKD turns "ŀ" into "l" and a middle dot, so the dot is removed afterwards.
    decomposed = unicodedata.normalize("NFKD", text).replace(_MIDDLE_DOT, "")
    words = "".join(
        char if char.isalnum() else " "
        for char in decomposed.casefold()
        if not unicodedata.combining(char)
    )
    return " ".join(words.split())


def search_terms(*texts: str | None) -> set[str]:
    """Return the words of the search keys of ``texts``. None and empty texts add nothing."""
    terms: set[str] = set()
    for text in texts:
        if text:
            terms.update(search_key(text).split())
    return terms
