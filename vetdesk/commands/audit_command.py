"""``vetdesk audit verify``: check the hash chain of the audit trail.

Exit status 0 means the chain is intact, 1 that it is broken (the first
broken event is named), and 2 a usage error or a database that cannot be
opened.
"""

from __future__ import annotations

import argparse
import logging

from vetdesk.commands.backup_command import CommandOutput, configured_database_url, run_translated
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserMessage

log = logging.getLogger("vetdesk.audit")

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser(
        "audit",
        help="check the audit trail",
        description="Commands for the audit trail, the hash-chained record of every change to money, "
        "overrides, clients and settings.",
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check that no audit event was edited, removed or inserted",
        description="Recompute the hash of every audit event and check that each links to the one "
        "before it. Prints the first broken event. Events written before the chain existed are "
        "counted but cannot be checked.",
    )
    # The dest differs from the main parser's --database, because argparse would
    # overwrite "vetdesk --database URL audit verify" with this option's default.
    verify.add_argument("--database", dest="audit_database_url", metavar="URL",
                        help="SQLAlchemy URL of the database to check (default: the configured database)")
    verify.set_defaults(run=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    return run_translated(args, lambda output: _verify(args, output))


def _open_existing_database(url: str, output: CommandOutput):
    """Open the database at ``url``, or print why not and return None; a missing SQLite file is not created."""
    from sqlalchemy.exc import SQLAlchemyError

    from vetdesk.domain.messages import UserError
    from vetdesk.services.backup import parse_database_url, shown_url, sqlite_file
    from vetdesk.storage.database import Database

    try:
        parsed = parse_database_url(url)
    except UserError as error:
        output.error(error)
        return None
    if parsed.get_backend_name() == "sqlite" and not sqlite_file(parsed).is_file():
        output.error(UserMessage("AuditCommand", QT_TRANSLATE_NOOP(
            "AuditCommand", "The database file {file} does not exist."), {"file": str(sqlite_file(parsed))}))
        return None
    try:
        return Database(url)
    except (SQLAlchemyError, OSError) as error:
        log.error("Opening the database %s to verify the audit trail failed: %s", shown_url(url), error)
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        output.error(UserMessage("AuditCommand", QT_TRANSLATE_NOOP(
            "AuditCommand", "The database {url} could not be opened: {error}"),
            {"url": shown_url(url), "error": first_line}))
        return None


def _verify(args: argparse.Namespace, output: CommandOutput) -> int:
    from vetdesk.services.audit import verify_chain

    database = _open_existing_database(configured_database_url(args.audit_database_url, args), output)
    if database is None:
        return EXIT_USAGE
    try:
        report = verify_chain(database)
    finally:
        database.dispose()

    if report.legacy_events:
        output.say(UserMessage("AuditCommand", QT_TRANSLATE_NOOP(
            "AuditCommand", "{count} older events were written before the audit chain existed; "
            "they have no hash and cannot be checked."), {"count": report.legacy_events}))
    if report.ok:
        output.say(UserMessage("AuditCommand", QT_TRANSLATE_NOOP(
            "AuditCommand", "Audit trail intact: {count} events checked."), {"count": report.checked}))
        return EXIT_OK
    reason = report.reason.render(output.translate) if report.reason else ""
    output.error(UserMessage("AuditCommand", QT_TRANSLATE_NOOP(
        "AuditCommand", "Audit trail broken at event {event} after {count} intact events: {reason}"),
        {"event": report.first_broken_id if report.first_broken_id is not None else "-",
         "count": report.checked, "reason": reason}))
    return EXIT_BROKEN
