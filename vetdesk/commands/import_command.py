"""``vetdesk import FILE``: load clients, pets and opening balances from another program's CSV export.

Exit status 0 means the import or the dry run rejected no row, or that
``--valid-only`` stored the valid rows. Status 1 means rows were rejected and
nothing was stored. Status 2 is for usage errors and for files or databases
that cannot be opened.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

# lupdate reads only literal contexts, so QT_TRANSLATE_NOOP calls repeat "ImportCommand".
CTX = "ImportCommand"
log = logging.getLogger("vetdesk.import")

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    from vetdesk.services.importing import FIELD_KEYS

    parser = subparsers.add_parser(
        "import",
        help="import clients, pets and opening balances from a CSV export of another program",
        description="Import clients, pets and opening balances from a CSV file exported by another program. "
        "Rows with invalid data are listed with their line numbers. Unless --valid-only is given, "
        "a file with rejected rows stores nothing.",
    )
    parser.add_argument("file", metavar="FILE", help="CSV file: ';' or ',' separated, UTF-8 or Windows-1252")
    # The dest differs from the main parser's --database, because argparse would
    # overwrite "vetdesk --database URL import FILE" with this option's default.
    parser.add_argument(
        "--database", dest="import_database", metavar="URL",
        help="SQLAlchemy URL of the database to import into (default: the configured database)",
    )
    parser.add_argument("--dry-run", action="store_true",
                        help="check every row and list the rejected ones, without storing anything")
    parser.add_argument("--valid-only", action="store_true",
                        help="store the valid rows even when other rows are rejected")
    parser.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help="take FIELD from COLUMN, given by header or 1-based number; an empty COLUMN leaves the field out. "
        f"Repeatable. Fields: {', '.join(FIELD_KEYS)}",
    )
    parser.add_argument("--decimal", choices=("comma", "point"),
                        help="decimal separator of the amounts (default: detected from the balance column)")
    parser.add_argument("--language", dest="import_language", choices=("es", "en"),
                        help="language of the messages (default: the configured language)")
    parser.set_defaults(run=run)


class _Output:
    """Translated text written to stdout or stderr."""

    def __init__(self, translate, out: TextIO, err: TextIO) -> None:
        self.translate = translate
        self.out = out
        self.err = err

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def say(self, source: str, **params: object) -> None:
        self.line(UserMessage(CTX, source, params).render(self.translate))

    def error(self, error: UserError) -> None:
        self.err.write(error.render(self.translate) + "\n")


def _usage_error(source: str, **params: object) -> UserError:
    return UserError(UserMessage(CTX, source, params))


def parse_map_options(options: Sequence[str], headers: Sequence[str], mapping: dict[str, int]) -> dict[str, int]:
    """Apply ``--map FIELD=COLUMN`` options to ``mapping`` and return the result.

    COLUMN is a header (exact, or ignoring case and accents) or a 1-based column
    number; an empty COLUMN removes the field. A column given to a field is taken
    away from any other field. Raise UserError for an unknown field or column.
    """
    from vetdesk.services.importing import FIELD_KEYS, normalize_header

    result = dict(mapping)
    normalized = [normalize_header(header) for header in headers]
    for option in options:
        key, separator, column = option.partition("=")
        key, column = key.strip(), column.strip()
        if not separator or key not in FIELD_KEYS:
            raise _usage_error(QT_TRANSLATE_NOOP(
                "ImportCommand", "The option --map {option} is not valid. Write FIELD=COLUMN with one of these fields: {fields}."),
                option=option, fields=", ".join(FIELD_KEYS))
        if not column:
            result.pop(key, None)
            continue
        if column in headers:
            index = headers.index(column)
        elif column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif normalize_header(column) in normalized:
            index = normalized.index(normalize_header(column))
        else:
            raise _usage_error(QT_TRANSLATE_NOOP(
                "ImportCommand", "The column \"{column}\" of --map {option} is not in the file. Use a header or a number from "
                "1 to {count}. The headers are: {headers}."),
                column=column, option=option, count=len(headers), headers=", ".join(headers))
        result = {other: used for other, used in result.items() if used != index}
        result[key] = index
    return result


def _database_url(args: argparse.Namespace) -> str:
    from vetdesk.config import default_database_path, load_config
    from vetdesk.storage.database import sqlite_url

    url = args.import_database or getattr(args, "database", None) or load_config().database_url
    return url or sqlite_url(default_database_path())


def _actor(args: argparse.Namespace) -> str:
    from vetdesk.config import load_config

    config = load_config()
    staff = getattr(args, "staff", None)
    if staff:
        config.staff_name = staff
    return config.effective_staff_name()


def _language(args: argparse.Namespace) -> str:
    from vetdesk.config import load_config
    from vetdesk.translation import resolve_language

    preference = args.import_language
    if preference is None and getattr(args, "language", None) in ("es", "en"):
        preference = args.language
    return resolve_language(preference or load_config().language)


def run(args: argparse.Namespace) -> int:
    """Run the import with messages in the chosen language, and return the exit status."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from vetdesk.translation import Translations, translate

    app = QCoreApplication.instance() or QCoreApplication([])
    saved_locale = QLocale()
    translations = Translations(app)
    translations.install(_language(args))
    try:
        return _run(args, _Output(translate, sys.stdout, sys.stderr))
    finally:
        # Leave the application as it was, because tests call the command inside their own process.
        translations.install("en")
        QLocale.setDefault(saved_locale)


