"""Append-only audit events, written in the same transaction as the change they describe.

The events form a hash chain. Each event stores the SHA-256 hash of the event
before it (``previous_hash``) and its own hash (``event_hash``), computed over
that previous hash, its id and every stored value (see ``compute_event_hash``).
The single ``audit_chain_head`` row (id 1) stores the newest event's id and
hash, so that removing the newest events is detected too. Appending locks that
row for the rest of the transaction, so concurrent desks append one at a time
and event ids increase along the chain.

Events written before the chain existed have both hashes empty. They form a
legacy prefix that ``verify_chain`` counts and reports but cannot check,
because nothing protected them when they were written. Re-hashing them now
would certify contents that were never protected.

NOTE: The hash is not keyed. It detects an edited, removed or inserted event,
but someone with write access to the database who recomputes every later hash
and the head row can rewrite history undetected. Comparing the head hash with
a copy kept elsewhere (for example in a backup) closes that gap.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import platform
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserMessage
from vetdesk.services.context import ServiceContext
from vetdesk.storage.database import Database
from vetdesk.storage.models import AuditChainHead, AuditEvent

log = logging.getLogger("vetdesk.audit")

CHAIN_HEAD_ID = 1
WORKSTATION_MAX_LENGTH = 100
# Events are read in batches of this many rows while the chain is verified.
VERIFY_BATCH_SIZE = 1000


def _to_json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


@functools.cache
def workstation_name() -> str:
    """Return this computer's network name, as recorded with each audit event."""
    name = socket.gethostname() or platform.node() or "unknown"
    return name[:WORKSTATION_MAX_LENGTH]


def compute_event_hash(
    *,
    previous_hash: str,
    event_id: int,
    occurred_at: datetime,
    actor: str,
    workstation: str,
    action: str,
    entity: str,
    entity_id: str,
    before_json: str | None,
    after_json: str | None,
) -> str:
    """Return the SHA-256 hex digest that chains an event to the one before it.

    The digest covers the UTF-8 bytes of a JSON object with sorted keys, no
    whitespace and non-ASCII characters unescaped. ``occurred_at`` enters as an
    ISO 8601 UTC string with microseconds, such as
    ``2026-12-04T10:00:00.000000+00:00``, because both SQLite and PostgreSQL
    store microseconds. The id is included so that an event moved to another
    row id no longer matches its hash.
    """
    if occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be a timezone-aware datetime")
    payload = {
        "previous_hash": previous_hash,
        "id": event_id,
        "occurred_at": occurred_at.astimezone(timezone.utc).isoformat(timespec="microseconds"),
        "actor": actor,
        "workstation": workstation,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before_json": before_json,
        "after_json": after_json,
    }
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hash_of(event: AuditEvent) -> str:
    return compute_event_hash(
        previous_hash=event.previous_hash,
        event_id=event.id,
        occurred_at=event.occurred_at,
        actor=event.actor,
        workstation=event.workstation,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before_json=event.before_json,
        after_json=event.after_json,
    )


def _lock_chain_head(session: Session) -> AuditChainHead:
    """Return the chain head row, locked until the transaction ends, creating it on first use.

    On PostgreSQL the row is read with SELECT ... FOR UPDATE. SQLite ignores
    FOR UPDATE, but there every write transaction starts with BEGIN IMMEDIATE
    and so already holds the database's write lock. When two PostgreSQL
    transactions create the row at once, the second INSERT fails on the primary
    key after the first commits. Its savepoint is then rolled back and the
    committed row is locked instead.
    """
    head = session.get(AuditChainHead, CHAIN_HEAD_ID, with_for_update=True, populate_existing=True)
    if head is not None:
        return head
    try:
        with session.begin_nested():
            session.add(AuditChainHead(id=CHAIN_HEAD_ID, last_event_id=None, last_hash=""))
    except IntegrityError:
        log.info("Another transaction created the audit chain head first; locking that row")
    head = session.get(AuditChainHead, CHAIN_HEAD_ID, with_for_update=True, populate_existing=True)
    if head is None:
        raise RuntimeError("The audit chain head row could not be created or read")
    return head


