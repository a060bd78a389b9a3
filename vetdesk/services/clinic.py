"""The clinic's own identity: name, tax id, address, bank account, time zone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from vetdesk.domain.identity import validate_email, validate_iban, validate_tax_id, normalize_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.services import staff
from vetdesk.services.audit import record_event
from vetdesk.services.context import ServiceContext
from vetdesk.storage.models import Clinic

CTX = "Clinic"
DEFAULT_TIME_ZONE = "Europe/Madrid"
MAX_LOGO_BYTES = 1_000_000
# Letters and forms embed the logo, and PDF libraries read these two formats.
_LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class ClinicInfo:
    name: str
    tax_id: str
    address_line: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    phone: str = ""
    email: str = ""
    iban: str = ""
    time_zone: str = DEFAULT_TIME_ZONE
    logo: bytes | None = None


def _required(value: str, field: str, source: str) -> UserError | None:
    if value.strip():
        return None
    return UserError(UserMessage(CTX, source), field=field)


def validate_clinic(info: ClinicInfo) -> ClinicInfo:
    """Return ``info`` with normalised values, or raise ValidationErrors listing every problem."""
    errors: list[UserError] = []
    cleaned = replace(info, name=info.name.strip(), address_line=info.address_line.strip())

    missing_name = _required(info.name, "name", QT_TRANSLATE_NOOP("Clinic", "Type the clinic's name."))
    if missing_name:
        errors.append(missing_name)

    def check(field: str, validator, value: str) -> None:
        nonlocal cleaned
        if not value.strip():
            return
        try:
            cleaned = replace(cleaned, **{field: validator(value)})
        except UserError as error:
            errors.append(UserError(error.message, field=field))

    if not info.tax_id.strip():
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clinic", "Type the clinic's CIF or NIF, for example B12345674.")), field="tax_id"))
    check("tax_id", validate_tax_id, info.tax_id)
    check("email", validate_email, info.email)
    check("iban", validate_iban, info.iban)
    check("phone", normalize_phone, info.phone)
    if info.logo is not None:
        if len(info.logo) > MAX_LOGO_BYTES:
            errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Clinic", "The logo has {size} KB; the maximum is {maximum} KB. Save a smaller image."),
                {"size": len(info.logo) // 1000, "maximum": MAX_LOGO_BYTES // 1000}), field="logo"))
        elif not info.logo.startswith(_LOGO_SIGNATURES):
            errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Clinic", "The logo is not a PNG or JPEG image. Choose a .png or .jpg file.")), field="logo"))
    try:
        ZoneInfo(info.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clinic", "The time zone \"{value}\" is unknown. Use a name such as Europe/Madrid."),
            {"value": info.time_zone}), field="time_zone"))
    if errors:
        raise ValidationErrors(errors)
    return cleaned


def get_clinic(context: ServiceContext) -> ClinicInfo | None:
    with context.database.read() as session:
        clinic = session.scalars(select(Clinic).order_by(Clinic.id)).first()
        if clinic is None:
            return None
        return ClinicInfo(
            name=clinic.name, tax_id=clinic.tax_id, address_line=clinic.address_line,
            postal_code=clinic.postal_code, city=clinic.city, province=clinic.province,
            phone=clinic.phone, email=clinic.email, iban=clinic.iban,
            time_zone=clinic.time_zone, logo=clinic.logo,
        )


def clinic_time_zone(context: ServiceContext) -> str:
    clinic = get_clinic(context)
    return clinic.time_zone if clinic else DEFAULT_TIME_ZONE


def _audit_values(values: dict) -> dict:
    """Return the clinic's values for the audit log, with the logo as its size in bytes."""
    logo = values.get("logo")
    return {**{key: value for key, value in values.items() if key != "logo"},
            "logo_bytes": len(logo) if logo else None}


def save_clinic(context: ServiceContext, info: ClinicInfo) -> ClinicInfo:
    """Create the clinic on first start or update its data; the change is audited.

    Raises UserError unless the context may edit settings.
    """
    staff.require(context, staff.Permission.EDIT_SETTINGS)
    cleaned = validate_clinic(info)
    values = asdict(cleaned)
    with context.database.transaction() as session:
        clinic = session.scalars(select(Clinic).order_by(Clinic.id)).first()
        if clinic is None:
            clinic = Clinic(created_at=context.now(), **values)
            session.add(clinic)
            before = None
        else:
            before = _audit_values({key: getattr(clinic, key) for key in values})
            for key, value in values.items():
                setattr(clinic, key, value)
        session.flush()
        after = _audit_values(values)
        record_event(session, context, action="clinic_saved", entity="clinic",
                     entity_id=clinic.id, before=before, after=after)
    return cleaned
