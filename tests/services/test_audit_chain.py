"""The audit trail's hash chain: appending, verifying, and detecting tampering, on both engines."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from vetdesk.cli import main
from vetdesk.services.audit import (
    CHAIN_HEAD_ID,
    compute_event_hash,
    record_event,
    verify_chain,
    workstation_name,
)
from vetdesk.storage.database import Database, sqlite_url
from vetdesk.storage.models import AuditChainHead, AuditEvent


def write_events(context, count: int, clock=None) -> list[int]:
    """Record ``count`` events, one transaction each, and return their ids."""
    for number in range(count):
        if clock is not None:
            clock.now += timedelta(minutes=1)
        with context.database.transaction() as session:
            record_event(session, context, action="setting_changed", entity="setting", entity_id=f"key{number}",
                         before={"value": number}, after={"value": number + 1, "note": "cambio ñ"})
    with context.database.read() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def sql(database: Database, statement) -> None:
    """Run a statement outside VetDesk's services, as someone tampering with the database would."""
    with database.engine.begin() as connection:
        connection.execute(statement)


def test_chain_of_events_verifies(context, clock):
    ids = write_events(context, 5, clock)

    report = verify_chain(context.database)

    assert report.ok, report.reason
    assert report.checked == 5
    assert report.first_broken_id is None
    assert report.legacy_events == 0
    with context.database.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        head = session.get(AuditChainHead, CHAIN_HEAD_ID)
    assert events[0].previous_hash == ""
    for previous, event in zip(events, events[1:]):
        assert event.previous_hash == previous.event_hash
    assert all(event.workstation == workstation_name() for event in events)
    assert all(event.workstation for event in events)
    assert head.last_event_id == ids[-1]
    assert head.last_hash == events[-1].event_hash


def test_event_hash_definition(context):
    write_events(context, 1)
    with context.database.read() as session:
        event = session.scalars(select(AuditEvent)).one()

    expected = compute_event_hash(
        previous_hash="", event_id=event.id, occurred_at=event.occurred_at, actor="Lucía (recepción)",
        workstation=workstation_name(), action="setting_changed", entity="setting", entity_id="key0",
        before_json='{"value": 0}', after_json='{"note": "cambio ñ", "value": 1}',
    )

    assert event.event_hash == expected
    assert len(expected) == 64


def test_empty_chain_verifies(database):
    report = verify_chain(database)

    assert report.ok
    assert report.checked == 0


def test_several_events_in_one_transaction(context):
    with context.database.transaction() as session:
        for number in range(3):
            record_event(session, context, action="pet_added", entity="pet", entity_id=number, after={"n": number})

    report = verify_chain(context.database)

    assert report.ok, report.reason
    assert report.checked == 3


def test_rolled_back_event_leaves_chain_intact(context):
    write_events(context, 2)
    try:
        with context.database.transaction() as session:
            record_event(session, context, action="pet_added", entity="pet", entity_id=1)
            raise RuntimeError("the user action failed")
    except RuntimeError:
        pass
    write_events(context, 1)

    report = verify_chain(context.database)

    assert report.ok, report.reason
    assert report.checked == 3


def test_edited_event_named(context):
    ids = write_events(context, 5)
    sql(context.database, update(AuditEvent).where(AuditEvent.id == ids[2]).values(after_json='{"value": 999}'))

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == ids[2]
    assert report.checked == 2
    assert "edited" in str(report.reason)


def test_edited_actor_named(context):
    ids = write_events(context, 3)
    sql(context.database, update(AuditEvent).where(AuditEvent.id == ids[0]).values(actor="Otra persona"))

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == ids[0]


def test_deleted_middle_event_detected(context):
    ids = write_events(context, 5)
    sql(context.database, delete(AuditEvent).where(AuditEvent.id == ids[2]))

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == ids[3]
    assert "removed" in str(report.reason)


def test_deleted_newest_event_detected(context):
    ids = write_events(context, 4)
    sql(context.database, delete(AuditEvent).where(AuditEvent.id == ids[-1]))

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == ids[-1]
    assert "missing" in str(report.reason)


def test_deleted_event_relinked_detected(context):
    """Removing an event and re-linking the next one to its predecessor still breaks that next event."""
    ids = write_events(context, 4)
    with context.database.read() as session:
        before_removed = session.get(AuditEvent, ids[0])
    sql(context.database, delete(AuditEvent).where(AuditEvent.id == ids[1]))
    sql(context.database, update(AuditEvent).where(AuditEvent.id == ids[2])
        .values(previous_hash=before_removed.event_hash))

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == ids[2]


def test_forged_event_with_bad_hash_named(context, clock):
    ids = write_events(context, 3)
    with context.database.read() as session:
        last = session.get(AuditEvent, ids[-1])
    with context.database.transaction() as session:
        forged = AuditEvent(occurred_at=clock.now, actor="intruso", workstation="x", action="payment_recorded",
                            entity="ledger_entry", entity_id="1", before_json=None, after_json='{"amount": 1}',
                            previous_hash=last.event_hash, event_hash="0" * 64)
        session.add(forged)
        session.flush()
        forged_id = forged.id

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == forged_id


