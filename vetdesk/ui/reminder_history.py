"""The reminders of one client: when each went out, how, at which level, and a copy of what was sent.

The labels and colours of levels, channels and statuses are defined here and
shared with the reminders queue.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import UserError
from vetdesk.domain.reminders import Channel
from vetdesk.lazy import lazy_import
from vetdesk.translation import document_translator, translate
from vetdesk.ui.agreement_dialog import NamedMessageBar
from vetdesk.ui.common import date_text, error_text, money_text

if TYPE_CHECKING:
    from datetime import date, datetime

    from vetdesk.services.context import ServiceContext
    from vetdesk.services.reminders import ReminderView

reminders = lazy_import("vetdesk.services.reminders")
clinic_service = lazy_import("vetdesk.services.clinic")
pdf_view = lazy_import("vetdesk.ui.pdf_view")

log = logging.getLogger("vetdesk.ui")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Status values of vetdesk.services.reminders.Status, kept as strings so this module loads without SQLAlchemy.
STATUS_COLOURS = {
    "failed": "#b3261e",
    "sending": "#b06000",
    "sent": "#188038",
    "withdrawn": "#5f6368",
    "skipped": "#80868b",
}
# Reminders whose text can still change; the others went out or left the queue.
EDITABLE_STATUSES = ("prepared", "approved", "failed")


def level_label(level: int) -> str:
    """Name a reminder level as the default escalation does; levels the clinic added get their number."""
    names = {
        1: QCoreApplication.translate("ReminderLabels", "Friendly (1)"),
        2: QCoreApplication.translate("ReminderLabels", "Second (2)"),
        3: QCoreApplication.translate("ReminderLabels", "Formal (3)"),
        4: QCoreApplication.translate("ReminderLabels", "Pre-legal (4)"),
    }
    return names.get(level) or QCoreApplication.translate("ReminderLabels", "Level {level}").format(level=level)


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.LETTER: QCoreApplication.translate("ReminderLabels", "Letter"),
        Channel.EMAIL: QCoreApplication.translate("ReminderLabels", "Email"),
        Channel.SMS: QCoreApplication.translate("ReminderLabels", "SMS"),
    }
    return labels[Channel(channel)]


def status_label(status: str) -> str:
    labels = {
        "prepared": QCoreApplication.translate("ReminderLabels", "Prepared"),
        "approved": QCoreApplication.translate("ReminderLabels", "Approved"),
        "skipped": QCoreApplication.translate("ReminderLabels", "Skipped"),
        "sending": QCoreApplication.translate("ReminderLabels", "Uncertain"),
        "sent": QCoreApplication.translate("ReminderLabels", "Sent"),
        "failed": QCoreApplication.translate("ReminderLabels", "Failed"),
        "withdrawn": QCoreApplication.translate("ReminderLabels", "Withdrawn (paid)"),
    }
    return labels.get(str(status), str(status))


def status_tooltip(view: ReminderView) -> str:
    status = str(view.status)
    if status == "sending":
        return QCoreApplication.translate(
            "ReminderLabels", "Sending started but its end was not recorded, so this reminder may have gone "
            "out. It is not sent again automatically: check with the client before sending another one.")
    if status == "failed":
        return QCoreApplication.translate(
            "ReminderLabels", "Sending failed: {error}\nApprove it again, or send the approved reminders, "
            "to retry.").format(error=view.last_error or "—")
    if status == "withdrawn":
        return QCoreApplication.translate(
            "ReminderLabels", "The client paid, or the debt changed, before this reminder went out, so it "
            "was not sent.")
    return ""


def status_brush(status: str) -> QBrush | None:
    colour = STATUS_COLOURS.get(str(status))
    return QBrush(QColor(colour)) if colour else None


def right_aligned() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def make_table(object_name: str, model: QAbstractTableModel, flexible_column: int) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(flexible_column, QHeaderView.ResizeMode.Stretch)
    return table


def letter_translator(view: ReminderView):
    """Return the translation of a reminder letter's labels, in the language the reminder was written in."""
    # NOTE: ReminderView has no language field yet; every reminder is prepared in Spanish until it has one.
    return document_translator(getattr(view, "language", "es"))


