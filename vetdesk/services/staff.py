"""Staff accounts, sign-in and the permissions of each role.

Each person signs in with a username and a password or PIN, stored only as an
Argon2id hash (argon2-cffi's default parameters). A role decides what the
person may do, through the single table ``ROLE_PERMISSIONS``.

Simple mode: a clinic with one workstation may run without sign-in, as one
shared account with every permission. The clinic setting
``staff.simple_mode`` chooses it. While it was never chosen, simple mode is on
as long as no active administrator exists, so that an existing clinic keeps
working as before until an administrator account is created. Whatever the
setting says, simple mode is on while no active administrator exists, because
nobody could manage the accounts otherwise.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.services import settings
from vetdesk.services.audit import record_event
from vetdesk.services.context import ServiceContext
from vetdesk.storage.models import StaffMember

log = logging.getLogger("vetdesk.staff")

CTX = "Staff"
MIN_PIN_DIGITS = 4
MIN_PASSWORD_CHARS = 8
MAX_SECRET_CHARS = 128
MAX_USERNAME_CHARS = 50
MAX_DISPLAY_NAME_CHARS = 100
_USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")


class Role(StrEnum):
    RECEPTION = "reception"
    VET = "vet"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    RECORD_MONEY = "record_money"
    EDIT_CLIENTS = "edit_clients"
    OVERRIDE_BANNER = "override_banner"
    WRITE_OFF = "write_off"
    CLAIM_IN_COURT = "claim_in_court"
    CANCEL_AGREEMENT = "cancel_agreement"
    ERASE_CLIENT_DATA = "erase_client_data"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_STAFF = "manage_staff"


_DESK_WORK = frozenset({Permission.RECORD_MONEY, Permission.EDIT_CLIENTS})
_MANAGEMENT = _DESK_WORK | {
    Permission.OVERRIDE_BANNER,
    Permission.WRITE_OFF,
    Permission.CLAIM_IN_COURT,
    Permission.CANCEL_AGREEMENT,
    Permission.ERASE_CLIENT_DATA,
    Permission.EDIT_SETTINGS,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: _DESK_WORK,
    Role.VET: _DESK_WORK,
    Role.MANAGER: frozenset(_MANAGEMENT),
    Role.ADMINISTRATOR: frozenset(Permission),
}

# The refusal message of each permission. Each sentence names the action and the
# roles that ROLE_PERMISSIONS grants it to; a test checks that the two agree.
_DENIED: dict[Permission, str] = {
    Permission.RECORD_MONEY: QT_TRANSLATE_NOOP(
        "Staff", "Recording charges and payments needs the reception, vet, manager or administrator role."),
    Permission.EDIT_CLIENTS: QT_TRANSLATE_NOOP(
        "Staff", "Editing clients and pets needs the reception, vet, manager or administrator role."),
    Permission.OVERRIDE_BANNER: QT_TRANSLATE_NOOP(
        "Staff", "Overriding the debt block needs the manager or administrator role. "
                 "Ask a manager to sign in at this desk and do it."),
    Permission.WRITE_OFF: QT_TRANSLATE_NOOP(
        "Staff", "Writing off a debt needs the manager or administrator role. "
                 "Ask a manager to sign in at this desk and do it."),
    Permission.CLAIM_IN_COURT: QT_TRANSLATE_NOOP(
        "Staff", "Recording a claim in court needs the manager or administrator role. "
                 "Ask a manager to sign in at this desk and do it."),
    Permission.CANCEL_AGREEMENT: QT_TRANSLATE_NOOP(
        "Staff", "Cancelling a payment agreement needs the manager or administrator role. "
                 "Ask a manager to sign in at this desk and do it."),
    Permission.ERASE_CLIENT_DATA: QT_TRANSLATE_NOOP(
        "Staff", "Erasing a client's personal data needs the manager or administrator role. "
                 "Ask a manager to sign in at this desk and do it."),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP(
        "Staff", "Changing the clinic's settings needs the manager or administrator role. "
                 "Ask a manager to sign in at this desk and do it."),
    Permission.MANAGE_STAFF: QT_TRANSLATE_NOOP(
        "Staff", "Managing staff accounts needs the administrator role. "
                 "Ask an administrator to sign in at this desk and do it."),
}


@dataclass(frozen=True)
class StaffIdentity:
    """The signed-in person, as carried by ``ServiceContext.staff``."""

    id: int
    username: str
    display_name: str
    role: Role

    def has(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


@dataclass(frozen=True)
class StaffAccount:
    """One row of the staff list shown to administrators; never carries the hash."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool


def _message(source: str, **params: object) -> UserMessage:
    return UserMessage(CTX, source, params)


def _identity(row: StaffMember) -> StaffIdentity:
    return StaffIdentity(row.id, row.username, row.display_name, Role(row.role))


