from datetime import date, datetime, timedelta, timezone

import pytest

from vetdesk.domain.formatting import (
    format_date,
    format_long_date,
    language_code,
    parse_date,
    value_for_message,
    today_in,
)
from vetdesk.domain.messages import UserError

UTC = timezone.utc


def test_format_date_spanish_and_english():
    assert format_date(date(2026, 12, 4)) == "04/12/2026"
    assert format_date(date(2026, 12, 4), "es") == "04/12/2026"
    assert format_date(date(2026, 12, 4), "en") == "04/12/2026"
    assert format_date(date(987, 1, 9)) == "09/01/0987"


def test_format_date_accepts_datetime():
    assert format_date(datetime(2026, 3, 1, 23, 59)) == "01/03/2026"


@pytest.mark.parametrize(
    ("day", "spanish", "english"),
    [
        (date(2026, 12, 4), "4 de diciembre de 2026", "4 December 2026"),
        (date(2026, 1, 31), "31 de enero de 2026", "31 January 2026"),
        (date(2026, 9, 15), "15 de septiembre de 2026", "15 September 2026"),
    ],
)
def test_format_long_date_table(day, spanish, english):
    assert format_long_date(day) == spanish
    assert format_long_date(day, "es") == spanish
    assert format_long_date(day, "en") == english


def test_format_date_rejects_unknown_language():
    with pytest.raises(ValueError):
        format_date(date(2026, 12, 4), "de")
    with pytest.raises(ValueError):
        format_long_date(date(2026, 12, 4), "fr")


def test_language_code_variants():
    assert language_code("es") == "es"
    assert language_code("es_ES") == "es"
    assert language_code("ES-es") == "es"
    assert language_code("en_GB") == "en"


def test_value_for_message_cuts_text():
    assert value_for_message("  abc  ") == "abc"
    assert value_for_message("x" * 40) == "x" * 40
    assert value_for_message("x" * 41) == "x" * 39 + "…"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("04/12/2026", date(2026, 12, 4)),
        ("4/12/2026", date(2026, 12, 4)),
        ("4/1/2026", date(2026, 1, 4)),
        ("04-12-2026", date(2026, 12, 4)),
        ("4-1-2026", date(2026, 1, 4)),
        ("2026-12-04", date(2026, 12, 4)),
        ("  04/12/2026  ", date(2026, 12, 4)),
        ("29/02/2028", date(2028, 2, 29)),
    ],
)
def test_parse_date_accepts(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "04.12.2026",
        "04/12/26",
        "04/12-2026",
        "2026/12/04",
        "04122026",
        "004/12/2026",
        "4 de diciembre de 2026",
        "٠٤/١٢/٢٠٢٦",
        "04/12/2026 10:00",
    ],
)
def test_parse_date_rejects_format(text):
    with pytest.raises(UserError) as raised:
        parse_date(text)
    message = raised.value.render()
    assert f'"{text}"' in message
    assert "dd/mm/yyyy" in message
    assert raised.value.message.context == "Validation"


@pytest.mark.parametrize("text", ["31/02/2026", "29/02/2026", "00/12/2026", "04/13/2026", "2026-02-30", "01/01/0000"])
def test_parse_date_rejects_missing_day(text):
    with pytest.raises(UserError) as raised:
        parse_date(text)
    message = raised.value.render()
    assert f'"{text}"' in message
    assert "does not exist" in message


@pytest.mark.parametrize("text", ["", "   "])
def test_parse_date_empty(text):
    with pytest.raises(UserError) as raised:
        parse_date(text)
    assert raised.value.render() == "Type a date as dd/mm/yyyy."


def test_parse_date_round_trips_format():
    day = date(2026, 12, 4)
    assert parse_date(format_date(day)) == day


def test_today_in_madrid_after_midnight():
    assert today_in("Europe/Madrid", datetime(2026, 12, 4, 23, 30, tzinfo=UTC)) == date(2026, 12, 5)
    assert today_in("Europe/Madrid", datetime(2026, 12, 4, 22, 59, tzinfo=UTC)) == date(2026, 12, 4)


def test_today_in_summer_time():
    # Summer time in Madrid starts on 29 March 2026: UTC+1 before, UTC+2 after.
    assert today_in("Europe/Madrid", datetime(2026, 3, 28, 22, 30, tzinfo=UTC)) == date(2026, 3, 28)
    assert today_in("Europe/Madrid", datetime(2026, 3, 31, 22, 30, tzinfo=UTC)) == date(2026, 4, 1)
    # The Canary Islands are one hour behind the peninsula.
    assert today_in("Atlantic/Canary", datetime(2026, 3, 31, 22, 30, tzinfo=UTC)) == date(2026, 3, 31)


def test_today_in_other_offset():
    tokyo_time = datetime(2026, 12, 5, 0, 30, tzinfo=timezone(timedelta(hours=9)))
    assert today_in("Europe/Madrid", tokyo_time) == date(2026, 12, 4)


def test_today_in_default_now():
    before = datetime.now(UTC).date()
    result = today_in("UTC")
    after = datetime.now(UTC).date()
    assert result in {before, after}


def test_today_in_rejects_naive_datetime():
    with pytest.raises(ValueError):
        today_in("Europe/Madrid", datetime(2026, 12, 4, 23, 30))


@pytest.mark.parametrize(
    "zone",
    ["Europe/Nowhere", "europe/madrid", "", "Europe", "../etc/passwd", "/usr/share/zoneinfo/UTC", "zone.tab"],
)
def test_today_in_unknown_zone(zone):
    with pytest.raises(UserError) as raised:
        today_in(zone, datetime(2026, 12, 4, tzinfo=UTC))
    assert f'"{zone}"' in raised.value.render()
    assert raised.value.field == "time_zone"
