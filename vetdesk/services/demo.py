"""A realistic Spanish demo clinic: clients, pets, two years of charges and payments, overdue debt.

``generate_demo_clinic`` is deterministic for a given seed and ``today``. It
writes with bulk Core inserts inside one transaction, so an interrupted run
leaves no clients behind, and it scales to 100,000 clients for benchmarks.

Names, phones and DNI/NIE numbers look real but are random. Email addresses
use the reserved example.com, example.net and example.org domains.

NOTE: a random Spanish mobile number may belong to a real person, so reminders
by SMS must never be sent from a demo clinic.
"""

from __future__ import annotations


import enum
import io
import logging
import math
import random
import time as wall_clock
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from stdnum.es import ccc, cif, dni, nie

from vetdesk.domain.formatting import today_in
from vetdesk.domain.identity import search_key, search_terms
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services.audit import record_event
from vetdesk.services.clients import client_terms
from vetdesk.services.clinic import DEFAULT_TIME_ZONE, ClinicInfo, validate_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.storage.database import Database, sqlite_url
from vetdesk.storage.balances import rebuild_all_balances
from vetdesk.storage.models import Client, Clinic, LedgerEntry, Pet, PetOwner, SearchTerm

log = logging.getLogger("vetdesk.demo")

DEFAULT_CLIENTS = 500
DEFAULT_SEED = 20261204
DEFAULT_PETS_PER_CLIENT = 1.4
# Rows per executemany call, which bounds the memory of one batch.
INSERT_BATCH_ROWS = 10_000
# Clients generated between two flushes, about 11,000 ledger rows.
CLIENTS_PER_CHUNK = 500
DEMO_ACTOR = "demo generator"

HISTORY_DAYS = 730
DEBTOR_SHARE = 0.10
NOT_YET_DUE_SHARE = 0.03
CO_OWNED_SHARE = 0.08
CLIENTS_WITHOUT_PETS_SHARE = 0.04
# Share of debtors per aging bucket (1-30, 31-60, 61-90 and more than 90 days overdue).
AGING_BUCKET_SHARES = (0.40, 0.20, 0.15, 0.25)
AGING_BUCKET_DAYS = ((1, 30), (31, 60), (61, 90), (91, 400))
# Visits per pet and year. A visit has about 1.6 charges and one payment, which gave
# 22.2 ledger entries per client at 1.5 pets per client in a run with 100,000 clients.
VISITS_PER_PET_YEAR = 3.2

RECEPTIONISTS = ("Lucía Romero", "Javier Ortega", "Begoña Ibáñez")

FEMALE_NAMES = (
    "María", "Carmen", "Ana", "Isabel", "Laura", "Lucía", "Marta", "Cristina", "Pilar", "Elena",
    "Paula", "Sara", "Raquel", "Rosa", "Beatriz", "Silvia", "Patricia", "Nuria", "Irene", "Andrea",
    "Mónica", "Sofía", "Alba", "Rocío", "Inés", "Begoña", "Ángela", "Verónica", "Noelia", "Ainhoa",
    "Montserrat", "Mercedes", "Dolores", "Concepción", "Julia", "Claudia", "Marina", "Eva", "Lorena",
    "Natalia", "Maite", "Estíbaliz", "Leire", "Nerea", "Aránzazu", "Covadonga", "Macarena", "Susana",
    "Yolanda", "Remedios", "María José", "María del Carmen", "Ana Belén", "María Ángeles", "María Jesús",
)  # fmt: skip
MALE_NAMES = (
    "Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús",
    "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro",
    "Adrián", "Diego", "Raúl", "Iván", "Rubén", "Óscar", "Andrés", "Ramón", "Joaquín", "Íñigo",
    "Iñaki", "Víctor", "Martín", "Hugo", "Mario", "Enrique", "Ángel", "Julián", "Gonzalo", "Germán",
    "Fermín", "Xabier", "Jordi", "Pau", "Nicolás", "Tomás", "Sebastián", "Agustín", "Mikel", "Aitor",
    "José Luis", "Juan Carlos", "José Antonio", "Juan José", "José María", "Francisco Javier",
    "Miguel Ángel", "José Ángel",
)  # fmt: skip
# Roughly in order of frequency in Spain; earlier names get higher weights.
SURNAMES = (
    "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
    "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
    "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano",
    "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín",
    "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano",
    "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León", "Herrera",
    "Márquez", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Díez",
    "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero", "Lorenzo", "Montero",
    "Hidalgo", "Giménez", "Ibáñez", "Ferrer", "Durán", "Santiago", "Benítez", "Mora", "Vicente",
    "Vargas", "Arias", "Carmona", "Crespo", "Román", "Pastor", "Soto", "Sáez", "Velasco", "Moya",
    "Soler", "Parra", "Esteban", "Bravo", "Gallardo", "Rojas", "Muñiz", "Nuñez", "Castaño", "Ordóñez",
    "Cañete", "Zúñiga", "Villaseñor", "Montaña", "Patiño", "Etxeberria", "Goikoetxea", "Puig",
    "de la Fuente", "del Río", "de la Torre",
)  # fmt: skip
_SURNAME_WEIGHTS = tuple(1.0 / (rank + 4) ** 0.9 for rank in range(len(SURNAMES)))

STREETS = (
    "Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle de Toledo", "Calle Real",
    "Calle de la Paz", "Avenida de España", "Calle Doctor Fleming", "Calle Príncipe de Vergara",
    "Calle Ramón y Cajal", "Plaza de España", "Calle Cervantes", "Calle San Isidro", "Calle Goya",
    "Calle de la Iglesia", "Calle Nueva", "Calle Jacinto Benavente", "Calle Federico García Lorca",
    "Calle Núñez de Balboa", "Avenida de los Reyes Católicos", "Calle Peñalara", "Calle Begoña",
    "Calle de las Huertas", "Paseo de la Estación", "Calle Antonio Machado", "Calle Santa Teresa",
)  # fmt: skip
# (city, province, first postal code, last postal code, weight): the clinic is in Madrid.
CITIES = (
    ("Madrid", "Madrid", 28001, 28055, 60),
    ("Getafe", "Madrid", 28901, 28909, 6),
    ("Leganés", "Madrid", 28911, 28919, 6),
    ("Alcorcón", "Madrid", 28921, 28925, 5),
    ("Móstoles", "Madrid", 28931, 28938, 5),
    ("Fuenlabrada", "Madrid", 28940, 28947, 4),
    ("Alcalá de Henares", "Madrid", 28801, 28807, 4),
    ("Torrejón de Ardoz", "Madrid", 28850, 28850, 3),
    ("Pozuelo de Alarcón", "Madrid", 28223, 28224, 3),
    ("Las Rozas de Madrid", "Madrid", 28230, 28232, 2),
    ("Majadahonda", "Madrid", 28220, 28222, 2),
)  # fmt: skip
_CITY_WEIGHTS = tuple(city[4] for city in CITIES)
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
CLIENT_NOTES = (
    "Prefiere que le llamen por la tarde.",
    "Perro nervioso con otros perros: esperar fuera hasta que le llamen.",
    "Paga siempre con tarjeta.",
    "Cliente de toda la vida; conoce a la doctora Peña.",
    "Avisar al móvil, no al fijo.",
)

