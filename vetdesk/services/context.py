"""The service context: the database, the acting staff member and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from vetdesk.storage.database import Database

if TYPE_CHECKING:
    from vetdesk.services.staff import StaffIdentity


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class ServiceContext:
    """The database and the staff member on whose behalf services act.

    ``actor`` is the name stored with entries and audit events. ``staff`` is
    the signed-in account whose role decides what the services allow. Without
    one, the context is the desk's shared account: ``staff.require`` allows it
    everything while the clinic is in simple mode or has no active
    administrator, and nothing otherwise.

    ``clock`` returns an aware UTC datetime; tests replace it to fix "now".
    """

    database: Database
    actor: str
    clock: Callable[[], datetime] = field(default=utc_now)
    staff: StaffIdentity | None = None

    def now(self) -> datetime:
        return self.clock()

    def sign_in(self, identity: StaffIdentity) -> None:
        """Act as ``identity`` from now on, recording its display name on entries."""
        self.staff = identity
        self.actor = identity.display_name

    def sign_out(self, shared_actor: str) -> None:
        """Act as the desk's shared account again, recording ``shared_actor`` on entries."""
        self.staff = None
        self.actor = shared_actor
