"""Import of clients, pets and opening balances from another program's CSV export.

``read_csv`` decodes the file and splits it into rows. ``initial_mapping``
proposes which column feeds which VetDesk field, from a remembered mapping
or a guess from the headers. ``plan_import`` validates every row without
writing anything, which is the dry run. ``run_import`` stores the plan in
one transaction.

Rules for rejected rows, which the user guide repeats:

* A row is rejected when one of its values is invalid. A rejected row adds
  nothing to the database: neither its pet nor the balance it carries.
* The client data (name, DNI/NIE, phones, email, address, notes) belongs to
  the whole client. Every row of that client is rejected, each with its line
  number, when the data is invalid on one row or differs between its rows.
  The same happens when its DNI/NIE or client reference is already stored or
  used by another client in the file.
* A problem in a pet value (name, species, sex, birth date, microchip) or in
  the balance of one row rejects that row only. The client's other rows are
  still imported.
* The opening balance belongs to the client. The rows of one client may
  repeat the same amount or leave it empty or zero on all rows but one. Two
  different non-zero amounts reject every row of the client.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetdesk.domain.formatting import parse_date
from vetdesk.domain.identity import normalize_id_number, search_key, search_terms
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, Translator, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import MAX_AMOUNT, Money, parse_amount
from vetdesk.services.accounts import clinic_today
from vetdesk.services.audit import record_event
from vetdesk.services.clients import ClientDetails, NewPet, client_terms, validate_client, validate_pet
from vetdesk.services.context import ServiceContext
from vetdesk.storage.balances import refresh_balances
from vetdesk.storage.models import Client, LedgerEntry, Pet, PetOwner, SearchTerm, Setting

# Translation context of this module's messages. lupdate reads only literal contexts in
# QT_TRANSLATE_NOOP calls, so those repeat "Import" instead of naming this constant.
CTX = "Import"
log = logging.getLogger("vetdesk.import")

# Stored ledger descriptions are data, not interface text, so they stay in Spanish.
OPENING_BALANCE_DESCRIPTION = "Saldo inicial importado"
MAPPING_KEY_PREFIX = "import.mapping."
LAST_MAPPING_KEY = "import.mapping.last"
# SQLite allows at most 999 bound parameters per statement before 3.32.
_IN_CLAUSE_CHUNK = 500


_MAX_QUOTED_LENGTH = 40


def _quoted(text: str) -> str:
    """Strip ``text`` and cut it to 40 characters, for quoting a file value in a message."""
    text = text.strip()
    return text if len(text) <= _MAX_QUOTED_LENGTH else text[: _MAX_QUOTED_LENGTH - 1] + "…"


# --- Fields ----------------------------------------------------------------


@dataclass(frozen=True)
class ImportField:
    key: str
    # English label, translated in context "Import" where it is shown.
    label: str
    is_pet_field: bool = False


FIELDS: tuple[ImportField, ...] = (
    ImportField("external_ref", QT_TRANSLATE_NOOP("Import", "Client reference in the old program")),
    ImportField("full_name", QT_TRANSLATE_NOOP("Import", "Full name of the client")),
    ImportField("given_name", QT_TRANSLATE_NOOP("Import", "Given name")),
    ImportField("surnames", QT_TRANSLATE_NOOP("Import", "Surnames")),
    ImportField("second_surname", QT_TRANSLATE_NOOP("Import", "Second surname")),
    ImportField("id_number", QT_TRANSLATE_NOOP("Import", "DNI/NIE")),
    ImportField("phone", QT_TRANSLATE_NOOP("Import", "Phone")),
    ImportField("phone2", QT_TRANSLATE_NOOP("Import", "Second phone")),
    ImportField("email", QT_TRANSLATE_NOOP("Import", "Email")),
    ImportField("address_line", QT_TRANSLATE_NOOP("Import", "Address")),
    ImportField("postal_code", QT_TRANSLATE_NOOP("Import", "Postal code")),
    ImportField("city", QT_TRANSLATE_NOOP("Import", "City")),
    ImportField("province", QT_TRANSLATE_NOOP("Import", "Province")),
    ImportField("notes", QT_TRANSLATE_NOOP("Import", "Notes about the client")),
    ImportField("balance", QT_TRANSLATE_NOOP("Import", "Opening balance (positive = owed)")),
    ImportField("pet_name", QT_TRANSLATE_NOOP("Import", "Pet name"), is_pet_field=True),
    ImportField("species", QT_TRANSLATE_NOOP("Import", "Species"), is_pet_field=True),
    ImportField("breed", QT_TRANSLATE_NOOP("Import", "Breed"), is_pet_field=True),
    ImportField("sex", QT_TRANSLATE_NOOP("Import", "Sex"), is_pet_field=True),
    ImportField("birth_date", QT_TRANSLATE_NOOP("Import", "Birth date"), is_pet_field=True),
    ImportField("microchip", QT_TRANSLATE_NOOP("Import", "Microchip"), is_pet_field=True),
)
FIELD_KEYS: tuple[str, ...] = tuple(item.key for item in FIELDS)
_FIELDS_BY_KEY = {item.key: item for item in FIELDS}

# Client fields copied one to one into ClientDetails.
_CLIENT_COLUMNS = ("id_number", "phone", "phone2", "email", "address_line", "postal_code", "city", "province", "notes")
_PET_COLUMNS = ("pet_name", "species", "breed", "sex", "birth_date", "microchip")

Mapping = dict[str, int]


def field_label(key: str, translate: Translator | None = None) -> str:
    """Return the label of the field ``key``, translated with ``translate`` when given."""
    label = _FIELDS_BY_KEY[key].label
    return translate(CTX, label) if translate else label


# --- Reading the file -------------------------------------------------------


class DecimalStyle(StrEnum):
    COMMA = "comma"
    POINT = "point"


ENCODING_LABELS = {
    "utf-8": QT_TRANSLATE_NOOP("Import", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "UTF-8 with BOM"),
    "cp1252": QT_TRANSLATE_NOOP("Import", "Windows-1252"),
}


@dataclass(frozen=True)
class CsvRow:
    # Physical line of the file where the row starts, counting the file's first line as 1.
    line: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class CsvFile:
    path: Path
    # Python codec name: "utf-8", "utf-8-sig" or "cp1252".
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    header_line: int
    rows: tuple[CsvRow, ...]

    @property
    def name(self) -> str:
        return self.path.name

    def column_values(self, index: int) -> list[str]:
        return [row.values[index] for row in self.rows if index < len(row.values)]

    def header_label(self, index: int) -> str:
        """Return the header of column ``index``, or its 1-based number when the header is empty."""
        header = self.headers[index].strip() if index < len(self.headers) else ""
        return header or f"#{index + 1}"


def _file_error(source: str, path: Path, **params: object) -> UserError:
    return UserError(UserMessage(CTX, source, {"file": path.name, **params}))


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return the text of ``data`` and the codec that decoded it."""
    if b"\x00" in data:
        # NUL bytes mean UTF-16 text or a binary file such as an .xlsx workbook.
        raise _file_error(QT_TRANSLATE_NOOP(
            "Import", "The file {file} is not a CSV text file. Export it again from the other program "
            "as CSV in UTF-8 or Windows-1252."), path)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _file_error(QT_TRANSLATE_NOOP(
                "Import", "The file {file} starts as UTF-8 but has invalid bytes at position {position}. "
                "Export it again from the other program."), path, position=error.start) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise _file_error(QT_TRANSLATE_NOOP(
            "Import", "The file {file} is neither UTF-8 nor Windows-1252 text. Export it again from the "
            "other program as CSV in UTF-8."), path) from None


