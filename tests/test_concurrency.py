"""Several desks writing at once, and a desk killed in the middle of a payment, on both engines.

Each desk is a separate Python process started with ``python -c`` that records
payments through ``services.accounts.record_payment``, as the application does.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients
from vetdesk.services.clients import ClientDetails
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

pytestmark = pytest.mark.slow

CLIENTS = 10
PAYMENTS_PER_DESK = 250
DESKS = {"sqlite": 2, "postgresql": 4}
# A desk that does not finish in this time has hung, for example on a lock.
DESK_TIMEOUT_S = 90

DESK_SCRIPT = """
import sys
from datetime import date
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.money import Money
from vetdesk.services import accounts
from vetdesk.services.context import ServiceContext
from vetdesk.storage.database import Database

url, desk, count, client_ids = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
client_ids = [int(value) for value in client_ids.split(",")]
context = ServiceContext(Database(url), actor=f"desk {desk}")
for index in range(count):
    accounts.record_payment(context, accounts.NewPayment(
        client_id=client_ids[index % len(client_ids)], amount=Money.from_cents(100 + index),
        method=PaymentMethod.CASH, entry_date=date(2026, 12, 1), request_id=f"d{desk}-{index}"))
print("done", flush=True)
"""

# Records payments until killed. Before each commit it prints the request id it is
# writing and, for the payment chosen by argv[3], sleeps inside the open transaction.
CRASH_SCRIPT = """
import sys, time
from datetime import date
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.money import Money
from vetdesk.services import accounts
from vetdesk.services.context import ServiceContext
from vetdesk.storage.database import Database

url, client_id, stall_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
context = ServiceContext(Database(url), actor="desk crash")
original_log_entry = accounts._log_entry
current = {"index": 0}

def log_then_stall(row):
    # Runs after the ledger row and its audit event are flushed, before the commit.
    original_log_entry(row)
    if current["index"] == stall_at:
        print(f"in-transaction c-{stall_at}", flush=True)
        time.sleep(60)

accounts._log_entry = log_then_stall
for index in range(stall_at + 1):
    current["index"] = index
    accounts.record_payment(context, accounts.NewPayment(
        client_id=client_id, amount=Money.from_cents(1000 + index), method=PaymentMethod.CARD,
        entry_date=date(2026, 12, 1), request_id=f"c-{index}"))
"""


def _make_clients(context: ServiceContext, count: int) -> list[int]:
    return [clients.save_client(context, ClientDetails(given_name=f"Cliente{n}", surnames="Prueba")).id
            for n in range(count)]


def _start(script: str, *args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def _ledger_and_audit(database) -> tuple[list[models.LedgerEntry], Counter]:
    with database.read() as session:
        entries = list(session.scalars(select(models.LedgerEntry)))
        audited = Counter(session.scalars(
            select(models.AuditEvent.entity_id).where(models.AuditEvent.entity == "ledger_entry")))
    return entries, audited


def test_desks_record_payments_concurrently(database, database_url, context, engine_name):
    client_ids = _make_clients(context, CLIENTS)
    desks = DESKS[engine_name]
    started = time.perf_counter()
    processes = [_start(DESK_SCRIPT, database_url, desk, PAYMENTS_PER_DESK, ",".join(map(str, client_ids)))
                 for desk in range(desks)]
    failures = []
    for desk, process in enumerate(processes):
        out, err = process.communicate(timeout=DESK_TIMEOUT_S)
        if process.returncode != 0 or "done" not in out:
            failures.append(f"desk {desk} exited {process.returncode}: {err[-2000:]}")
    elapsed = time.perf_counter() - started
    assert failures == []
    print(f"{engine_name}: {desks} desks x {PAYMENTS_PER_DESK} payments in {elapsed:.1f} s")

    entries, audited = _ledger_and_audit(database)
    request_ids = Counter(entry.request_id for entry in entries)
    expected_ids = {f"d{desk}-{index}" for desk in range(desks) for index in range(PAYMENTS_PER_DESK)}
    assert set(request_ids) == expected_ids
    assert max(request_ids.values()) == 1
    assert all(audited[str(entry.id)] == 1 for entry in entries)
    assert sum(audited.values()) == len(entries)

    for position, client_id in enumerate(client_ids):
        expected_cents = sum(100 + index for index in range(PAYMENTS_PER_DESK)
                             if index % CLIENTS == position) * desks
        view = accounts.account_view(context, client_id)
        assert view.total_paid == Money.from_cents(expected_cents), f"client {client_id}"
        assert view.status.balance == Money.from_cents(-expected_cents), f"client {client_id}"


STALL_AT = 5


def test_killed_desk_leaves_no_half_payment(database, database_url, context):
    (client_id,) = _make_clients(context, 1)
    process = _start(CRASH_SCRIPT, database_url, client_id, STALL_AT)
    try:
        line = process.stdout.readline()
        assert line.strip() == f"in-transaction c-{STALL_AT}", process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL

    database.dispose()
    entries, audited = _ledger_and_audit(database)
    assert sorted(entry.request_id for entry in entries) == sorted(f"c-{index}" for index in range(STALL_AT))
    assert all(audited[str(entry.id)] == 1 for entry in entries)
    assert sum(audited.values()) == len(entries)

    # The desk retries the payment that was in flight: it is stored once, with its audit event.
    retry = accounts.NewPayment(client_id, Money.from_cents(1000 + STALL_AT), PaymentMethod.CARD,
                                entries[0].entry_date, request_id=f"c-{STALL_AT}")
    first = accounts.record_payment(context, retry)
    assert accounts.record_payment(context, retry) == first
    entries, audited = _ledger_and_audit(database)
    assert len(entries) == STALL_AT + 1
    assert sum(audited.values()) == STALL_AT + 1


def test_killed_desk_releases_locks(database, database_url, context):
    """A desk killed while it holds the write lock must not block the other desks afterwards."""
    (client_id,) = _make_clients(context, 1)
    process = _start(CRASH_SCRIPT, database_url, client_id, 0)
    try:
        assert process.stdout.readline().strip() == "in-transaction c-0", process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate(timeout=30)
    started = time.perf_counter()
    accounts.record_payment(context, accounts.NewPayment(client_id, Money.from_cents(500), PaymentMethod.CASH,
                                                         accounts.clinic_today(context)))
    assert time.perf_counter() - started < 10
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(models.LedgerEntry)) == 1


# Signs one agreement with a discount and stalls inside its transaction, after the
# agreement, its lines, the discount's credit note and the signed form are flushed.
AGREEMENT_CRASH_SCRIPT = """
import sys, time
from datetime import date
from decimal import Decimal
from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.money import Money
from vetdesk.services import agreements
from vetdesk.services.context import ServiceContext
from vetdesk.storage.database import Database

