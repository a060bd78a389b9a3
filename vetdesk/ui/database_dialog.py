"""Connection settings for a clinic database on a PostgreSQL server shared by several desks.

The password goes to the OS keyring (see vetdesk.secrets); the local
configuration keeps only the URL without it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from vetdesk.config import LocalConfig, save_config
from vetdesk.domain.messages import UserError
from vetdesk.ui.common import MessageBar, error_text

DEFAULT_PORT = 5432
POSTGRESQL_DRIVER = "postgresql+psycopg"


class DatabaseDialog(QDialog):
    """Host, port, database, user and password of the clinic's PostgreSQL server.

    ``test_connection`` and ``save`` are public so that tests drive the dialog
    without ``exec()``. ``saved`` carries the URL without the password.
    """

    saved = Signal(str)

    def __init__(self, config: LocalConfig, parent: QWidget | None = None, *,
                 config_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseDialog")
        self.setWindowTitle(self.tr("Clinic database server"))
        self.config = config
        self.config_path = config_path

        self.host = self._line_edit("hostEdit", self.tr("for example servidor.local or 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setObjectName("portEdit")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self._line_edit("databaseEdit", "clinica")
        self.user = self._line_edit("userEdit", "vetdesk")
        self.password = self._line_edit("passwordEdit", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)

        self.message_bar = MessageBar(self)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_bar)
        layout.addWidget(buttons)
        self._load(config.database_url)

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _load(self, url_text: str) -> None:
        from vetdesk.secrets import database_secret_name, load_secret
        from vetdesk.storage.database import normalize_url

        if not url_text:
            return
        url = normalize_url(url_text)
        if url.get_backend_name() != "postgresql":
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        self.password.setText(load_secret(database_secret_name(url)) or "")

    def url(self, *, with_password: bool) -> URL:
        return URL.create(
            POSTGRESQL_DRIVER,
            username=self.user.text().strip(),
            password=(self.password.text() or None) if with_password else None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        )

    def _missing_field(self) -> str | None:
        """Return the message for the first empty required field, or None."""
        if not self.host.text().strip():
            self.host.setFocus()
            return self.tr("Type the name or address of the database server.")
        if not self.database.text().strip():
            self.database.setFocus()
            return self.tr("Type the name of the clinic's database on the server.")
        if not self.user.text().strip():
            self.user.setFocus()
            return self.tr("Type the user name that VetDesk signs in to the server with.")
        return None

    def test_connection(self) -> bool:
        """Connect with the values typed and show the result in the message bar; return True on success."""
        from vetdesk.storage.database import check_connection

        missing = self._missing_field()
        if missing:
            self.message_bar.show_error(missing)
            return False
        # NOTE: this blocks the window for up to POSTGRESQL_CONNECT_TIMEOUT_S when the server is unreachable.
        try:
            revision = check_connection(self.url(with_password=True).render_as_string(hide_password=False))
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        values = {"database": self.database.text().strip(), "host": self.host.text().strip()}
        if revision is None:
            text = self.tr("Connected to the database {database} on {host}. It has no VetDesk tables yet; "
                           "VetDesk creates them when it opens the database, or copy this desk's clinic "
                           "into it with \"vetdesk migrate-to\".")
        else:
            text = self.tr("Connected to the database {database} on {host}.")
        self.message_bar.show_info(text.format(**values))
        return True

    def save(self) -> bool:
        """Store the password in the keyring and the URL without it in the local configuration."""
        from vetdesk.secrets import database_secret_name, store_secret

        missing = self._missing_field()
        if missing:
            self.message_bar.show_error(missing)
            return False
        url = self.url(with_password=False)
        try:
            store_secret(database_secret_name(url), self.password.text())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self.config.database_url = url.render_as_string(hide_password=False)
        save_config(self.config, self.config_path)
        self.saved.emit(self.config.database_url)
        self.accept()
        return True