def _first_line(text: str) -> str:
    for line in io.StringIO(text, newline=""):
        if line.strip():
            return line.rstrip("\r\n")
    return ""


def _split_line(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, quotechar='"'))
    except (csv.Error, StopIteration):
        return [line]


def detect_delimiter(text: str) -> str:
    """Return ";" or "," for the CSV ``text``.

    The header line decides when only one of the two characters splits it
    into several columns. Otherwise csv.Sniffer, restricted to those two,
    decides from the first 64 KiB, and when it finds nothing, the character
    that occurs more often does.
    """
    header = _first_line(text)
    splits = {delimiter: len(_split_line(header, delimiter)) for delimiter in ";,"}
    if splits[";"] > 1 and splits[","] == 1:
        return ";"
    if splits[","] > 1 and splits[";"] == 1:
        return ","
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,").delimiter
    except csv.Error:
        return ";" if sample.count(";") > sample.count(",") else ","


def read_csv(path: str | Path) -> CsvFile:
    """Read a CSV export: detect its encoding and delimiter, its header and its data rows.

    Each row keeps the physical line where it starts, so a value with a quoted
    line break does not shift the line numbers of later rows. Blank rows are
    skipped. Raise UserError naming the file when it cannot be read, is not
    UTF-8 or Windows-1252 text, has a quote that is never closed, or has no
    data rows.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _file_error(QT_TRANSLATE_NOOP("Import", "The file {file} was not found. Choose the file again."),
                          path) from None
    except OSError as error:
        raise _file_error(QT_TRANSLATE_NOOP("Import", "The file {file} could not be read: {error}"),
                          path, error=error.strerror or str(error)) from None

    text, encoding = _decode(data, path)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)

    headers: tuple[str, ...] | None = None
    header_line = 0
    rows: list[CsvRow] = []
    previous_end = 0
    try:
        for record in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if not any(value.strip() for value in record):
                continue
            if headers is None:
                headers = tuple(value.strip() for value in record)
                header_line = start
            else:
                rows.append(CsvRow(start, tuple(record)))
    except csv.Error:
        raise _file_error(QT_TRANSLATE_NOOP(
            "Import", "The file {file} is not valid CSV from line {line} on: a quoted value is not closed, "
            "or text follows its closing quote. Correct that line in the file."),
            path, line=previous_end + 1) from None

    if headers is None:
        raise _file_error(QT_TRANSLATE_NOOP("Import", "The file {file} is empty."), path)
    if not rows:
        raise _file_error(QT_TRANSLATE_NOOP(
            "Import", "The file {file} has a header line but no data rows."), path)
    return CsvFile(path=path, encoding=encoding, delimiter=delimiter, headers=headers,
                   header_line=header_line, rows=tuple(rows))


# --- Guessing the mapping ---------------------------------------------------

_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")


def normalize_header(header: str) -> str:
    """Reduce a header to accent-free lower-case words: "Teléfono1" -> "telefono 1"."""
    return _LETTER_DIGIT.sub(" ", search_key(header))


_PET_WORDS = frozenset({"animal", "animales", "mascota", "mascotas", "paciente", "pet", "patient"})
_OWNER_WORDS = frozenset({"propietario", "cliente", "titular", "owner", "client", "customer", "dueno"})
# Words that may stand next to a pet word in the header of the pet's name ("Nombre del animal").
_PET_NAME_WORDS = _PET_WORDS | {"nombre", "name", "de", "del", "la", "el", "the"}


def _words(*phrases: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(phrase.split()) for phrase in phrases)


# Checked in this order; the first rule with a pattern whose words are all in
# the header wins. Pet fields come first so that "fecha nacimiento animal" is
# a birth date, and "codigo postal" comes before "codigo" (a client reference).
_PET_RULES: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = (
    ("birth_date", _words("nacimiento", "nacim", "birth", "dob", "fecha nac", "f nac", "born")),
    ("microchip", _words("chip", "microchip", "transponder")),
    ("species", _words("especie", "species")),
    ("breed", _words("raza", "breed")),
    ("sex", _words("sexo", "sex", "genero", "gender")),
)
_OWNER_RULES: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = (
    ("postal_code", _words("cp", "c p", "codigo postal", "cod postal", "postal", "zip", "postcode")),
    ("balance", _words("deuda", "saldo", "pendiente", "balance", "debe", "debt", "owed", "importe")),
    ("email", _words("correo", "email", "e mail", "mail")),
    ("phone", _words("telefono", "tel", "telf", "tlf", "tfno", "movil", "phone", "mobile", "celular", "fijo")),
    ("id_number", _words("dni", "nif", "nie", "documento", "id number", "national id")),
    # "Nº cliente" reduces to "no cliente", because NFKD turns "º" into "o".
    ("external_ref", _words("id", "codigo", "cod", "ref", "referencia", "numero", "num", "nro", "n", "no cliente",
                            "no ficha", "ficha", "code", "reference", "number")),
    ("address_line", _words("direccion", "domicilio", "calle", "address", "street")),
    ("city", _words("localidad", "poblacion", "ciudad", "municipio", "city", "town")),
    ("province", _words("provincia", "province", "region")),
    ("notes", _words("observaciones", "notas", "nota", "notes", "comentarios", "comments", "remarks")),
    ("full_name", _words("nombre apellidos", "nombre completo", "full name", "razon social")),
    ("second_surname", _words("apellido 2", "segundo apellido", "second surname")),
    ("surnames", _words("apellidos", "apellido", "surname", "surnames", "last name", "family name")),
    ("full_name", _words("propietario", "cliente", "titular", "owner", "client", "customer", "dueno")),
    ("given_name", _words("nombre", "name", "first name", "given name")),
)


def _guess_field(normalized: str) -> str | None:
    words = frozenset(normalized.split())
    if not words:
        return None
    has_pet_word = bool(words & _PET_WORDS)
    if not words & _OWNER_WORDS:
        for key, patterns in _PET_RULES:
            if any(pattern <= words for pattern in patterns):
                return key
        if has_pet_word and words <= _PET_NAME_WORDS:
            return "pet_name"
    if has_pet_word:
        return None
    for key, patterns in _OWNER_RULES:
        if any(pattern <= words for pattern in patterns):
            return key
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Guess which column feeds each field from Spanish and English header words.

    Each field takes the first column that matches it and each column feeds
    one field at most. A second phone column, or one whose header has a "2",
    becomes ``phone2``. A lone name column without a surnames column is taken
    as the full name.
    """
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        normalized = normalize_header(header)
        key = _guess_field(normalized)
        if key == "phone" and ("2" in normalized.split() or "phone" in mapping):
            key = "phone2"
        if key == "surnames" and "2" in normalized.split():
            key = "second_surname"
        if key is not None and key not in mapping:
            mapping[key] = index
    if "given_name" in mapping and "surnames" not in mapping and "full_name" not in mapping:
        mapping["full_name"] = mapping.pop("given_name")
    return mapping