url, client_id = sys.argv[1], int(sys.argv[2])
context = ServiceContext(Database(url), actor="desk crash")
original_insert = agreements._insert

def insert_then_stall(*args, **kwargs):
    agreement_id = original_insert(*args, **kwargs)
    print(f"in-transaction {agreement_id}", flush=True)
    time.sleep(60)
    return agreement_id

agreements._insert = insert_then_stall
quote = agreements.prepare_agreement(context, agreements.AgreementDraft(
    client_id, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
    discount=Money(Decimal("30")), request_id="agreement-crash", language="en"))
agreements.record_agreement(context, quote, None, lambda context, source: source)
"""


def _agreement_tables(database) -> dict[str, int]:
    with database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (models.Agreement, models.AgreementLine, models.AgreementCharge,
                              models.AgreementDocument, models.LedgerEntry, models.AuditEvent)}


def test_killed_desk_leaves_no_half_signed_agreement(database, database_url, context, clinic):
    from datetime import date

    from vetdesk.domain.agreements import AgreementKind, Period
    from vetdesk.services import agreements

    (client_id,) = _make_clients(context, 1)
    with database.transaction() as session:
        accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                              entry_date=date(2026, 10, 1), due_date=date(2026, 10, 1),
                              description="Cirugía", amount_cents=30000)
    before = _agreement_tables(database)
    process = _start(AGREEMENT_CRASH_SCRIPT, database_url, client_id)
    try:
        line = process.stdout.readline()
        assert line.startswith("in-transaction"), process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL

    database.dispose()
    assert _agreement_tables(database) == before
    assert accounts.account_view(context, client_id).status.balance == Money.from_cents(30000)

    # Signing again with the same request stores the agreement once.
    quote = agreements.prepare_agreement(context, agreements.AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        discount=Money.from_cents(3000), request_id="agreement-crash", language="en"))
    first = agreements.record_agreement(context, quote, None, lambda context, source: source)
    assert agreements.record_agreement(context, quote, None, lambda context, source: source) == first
    after = _agreement_tables(database)
    assert after["agreement"] == 1
    assert after["agreement_document"] == 1
    assert after["agreement_line"] == 3
    assert after["ledger_entry"] == before["ledger_entry"] + 1
    assert accounts.account_view(context, client_id).status.balance == Money.from_cents(27000)


# Sends the approved reminders and stalls after handing the third one to its channel,
# before recording it as sent, as a desk that dies mid-batch would.
REMINDER_CRASH_SCRIPT = """
import sys, time
from vetdesk.services import reminders
from vetdesk.services.context import ServiceContext
from vetdesk.storage.database import Database

url = sys.argv[1]
context = ServiceContext(Database(url), actor="desk crash")
original_deliver = reminders._deliver
delivered = []

def deliver_then_stall(context, row, translate):
    result = original_deliver(context, row, translate)
    delivered.append(row.id)
    print(f"delivered {row.id}", flush=True)
    if len(delivered) == 3:
        time.sleep(60)
    return result

reminders._deliver = deliver_then_stall
reminders.send_approved(context, lambda language: (lambda ctx, source: source))
"""


def test_killed_desk_sends_no_reminder_twice(database, database_url, context, clinic):
    from datetime import date

    from vetdesk.services import reminders

    client_ids = [clients.save_client(context, ClientDetails(
        given_name=f"Cliente{n}", surnames="Prueba", address_line="Calle Mayor 1", city="Madrid")).id
        for n in range(6)]
    with database.transaction() as session:
        for client_id in client_ids:
            accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                  entry_date=date(2026, 10, 1), due_date=date(2026, 10, 1),
                                  description="Consulta", amount_cents=4000)
    reminders.run_reminders(context)
    queued = reminders.queue(context)
    reminders.approve(context, [view.id for view in queued])

    process = _start(REMINDER_CRASH_SCRIPT, database_url)
    delivered = []
    try:
        for _ in range(3):
            line = process.stdout.readline()
            assert line.startswith("delivered"), process.stderr.read()
            delivered.append(int(line.split()[1]))
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate(timeout=30)

    database.dispose()
    statuses = {view.id: view.status.value for view in reminders.queue(context)}
    # The third was handed over but not recorded: it waits for a person, and is not sent again.
    assert statuses[delivered[2]] == "sending"
    result = reminders.send_approved(context, lambda language: (lambda ctx, source: source))
    assert result.sent == 3
    with database.read() as session:
        rows = session.scalars(select(models.Reminder)).all()
    assert sorted(row.status for row in rows) == ["sending"] + ["sent"] * 5
    assert all(row.attempts == 1 for row in rows)