def record_event(
    session: Session,
    context: ServiceContext,
    *,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append an event to the audit chain in ``session``'s transaction.

    The chain head stays locked until that transaction commits or rolls back,
    so callers should record events late in short transactions.
    """
    head = _lock_chain_head(session)
    event = AuditEvent(
        occurred_at=context.now().astimezone(timezone.utc),
        actor=context.actor,
        workstation=workstation_name(),
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before_json=_to_json(before),
        after_json=_to_json(after),
        previous_hash=head.last_hash,
        event_hash="",
    )
    session.add(event)
    # The id is part of the hash and is known only after the INSERT.
    session.flush()
    event.event_hash = _hash_of(event)
    head.last_event_id = event.id
    head.last_hash = event.event_hash


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the audit chain.

    ``checked`` counts the chained events whose hashes were recomputed, and
    ``legacy_events`` the older events without hashes that precede them.
    When ``ok`` is false, ``first_broken_id`` names the first event that fails
    (None when no single event can be named) and ``reason`` explains the failure.
    """

    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: UserMessage | None = None
    legacy_events: int = 0


def _broken(checked: int, legacy: int, event_id: int | None, reason: UserMessage) -> ChainReport:
    return ChainReport(ok=False, checked=checked, first_broken_id=event_id, reason=reason, legacy_events=legacy)


@contextmanager
def _snapshot_session(database: Database) -> Iterator[Session]:
    """Open a read session that reads the events and the head from one snapshot."""
    with database.read() as session:
        if database.engine.dialect.name == "postgresql":
            # READ COMMITTED, the default, would let the head move between the queries.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        # SQLite keeps one snapshot for the whole read transaction in WAL mode.
        yield session


def verify_chain(database: Database) -> ChainReport:
    """Recompute every event's hash in id order and check the links and the chain head."""
    with _snapshot_session(database) as session:
        return _verify(session)


def _verify(session: Session) -> ChainReport:
    head = session.get(AuditChainHead, CHAIN_HEAD_ID)
    head_id = head.last_event_id if head is not None else None
    head_hash = head.last_hash if head is not None else ""

    checked = 0
    legacy = 0
    last_id: int | None = None
    last_hash = ""
    first_after_head: int | None = None
    query = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=VERIFY_BATCH_SIZE)
    # Closing the result also closes the server-side cursor that yield_per opens on PostgreSQL.
    with session.execute(query) as events:
        for event in events.scalars():
            if not event.event_hash and not event.previous_hash and checked == 0:
                legacy += 1
                continue
            if not event.event_hash:
                return _broken(checked, legacy, event.id, UserMessage("AuditChain", QT_TRANSLATE_NOOP(
                    "AuditChain", "The event has no hash although earlier events are chained, "
                    "so it was added outside VetDesk or its hash was erased.")))
            if event.previous_hash != last_hash:
                return _broken(checked, legacy, event.id, UserMessage("AuditChain", QT_TRANSLATE_NOOP(
                    "AuditChain", "The event does not link to the event before it (id {previous}), "
                    "so an event before it was removed, inserted or edited."),
                    {"previous": last_id if last_id is not None else "-"}))
            if _hash_of(event) != event.event_hash:
                return _broken(checked, legacy, event.id, UserMessage("AuditChain", QT_TRANSLATE_NOOP(
                    "AuditChain", "The event's contents do not match its hash, so it was edited after it was written.")))
            if first_after_head is None and last_id is not None and last_id == head_id:
                first_after_head = event.id
            checked += 1
            last_id = event.id
            last_hash = event.event_hash
            session.expunge(event)

    if head_id == last_id and head_hash == last_hash:
        return ChainReport(ok=True, checked=checked, legacy_events=legacy)
    if head is None:
        return _broken(checked, legacy, last_id, UserMessage("AuditChain", QT_TRANSLATE_NOOP(
            "AuditChain", "The chain head record is missing although chained events exist.")))
    if head_id is not None and (last_id is None or head_id > last_id):
        return _broken(checked, legacy, head_id, UserMessage("AuditChain", QT_TRANSLATE_NOOP(
            "AuditChain", "The newest events are missing: the chain head names event {head}, "
            "but the last event found is {last}."), {"head": head_id, "last": last_id if last_id is not None else "-"}))
    # The chain goes on past the event the head names, or the head's hash was changed.
    return _broken(checked, legacy, first_after_head or last_id, UserMessage("AuditChain", QT_TRANSLATE_NOOP(
        "AuditChain", "The event does not match the chain head (event {head}), "
        "so events were added outside VetDesk or the head was edited."),
        {"head": head_id if head_id is not None else "-"}))