# --- Checking a mapping -----------------------------------------------------


def validate_mapping(mapping: Mapping, headers: Sequence[str]) -> Mapping:
    """Return ``mapping`` without unknown fields, or raise ValidationErrors for an unusable one.

    A usable mapping names the client either by full name or by given name,
    not both, and feeds each column into one field at most.
    """
    errors: list[UserError] = []
    cleaned = {key: index for key, index in mapping.items() if key in _FIELDS_BY_KEY and index is not None}
    for key, index in cleaned.items():
        if not 0 <= index < len(headers):
            errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "Column number {column} does not exist. The file has {count} columns."),
                {"column": index + 1, "count": len(headers)}), field=key))
    if "full_name" not in cleaned and "given_name" not in cleaned:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "Choose the column with the client's name, either as full name or as given name."))))
    if "full_name" in cleaned and ({"given_name", "surnames", "second_surname"} & cleaned.keys()):
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "Choose either a full name column or separate given name and surname columns, not both."))))
    if "second_surname" in cleaned and "surnames" not in cleaned:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "A second surname column needs a surnames column as well."))))
    seen: dict[int, str] = {}
    for key, index in cleaned.items():
        if index in seen:
            errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "The column \"{column}\" is chosen for two fields. Choose each column for one field only."),
                {"column": headers[index] or f"#{index + 1}"}), field=key))
        seen[index] = key
    if errors:
        raise ValidationErrors(errors)
    return cleaned


# --- Remembered mappings ----------------------------------------------------


class MappingSource(StrEnum):
    # Stored after an earlier import of a file with exactly these headers.
    REMEMBERED = "remembered"
    # The guess, corrected with the last mapping for the headers this file shares with it.
    LAST = "last"
    GUESSED = "guessed"


def header_signature(headers: Sequence[str]) -> tuple[str, ...]:
    return tuple(normalize_header(header) for header in headers)


def mapping_setting_key(headers: Sequence[str]) -> str:
    """Return the setting key that stores the mapping for files with ``headers``."""
    encoded = json.dumps(header_signature(headers), ensure_ascii=False)
    return MAPPING_KEY_PREFIX + hashlib.sha1(encoded.encode("utf-8")).hexdigest()


def _stored_mapping(value: object, column_count: int) -> Mapping:
    """Return the valid entries of a stored {field: column index} mapping."""
    if not isinstance(value, dict):
        return {}
    return {
        key: index for key, index in value.items()
        if key in _FIELDS_BY_KEY and isinstance(index, int) and not isinstance(index, bool)
        and 0 <= index < column_count
    }


def _load_setting(session: Session, key: str) -> object:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value_json)
    except ValueError:
        log.warning("Ignoring the unreadable stored import mapping %s", key)
        return None


def remembered_mapping(context: ServiceContext, headers: Sequence[str]) -> Mapping | None:
    """Return the mapping stored for files with exactly these headers, or None."""
    with context.database.read() as session:
        value = _load_setting(session, mapping_setting_key(headers))
    if not isinstance(value, dict) or value.get("headers") != list(header_signature(headers)):
        return None
    return _stored_mapping(value.get("mapping"), len(headers))


def initial_mapping(context: ServiceContext, headers: Sequence[str]) -> tuple[Mapping, MappingSource]:
    """Propose a mapping for a file: the remembered one, else the guess corrected by the last one used."""
    remembered = remembered_mapping(context, headers)
    if remembered is not None:
        return remembered, MappingSource.REMEMBERED

    mapping = guess_mapping(headers)
    with context.database.read() as session:
        last = _load_setting(session, LAST_MAPPING_KEY)
    last_headers = last.get("mapping") if isinstance(last, dict) else None
    if not isinstance(last_headers, dict):
        return mapping, MappingSource.GUESSED

    positions = {name: index for index, name in reversed(list(enumerate(header_signature(headers))))}
    source = MappingSource.GUESSED
    for key, header in last_headers.items():
        index = positions.get(header) if isinstance(header, str) else None
        if key not in _FIELDS_BY_KEY or index is None or mapping.get(key) == index:
            continue
        mapping = {other: column for other, column in mapping.items() if column != index}
        mapping[key] = index
        source = MappingSource.LAST
    return mapping, source


def _store_setting(session: Session, context: ServiceContext, key: str, value: object) -> None:
    row = session.get(Setting, key)
    before = _load_setting(session, key)
    if before == value:
        return
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value_json=encoded, updated_by=context.actor, updated_at=context.now()))
    else:
        row.value_json = encoded
        row.updated_by = context.actor
        row.updated_at = context.now()
    record_event(session, context, action="import_mapping_saved", entity="setting", entity_id=key,
                 before=None if before is None else {"value": before}, after={"value": value})