PET_NAMES = (
    "Luna", "Rocky", "Nala", "Thor", "Kira", "Simba", "Coco", "Lola", "Toby", "Bimba", "Canela",
    "Chispa", "Trufa", "Nube", "Café", "Pelusa", "Brownie", "Max", "Lucas", "Bruno", "Leo", "Zeus",
    "Duna", "Mía", "Maya", "Noa", "Lúa", "Golfo", "Rufo", "Tango", "Tobías", "Nieve", "Copito", "Moka",
    "Oreo", "Milo", "Pipa", "Mora", "Sol", "Kiwi", "Perla", "Greta", "Olivia", "Jazmín", "Chulo",
    "Albóndiga", "Ñoño", "Piña", "Turrón", "Canelo", "Sombra", "Lía", "Ágata", "Bolita", "Chocolate",
)  # fmt: skip
SMALL_PET_NAMES = ("Piolín", "Kiwi", "Rico", "Tambor", "Copito", "Pelusa", "Bolita", "Nube", "Ñoño", "Pipo")


class Species(enum.Enum):
    DOG = "perro"
    CAT = "gato"
    RABBIT = "conejo"
    FERRET = "hurón"
    BIRD = "ave"


# (weight, breeds with weights, maximum age in years, share with a microchip)
SPECIES = {
    Species.DOG: (55, (("Mestizo", 40), ("Labrador Retriever", 8), ("Pastor Alemán", 5), ("Yorkshire Terrier", 6),
                       ("Chihuahua", 6), ("Caniche", 4), ("Bulldog Francés", 5), ("Golden Retriever", 4),
                       ("Beagle", 3), ("Galgo Español", 4), ("Podenco Andaluz", 4), ("Boxer", 2), ("Teckel", 3),
                       ("Border Collie", 3), ("Shih Tzu", 3), ("Bichón Maltés", 3), ("Schnauzer Miniatura", 3),
                       ("Mastín Español", 2), ("Carlino", 2), ("Cocker Spaniel", 2), ("Jack Russell Terrier", 3),
                       ("Perro de Agua Español", 2), ("Bretón", 2)), 16, 0.95),
    Species.CAT: (35, (("Común europeo", 60), ("Siamés", 8), ("Persa", 6), ("Maine Coon", 4),
                       ("British Shorthair", 5), ("Bosque de Noruega", 3), ("Sphynx", 2), ("Ragdoll", 3),
                       ("Bengalí", 3), ("Azul Ruso", 3)), 18, 0.8),
    Species.RABBIT: (4, (("Belier", 4), ("Enano holandés", 4), ("Cabeza de león", 2), ("Rex", 1), ("Común", 3)),
                     9, 0.1),
    Species.FERRET: (2, (("Común", 1),), 8, 0.9),
    Species.BIRD: (4, (("Periquito", 5), ("Agapornis", 3), ("Ninfa", 3), ("Canario", 4), ("Loro gris africano", 1),
                       ("Cotorra argentina", 1)), 15, 0.0),
}
_SPECIES_LIST = tuple(SPECIES)
_SPECIES_WEIGHTS = tuple(SPECIES[species][0] for species in _SPECIES_LIST)

# Charge lines: (description, lowest price in cents, highest price in cents).
CONSULT = ("Consulta general", 3000, 4500)
EXOTIC_CONSULT = ("Consulta de animales exóticos", 4000, 5500)
REVIEW = ("Revisión", 1500, 2500)
EMERGENCY = ("Consulta de urgencia", 6000, 9500)
DEWORM_INTERNAL = ("Desparasitación interna", 1000, 1800)
DEWORM_EXTERNAL = ("Desparasitación externa (pipeta)", 1500, 2800)
RABIES_VACCINE = ("Vacuna antirrábica", 3000, 4000)
SPECIES_VACCINES = {
    Species.DOG: (RABIES_VACCINE, ("Vacuna polivalente canina", 3800, 5000), ("Vacuna de la leishmaniosis", 5500, 7000)),
    Species.CAT: (("Vacuna trivalente felina", 3500, 4500), ("Vacuna de la leucemia felina", 4000, 5000), RABIES_VACCINE),
    Species.RABBIT: (("Vacuna de la mixomatosis y hemorrágica vírica", 3500, 4500),),
    Species.FERRET: (("Vacuna del moquillo", 3500, 4500), RABIES_VACCINE),
    Species.BIRD: (),
}
TESTS = (
    ("Análisis de sangre (hemograma y bioquímica)", 6000, 9500), ("Análisis de orina", 2000, 3500),
    ("Radiografía", 4000, 7000), ("Ecografía abdominal", 5500, 8500), ("Citología", 3000, 4500),
)  # fmt: skip
MEDICATION = (("Medicación (antibiótico)", 1200, 3500), ("Antiinflamatorio", 1000, 2500), ("Colirio", 800, 1500))
FOOD = {
    Species.DOG: (("Pienso (saco 12 kg)", 4500, 7500), ("Pienso veterinario renal", 5500, 8500)),
    Species.CAT: (("Pienso para gatos esterilizados", 3000, 5500), ("Pienso veterinario urinario", 3500, 6000)),
    Species.RABBIT: (("Heno y pienso para conejos", 1200, 2500),),
    Species.FERRET: (("Pienso para hurones", 1800, 3000),),
    Species.BIRD: (("Mezcla de semillas", 600, 1500),),
}
SURGERIES = (
    ("Cirugía: castración", 12000, 25000), ("Cirugía: esterilización (ovariohisterectomía)", 18000, 35000),
    ("Limpieza dental (tartrectomía)", 9000, 16000), ("Cirugía: extirpación de masa", 20000, 45000),
)  # fmt: skip
PRE_SURGERY_TESTS = ("Análisis prequirúrgico", 4500, 6500)
HOSPITAL_DAY = ("Hospitalización", 4000, 6500)
GROOMING = ("Peluquería canina", 2500, 5000)
NAIL_TRIM = ("Corte de uñas", 800, 1200)
PET_FOOD_ONLY = ("Pienso (venta en mostrador)", 2500, 6000)
CREDIT_NOTE_REASONS = ("Abono: error en el importe cobrado", "Abono: descuento por cliente habitual",
                       "Abono: servicio no realizado")


