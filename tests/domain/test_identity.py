import pytest

from vetdesk.domain.identity import (
    format_iban,
    format_phone,
    is_mobile,
    normalize_id_number,
    normalize_phone,
    search_key,
    search_terms,
    validate_email,
    validate_iban,
    validate_id_number,
    validate_postal_code,
    validate_tax_id,
)
from vetdesk.domain.messages import UserError

NBSP = "\u00a0"


def rejected(function, text):
    """Call ``function(text)``, expect a UserError and return it."""
    with pytest.raises(UserError) as raised:
        function(text)
    assert raised.value.message.context == "Validation"
    return raised.value


# --- DNI and NIE -----------------------------------------------------------


def test_normalize_id_number_strips_separators():
    assert normalize_id_number(" 12.345.678-z ") == "12345678Z"
    assert normalize_id_number("x-1234567-l") == "X1234567L"
    assert normalize_id_number(f"12{NBSP}345 678\tZ") == "12345678Z"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345678Z", "12345678Z"),
        ("12345678z", "12345678Z"),
        ("12.345.678-Z", "12345678Z"),
        (" 12345678 Z ", "12345678Z"),
        ("00000000T", "00000000T"),
        ("X1234567L", "X1234567L"),
        ("x-1234567-l", "X1234567L"),
        ("Y1234567X", "Y1234567X"),
        ("Z1234567R", "Z1234567R"),
    ],
)
def test_validate_id_number_accepts(text, expected):
    assert validate_id_number(text) == expected


@pytest.mark.parametrize("text", ["12345678A", "X1234567A", "Y1234567L", "Z1234567X"])
def test_validate_id_number_wrong_letter(text):
    error = rejected(validate_id_number, text)
    message = error.render()
    assert f'"{text}"' in message
    assert "check letter" in message
    assert "12345678Z" in message
    assert error.field == "id_number"


@pytest.mark.parametrize(
    "text",
    ["1234567Z", "123456789Z", "12345678", "ABCDEFGHZ", "W1234567L", "X12345678L", "B12345674", "١٢٣٤٥٦٧٨Z", "K1234567L"],
)
def test_validate_id_number_bad_format(text):
    error = rejected(validate_id_number, text)
    message = error.render()
    assert f'"{text}"' in message
    assert "not a valid DNI or NIE" in message
    assert "X1234567L" in message
    assert error.field == "id_number"


@pytest.mark.parametrize("text", ["", "   ", " - . "])
def test_validate_id_number_empty(text):
    error = rejected(validate_id_number, text)
    assert error.render() == "Type the DNI or NIE, for example 12345678Z."
    assert error.field == "id_number"


# --- CIF / NIF -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B12345674", "B12345674"),
        ("b-1234567-4", "B12345674"),
        ("A58818501", "A58818501"),
        ("Q2826000H", "Q2826000H"),
        ("ES B-58378431", "B58378431"),
        ("12345678Z", "12345678Z"),
        ("X1234567L", "X1234567L"),
    ],
)
def test_validate_tax_id_accepts(text, expected):
    assert validate_tax_id(text) == expected


@pytest.mark.parametrize("text", ["B12345675", "A58818502", "12345678A"])
def test_validate_tax_id_wrong_check(text):
    error = rejected(validate_tax_id, text)
    assert f'"{text}"' in error.render()
    assert "check character" in error.render()
    assert error.field == "tax_id"


@pytest.mark.parametrize("text", ["B1234567", "B123456789", "ES", "hello", "1234"])
def test_validate_tax_id_bad_format(text):
    error = rejected(validate_tax_id, text)
    assert f'"{text}"' in error.render()
    assert "not a valid CIF or NIF" in error.render()
    assert error.field == "tax_id"


def test_validate_tax_id_empty():
    error = rejected(validate_tax_id, " ")
    assert error.render() == "Type the CIF or NIF, for example B12345674."


# --- IBAN ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332"),
        ("es9121000418450200051332", "ES9121000418450200051332"),
        ("ES79-2100-0813-6101-2345-6789", "ES7921000813610123456789"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
    ],
)
def test_validate_iban_accepts(text, expected):
    assert validate_iban(text) == expected


def test_validate_iban_spanish_length():
    error = rejected(validate_iban, "ES91 2100 0418 4502 0005 133")
    message = error.render()
    assert '"ES91 2100 0418 4502 0005 133"' in message
    assert "23 characters" in message
    assert "24" in message
    assert error.field == "iban"


@pytest.mark.parametrize(
    "text",
    [
        "ES9121000418450200051333",  # IBAN check digits do not match
        "ES2921000418460200051332",  # IBAN checksum fine, bank account check digits wrong
        "DE89370400440532013001",
        "XX9121000418450200051332",
    ],
)
def test_validate_iban_wrong_check_digits(text):
    error = rejected(validate_iban, text)
    assert f'"{text}"' in error.render()
    assert "check digits" in error.render()
    assert error.field == "iban"


@pytest.mark.parametrize("text", ["IBAN", "1234567890", "DE89 3704 0044 0532 0130 00 99 ?", "ÉS91"])
def test_validate_iban_bad_format(text):
    error = rejected(validate_iban, text)
    assert f'"{text}"' in error.render()
    assert error.field == "iban"