def store_mapping(session: Session, context: ServiceContext, headers: Sequence[str], mapping: Mapping) -> None:
    """Remember ``mapping`` for files with these headers, and as the last mapping used, in ``session``."""
    signature = list(header_signature(headers))
    _store_setting(session, context, mapping_setting_key(headers),
                   {"headers": signature, "mapping": dict(sorted(mapping.items()))})
    _store_setting(session, context, LAST_MAPPING_KEY,
                   {"mapping": {key: signature[index] for key, index in sorted(mapping.items())}})


def remember_mapping(context: ServiceContext, headers: Sequence[str], mapping: Mapping) -> None:
    """Remember ``mapping`` in its own transaction. ``run_import`` also remembers the mapping it used."""
    cleaned = validate_mapping(mapping, headers)
    with context.database.transaction() as session:
        store_mapping(session, context, headers, cleaned)


# --- Amounts ----------------------------------------------------------------

_SIGN_AND_EURO = re.compile(r"^(?P<sign>[-\u2212]?)€?(?P<number>.*?)€?$")
_POINT_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_POINT_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_DECIMAL_COMMA = re.compile(r"[0-9.]*,[0-9]{1,2}")
_DECIMAL_POINT = re.compile(r"[0-9]*\.[0-9]{1,2}")


def _compact_number(text: str) -> tuple[bool, str]:
    """Return (negative, digits and separators) of an amount, without spaces, sign or euro sign."""
    compact = re.sub(r"\s", "", text)
    match = _SIGN_AND_EURO.match(compact)
    number = match["number"]
    negative = bool(match["sign"])
    if not negative and number.startswith(("-", "\u2212")):
        negative, number = True, number[1:]  # "€-5"
    return negative, number


def _decimal_evidence(text: str) -> DecimalStyle | None:
    """Tell which decimal separator ``text`` shows, or None when it shows none unambiguously."""
    _, number = _compact_number(text)
    comma, point = number.rfind(","), number.rfind(".")
    if comma >= 0 and point >= 0:
        return DecimalStyle.COMMA if comma > point else DecimalStyle.POINT
    if _DECIMAL_COMMA.fullmatch(number):
        return DecimalStyle.COMMA
    if _DECIMAL_POINT.fullmatch(number):
        return DecimalStyle.POINT
    # "1.234" and "1,234" can be thousands or three decimals, and "12" shows nothing.
    return None


def detect_decimal_style(values: Iterable[str], delimiter: str = ",") -> DecimalStyle:
    """Return the decimal separator most amounts in ``values`` use.

    A tie, or a column where no value shows a separator, falls back to the
    Spanish decimal comma in semicolon files and to the decimal point in comma
    files, because a comma file cannot hold unquoted decimal commas.
    """
    votes = {DecimalStyle.COMMA: 0, DecimalStyle.POINT: 0}
    for value in values:
        evidence = _decimal_evidence(value)
        if evidence is not None:
            votes[evidence] += 1
    if votes[DecimalStyle.COMMA] > votes[DecimalStyle.POINT]:
        return DecimalStyle.COMMA
    if votes[DecimalStyle.POINT] > votes[DecimalStyle.COMMA]:
        return DecimalStyle.POINT
    return DecimalStyle.COMMA if delimiter == ";" else DecimalStyle.POINT


def _amount_error(source: str, text: str) -> UserError:
    return UserError(UserMessage(CTX, source, {"value": _quoted(text)}), field="balance")


def parse_file_amount(text: str, style: DecimalStyle) -> Money:
    """Parse an amount from the file. Negative amounts are allowed and an empty value is zero.

    With a decimal point, "1234.56" and "1,234.56" are accepted. With a decimal
    comma, "1234,56" and "1.234,56" are, through parse_amount. A value written
    with the other separator ("12,50" among points) raises UserError naming it.
    """
    if not text.strip():
        return Money.zero()
    negative, number = _compact_number(text)
    if style is DecimalStyle.COMMA:
        if _DECIMAL_POINT.fullmatch(number):
            raise _amount_error(QT_TRANSLATE_NOOP(
                "Import", "The amount \"{value}\" has a decimal point, but the amounts in this file use a "
                "decimal comma, like 12,50. Correct the value in the file."), text)
        return parse_amount(text, allow_negative=True)

    if _POINT_PLAIN.fullmatch(number) or _POINT_GROUPED.fullmatch(number):
        value = Decimal(number.replace(",", ""))
    elif _DECIMAL_COMMA.fullmatch(number):
        raise _amount_error(QT_TRANSLATE_NOOP(
            "Import", "The amount \"{value}\" has a decimal comma, but the amounts in this file use a "
            "decimal point, like 12.50. Correct the value in the file."), text)
    else:
        raise _amount_error(QT_TRANSLATE_NOOP(
            "Import", "The amount \"{value}\" is not a number. Write it like 1234.56 or 12.50."), text)
    if value.as_tuple().exponent < -2:
        raise _amount_error(QT_TRANSLATE_NOOP(
            "Import", "The amount \"{value}\" has more than two decimals. Round it to cents."), text)
    if value > MAX_AMOUNT.amount:
        raise _amount_error(QT_TRANSLATE_NOOP(
            "Import", "The amount \"{value}\" is too large for an opening balance."), text)
    return Money(-value if negative else value)


# --- Values of one row -------------------------------------------------------

# Particles that belong to the surname that follows them ("de la Fuente").
_SURNAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "i", "da", "van", "von", "san"})


def split_full_name(text: str) -> tuple[str, str]:
    """Split a client's name into (given name, surnames).

    "Surnames, Given name" splits at the first comma. Otherwise the last two
    words are the surnames, together with the particles in front of them
    ("Juan de la Fuente García"), and a two-word name is given name and surname.
    """
    text = " ".join(text.split())
    if "," in text:
        surnames, _, given = text.partition(",")
        return given.strip(), surnames.strip()
    words = text.split(" ")
    if len(words) <= 1:
        return text, ""
    # NOTE: without a comma, "Ana García de la Torre" splits as "Ana García" and "de la Torre".
    start = max(1, len(words) - 2)
    while start > 1 and words[start - 1].casefold() in _SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