class VisitKind(enum.Enum):
    CONSULTATION = "consultation"
    VACCINATION = "vaccination"
    DEWORMING = "deworming"
    FOOD = "food"
    REVIEW = "review"
    GROOMING = "grooming"
    EMERGENCY = "emergency"
    SURGERY = "surgery"


_VISIT_KINDS = tuple(VisitKind)
# Relative frequency of each kind of visit, in the order of VisitKind.
_VISIT_WEIGHTS = (32, 22, 12, 12, 9, 6, 4, 3)
# Unpaid visits are more often emergencies and surgery.
_DEBT_VISIT_WEIGHTS = (30, 10, 5, 10, 5, 5, 15, 20)


class Profile(enum.Enum):
    """The state of a client's account on ``today``: settled, overdue or not yet due."""

    SETTLED = "settled"
    OVERDUE = "overdue"
    NOT_YET_DUE = "not_yet_due"


@dataclass(frozen=True)
class DemoSummary:
    """Counts of what ``generate_demo_clinic`` stored."""

    clients: int
    pets: int
    co_owned_pets: int
    ledger_entries: int
    # Clients with overdue debt on ``today``.
    debtors: int
    # Clients whose only debt is not due yet on ``today``.
    not_yet_due_clients: int
    search_terms: int
    today: date


ProgressCallback = Callable[[int, int], None]


class DemoDatabaseNotEmpty(ValueError):
    """The target database already has clients, so demo data would mix with them."""


def generate_demo_clinic(
    database: Database,
    *,
    clients: int = DEFAULT_CLIENTS,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: ProgressCallback | None = None,
    pets_per_client: float = DEFAULT_PETS_PER_CLIENT,
) -> DemoSummary:
    """Fill a database without clients with a demo clinic and return what was stored.

    The clinic row is created unless one exists. ``today`` defaults to today
    in the clinic's time zone, and the ledger covers the two years before it.
    ``progress`` is called with (clients done, clients in total) after each
    chunk. Raise DemoDatabaseNotEmpty if the database already has clients.
    """
    if clients < 1:
        raise ValueError(f"The demo clinic needs at least 1 client, got {clients}")
    if pets_per_client < 0:
        raise ValueError(f"pets_per_client must be 0 or more, got {pets_per_client}")

    started = wall_clock.perf_counter()
    context = ServiceContext(database, actor=DEMO_ACTOR)
    rng = random.Random(seed)
    with database.transaction() as session:
        existing = session.scalar(select(func.count()).select_from(Client)) or 0
        if existing:
            raise DemoDatabaseNotEmpty(
                f"The database {_shown_url(database)} already has {existing} clients. "
                "Generate the demo clinic into a new database file."
            )
        # A separate generator keeps the clients the same whether or not a clinic exists.
        clinic = _ensure_clinic(session, context, random.Random(f"{seed}:clinic"))
        time_zone = clinic.time_zone or DEFAULT_TIME_ZONE
        today = today or today_in(time_zone, context.now())
        generator = _Generator(session, rng, today, ZoneInfo(time_zone), clients, pets_per_client)
        summary = generator.run(progress)
        _advance_postgresql_sequences(session)
        record_event(session, context, action="demo_generated", entity="clinic", entity_id=clinic.id,
                     after={"seed": seed, "today": today.isoformat(), "clients": summary.clients,
                            "pets": summary.pets, "co_owned_pets": summary.co_owned_pets,
                            "ledger_entries": summary.ledger_entries, "debtors": summary.debtors})
    log.info(
        "Demo clinic generated in %.1f s: %d clients, %d pets (%d co-owned), %d ledger entries, %d debtors, seed %d",
        wall_clock.perf_counter() - started, summary.clients, summary.pets, summary.co_owned_pets,
        summary.ledger_entries, summary.debtors, seed,
    )
    return summary


def open_or_create_demo(path: Path, clients: int = DEFAULT_CLIENTS, *,
                        progress: ProgressCallback | None = None,
                        translate: Callable[[str, str], str] | None = None) -> Database:
    """Open the demo clinic file at ``path``, generating it first if it has no clinic yet.

    With ``translate`` (Spanish labels for the forms), a few debtors get payment agreements too.
    """
    database = Database(sqlite_url(path))
    try:
        with database.read() as session:
            has_clinic = session.scalar(select(func.count()).select_from(Clinic)) or 0
        if not has_clinic:
            log.info("Creating the demo clinic with %d clients in %s", clients, path)
            generate_demo_clinic(database, clients=clients, progress=progress)
            if translate is not None:
                add_demo_agreements(database, translate)
            add_demo_follow_up(database)
    except BaseException:
        database.dispose()
        raise
    return database


def _shown_url(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=True)


def _ensure_clinic(session: Session, context: ServiceContext, rng: random.Random) -> Clinic:
    clinic = session.scalars(select(Clinic).order_by(Clinic.id)).first()
    if clinic is not None:
        return clinic
    # The same checks and audit event as services.clinic.save_clinic, but inside
    # this transaction so that a failed generation leaves no clinic behind.
    info = validate_clinic(_demo_clinic_info(rng))
    values = asdict(info)
    clinic = Clinic(created_at=context.now(), **values)
    session.add(clinic)
    session.flush()
    record_event(session, context, action="clinic_saved", entity="clinic", entity_id=clinic.id,
                 after={key: value for key, value in values.items() if key != "logo"})
    return clinic


