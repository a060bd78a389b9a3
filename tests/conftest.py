"""Shared test set-up: offscreen Qt, isolated user directories, real databases on both engines.

Every test that uses the ``database``, ``database_url`` or ``context`` fixture runs
twice: on a new SQLite file and on a new PostgreSQL database. The PostgreSQL
server is started once per test session from the installed server binaries, in a
temporary directory, on a free port of 127.0.0.1; see ``PostgresServer``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import keyring
import keyring.backend
import pytest

# Qt reads these before the first QApplication exists, so they are set at import time.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_USER_DIRS = Path(tempfile.mkdtemp(prefix="vetdesk-test-home-"))
for _name in ("DATA", "CONFIG", "LOG"):
    os.environ[f"VETDESK_{_name}_DIR"] = str(_USER_DIRS / _name.lower())

# The Madrid evening of 4 December 2026, already 5 December in no zone west of UTC+1.
FIXED_NOW = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    from vetdesk.qt_check import check_qt_environment

    problem = check_qt_environment(need_display=False)
    if problem:
        pytest.exit(problem, returncode=3)


INSTALL_HINT = ("PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found, so the "
                "PostgreSQL variant of this test is skipped. Install them with "
                "`apt-get install postgresql` (Debian/Ubuntu) and run the tests again.")
# The superuser created by initdb; it connects without a password over 127.0.0.1.
PG_SUPERUSER = "vetdesk_test"
# A role that must give its password (SCRAM), for the wrong-password tests.
PG_PASSWORD_ROLE = "vetdesk_password"
PG_PASSWORD = "correct horse battery staple"
TEMPLATE_DATABASE = "vetdesk_template"


def postgres_bin_dir() -> Path | None:
    """Return the directory of the newest installed initdb/pg_ctl/postgres, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name),
                        reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for directory in candidates:
        if all((Path(directory) / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(directory)
    return None


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """A throw-away PostgreSQL cluster on 127.0.0.1 for one test session.

    initdb and postgres refuse to run as root, so under root (as in CI) they run
    as the ``postgres`` system user that the Debian package creates. fsync is off
    because the data is thrown away: this is not a configuration for real data.
    """

    superuser = PG_SUPERUSER
    password_role = PG_PASSWORD_ROLE
    password = PG_PASSWORD
    template = TEMPLATE_DATABASE

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.directory = Path(tempfile.mkdtemp(prefix="vetdesk-pg-"))
        self.data_dir = self.directory / "data"
        self.port = free_loopback_port()
        self.run_as = None
        if os.geteuid() == 0:
            self.run_as = pwd.getpwnam("postgres")
            os.chown(self.directory, self.run_as.pw_uid, self.run_as.pw_gid)
        self._counter = itertools.count(1)
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vetdesk-pg-copy")
        self._next_copy: Future[str] | None = None

    def _run(self, *args: str) -> None:
        kwargs = {}
        if self.run_as is not None:
            kwargs = {"user": self.run_as.pw_uid, "group": self.run_as.pw_gid, "extra_groups": []}
        subprocess.run(args, check=True, capture_output=True, text=True, cwd=self.directory, **kwargs)

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", PG_SUPERUSER,
                  "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")
        # The password role must authenticate; everyone else is trusted on loopback only.
        (self.data_dir / "pg_hba.conf").write_text(
            f"host all {PG_PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
            "local all all trust\n"
        )
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off "
                   f"-c unix_socket_directories={self.directory} -c max_connections=200")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.directory / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._background.shutdown(wait=True, cancel_futures=True)
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = PG_SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str) -> None:
        """Run statements on the maintenance database outside a transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=PG_SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def create_database(self, template: str | None = None) -> str:
        name = f"t_{next(self._counter)}"
        # FILE_COPY took 0.15 s here against 0.20 s for the default WAL_LOG strategy.
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
        return name

    def take_migrated_database(self) -> str:
        """Return a new copy of the migrated template, and start copying the next one in the background.

        Copying takes about 0.15 s, mostly the checkpoint that CREATE DATABASE runs,
        so preparing the next copy while a test runs saves most of that per test.
        """
        if self._next_copy is None:
            self._next_copy = self._background.submit(self.create_database, TEMPLATE_DATABASE)
        name = self._next_copy.result()
        self._next_copy = self._background.submit(self.create_database, TEMPLATE_DATABASE)
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_server():
    """The session's PostgreSQL server, with a migrated template database; skips without binaries."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        pytest.skip(INSTALL_HINT)
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("Running as root needs the `postgres` system user to start PostgreSQL; "
                        "install the server with `apt-get install postgresql`.")
    server = PostgresServer(bin_dir)
    server.start()
    try:
        server.admin(f"CREATE ROLE {PG_PASSWORD_ROLE} LOGIN PASSWORD '{PG_PASSWORD}'")
        # A clinic's server sorts text in Spanish, not in byte order. The tests do too,
        # so a query that works only under the C collation fails here.
        server.admin(f'CREATE DATABASE "{TEMPLATE_DATABASE}" TEMPLATE template0 '
                     "LOCALE_PROVIDER icu ICU_LOCALE 'es-ES' LOCALE 'C'")
        from vetdesk.storage.database import Database

        template = Database(server.url(TEMPLATE_DATABASE))
        template.dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request) -> str:
    return request.param


@pytest.fixture
def database_url(engine_name: str, tmp_path: Path, request) -> str:
    """The URL of a new clinic database with every migration applied, on the test's engine."""
    if engine_name == "sqlite":
        from vetdesk.storage.database import sqlite_url

        yield sqlite_url(tmp_path / "clinic.sqlite3")
        return
    server = request.getfixturevalue("postgres_server")
    name = server.take_migrated_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def empty_database_url(engine_name: str, tmp_path: Path, request) -> str:
    """The URL of a new database without tables, on the test's engine."""
    if engine_name == "sqlite":
        from vetdesk.storage.database import sqlite_url

        yield sqlite_url(tmp_path / "empty.sqlite3")
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def database(database_url: str):
    """A new clinic database with every migration applied, on SQLite and on PostgreSQL."""
    from vetdesk.storage.database import Database

    db = Database(database_url)
    yield db
    db.dispose()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict, so tests never touch the real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None


@pytest.fixture(autouse=True)
def memory_keyring():
    """Replace the OS keyring with an empty in-memory one for each test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class Clock:
    """A settable clock for ServiceContext; ``now`` is an aware UTC datetime."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def context(database, clock):
    from vetdesk.services.context import ServiceContext

    return ServiceContext(database, actor="Lucía (recepción)", clock=clock)


@pytest.fixture
def clinic(context):
    from vetdesk.services.clinic import ClinicInfo, save_clinic

    return save_clinic(context, ClinicInfo(
        name="Clínica Veterinaria Prueba", tax_id="B12345674", address_line="Calle Mayor 1",
        postal_code="28013", city="Madrid", province="Madrid",
    ))


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch):
    """Fail a test that would block on a modal dialog instead of letting it hang."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"{type(self).__name__}.exec() called in a test; open() the dialog instead")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def spanish(qapp):
    """Install the Spanish catalogues for one test and restore English afterwards."""
    from vetdesk.translation import Translations

    translations = Translations(qapp)
    translations.install("es")
    yield translations
    translations.install("en")