_MALE_WORDS = frozenset({"m", "macho", "male", "masculino", "mc", "mn"})
_FEMALE_WORDS = frozenset({"h", "hembra", "f", "female", "femenino", "he", "hc", "hn"})


def parse_sex(text: str) -> str:
    """Return "male", "female" or "" for a sex word such as "Macho castrado", "H" or "female"."""
    words = search_key(text).split()
    if not words:
        return ""
    if words[0] in _MALE_WORDS:
        return "male"
    if words[0] in _FEMALE_WORDS:
        return "female"
    raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Import", "The sex \"{value}\" is not recognised. Use macho, hembra, M, H, male or female."),
        {"value": _quoted(text)}), field="sex")


_DATE_WITH_TIME = re.compile(r"(\S+)[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?")


def parse_file_date(text: str) -> date | None:
    """Parse a birth date as dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd, ignoring a time after it."""
    stripped = text.strip()
    if not stripped:
        return None
    with_time = _DATE_WITH_TIME.fullmatch(stripped)
    if with_time:
        stripped = with_time.group(1)
    try:
        return parse_date(stripped)
    except UserError as error:
        raise UserError(error.message, field="birth_date") from None


def _repair_id_number(text: str) -> str:
    """Restore the leading zeros that spreadsheets drop from a DNI ("5032582K" -> "05032582K")."""
    compact = normalize_id_number(text)
    if re.fullmatch(r"[0-9]{1,7}[A-Z]", compact):
        return compact.rjust(9, "0")
    return text


def _repair_postal_code(text: str) -> str:
    """Restore the leading zero that spreadsheets drop from postal codes 01000 to 09999."""
    stripped = text.strip()
    return "0" + stripped if re.fullmatch(r"[1-9][0-9]{3}", stripped) else text


def _max_length(model: type, column: str) -> int | None:
    return getattr(model.__table__.c[column].type, "length", None)


# Field key -> (model, column) whose length limits the value.
_LENGTH_LIMITS = {
    "external_ref": (Client, "external_ref"),
    "given_name": (Client, "given_name"),
    "surnames": (Client, "surnames"),
    "email": (Client, "email"),
    "address_line": (Client, "address_line"),
    "city": (Client, "city"),
    "province": (Client, "province"),
    "pet_name": (Pet, "name"),
    "species": (Pet, "species"),
    "breed": (Pet, "breed"),
}


# --- The plan ----------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    reason: UserMessage
    # Header of the column at fault, or empty when the problem concerns the whole row.
    column: str = ""


@dataclass(frozen=True)
class RejectedRow:
    """A row of the file that will not be imported, with its first problem and any others."""

    line: int
    reason: UserMessage
    values: tuple[str, ...]
    column: str = ""
    more: tuple[RowProblem, ...] = ()

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return (RowProblem(self.reason, self.column), *self.more)


@dataclass(frozen=True)
class PlannedPet:
    line: int
    pet: NewPet


@dataclass
class PlannedClient:
    details: ClientDetails
    external_ref: str | None
    pets: list[PlannedPet]
    balance: Money
    # Lines of the rows that will be imported for this client.
    lines: list[int]


@dataclass(frozen=True)
class ImportPlan:
    """The clients, pets and balances an import would store, and every rejected row."""

    file_name: str
    headers: tuple[str, ...]
    mapping: Mapping
    decimal_style: DecimalStyle
    clients: tuple[PlannedClient, ...]
    rejected: tuple[RejectedRow, ...]
    row_count: int

    @property
    def pet_count(self) -> int:
        return sum(len(client.pets) for client in self.clients)

    @property
    def balance_count(self) -> int:
        return sum(1 for client in self.clients if client.balance)

    @property
    def valid_row_count(self) -> int:
        return sum(len(client.lines) for client in self.clients)


@dataclass
class _RowPlan:
    """A row read and validated on its own, before its client's rows are compared."""

    row: CsvRow
    group_key: str
    external_ref: str
    details: ClientDetails | None = None
    pet: NewPet | None = None
    balance: Money = field(default_factory=Money.zero)
    balance_text: str = ""
    owner_problems: list[RowProblem] = field(default_factory=list)
    row_problems: list[RowProblem] = field(default_factory=list)
    # More values than headers: the columns cannot be trusted, so the row joins no client.
    garbled: bool = False


