"""``vetdesk reminders``: prepare the day's reminders, for a scheduled task or by hand.

The reminders are prepared for review in the reminders queue; nothing is
sent from the command line. ``--dry-run`` only lists what would be prepared.
Exit status 0 means the run was prepared or listed, 2 a usage error or a
database that cannot be opened.
"""

from __future__ import annotations

import argparse
import logging

from vetdesk.commands.audit_command import _open_existing_database
from vetdesk.commands.backup_command import CommandOutput, configured_database_url, run_translated
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

log = logging.getLogger("vetdesk.reminders")

EXIT_OK = 0
EXIT_USAGE = 2
CTX = "RemindersCommand"

CHANNELS = {
    "letter": QT_TRANSLATE_NOOP("RemindersCommand", "letter"),
    "email": QT_TRANSLATE_NOOP("RemindersCommand", "email"),
    "sms": QT_TRANSLATE_NOOP("RemindersCommand", "SMS"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "reminders",
        help="prepare the reminders of a day for review",
        description="Prepare one reminder per client with overdue debt, at the level the clinic's rules give, "
        "for review and sending in the reminders queue. A day is prepared once; running it again creates "
        "nothing new.",
    )
    command.add_argument("--as-of", dest="as_of", metavar="DATE",
                         help="the clinic day to prepare, as dd/mm/yyyy or yyyy-mm-dd (default: today)")
    command.add_argument("--dry-run", action="store_true", help="list the reminders without storing them")
    command.add_argument("--database", dest="reminders_database_url", metavar="URL",
                         help="SQLAlchemy URL of the clinic database (default: the configured database)")
    command.set_defaults(run=run_reminders_command)


def run_reminders_command(args: argparse.Namespace) -> int:
    return run_translated(args, lambda output: _run(args, output))


def _run(args: argparse.Namespace, output: CommandOutput) -> int:
    from vetdesk.domain.formatting import format_date, parse_date
    from vetdesk.domain.money import format_money
    from vetdesk.services import reminders
    from vetdesk.services.context import ServiceContext

    as_of = None
    if args.as_of:
        try:
            as_of = parse_date(args.as_of)
        except UserError as error:
            output.error(error)
            return EXIT_USAGE
    database = _open_existing_database(configured_database_url(args.reminders_database_url, args), output)
    if database is None:
        return EXIT_USAGE
    try:
        context = ServiceContext(database, actor="vetdesk reminders")
        result = reminders.run_reminders(context, as_of, dry_run=args.dry_run)
    except UserError as error:
        output.error(error)
        return EXIT_USAGE
    finally:
        database.dispose()

    day = format_date(result.as_of, output.language)
    if result.already_run:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "RemindersCommand", "The reminders for {date} were already prepared; nothing new was created."),
            {"date": day}))
        return EXIT_OK
    for plan in result.planned:
        decision = plan.decision
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "RemindersCommand", "{client}: level {level} by {channel}, {amount}"),
            {"client": plan.client_name, "level": decision.level.level,
             "channel": output.translate(CTX, CHANNELS[decision.channel.value]),
             "amount": format_money(decision.total, output.language)}))
    if result.dry_run:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "RemindersCommand", "Dry run for {date}: {count} reminders would be prepared; nothing was stored."),
            {"date": day, "count": len(result.planned)}))
    else:
        output.say(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "RemindersCommand", "{count} reminders prepared for {date}. Review and send them in the reminders queue."),
            {"date": day, "count": result.created}))
    return EXIT_OK
