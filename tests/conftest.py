"""Shared test set-up: offscreen Qt, isolated user directories, real SQLite databases."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

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


@pytest.fixture
def database(tmp_path: Path):
    """A new SQLite clinic file with every migration applied."""
    from vetdesk.storage.database import Database, sqlite_url

    db = Database(sqlite_url(tmp_path / "clinic.sqlite3"))
    yield db
    db.dispose()


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