class _RowReader:
    """Reads the mapped values of rows and validates them with the client form's validators."""

    def __init__(self, csv_file: CsvFile, mapping: Mapping, style: DecimalStyle, today: date) -> None:
        self.csv_file = csv_file
        self.mapping = mapping
        self.style = style
        self.today = today
        self.width = len(csv_file.headers)

    def cell(self, values: tuple[str, ...], key: str) -> str:
        index = self.mapping.get(key)
        if index is None or index >= len(values):
            return ""
        return values[index].strip()

    def column(self, key: str) -> str:
        """Return the header of the column that feeds the field ``key``, or "" when none does."""
        if key in ("given_name", "surnames") and "full_name" in self.mapping:
            key = "full_name"
        index = self.mapping.get(key)
        return "" if index is None else self.csv_file.header_label(index)

    def problem(self, error: UserError, key: str | None = None) -> list[RowProblem]:
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        return [RowProblem(item.message, self.column(key or item.field or "")) for item in errors]

    def read(self, row: CsvRow) -> _RowPlan:
        values = row.values
        external_ref = self.cell(values, "external_ref")
        given, surnames = self._names(values)
        id_number = self.cell(values, "id_number")
        plan = _RowPlan(row=row, external_ref=external_ref,
                        group_key=self._group_key(external_ref, id_number, given, surnames, values))

        extra = [value for value in values[self.width:] if value.strip()]
        if extra:
            plan.row_problems.append(RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "The line has {count} values but the header has {expected}. A value probably "
                "contains the separator \"{separator}\" without quotes around it."),
                {"count": len(values), "expected": self.width, "separator": self.csv_file.delimiter})))
            plan.garbled = True
            return plan

        self._read_client(plan, given, surnames)
        self._read_pet(plan)
        self._read_balance(plan)
        return plan

    def _names(self, values: tuple[str, ...]) -> tuple[str, str]:
        if "full_name" in self.mapping:
            return split_full_name(self.cell(values, "full_name"))
        surnames = " ".join(part for part in (self.cell(values, "surnames"), self.cell(values, "second_surname"))
                            if part)
        return self.cell(values, "given_name"), surnames

    def _group_key(self, external_ref: str, id_number: str, given: str, surnames: str,
                   values: tuple[str, ...]) -> str:
        if external_ref:
            return "ref:" + external_ref
        if id_number:
            return "id:" + normalize_id_number(_repair_id_number(id_number))
        phone = re.sub(r"\D", "", self.cell(values, "phone"))
        return f"name:{search_key(surnames + ' ' + given)}|{phone}"

    def _check_lengths(self, plan: _RowPlan, values: dict[str, str], keys: Iterable[str]) -> None:
        for key in keys:
            model, column = _LENGTH_LIMITS[key]
            maximum = _max_length(model, column)
            if maximum is not None and len(values[key]) > maximum:
                problems = plan.row_problems if _FIELDS_BY_KEY[key].is_pet_field else plan.owner_problems
                problems.append(RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                    "Import", "The value \"{value}\" is {length} characters long. The maximum is {maximum}."),
                    {"value": _quoted(values[key]), "length": len(values[key]), "maximum": maximum}),
                    self.column(key)))

    def _read_client(self, plan: _RowPlan, given: str, surnames: str) -> None:
        values = plan.row.values
        raw = {key: self.cell(values, key) for key in _CLIENT_COLUMNS}
        raw["id_number"] = _repair_id_number(raw["id_number"])
        raw["postal_code"] = _repair_postal_code(raw["postal_code"])
        details = ClientDetails(given_name=given, surnames=surnames, **raw)
        self._check_lengths(plan, {"external_ref": plan.external_ref, "given_name": given, "surnames": surnames,
                                   **raw}, ("external_ref", "given_name", "surnames", "email", "address_line",
                                            "city", "province"))
        try:
            plan.details = validate_client(details)
        except UserError as error:
            plan.owner_problems.extend(self.problem(error))

    def _read_pet(self, plan: _RowPlan) -> None:
        values = plan.row.values
        raw = {key: self.cell(values, key) for key in _PET_COLUMNS}
        if not any(raw.values()):
            return
        self._check_lengths(plan, raw, ("pet_name", "species", "breed"))
        sex = ""
        birth_date = None
        try:
            sex = parse_sex(raw["sex"])
        except UserError as error:
            plan.row_problems.extend(self.problem(error, "sex"))
        try:
            birth_date = parse_file_date(raw["birth_date"])
        except UserError as error:
            plan.row_problems.extend(self.problem(error, "birth_date"))
        pet = NewPet(name=raw["pet_name"], species=raw["species"], breed=raw["breed"], sex=sex,
                     birth_date=birth_date, microchip=raw["microchip"])
        try:
            plan.pet = validate_pet(pet, self.today)
        except ValidationErrors as error:
            for item in error.errors:
                key = {"name": "pet_name"}.get(item.field or "", item.field or "")
                plan.row_problems.append(RowProblem(item.message, self.column(key)))

    def _read_balance(self, plan: _RowPlan) -> None:
        plan.balance_text = self.cell(plan.row.values, "balance")
        try:
            plan.balance = parse_file_amount(plan.balance_text, self.style)
        except UserError as error:
            plan.row_problems.extend(self.problem(error, "balance"))


def _comparable(plan: _RowPlan) -> tuple:
    return (plan.external_ref, plan.details)


def _first_difference(reader: _RowReader, first: _RowPlan, other: _RowPlan) -> str:
    """Return the header of the first client column whose value differs between two rows."""
    if first.external_ref != other.external_ref:
        return reader.column("external_ref")
    for item in fields(ClientDetails):
        if getattr(first.details, item.name) != getattr(other.details, item.name):
            return reader.column(item.name)
    return ""


class _Planner:
    """Groups validated rows into clients and applies the rules for rejecting them."""

    def __init__(self, reader: _RowReader) -> None:
        self.reader = reader
        self.problems: dict[int, list[RowProblem]] = {}
        self.rows: dict[int, CsvRow] = {}

    def reject(self, plan: _RowPlan, problems: Iterable[RowProblem]) -> None:
        self.rows[plan.row.line] = plan.row
        self.problems.setdefault(plan.row.line, []).extend(problems)

    def reject_group(self, group: list[_RowPlan], problem: RowProblem) -> None:
        """Reject every row of a client with ``problem``, followed by each row's own problems."""
        for plan in group:
            own = [] if plan.row.line in self.problems else plan.row_problems
            self.reject(plan, [problem, *own])

    def check_owner_data(self, group: list[_RowPlan]) -> bool:
        """Reject the whole group when its client data is invalid or differs between rows."""
        invalid = [plan for plan in group if plan.owner_problems]
        if invalid:
            for plan in group:
                if plan.owner_problems:
                    self.reject(plan, plan.owner_problems + plan.row_problems)
                else:
                    self.reject(plan, [RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                        "Import", "The data of this client is invalid on line {other}, so all rows of the client "
                        "are rejected."), {"other": invalid[0].row.line})), *plan.row_problems])
            return False

        first = group[0]
        different = [plan for plan in group[1:] if _comparable(plan) != _comparable(first)]
        if not different:
            return True
        different_lines = {plan.row.line for plan in different}
        for plan in group:
            # A differing row names the first row, and a row like the first names the first differing row.
            other = first if plan.row.line in different_lines else different[0]
            self.reject(plan, [RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "The client data differs from line {other}. The rows of one client must repeat the same "
                "client data."), {"other": other.row.line}), _first_difference(self.reader, plan, other)),
                *plan.row_problems])
        return False

    def balance_of(self, group: list[_RowPlan]) -> Money | None:
        """Return the client's balance from its valid rows, or None after rejecting conflicting ones."""
        valid = [plan for plan in group if not plan.row_problems]
        amounts = [plan for plan in valid if plan.balance]
        distinct = {plan.balance for plan in amounts}
        if len(distinct) <= 1:
            return amounts[0].balance if amounts else Money.zero()
        first = amounts[0]
        other = next(plan for plan in amounts if plan.balance != first.balance)
        self.reject_group(group, RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "The client has two different balances: \"{value}\" on line {line} and \"{other_value}\" "
            "on line {other}. Put the balance on one row only, or repeat the same amount."),
            {"value": first.balance_text, "line": first.row.line,
             "other_value": other.balance_text, "other": other.row.line}),
            self.reader.column("balance")))
        return None

    def rejected_rows(self) -> tuple[RejectedRow, ...]:
        result = []
        for line in sorted(self.problems):
            problems = self.problems[line]
            result.append(RejectedRow(line=line, reason=problems[0].reason, values=self.rows[line].values,
                                      column=problems[0].column, more=tuple(problems[1:])))
        return tuple(result)