def open_letter(context: ServiceContext, view: ReminderView, parent: QWidget) -> QDialog:
    """Open a reminder's letter (the stored copy once sent) in the PDF viewer. Raises UserError."""
    pdf = reminders.letter_pdf(context, view.id, letter_translator(view))
    title = QCoreApplication.translate("ReminderLabels", "Reminder letter to {name}, level {level}").format(
        name=view.client_name, level=view.level)
    file_name = QCoreApplication.translate("ReminderLabels", "reminder-{id}.pdf").format(id=view.id)
    dialog = pdf_view.PdfViewDialog(pdf, title, parent, file_name=file_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ReminderHistoryModel(QAbstractTableModel):
    """A client's reminders, newest first. The sort role contains raw values."""

    DATE, LEVEL, CHANNEL, STATUS, AMOUNT, ERROR = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReminderView] = []
        self._zone: ZoneInfo | None = None

    def set_reminders(self, rows: list[ReminderView], time_zone: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._zone = ZoneInfo(time_zone)
        self.endResetModel()

    def reminder(self, row: int) -> ReminderView:
        return self._rows[row]

    def row_of(self, reminder_id: int) -> int | None:
        return next((row for row, view in enumerate(self._rows) if view.id == reminder_id), None)

    def _day(self, view: ReminderView) -> date:
        """Return the day the reminder went out, or the day it was prepared for."""
        if view.sent_at is None:
            return view.run_as_of
        return view.sent_at.astimezone(self._zone).date() if self._zone else view.sent_at.date()

    def _moment(self, moment: datetime) -> str:
        local = moment.astimezone(self._zone) if self._zone else moment
        return f"{date_text(local.date())} {local:%H:%M}"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Level"), self.tr("Channel"), self.tr("Status"), self.tr("Amount"),
                self.tr("Error"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (date_text(self._day(view)), level_label(view.level), channel_label(view.channel),
                    status_label(view.status), money_text(view.amount), view.last_error)[column]
        if role == SORT_ROLE:
            return (self._day(view).toordinal(), view.level, str(view.channel), str(view.status), view.amount.cents,
                    view.last_error)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return right_aligned()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return status_brush(view.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        return None

    def _tooltip(self, view: ReminderView, column: int) -> str:
        if column == self.STATUS and status_tooltip(view):
            return status_tooltip(view)
        if column == self.ERROR and view.last_error:
            return view.last_error
        lines = [self.tr("Prepared for {date}").format(date=date_text(view.run_as_of))]
        if view.sent_at is not None:
            lines.append(self.tr("Sent at {moment} to {recipient}").format(
                moment=self._moment(view.sent_at), recipient=view.recipient))
        if view.edited_by:
            lines.append(self.tr("Text edited by {who}").format(who=view.edited_by))
        return "\n".join(lines)


class ReminderCopyDialog(QDialog):
    """The text of an email or SMS reminder, read-only, with the letter attached to an email."""

    def __init__(self, context: ServiceContext, view: ReminderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderCopyDialog")
        self._context = context
        self._view = view
        self.letter_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("{channel} to {name}, level {level}").format(
            channel=channel_label(view.channel), name=view.client_name, level=view.level))
        self.resize(560, 440)

        self.message_bar = NamedMessageBar("reminderCopyMessages", self)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self._read_only_line(view.recipient, "reminderCopyRecipient"))
        if view.channel is Channel.EMAIL:
            form.addRow(self.tr("Subject:"), self._read_only_line(view.subject, "reminderCopySubject"))
        status = status_label(view.status)
        if view.sent_at is not None:
            zone = ZoneInfo(clinic_service.clinic_time_zone(context))
            local = view.sent_at.astimezone(zone)
            status = self.tr("{status} on {date} at {time}").format(
                status=status, date=date_text(local.date()), time=f"{local:%H:%M}")
        status_value = QLabel(status)
        status_value.setObjectName("reminderCopyStatus")
        form.addRow(self.tr("Status:"), status_value)
        self.text = QPlainTextEdit(view.body)
        self.text.setObjectName("reminderCopyText")
        self.text.setReadOnly(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.letter_button = QPushButton(self.tr("View attached letter…"))
        self.letter_button.setObjectName("viewAttachedLetterButton")
        self.letter_button.setAutoDefault(False)
        self.letter_button.clicked.connect(self.view_letter)
        self.letter_button.setVisible(view.channel is Channel.EMAIL)
        bottom = QHBoxLayout()
        bottom.addWidget(self.letter_button)
        bottom.addStretch()
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)

    def _read_only_line(self, text: str, object_name: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(object_name)
        line.setReadOnly(True)
        return line

    def view_letter(self) -> QDialog | None:
        try:
            self.letter_dialog = open_letter(self._context, self._view, self)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        return self.letter_dialog


class ReminderHistory(QWidget):
    """Every reminder of the client on screen, with a copy of the text or letter each one sent."""

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderHistory")
        self._context = context
        self.client_id: int | None = None
        self.copy_dialog: QDialog | None = None

        self.message_bar = NamedMessageBar("reminderHistoryMessages", self)
        self.model = ReminderHistoryModel(self)
        self.table = make_table("reminderHistoryTable", self.model, ReminderHistoryModel.ERROR)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.view_copy())
        self.empty_label = QLabel(self.tr("No reminders were prepared for this client."))
        self.empty_label.setObjectName("noRemindersLabel")
        self.empty_label.setWordWrap(True)
        self.view_button = QPushButton(self.tr("View copy…"))
        self.view_button.setObjectName("viewReminderCopyButton")
        self.view_button.setAutoDefault(False)
        self.view_button.clicked.connect(self.view_copy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.empty_label.hide()
        self._update_buttons()

    def show_client(self, client_id: int | None) -> None:
        """Show the reminders of ``client_id``, or nothing for None."""
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        """Read the client's reminders again, keeping the selected one selected."""
        selected = self.selected_reminder()
        self.message_bar.clear()
        rows: list[ReminderView] = []
        time_zone = "Europe/Madrid"
        if self.client_id is not None:
            try:
                rows = reminders.client_history(self._context, self.client_id, translate)
                time_zone = clinic_service.clinic_time_zone(self._context)
            except UserError as error:
                self.message_bar.show_error(error_text(error))
        self.model.set_reminders(rows, time_zone)
        self.empty_label.setVisible(self.client_id is not None and not rows)
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_reminder(self) -> ReminderView | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.reminder(index.row())

    def select_reminder(self, reminder_id: int) -> None:
        row = self.model.row_of(reminder_id)
        if row is None:
            raise KeyError(f"Reminder {reminder_id} is not in the client's history")
        self.table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        self.view_button.setEnabled(self.selected_reminder() is not None)

    def view_copy(self) -> QDialog | None:
        """Open a copy of the selected reminder: its letter as a PDF, or the email or SMS text."""
        view = self.selected_reminder()
        if view is None:
            return None
        if view.channel is Channel.LETTER:
            try:
                dialog = open_letter(self._context, view, self)
            except UserError as error:
                self.message_bar.show_error(error_text(error))
                return None
        else:
            dialog = ReminderCopyDialog(self._context, view, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        self.copy_dialog = dialog
        dialog.finished.connect(self._copy_closed)
        return dialog

    def _copy_closed(self, _result: int) -> None:
        self.copy_dialog = None
