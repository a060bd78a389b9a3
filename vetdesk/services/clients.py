"""Clients and their pets: look-up as you type, details, and validated edits."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vetdesk.domain.identity import (
    normalize_phone,
    search_key,
    search_terms,
    validate_email,
    validate_id_number,
    validate_postal_code,
)
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money
from vetdesk.services.audit import record_event
from vetdesk.services.context import ServiceContext
from vetdesk.storage.models import Client, Pet, PetOwner, SearchTerm

CTX = "Clients"
SEARCH_LIMIT = 50
_DIGITS_ONLY = re.compile(r"^\+?[\d\s\-.]{3,}$")
_ID_NUMBER = re.compile(r"^(\d{8}|[xyz]\d{7})[a-z]$")


@dataclass(frozen=True)
class ClientDetails:
    """The editable data of a client. ``id`` is None for a client not stored yet."""

    given_name: str
    surnames: str = ""
    id_number: str = ""
    phone: str = ""
    phone2: str = ""
    email: str = ""
    address_line: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    consent_email: bool = False
    consent_sms: bool = False
    consent_post: bool = True
    notes: str = ""
    no_reminders: bool = False
    id: int | None = None
    version: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.surnames}".strip()


@dataclass(frozen=True)
class OwnerInfo:
    client_id: int
    name: str
    responsible: bool


@dataclass(frozen=True)
class PetInfo:
    id: int
    name: str
    species: str
    breed: str
    sex: str
    birth_date: date | None
    microchip: str
    owners: tuple[OwnerInfo, ...] = ()

    def other_owners(self, client_id: int) -> tuple[OwnerInfo, ...]:
        return tuple(owner for owner in self.owners if owner.client_id != client_id)


@dataclass(frozen=True)
class SearchResult:
    client_id: int
    name: str
    phone: str
    id_number: str
    pets: tuple[str, ...]
    # The pet whose name matched the query, if the match came from a pet.
    matched_pet_id: int | None = None
    balance: Money = field(default_factory=Money.zero)
    overdue: Money = field(default_factory=Money.zero)


def client_terms(client: Client) -> set[str]:
    """Return the search words of a client's own data (names, DNI/NIE, phones)."""
    terms = search_terms(client.given_name, client.surnames)
    if client.id_number:
        terms.add(client.id_number.lower())
    for phone in (client.phone, client.phone2):
        digits = re.sub(r"\D", "", phone)
        if digits.startswith("34") and len(digits) == 11:
            digits = digits[2:]
        if digits:
            terms.add(digits)
    return terms


def rebuild_search_terms(session: Session, client_id: int) -> None:
    """Replace the search words of one client, from their data and their pets' names."""
    session.flush()
    client = session.get(Client, client_id)
    session.execute(delete(SearchTerm).where(SearchTerm.client_id == client_id))
    rows = [SearchTerm(term=term[:100], client_id=client_id) for term in client_terms(client)]
    pets = session.execute(
        select(Pet.id, Pet.name).join(PetOwner, PetOwner.pet_id == Pet.id).where(PetOwner.client_id == client_id)
    )
    for pet_id, pet_name in pets:
        for term in search_terms(pet_name):
            rows.append(SearchTerm(term=term[:100], client_id=client_id, pet_id=pet_id))
    session.add_all(rows)


def _prefix_condition(word: str):
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    return (SearchTerm.term >= word) & (SearchTerm.term < upper)


def _query_words(text: str) -> list[str]:
    """Split a query into search words; a phone number typed with spaces stays one word."""
    stripped = text.strip()
    compact = re.sub(r"[\s.\-]", "", stripped).lower()
    if _ID_NUMBER.match(compact):
        # A DNI or NIE typed with dashes, dots or spaces is one word, as it is stored.
        return [compact]
    if _DIGITS_ONLY.match(stripped):
        digits = re.sub(r"\D", "", stripped)
        if stripped.startswith("+34") or (digits.startswith("0034")):
            digits = digits[-9:] if len(digits) >= 11 else digits
        return [digits] if digits else []
    return sorted(search_terms(stripped), key=len, reverse=True)


# A word matching at least this many search terms is broad: walking the client
# index in name order and stopping at the limit is then faster than sorting
# every match.
BROAD_PREFIX_TERMS = 5000


def _prefix_term_count(session: Session, word: str) -> int:
    """Count the search terms starting with ``word``, stopping at BROAD_PREFIX_TERMS."""
    matching = select(SearchTerm.client_id).where(_prefix_condition(word)).limit(BROAD_PREFIX_TERMS)
    return session.scalar(select(func.count()).select_from(matching.subquery())) or 0