def test_forged_event_with_valid_hash_named(context, clock):
    """A forger who computes a correct hash but cannot update the head is still caught."""
    ids = write_events(context, 3)
    with context.database.read() as session:
        last = session.get(AuditEvent, ids[-1])
    with context.database.transaction() as session:
        forged = AuditEvent(occurred_at=clock.now, actor="intruso", workstation="x", action="payment_recorded",
                            entity="ledger_entry", entity_id="1", before_json=None, after_json='{"amount": 1}',
                            previous_hash=last.event_hash, event_hash="")
        session.add(forged)
        session.flush()
        forged.event_hash = compute_event_hash(
            previous_hash=forged.previous_hash, event_id=forged.id, occurred_at=forged.occurred_at,
            actor=forged.actor, workstation=forged.workstation, action=forged.action, entity=forged.entity,
            entity_id=forged.entity_id, before_json=forged.before_json, after_json=forged.after_json)
        forged_id = forged.id

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == forged_id
    assert report.checked == 4


def test_unhashed_event_after_chain_named(context, clock):
    write_events(context, 2)
    with context.database.transaction() as session:
        forged = AuditEvent(occurred_at=clock.now, actor="intruso", action="x", entity="y", entity_id="1")
        session.add(forged)
        session.flush()
        forged_id = forged.id

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == forged_id


def test_missing_head_detected(context):
    ids = write_events(context, 2)
    sql(context.database, delete(AuditChainHead))

    report = verify_chain(context.database)

    assert not report.ok
    assert report.first_broken_id == ids[-1]


def test_legacy_events_reported_not_failed(database, context, clock):
    with database.transaction() as session:
        for number in range(3):
            session.add(AuditEvent(occurred_at=clock.now, actor="antes", action="client_saved", entity="client",
                                   entity_id=str(number)))
    write_events(context, 2)

    report = verify_chain(database)

    assert report.ok, report.reason
    assert report.legacy_events == 3
    assert report.checked == 2


def test_legacy_event_edit_not_detectable(database, context, clock):
    """Events from before the chain are outside it: editing one cannot be detected."""
    with database.transaction() as session:
        session.add(AuditEvent(occurred_at=clock.now, actor="antes", action="a", entity="b", entity_id="1"))
    write_events(context, 1)
    sql(database, update(AuditEvent).where(AuditEvent.actor == "antes").values(after_json="{}"))

    assert verify_chain(database).ok


WRITER_SCRIPT = textwrap.dedent("""
    import sys
    from vetdesk.services.audit import record_event
    from vetdesk.services.context import ServiceContext
    from vetdesk.storage.database import Database

    database = Database(sys.argv[1])
    context = ServiceContext(database, actor=sys.argv[2])
    for number in range(int(sys.argv[3])):
        with database.transaction() as session:
            record_event(session, context, action="setting_changed", entity="setting",
                         entity_id=str(number), after={"writer": sys.argv[2]})
    database.dispose()
""")


def test_two_processes_keep_head_consistent(tmp_path: Path):
    url = sqlite_url(tmp_path / "shared.sqlite3")
    Database(url).dispose()
    per_writer = 40

    writers = [subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT, url, name, str(per_writer)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("desk-1", "desk-2")]
    results = [writer.communicate(timeout=100) for writer in writers]

    for writer, (_, errors) in zip(writers, results):
        assert writer.returncode == 0, errors
    database = Database(url)
    try:
        report = verify_chain(database)
        with database.read() as session:
            count = session.scalar(select(func.count()).select_from(AuditEvent))
            newest = session.scalar(select(func.max(AuditEvent.id)))
            head = session.get(AuditChainHead, CHAIN_HEAD_ID)
            heads = session.scalar(select(func.count()).select_from(AuditChainHead))
    finally:
        database.dispose()
    assert report.ok, report.reason
    assert report.checked == 2 * per_writer
    assert count == 2 * per_writer
    assert head.last_event_id == newest
    assert heads == 1


def test_verify_command_exit_codes(qapp, context, capsys):
    ids = write_events(context, 3)
    url = context.database.url

    assert main(["audit", "verify", "--database", url]) == 0
    assert "3 events checked" in capsys.readouterr().out

    sql(context.database, update(AuditEvent).where(AuditEvent.id == ids[1]).values(entity_id="other"))
    assert main(["audit", "verify", "--database", url]) == 1
    assert f"broken at event {ids[1]}" in capsys.readouterr().err


def test_verify_command_missing_file(qapp, tmp_path: Path, capsys):
    missing = tmp_path / "missing.sqlite3"

    status = main(["audit", "verify", "--database", sqlite_url(missing)])

    assert status == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


def test_verify_command_invalid_url(qapp, capsys):
    assert main(["audit", "verify", "--database", "not a url"]) == 2
    assert "not valid" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _english_command_output(monkeypatch):
    """Commands follow the desk's language; these tests read their English output."""
    from vetdesk.config import LocalConfig

    monkeypatch.setattr("vetdesk.config.load_config", lambda: LocalConfig(language="en"))
