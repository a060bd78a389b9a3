"""Per-workstation configuration: which database to open, the language, who is at the desk.

Kept in a versioned JSON file in the user configuration directory, apart
from the clinic-wide settings stored in the database. Secrets never go here;
they belong in the OS keyring.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

log = logging.getLogger("vetdesk.config")

APP_NAME = "VetDesk"
CONFIG_VERSION = 1
SUPPORTED_LANGUAGES = ("es", "en")


def data_dir() -> Path:
    return Path(os.environ.get("VETDESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(os.environ.get("VETDESK_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(os.environ.get("VETDESK_LOG_DIR") or platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "vetdesk.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def _default_staff_name() -> str:
    import getpass  # imported here: it is slow to import and rarely needed

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "recepcion"


@dataclass
class LocalConfig:
    # An SQLAlchemy URL; empty means the SQLite file in the user data directory.
    database_url: str = ""
    # "system" follows the operating system's locale; otherwise "es" or "en".
    language: str = "system"
    # The name stored with each entry this workstation records.
    staff_name: str = ""
    version: int = CONFIG_VERSION

    def effective_staff_name(self) -> str:
        return self.staff_name or _default_staff_name()


def config_path() -> Path:
    return config_dir() / "config.json"


def load_config(path: Path | None = None) -> LocalConfig:
    """Read the configuration file, falling back to defaults when it is missing or unreadable."""
    path = path or config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LocalConfig()
    except (OSError, ValueError) as error:
        log.warning("Ignoring unreadable configuration file %s: %s", path, error)
        return LocalConfig()
    known = {field.name for field in fields(LocalConfig)}
    config = LocalConfig(**{key: value for key, value in raw.items() if key in known})
    config.version = CONFIG_VERSION
    return config


def save_config(config: LocalConfig, path: Path | None = None) -> None:
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(config), indent=2, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