def search_client_ids(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[tuple[int, int | None]]:
    """Return (client id, matched pet id) pairs for ``text``, ordered by surname.

    Every word of the query must start one of the client's search words, so
    "nunez carm" finds "Carmen Núñez" and "luna" finds the owners of Luna.
    The query plan depends on how many terms each word matches: the clients of
    the most selective word are checked for the other words one by one.
    """
    words = _query_words(text)
    if not words:
        return []
    counts = {word: _prefix_term_count(session, word) for word in words}
    selective = min(words, key=lambda word: counts[word])
    others = [word for word in words if word != selective]

    def has_word(word: str):
        return exists().where(SearchTerm.client_id == Client.id, _prefix_condition(word))

    if len(words) == 1 and counts[selective] >= BROAD_PREFIX_TERMS:
        conditions = [has_word(selective)]
    else:
        candidates = select(SearchTerm.client_id).where(_prefix_condition(selective))
        conditions = [Client.id.in_(candidates), *(has_word(word) for word in others)]
    ids = session.scalars(
        select(Client.id).where(*conditions).order_by(Client.sort_key, Client.id).limit(limit)
    ).all()
    if not ids:
        return []
    pet_matches: dict[int, int] = {}
    pet_rows = session.execute(
        select(SearchTerm.client_id, SearchTerm.pet_id)
        .where(SearchTerm.client_id.in_(ids), SearchTerm.pet_id.is_not(None))
        .where(_prefix_condition(words[0]))
    )
    for client_id, pet_id in pet_rows:
        pet_matches.setdefault(client_id, pet_id)
    return [(client_id, pet_matches.get(client_id)) for client_id in ids]


def search(context: ServiceContext, text: str, limit: int = SEARCH_LIMIT) -> list[SearchResult]:
    """Find clients by owner name, pet name, phone or DNI/NIE, with their balances."""
    from vetdesk.services.accounts import statuses_for_clients

    with context.database.read() as session:
        hits = search_client_ids(session, text, limit)
        if not hits:
            return []
        ids = [client_id for client_id, _ in hits]
        clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids)))}
        pets: dict[int, list[str]] = {client_id: [] for client_id in ids}
        for client_id, name in session.execute(
            select(PetOwner.client_id, Pet.name)
            .join(Pet, Pet.id == PetOwner.pet_id)
            .where(PetOwner.client_id.in_(ids))
            .order_by(Pet.name)
        ):
            pets[client_id].append(name)
        statuses = statuses_for_clients(context, session, ids)
    results = []
    for client_id, pet_id in hits:
        client = clients[client_id]
        status = statuses[client_id]
        results.append(
            SearchResult(
                client_id=client_id,
                name=f"{client.surnames}, {client.given_name}" if client.surnames else client.given_name,
                phone=client.phone,
                id_number=client.id_number or "",
                pets=tuple(pets[client_id]),
                matched_pet_id=pet_id,
                balance=status.balance,
                overdue=status.overdue,
            )
        )
    return results


def _details_from_row(client: Client) -> ClientDetails:
    return ClientDetails(
        id=client.id, version=client.version, given_name=client.given_name, surnames=client.surnames,
        id_number=client.id_number or "", phone=client.phone, phone2=client.phone2, email=client.email,
        address_line=client.address_line, postal_code=client.postal_code, city=client.city,
        province=client.province, consent_email=client.consent_email, consent_sms=client.consent_sms,
        consent_post=client.consent_post, notes=client.notes, no_reminders=client.no_reminders,
    )


def _not_found(client_id: int) -> UserError:
    return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Client number {id} was not found. Search for the client again."), {"id": client_id}))


def get_client(context: ServiceContext, client_id: int) -> ClientDetails:
    with context.database.read() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise _not_found(client_id)
        return _details_from_row(client)


