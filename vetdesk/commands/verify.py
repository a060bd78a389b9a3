"""``vetdesk verify FILE.pdf``: report whether a signed payment-terms form is intact.

The seal is checked against the clinic's stored certificates and the file's
SHA-256 is compared with the stored forms. Exit status 0 means intact, 1
altered or not sealed by this clinic, and 2 a file that is not a readable
PDF, a missing file or a database that cannot be opened.
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from vetdesk.commands.audit_command import _open_existing_database
from vetdesk.commands.backup_command import CommandOutput, configured_database_url, run_translated
from vetdesk.domain.formatting import format_date
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserMessage

log = logging.getLogger("vetdesk.seal")

CTX = "VerifyCommand"
EXIT_INTACT = 0
EXIT_NOT_INTACT = 1
EXIT_USAGE = 2
# A payment-terms form is well under 1 MB, so this bound only keeps a wrong file from filling memory.
MAX_FILE_BYTES = 100 * 1024 * 1024


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check that a signed payment-terms PDF is intact",
        description="Check the clinic's seal on a signed payment-terms PDF and compare the file with the "
        "copy stored in the clinic database. Prints the agreement, version, client, signing time and seal. "
        "Exit status: 0 intact, 1 altered or not sealed by this clinic, 2 unreadable file or other error.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the PDF file to check")
    # The dest differs from the main parser's --database, because argparse would
    # overwrite "vetdesk --database URL verify FILE" with this option's default.
    parser.add_argument("--database", dest="verify_database_url", metavar="URL",
                        help="SQLAlchemy URL of the clinic database (default: the configured database)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return run_translated(args, lambda output: _verify(args, output))


def _read_file(path: Path, output: CommandOutput) -> bytes | None:
    """Return the file's bytes, or print why it cannot be read and return None."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            output.error(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "VerifyCommand", "{file} is not a file. Give the path of the PDF to check."), {"file": str(path)}))
            return None
        if size > MAX_FILE_BYTES:
            output.error(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "VerifyCommand", "{file} has {size} MB, more than the {maximum} MB a payment-terms form can "
                                 "have. Check that it is the right file."),
                {"file": str(path), "size": size // (1024 * 1024), "maximum": MAX_FILE_BYTES // (1024 * 1024)}))
            return None
        return path.read_bytes()
    except FileNotFoundError:
        output.error(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "VerifyCommand", "The file {file} does not exist. Check the path and try again."), {"file": str(path)}))
    except OSError as error:
        output.error(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "VerifyCommand", "The file {file} could not be read: {error}"),
            {"file": str(path), "error": error.strerror or type(error).__name__}))
    return None


def _time_text(moment: datetime, time_zone: str) -> str:
    local = moment.astimezone(ZoneInfo(time_zone))
    return f"{format_date(local.date())} {local:%H:%M} ({time_zone})"


def _print_details(check, time_zone: str, output: CommandOutput) -> None:
    document = check.document
    if document is not None:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "VerifyCommand", "Agreement: {number}, version {version}"),
            {"number": document.agreement_number, "version": document.version}))
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP("VerifyCommand", "Client: {name}"),
                               {"name": document.client_name or "-"}))
    # The seal's time is when VetDesk sealed the file, which is not when the client signed it.
    sealed_at = check.seal.signed_at
    if document is not None and document.signed_at is not None:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP("VerifyCommand", "Signed: {time}"),
                               {"time": _time_text(document.signed_at, time_zone)}))
    elif document is not None and sealed_at is not None:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "VerifyCommand", "Not signed by the client; sealed on {time}"), {"time": _time_text(sealed_at, time_zone)}))
    elif document is not None:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP("VerifyCommand", "Not signed by the client")))
    elif sealed_at is not None:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP("VerifyCommand", "Sealed: {time}"),
                               {"time": _time_text(sealed_at, time_zone)}))
    if check.seal.signer_subject:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP("VerifyCommand", "Seal: {subject}"),
                               {"subject": check.seal.signer_subject}))
    output.say(UserMessage(CTX, QT_TRANSLATE_NOOP("VerifyCommand", "SHA-256: {digest}"), {"digest": check.sha256}))


def _verify(args: argparse.Namespace, output: CommandOutput) -> int:
    from vetdesk.services.clinic import clinic_time_zone
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.seal import Verdict, verify_document

    pdf = _read_file(args.file, output)
    if pdf is None:
        return EXIT_USAGE
    database = _open_existing_database(configured_database_url(args.verify_database_url, args), output)
    if database is None:
        return EXIT_USAGE
    try:
        context = ServiceContext(database, actor="vetdesk verify")
        check = verify_document(context, pdf)
        time_zone = clinic_time_zone(context)
    finally:
        database.dispose()

    # The verdict is the command's result, whatever it is, so it goes to stdout like the details.
    output.say(check.message)
    if check.detail is not None:
        output.say(check.detail)
    _print_details(check, time_zone, output)
    if check.verdict is Verdict.INTACT:
        return EXIT_INTACT
    if check.verdict is Verdict.UNREADABLE:
        return EXIT_USAGE
    return EXIT_NOT_INTACT