# Hashing

_hasher = PasswordHasher()
_dummy_hash: str | None = None


def _hash_for_unknown_user() -> str:
    """Return a hash to verify against when the username is unknown, so both cases take as long."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("unknown-user-placeholder")
    return _dummy_hash


def _verify(stored_hash: str, secret: str) -> bool:
    # libargon2 compares the computed and stored digests in constant time.
    try:
        return _hasher.verify(stored_hash, secret)
    except VerifyMismatchError:
        return False
    except (VerificationError, InvalidHashError):
        log.error("A stored staff password hash is not a valid Argon2 hash")
        return False


# Validation

def validate_secret(secret: str) -> str:
    """Return ``secret`` unchanged if it is a PIN of 4 or more digits or a password of 8 or more characters."""
    if not secret.strip():
        raise UserError(_message(QT_TRANSLATE_NOOP("Staff", "Type a password or a PIN.")), field="secret")
    if len(secret) > MAX_SECRET_CHARS:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The password has {count} characters; the maximum is {maximum}."),
            count=len(secret), maximum=MAX_SECRET_CHARS), field="secret")
    if secret.isascii() and secret.isdigit():
        if len(secret) < MIN_PIN_DIGITS:
            raise UserError(_message(QT_TRANSLATE_NOOP(
                "Staff", "A PIN needs at least {minimum} digits; this one has {count}."),
                minimum=MIN_PIN_DIGITS, count=len(secret)), field="secret")
        return secret
    if len(secret) < MIN_PASSWORD_CHARS:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "A password needs at least {minimum} characters; this one has {count}. "
                     "Use a longer password, or a PIN of digits only."),
            minimum=MIN_PASSWORD_CHARS, count=len(secret)), field="secret")
    return secret


def normalize_username(username: str) -> str:
    return username.strip().lower()


def _validate_username(username: str) -> str:
    cleaned = normalize_username(username)
    if not cleaned:
        raise UserError(_message(QT_TRANSLATE_NOOP("Staff", "Type a username.")), field="username")
    if len(cleaned) > MAX_USERNAME_CHARS or not _USERNAME_PATTERN.fullmatch(cleaned):
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The username \"{value}\" is invalid. Use up to {maximum} letters a-z, digits, dots, "
                     "hyphens or underscores, starting with a letter or digit."),
            value=cleaned, maximum=MAX_USERNAME_CHARS), field="username")
    return cleaned


def _validate_display_name(display_name: str) -> str:
    cleaned = " ".join(display_name.split())
    if not cleaned:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "Type the person's name as it should appear on entries.")), field="display_name")
    if len(cleaned) > MAX_DISPLAY_NAME_CHARS:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The name has {count} characters; the maximum is {maximum}."),
            count=len(cleaned), maximum=MAX_DISPLAY_NAME_CHARS), field="display_name")
    return cleaned


def _validate_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The role \"{value}\" is unknown. Choose reception, vet, manager or administrator."),
            value=role), field="role") from None


def validate_new_staff(username: str, display_name: str, role: Role | str, secret: str) -> tuple[str, str, Role]:
    """Return the cleaned username, name and role, or raise ValidationErrors listing every problem."""
    errors: list[UserError] = []
    cleaned: list = []
    for check, value in ((_validate_username, username), (_validate_display_name, display_name),
                         (_validate_role, role), (validate_secret, secret)):
        try:
            cleaned.append(check(value))
        except UserError as error:
            errors.append(error)
    if errors:
        raise ValidationErrors(errors)
    return cleaned[0], cleaned[1], cleaned[2]


# Simple mode and permissions

def _active_administrators(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(StaffMember).where(
        StaffMember.role == Role.ADMINISTRATOR.value, StaffMember.active.is_(True)))


def _simple_mode_in(session: Session) -> bool:
    if _active_administrators(session) == 0:
        return True
    chosen = settings.get_setting(session, settings.STAFF_SIMPLE_MODE)
    return bool(chosen)


def simple_mode_active(context: ServiceContext) -> bool:
    """Return whether the desk runs as one shared account with every permission and no sign-in."""
    with context.database.read() as session:
        return _simple_mode_in(session)


def idle_lock_minutes(context: ServiceContext) -> int:
    with context.database.read() as session:
        return settings.get_setting(session, settings.STAFF_IDLE_LOCK_MINUTES)


def has_staff_accounts(context: ServiceContext) -> bool:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(StaffMember)) > 0


def _check(session: Session, context: ServiceContext, permission: Permission) -> None:
    if context.staff is None:
        if _simple_mode_in(session):
            return
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "Nobody is signed in at this desk. Sign in with your username and password or PIN, "
                     "then try again.")))
    row = session.get(StaffMember, context.staff.id)
    if row is None or not row.active:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The account \"{username}\" is deactivated. Sign in with another account."),
            username=context.staff.username))
    # The stored role counts, so a role changed by an administrator applies at once.
    if permission not in ROLE_PERMISSIONS[Role(row.role)]:
        raise UserError(_message(_DENIED[permission]))


def require(context: ServiceContext, permission: Permission, session: Session | None = None) -> None:
    """Raise UserError naming the action and the roles it needs unless ``context`` may do it.

    Pass ``session`` to check inside the transaction that makes the change.
    """
    if session is not None:
        _check(session, context, permission)
        return
    with context.database.read() as own_session:
        _check(own_session, context, permission)


def allows(context: ServiceContext, permission: Permission) -> bool:
    """Return whether ``require`` would pass, for enabling buttons."""
    try:
        require(context, permission)
    except UserError:
        return False
    return True


def check_simple_mode_change(session: Session, context: ServiceContext, enabled: bool) -> None:
    """Raise UserError unless ``context`` may set simple mode to ``enabled``.

    Simple mode gives everyone every permission, so changing it needs
    MANAGE_STAFF, not only EDIT_SETTINGS. Turning it off needs an active
    administrator, or nobody could sign in to manage the accounts.
    """
    if _simple_mode_in(session) == enabled:
        return
    _check(session, context, Permission.MANAGE_STAFF)
    if not enabled and _active_administrators(session) == 0:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "Simple mode stays on until an active administrator account exists. "
                     "Create one in Staff accounts first.")), field=settings.STAFF_SIMPLE_MODE.key)


# Sign-in

def authenticate(context: ServiceContext, username: str, secret: str) -> StaffIdentity:
    """Return the identity of the account whose password or PIN is ``secret``.

    An unknown username and a wrong secret raise the same UserError and take
    about as long, so the message does not tell which usernames exist. A
    successful sign-in is audited; a failed one changes nothing.
    """
    wrong = UserError(_message(QT_TRANSLATE_NOOP(
        "Staff", "The username or the password/PIN is wrong. Check both and try again.")))
    cleaned = normalize_username(username)
    with context.database.transaction() as session:
        row = session.scalars(select(StaffMember).where(StaffMember.username == cleaned)).first()
        if row is None:
            _verify(_hash_for_unknown_user(), secret)
            log.info("Sign-in failed: unknown username")
            raise wrong
        if not _verify(row.password_hash, secret):
            log.info("Sign-in failed for staff %s: wrong password or PIN", row.id)
            raise wrong
        if not row.active:
            log.info("Sign-in rejected: staff account %s is deactivated", row.id)
            raise UserError(_message(QT_TRANSLATE_NOOP(
                "Staff", "The account \"{username}\" is deactivated. Ask an administrator to activate it."),
                username=row.username))
        identity = _identity(row)
        signed_in = ServiceContext(context.database, actor=identity.display_name, clock=context.clock,
                                   staff=identity)
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(secret)
            row.updated_at = context.now()
            record_event(session, signed_in, action="staff_hash_upgraded", entity="staff_member",
                         entity_id=row.id)
        record_event(session, signed_in, action="staff_signed_in", entity="staff_member", entity_id=row.id)
    log.info("Staff %s signed in", identity.id)
    return identity


# Account management

def _account(row: StaffMember) -> StaffAccount:
    return StaffAccount(row.id, row.username, row.display_name, Role(row.role), row.active)


def _insert(session: Session, context: ServiceContext, username: str, display_name: str,
            role: Role, secret: str) -> StaffMember:
    taken = session.scalars(select(StaffMember.id).where(StaffMember.username == username)).first()
    if taken is not None:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The username \"{value}\" is already taken. Choose another one."), value=username),
            field="username")
    now = context.now()
    row = StaffMember(username=username, display_name=display_name, role=role.value,
                      password_hash=_hasher.hash(secret), active=True, created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    record_event(session, context, action="staff_created", entity="staff_member", entity_id=row.id,
                 after={"username": username, "display_name": display_name, "role": role.value,
                        "active": True})
    return row


def create_staff(context: ServiceContext, username: str, display_name: str, role: Role | str,
                 secret: str) -> StaffIdentity:
    """Create an active account; needs MANAGE_STAFF. Raises ValidationErrors for invalid fields."""
    require(context, Permission.MANAGE_STAFF)
    username, display_name, role = validate_new_staff(username, display_name, role, secret)
    try:
        with context.database.transaction() as session:
            row = _insert(session, context, username, display_name, role, secret)
            identity = _identity(row)
    except IntegrityError:
        # Another desk created the same username between the check and the insert.
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "The username \"{value}\" is already taken. Choose another one."), value=username),
            field="username") from None
    log.info("Staff %s created with role %s", identity.id, role.value)
    return identity


def create_first_administrator(context: ServiceContext, username: str, display_name: str,
                               secret: str) -> StaffIdentity:
    """Create the clinic's first account, an administrator, and turn simple mode off.

    Allowed only while the database has no staff account at all, as on the
    first start. Raises ValidationErrors for invalid fields.
    """
    username, display_name, role = validate_new_staff(username, display_name, Role.ADMINISTRATOR, secret)
    with context.database.transaction() as session:
        if session.scalar(select(func.count()).select_from(StaffMember)) > 0:
            raise UserError(_message(QT_TRANSLATE_NOOP(
                "Staff", "This clinic already has staff accounts. An administrator adds new ones in Staff accounts.")))
        row = _insert(session, context, username, display_name, role, secret)
        identity = _identity(row)
        settings_context = ServiceContext(context.database, actor=identity.display_name, clock=context.clock,
                                          staff=identity)
        settings.store_setting(session, settings_context, settings.STAFF_SIMPLE_MODE.key, False)
    log.info("First administrator %s created; simple mode is off", identity.id)
    return identity


def list_staff(context: ServiceContext) -> list[StaffAccount]:
    """Return every account, active or not, by username; needs MANAGE_STAFF."""
    with context.database.read() as session:
        _check(session, context, Permission.MANAGE_STAFF)
        rows = session.scalars(select(StaffMember).order_by(StaffMember.username))
        return [_account(row) for row in rows]


def _row_for_change(session: Session, staff_id: int) -> StaffMember:
    row = session.get(StaffMember, staff_id)
    if row is None:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "Staff account {value} was not found. Reopen the staff list."), value=staff_id))
    return row


def _keep_an_administrator(session: Session, row: StaffMember) -> None:
    if row.role == Role.ADMINISTRATOR.value and row.active and _active_administrators(session) <= 1:
        raise UserError(_message(QT_TRANSLATE_NOOP(
            "Staff", "{name} is the only active administrator. Make another account administrator first."),
            name=row.display_name))


def change_secret(context: ServiceContext, staff_id: int, new_secret: str,
                  current_secret: str | None = None) -> None:
    """Set a new password or PIN.

    A person changing their own needs ``current_secret``; resetting someone
    else's needs MANAGE_STAFF. Raises UserError on a wrong current secret or
    an invalid new one.
    """
    validate_secret(new_secret)
    own = context.staff is not None and context.staff.id == staff_id
    with context.database.transaction() as session:
        row = _row_for_change(session, staff_id)
        if own:
            if current_secret is None or not _verify(row.password_hash, current_secret):
                raise UserError(_message(QT_TRANSLATE_NOOP(
                    "Staff", "The current password or PIN is wrong. Type it again.")), field="current_secret")
        else:
            _check(session, context, Permission.MANAGE_STAFF)
        row.password_hash = _hasher.hash(new_secret)
        row.updated_at = context.now()
        record_event(session, context, action="staff_secret_changed" if own else "staff_secret_reset",
                     entity="staff_member", entity_id=row.id)
    log.info("Password or PIN of staff %s %s", staff_id, "changed" if own else "reset")


def set_active(context: ServiceContext, staff_id: int, active: bool) -> None:
    """Activate or deactivate an account; needs MANAGE_STAFF and keeps one active administrator."""
    with context.database.transaction() as session:
        _check(session, context, Permission.MANAGE_STAFF)
        row = _row_for_change(session, staff_id)
        if row.active == active:
            return
        if not active:
            if context.staff is not None and context.staff.id == staff_id:
                raise UserError(_message(QT_TRANSLATE_NOOP(
                    "Staff", "You cannot deactivate your own account. Ask another administrator.")))
            _keep_an_administrator(session, row)
        row.active = active
        row.updated_at = context.now()
        record_event(session, context, action="staff_activated" if active else "staff_deactivated",
                     entity="staff_member", entity_id=row.id,
                     before={"active": not active}, after={"active": active})
    log.info("Staff %s %s", staff_id, "activated" if active else "deactivated")


def set_role(context: ServiceContext, staff_id: int, role: Role | str) -> None:
    """Change an account's role; needs MANAGE_STAFF and keeps one active administrator."""
    new_role = _validate_role(role)
    with context.database.transaction() as session:
        _check(session, context, Permission.MANAGE_STAFF)
        row = _row_for_change(session, staff_id)
        if row.role == new_role.value:
            return
        if new_role is not Role.ADMINISTRATOR:
            _keep_an_administrator(session, row)
        before = row.role
        row.role = new_role.value
        row.updated_at = context.now()
        record_event(session, context, action="staff_role_changed", entity="staff_member", entity_id=row.id,
                     before={"role": before}, after={"role": new_role.value})
    log.info("Role of staff %s changed to %s", staff_id, new_role.value)
