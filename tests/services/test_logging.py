"""Logs go to a rotating file and keep clients' personal data and amounts out of INFO."""

from __future__ import annotations

import logging
import logging.handlers
from datetime import date

from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.money import Money
from vetdesk.logs import configure_logging
from vetdesk.services import accounts, clients


def test_log_file_rotates(tmp_path):
    path = configure_logging(tmp_path)
    handlers = [h for h in logging.getLogger("vetdesk").handlers
                if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert path == tmp_path / "vetdesk.log"
    assert len(handlers) == 1
    assert handlers[0].maxBytes > 0
    assert handlers[0].backupCount > 0


def test_info_log_has_no_personal_data(tmp_path, context, clinic):
    path = configure_logging(tmp_path, level=logging.INFO)
    client = clients.save_client(context, clients.ClientDetails(
        given_name="Remedios", surnames="Zubizarreta", id_number="12345678Z", phone="671924865"))
    accounts.record_charge(context, accounts.NewCharge(
        client.id, Money.from_cents(123456), "Consulta", date(2026, 12, 1), date(2026, 12, 1)))
    accounts.record_payment(context, accounts.NewPayment(
        client.id, Money.from_cents(23456), PaymentMethod.CASH, date(2026, 12, 4)))
    logging.getLogger("vetdesk.services").info("checkpoint")
    for handler in logging.getLogger("vetdesk").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "checkpoint" in text
    assert "Recorded payment" in text
    for secret in ("Remedios", "Zubizarreta", "12345678Z", "671924865", "1.234,56", "1234.56", "234,56"):
        assert secret not in text


def test_unwritable_log_directory_falls_back(tmp_path, capsys):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x", encoding="utf-8")
    configure_logging(blocker / "logs")
    handlers = logging.getLogger("vetdesk").handlers
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in handlers)
    assert "Cannot write the log file" in capsys.readouterr().err
    configure_logging(tmp_path / "logs")
