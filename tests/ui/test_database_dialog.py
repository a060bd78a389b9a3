"""The database connection dialog, the keyring and the URL the application opens."""

from __future__ import annotations

import json

import pytest

from vetdesk.config import LocalConfig, load_config
from vetdesk.secrets import (
    SERVICE_NAME,
    database_secret_name,
    load_secret,
    resolve_database_url,
    store_secret,
    url_without_password,
)
from vetdesk.ui.database_dialog import DatabaseDialog


@pytest.fixture
def dialog(qtbot, tmp_path):
    created = DatabaseDialog(LocalConfig(), config_path=tmp_path / "config.json")
    qtbot.addWidget(created)
    created.show()
    return created


def _fill(dialog, server, *, database="postgres", user=None, password=None):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.database.setText(database)
    dialog.user.setText(user or server.password_role)
    dialog.password.setText(server.password if password is None else password)


def test_test_connection_succeeds(dialog, postgres_server):
    _fill(dialog, postgres_server)
    assert dialog.test_connection() is True
    assert "Connected to the database postgres on 127.0.0.1" in dialog.message_bar.text()


def test_test_connection_wrong_password(dialog, postgres_server):
    _fill(dialog, postgres_server, password="wrong-secret")
    assert dialog.test_connection() is False
    text = dialog.message_bar.text()
    assert "rejected user vetdesk_password" in text
    assert "wrong-secret" not in text


def test_test_connection_missing_database(dialog, postgres_server):
    _fill(dialog, postgres_server, database="no_such_clinic", user=postgres_server.superuser, password="")
    assert dialog.test_connection() is False
    assert "The database no_such_clinic does not exist on the server 127.0.0.1" in dialog.message_bar.text()


def test_test_connection_unreachable(dialog, postgres_server):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _fill(dialog, postgres_server)
    dialog.port.setValue(port)
    assert dialog.test_connection() is False
    assert f"127.0.0.1 on port {port}" in dialog.message_bar.text()


@pytest.mark.parametrize("empty", ["host", "database", "user"])
def test_required_fields(dialog, empty):
    dialog.host.setText("servidor.local")
    dialog.database.setText("clinica")
    dialog.user.setText("vetdesk")
    getattr(dialog, empty).setText("  ")
    assert dialog.test_connection() is False
    assert dialog.message_bar.text().startswith("Type the")
    assert dialog.save() is False


def test_save_keeps_password_out_of_config(dialog, tmp_path, memory_keyring):
    dialog.host.setText("servidor.local")
    dialog.port.setValue(5433)
    dialog.database.setText("clinica")
    dialog.user.setText("vetdesk")
    dialog.password.setText("s3cret pass")
    with_signal = []
    dialog.saved.connect(with_signal.append)
    assert dialog.save() is True

    stored = (tmp_path / "config.json").read_text(encoding="utf-8")
    assert "s3cret" not in stored
    url = json.loads(stored)["database_url"]
    assert url == "postgresql+psycopg://vetdesk@servidor.local:5433/clinica"
    assert with_signal == [url]
    assert memory_keyring.passwords == {(SERVICE_NAME, "database:vetdesk@servidor.local:5433/clinica"): "s3cret pass"}

    from sqlalchemy.engine import make_url

    resolved = make_url(resolve_database_url(load_config(tmp_path / "config.json")))
    assert resolved.password == "s3cret pass"
    assert resolved.set(password="x") == make_url("postgresql+psycopg://vetdesk:x@servidor.local:5433/clinica")


def test_dialog_loads_saved_settings(qtbot, memory_keyring):
    store_secret("database:vetdesk@servidor.local:5432/clinica", "pw")
    config = LocalConfig(database_url="postgresql://vetdesk@servidor.local/clinica")
    loaded = DatabaseDialog(config)
    qtbot.addWidget(loaded)
    assert loaded.host.text() == "servidor.local"
    assert loaded.port.value() == 5432
    assert loaded.database.text() == "clinica"
    assert loaded.user.text() == "vetdesk"
    assert loaded.password.text() == "pw"


def test_empty_password_deletes_secret(memory_keyring):
    store_secret("x", "value")
    store_secret("x", "")
    assert load_secret("x") is None
    store_secret("x", "")


def test_resolve_default_is_sqlite_file(tmp_path):
    assert resolve_database_url(LocalConfig()).startswith("sqlite:///")
    assert resolve_database_url(LocalConfig(database_url="sqlite:////tmp/x.sqlite3")) == "sqlite:////tmp/x.sqlite3"


def test_resolve_without_stored_password():
    assert resolve_database_url(LocalConfig(database_url="postgresql://vetdesk@h/c")) == \
        "postgresql+psycopg://vetdesk@h/c"


def test_resolve_keeps_explicit_password():
    url = "postgresql+psycopg://vetdesk:given@h/c"
    assert resolve_database_url(LocalConfig(database_url=url)) == url


def test_secret_name_and_url_helpers():
    assert database_secret_name("postgresql://ana@db.local/clinica") == "database:ana@db.local:5432/clinica"
    assert url_without_password("postgresql://ana:pw@db.local/clinica") == "postgresql+psycopg://ana@db.local/clinica"


def test_keyring_failure_reported(monkeypatch):
    import keyring
    from keyring.errors import NoKeyringError

    from vetdesk.domain.messages import UserError

    def fail(*args):
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", fail)
    monkeypatch.setattr(keyring, "get_password", fail)
    with pytest.raises(UserError, match="could not be saved in the system keyring"):
        store_secret("x", "value")
    assert load_secret("x") is None
