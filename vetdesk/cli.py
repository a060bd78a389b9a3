"""The ``vetdesk`` command: opens the reception window, or runs a sub-command."""

from __future__ import annotations

import argparse
import sys

from vetdesk import __version__
from vetdesk.config import LocalConfig, load_config

SUBCOMMAND_MODULES = ("vetdesk.commands.import_command", "vetdesk.commands.demo_command",
                      "vetdesk.commands.audit_command", "vetdesk.commands.backup_command",
                      "vetdesk.commands.migrate_command", "vetdesk.commands.verify",
                      "vetdesk.commands.reminders_command")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vetdesk",
        description="VetDesk: clients, pets, balances and debt follow-up at the clinic reception.",
    )
    parser.add_argument("--version", action="version", version=f"VetDesk {__version__}")
    parser.add_argument(
        "--database", metavar="URL",
        help="SQLAlchemy database URL to open instead of the one in the configuration, "
        "for example sqlite:////home/ana/clinica.sqlite3",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="open the demo clinic (created on first use in its own database file)",
    )
    parser.add_argument(
        "--demo-clients", type=int, default=500, metavar="N",
        help="number of clients when the demo clinic is created (default 500)",
    )
    parser.add_argument("--language", choices=("system", "es", "en"), help="language of the window")
    parser.add_argument("--staff", metavar="NAME", help="name recorded with each entry made at this desk")
    import importlib

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def effective_config(args: argparse.Namespace) -> LocalConfig:
    config = load_config()
    if args.language:
        config.language = args.language
    if args.staff:
        config.staff_name = args.staff
    return config


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        return args.run(args)

    from vetdesk.qt_check import check_qt_environment, explain_import_error

    problem = check_qt_environment(need_display=True)
    if problem:
        sys.stderr.write(problem)
        return 3
    try:
        from vetdesk.ui.app import run_application
    except ImportError as error:
        sys.stderr.write(explain_import_error(error))
        return 3
    return run_application(args, effective_config(args))
