"""Append-only audit events, written in the same transaction as the change they describe."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from vetdesk.services.context import ServiceContext
from vetdesk.storage.models import AuditEvent


def _to_json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


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
    session.add(
        AuditEvent(
            occurred_at=context.now(),
            actor=context.actor,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before_json=_to_json(before),
            after_json=_to_json(after),
        )
    )
