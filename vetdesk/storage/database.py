"""Engine creation and schema migration for a clinic database."""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

log = logging.getLogger("vetdesk.storage")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 5000
# Seconds a desk waits for an unreachable PostgreSQL server before it reports the error.
POSTGRESQL_CONNECT_TIMEOUT_S = 10
CTX = "Database"

# SQLSTATE of a query on a table the user may not read (PostgreSQL 15 manual, appendix A).
SQLSTATE_INSUFFICIENT_PRIVILEGE = "42501"
# libpq reports a failed login without an SQLSTATE (psycopg 3.3 leaves ``sqlstate`` None),
# so the server's message text is matched. These are the English texts of PostgreSQL 15;
# a server with translated lc_messages falls through to the generic message.
LOGIN_REJECTED_TEXTS = ("password authentication failed", "no pg_hba.conf entry",
                        "role \"", "password must be a string", "authentication failed")
MISSING_DATABASE_TEXT = re.compile(r'database "[^"]*" does not exist')
UNREACHABLE_TEXTS = ("connection refused", "could not translate host name", "timeout expired",
                     "no route to host", "network is unreachable", "could not connect",
                     "name or service not known")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _configure_sqlite(dbapi_connection, _record) -> None:
    # SQLAlchemy, not the driver, starts transactions (see _begin_sqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets readers work while a desk writes. The mode is kept in the file, and
    # an in-memory database reports "memory" and carries on.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


WRITE_OPTION = "vetdesk_write"


def _begin_sqlite(connection) -> None:
    """Start a write transaction on SQLite with the write lock taken, and a read one without.

    A deferred transaction that reads and then writes fails at once with
    "database is locked" when another process wrote in between. An immediate
    one waits up to the busy timeout instead, so two desks writing at the same
    moment both succeed. Reads stay deferred, so in WAL mode they do not wait for a writer.
    """
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def normalize_url(url: str | URL) -> URL:
    """Parse ``url``; a bare ``postgresql://`` URL gets the psycopg 3 driver that VetDesk installs."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def create_database_engine(url: str) -> Engine:
    """Create an engine for ``url``; SQLite files get WAL, foreign keys and a busy timeout."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "postgresql":
        connect_args = {}
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = POSTGRESQL_CONNECT_TIMEOUT_S
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)

    database = parsed.database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config_without_engine())
    return script.get_current_head()


def _alembic_config_without_engine() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config_without_engine())
    return {revision.revision for revision in script.walk_revisions()}


def _location(url: URL) -> dict[str, str]:
    """Return the host and database of ``url`` for messages; the password is never included."""
    if url.get_backend_name() == "sqlite":
        return {"host": "localhost", "port": "", "database": url.database or ":memory:", "user": ""}
    return {
        "host": url.host or "localhost",
        "port": str(url.port or 5432),
        "database": url.database or "",
        "user": url.username or "",
    }


def check_revision_known(engine: Engine, revision: str | None) -> None:
    """Raise UserError when the database was migrated by a newer VetDesk than this one."""
    if revision is None or revision in known_revisions():
        return
    raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Database",
        "The database {database} on {host} has schema version {revision}, which this version of "
        "VetDesk does not know: a newer VetDesk has updated it. Install the newer VetDesk on this "
        "computer, or open another database."),
        {**_location(engine.url), "revision": revision}))


def _server_detail(error: DBAPIError) -> str:
    """Return the server's or libpq's message, which never contains the password."""
    text = str(getattr(error, "orig", None) or error).strip()
    return text.split("FATAL:", 1)[-1].strip() if "FATAL:" in text else text


def connection_error(url: str | URL, error: DBAPIError) -> UserError:
    """Translate a failed PostgreSQL connection into a message naming the server and database, and what to do."""
    location = _location(normalize_url(url))
    sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None)
    text = str(getattr(error, "orig", None) or error).lower()
    if sqlstate == SQLSTATE_INSUFFICIENT_PRIVILEGE:
        return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Database",
            "User {user} may not read the tables of the database {database} on {host}. Ask the "
            "administrator of the server to grant this user access to the VetDesk tables."),
            location), field="user")
    if any(marker in text for marker in LOGIN_REJECTED_TEXTS) and not MISSING_DATABASE_TEXT.search(text):
        return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Database",
            "The server {host} rejected user {user} for the database {database}: the password is "
            "wrong or the user may not connect. Check the user name and password in the connection "
            "settings."),
            location), field="password")
    if MISSING_DATABASE_TEXT.search(text):
        return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Database",
            "The database {database} does not exist on the server {host}. Check the database name in "
            "the connection settings, or ask the administrator to create it."),
            location), field="database")
    if any(marker in text for marker in UNREACHABLE_TEXTS):
        return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Database",
            "Could not connect to the database server {host} on port {port}. Check that the server "
            "is running and that this computer can reach it, then try again."),
            location), field="host")
    return UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Database",
        "The server {host} refused the connection to the database {database}: {detail}. Check the "
        "connection settings, or ask the administrator of the server."),
        {**location, "detail": _server_detail(error)}))


def check_connection(url: str) -> str | None:
    """Connect to the PostgreSQL database at ``url`` and return its schema revision, changing nothing.

    Raises UserError when the server cannot be reached, rejects the login, has
    no such database, or contains a schema newer than this application supports.
    """
    engine = create_database_engine(url)
    try:
        try:
            revision = current_revision(engine)
        except (OperationalError, ProgrammingError) as error:
            raise connection_error(url, error) from None
        check_revision_known(engine, revision)
        return revision
    finally:
        engine.dispose()


def upgrade_schema(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision."""
    before = current_revision(engine)
    if before == head_revision():
        return
    check_revision_known(engine, before)
    command.upgrade(_alembic_config(engine), "head")
    after = current_revision(engine)
    if before != after:
        log.info("Database schema upgraded from %s to %s", before or "empty", after)


class Database:
    """An engine with its session factory. Services open one session per user action."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        """Open ``url`` and, with ``migrate``, bring its schema to the newest revision.

        Raises UserError when the database cannot be opened (see ``connection_error``)
        or was migrated by a newer VetDesk.
        """
        self.url = url
        self.engine = create_database_engine(url)
        if migrate:
            try:
                upgrade_schema(self.engine)
            except (OperationalError, ProgrammingError) as error:
                self.engine.dispose()
                if self.engine.dialect.name != "postgresql":
                    raise
                raise connection_error(url, error) from None
            except UserError:
                self.engine.dispose()
                raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Open a session whose work is committed on success and rolled back on error."""
        with self._sessions.begin() as session:
            session.connection(execution_options={WRITE_OPTION: True})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Open a session for queries only."""
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