def _demo_clinic_info(rng: random.Random) -> ClinicInfo:
    cif_body = "B" + "".join(str(rng.randrange(10)) for _ in range(7))
    # A "B" company (sociedad limitada) has a digit as check character.
    tax_id = cif_body + cif.calc_check_digits(cif_body)[0]
    bank_account = "2100" + f"{rng.randrange(10_000):04d}" + "00" + f"{rng.randrange(10**10):010d}"
    bank_account = bank_account[:8] + ccc.calc_check_digits(bank_account) + bank_account[10:]
    return ClinicInfo(
        name="Clínica Veterinaria Los Almendros",
        tax_id=tax_id,
        address_line="Calle de los Almendros, 14",
        postal_code="28045",
        city="Madrid",
        province="Madrid",
        phone=f"91{rng.randrange(10**7):07d}",
        email="recepcion@losalmendros.example.com",
        iban=ccc.to_iban(bank_account),
        time_zone=DEFAULT_TIME_ZONE,
    )


def _advance_postgresql_sequences(session: Session) -> None:
    """Move PostgreSQL id sequences past the explicit ids the bulk inserts used."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in (Client, Pet, LedgerEntry):
        table = model.__table__
        session.execute(select(func.setval(
            func.pg_get_serial_sequence(table.name, "id"),
            select(func.coalesce(func.max(table.c.id), 1)).scalar_subquery(),
        )))


class _BulkWriter:
    """Buffers rows per table and inserts them with executemany, parents before children."""

    ORDER = (Client, Pet, PetOwner, SearchTerm, LedgerEntry)

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type, list[dict]] = {model: [] for model in self.ORDER}
        self.counts: dict[type, int] = {model: 0 for model in self.ORDER}

    def add(self, model: type, row: dict) -> None:
        self.rows[model].append(row)

    def flush(self) -> None:
        for model in self.ORDER:
            rows = self.rows[model]
            for start in range(0, len(rows), INSERT_BATCH_ROWS):
                self.session.execute(insert(model.__table__), rows[start:start + INSERT_BATCH_ROWS])
            self.counts[model] += len(rows)
            rows.clear()


@dataclass(slots=True)
class _PetPlan:
    id: int
    name: str
    species: Species
    birth_date: date


@dataclass(slots=True)
class _Entry:
    """A ledger entry before its id is known; ``applies_to`` is another _Entry."""

    entry_date: date
    minute: int
    kind: str
    amount_cents: int
    description: str = ""
    due_date: date | None = None
    pet_id: int | None = None
    payment_method: str | None = None
    applies_to: _Entry | None = None
    recorded_by: str = ""
    id: int = 0


@dataclass(frozen=True, slots=True)
class _SpecialVisit:
    """A visit whose charges are left unpaid, all due on ``due_date``."""

    visit_date: date
    due_date: date


class _Generator:
    """Generates and writes the clients, pets, search terms and ledger of one demo clinic."""

    def __init__(self, session: Session, rng: random.Random, today: date, zone: ZoneInfo,
                 clients: int, pets_per_client: float) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.zone = zone
        self.client_count = clients
        self.history_start = today - timedelta(days=HISTORY_DAYS)
        self.writer = _BulkWriter(session)
        self.first_client_id = self._next_id(session, Client)
        self.next_client_id = self.first_client_id
        self.next_pet_id = self._next_id(session, Pet)
        self.next_entry_id = self._next_id(session, LedgerEntry)
        self.used_id_numbers: set[str] = set()
        self.used_microchips: set[str] = set()
        self.utc_offsets: dict[date, timedelta] = {}
        self.pet_counts = self._plan_pet_counts(clients, round(clients * pets_per_client))
        self.profiles, self.overdue_days = self._plan_profiles(clients)
        self.co_owned_pets = 0
        self.search_term_rows = 0

    @staticmethod
    def _next_id(session: Session, model: type) -> int:
        return (session.scalar(select(func.max(model.id))) or 0) + 1

    def _plan_pet_counts(self, clients: int, pets: int) -> list[int]:
        """Spread exactly ``pets`` pets over the clients; a few clients have none."""
        order = list(range(clients))
        self.rng.shuffle(order)
        owners = min(pets, max(1, round(clients * (1 - CLIENTS_WITHOUT_PETS_SHARE))))
        counts = [0] * clients
        for index in order[:owners]:
            counts[index] = 1
        for _ in range(pets - owners):
            counts[order[self.rng.randrange(owners)]] += 1
        return counts

    def _plan_profiles(self, clients: int) -> tuple[list[Profile], list[int]]:
        """Choose the debtors, their days overdue by aging bucket, and the not-yet-due clients."""
        debtors = round(clients * DEBTOR_SHARE)
        not_yet_due = round(clients * NOT_YET_DUE_SHARE)
        chosen = self.rng.sample(range(clients), min(clients, debtors + not_yet_due))
        profiles = [Profile.SETTLED] * clients
        overdue_days = [0] * clients
        bucket_limits = []
        cumulative = 0.0
        for share in AGING_BUCKET_SHARES:
            cumulative += share
            bucket_limits.append(cumulative * debtors)
        for position, index in enumerate(chosen[:debtors]):
            bucket = next(b for b, limit in enumerate(bucket_limits) if position < limit)
            low, high = AGING_BUCKET_DAYS[bucket]
            profiles[index] = Profile.OVERDUE
            overdue_days[index] = self.rng.randint(low, high)
        for index in chosen[debtors:]:
            profiles[index] = Profile.NOT_YET_DUE
        return profiles, overdue_days

    def run(self, progress: ProgressCallback | None) -> DemoSummary:
        total = self.client_count
        if progress:
            progress(0, total)
        for start in range(0, total, CLIENTS_PER_CHUNK):
            for index in range(start, min(total, start + CLIENTS_PER_CHUNK)):
                self._client(index)
            self.writer.flush()
            if progress:
                progress(min(total, start + CLIENTS_PER_CHUNK), total)
        rebuild_all_balances(self.writer.session)
        counts = self.writer.counts
        return DemoSummary(
            clients=counts[Client], pets=counts[Pet], co_owned_pets=self.co_owned_pets,
            ledger_entries=counts[LedgerEntry], debtors=self.profiles.count(Profile.OVERDUE),
            not_yet_due_clients=self.profiles.count(Profile.NOT_YET_DUE), search_terms=self.search_term_rows,
            today=self.today,
        )

    # Clients

    def _client(self, index: int) -> None:
        rng = self.rng
        client_id = self.next_client_id
        self.next_client_id += 1
        profile = self.profiles[index]

        special = self._plan_special_visit(index)
        created_on = self._client_created_on(special.visit_date if special else None)
        row = self._client_row(client_id, created_on)
        self.writer.add(Client, row)
        self._add_terms(client_id, sorted(client_terms(SimpleNamespace(**row))), None)

        taken_names: set[str] = set()
        pets = [self._pet(client_id, created_on, taken_names) for _ in range(self.pet_counts[index])]
        # The co-owner is an earlier client, whose row is inserted before this pet's.
        if index > 0:
            for pet in pets:
                if rng.random() < CO_OWNED_SHARE:
                    self._add_co_owner(pet, rng.randrange(index))

        # A named charge comes before its payment or credit note, so its id is set first.
        for entry in self._ledger(profile, pets, created_on, special):
            entry.id = self.next_entry_id
            self.next_entry_id += 1
            self.writer.add(LedgerEntry, self._entry_row(client_id, entry))

    def _client_created_on(self, first_special_visit: date | None) -> date:
        rng = self.rng
        if rng.random() < 0.8:
            created_on = self.history_start - timedelta(days=rng.randrange(1, 10 * 365))
        else:
            created_on = self.history_start + timedelta(days=rng.randrange(HISTORY_DAYS + 1))
        if first_special_visit is not None:
            created_on = min(created_on, first_special_visit - timedelta(days=60))
        return created_on

    def _client_row(self, client_id: int, created_on: date) -> dict:
        rng = self.rng
        given_name = rng.choice(FEMALE_NAMES if rng.random() < 0.52 else MALE_NAMES)
        first, second = rng.choices(SURNAMES, weights=_SURNAME_WEIGHTS, k=2)
        surnames = first if rng.random() < 0.02 else f"{first} {second}"
        city, province, first_code, last_code, _ = rng.choices(CITIES, weights=_CITY_WEIGHTS)[0]
        phone = self._mobile() if rng.random() < 0.97 else self._landline()
        phone2 = self._landline() if rng.random() < 0.15 else ""
        email = self._email(given_name, first) if rng.random() < 0.85 else ""
        created_at = self._timestamp(created_on, rng.randrange(9 * 60, 20 * 60))
        return {
            "id": client_id,
            "given_name": given_name,
            "surnames": surnames,
            "id_number": self._id_number(),
            "phone": phone,
            "phone2": phone2,
            "email": email,
            "address_line": self._address(),
            "postal_code": f"{rng.randint(first_code, last_code):05d}",
            "city": city,
            "province": province,
            "consent_email": bool(email) and rng.random() < 0.85,
            "consent_sms": phone.startswith(("+346", "+347")) and rng.random() < 0.3,
            "consent_post": rng.random() < 0.9,
            "notes": rng.choice(CLIENT_NOTES) if rng.random() < 0.03 else "",
            "no_reminders": rng.random() < 0.02,
            "external_ref": None,
            "sort_key": search_key(f"{surnames} {given_name}")[:260],
            "created_at": created_at,
            "updated_at": created_at,
            "version": 1,
        }

    def _id_number(self) -> str | None:
        """Return a unique DNI (about 89 %) or NIE (about 7 %), or None (about 4 %)."""
        rng = self.rng
        draw = rng.random()
        if draw < 0.04:
            return None
        while True:
            if draw < 0.11:
                body = rng.choice("XYZ") + f"{rng.randrange(10**7):07d}"
                number = body + nie.calc_check_digit(body)
            else:
                body = f"{rng.randrange(10**7, 8 * 10**7):08d}"
                number = body + dni.calc_check_digit(body)
            if number not in self.used_id_numbers:
                self.used_id_numbers.add(number)
                return number

    def _mobile(self) -> str:
        if self.rng.random() < 0.85:
            return f"+346{self.rng.randrange(10**8):08d}"
        return f"+347{self.rng.randint(1, 4)}{self.rng.randrange(10**7):07d}"

    def _landline(self) -> str:
        return f"+3491{self.rng.randrange(10**7):07d}"

    def _email(self, given_name: str, surname: str) -> str:
        rng = self.rng
        local = search_key(given_name).split()[0] + "." + search_key(surname).replace(" ", "")
        if rng.random() < 0.5:
            local += str(rng.randint(1, 99))
        return f"{local}@{rng.choice(EMAIL_DOMAINS)}"

    def _address(self) -> str:
        rng = self.rng
        street = f"{rng.choice(STREETS)}, {rng.randint(1, 180)}"
        if rng.random() < 0.7:
            street += f", {rng.randint(1, 9)}.º {rng.choice('ABCDEF')}"
        return street

    # Pets

    def _pet(self, client_id: int, client_created_on: date, taken_names: set[str]) -> _PetPlan:
        rng = self.rng
        species = rng.choices(_SPECIES_LIST, weights=_SPECIES_WEIGHTS)[0]
        _, breeds, max_age_years, chip_share = SPECIES[species]
        breed = rng.choices([name for name, _ in breeds], weights=[weight for _, weight in breeds])[0]
        names = SMALL_PET_NAMES if species in (Species.BIRD, Species.RABBIT) and rng.random() < 0.5 else PET_NAMES
        # Two pets of one owner rarely share a name; a few draws avoid it without a fixed pattern.
        name = rng.choice(names)
        for _ in range(5):
            if name not in taken_names:
                break
            name = rng.choice(names)
        taken_names.add(name)
        birth_date = self.today - timedelta(days=rng.randint(60, max_age_years * 365))
        if species is Species.BIRD and rng.random() < 0.3:
            sex = ""
        else:
            sex = rng.choice(("male", "female"))
        registered_on = max(client_created_on, birth_date + timedelta(days=56))
        pet = _PetPlan(self.next_pet_id, name, species, birth_date)
        self.next_pet_id += 1
        self.writer.add(Pet, {
            "id": pet.id, "name": name, "species": species.value, "breed": breed, "sex": sex,
            "birth_date": birth_date, "microchip": self._microchip() if rng.random() < chip_share else "",
            "created_at": self._timestamp(min(registered_on, self.today), rng.randrange(9 * 60, 20 * 60)),
        })
        self.writer.add(PetOwner, {"pet_id": pet.id, "client_id": client_id, "responsible": True})
        self._add_terms(client_id, sorted(search_terms(name)), pet.id)
        return pet

    def _add_co_owner(self, pet: _PetPlan, co_owner_index: int) -> None:
        # Client ids are consecutive from the first id of this run.
        co_owner_id = self.first_client_id + co_owner_index
        self.writer.add(PetOwner, {"pet_id": pet.id, "client_id": co_owner_id, "responsible": False})
        self._add_terms(co_owner_id, sorted(search_terms(pet.name)), pet.id)
        self.co_owned_pets += 1

    def _microchip(self) -> str:
        # 724 is the ISO 3166 numeric code of Spain.
        while True:
            chip = f"724{self.rng.randrange(10**12):012d}"
            if chip not in self.used_microchips:
                self.used_microchips.add(chip)
                return chip

    def _add_terms(self, client_id: int, terms: list[str], pet_id: int | None) -> None:
        for term in terms:
            self.writer.add(SearchTerm, {"term": term[:100], "client_id": client_id, "pet_id": pet_id})
        self.search_term_rows += len(terms)

    # Ledger

    def _plan_special_visit(self, index: int) -> _SpecialVisit | None:
        """Plan the visit whose charges stay unpaid, for debtors and not-yet-due clients."""
        rng = self.rng
        profile = self.profiles[index]
        if profile is Profile.OVERDUE:
            due_date = self.today - timedelta(days=self.overdue_days[index])
            term = rng.choices((0, 15, 30), weights=(50, 25, 25))[0]
            return _SpecialVisit(due_date - timedelta(days=term), due_date)
        if profile is Profile.NOT_YET_DUE:
            term = rng.choice((15, 30))
            # A visit in the last ``term`` days, so that its due date is after today.
            visit_date = self.today - timedelta(days=rng.randrange(term))
            return _SpecialVisit(visit_date, visit_date + timedelta(days=term))
        return None

    def _ledger(self, profile: Profile, pets: list[_PetPlan], created_on: date,
                special: _SpecialVisit | None) -> list[_Entry]:
        """Return the client's entries in (entry_date, creation) order, ready for ids."""
        rng = self.rng
        entries: list[_Entry] = []
        start = max(self.history_start, created_on)
        # Settled history ends a month before an unpaid visit, so every settled charge
        # is due before the unpaid ones and payments cover the settled charges first.
        end = self.today if special is None else special.visit_date - timedelta(days=31)
        if end >= start:
            years = ((end - start).days + 1) / 365
            mean = VISITS_PER_PET_YEAR * years * (len(pets) if pets else 0.3)
            visits = round(rng.gammavariate(3.0, mean / 3.0))
            span = (end - start).days
            for offset in sorted(rng.randint(0, span) for _ in range(visits)):
                self._settled_visit(entries, start + timedelta(days=offset), pets)

        if special is not None:
            self._unpaid_visit(entries, special, pets)
            if profile is Profile.OVERDUE and rng.random() < 0.3:
                # A later visit, also unpaid: overdue for fewer days or not yet due.
                later = special.due_date + timedelta(days=rng.randint(0, (self.today - special.due_date).days))
                term = rng.choice((0, 15, 30))
                self._unpaid_visit(entries, _SpecialVisit(later, later + timedelta(days=term)), pets,
                                   partial_payment=False)
        elif rng.random() < 0.01:
            day = self.today - timedelta(days=rng.randrange(60))
            entries.append(_Entry(day, self._minute(), "payment", rng.randint(5, 15) * 1000, "Anticipo a cuenta",
                                  payment_method=rng.choice(("transfer", "bizum")),
                                  recorded_by=rng.choice(RECEPTIONISTS)))
        # Stable sort: entries of one day keep their creation order, so a payment or
        # credit note always follows the charge it names and gets a larger id.
        entries.sort(key=lambda entry: entry.entry_date)
        return entries

    def _visit_pet(self, pets: list[_PetPlan], day: date) -> _PetPlan | None:
        """Choose a pet old enough to visit on ``day``, or None when the client has none."""
        if not pets:
            return None
        pet = self.rng.choice(pets)
        return pet if pet.birth_date + timedelta(days=56) <= day else None

    def _charges(self, day: date, pets: list[_PetPlan], weights: tuple[int, ...]) -> list[_Entry]:
        rng = self.rng
        pet = self._visit_pet(pets, day)
        if pet is None:
            lines = [self._line(PET_FOOD_ONLY, product=True)]
        else:
            lines = self._visit_lines(rng.choices(_VISIT_KINDS, weights=weights)[0], pet.species)
        minute = self._minute()
        recorded_by = rng.choice(RECEPTIONISTS)
        pet_id = pet.id if pet is not None else None
        return [_Entry(day, minute, "charge", cents, description, due_date=day, pet_id=pet_id,
                       recorded_by=recorded_by) for description, cents in lines]

    def _settled_visit(self, entries: list[_Entry], day: date, pets: list[_PetPlan]) -> None:
        """Add a visit paid at the desk, or on account and paid later, in full by ``today``."""
        rng = self.rng
        charges = self._charges(day, pets, _VISIT_WEIGHTS)
        entries.extend(charges)
        first = charges[0]
        total = sum(charge.amount_cents for charge in charges)

        if rng.random() < 0.12 and day + timedelta(days=35) <= self.today:
            term = rng.choice((15, 30))
            for charge in charges:
                charge.due_date = day + timedelta(days=term)
            method = "transfer" if rng.random() < 0.6 else "direct_debit"
            entries.append(_Entry(
                day + timedelta(days=rng.randint(3, term + 5)), self._minute(), "payment", total,
                "Transferencia" if method == "transfer" else "Recibo domiciliado", payment_method=method,
                applies_to=first if len(charges) == 1 else None, recorded_by=rng.choice(RECEPTIONISTS)))
            return

        if rng.random() < 0.015:
            charge = rng.choice(charges)
            reason = rng.choice(CREDIT_NOTE_REASONS)
            if reason == "Abono: servicio no realizado":
                credited = charge.amount_cents
            else:
                credited = max(50, charge.amount_cents * rng.randint(10, 20) // 100 // 50 * 50)
            entries.append(_Entry(day, first.minute + 1, "credit_note", credited, reason, applies_to=charge,
                                  recorded_by=first.recorded_by))
            total -= credited
        if total <= 0:
            return

        method = rng.choices(("card", "cash", "bizum"), weights=(55, 30, 15))[0]
        if rng.random() < 0.03 and total >= 4000 and day + timedelta(days=20) <= self.today:
            paid_now = max(1000, total * rng.randint(30, 70) // 100 // 1000 * 1000)
            entries.append(_Entry(day, first.minute + 2, "payment", paid_now, "Pago parcial", payment_method=method,
                                  recorded_by=first.recorded_by))
            entries.append(_Entry(day + timedelta(days=rng.randint(3, 20)), self._minute(), "payment",
                                  total - paid_now, "Pago del resto", payment_method="transfer",
                                  recorded_by=rng.choice(RECEPTIONISTS)))
            return
        entries.append(_Entry(day, first.minute + 2, "payment", total, payment_method=method,
                              recorded_by=first.recorded_by))

    def _unpaid_visit(self, entries: list[_Entry], special: _SpecialVisit, pets: list[_PetPlan],
                      partial_payment: bool = True) -> None:
        """Add a visit whose charges stay open, sometimes with a partial payment."""
        rng = self.rng
        charges = self._charges(special.visit_date, pets, _DEBT_VISIT_WEIGHTS)
        for charge in charges:
            charge.due_date = special.due_date
        entries.extend(charges)
        total = sum(charge.amount_cents for charge in charges)
        days_since_visit = (self.today - special.visit_date).days
        if partial_payment and days_since_visit > 0 and total >= 2000 and rng.random() < 0.3:
            paid = max(100, total * rng.randint(20, 60) // 100 // 100 * 100)
            entries.append(_Entry(
                special.visit_date + timedelta(days=rng.randint(1, days_since_visit)), self._minute(), "payment",
                paid, "Pago parcial", payment_method=rng.choice(("transfer", "bizum", "cash")),
                recorded_by=rng.choice(RECEPTIONISTS)))

    def _visit_lines(self, kind: VisitKind, species: Species) -> list[tuple[str, int]]:
        rng = self.rng
        line = self._line
        vaccines = SPECIES_VACCINES[species]
        if kind is VisitKind.VACCINATION and vaccines:
            lines = [line(vaccine) for vaccine in rng.sample(vaccines, 2 if len(vaccines) > 1 and rng.random() < 0.3
                                                              else 1)]
            if rng.random() < 0.4:
                lines.append(line(DEWORM_INTERNAL, product=True))
            return lines
        if kind is VisitKind.DEWORMING:
            draw = rng.random()
            if draw < 0.4:
                return [line(DEWORM_INTERNAL, product=True)]
            if draw < 0.8:
                return [line(DEWORM_EXTERNAL, product=True)]
            return [line(DEWORM_INTERNAL, product=True), line(DEWORM_EXTERNAL, product=True)]
        if kind is VisitKind.FOOD:
            return [line(rng.choice(FOOD[species]), product=True)]
        if kind is VisitKind.REVIEW:
            return [line(REVIEW)]
        if kind is VisitKind.GROOMING:
            if species is Species.DOG:
                return [line(GROOMING)] + ([line(NAIL_TRIM)] if rng.random() < 0.3 else [])
            return [line(NAIL_TRIM)]
        if kind is VisitKind.EMERGENCY:
            lines = [line(EMERGENCY), line(rng.choice(MEDICATION), product=True)]
            if rng.random() < 0.4:
                lines.append(line(rng.choice(TESTS)))
            if rng.random() < 0.25:
                lines.append(self._hospital_stay(rng.randint(1, 3)))
            return lines
        if kind is VisitKind.SURGERY and species in (Species.DOG, Species.CAT):
            lines = [line(PRE_SURGERY_TESTS), line(rng.choice(SURGERIES))]
            if rng.random() < 0.5:
                lines.append(self._hospital_stay(rng.randint(1, 2)))
            lines.append(line(rng.choice(MEDICATION), product=True))
            return lines
        # A consultation, also for species without vaccines or surgery.
        exotic = species in (Species.BIRD, Species.RABBIT, Species.FERRET)
        lines = [line(EXOTIC_CONSULT if exotic else CONSULT)]
        if rng.random() < 0.35:
            lines.append(line(rng.choice(TESTS)))
        if rng.random() < 0.45:
            lines.append(line(rng.choice(MEDICATION), product=True))
        return lines

    def _line(self, item: tuple[str, int, int], product: bool = False) -> tuple[str, int]:
        """Price ``item`` in steps of 50 cents. Products sometimes end in ,95."""
        description, lowest, highest = item
        cents = lowest + 50 * self.rng.randrange((highest - lowest) // 50 + 1)
        if product and self.rng.random() < 0.4:
            cents -= 5
        return description, cents

    def _hospital_stay(self, days: int) -> tuple[str, int]:
        description, cents = self._line(HOSPITAL_DAY)
        label = "1 día" if days == 1 else f"{days} días"
        return f"{description} ({label})", cents * days

    def _minute(self) -> int:
        """Return a minute of the day within opening hours, 9:00 to 19:50."""
        return self.rng.randrange(9 * 60, 19 * 60 + 50)

    def _entry_row(self, client_id: int, entry: _Entry) -> dict:
        return {
            "id": entry.id,
            "client_id": client_id,
            "kind": entry.kind,
            "entry_date": entry.entry_date,
            "due_date": entry.due_date,
            "description": entry.description,
            "pet_id": entry.pet_id,
            "amount_cents": entry.amount_cents,
            "payment_method": entry.payment_method,
            "applies_to_id": entry.applies_to.id if entry.applies_to is not None else None,
            "recorded_by": entry.recorded_by,
            "recorded_at": self._timestamp(entry.entry_date, entry.minute),
        }

    def _timestamp(self, day: date, minute_of_day: int) -> datetime:
        """Return the UTC time of ``minute_of_day`` on ``day`` in the clinic's time zone."""
        offset = self.utc_offsets.get(day)
        if offset is None:
            offset = datetime(day.year, day.month, day.day, 12, tzinfo=self.zone).utcoffset()
            self.utc_offsets[day] = offset
        hour, minute = divmod(minute_of_day, 60)
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc) - offset


DEMO_AGREEMENTS = 9


def _demo_signature() -> bytes:
    """A handwritten-looking stroke as a PNG, standing in for a client's signature."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    points = [(20 + x * 4, 95 - int(35 * math.sin(x / 6.0)) + (x % 9)) for x in range(110)]
    draw.line(points, fill=(20, 30, 90), width=5, joint="curve")
    draw.line([(60, 130), (430, 118)], fill=(20, 30, 90), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def add_demo_agreements(database: Database, translate: Callable[[str, str], str],
                        count: int = DEMO_AGREEMENTS, now: datetime | None = None) -> int:
    """Give ``count`` debtors of the demo clinic a signed agreement each; return how many were made.

    Plans are made as if signed some weeks ago, so that the demo shows
    agreements in good standing, late, broken, completed and kept promises. The forms
    are not sealed: sealing would store a passphrase in the OS keyring.
    """
    from vetdesk.domain.agreements import AgreementKind, Period
    from vetdesk.domain.ledger import PaymentMethod
    from vetdesk.services import accounts, agreements

    context = ServiceContext(database, actor=DEMO_ACTOR)
    if now is not None:
        context.clock = lambda: now
    today = accounts.clinic_today(context)
    with database.read() as session:
        candidates = session.scalars(select(Client.id).order_by(Client.id)).all()
    signature = _demo_signature()
    made = 0
    for client_id in candidates:
        if made >= count:
            break
        state = accounts.banner_state(context, client_id)
        if state.level is not accounts.BannerLevel.RED or state.overdue < Money.from_cents(6000):
            continue
        weeks_ago = (2, 9, 6, 1, 12, 9, 8, 4, 3)[made % 9]
        signed_on = today - timedelta(weeks=weeks_ago)
        signed_at = datetime.combine(signed_on, time(11, 30), tzinfo=timezone.utc)
        past = ServiceContext(database, actor=DEMO_ACTOR, clock=lambda moment=signed_at: moment)
        kind = (AgreementKind.INSTALMENTS, AgreementKind.INSTALMENTS, AgreementKind.PROMISE)[made % 3]
        draft = agreements.AgreementDraft(
            client_id=client_id, kind=kind, count=3 + made % 4, period=Period.MONTHLY,
            first_due=signed_on + timedelta(days=14), promise_date=signed_on + timedelta(days=21),
            language="es", request_id=f"demo-agreement-{client_id}",
        )
        try:
            quote = agreements.prepare_agreement(past, draft)
            agreement_id = agreements.record_agreement(past, quote, agreements.Signature(signature), translate)
        except UserError as error:
            log.info("Demo agreement for client %s skipped: %s", client_id, error)
            continue
        made += 1
        # Most clients pay what fell due; three stop paying (a new plan, a late one, a broken promise).
        if made not in (4, 6, 8):
            for line in quote.schedule:
                if line.due_date <= today:
                    accounts.record_payment(context, accounts.NewPayment(
                        client_id, line.amount, PaymentMethod.CARD, line.due_date, agreement_id=agreement_id,
                        request_id=f"demo-{agreement_id}-{line.number}"))
    log.info("Demo clinic: %d payment agreements added", made)
    return made


def add_demo_follow_up(database: Database, now: datetime | None = None) -> None:
    """Show the debt follow-up in the demo: a hold, a dispute, a write-off and a client ready for a claim.

    The ready client is the one with a broken agreement, signed at the desk.
    Its proposal to settle is stored as a level 4 letter sent ten days ago,
    as if printed and posted then.
    """
    from vetdesk.domain.agreements import Standing
    from vetdesk.services import accounts, agreements, decisions, holds, reminders
    from vetdesk.storage import models

    context = ServiceContext(database, actor=DEMO_ACTOR)
    if now is not None:
        context.clock = lambda: now
    today = accounts.clinic_today(context)
    with database.read() as session:
        owing = session.scalars(select(models.AccountBalance.client_id)
                                .where(models.AccountBalance.balance_cents > 0)
                                .order_by(models.AccountBalance.client_id)).all()
        with_agreements = set(session.scalars(select(models.Agreement.client_id)))
    plain = [client_id for client_id in owing if client_id not in with_agreements
             and accounts.banner_state(context, client_id).level is accounts.BannerLevel.RED]
    if len(plain) < 3:
        log.info("Demo clinic: too few debtors for the follow-up examples")
        return
    holds.place_hold(context, plain[0], holds.HoldKind.HOLD, "Pendiente del pago de la aseguradora",
                     today + timedelta(days=30))
    holds.place_hold(context, plain[1], holds.HoldKind.DISPUTE, "El cliente no reconoce la analítica del 3 de octubre",
                     today + timedelta(days=45))
    decisions.write_off(context, plain[2], "Cliente fallecido sin herederos conocidos")

    for client_id in sorted(with_agreements):
        for view in agreements.agreements_for_client(context, client_id):
            if view.progress.standing is not Standing.BROKEN:
                continue
            sent_at = datetime.combine(today - timedelta(days=10), time(9, 0), tzinfo=timezone.utc)
            owed = accounts.banner_state(context, client_id).overdue
            # The letter lists what the run would claim today, so later runs treat the debt as already
            # reminded at the last level.
            with database.read() as session:
                (plan,) = reminders._plan(session, context, sent_at.date(), [client_id], ignore_waiting=True) or (None,)
                descriptions = dict(session.execute(
                    select(models.LedgerEntry.id, models.LedgerEntry.description)
                    .where(models.LedgerEntry.client_id == client_id)).all())
            items = reminders._items_json(plan.decision, descriptions) if plan else "[]"
            with database.transaction() as session:
                run = session.scalar(select(models.ReminderRun).where(models.ReminderRun.as_of == sent_at.date()))
                if run is None:
                    run = models.ReminderRun(as_of=sent_at.date(), created_by=DEMO_ACTOR, created_at=sent_at)
                    session.add(run)
                    session.flush()
                session.add(models.Reminder(
                    run_id=run.id, client_id=client_id, level=4, channel="letter", language="es", status="sent",
                    amount_cents=max(owed.cents, 1), items_json=items, recipient="", subject="",
                    body="Propuesta de liquidación enviada por burofax.", attempts=1, sent_at=sent_at,
                    created_at=sent_at, updated_at=sent_at))
            log.info("Demo clinic: client %s is ready for a claim", client_id)
            return
