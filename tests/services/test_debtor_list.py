"""The debtor list computed from a real clinic database, its filters and its saved filters, on both engines.

A small clinic of fourteen clients is built once per engine through the
services: charges, payments, credit notes, payment agreements made at past
dates, reminders delivered as letters, a hold, a dispute and a write-off. Every
expected value below was worked out by hand from the dates and amounts in
``build_clinic``, for the clinic day 4 December 2026.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.debtors import AgingBucket, AgreementState, DebtorFilter, NextStep
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, debtors, decisions, holds, reminders
from vetdesk.services.accounts import NewCreditNote, NewPayment
from vetdesk.services.agreements import AgreementDraft, Signature
from vetdesk.services.clinic import ClinicInfo, save_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models
from vetdesk.storage.database import Database, sqlite_url

TODAY = date(2026, 12, 4)


def euros(text: str) -> Money:
    return Money(Decimal(text))


def english(context: str, source: str) -> str:
    return source


def signature_png() -> bytes:
    from io import BytesIO

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(image).line([(10, 90), (80, 20), (150, 100), (290, 30)], fill="black", width=4)
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class Clock:
    """A settable clock like conftest's, for the clinic that this module builds once per engine."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 10, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def set_day(self, day: date) -> None:
        # 10:00 UTC is 11:00 or 12:00 in Madrid, the same civil day.
        self.now = datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc)


def add_client(context, given: str, surnames: str, pet: str) -> int:
    client_id = clients.save_client(context, clients.ClientDetails(
        given_name=given, surnames=surnames, address_line="Calle Mayor 1", postal_code="28013",
        city="Madrid")).id
    clients.add_pet(context, client_id, clients.NewPet(name=pet, species="perro"))
    return client_id


def charge(context, client_id: int, amount: str, entry_date: date, due_date: date | None = None,
           description: str = "Consulta") -> int:
    """Store a past charge through ``append_entry``, as record_charge does without its debt block."""
    with context.database.transaction() as session:
        return accounts.append_entry(
            session, context, "charge_recorded", client_id=client_id, kind="charge", entry_date=entry_date,
            due_date=due_date or entry_date, description=description, amount_cents=euros(amount).cents).id


def pay(context, client_id: int, amount: str, day: date, agreement_id: int | None = None) -> int:
    return accounts.record_payment(context, NewPayment(client_id, euros(amount), PaymentMethod.CASH, day,
                                                       agreement_id=agreement_id))


def make_agreement(context, clock: Clock, made_on: date, draft: AgreementDraft, signed: bool) -> int:
    clock.set_day(made_on)
    quote = agreements.prepare_agreement(context, draft)
    signature = Signature(signature_png()) if signed else None
    agreement_id = agreements.record_agreement(context, quote, signature, english)
    clock.set_day(TODAY)
    return agreement_id


def send_reminders_to(context, clock: Clock, day: date, client_ids: set[int]) -> None:
    """Run the reminders for ``day`` and deliver, as letters, only those of ``client_ids``."""
    clock.set_day(day)
    reminders.run_reminders(context, day)
    with context.database.read() as session:
        chosen = list(session.scalars(select(models.Reminder.id).where(
            models.Reminder.status == "prepared", models.Reminder.client_id.in_(client_ids))))
    assert len(chosen) == len(client_ids)
    reminders.approve(context, chosen)
    result = reminders.send_approved(context, lambda language: english)
    assert result.sent == len(client_ids)
    clock.set_day(TODAY)