def validate_client(details: ClientDetails) -> ClientDetails:
    """Return ``details`` normalised, or raise ValidationErrors naming each invalid field."""
    errors: list[UserError] = []
    cleaned = replace(
        details,
        given_name=" ".join(details.given_name.split()),
        surnames=" ".join(details.surnames.split()),
        address_line=details.address_line.strip(),
        city=details.city.strip(),
        province=details.province.strip(),
        notes=details.notes.strip(),
    )
    if not cleaned.given_name:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Type the client's given name.")), field="given_name"))

    validators = {
        "id_number": validate_id_number,
        "phone": normalize_phone,
        "phone2": normalize_phone,
        "email": validate_email,
        "postal_code": validate_postal_code,
    }
    for name, validator in validators.items():
        value = getattr(details, name).strip()
        if not value:
            cleaned = replace(cleaned, **{name: ""})
            continue
        try:
            cleaned = replace(cleaned, **{name: validator(value)})
        except UserError as error:
            errors.append(UserError(error.message, field=name))

    if cleaned.consent_email and not cleaned.email:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Email reminders are allowed but there is no email address. Type one or clear the consent.")),
            field="consent_email"))
    if cleaned.consent_sms and not cleaned.phone:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Text messages are allowed but there is no phone number. Type one or clear the consent.")),
            field="consent_sms"))
    if errors:
        raise ValidationErrors(errors)
    return cleaned


def _check_unique_id_number(session: Session, cleaned: ClientDetails) -> None:
    if not cleaned.id_number:
        return
    other = session.scalars(
        select(Client).where(Client.id_number == cleaned.id_number, Client.id != (cleaned.id or 0))
    ).first()
    if other is not None:
        raise ValidationErrors([UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "The DNI/NIE {value} already belongs to {name}. Open that client instead of creating a new one."),
            {"value": cleaned.id_number, "name": f"{other.given_name} {other.surnames}".strip()}),
            field="id_number")])


_EDITABLE = [name for name in ClientDetails.__dataclass_fields__ if name not in ("id", "version")]


def _apply(client: Client, cleaned: ClientDetails) -> None:
    for name in _EDITABLE:
        value = getattr(cleaned, name)
        if name == "id_number":
            value = value or None
        setattr(client, name, value)
    client.sort_key = search_key(f"{cleaned.surnames} {cleaned.given_name}")[:260]


def save_client(context: ServiceContext, details: ClientDetails) -> ClientDetails:
    """Create or update a client after validation; a stale edit is rejected, not overwritten."""
    cleaned = validate_client(details)
    with context.database.transaction() as session:
        _check_unique_id_number(session, cleaned)
        if cleaned.id is None:
            client = Client(created_at=context.now(), updated_at=context.now())
            before = None
            session.add(client)
        else:
            client = session.get(Client, cleaned.id)
            if client is None:
                raise _not_found(cleaned.id)
            if client.version != cleaned.version:
                raise _stale_error(client)
            if client.anonymised_at is not None:
                raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                    "Clients", "The personal data of client number {id} was erased at their request, so it "
                    "cannot be filled in again. If the person comes back, create a new client."),
                    {"id": client.id}))
            before = {name: getattr(client, name) for name in _EDITABLE}
            client.updated_at = context.now()
        _apply(client, cleaned)
        try:
            session.flush()
        except StaleDataError:
            raise _stale_error(client) from None
        rebuild_search_terms(session, client.id)
        after = {name: getattr(cleaned, name) for name in _EDITABLE}
        changed = {k: v for k, v in after.items() if before is None or before.get(k) != v}
        record_event(session, context, action="client_saved", entity="client", entity_id=client.id,
                     before=None if before is None else {k: before[k] for k in changed}, after=changed)
        session.flush()
        return _details_from_row(client)


class StaleEdit(UserError):
    """A save based on an older version of a client than the one stored; nothing was written.

    ``client_id`` names the client, so the form can load the stored version and
    show it beside the values that were typed.
    """

    def __init__(self, message: UserMessage, client_id: int) -> None:
        super().__init__(message)
        self.client_id = client_id


def _stale_error(client: Client) -> StaleEdit:
    return StaleEdit(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Someone else changed {name} while you were editing. Reopen the client and make your changes again."),
        {"name": f"{client.given_name} {client.surnames}".strip()}), client.id)


def pets_of_client(context: ServiceContext, client_id: int) -> list[PetInfo]:
    """Return the pets a client owns or co-owns, each with all its owners."""
    with context.database.read() as session:
        pet_ids = select(PetOwner.pet_id).where(PetOwner.client_id == client_id)
        return _pets_with_owners(session, pet_ids)


def get_pet(context: ServiceContext, pet_id: int) -> PetInfo:
    with context.database.read() as session:
        pets = _pets_with_owners(session, select(Pet.id).where(Pet.id == pet_id))
    if not pets:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Pet number {id} was not found."), {"id": pet_id}))
    return pets[0]


