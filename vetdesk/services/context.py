"""What every service call needs: the database, who acts, and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from vetdesk.storage.database import Database


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class ServiceContext:
    """The database and the staff member on whose behalf services act.

    ``clock`` returns an aware UTC datetime; tests replace it to fix "now".
    """

    database: Database
    actor: str
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        return self.clock()
