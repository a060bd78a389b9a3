"""Small pieces shared by the widgets: formatting, the inline message bar, message boxes."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QFrame, QHBoxLayout, QLabel, QMessageBox, QWidget

from vetdesk.domain.formatting import format_date
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money, format_money
from vetdesk.translation import translate

log = logging.getLogger("vetdesk.ui")


def current_language() -> str:
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def money_text(amount: Money) -> str:
    return format_money(amount, current_language())


def date_text(value: date | None) -> str:
    return format_date(value, current_language()) if value else ""


def error_text(error: UserError) -> str:
    return error.render(translate)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def make_date_edit(value: date, object_name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setObjectName(object_name)
    return edit


class MessageBar(QFrame):
    """A coloured bar inside a form that shows what is wrong, instead of a pop-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._label)
        self.hide()

    def text(self) -> str:
        return self._label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def show_error(self, text: str) -> None:
        self.setStyleSheet("#messageBar { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"
                           " QLabel { color: #8c1d18; }")
        self._label.setText(text)
        self.show()

    def show_info(self, text: str) -> None:
        self.setStyleSheet("#messageBar { background: #e8f0fe; border: 1px solid #1a73e8; border-radius: 4px; }"
                           " QLabel { color: #174ea6; }")
        self._label.setText(text)
        self.show()

    def clear(self) -> None:
        self._label.clear()
        self.hide()


# Boxes without a parent are owned by Python; this keeps them alive until they are closed.
_open_boxes: set[QMessageBox] = set()


def show_unexpected_error(parent: QWidget | None, text: str) -> QMessageBox:
    """Show a non-blocking error box; it is opened, never exec()'d, so tests cannot hang on it."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Common", "VetDesk"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unexpectedErrorBox")
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box