def test_validate_iban_empty():
    error = rejected(validate_iban, "  ")
    assert error.render() == "Type the IBAN, for example ES91 2100 0418 4502 0005 1332."


def test_format_iban_groups_of_four():
    assert format_iban("ES9121000418450200051332") == "ES91 2100 0418 4502 0005 1332"
    assert format_iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"


# --- phone ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("671 92 48 65", "+34671924865"),
        ("671924865", "+34671924865"),
        ("+34 671924865", "+34671924865"),
        ("+34 671 92 48 65", "+34671924865"),
        ("0034671924865", "+34671924865"),
        ("(+34) 671-92-48-65", "+34671924865"),
        ("912345678", "+34912345678"),
        ("91 234 56 78", "+34912345678"),
        ("712 345 678", "+34712345678"),
        ("800 123 456", "+34800123456"),
        (f"671{NBSP}92{NBSP}48{NBSP}65", "+34671924865"),
        ("+44 20 7946 0958", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("+33 1 23 45 67 89", "+33123456789"),
        ("+12345678", "+12345678"),
        ("+123456789012345", "+123456789012345"),
    ],
)
def test_normalize_phone_accepts(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12345678",
        "67192486",
        "6719248650",
        "512345678",
        "+34 512345678",
        "+34 67192486",
        "+1234567",
        "+1234567890123456",
        "34671924865",
        "00",
        "phone",
        "671 92 48 6x",
        "٦٧١٩٢٤٨٦٥",
        "+34+671924865",
    ],
)
def test_normalize_phone_rejects(text):
    error = rejected(normalize_phone, text)
    assert f'"{text}"' in error.render()
    assert "671 92 48 65" in error.render()
    assert error.field == "phone"


def test_normalize_phone_empty():
    error = rejected(normalize_phone, " ")
    assert error.render() == "Type a phone number, for example 671 92 48 65."


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("+34671924865", True),
        ("+34712345678", True),
        ("671 92 48 65", True),
        ("+34912345678", False),
        ("+34800123456", False),
        ("+447911123456", False),
        ("not a phone", False),
        ("", False),
    ],
)
def test_is_mobile_table(phone, expected):
    assert is_mobile(phone) is expected


def test_format_phone_spanish_and_foreign():
    assert format_phone("+34671924865") == "671 92 48 65"
    assert format_phone("+34912345678") == "912 34 56 78"
    assert format_phone("+442079460958") == "+442079460958"
    assert format_phone("+3412") == "+3412"


# --- email ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana@example.com", "ana@example.com"),
        ("  Ana.Garcia@Example.COM ", "Ana.Garcia@example.com"),
        ("ana+perros@correo.example.es", "ana+perros@correo.example.es"),
        ("núria@clínica.cat", "núria@clínica.cat"),
    ],
)
def test_validate_email_accepts(text, expected):
    assert validate_email(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana@@example.com",
        "ana@exa@mple.com",
        "ana garcia@example.com",
        "ana@example .com",
        "ana@.example.com",
        "ana@example.com.",
        "ana@example..com",
        "ana@example.com;luis@example.com",
        "Ana <ana@example.com>",
        "ana\x00@example.com",
        "a" * 250 + "@example.com",
    ],
)
def test_validate_email_rejects(text):
    error = rejected(validate_email, text)
    assert f'"{text.strip()[:39]}' in error.render()
    assert "name@example.com" in error.render()
    assert error.field == "email"


def test_validate_email_empty():
    error = rejected(validate_email, "")
    assert error.render() == "Type an email address, for example name@example.com."


# --- postal code ---------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [("28013", "28013"), (" 01000 ", "01000"), ("52999", "52999"), ("08001", "08001")])
def test_validate_postal_code_accepts(text, expected):
    assert validate_postal_code(text) == expected


@pytest.mark.parametrize("text", ["00999", "53000", "99999", "2801", "280133", "28 013", "2801A", "２８０１３", "-8001"])
def test_validate_postal_code_rejects(text):
    error = rejected(validate_postal_code, text)
    assert f'"{text}"' in error.render()
    assert "01000 to 52999" in error.render()
    assert error.field == "postal_code"


def test_validate_postal_code_empty():
    error = rejected(validate_postal_code, "")
    assert error.render() == "Type a postal code, for example 28013."


# --- search --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Núñez", "nunez"),
        ("MUÑOZ", "munoz"),
        ("  María   José  ", "maria jose"),
        ("Garçon", "garcon"),
        ("O'Brien-Smith", "o brien smith"),
        ("Gal·la Puig", "galla puig"),
        ("Gaŀla", "galla"),
        ("Straße", "strasse"),
        ("Perro nº 2", "perro no 2"),
        ("", ""),
        ("¡¿!?", ""),
    ],
)
def test_search_key_table(text, expected):
    assert search_key(text) == expected


def test_search_terms_union():
    assert search_terms("Núñez García", "MUÑOZ", None, "") == {"nunez", "garcia", "munoz"}
    assert search_terms() == set()
