"""`vetdesk reminders`: the dry run's lines in the configured language."""

from __future__ import annotations

from datetime import date, timedelta

from vetdesk.cli import main
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients

TODAY = date(2026, 12, 4)


def add_debtor(context) -> None:
    client_id = clients.save_client(context, clients.ClientDetails(
        given_name="Tomás", surnames="Gil", address_line="Calle Mayor 3", postal_code="28013", city="Madrid")).id
    due = TODAY - timedelta(days=40)
    accounts.record_charge(context, accounts.NewCharge(client_id, Money.from_cents(123456), "Cirugía", due, due))


def test_dry_run_amounts_in_english(context, clinic, database_url, capsys, engine_name):
    add_debtor(context)
    status = main(["--language", "en", "reminders", "--database", database_url, "--as-of", "04/12/2026",
                   "--dry-run"])
    out = capsys.readouterr().out
    assert status == 0
    assert "Tomás Gil: level 1 by letter, €1,234.56" in out


def test_dry_run_amounts_in_spanish(context, clinic, database_url, capsys, engine_name):
    add_debtor(context)
    status = main(["--language", "es", "reminders", "--database", database_url, "--as-of", "04/12/2026",
                   "--dry-run"])
    out = capsys.readouterr().out
    assert status == 0
    assert "Tomás Gil: nivel 1 por carta, 1.234,56\u00a0€" in out
