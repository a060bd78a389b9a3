"""``vetdesk backup`` and ``vetdesk restore FILE``: copy the clinic database, or put a copy back.

Exit status 0 means the backup or restore succeeded. Status 1 means it
failed, was refused or was not confirmed. Status 2 is for usage errors, such
as a restore without a terminal to confirm on and without ``--yes``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from vetdesk.domain.identity import search_key
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

log = logging.getLogger("vetdesk.backup")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandOutput:
    """Translated messages written to stdout or stderr."""

    def __init__(self, translate: Callable[[str, str], str], out: TextIO, err: TextIO, language: str = "es") -> None:
        self.translate = translate
        self.out = out
        self.err = err
        # The language of the messages, for amounts and dates written into them.
        self.language = language

    def say(self, message: UserMessage) -> None:
        self.out.write(message.render(self.translate) + "\n")

    def error(self, message: UserMessage | UserError) -> None:
        self.err.write(message.render(self.translate) + "\n")


def run_translated(args: argparse.Namespace, body: Callable[[CommandOutput], int]) -> int:
    """Run ``body`` with messages in the configured language and return its exit status."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from vetdesk.config import load_config
    from vetdesk.translation import Translations, resolve_language, translate

    app = QCoreApplication.instance() or QCoreApplication([])
    saved_locale = QLocale()
    translations = Translations(app)
    preference = getattr(args, "language", None) or load_config().language
    language = resolve_language(preference)
    translations.install(language)
    try:
        return body(CommandOutput(translate, sys.stdout, sys.stderr, language))
    finally:
        # Leave the application as it was, because tests call commands inside their own process.
        translations.install("en")
        QLocale.setDefault(saved_locale)


def configured_database_url(option: str | None, args: argparse.Namespace) -> str:
    """Return the database URL a sub-command works on.

    The first of these that is set wins: the sub-command's ``--database``, the
    main ``--database``, the demo clinic's file with the main ``--demo``, the
    configured URL, and the default SQLite file.
    """
    from vetdesk.config import default_database_path, demo_database_path, load_config
    from vetdesk.storage.database import sqlite_url

    url = option or getattr(args, "database", None)
    if url:
        return url
    if getattr(args, "demo", False):
        return sqlite_url(demo_database_path())
    return load_config().database_url or sqlite_url(default_database_path())


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="write a backup of the clinic database now",
        description="Write a backup of the clinic database: a copy made with SQLite's online backup API, "
        "or a pg_dump custom-format dump for PostgreSQL. Old backups in the folder are pruned to the "
        "newest of each of the last 30 days and of each of the last 12 months.",
    )
    # The dest differs from the main parser's --database, because argparse would
    # overwrite "vetdesk --database URL backup" with this option's default.
    backup.add_argument("--database", dest="backup_database_url", metavar="URL",
                        help="SQLAlchemy URL of the database to back up (default: the configured database)")
    backup.add_argument("--output", type=Path, metavar="DIR",
                        help="folder to write the backup into (default: 'backups' in the user data folder)")
    backup.set_defaults(run=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the clinic database with a backup",
        description="Replace the contents of the clinic database with a backup written by 'vetdesk backup'. "
        "The backup is checked first, and a backup that is damaged, is not a VetDesk backup or was made "
        "by a newer VetDesk is refused without changing the database. You are asked to confirm by "
        "typing the clinic's name, unless --yes is given.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="backup file (.sqlite3 or .dump) to restore")
    restore.add_argument("--database", dest="restore_database_url", metavar="URL",
                         help="SQLAlchemy URL of the database to replace (default: the configured database)")
    restore.add_argument("--yes", action="store_true",
                         help="restore without asking for confirmation, for scripts")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    return run_translated(args, lambda output: _backup(args, output))


def _backup(args: argparse.Namespace, output: CommandOutput) -> int:
    from datetime import date

    from vetdesk.services.backup import backup_database, default_backup_directory, prune_backups

    url = configured_database_url(args.backup_database_url, args)
    directory = args.output or default_backup_directory()
    try:
        path = backup_database(url, directory)
    except UserError as error:
        output.error(error)
        return EXIT_FAILED
    prune_backups(directory, date.today())
    output.say(UserMessage("BackupCommand", QT_TRANSLATE_NOOP("BackupCommand", "Backup written to {file}."),
                           {"file": str(path)}))
    return EXIT_OK


def run_restore(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    return run_translated(args, lambda output: _restore(args, output, stdin or sys.stdin))


def _confirmed(output: CommandOutput, stdin: TextIO, clinic_name: str | None) -> bool:
    """Ask the user to type the clinic's name, or "yes" when the target has no clinic yet."""
    yes_word = output.translate("BackupCommand", QT_TRANSLATE_NOOP("BackupCommand", "yes"))
    if clinic_name:
        expected = clinic_name
        prompt = UserMessage("BackupCommand", QT_TRANSLATE_NOOP(
            "BackupCommand", "The restore replaces everything in the database of \"{clinic}\". "
            "Type the clinic's name to confirm: "), {"clinic": clinic_name})
    else:
        expected = yes_word
        prompt = UserMessage("BackupCommand", QT_TRANSLATE_NOOP(
            "BackupCommand", "The restore replaces everything in the database. Type \"{yes}\" to confirm: "),
            {"yes": yes_word})
    output.out.write(prompt.render(output.translate))
    output.out.flush()
    answer = stdin.readline().strip()
    # Accents and case are ignored, so "si" confirms "sí" and "clinica sol" confirms "Clínica Sol".
    return search_key(answer) == search_key(expected) and bool(search_key(expected))


def _restore(args: argparse.Namespace, output: CommandOutput, stdin: TextIO) -> int:
    from vetdesk.services.backup import inspect_backup, restore_backup, shown_url, target_clinic_name

    url = configured_database_url(args.restore_database_url, args)
    try:
        info = inspect_backup(args.file)
        if not args.yes:
            if not stdin.isatty():
                output.error(UserMessage("BackupCommand", QT_TRANSLATE_NOOP(
                    "BackupCommand", "A restore must be confirmed on a terminal. Run it in a terminal, "
                    "or add --yes to restore without confirmation.")))
                return EXIT_USAGE
            if not _confirmed(output, stdin, target_clinic_name(url)):
                output.error(UserMessage("BackupCommand", QT_TRANSLATE_NOOP(
                    "BackupCommand", "Not confirmed, so nothing was restored.")))
                return EXIT_FAILED
        restore_backup(info.path, url)
    except UserError as error:
        output.error(error)
        return EXIT_FAILED
    output.say(UserMessage("BackupCommand", QT_TRANSLATE_NOOP(
        "BackupCommand", "Backup {file} restored into {database}."),
        {"file": str(args.file), "database": shown_url(url)}))
    return EXIT_OK