def build_clinic(context, clock: Clock) -> dict[str, int]:
    """Store the fourteen clients of this module's clinic and return their ids by first name."""
    ids = {
        "ana": add_client(context, "Ana", "Núñez Ibáñez", "Lúa"),
        "bruno": add_client(context, "Bruno", "Pérez Soler", "Tobías"),
        "carmen": add_client(context, "Carmen", "Ortiz", "Kira"),
        "david": add_client(context, "David", "Muñoz", "Rocky"),
        "elena": add_client(context, "Elena", "Sáez", "Nieve"),
        "fernando": add_client(context, "Fernando", "Gil", "Trufa"),
        "gloria": add_client(context, "Gloria", "Ruiz", "Simba"),
        "hugo": add_client(context, "Hugo", "Vidal", "Coco"),
        "ines": add_client(context, "Inés", "Castro", "Bimba"),
        "jorge": add_client(context, "Jorge", "Blanco", "Luna"),
        "lucia": add_client(context, "Lucía", "Díaz", "Nuñi"),
        "marta": add_client(context, "Marta", "León", "Toby"),
        "nico": add_client(context, "Nico", "Romero", "Max"),
        "olga": add_client(context, "Olga", "Prieto", "Kiwi"),
    }
    charge(context, ids["ana"], "120.00", date(2026, 11, 24))
    charge(context, ids["bruno"], "300.00", date(2026, 10, 20))
    charge(context, ids["carmen"], "500.00", date(2026, 9, 20))
    charge(context, ids["david"], "800.00", date(2026, 7, 1))
    charge(context, ids["elena"], "60.00", date(2026, 12, 1), date(2026, 12, 20))
    charge(context, ids["fernando"], "300.00", date(2026, 10, 1))
    charge(context, ids["gloria"], "300.00", date(2026, 10, 15))
    charge(context, ids["hugo"], "300.00", date(2026, 7, 15))
    charge(context, ids["ines"], "200.00", date(2026, 10, 25))
    charge(context, ids["jorge"], "200.00", date(2026, 10, 1))
    charge(context, ids["lucia"], "150.00", date(2026, 11, 1))
    charge(context, ids["marta"], "400.00", date(2026, 5, 1))
    charge(context, ids["nico"], "50.00", date(2026, 11, 1))
    olga_charge = charge(context, ids["olga"], "70.00", date(2026, 11, 1))

    # Hugo's plan of 01/08 missed its first two instalments (15/08 and 15/09): broken, all 300 € due.
    make_agreement(context, clock, date(2026, 8, 1), AgreementDraft(
        ids["hugo"], AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2026, 8, 15),
        language="en"), signed=True)
    # Gloria's first instalment of 100 € was due on 25/11: late by 9 days, not broken yet.
    make_agreement(context, clock, date(2026, 11, 1), AgreementDraft(
        ids["gloria"], AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2026, 11, 25),
        language="en"), signed=False)
    # Inés promised to pay by 20/11 and did not: a lapsed promise, late by 14 days.
    make_agreement(context, clock, date(2026, 11, 1), AgreementDraft(
        ids["ines"], AgreementKind.PROMISE, promise_date=date(2026, 11, 20), language="en"), signed=False)
    # Fernando's plan starts next month: in good standing.
    make_agreement(context, clock, TODAY, AgreementDraft(
        ids["fernando"], AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        language="en"), signed=True)

    # Carmen and David get the friendly letter on 01/11, and David gets the second one on 20/11.
    send_reminders_to(context, clock, date(2026, 11, 1), {ids["carmen"], ids["david"]})
    send_reminders_to(context, clock, date(2026, 11, 20), {ids["david"]})

    pay(context, ids["bruno"], "100.00", date(2026, 11, 4))
    accounts.record_credit_note(context, NewCreditNote(ids["carmen"], euros("50.00"), date(2026, 10, 1),
                                                       "Descuento por revisión"))
    pay(context, ids["elena"], "20.00", date(2026, 12, 2))
    pay(context, ids["nico"], "80.00", date(2026, 11, 10))
    accounts.record_payment(context, NewPayment(ids["olga"], euros("70.00"), PaymentMethod.CARD,
                                                date(2026, 11, 15), applies_to=olga_charge))
    holds.place_hold(context, ids["jorge"], holds.HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    holds.place_hold(context, ids["lucia"], holds.HoldKind.DISPUTE, "Discute la factura", date(2026, 12, 31))
    decisions.write_off(context, ids["marta"], "Cliente fallecida, sin herederos")
    return ids


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def debtor_clinic(request, tmp_path_factory):
    """Build the clinic of ``build_clinic`` on a new database of each engine and load its debtor list.

    The tests only read it, so one clinic per engine serves the whole module.
    """
    if request.param == "sqlite":
        url = sqlite_url(tmp_path_factory.mktemp("debtors") / "clinic.sqlite3")
        server = name = None
    else:
        server = request.getfixturevalue("postgres_server")
        name = server.take_migrated_database()
        url = server.url(name)
    database = Database(url)
    clock = Clock()
    context = ServiceContext(database, actor="Lucía (recepción)", clock=clock)
    save_clinic(context, ClinicInfo(name="Clínica Veterinaria Prueba", tax_id="B12345674",
                                    address_line="Calle Mayor 1", postal_code="28013", city="Madrid",
                                    province="Madrid"))
    ids = build_clinic(context, clock)
    listing = debtors.load_debtors(context)
    yield ids, listing
    database.dispose()
    if server is not None:
        server.drop_database(name)


@pytest.fixture
def ids(debtor_clinic) -> dict[str, int]:
    return debtor_clinic[0]


@pytest.fixture
def listing(debtor_clinic) -> debtors.DebtorList:
    return debtor_clinic[1]


def matching(listing, ids, **filters) -> set[str]:
    """Return the first names of the clients that ``DebtorFilter(**filters)`` keeps."""
    names = {client_id: name for name, client_id in ids.items()}
    return {names[row.client_id] for row in DebtorFilter(**filters).apply(list(listing.rows))}


def row_of(listing, client_id: int):
    (row,) = [row for row in listing.rows if row.client_id == client_id]
    return row


LISTED = {"ana", "bruno", "carmen", "david", "elena", "fernando", "gloria", "hugo", "ines", "jorge", "lucia",
          "marta"}


# -- Rows ----------------------------------------------------------------------------------------


def test_list_date_and_top_level(listing):
    assert listing.as_of == TODAY
    assert listing.top_level == 4


def test_listed_clients(listing, ids):
    assert matching(listing, ids) == LISTED


def test_client_in_credit_not_listed(listing, ids):
    listed = {row.client_id for row in listing.rows}
    assert ids["nico"] not in listed
    assert ids["olga"] not in listed


@pytest.mark.parametrize(("name", "owed", "overdue", "oldest_days"), [
    ("ana", "120.00", "120.00", 10),
    # 300 € less a payment of 100 €.
    ("bruno", "200.00", "200.00", 45),
    # 500 € less a credit note of 50 €.
    ("carmen", "450.00", "450.00", 75),
    ("david", "800.00", "800.00", 156),
    # 60 € due on 20/12 less 20 € paid.
    ("elena", "40.00", "0.00", 0),
    # Everything is covered by a plan in good standing.
    ("fernando", "300.00", "0.00", 0),
    # Only the first instalment (due 25/11) is due.
    ("gloria", "300.00", "100.00", 9),
    # The broken plan made all of it due, from the first missed instalment on 15/08.
    ("hugo", "300.00", "300.00", 111),
    ("ines", "200.00", "200.00", 14),
    ("jorge", "200.00", "200.00", 64),
    ("lucia", "150.00", "150.00", 33),
    ("marta", "0.00", "0.00", 0),
])
def test_row_amounts(listing, ids, name, owed, overdue, oldest_days):
    row = row_of(listing, ids[name])
    assert row.total_owed == euros(owed)
    assert row.overdue == euros(overdue)
    assert row.oldest_days == oldest_days


def test_row_names(listing, ids):
    row = row_of(listing, ids["ana"])
    assert row.owner == "Núñez Ibáñez, Ana"
    assert row.pets == "Lúa"
    assert row.search_text == "ana nunez ibanez lua"


def test_row_written_off(listing, ids):
    row = row_of(listing, ids["marta"])
    assert row.written_off == euros("400.00")
    assert row.next_step is NextStep.WRITTEN_OFF


def test_row_reminder_levels(listing, ids):
    carmen = row_of(listing, ids["carmen"])
    david = row_of(listing, ids["david"])
    assert (carmen.last_reminder_level, carmen.last_reminder_on) == (1, date(2026, 11, 1))
    assert (david.last_reminder_level, david.last_reminder_on) == (2, date(2026, 11, 20))


def test_row_days_since_payment(listing, ids):
    assert row_of(listing, ids["bruno"]).days_since_payment == 30
    assert row_of(listing, ids["elena"]).days_since_payment == 2
    assert row_of(listing, ids["ana"]).days_since_payment is None


# -- One test per filter -------------------------------------------------------------------------


def test_filter_owed_from(listing, ids):
    assert matching(listing, ids, owed_from=euros("200")) == {
        "bruno", "carmen", "david", "fernando", "gloria", "hugo", "ines", "jorge"}


def test_filter_owed_to(listing, ids):
    assert matching(listing, ids, owed_to=euros("150")) == {"ana", "elena", "lucia", "marta"}


def test_filter_owed_range(listing, ids):
    assert matching(listing, ids, owed_from=euros("150"), owed_to=euros("300")) == {
        "bruno", "fernando", "gloria", "hugo", "ines", "jorge", "lucia"}


def test_filter_overdue_days_from(listing, ids):
    assert matching(listing, ids, overdue_days_from=60) == {"carmen", "david", "hugo", "jorge"}


def test_filter_overdue_days_to(listing, ids):
    assert matching(listing, ids, overdue_days_to=14) == {"ana", "elena", "fernando", "gloria", "ines", "marta"}


def test_filter_overdue_days_range(listing, ids):
    assert matching(listing, ids, overdue_days_from=10, overdue_days_to=45) == {"ana", "bruno", "ines", "lucia"}


@pytest.mark.parametrize(("bucket", "expected"), [
    (AgingBucket.NOT_OVERDUE, {"elena", "fernando", "marta"}),
    (AgingBucket.DAYS_1_30, {"ana", "gloria", "ines"}),
    (AgingBucket.DAYS_31_60, {"bruno", "lucia"}),
    (AgingBucket.DAYS_61_90, {"carmen", "jorge"}),
    (AgingBucket.OVER_90, {"david", "hugo"}),
])
def test_filter_bucket(listing, ids, bucket, expected):
    assert matching(listing, ids, buckets=frozenset({bucket})) == expected


def test_filter_two_buckets(listing, ids):
    chosen = frozenset({AgingBucket.DAYS_61_90, AgingBucket.OVER_90})
    assert matching(listing, ids, buckets=chosen) == {"carmen", "jorge", "david", "hugo"}


@pytest.mark.parametrize(("levels", "expected"), [
    ({0}, LISTED - {"carmen", "david"}),
    ({1}, {"carmen"}),
    ({2}, {"david"}),
    ({1, 2}, {"carmen", "david"}),
    ({3, 4}, set()),
])
def test_filter_last_reminder_level(listing, ids, levels, expected):
    assert matching(listing, ids, last_levels=frozenset(levels)) == expected


@pytest.mark.parametrize(("state", "expected"), [
    (AgreementState.NONE, {"ana", "bruno", "carmen", "david", "elena", "jorge", "lucia", "marta"}),
    (AgreementState.GOOD, {"fernando"}),
    (AgreementState.LATE, {"gloria", "ines"}),
    (AgreementState.BROKEN, {"hugo"}),
])
def test_filter_agreement_state(listing, ids, state, expected):
    assert matching(listing, ids, agreements=frozenset({state})) == expected


def test_filter_promise_lapsed(listing, ids):
    assert matching(listing, ids, promise_lapsed=True) == {"ines"}
    assert matching(listing, ids, promise_lapsed=False) == LISTED - {"ines"}


def test_filter_signed_terms(listing, ids):
    assert matching(listing, ids, signed_terms=True) == {"fernando", "hugo"}
    assert matching(listing, ids, signed_terms=False) == LISTED - {"fernando", "hugo"}


def test_filter_on_hold_or_dispute(listing, ids):
    assert matching(listing, ids, on_hold=True) == {"jorge", "lucia"}
    assert matching(listing, ids, on_hold=False) == LISTED - {"jorge", "lucia"}


def test_hold_and_dispute_flags(listing, ids):
    jorge = row_of(listing, ids["jorge"])
    lucia = row_of(listing, ids["lucia"])
    assert (jorge.on_hold, jorge.in_dispute) == (True, False)
    assert (lucia.on_hold, lucia.in_dispute) == (False, True)


def test_filter_written_off(listing, ids):
    assert matching(listing, ids, written_off=True) == {"marta"}
    assert matching(listing, ids, written_off=False) == LISTED - {"marta"}


def test_filter_days_since_payment_from(listing, ids):
    # Bruno paid 30 days ago and Elena 2 days ago. Never paying counts as longer ago than any number.
    assert matching(listing, ids, days_since_payment_from=20) == LISTED - {"elena"}


def test_filter_days_since_payment_to(listing, ids):
    assert matching(listing, ids, days_since_payment_to=30) == {"bruno", "elena"}


def test_filter_days_since_payment_range(listing, ids):
    assert matching(listing, ids, days_since_payment_from=3, days_since_payment_to=40) == {"bruno"}


def test_filter_never_paid(listing, ids):
    assert matching(listing, ids, days_since_payment_from=31) == LISTED - {"bruno", "elena"}


@pytest.mark.parametrize(("text", "expected"), [
    # "Núñez" is an owner's surname and "Nuñi" a pet's name.
    ("nun", {"ana", "lucia"}),
    ("NÚÑEZ", {"ana"}),
    ("tobias", {"bruno"}),
    ("Lua", {"ana"}),
    ("munoz rocky", {"david"}),
    ("ines bimba", {"ines"}),
    ("ines rocky", set()),
    # Words match from the start of a name only.
    ("ñez", set()),
    ("   ", LISTED),
])
def test_filter_free_text(listing, ids, text, expected):
    assert matching(listing, ids, text=text) == expected


def test_filters_combined(listing, ids):
    assert matching(listing, ids, owed_from=euros("200"), agreements=frozenset({AgreementState.NONE}),
                    last_levels=frozenset({0})) == {"bruno", "jorge"}


def test_filter_empty_range_rejected():
    with pytest.raises(UserError, match="from 10 to 5") as caught:
        DebtorFilter(overdue_days_from=10, overdue_days_to=5)
    assert caught.value.field == "overdue_days"


# -- Saved filters -----------------------------------------------------------------------------


FULL_FILTER = DebtorFilter(
    owed_from=euros("100"), owed_to=euros("1234.56"), overdue_days_from=31, overdue_days_to=365,
    buckets=frozenset({AgingBucket.DAYS_31_60, AgingBucket.OVER_90}), last_levels=frozenset({0, 2}),
    agreements=frozenset({AgreementState.NONE, AgreementState.BROKEN}), promise_lapsed=False, signed_terms=True,
    on_hold=False, written_off=False, days_since_payment_from=7, days_since_payment_to=90, text="Núñez Lúa",
)


def test_saved_filter_round_trip(context):
    debtors.save_filter(context, "Todo junto", FULL_FILTER)
    (saved,) = debtors.saved_filters(context)
    assert saved.name == "Todo junto"
    assert saved.filter == FULL_FILTER


def test_saved_filters_sorted_by_name(context):
    debtors.save_filter(context, "zona sur", DebtorFilter(owed_from=euros("10")))
    debtors.save_filter(context, "Antiguos", DebtorFilter(overdue_days_from=91))
    assert [saved.name for saved in debtors.saved_filters(context)] == ["Antiguos", "zona sur"]


def test_saved_filter_replaced_by_name(context):
    debtors.save_filter(context, "Más de 90 días", DebtorFilter(overdue_days_from=91))
    debtors.save_filter(context, "  más  de 90 DÍAS ", DebtorFilter(overdue_days_from=120))
    (saved,) = debtors.saved_filters(context)
    assert saved.name == "más de 90 DÍAS"
    assert saved.filter == DebtorFilter(overdue_days_from=120)


def test_saved_filter_empty_name(context):
    with pytest.raises(UserError, match="name is missing") as caught:
        debtors.save_filter(context, "   ", FULL_FILTER)
    assert caught.value.field == "filter_name"
    assert debtors.saved_filters(context) == []


def test_saved_filter_name_too_long(context):
    with pytest.raises(UserError, match="has 61 characters"):
        debtors.save_filter(context, "x" * 61, FULL_FILTER)
    assert debtors.saved_filters(context) == []


def test_saved_filter_delete(context):
    debtors.save_filter(context, "Antiguos", DebtorFilter(overdue_days_from=91))
    debtors.save_filter(context, "Grandes", DebtorFilter(owed_from=euros("500")))
    debtors.delete_filter(context, "Antiguos")
    assert [saved.name for saved in debtors.saved_filters(context)] == ["Grandes"]


def test_saved_filter_delete_unknown(context):
    debtors.save_filter(context, "Grandes", DebtorFilter(owed_from=euros("500")))
    with pytest.raises(UserError, match="No saved filter is called \"Pequeños\""):
        debtors.delete_filter(context, "Pequeños")
    assert [saved.name for saved in debtors.saved_filters(context)] == ["Grandes"]


def test_saved_filter_limit(context):
    for number in range(debtors.MAX_SAVED_FILTERS):
        debtors.save_filter(context, f"Filtro {number:02d}", DebtorFilter(owed_from=euros("1")))
    with pytest.raises(UserError, match="already 50 saved filters"):
        debtors.save_filter(context, "Uno más", DebtorFilter())
    # Replacing one by its name is still possible at the limit.
    debtors.save_filter(context, "Filtro 00", DebtorFilter(owed_from=euros("2")))
    assert len(debtors.saved_filters(context)) == debtors.MAX_SAVED_FILTERS


# -- Rows on a clinic of the test's own ----------------------------------------------------------


def test_partial_payment_and_credit_note_lower_the_row(context, clinic):
    client_id = add_client(context, "Rosa", "Quintana", "Pipa")
    charge(context, client_id, "250.00", date(2026, 10, 1), description="Radiografía")
    charge(context, client_id, "100.00", date(2026, 11, 20), description="Vacuna")
    pay(context, client_id, "150.00", date(2026, 11, 1))
    accounts.record_credit_note(context, NewCreditNote(client_id, euros("40.00"), date(2026, 11, 25),
                                                       "Abono vacuna"))
    (row,) = debtors.load_debtors(context).rows
    # 350 € less 150 € paid and 40 € credited. The payment and the credit settle the older charge first.
    assert row.total_owed == euros("160.00")
    assert row.overdue == euros("160.00")
    # 250 - 150 - 40 = 60 € of the charge due 01/10 is still open: 64 days.
    assert row.oldest_days == 64
    assert row.days_since_payment == 33


def test_credit_note_clears_the_row(context, clinic):
    client_id = add_client(context, "Rosa", "Quintana", "Pipa")
    charge(context, client_id, "80.00", date(2026, 10, 1))
    accounts.record_credit_note(context, NewCreditNote(client_id, euros("100.00"), date(2026, 11, 1),
                                                       "Abono por error de tarifa"))
    assert debtors.load_debtors(context).rows == ()


def test_hold_without_debt_listed(context, clinic):
    client_id = add_client(context, "Rosa", "Quintana", "Pipa")
    holds.place_hold(context, client_id, holds.HoldKind.HOLD, "Espera de factura del seguro", date(2026, 12, 20))
    (row,) = debtors.load_debtors(context).rows
    assert row.client_id == client_id
    assert row.total_owed == Money.zero()
    assert row.on_hold



def test_delete_filter_ignores_case_and_spaces(context, clinic):
    debtors.save_filter(context, "Antiguos sin acuerdo", DebtorFilter(overdue_days_from=91))
    debtors.delete_filter(context, "  antiguos   SIN acuerdo ")
    assert debtors.saved_filters(context) == []