def _chunks(items: Sequence, size: int = _IN_CLAUSE_CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _stored_clients(session: Session, column, values: Iterable[str]) -> dict[str, str]:
    """Return {value: client name} for stored clients whose ``column`` has one of ``values``."""
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(values))):
        rows = session.execute(select(column, Client.given_name, Client.surnames).where(column.in_(chunk)))
        for value, given, surnames in rows:
            found[value] = f"{given} {surnames}".strip()
    return found


def _check_against_database(context: ServiceContext, planner: _Planner,
                            groups: dict[str, list[_RowPlan]]) -> None:
    """Reject clients whose DNI/NIE or client reference is already stored."""
    candidates = {key: group for key, group in groups.items()
                  if any(plan.row.line not in planner.problems for plan in group)}
    id_numbers = {key: group[0].details.id_number for key, group in candidates.items()
                  if group[0].details.id_number}
    references = {key: group[0].external_ref for key, group in candidates.items() if group[0].external_ref}
    with context.database.read() as session:
        stored_ids = _stored_clients(session, Client.id_number, id_numbers.values())
        stored_refs = _stored_clients(session, Client.external_ref, references.values())

    for key, group in candidates.items():
        id_number = id_numbers.get(key)
        reference = references.get(key)
        if id_number in stored_ids:
            planner.reject_group(group, RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "A client with the DNI/NIE {value} already exists: {name}. Remove the row from the file "
                "or import into another database."), {"value": id_number, "name": stored_ids[id_number]}),
                planner.reader.column("id_number")))
        elif reference in stored_refs:
            planner.reject_group(group, RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "The client reference {value} was already imported: {name}. Remove the row from the file, "
                "or leave the reference column out if it comes from another program."),
                {"value": reference, "name": stored_refs[reference]}), planner.reader.column("external_ref")))


def _check_shared_id_numbers(planner: _Planner, groups: dict[str, list[_RowPlan]]) -> None:
    """Reject the clients of the file that share a DNI/NIE with another client of the file."""
    by_id: dict[str, list[list[_RowPlan]]] = {}
    for group in groups.values():
        details = group[0].details
        if details is not None and details.id_number:
            by_id.setdefault(details.id_number, []).append(group)
    for id_number, sharing in by_id.items():
        if len(sharing) < 2:
            continue
        lines = [group[0].row.line for group in sharing]
        for group in sharing:
            other = next(line for line in lines if line != group[0].row.line)
            planner.reject_group(group, RowProblem(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Import", "The DNI/NIE {value} also belongs to another client on line {other}. A DNI/NIE can belong "
                "to one client only."), {"value": id_number, "other": other}),
                planner.reader.column("id_number")))


def plan_import(context: ServiceContext, csv_file: CsvFile, mapping: Mapping, *,
                decimal_style: DecimalStyle | str | None = None) -> ImportPlan:
    """Validate every row of ``csv_file`` and group the rows into clients with their pets.

    Nothing is written, so this is the dry run. Rows are grouped by client
    reference when that column is mapped and filled, else by DNI/NIE, else by
    name and phone. The rules for rejected rows are in the module docstring.
    ``decimal_style`` None detects the style from the whole balance column.
    Raise ValidationErrors when the mapping is unusable.
    """
    mapping = validate_mapping(mapping, csv_file.headers)
    if decimal_style is None:
        balance_index = mapping.get("balance")
        values = csv_file.column_values(balance_index) if balance_index is not None else []
        style = detect_decimal_style(values, csv_file.delimiter)
    else:
        style = DecimalStyle(decimal_style)

    reader = _RowReader(csv_file, mapping, style, clinic_today(context))
    planner = _Planner(reader)
    groups: dict[str, list[_RowPlan]] = {}
    for row in csv_file.rows:
        plan = reader.read(row)
        if plan.garbled:
            planner.reject(plan, plan.row_problems)
            continue
        groups.setdefault(plan.group_key, []).append(plan)

    balances: dict[str, Money] = {}
    for key, group in groups.items():
        if not planner.check_owner_data(group):
            continue
        balance = planner.balance_of(group)
        if balance is None:
            continue
        balances[key] = balance
        for plan in group:
            if plan.row_problems:
                planner.reject(plan, plan.row_problems)

    _check_shared_id_numbers(planner, {key: groups[key] for key in balances})
    _check_against_database(context, planner, {key: groups[key] for key in balances})

    clients = []
    for key in balances:
        accepted = [plan for plan in groups[key] if plan.row.line not in planner.problems]
        if not accepted:
            continue
        clients.append(PlannedClient(
            details=accepted[0].details,
            external_ref=accepted[0].external_ref or None,
            pets=[PlannedPet(plan.row.line, plan.pet) for plan in accepted if plan.pet is not None],
            balance=balances[key],
            lines=[plan.row.line for plan in accepted],
        ))
    return ImportPlan(file_name=csv_file.name, headers=csv_file.headers, mapping=dict(mapping),
                      decimal_style=style, clients=tuple(clients), rejected=planner.rejected_rows(),
                      row_count=len(csv_file.rows))


# --- Storing the plan ---------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    clients: int
    pets: int
    charges: int
    credit_notes: int
    # Rows left out because the user chose to import only the valid rows.
    skipped_rows: int


def _nothing_stored_error(plan: ImportPlan) -> UserError:
    return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Import", "{count} rows of {file} were rejected, so nothing was stored. Correct those rows in the file, "
        "or choose to import only the valid rows."), {"count": len(plan.rejected), "file": plan.file_name}))


def _client_row(planned: PlannedClient, context: ServiceContext) -> Client:
    details = planned.details
    now = context.now()
    return Client(
        given_name=details.given_name, surnames=details.surnames, id_number=details.id_number or None,
        phone=details.phone, phone2=details.phone2, email=details.email, address_line=details.address_line,
        postal_code=details.postal_code, city=details.city, province=details.province,
        consent_email=details.consent_email, consent_sms=details.consent_sms, consent_post=details.consent_post,
        notes=details.notes, no_reminders=details.no_reminders, external_ref=planned.external_ref,
        sort_key=search_key(f"{details.surnames} {details.given_name}")[:260], created_at=now, updated_at=now,
    )