def _missing_sqlite_file(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    database = parsed.database
    return parsed.get_backend_name() == "sqlite" and bool(database) and database != ":memory:" \
        and not Path(database).exists()


def _open_database(url: str):
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from vetdesk.storage.database import Database

    try:
        return Database(url)
    except (ArgumentError, SQLAlchemyError, OSError) as error:
        try:
            safe_url = make_url(url).render_as_string(hide_password=True)
        except ArgumentError:
            safe_url = url
        log.error("Opening the database %s for an import failed: %s", safe_url, error)
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise _usage_error(QT_TRANSLATE_NOOP("ImportCommand", "The database {url} could not be opened: {error}"),
                           url=safe_url, error=first_line) from None


def _print_mapping(output: _Output, csv_file, mapping: dict[str, int], source) -> None:
    from vetdesk.services.importing import ENCODING_LABELS, FIELD_KEYS, CTX as IMPORT_CTX, field_label

    output.say(QT_TRANSLATE_NOOP("ImportCommand", "File {file}: {encoding}, separator \"{separator}\", {rows} rows."),
               file=csv_file.name, encoding=output.translate(IMPORT_CTX, ENCODING_LABELS[csv_file.encoding]),
               separator=csv_file.delimiter, rows=len(csv_file.rows))
    headings = {
        "remembered": QT_TRANSLATE_NOOP("ImportCommand", "Columns used (remembered from an earlier import):"),
        "last": QT_TRANSLATE_NOOP("ImportCommand", "Columns used (guessed, and corrected as in the last import):"),
        "guessed": QT_TRANSLATE_NOOP("ImportCommand", "Columns used (guessed from the headers):"),
    }
    output.say(headings[str(source)])
    for key in FIELD_KEYS:
        if key in mapping:
            output.line(f"  {field_label(key, output.translate)} ← {csv_file.header_label(mapping[key])}")
    unused = [csv_file.header_label(index) for index in range(len(csv_file.headers))
              if index not in mapping.values()]
    if unused:
        output.say(QT_TRANSLATE_NOOP("ImportCommand", "Columns not imported: {columns}"), columns=", ".join(unused))


def _run(args: argparse.Namespace, output: _Output) -> int:
    from vetdesk.services import importing
    from vetdesk.services.context import ServiceContext

    url = _database_url(args)
    if args.dry_run and _missing_sqlite_file(url):
        # A dry run must not create the file; an empty clinic in memory applies the same checks.
        url = "sqlite://"
    try:
        csv_file = importing.read_csv(args.file)
        database = _open_database(url)
    except UserError as error:
        output.error(error)
        return EXIT_USAGE

    try:
        context = ServiceContext(database, actor=_actor(args))
        mapping, source = importing.initial_mapping(context, csv_file.headers)
        if args.map:
            mapping = parse_map_options(args.map, csv_file.headers, mapping)
        _print_mapping(output, csv_file, mapping, source)
        plan = importing.plan_import(context, csv_file, mapping, decimal_style=args.decimal)
    except UserError as error:
        output.error(error)
        database.dispose()
        return EXIT_USAGE

    try:
        style = {"comma": QT_TRANSLATE_NOOP("ImportCommand", "Amounts read with a decimal comma."),
                 "point": QT_TRANSLATE_NOOP("ImportCommand", "Amounts read with a decimal point.")}
        if "balance" in plan.mapping:
            output.say(style[plan.decimal_style.value])
        output.line(importing.plan_summary(plan).render(output.translate))
        for row in plan.rejected:
            for text in importing.render_rejected_row(row, output.translate):
                output.line(text)

        if args.dry_run:
            output.say(QT_TRANSLATE_NOOP("ImportCommand", "Dry run: nothing was stored."))
            return EXIT_REJECTED if plan.rejected else EXIT_OK
        try:
            result = importing.run_import(context, plan, valid_rows_only=args.valid_only)
        except UserError as error:
            output.error(error)
            return EXIT_REJECTED
        output.line(importing.result_summary(result).render(output.translate))
        return EXIT_OK
    finally:
        database.dispose()
