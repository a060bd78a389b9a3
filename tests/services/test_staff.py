"""Staff accounts: hashing, sign-in, secret rules, roles, simple mode and the checks on each action."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, settings, staff
from vetdesk.services.accounts import NewCharge
from vetdesk.services.clinic import ClinicInfo, get_clinic, save_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.staff import Permission, Role
from vetdesk.storage import models

ADMIN_SECRET = "correct horse battery"


def count(context, model) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def audit_events(context) -> list[models.AuditEvent]:
    with context.database.read() as session:
        return list(session.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id)))


def acting_as(context, identity) -> ServiceContext:
    signed_in = replace(context)
    signed_in.sign_in(identity)
    return signed_in


@pytest.fixture
def admin(context):
    return staff.create_first_administrator(context, "Ana", "Ana Gerente", ADMIN_SECRET)


@pytest.fixture
def as_admin(context, admin):
    return acting_as(context, admin)


@pytest.fixture
def receptionist(as_admin):
    return staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234")


@pytest.fixture
def manager(as_admin):
    return staff.create_staff(as_admin, "marta", "Marta Gerente", Role.MANAGER, "manager-pass")


def overdue_client(context) -> int:
    client_id = clients.save_client(context, clients.ClientDetails(given_name="Rosa", surnames="Núñez")).id
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(5000), "Vacuna",
                                              date(2026, 10, 1), date(2026, 10, 1)))
    return client_id


# Hashing and sign-in

def test_stored_hash_is_argon2id(context, admin, caplog):
    with context.database.read() as session:
        row = session.get(models.StaffMember, admin.id)
    assert row.password_hash.startswith("$argon2id$")
    assert ADMIN_SECRET not in row.password_hash
    assert admin.username == "ana"
    assert admin.role is Role.ADMINISTRATOR


def test_secret_never_in_audit_or_log(context, admin, receptionist, caplog):
    caplog.set_level(logging.DEBUG)
    staff.authenticate(context, "lucia", "1234")
    with pytest.raises(UserError):
        staff.authenticate(context, "lucia", "9999")
    for event in audit_events(context):
        for text in (event.before_json or "", event.after_json or ""):
            assert ADMIN_SECRET not in text
            assert "1234" not in text
            assert "argon2" not in text
    assert "1234" not in caplog.text
    assert "9999" not in caplog.text
    assert ADMIN_SECRET not in caplog.text


def test_authenticate_returns_identity(context, receptionist):
    identity = staff.authenticate(context, "  LUCIA ", "1234")
    assert identity == receptionist
    assert identity.display_name == "Lucía Recepción"
    assert audit_events(context)[-1].action == "staff_signed_in"
    assert audit_events(context)[-1].actor == "Lucía Recepción"


def test_wrong_secret_and_unknown_user_same_message(context, receptionist):
    before = len(audit_events(context))
    with pytest.raises(UserError) as wrong_secret:
        staff.authenticate(context, "lucia", "4321")
    with pytest.raises(UserError) as unknown_user:
        staff.authenticate(context, "nobody", "1234")
    assert str(wrong_secret.value) == str(unknown_user.value)
    assert "wrong" in str(wrong_secret.value)
    assert len(audit_events(context)) == before


def test_inactive_staff_cannot_sign_in(context, as_admin, receptionist):
    staff.set_active(as_admin, receptionist.id, False)
    with pytest.raises(UserError, match="deactivated"):
        staff.authenticate(context, "lucia", "1234")
    staff.set_active(as_admin, receptionist.id, True)
    assert staff.authenticate(context, "lucia", "1234").id == receptionist.id


def test_deactivated_signed_in_person_is_denied(context, as_admin, manager):
    as_manager = acting_as(context, manager)
    staff.set_active(as_admin, manager.id, False)
    with pytest.raises(UserError, match="deactivated"):
        staff.require(as_manager, Permission.EDIT_SETTINGS)


# Secret rules

@pytest.mark.parametrize("secret, shown", [
    ("", "Type a password or a PIN"),
    ("    ", "Type a password or a PIN"),
    ("123", "A PIN needs at least 4 digits; this one has 3"),
    ("abc1234", "A password needs at least 8 characters; this one has 7"),
    ("x" * 129, "the maximum is 128"),
])
def test_secret_rules_named_in_message(secret, shown):
    with pytest.raises(UserError) as error:
        staff.validate_secret(secret)
    assert shown in str(error.value)
    assert error.value.field == "secret"


@pytest.mark.parametrize("secret", ["1234", "00000000", "abcdefgh", "contraseña larga"])
def test_valid_secrets_pass(secret):
    assert staff.validate_secret(secret) == secret


def test_create_staff_rejects_bad_fields(as_admin):
    before = count(as_admin, models.StaffMember)
    with pytest.raises(ValidationErrors) as error:
        staff.create_staff(as_admin, "bad name!", "", "boss", "12")
    fields = {item.field for item in error.value.errors}
    assert fields == {"username", "display_name", "role", "secret"}
    assert count(as_admin, models.StaffMember) == before


def test_create_staff_rejects_taken_username(as_admin, receptionist):
    with pytest.raises(UserError, match="already taken"):
        staff.create_staff(as_admin, "LUCIA", "Otra Lucía", Role.VET, "5678")


def test_change_own_secret_needs_current(context, receptionist):
    as_lucia = acting_as(context, receptionist)
    with pytest.raises(UserError, match="current password or PIN is wrong"):
        staff.change_secret(as_lucia, receptionist.id, "98765", current_secret="0000")
    staff.change_secret(as_lucia, receptionist.id, "98765", current_secret="1234")
    assert staff.authenticate(context, "lucia", "98765").id == receptionist.id


def test_admin_resets_secret(context, as_admin, receptionist):
    staff.change_secret(as_admin, receptionist.id, "nueva-clave")
    with pytest.raises(UserError):
        staff.authenticate(context, "lucia", "1234")
    assert staff.authenticate(context, "lucia", "nueva-clave").id == receptionist.id
    assert audit_events(context)[-1].action == "staff_signed_in"


# Roles and permissions

def test_role_table_matches_roles():
    assert staff.ROLE_PERMISSIONS[Role.RECEPTION] == {Permission.RECORD_MONEY, Permission.EDIT_CLIENTS}
    assert staff.ROLE_PERMISSIONS[Role.VET] == staff.ROLE_PERMISSIONS[Role.RECEPTION]
    assert Permission.MANAGE_STAFF not in staff.ROLE_PERMISSIONS[Role.MANAGER]
    assert Permission.OVERRIDE_BANNER in staff.ROLE_PERMISSIONS[Role.MANAGER]
    assert staff.ROLE_PERMISSIONS[Role.ADMINISTRATOR] == set(Permission)


@pytest.mark.parametrize("permission", list(Permission))
def test_denial_message_names_allowed_roles(permission):
    text = staff._DENIED[permission]
    for role in Role:
        named = f" {role.value}" in text or f"{role.value} role" in text
        assert named == (permission in staff.ROLE_PERMISSIONS[role]), (role, text)


def test_receptionist_cannot_override_banner(context, clinic, receptionist):
    client_id = overdue_client(context)
    overrides = count(context, models.BannerOverride)
    events = len(audit_events(context))
    with pytest.raises(UserError, match="manager or administrator"):
        accounts.override_banner(acting_as(context, receptionist), client_id, "Cliente de confianza, paga el lunes")
    assert count(context, models.BannerOverride) == overrides
    assert len(audit_events(context)) == events


def test_manager_can_override_banner(context, clinic, manager):
    client_id = overdue_client(context)
    accounts.override_banner(acting_as(context, manager), client_id, "Cliente de confianza, paga el lunes")
    with context.database.read() as session:
        row = session.scalars(select(models.BannerOverride)).one()
    assert row.created_by == "Marta Gerente"


def test_receptionist_cannot_change_settings(context, clinic, receptionist):
    as_lucia = acting_as(context, receptionist)
    with pytest.raises(UserError, match="Changing the clinic's settings"):
        settings.update_settings(as_lucia, {settings.BANNER_GRACE_DAYS.key: 9})
    with pytest.raises(UserError, match="Changing the clinic's settings"):
        save_clinic(as_lucia, replace(get_clinic(context), name="Otra"))
    assert settings.read_settings(context)[settings.BANNER_GRACE_DAYS.key] == 0
    assert get_clinic(context).name == clinic.name


def test_manager_can_change_settings(context, clinic, manager):
    as_marta = acting_as(context, manager)
    settings.update_settings(as_marta, {settings.BANNER_GRACE_DAYS.key: 9,
                                        settings.STAFF_IDLE_LOCK_MINUTES.key: 15})
    save_clinic(as_marta, replace(get_clinic(context), name="Clínica Nueva"))
    assert settings.read_settings(context)[settings.BANNER_GRACE_DAYS.key] == 9
    assert staff.idle_lock_minutes(context) == 15
    assert get_clinic(context).name == "Clínica Nueva"


def test_manager_cannot_toggle_simple_mode(context, manager):
    with pytest.raises(UserError, match="administrator role"):
        settings.update_settings(acting_as(context, manager), {settings.STAFF_SIMPLE_MODE.key: True})
    assert not staff.simple_mode_active(context)


def test_receptionist_write_off_denied(context, receptionist):
    as_lucia = acting_as(context, receptionist)
    with pytest.raises(UserError, match="Writing off a debt needs the manager or administrator role"):
        staff.require(as_lucia, Permission.WRITE_OFF)
    with pytest.raises(UserError, match="Cancelling a payment agreement"):
        staff.require(as_lucia, Permission.CANCEL_AGREEMENT)
    staff.require(as_lucia, Permission.RECORD_MONEY)


def test_role_change_applies_at_once(context, as_admin, receptionist):
    as_lucia = acting_as(context, receptionist)
    assert not staff.allows(as_lucia, Permission.WRITE_OFF)
    staff.set_role(as_admin, receptionist.id, Role.MANAGER)
    assert staff.allows(as_lucia, Permission.WRITE_OFF)


def test_administrator_manages_staff(context, as_admin, receptionist, manager):
    staff.set_role(as_admin, receptionist.id, "vet")
    staff.set_active(as_admin, manager.id, False)
    listed = {account.username: account for account in staff.list_staff(as_admin)}
    assert set(listed) == {"ana", "lucia", "marta"}
    assert listed["lucia"].role is Role.VET
    assert not listed["marta"].active
    actions = [event.action for event in audit_events(context)]
    assert actions[-2:] == ["staff_role_changed", "staff_deactivated"]


def test_manager_cannot_manage_staff(context, manager, receptionist):
    as_marta = acting_as(context, manager)
    with pytest.raises(UserError, match="Managing staff accounts needs the administrator role"):
        staff.create_staff(as_marta, "pablo", "Pablo", Role.VET, "4444")
    with pytest.raises(UserError, match="administrator role"):
        staff.list_staff(as_marta)
    with pytest.raises(UserError, match="administrator role"):
        staff.change_secret(as_marta, receptionist.id, "5555")
    assert count(context, models.StaffMember) == 3


def test_last_administrator_is_kept(as_admin, admin, receptionist):
    with pytest.raises(UserError, match="own account"):
        staff.set_active(as_admin, admin.id, False)
    with pytest.raises(UserError, match="only active administrator"):
        staff.set_role(as_admin, admin.id, Role.MANAGER)


def test_unknown_staff_id_not_found(as_admin):
    with pytest.raises(UserError, match="was not found"):
        staff.set_active(as_admin, 999, False)


# Simple mode

def test_new_database_is_simple_mode(context):
    assert staff.simple_mode_active(context)
    for permission in Permission:
        staff.require(context, permission)


def test_first_administrator_turns_simple_mode_off(context, admin):
    assert not staff.simple_mode_active(context)
    assert settings.read_settings(context)[settings.STAFF_SIMPLE_MODE.key] is False
    with pytest.raises(UserError, match="Nobody is signed in"):
        staff.require(context, Permission.RECORD_MONEY)
    with pytest.raises(UserError, match="already has staff accounts"):
        staff.create_first_administrator(context, "otro", "Otro", ADMIN_SECRET)


def test_context_without_staff_denied_after_accounts(context, clinic, admin):
    client_id = overdue_client(acting_as(context, admin))
    with pytest.raises(UserError, match="Nobody is signed in"):
        accounts.override_banner(context, client_id, "Cliente de confianza, paga el lunes")
    assert count(context, models.BannerOverride) == 0


def test_simple_mode_allows_all(context, as_admin, receptionist):
    settings.update_settings(as_admin, {settings.STAFF_SIMPLE_MODE.key: True})
    assert staff.simple_mode_active(context)
    for permission in Permission:
        staff.require(context, permission)
    # A signed-in person still acts with their own role.
    assert not staff.allows(acting_as(context, receptionist), Permission.WRITE_OFF)


def test_simple_mode_off_needs_administrator(context):
    with pytest.raises(UserError, match="active administrator account exists"):
        settings.update_settings(context, {settings.STAFF_SIMPLE_MODE.key: False})
    assert staff.simple_mode_active(context)


@pytest.mark.parametrize("minutes", [-1, settings.MAX_IDLE_LOCK_MINUTES + 1])
def test_idle_minutes_out_of_range(context, minutes):
    with pytest.raises(UserError, match="out of range"):
        settings.update_settings(context, {settings.STAFF_IDLE_LOCK_MINUTES.key: minutes})
    assert staff.idle_lock_minutes(context) == 5