def _check_still_unique(session: Session, plan: ImportPlan) -> None:
    """Reject the import when a DNI/NIE of the plan was stored by someone else since the check."""
    id_numbers = [client.details.id_number for client in plan.clients if client.details.id_number]
    stored = _stored_clients(session, Client.id_number, id_numbers)
    if stored:
        value = sorted(stored)[0]
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "A client with the DNI/NIE {value} was stored after the file was checked, so nothing was "
            "imported. Check the file again."), {"value": value}))


def _ledger_row(client_id: int, balance: Money, description: str, entry_date: date,
                context: ServiceContext) -> LedgerEntry:
    if balance.is_positive:
        kind, due_date = "charge", entry_date
    else:
        kind, due_date = "credit_note", None
    return LedgerEntry(client_id=client_id, kind=kind, entry_date=entry_date, due_date=due_date,
                       description=description, amount_cents=balance.abs().cents,
                       recorded_by=context.actor, recorded_at=context.now())


def _insert_search_terms(session: Session, clients: Sequence[Client], pets: Sequence[tuple[Pet, int]]) -> None:
    """Insert the search words of new clients and their pets with one bulk statement.

    The words are those rebuild_search_terms would store. Calling it once per
    client is quadratic, because each call flushes the session and its delete
    scans every object the session holds.
    """
    rows = []
    for client in clients:
        rows.extend({"term": term[:100], "client_id": client.id, "pet_id": None} for term in client_terms(client))
    for pet, client_id in pets:
        rows.extend({"term": term[:100], "client_id": client_id, "pet_id": pet.id} for term in search_terms(pet.name))
    if rows:
        session.execute(insert(SearchTerm), rows)


def run_import(context: ServiceContext, plan: ImportPlan, *, valid_rows_only: bool) -> ImportResult:
    """Store the clients, pets and opening balances of ``plan`` in one transaction.

    A plan with rejected rows raises UserError, and stores nothing, unless
    ``valid_rows_only`` is true. A positive balance becomes a charge due
    today, a negative one a credit note for its absolute value. The mapping
    is remembered for the next file with the same headers, and one audit
    event "import_completed" records the file name and counts.
    """
    if plan.rejected and not valid_rows_only:
        raise _nothing_stored_error(plan)
    if not plan.clients:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "The file {file} has no valid rows to import."), {"file": plan.file_name}))

    log.info("Importing %d clients from %s", len(plan.clients), plan.file_name)
    today = clinic_today(context)
    description = f"{OPENING_BALANCE_DESCRIPTION} ({plan.file_name})"[:300]
    charges = credit_notes = 0
    try:
        with context.database.transaction() as session:
            _check_still_unique(session, plan)
            client_rows = [_client_row(planned, context) for planned in plan.clients]
            session.add_all(client_rows)
            session.flush()

            pet_rows: list[tuple[Pet, int]] = []
            for planned, client in zip(plan.clients, client_rows):
                for planned_pet in planned.pets:
                    pet = planned_pet.pet
                    pet_rows.append((Pet(name=pet.name, species=pet.species, breed=pet.breed, sex=pet.sex,
                                         birth_date=pet.birth_date, microchip=pet.microchip,
                                         created_at=context.now()), client.id))
            session.add_all([pet for pet, _ in pet_rows])
            session.flush()
            session.add_all([PetOwner(pet_id=pet.id, client_id=client_id, responsible=True)
                             for pet, client_id in pet_rows])

            for planned, client in zip(plan.clients, client_rows):
                if planned.balance:
                    session.add(_ledger_row(client.id, planned.balance, description, today, context))
                    if planned.balance.is_positive:
                        charges += 1
                    else:
                        credit_notes += 1
            session.flush()
            refresh_balances(session, [client.id for planned, client in zip(plan.clients, client_rows)
                                       if planned.balance])

            _insert_search_terms(session, client_rows, pet_rows)
            store_mapping(session, context, plan.headers, plan.mapping)
            result = ImportResult(file_name=plan.file_name, clients=len(client_rows), pets=len(pet_rows),
                                  charges=charges, credit_notes=credit_notes, skipped_rows=len(plan.rejected))
            record_event(session, context, action="import_completed", entity="import", entity_id=plan.file_name,
                         after={"file": plan.file_name, "clients": result.clients, "pets": result.pets,
                                "charges": charges, "credit_notes": credit_notes,
                                "skipped_rows": result.skipped_rows, "rows": plan.row_count})
    except IntegrityError as error:
        log.error("Import of %s failed on a database constraint: %s", plan.file_name, error.orig)
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Import", "The import of {file} was stopped because the database rejected a row, so nothing was "
            "stored. Check the file again."), {"file": plan.file_name})) from error
    log.info("Imported %d clients, %d pets, %d charges and %d credit notes from %s",
             result.clients, result.pets, charges, credit_notes, plan.file_name)
    return result


# --- Showing results -----------------------------------------------------------


def render_rejected_row(row: RejectedRow, translate: Translator) -> list[str]:
    """Return one line of text per problem: 'line 6, column "dni": The check letter…'."""
    lines = []
    for problem in row.problems:
        reason = problem.reason.render(translate)
        if problem.column:
            message = UserMessage(CTX, QT_TRANSLATE_NOOP("Import", "line {line}, column \"{column}\": {reason}"),
                                  {"line": row.line, "column": problem.column, "reason": reason})
        else:
            message = UserMessage(CTX, QT_TRANSLATE_NOOP("Import", "line {line}: {reason}"),
                                  {"line": row.line, "reason": reason})
        lines.append(message.render(translate))
    return lines


def plan_summary(plan: ImportPlan) -> UserMessage:
    return UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Import", "{rows} rows read: {clients} clients, {pets} pets and {balances} opening balances to import, "
        "{rejected} rows rejected."),
        {"rows": plan.row_count, "clients": len(plan.clients), "pets": plan.pet_count,
         "balances": plan.balance_count, "rejected": len(plan.rejected)})


def result_summary(result: ImportResult) -> UserMessage:
    return UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Import", "Imported from {file}: {clients} clients, {pets} pets, {charges} opening debts and {credits} "
        "opening credits. {skipped} rejected rows were left out."),
        {"file": result.file_name, "clients": result.clients, "pets": result.pets, "charges": result.charges,
         "credits": result.credit_notes, "skipped": result.skipped_rows})
