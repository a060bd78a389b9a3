"""Passwords kept in the operating system's keyring, never in config files or logs.

The keyring package picks the platform's store: Windows Credential Manager,
the macOS Keychain, or the Secret Service on Linux. Every secret is stored
under the service name "VetDesk" and a ``name`` chosen by the caller.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError
from sqlalchemy.engine import URL

from vetdesk.config import LocalConfig, default_database_path
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.storage.database import normalize_url, sqlite_url

log = logging.getLogger("vetdesk.secrets")

SERVICE_NAME = "VetDesk"
CTX = "Secrets"


def store_secret(name: str, value: str) -> None:
    """Store ``value`` under ``name``; an empty value deletes the stored secret.

    Raises UserError when the system keyring is missing or refuses the write.
    """
    try:
        if value:
            keyring.set_password(SERVICE_NAME, name, value)
            return
        try:
            keyring.delete_password(SERVICE_NAME, name)
        except PasswordDeleteError:
            pass
    except KeyringError as error:
        log.error("Storing secret %s in the system keyring failed: %s", name, type(error).__name__)
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP("Secrets",
            "The password could not be saved in the system keyring ({error}). Check that the "
            "keyring of your session is unlocked, then save again."),
            {"error": type(error).__name__})) from None


def load_secret(name: str) -> str | None:
    """Return the secret stored under ``name``, or None when there is none or no keyring is available."""
    try:
        return keyring.get_password(SERVICE_NAME, name)
    except KeyringError as error:
        log.warning("Reading secret %s from the system keyring failed: %s", name, type(error).__name__)
        return None


def database_secret_name(url: str | URL) -> str:
    """Return the keyring name of the password for the database user and server in ``url``."""
    parsed = normalize_url(url)
    port = parsed.port or 5432
    return f"database:{parsed.username or ''}@{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def url_without_password(url: str | URL) -> str:
    """Return ``url`` as text with any password removed, as the configuration file stores it."""
    parsed = normalize_url(url)
    # URL.set(password=None) keeps the password, so the URL is rebuilt without it.
    bare = URL.create(parsed.drivername, username=parsed.username, host=parsed.host, port=parsed.port,
                      database=parsed.database, query=parsed.query)
    return bare.render_as_string(hide_password=False)


def resolve_database_url(config: LocalConfig) -> str:
    """Return the URL to open: the configured one with its password from the keyring.

    An empty ``database_url`` means the SQLite file in the user data directory.
    A URL that already contains a password (given on the command line) is used as it is.
    """
    if not config.database_url:
        return sqlite_url(default_database_path())
    parsed = normalize_url(config.database_url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return config.database_url
    password = load_secret(database_secret_name(parsed))
    if password is None:
        return parsed.render_as_string(hide_password=False)
    return parsed.set(password=password).render_as_string(hide_password=False)
