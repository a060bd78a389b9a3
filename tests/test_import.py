"""Import of clients, pets and opening balances from CSV exports, against real SQLite files."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from vetdesk import cli
from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, importing
from vetdesk.services.importing import DecimalStyle, MappingSource
from vetdesk.storage import models

SAMPLE_CSV = (
    # An invented export: UTF-8, comma separated, every value quoted, CRLF line ends.
    # Three rows are wrong: line 6 has the NIE X1234567A with a wrong check letter,
    # line 13 the amount "12,50" with a decimal comma, line 22 the date 2019-13-01.
    """"id_propietario","propietario","dni_nie","telefono1","telefono2","correo","direccion","cp","localidad","provincia","nombre_animal","especie","raza","fecha_nacimiento","deuda"
"1001","Cañizares Giménez, Carmen","43464097P","671924865","","propietario1@ejemplo.org","Avda. de la Constitución 1","46096","Valencia","Valencia","Olivia","gato","maine coon","2011-09-07","0.00"
"1002","Belmonte Giménez, Sofía","05032582K","632301241","","propietario2@ejemplo.org","Avda. de la Constitución 2","46092","Valencia","Valencia","Pipa","hurón","","2013-04-21","0.00"
"1002","Belmonte Giménez, Sofía","05032582K","632301241","","propietario2@ejemplo.org","Avda. de la Constitución 2","46092","Valencia","Valencia","Max","perro","labrador","2011-10-19","0.00"
"1003","Alonso Durán, Carmen","53241552W","617874421","","propietario3@ejemplo.org","Avda. de la Constitución 3","46296","Valencia","Valencia","Mía","gato","común","2013-10-10","310.00"
"1004","Llull Cañizares, Pablo","X1234567A","676665755","","","Avda. de la Constitución 4","46654","Valencia","Valencia","Thor","perro","pastor alemán","2013-09-23","310.00"
"1005","Jiménez Alonso, Tomás","08427393D","666627625","","propietario5@ejemplo.org","Avda. de la Constitución 5","46696","Valencia","Valencia","Pipa","hurón","","2024-10-15","0.00"
"1005","Jiménez Alonso, Tomás","08427393D","666627625","","propietario5@ejemplo.org","Avda. de la Constitución 5","46696","Valencia","Valencia","Thor","perro","pastor alemán","2021-05-08","0.00"
"1006","Montaña Durán, Pablo","24127884X","640298754","","propietario6@ejemplo.org","Avda. de la Constitución 6","46537","Valencia","Valencia","Thor","perro","pastor alemán","2024-05-20","310.00"
"1007","Belmonte Iglesias, Sofía","09824854J","645909953","","propietario7@ejemplo.org","Avda. de la Constitución 7","46155","Valencia","Valencia","Pipa","hurón","","2011-11-03","0.00"
"1008","Jiménez Fuentes, Iker","74903659L","647000147","","","Avda. de la Constitución 8","46608","Valencia","Valencia","Olivia","gato","maine coon","2024-02-27","-15.00"
"1009","Egea Hernández, Pablo","12562241D","698134544","","propietario9@ejemplo.org","Avda. de la Constitución 9","46718","Valencia","Valencia","Olivia","gato","maine coon","2024-05-23","0.00"
"1010","Llull Fuentes, Carmen","51780050N","647709585","","propietario10@ejemplo.org","Avda. de la Constitución 10","46172","Valencia","Valencia","Max","perro","labrador","2011-04-25","12,50"
"1010","Llull Fuentes, Carmen","51780050N","647709585","","propietario10@ejemplo.org","Avda. de la Constitución 10","46172","Valencia","Valencia","Pipa","hurón","","2019-03-24","0.00"
"1011","Giménez Giménez, Andrés","33234300J","622329304","","propietario11@ejemplo.org","Avda. de la Constitución 11","46459","Valencia","Valencia","Olivia","gato","maine coon","2018-03-27","0.00"
"1012","Iglesias Egea, Sofía","57783637R","691633537","","","Avda. de la Constitución 12","46905","Valencia","Valencia","Mía","gato","común","2014-02-06","45.90"
"1013","Durán Llull, Xavier","20306925H","665090595","","propietario13@ejemplo.org","Avda. de la Constitución 13","46851","Valencia","Valencia","Mía","gato","común","2019-01-05","0.00"
"1013","Durán Llull, Xavier","20306925H","665090595","","propietario13@ejemplo.org","Avda. de la Constitución 13","46851","Valencia","Valencia","Thor","perro","pastor alemán","2023-09-12","0.00"
"1014","Jiménez Fuentes, Elena","81847639T","669188088","","propietario14@ejemplo.org","Avda. de la Constitución 14","46973","Valencia","Valencia","Max","perro","labrador","2022-07-13","-15.00"
"1014","Jiménez Fuentes, Elena","81847639T","669188088","","propietario14@ejemplo.org","Avda. de la Constitución 14","46973","Valencia","Valencia","Pipa","hurón","","2022-02-16","0.00"
"1015","Giménez Alonso, Xavier","85132904Z","628019720","","propietario15@ejemplo.org","Avda. de la Constitución 15","46451","Valencia","Valencia","Max","perro","labrador","2020-10-02","0.00"
"1016","Alonso Jiménez, Elena","13741157Z","613618316","","","Avda. de la Constitución 16","46971","Valencia","Valencia","Olivia","gato","maine coon","2019-13-01","310.00"
"1017","Jiménez Giménez, Elena","27910936E","633857462","","propietario17@ejemplo.org","Avda. de la Constitución 17","46978","Valencia","Valencia","Olivia","gato","maine coon","2021-08-04","-15.00"
"1018","Hernández Hernández, Andrés","15482486J","641856109","","propietario18@ejemplo.org","Avda. de la Constitución 18","46087","Valencia","Valencia","Max","perro","labrador","2020-12-09","1234.56"
"1019","Montaña Cañizares, Leire","64239549C","627543491","","propietario19@ejemplo.org","Avda. de la Constitución 19","46973","Valencia","Valencia","Thor","perro","pastor alemán","2010-09-10","0.00"
"1019","Montaña Cañizares, Leire","64239549C","627543491","","propietario19@ejemplo.org","Avda. de la Constitución 19","46973","Valencia","Valencia","Mía","gato","común","2012-12-28","0.00"
"1020","Iglesias Fuentes, Elena","35046288S","629902737","","","Avda. de la Constitución 20","46545","Valencia","Valencia","Olivia","gato","maine coon","2017-10-26","45.90"
"1020","Iglesias Fuentes, Elena","35046288S","629902737","","","Avda. de la Constitución 20","46545","Valencia","Valencia","Thor","perro","pastor alemán","2016-04-27","0.00"
"1021","Montaña Durán, Xavier","53778945T","666140059","","propietario21@ejemplo.org","Avda. de la Constitución 21","46364","Valencia","Valencia","Max","perro","labrador","2018-08-09","310.00"
"1021","Montaña Durán, Xavier","53778945T","666140059","","propietario21@ejemplo.org","Avda. de la Constitución 21","46364","Valencia","Valencia","Olivia","gato","maine coon","2016-12-20","0.00"
"1022","Hernández Montaña, Iker","46208603Q","610809644","","propietario22@ejemplo.org","Avda. de la Constitución 22","46225","Valencia","Valencia","Mía","gato","común","2025-04-11","45.90"
"1023","Hernández Jiménez, Tomás","27430528S","664353833","","propietario23@ejemplo.org","Avda. de la Constitución 23","46931","Valencia","Valencia","Thor","perro","pastor alemán","2013-07-26","0.00"
"1023","Hernández Jiménez, Tomás","27430528S","664353833","","propietario23@ejemplo.org","Avda. de la Constitución 23","46931","Valencia","Valencia","Max","perro","labrador","2016-08-06","0.00"
"1024","Llull Fuentes, Pablo","58240437K","653128543","","","Avda. de la Constitución 24","46474","Valencia","Valencia","Max","perro","labrador","2015-03-05","-15.00"
"1025","Cañizares Jiménez, Andrés","03697544H","619619183","","propietario25@ejemplo.org","Avda. de la Constitución 25","46626","Valencia","Valencia","Pipa","hurón","","2014-09-18","-15.00"
"1025","Cañizares Jiménez, Andrés","03697544H","619619183","","propietario25@ejemplo.org","Avda. de la Constitución 25","46626","Valencia","Valencia","Thor","perro","pastor alemán","2014-01-01","0.00"
"1026","Llull Belmonte, Leire","97491738M","618689916","","propietario26@ejemplo.org","Avda. de la Constitución 26","46444","Valencia","Valencia","Mía","gato","común","2010-05-07","-15.00"
"1027","Iglesias Durán, Tomás","39321318N","634811353","","propietario27@ejemplo.org","Avda. de la Constitución 27","46557","Valencia","Valencia","Mía","gato","común","2011-12-12","45.90"
"1028","Llull Jiménez, Leire","61493326C","667330181","","","Avda. de la Constitución 28","46133","Valencia","Valencia","Mía","gato","común","2024-03-20","1234.56"
"1028","Llull Jiménez, Leire","61493326C","667330181","","","Avda. de la Constitución 28","46133","Valencia","Valencia","Max","perro","labrador","2010-03-06","0.00"
"1029","Hernández Jiménez, Pablo","18999723K","608288654","","propietario29@ejemplo.org","Avda. de la Constitución 29","46333","Valencia","Valencia","Olivia","gato","maine coon","2013-09-02","310.00"
"1029","Hernández Jiménez, Pablo","18999723K","608288654","","propietario29@ejemplo.org","Avda. de la Constitución 29","46333","Valencia","Valencia","Pipa","hurón","","2017-04-09","0.00"
"1030","Belmonte Iglesias, Andrés","05663839C","603740078","","propietario30@ejemplo.org","Avda. de la Constitución 30","46778","Valencia","Valencia","Pipa","hurón","","2020-10-17","310.00"
"1031","Iglesias Durán, Pilar","81354422H","668203564","","propietario31@ejemplo.org","Avda. de la Constitución 31","46546","Valencia","Valencia","Olivia","gato","maine coon","2017-12-17","1234.56"
"1032","Iglesias Durán, Andrés","34841887S","655920079","","","Avda. de la Constitución 32","46124","Valencia","Valencia","Pipa","hurón","","2020-02-22","0.00"
"1033","Giménez Belmonte, Xavier","32297987F","640638453","","propietario33@ejemplo.org","Avda. de la Constitución 33","46802","Valencia","Valencia","Mía","gato","común","2021-03-09","-15.00"
"1034","Hernández Durán, Pablo","18422000N","665399034","","propietario34@ejemplo.org","Avda. de la Constitución 34","46166","Valencia","Valencia","Mía","gato","común","2023-09-13","1234.56"
"1034","Hernández Durán, Pablo","18422000N","665399034","","propietario34@ejemplo.org","Avda. de la Constitución 34","46166","Valencia","Valencia","Olivia","gato","maine coon","2020-07-07","0.00"
"1035","Fuentes Belmonte, Iker","47864027S","645362865","","propietario35@ejemplo.org","Avda. de la Constitución 35","46567","Valencia","Valencia","Pipa","hurón","","2010-07-11","0.00"
"1036","Jiménez Egea, Leire","69448796C","615146464","","","Avda. de la Constitución 36","46940","Valencia","Valencia","Max","perro","labrador","2012-05-09","0.00"
"1037","Cañizares Egea, Elena","05313436E","690727645","","propietario37@ejemplo.org","Avda. de la Constitución 37","46838","Valencia","Valencia","Pipa","hurón","","2014-09-17","1234.56"
"1038","Hernández Montaña, Iker","76583954A","637455108","","propietario38@ejemplo.org","Avda. de la Constitución 38","46058","Valencia","Valencia","Mía","gato","común","2012-05-01","0.00"
"1038","Hernández Montaña, Iker","76583954A","637455108","","propietario38@ejemplo.org","Avda. de la Constitución 38","46058","Valencia","Valencia","Pipa","hurón","","2012-05-03","0.00"
"1039","Durán Belmonte, Pilar","81628191H","660904451","","propietario39@ejemplo.org","Avda. de la Constitución 39","46011","Valencia","Valencia","Olivia","gato","maine coon","2023-05-20","0.00"
"1040","Alonso Iglesias, Xavier","17344259M","621669330","","","Avda. de la Constitución 40","46268","Valencia","Valencia","Mía","gato","común","2016-05-21","0.00"
"""
).replace("\n", "\r\n")

SAMPLE_NAME = "clinic_export_sample.csv"
TODAY = date(2026, 12, 4)
TABLES = (models.Client, models.Pet, models.PetOwner, models.LedgerEntry, models.SearchTerm,
          models.AuditEvent, models.Setting)


def english(context: str, source: str) -> str:
    return source


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in TABLES}


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / SAMPLE_NAME
    path.write_bytes(SAMPLE_CSV.encode("utf-8"))
    return path


def write_csv(tmp_path, text: str, name: str = "export.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_file(context, path, **options) -> importing.ImportPlan:
    csv_file = importing.read_csv(path)
    mapping, _ = importing.initial_mapping(context, csv_file.headers)
    return importing.plan_import(context, csv_file, mapping, **options)


def import_file(context, path, *, valid_rows_only: bool = False) -> importing.ImportResult:
    return importing.run_import(context, plan_file(context, path), valid_rows_only=valid_rows_only)


def rejected_text(plan: importing.ImportPlan) -> dict[int, str]:
    return {row.line: "\n".join(importing.render_rejected_row(row, english)) for row in plan.rejected}


def client_with_id(context, id_number: str) -> models.Client | None:
    with context.database.read() as session:
        return session.scalars(select(models.Client).where(models.Client.id_number == id_number)).first()


def pets_of(context, client_id: int) -> dict[str, clients.PetInfo]:
    return {pet.name: pet for pet in clients.pets_of_client(context, client_id)}


def ledger_of(context, client_id: int) -> list[models.LedgerEntry]:
    with context.database.read() as session:
        return list(session.scalars(select(models.LedgerEntry).where(models.LedgerEntry.client_id == client_id)))


def balance_of(context, client_id: int) -> Money:
    return accounts.account_view(context, client_id).status.balance


# --- Reading files ----------------------------------------------------------------


def test_sample_read_with_lines(sample):
    csv_file = importing.read_csv(sample)
    assert csv_file.encoding == "utf-8"
    assert csv_file.delimiter == ","
    assert csv_file.headers[0] == "id_propietario"
    assert len(csv_file.headers) == 15
    assert len(csv_file.rows) == 54
    assert csv_file.rows[0].line == 2
    assert csv_file.rows[-1].line == 55
    assert csv_file.rows[0].values[1] == "Cañizares Giménez, Carmen"


def test_sample_mapping_guessed(sample, context):
    csv_file = importing.read_csv(sample)
    mapping, source = importing.initial_mapping(context, csv_file.headers)
    assert source is MappingSource.GUESSED
    named = {key: csv_file.headers[index] for key, index in mapping.items()}
    assert named == {
        "external_ref": "id_propietario", "full_name": "propietario", "id_number": "dni_nie",
        "phone": "telefono1", "phone2": "telefono2", "email": "correo", "address_line": "direccion",
        "postal_code": "cp", "city": "localidad", "province": "provincia", "pet_name": "nombre_animal",
        "species": "especie", "breed": "raza", "birth_date": "fecha_nacimiento", "balance": "deuda",
    }


def test_quoted_newline_keeps_line_numbers(tmp_path, context):
    path = write_csv(tmp_path, 'id,nombre,notas,mascota,fecha_nacimiento\n'
                               '1,"García, Ana","first line\nsecond line",Luna,2019-01-01\n'
                               '\n'
                               '2,"López, Luis",,Coco,2019-13-01\n')
    csv_file = importing.read_csv(path)
    assert [row.line for row in csv_file.rows] == [2, 5]
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [5]
    assert plan.clients[0].details.notes == "first line\nsecond line"
    assert plan.clients[0].details.given_name == "Ana"
    assert plan.clients[0].details.surnames == "García"


def test_utf8_bom_file_imported(tmp_path, context):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "id;nombre;apellidos;teléfono;mascota\n1;Ana;García;600111222;Luna\n"
                     .encode("utf-8"))
    csv_file = importing.read_csv(path)
    assert csv_file.encoding == "utf-8-sig"
    assert csv_file.delimiter == ";"
    assert csv_file.headers[0] == "id"
    mapping, _ = importing.initial_mapping(context, csv_file.headers)
    assert mapping == {"external_ref": 0, "given_name": 1, "surnames": 2, "phone": 3, "pet_name": 4}
    result = import_file(context, path)
    assert result.clients == 1
    found = clients.search(context, "garcia luna")
    assert [hit.name for hit in found] == ["García, Ana"]


SPANISH_EXPORT = (
    "Código;Apellidos;Nombre;NIF;Teléfono;Móvil;E-mail;Dirección;C.P.;Población;Provincia;"
    "Mascota;Especie;Raza;Sexo;F. Nacimiento;Chip;Saldo pendiente\n"
    "7;Núñez Peña;María José;5032582K;671 92 48 65;;mj@ejemplo.es;C/ Mayor 3, 2º;8001;Barcelona;Barcelona;"
    "Trufa;Perro;Mestizo;Hembra;4/2/2015;941000024680135;1.234,56\n"
    "7;Núñez Peña;María José;5032582K;671 92 48 65;;mj@ejemplo.es;C/ Mayor 3, 2º;8001;Barcelona;Barcelona;"
    "Lúa;Gato;Europeo;M;24/03/2019;;\n"
    "8;Ibáñez;Íñigo;X1234567L;622111333;699 000 111;;;28013;Madrid;Madrid;"
    "Chispa;Hurón;;macho castrado;01/12/2020;;-15,00\n"
    "9;Sánchez Gil;Begoña;;600111222;;;;;;;Rocky;Perro;;X;31/02/2020;;12.50\n"
)


def test_windows_1252_semicolons_decimal_commas(tmp_path, context):
    path = tmp_path / "export_ansi.csv"
    path.write_text(SPANISH_EXPORT, encoding="cp1252", newline="\r\n")
    csv_file = importing.read_csv(path)
    assert csv_file.encoding == "cp1252"
    assert csv_file.delimiter == ";"
    assert csv_file.headers[0] == "Código"

    plan = plan_file(context, path)
    assert plan.decimal_style is DecimalStyle.COMMA
    assert [row.line for row in plan.rejected] == [5]
    problems = rejected_text(plan)[5]
    assert '"X"' in problems
    assert "31/02/2020" in problems
    assert "12.50" in problems
    assert len(plan.rejected[0].problems) == 3

    result = importing.run_import(context, plan, valid_rows_only=True)
    assert (result.clients, result.pets, result.charges, result.credit_notes) == (2, 3, 1, 1)

    maria = client_with_id(context, "05032582K")
    assert (maria.given_name, maria.surnames) == ("María José", "Núñez Peña")
    assert maria.postal_code == "08001"
    assert maria.phone == "+34671924865"
    assert maria.address_line == "C/ Mayor 3, 2º"
    assert maria.external_ref == "7"
    pets = pets_of(context, maria.id)
    assert set(pets) == {"Trufa", "Lúa"}
    assert (pets["Trufa"].sex, pets["Trufa"].birth_date, pets["Trufa"].microchip) == (
        "female", date(2015, 2, 4), "941000024680135")
    assert (pets["Lúa"].sex, pets["Lúa"].birth_date) == ("male", date(2019, 3, 24))
    assert balance_of(context, maria.id) == Money(Decimal("1234.56"))

    inigo = client_with_id(context, "X1234567L")
    assert inigo.phone2 == "+34699000111"
    assert pets_of(context, inigo.id)["Chispa"].sex == "male"
    assert balance_of(context, inigo.id) == Money(Decimal("-15.00"))
    assert clients.search(context, "begona") == []


# --- The sample file ----------------------------------------------------------------


def test_sample_dry_run_rejects_three_lines(sample, context):
    before = counts(context)
    plan = plan_file(context, sample)
    assert [row.line for row in plan.rejected] == [6, 13, 22]
    problems = rejected_text(plan)
    assert "X1234567A" in problems[6]
    assert "12,50" in problems[13]
    assert "2019-13-01" in problems[22]
    assert [row.column for row in plan.rejected] == ["dni_nie", "deuda", "fecha_nacimiento"]
    assert plan.decimal_style is DecimalStyle.POINT
    assert (len(plan.clients), plan.pet_count, plan.balance_count) == (38, 51, 21)
    assert counts(context) == before


def test_sample_with_rejects_stores_nothing(sample, context):
    before = counts(context)
    plan = plan_file(context, sample)
    with pytest.raises(UserError) as error:
        importing.run_import(context, plan, valid_rows_only=False)
    message = error.value.render()
    assert "3 rows" in message
    assert "nothing was stored" in message
    assert counts(context) == before


def test_sample_valid_rows_imported(sample, context):
    result = import_file(context, sample, valid_rows_only=True)
    assert (result.clients, result.pets, result.charges, result.credit_notes) == (38, 51, 14, 7)
    assert result.skipped_rows == 3

    sofia = client_with_id(context, "05032582K")
    assert (sofia.given_name, sofia.surnames) == ("Sofía", "Belmonte Giménez")
    assert set(pets_of(context, sofia.id)) == {"Pipa", "Max"}

    carmen = client_with_id(context, "53241552W")
    assert (carmen.given_name, carmen.surnames) == ("Carmen", "Alonso Durán")
    [charge] = ledger_of(context, carmen.id)
    assert (charge.kind, charge.amount_cents) == ("charge", 31000)
    assert (charge.entry_date, charge.due_date) == (TODAY, TODAY)
    assert charge.description == "Saldo inicial importado (clinic_export_sample.csv)"
    assert charge.recorded_by == context.actor
    assert balance_of(context, carmen.id) == Money(Decimal("310.00"))

    iker = client_with_id(context, "74903659L")
    assert (iker.given_name, iker.surnames) == ("Iker", "Jiménez Fuentes")
    [credit] = ledger_of(context, iker.id)
    assert (credit.kind, credit.amount_cents, credit.due_date) == ("credit_note", 1500, None)
    assert balance_of(context, iker.id) == Money(Decimal("-15.00"))


def test_sample_rejected_rows_add_nothing(sample, context):
    import_file(context, sample, valid_rows_only=True)
    assert client_with_id(context, "13741157Z") is None  # line 22 was the client's only row
    with context.database.read() as session:
        stored_refs = set(session.scalars(select(models.Client.external_ref)))
    assert "1004" not in stored_refs
    # Line 13 carried the balance and the pet Max; line 14 of the same client is imported alone.
    carmen = client_with_id(context, "51780050N")
    assert set(pets_of(context, carmen.id)) == {"Pipa"}
    assert ledger_of(context, carmen.id) == []


def test_sample_search_ignores_accents(sample, context):
    import_file(context, sample, valid_rows_only=True)
    names = [hit.name for hit in clients.search(context, "canizares")]
    assert "Cañizares Giménez, Carmen" in names
    assert "Montaña Cañizares, Leire" in names
    by_pet = [hit.name for hit in clients.search(context, "sofia pipa")]
    assert by_pet == ["Belmonte Giménez, Sofía", "Belmonte Iglesias, Sofía"]


def test_search_terms_match_rebuild(sample, context):
    import_file(context, sample, valid_rows_only=True)
    sofia = client_with_id(context, "05032582K")

    def terms() -> set[tuple[str, bool]]:
        with context.database.read() as session:
            rows = session.execute(select(models.SearchTerm.term, models.SearchTerm.pet_id)
                                   .where(models.SearchTerm.client_id == sofia.id))
            return {(term, pet_id is not None) for term, pet_id in rows}

    imported = terms()
    with context.database.transaction() as session:
        clients.rebuild_search_terms(session, sofia.id)
    assert imported == terms()
    assert ("632301241", False) in imported
    assert ("pipa", True) in imported


def test_import_audited_without_personal_data(sample, context):
    import_file(context, sample, valid_rows_only=True)
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent)
                                .where(models.AuditEvent.action == "import_completed")).one()
    assert event.entity_id == SAMPLE_NAME
    assert '"clients": 38' in event.after_json
    assert '"skipped_rows": 3' in event.after_json
    assert "Carmen" not in event.after_json
    assert "43464097P" not in event.after_json


def test_second_import_of_same_file_rejected(sample, context):
    import_file(context, sample, valid_rows_only=True)
    before = counts(context)
    plan = plan_file(context, sample)
    assert plan.clients == ()
    assert "already exists" in rejected_text(plan)[2]
    with pytest.raises(UserError):
        importing.run_import(context, plan, valid_rows_only=True)
    assert counts(context) == before


# --- Rules for rejected rows ----------------------------------------------------------


def test_conflicting_balances_reject_client(tmp_path, context):
    path = write_csv(tmp_path, "codigo,cliente,mascota,saldo\n"
                               "1,Ana García,Luna,10.00\n"
                               "1,Ana García,Coco,20.00\n"
                               "2,Luis Pérez,Nala,5.00\n"
                               "2,Luis Pérez,Kira,5.00\n"
                               "3,Eva Ruiz,Toby,\n"
                               "3,Eva Ruiz,Lula,7.50\n")
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [2, 3]
    assert '"10.00" on line 2' in rejected_text(plan)[3]
    assert '"20.00" on line 3' in rejected_text(plan)[2]
    balances = {client.details.given_name: client.balance for client in plan.clients}
    assert balances == {"Luis": Money(Decimal("5.00")), "Eva": Money(Decimal("7.50"))}


def test_different_client_data_rejects_rows(tmp_path, context):
    path = write_csv(tmp_path, "codigo,cliente,telefono,mascota\n"
                               "1,Ana García,600111222,Luna\n"
                               "1,Ana García,600111333,Coco\n"
                               "1,Ana García,600 11 12 22,Nala\n")
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [2, 3, 4]
    problems = rejected_text(plan)
    assert "differs from line 3" in problems[2]
    assert "differs from line 2" in problems[3]
    assert "differs from line 3" in problems[4]  # the same phone as line 2, written with spaces
    assert [row.column for row in plan.rejected] == ["telefono"] * 3
    assert plan.clients == ()


def test_invalid_client_data_rejects_all_rows(tmp_path, context):
    path = write_csv(tmp_path, "dni,nombre,apellidos,correo,mascota,nacimiento\n"
                               "43464097P,Ana,García,ana@@ejemplo,Luna,2019-01-01\n"
                               "43464097P,Ana,García,ana@@ejemplo,Coco,2019-13-01\n"
                               "05032582K,Luis,Pérez,,Nala,2019-13-01\n"
                               "05032582K,Luis,Pérez,,Kira,2020-02-29\n")
    plan = plan_file(context, path)
    problems = rejected_text(plan)
    assert sorted(problems) == [2, 3, 4]
    assert "ana@@ejemplo" in problems[2]
    assert "ana@@ejemplo" in problems[3]
    assert "2019-13-01" in problems[3]
    assert "2019-13-01" in problems[4]
    [luis] = plan.clients
    assert [pet.pet.name for pet in luis.pets] == ["Kira"]


def test_existing_dni_rejected(tmp_path, context):
    clients.save_client(context, clients.ClientDetails(given_name="Carmen", surnames="Núñez",
                                                        id_number="43464097P"))
    path = write_csv(tmp_path, "dni,cliente,mascota\n43464097P,Carmen Núñez,Luna\n05032582K,Luis Pérez,Coco\n")
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [2]
    assert "already exists: Carmen Núñez" in rejected_text(plan)[2]
    assert [client.details.id_number for client in plan.clients] == ["05032582K"]


def test_shared_dni_rejects_both_clients(tmp_path, context):
    path = write_csv(tmp_path, "ref,dni,cliente\n1,43464097P,Carmen Núñez\n2,43464097-p,Carmen Nuñez\n"
                               "3,05032582K,Luis Pérez\n")
    plan = plan_file(context, path)
    problems = rejected_text(plan)
    assert sorted(problems) == [2, 3]
    assert "line 3" in problems[2]
    assert "line 2" in problems[3]


def test_external_ref_already_imported(tmp_path, context):
    import_file(context, write_csv(tmp_path, "ref,cliente\n1001,Carmen Núñez\n", name="first.csv"))
    plan = plan_file(context, write_csv(tmp_path, "ref,cliente\n1001,Carmen Núñez\n1002,Luis Pérez\n",
                                        name="second.csv"))
    assert [row.line for row in plan.rejected] == [2]
    assert "1001 was already imported" in rejected_text(plan)[2]


def test_unquoted_separator_rejects_row(tmp_path, context):
    path = write_csv(tmp_path, "ref,cliente,telefono\n1,García, Ana,600111222\n2,Luis Pérez,600111333,\n")
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [2]
    assert "4 values but the header has 3" in rejected_text(plan)[2]
    assert [client.details.given_name for client in plan.clients] == ["Luis"]


def test_rows_grouped_by_name_and_phone(tmp_path, context):
    path = write_csv(tmp_path, "cliente,telefono,mascota,especie\n"
                               "Ana García,600111222,Luna,perro\n"
                               "Ana García,600 111 222,Coco,gato\n"
                               "Ana García,699000111,Nala,gato\n"
                               "Luis Pérez,,,\n"
                               "Eva Ruiz,,,perro\n")
    plan = plan_file(context, path)
    pets = {(client.details.full_name, client.details.phone): [pet.pet.name for pet in client.pets]
            for client in plan.clients}
    assert pets == {("Ana García", "+34600111222"): ["Luna", "Coco"], ("Ana García", "+34699000111"): ["Nala"],
                    ("Luis Pérez", ""): []}
    assert "pet's name" in rejected_text(plan)[6]


def test_same_pet_name_kept_per_client(tmp_path, context):
    path = write_csv(tmp_path, "ref,cliente,mascota\n1,Ana García,Luna\n2,Luis Pérez,Luna\n")
    result = import_file(context, path)
    assert result.pets == 2
    with context.database.read() as session:
        owners = session.execute(select(models.PetOwner.client_id, models.PetOwner.responsible)).all()
    assert len({client_id for client_id, _ in owners}) == 2
    assert all(responsible for _, responsible in owners)


def test_future_birth_date_rejected(tmp_path, context):
    path = write_csv(tmp_path, "cliente,mascota,nacimiento\nAna García,Luna,05/12/2026\n"
                               "Luis Pérez,Coco,04/12/2026 00:00:00\n")
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [2]
    assert "05/12/2026" in rejected_text(plan)[2]
    assert plan.clients[0].pets[0].pet.birth_date == TODAY


def test_missing_name_names_column(tmp_path, context):
    path = write_csv(tmp_path, "cliente,telefono\n,600111222\nLuis Pérez,6001\n")
    plan = plan_file(context, path)
    assert [(row.line, row.column) for row in plan.rejected] == [(2, "cliente"), (3, "telefono")]
    assert "given name" in rejected_text(plan)[2]
    assert '"6001"' in rejected_text(plan)[3]


def test_too_long_value_rejected(tmp_path, context):
    path = write_csv(tmp_path, f"cliente,mascota\nAna García,{'L' * 101}\nLuis Pérez,Coco\n")
    plan = plan_file(context, path)
    assert [row.line for row in plan.rejected] == [2]
    assert "101 characters" in rejected_text(plan)[2]


# --- Bad files ------------------------------------------------------------------------


@pytest.mark.parametrize("content, expected", [
    (b"", "is empty"),
    (b"\r\n  \r\n", "is empty"),
    (b"id,nombre\r\n", "no data rows"),
    (b"id,nombre\n1,\"Ana\n2,Luis\n", "line 2"),
    (b"PK\x03\x04\x00\x00binary", "not a CSV text file"),
    (b"id,nombre\n1,\x81\x8d\n", "neither UTF-8 nor Windows-1252"),
    (b"\xef\xbb\xbfid,nombre\n1,\xff\n", "invalid bytes"),
])
def test_bad_file_rejected(tmp_path, content, expected):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as error:
        importing.read_csv(path)
    assert expected in error.value.render()
    assert "bad.csv" in error.value.render()


def test_missing_file_rejected(tmp_path):
    with pytest.raises(UserError) as error:
        importing.read_csv(tmp_path / "nowhere.csv")
    assert "nowhere.csv was not found" in error.value.render()


def test_semicolon_detected_with_decimal_commas():
    text = "nombre;saldo\nAna;12,50\nLuis;3,00\nEva;7,25\n"
    assert importing.detect_delimiter(text) == ";"
    assert importing.detect_delimiter('"a, b";c\n"1";2\n') == ";"
    assert importing.detect_delimiter("a,b\n1,2\n") == ","


# --- Values -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, style, expected", [
    ("1234.56", DecimalStyle.POINT, "1234.56"),
    ("1,234.56", DecimalStyle.POINT, "1234.56"),
    ("-15.00", DecimalStyle.POINT, "-15.00"),
    ("€ 12.5", DecimalStyle.POINT, "12.50"),
    ("12.50 €", DecimalStyle.POINT, "12.50"),
    ("0.1", DecimalStyle.POINT, "0.10"),
    ("", DecimalStyle.POINT, "0.00"),
    ("1.234,56", DecimalStyle.COMMA, "1234.56"),
    ("-15,00", DecimalStyle.COMMA, "-15.00"),
    ("12,5", DecimalStyle.COMMA, "12.50"),
    ("1234", DecimalStyle.COMMA, "1234.00"),
    ("  ", DecimalStyle.COMMA, "0.00"),
])
def test_file_amount_parsed(text, style, expected):
    assert importing.parse_file_amount(text, style) == Money(Decimal(expected))


@pytest.mark.parametrize("text, style, expected", [
    ("12,50", DecimalStyle.POINT, "decimal comma"),
    ("12.345", DecimalStyle.POINT, "more than two decimals"),
    ("abc", DecimalStyle.POINT, "not a number"),
    ("1e5", DecimalStyle.POINT, "not a number"),
    ("100000000.00", DecimalStyle.POINT, "too large"),
    ("12.50", DecimalStyle.COMMA, "decimal point"),
    ("12,345", DecimalStyle.COMMA, "ambiguous"),
])
def test_bad_file_amount_named(text, style, expected):
    with pytest.raises(UserError) as error:
        importing.parse_file_amount(text, style)
    assert text in error.value.render()
    assert expected in error.value.render()


@pytest.mark.parametrize("values, delimiter, expected", [
    (["0.00", "12,50", "1234.56", "-15.00"], ",", DecimalStyle.POINT),
    (["1.234,56", "3,00", ""], ",", DecimalStyle.COMMA),
    (["1,234.56"], ";", DecimalStyle.POINT),
    (["10", "1.234"], ";", DecimalStyle.COMMA),
    (["10", "1.234"], ",", DecimalStyle.POINT),
])
def test_decimal_style_detected(values, delimiter, expected):
    assert importing.detect_decimal_style(values, delimiter) is expected


@pytest.mark.parametrize("text, expected", [
    ("Cañizares Giménez, Carmen", ("Carmen", "Cañizares Giménez")),
    ("  García  López ,  Ana María ", ("Ana María", "García López")),
    ("Ana García López", ("Ana", "García López")),
    ("María José García López", ("María José", "García López")),
    ("Juan de la Fuente García", ("Juan", "de la Fuente García")),
    ("Ana García", ("Ana", "García")),
    ("Ana", ("Ana", "")),
])
def test_full_name_split(text, expected):
    assert importing.split_full_name(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Macho", "male"), ("M", "male"), ("macho castrado", "male"), ("MC", "male"), ("Male", "male"),
    ("Hembra", "female"), ("H", "female"), ("f", "female"), ("Hembra esterilizada", "female"), ("", ""),
])
def test_sex_word_parsed(text, expected):
    assert importing.parse_sex(text) == expected


def test_unknown_sex_named():
    with pytest.raises(UserError) as error:
        importing.parse_sex("desconocido")
    assert "desconocido" in error.value.render()


# --- Mappings -----------------------------------------------------------------------------


@pytest.mark.parametrize("headers, expected", [
    (["Customer ID", "First name", "Last name", "Phone", "Mobile", "Email", "Pet name", "Species",
      "Date of birth", "Balance"],
     {"external_ref": 0, "given_name": 1, "surnames": 2, "phone": 3, "phone2": 4, "email": 5, "pet_name": 6,
      "species": 7, "birth_date": 8, "balance": 9}),
    (["Nº Cliente", "Nombre y apellidos", "Código postal", "Nombre del animal", "Código animal", "Sexo animal"],
     {"external_ref": 0, "full_name": 1, "postal_code": 2, "pet_name": 3, "sex": 5}),
    (["Nombre", "Apellido1", "Apellido2", "Observaciones", "Microchip"],
     {"given_name": 0, "surnames": 1, "second_surname": 2, "notes": 3, "microchip": 4}),
    (["Nombre", "DNI"], {"full_name": 0, "id_number": 1}),
])
def test_mapping_guessed_from_headers(headers, expected):
    assert importing.guess_mapping(headers) == expected


@pytest.mark.parametrize("mapping, expected", [
    ({"phone": 1}, "client's name"),
    ({"full_name": 0, "given_name": 1}, "not both"),
    ({"given_name": 0, "phone": 0}, "two fields"),
    ({"given_name": 5}, "does not exist"),
    ({"given_name": 0, "second_surname": 1}, "surnames column"),
])
def test_unusable_mapping_rejected(mapping, expected):
    with pytest.raises(ValidationErrors) as error:
        importing.validate_mapping(mapping, ["a", "b", "c"])
    assert expected in error.value.render()


def test_second_surname_joined(tmp_path, context):
    path = write_csv(tmp_path, "nombre,apellido1,apellido2\nAna,García,López\nLuis,Pérez,\n")
    plan = plan_file(context, path)
    assert [client.details.surnames for client in plan.clients] == ["García López", "Pérez"]


HEADERS = "Código;Cliente;DNI;Teléfono;Teléfono 2;Mascota;Deuda\n"


def test_changed_mapping_remembered(tmp_path, context):
    first = importing.read_csv(write_csv(tmp_path, HEADERS + "1;Ana García;43464097P;600111222;699000111;Luna;5,00\n",
                                         name="enero.csv"))
    mapping, source = importing.initial_mapping(context, first.headers)
    assert source is MappingSource.GUESSED
    assert (mapping["phone"], mapping["phone2"]) == (3, 4)
    mapping["phone"], mapping["phone2"] = 4, 3  # this program puts the mobile second
    importing.run_import(context, importing.plan_import(context, first, mapping), valid_rows_only=False)
    assert client_with_id(context, "43464097P").phone == "+34699000111"

    second = importing.read_csv(write_csv(tmp_path, HEADERS + "2;Luis Pérez;05032582K;600111333;699000222;Coco;\n",
                                          name="febrero.csv"))
    remembered, source = importing.initial_mapping(context, second.headers)
    assert source is MappingSource.REMEMBERED
    assert remembered == mapping

    with context.database.read() as session:
        keys = set(session.scalars(select(models.Setting.key)))
        actions = list(session.scalars(select(models.AuditEvent.action)))
    assert importing.mapping_setting_key(first.headers) in keys
    assert importing.LAST_MAPPING_KEY in keys
    assert actions.count("import_mapping_saved") == 2


def test_last_mapping_used_for_other_headers(tmp_path, context):
    first = importing.read_csv(write_csv(tmp_path, HEADERS + "1;Ana García;43464097P;600111222;699000111;Luna;\n"))
    mapping, _ = importing.initial_mapping(context, first.headers)
    mapping["phone"], mapping["phone2"] = 4, 3
    importing.remember_mapping(context, first.headers, mapping)

    other = ["Mascota", "Teléfono 2", "Cliente", "Teléfono", "Notas"]
    proposed, source = importing.initial_mapping(context, other)
    assert source is MappingSource.LAST
    assert proposed == {"pet_name": 0, "phone": 1, "full_name": 2, "phone2": 3, "notes": 4}


def test_dry_run_does_not_remember(sample, context):
    plan_file(context, sample)
    with context.database.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Setting)) == 0


def test_unreadable_stored_mapping_ignored(sample, context, clock):
    csv_file = importing.read_csv(sample)
    with context.database.transaction() as session:
        session.add(models.Setting(key=importing.mapping_setting_key(csv_file.headers), value_json="{not json",
                                   updated_by="test", updated_at=clock()))
    mapping, source = importing.initial_mapping(context, csv_file.headers)
    assert source is MappingSource.GUESSED
    assert mapping == importing.guess_mapping(csv_file.headers)

    importing.run_import(context, importing.plan_import(context, csv_file, mapping), valid_rows_only=True)
    assert importing.remembered_mapping(context, csv_file.headers) == mapping


# --- Size ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_thousand_rows_in_seconds(tmp_path, context):
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    lines = ["Código;Apellidos;Nombre;DNI;Teléfono;Mascota;Especie;F. nacimiento;Saldo"]
    for i in range(10_000):
        number = 10_000_000 + i
        balance = ("1.234,56", "-5,00", "")[i % 3]
        lines.append(f"{i};García López {i};Ana;{number}{letters[number % 23]};6{i:08d};Luna {i};perro;"
                     f"01/02/2015;{balance}")
    path = write_csv(tmp_path, "\n".join(lines) + "\n")

    started = time.perf_counter()
    result = import_file(context, path)
    elapsed = time.perf_counter() - started

    assert (result.clients, result.pets, result.charges, result.credit_notes) == (10_000, 10_000, 3_334, 3_333)
    # The per-client rebuild_search_terms took over 100 s here; the bulk insert takes about 5 s.
    assert elapsed < 60
    assert [hit.name for hit in clients.search(context, "luna 9999")] == ["García López 9999, Ana"]


# --- Command line ----------------------------------------------------------------------------


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    status = cli.main(["import", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_cli_dry_run_english(qapp, capsys, sample, context):
    before = counts(context)
    status, out, _ = run_cli(capsys, str(sample), "--database", context.database.url, "--dry-run",
                             "--language", "en")
    assert status == 1
    assert "Full name of the client ← propietario" in out
    for line, value in ((6, "X1234567A"), (13, "12,50"), (22, "2019-13-01")):
        assert any(text.startswith(f"line {line}, ") and value in text for text in out.splitlines())
    assert "Dry run: nothing was stored." in out
    assert counts(context) == before


def test_cli_dry_run_spanish(qapp, capsys, sample, context):
    status, out, _ = run_cli(capsys, str(sample), "--database", context.database.url, "--dry-run",
                             "--language", "es")
    assert status == 1
    rejected = [text for text in out.splitlines() if any(value in text for value in ("X1234567A", "12,50",
                                                                                      "2019-13-01"))]
    assert [text.split(",")[0].split()[-1] for text in rejected] == ["6", "13", "22"]
    assert all(text.startswith("línea ") for text in rejected)
    assert "Simulación: no se ha guardado nada." in out


def test_cli_dry_run_creates_no_database(qapp, capsys, sample, tmp_path):
    target = tmp_path / "new-folder" / "clinic.sqlite3"
    status, out, _ = run_cli(capsys, str(sample), "--database", f"sqlite:///{target}", "--dry-run",
                             "--language", "en")
    assert status == 1
    assert "line 6, " in out
    assert not target.exists()
    assert not target.parent.exists()


def test_cli_rejects_then_valid_only(qapp, capsys, sample, context):
    before = counts(context)
    status, _, err = run_cli(capsys, str(sample), "--database", context.database.url, "--language", "en")
    assert status == 1
    assert "3 rows of clinic_export_sample.csv were rejected, so nothing was stored" in err
    assert counts(context) == before

    status, out, _ = run_cli(capsys, str(sample), "--database", context.database.url, "--valid-only",
                             "--language", "en")
    assert status == 0
    assert "38 clients, 51 pets" in out
    assert counts(context)["client"] == 38

    status, out, _ = run_cli(capsys, str(sample), "--database", context.database.url, "--dry-run",
                             "--language", "en")
    assert "remembered from an earlier import" in out


def test_cli_map_options(qapp, capsys, sample, context):
    status, out, _ = run_cli(capsys, str(sample), "--database", context.database.url, "--dry-run",
                             "--language", "en", "--map", "email=", "--map", "phone=telefono2",
                             "--map", "notes=7")
    assert status == 1
    assert "Phone ← telefono2" in out
    assert "Second phone ←" not in out
    assert "Email ←" not in out
    assert "Notes about the client ← direccion" in out
    assert "Address ←" not in out
    assert "Columns not imported: telefono1, correo" in out


@pytest.mark.parametrize("args, expected", [
    (["--map", "colour=3"], "--map colour=3 is not valid"),
    (["--map", "phone=fax"], "\"fax\" of --map phone=fax is not in the file"),
    (["--map", "phone=16"], "from 1 to 15"),
    (["--map", "full_name="], "client's name"),
])
def test_cli_bad_map_is_usage_error(qapp, capsys, sample, context, args, expected):
    status, _, err = run_cli(capsys, str(sample), "--database", context.database.url, "--dry-run",
                             "--language", "en", *args)
    assert status == 2
    assert expected in err


def test_cli_missing_file_is_usage_error(qapp, capsys, tmp_path, context):
    status, _, err = run_cli(capsys, str(tmp_path / "nowhere.csv"), "--database", context.database.url,
                             "--language", "en")
    assert status == 2
    assert "nowhere.csv was not found" in err


def test_cli_bad_database_is_usage_error(qapp, capsys, sample):
    status, _, err = run_cli(capsys, str(sample), "--database", "nosuchdriver://user:secret@localhost/x",
                             "--language", "en")
    assert status == 2
    assert "could not be opened" in err
    assert "secret" not in err


def test_cli_main_database_option_used(qapp, capsys, sample, tmp_path):
    other = tmp_path / "other.sqlite3"
    status = cli.main(["--database", f"sqlite:///{other}", "import", str(sample), "--valid-only",
                       "--language", "en"])
    capsys.readouterr()
    assert status == 0
    assert other.exists()