def _pets_with_owners(session: Session, pet_ids) -> list[PetInfo]:
    pets = session.scalars(select(Pet).where(Pet.id.in_(pet_ids)).order_by(Pet.name, Pet.id)).all()
    owners: dict[int, list[OwnerInfo]] = {pet.id: [] for pet in pets}
    rows = session.execute(
        select(PetOwner.pet_id, PetOwner.responsible, Client.id, Client.given_name, Client.surnames)
        .join(Client, Client.id == PetOwner.client_id)
        .where(PetOwner.pet_id.in_(list(owners)))
        .order_by(PetOwner.responsible.desc(), Client.sort_key)
    )
    for pet_id, responsible, client_id, given_name, surnames in rows:
        owners[pet_id].append(OwnerInfo(client_id, f"{given_name} {surnames}".strip(), responsible))
    return [
        PetInfo(pet.id, pet.name, pet.species, pet.breed, pet.sex, pet.birth_date, pet.microchip,
                tuple(owners[pet.id]))
        for pet in pets
    ]


@dataclass(frozen=True)
class NewPet:
    name: str
    species: str = ""
    breed: str = ""
    sex: str = ""
    birth_date: date | None = None
    microchip: str = ""


def validate_pet(pet: NewPet, today: date) -> NewPet:
    errors: list[UserError] = []
    name = " ".join(pet.name.split())
    if not name:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Type the pet's name.")), field="name"))
    if pet.sex not in ("", "male", "female"):
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "The sex \"{value}\" is not valid. Choose male, female or leave it empty."),
            {"value": pet.sex}), field="sex"))
    if pet.birth_date and pet.birth_date > today:
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "The birth date {value} is in the future. Check the date."),
            {"value": pet.birth_date.strftime("%d/%m/%Y")}), field="birth_date"))
    chip = re.sub(r"\s", "", pet.microchip)
    if chip and not re.fullmatch(r"\d{15}", chip):
        errors.append(UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "The microchip number \"{value}\" is not valid. It must have 15 digits."),
            {"value": pet.microchip}), field="microchip"))
    if errors:
        raise ValidationErrors(errors)
    return replace(pet, name=name, species=pet.species.strip(), breed=pet.breed.strip(), microchip=chip)


def add_pet(context: ServiceContext, owner_id: int, pet: NewPet, co_owner_ids: tuple[int, ...] = ()) -> int:
    """Store a pet with its responsible owner and optional co-owners; return its id."""
    from vetdesk.domain.formatting import today_in
    from vetdesk.services.clinic import clinic_time_zone

    cleaned = validate_pet(pet, today_in(clinic_time_zone(context), context.now()))
    with context.database.transaction() as session:
        for client_id in (owner_id, *co_owner_ids):
            if session.get(Client, client_id) is None:
                raise _not_found(client_id)
        row = Pet(created_at=context.now(), **asdict(cleaned))
        session.add(row)
        session.flush()
        session.add(PetOwner(pet_id=row.id, client_id=owner_id, responsible=True))
        for client_id in co_owner_ids:
            if client_id != owner_id:
                session.add(PetOwner(pet_id=row.id, client_id=client_id, responsible=False))
        for client_id in {owner_id, *co_owner_ids}:
            rebuild_search_terms(session, client_id)
        record_event(session, context, action="pet_added", entity="pet", entity_id=row.id,
                     after={**asdict(cleaned), "owner_id": owner_id, "co_owner_ids": list(co_owner_ids)})
        return row.id


def count_clients(context: ServiceContext) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def add_co_owner(context: ServiceContext, pet_id: int, client_id: int) -> None:
    """Link another client to a pet as co-owner; the pet then shows in both clients' panes."""
    with context.database.transaction() as session:
        pet = session.get(Pet, pet_id)
        if pet is None:
            raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Clients", "Pet number {id} was not found."),
                                        {"id": pet_id}))
        client = session.get(Client, client_id)
        if client is None:
            raise _not_found(client_id)
        if session.get(PetOwner, {"pet_id": pet_id, "client_id": client_id}) is not None:
            raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "Clients", "{name} is already an owner of {pet}."),
                {"name": f"{client.given_name} {client.surnames}".strip(), "pet": pet.name}))
        session.add(PetOwner(pet_id=pet_id, client_id=client_id, responsible=False))
        rebuild_search_terms(session, client_id)
        record_event(session, context, action="co_owner_added", entity="pet", entity_id=pet_id,
                     after={"client_id": client_id})

