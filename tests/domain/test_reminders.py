"""Which reminder a client gets on a day, SMS lengths, and the wording check."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vetdesk.domain.careful_words import FlaggedTerm, check_wording, parse_extra_terms
from vetdesk.domain.money import Money
from vetdesk.domain.reminders import (
    DEFAULT_LEVELS,
    Channel,
    ClientFacts,
    LastReminder,
    OwedItem,
    ReminderLevel,
    Skip,
    check_levels,
    decide,
    sms_length,
)

DUE = date(2026, 11, 15)


def facts(*items: OwedItem, last: LastReminder | None = None, email=True, sms=True, post=True, opt_out=False):
    return ClientFacts(1, tuple(items), can_email=email, can_sms=sms, can_post=post, no_reminders=opt_out, last=last)


def item(amount_cents: int, due: date = DUE, charge_id: int = 10) -> OwedItem:
    return OwedItem(due, Money.from_cents(amount_cents), "Consulta", charge_id=charge_id)


def test_level_one_on_the_fifteenth_day_after_the_due_date():
    assert decide(facts(item(5000)), DEFAULT_LEVELS, date(2026, 11, 29), 15).skip is Skip.TOO_EARLY
    decision = decide(facts(item(5000)), DEFAULT_LEVELS, date(2026, 11, 30), 15)
    assert decision.level.level == 1
    assert decision.channel is Channel.EMAIL
    # A missed run is caught up the next day.
    assert decide(facts(item(5000)), DEFAULT_LEVELS, date(2026, 12, 1), 15).level.level == 1


def test_three_overdue_charges_make_one_reminder_for_their_total():
    decision = decide(facts(item(3000, charge_id=1), item(3000, charge_id=2), item(3000, charge_id=3)),
                      DEFAULT_LEVELS, date(2026, 12, 31), 15)
    assert decision.total == Money.from_cents(9000)
    assert len(decision.items) == 3


def test_an_old_debt_starts_at_level_one():
    old = item(5000, due=date(2026, 1, 1))
    assert decide(facts(old), DEFAULT_LEVELS, date(2026, 12, 4), 15).level.level == 1


def test_next_level_waits_for_the_interval_after_the_last_one_sent():
    old = item(5000, due=date(2026, 8, 1))
    sent_today = LastReminder(1, date(2026, 12, 4), frozenset({10}))
    assert decide(facts(old, last=sent_today), DEFAULT_LEVELS, date(2026, 12, 4), 15).skip is Skip.INTERVAL
    assert decide(facts(old, last=sent_today), DEFAULT_LEVELS, date(2026, 12, 18), 15).skip is Skip.INTERVAL
    assert decide(facts(old, last=sent_today), DEFAULT_LEVELS, date(2026, 12, 19), 15).level.level == 2


def test_next_level_needs_its_own_days_overdue():
    recent = item(5000, due=date(2026, 11, 1))
    last = LastReminder(1, date(2026, 11, 16), frozenset({10}))
    # 33 days overdue: level 2 (30 days) may go; level 3 would need 60.
    assert decide(facts(recent, last=last), DEFAULT_LEVELS, date(2026, 12, 4), 15).level.level == 2
    last = LastReminder(2, date(2026, 11, 16), frozenset({10}))
    assert decide(facts(recent, last=last), DEFAULT_LEVELS, date(2026, 12, 4), 15).skip is Skip.TOO_EARLY


def test_after_the_final_level_nothing_more_is_sent():
    last = LastReminder(4, date(2026, 9, 1), frozenset({10}))
    assert decide(facts(item(5000, due=date(2026, 1, 1)), last=last), DEFAULT_LEVELS, date(2026, 12, 4), 15).skip \
        is Skip.FINAL_LEVEL


def test_a_new_debt_after_a_paid_one_starts_again_at_level_one():
    last = LastReminder(3, date(2026, 10, 1), frozenset({99}))
    assert decide(facts(item(5000, charge_id=10), last=last), DEFAULT_LEVELS, date(2026, 12, 4), 15).level.level == 1


def test_opt_out_and_below_minimum():
    assert decide(facts(item(5000), opt_out=True), DEFAULT_LEVELS, date(2026, 12, 4), 15).skip is Skip.NO_REMINDERS
    levels = (ReminderLevel(1, 15, Money.from_cents(2000), Channel.EMAIL, Channel.LETTER),)
    assert decide(facts(item(1999)), levels, date(2026, 12, 4), 15).skip is Skip.BELOW_MINIMUM


@pytest.mark.parametrize("email, sms, post, expected", [
    (True, True, True, Channel.EMAIL),
    (False, True, True, Channel.SMS),
    (False, False, True, Channel.LETTER),
    (False, False, False, None),
])
def test_a_channel_without_consent_is_never_used(email, sms, post, expected):
    decision = decide(facts(item(5000), email=email, sms=sms, post=post), DEFAULT_LEVELS, date(2026, 12, 4), 15)
    assert decision.channel is expected
    if expected is None:
        assert decision.skip is Skip.NO_CHANNEL


def test_levels_must_be_numbered_and_grow():
    assert check_levels(DEFAULT_LEVELS) is None
    swapped = (DEFAULT_LEVELS[0], DEFAULT_LEVELS[2])
    assert "out of order" in check_levels(swapped).render()
    flat = (DEFAULT_LEVELS[0], ReminderLevel(2, 15, Money.from_cents(1), Channel.EMAIL, Channel.LETTER))
    assert "more days" in check_levels(flat).render()
    assert check_levels(()) is not None


@pytest.mark.parametrize("text, characters, segments, unicode", [
    ("", 0, 0, False),
    ("a" * 160, 160, 1, False),
    ("a" * 161, 161, 2, False),
    ("Señora Núñez", 12, 1, True),  # "ú" is not in the GSM alphabet
    ("é" * 160, 160, 1, False),  # "é" is
    ("á" * 70, 70, 1, True),
    ("á" * 71, 71, 2, True),
    ("€" * 80, 160, 1, False),  # the euro sign takes two septets
])
def test_sms_length_counts_segments(text, characters, segments, unicode):
    length = sms_length(text)
    assert (length.characters, length.segments, length.unicode) == (characters, segments, unicode)


def test_wording_check_flags_moroso_and_suggests():
    warnings = check_wording("Estimado cliente MOROSO: su nombre irá a una lista  negra.")
    assert [warning.term for warning in warnings] == ["moroso", "lista negra"]
    assert warnings[0].found == "MOROSO"
    assert warnings[0].suggestion
    assert check_wording("Le escribimos con cariño; son unos amorosos.") == []


def test_wording_check_ignores_accents_and_takes_clinic_terms():
    extra = parse_extra_terms(["cobrador = la clínica", "  ", "recargo"])
    assert extra == [FlaggedTerm("cobrador", "la clínica"), FlaggedTerm("recargo", "")]
    warnings = check_wording("El cobrador pasará. Embargó.", extra)
    # "Embargó" matches "embargo" because accents are ignored.
    assert [warning.term for warning in warnings] == ["cobrador", "embargo"]
    assert warnings[1].found == "Embargó"
