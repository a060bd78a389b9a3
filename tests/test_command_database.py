"""The database a sub-command opens: its own --database, the main --database, --demo, then the configuration."""

from __future__ import annotations

import pytest

from vetdesk.cli import build_parser, main
from vetdesk.commands.backup_command import configured_database_url
from vetdesk.config import LocalConfig
from vetdesk.storage.database import Database, sqlite_url

OWN_URL = "sqlite:////srv/clinica/propia.sqlite3"
MAIN_URL = "sqlite:////srv/clinica/principal.sqlite3"
CONFIGURED_URL = "sqlite:////srv/clinica/configurada.sqlite3"

# Each sub-command that opens the clinic database, with the destination of its own --database option.
COMMANDS = [
    (["verify", "form.pdf"], "verify_database_url"),
    (["audit", "verify"], "audit_database_url"),
    (["backup"], "backup_database_url"),
    (["restore", "copy.sqlite3"], "restore_database_url"),
    (["reminders"], "reminders_database_url"),
]


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("VETDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def configured(monkeypatch):
    """Commands follow the desk's configuration, here in English and with no database of its own."""
    config = LocalConfig(language="en")
    monkeypatch.setattr("vetdesk.config.load_config", lambda: config)
    return config


def database_url(argv: list[str], dest: str) -> str:
    args = build_parser().parse_args(argv)
    return configured_database_url(getattr(args, dest), args)


@pytest.mark.parametrize(("command", "dest"), COMMANDS, ids=[argv[0] for argv, _ in COMMANDS])
def test_demo_option_picks_demo_file(data_folder, configured, command, dest):
    assert database_url(["--demo", *command], dest) == sqlite_url(data_folder / "demo.sqlite3")
    assert database_url(command, dest) == sqlite_url(data_folder / "vetdesk.sqlite3")


@pytest.mark.parametrize(("command", "dest"), COMMANDS, ids=[argv[0] for argv, _ in COMMANDS])
def test_explicit_url_beats_demo(data_folder, configured, command, dest):
    assert database_url(["--demo", "--database", MAIN_URL, *command], dest) == MAIN_URL
    assert database_url(["--demo", "--database", MAIN_URL, *command, "--database", OWN_URL], dest) == OWN_URL


def test_demo_beats_configured_url(data_folder, configured):
    configured.database_url = CONFIGURED_URL

    assert database_url(["audit", "verify"], "audit_database_url") == CONFIGURED_URL
    assert database_url(["--demo", "audit", "verify"], "audit_database_url") == \
        sqlite_url(data_folder / "demo.sqlite3")


def test_audit_with_demo_opens_demo_file(qapp, data_folder, configured, capsys):
    data_folder.mkdir()
    Database(sqlite_url(data_folder / "demo.sqlite3")).dispose()

    assert main(["--demo", "audit", "verify"]) == 0
    assert "Audit trail intact" in capsys.readouterr().out

    assert main(["audit", "verify"]) == 2
    assert f"{data_folder / 'vetdesk.sqlite3'} does not exist" in capsys.readouterr().err
