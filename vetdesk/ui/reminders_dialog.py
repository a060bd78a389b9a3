"""The reminders screen: prepare the day's reminders, review and edit them, approve, skip and send.

Sending runs in the GUI thread: the progress callback processes events, so the
progress dialog repaints and its Cancel button works between two reminders.
The reminder on its way out (one SMTP or HTTP request) cannot be interrupted.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.formatting import today_in
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.domain.reminders import Channel, sms_length
from vetdesk.lazy import lazy_import
from vetdesk.translation import document_translator, translate
from vetdesk.ui.agreement_dialog import NamedMessageBar
from vetdesk.ui.common import date_text, error_text, from_qdate, make_date_edit, money_text, to_qdate
from vetdesk.ui.reminder_history import (
    EDITABLE_STATUSES,
    SORT_ROLE,
    channel_label,
    level_label,
    make_table,
    open_letter,
    right_aligned,
    status_brush,
    status_label,
    status_tooltip,
)

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.reminders import PlannedReminder, ReminderView, SendResult

reminders = lazy_import("vetdesk.services.reminders")
clinic_service = lazy_import("vetdesk.services.clinic")
staff = lazy_import("vetdesk.services.staff")
pdf_view = lazy_import("vetdesk.ui.pdf_view")

log = logging.getLogger("vetdesk.ui")

# Reminders that "Send approved" sends: approved ones, and failed ones for a retry.
SENDABLE_STATUSES = ("approved", "failed")
# The wording check reads the clinic's extra terms from the database, so it waits for a pause in typing.
WORDING_CHECK_DELAY_MS = 250
WARNING_STYLE = ("#wordingWarnings { background: #fef7e0; border: 1px solid #e37400; border-radius: 4px; "
                 "color: #7a3e00; padding: 4px; }")


class ReminderQueueModel(QAbstractTableModel):
    """The reminders waiting in the queue, with a check box per row for the actions on several at once."""

    SELECTED, CLIENT, LEVEL, CHANNEL, AMOUNT, RECIPIENT, STATUS, ATTEMPTS, ERROR = range(9)
    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReminderView] = []
        self._checked: set[int] = set()

    def set_reminders(self, rows: list[ReminderView]) -> None:
        """Show ``rows``, keeping the check marks of reminders that are still in the queue."""
        self.beginResetModel()
        self._rows = list(rows)
        self._checked &= {view.id for view in self._rows}
        self.endResetModel()
        self.checkedChanged.emit()

    def reminders(self) -> list[ReminderView]:
        return list(self._rows)

    def reminder(self, row: int) -> ReminderView:
        return self._rows[row]

    def row_of(self, reminder_id: int) -> int | None:
        return next((row for row, view in enumerate(self._rows) if view.id == reminder_id), None)

    def checked_ids(self) -> list[int]:
        """Return the ids of the ticked reminders, in the queue's order."""
        return [view.id for view in self._rows if view.id in self._checked]

    def set_checked(self, reminder_ids, checked: bool = True) -> None:
        ids = set(reminder_ids) & {view.id for view in self._rows}
        if checked:
            self._checked |= ids
        else:
            self._checked -= ids
        if self._rows:
            self.dataChanged.emit(self.index(0, self.SELECTED), self.index(len(self._rows) - 1, self.SELECTED),
                                  [Qt.ItemDataRole.CheckStateRole, SORT_ROLE])
        self.checkedChanged.emit()

    def set_all_checked(self, checked: bool) -> None:
        self.set_checked([view.id for view in self._rows], checked)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SELECTED:
            return self.tr("Tick the reminders to approve, skip or send")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", self.tr("Client"), self.tr("Level"), self.tr("Channel"), self.tr("Amount"), self.tr("Recipient"),
                self.tr("Status"), self.tr("Attempts"), self.tr("Last error"))[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.SELECTED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if column == self.SELECTED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if view.id in self._checked else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(view.id in self._checked)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Select the reminder to {name}").format(name=view.client_name)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", view.client_name, level_label(view.level), channel_label(view.channel),
                    money_text(view.amount), view.recipient, status_label(view.status), str(view.attempts),
                    view.last_error)[column]
        if role == SORT_ROLE:
            return ("", view.client_name.casefold(), view.level, str(view.channel), view.amount.cents,
                    view.recipient, str(view.status), view.attempts, view.last_error)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.ATTEMPTS):
            return right_aligned()
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.ERROR):
            return status_brush(view.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS:
                return status_tooltip(view) or None
            if column in (self.CLIENT, self.RECIPIENT, self.ERROR):
                return (view.client_name, view.recipient, view.last_error)[
                    (self.CLIENT, self.RECIPIENT, self.ERROR).index(column)] or None
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.SELECTED or role != Qt.ItemDataRole.CheckStateRole
                or not 0 <= index.row() < len(self._rows)):
            return False
        reminder_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(reminder_id)
        else:
            self._checked.discard(reminder_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole, SORT_ROLE])
        self.checkedChanged.emit()
        return True


class PlannedRemindersModel(QAbstractTableModel):
    """The reminders a dry run would prepare, one row per client, none of them stored."""

    CLIENT, LEVEL, CHANNEL, AMOUNT, OLDEST, CHARGES = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedReminder, ...] = ()

    def set_planned(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Client"), self.tr("Level"), self.tr("Channel"), self.tr("Amount"),
                self.tr("Oldest due date"), self.tr("Items"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan = self._rows[index.row()]
        decision = plan.decision
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (plan.client_name, level_label(decision.level.level), channel_label(decision.channel),
                    money_text(decision.total), date_text(decision.oldest_due_date),
                    str(len(decision.items)))[column]
        if role == SORT_ROLE:
            oldest = decision.oldest_due_date
            return (plan.client_name.casefold(), decision.level.level, str(decision.channel), decision.total.cents,
                    oldest.toordinal() if oldest else 0, len(decision.items))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.CHARGES):
            return right_aligned()
        return None


def _sorted_table(object_name: str, model: QAbstractTableModel, flexible_column: int):
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = make_table(object_name, proxy, flexible_column)
    # No sort column at first, so the rows keep the service's order until a header is clicked.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table, proxy


class SkipReasonDialog(QDialog):
    """Asks why the ticked reminders are taken out of the queue."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skipReasonDialog")
        self.setWindowTitle(self.tr("Skip reminders"))
        self.setMinimumWidth(420)
        explanation = QLabel(self.tr(
            "%n reminder(s) will leave the queue without being sent. The reason is stored with your name.", "",
            count))
        explanation.setWordWrap(True)
        self.message_bar = NamedMessageBar("skipMessages", self)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("skipReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example: the client called and will pay on Friday."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.skip_button = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button.setObjectName("confirmSkipButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.message_bar)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            self.message_bar.show_error(self.tr("Write why these reminders are skipped, so that others know."))
            return
        super().accept()


def plain_text(edit: QPlainTextEdit) -> str:
    """Return the text of ``edit`` exactly as typed.

    ``QPlainTextEdit.toPlainText()`` turns no-break spaces into plain spaces, which would break
    "40,00 €" across lines, so the raw text is read and only its paragraph separators become newlines.
    """
    return edit.document().toRawText().replace("\u2029", "\n")


class ReminderEditor(QGroupBox):
    """The text of the current reminder, with the wording check and, for an SMS, its length in messages."""

    # Emitted when the text typed differs from the stored text, or matches it again.
    draftChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderEditor")
        self.setTitle(self.tr("Reminder"))
        self.view: ReminderView | None = None
        self._loading = False

        self.summary = QLabel()
        self.summary.setObjectName("reminderSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject_label = QLabel(self.tr("Subject"))
        self.subject = QLineEdit()
        self.subject.setObjectName("reminderSubject")
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit()
        self.body.setObjectName("reminderBody")
        self.body.setTabChangesFocus(True)
        self.sms_counter = QLabel()
        self.sms_counter.setObjectName("smsCounter")
        self.sms_counter.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("wordingWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        self.unsaved = QLabel(self.tr("Changes not saved"))
        self.unsaved.setObjectName("unsavedTextLabel")
        self.unsaved.setStyleSheet("color: #b06000;")
        self.unsaved.hide()
        self.save_button = QPushButton(self.tr("Save text"))
        self.save_button.setObjectName("saveReminderTextButton")
        self.save_button.setAutoDefault(False)
        self.discard_button = QPushButton(self.tr("Undo changes"))
        self.discard_button.setObjectName("discardReminderTextButton")
        self.discard_button.setAutoDefault(False)
        self.letter_button = QPushButton(self.tr("View letter…"))
        self.letter_button.setObjectName("viewLetterButton")
        self.letter_button.setAutoDefault(False)

        # For a reminder a stopped desk left half-sent: staff check (with the client or the mail log) and decide.
        self.mark_sent_button = QPushButton(self.tr("It went out"))
        self.mark_sent_button.setObjectName("markSentButton")
        self.mark_sent_button.setAutoDefault(False)
        self.mark_not_sent_button = QPushButton(self.tr("It did not go out"))
        self.mark_not_sent_button.setObjectName("markNotSentButton")
        self.mark_not_sent_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.mark_sent_button)
        buttons.addWidget(self.mark_not_sent_button)
        buttons.addStretch()
        buttons.addWidget(self.letter_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.sms_counter)
        layout.addWidget(self.warnings)
        layout.addWidget(self.unsaved)
        layout.addLayout(buttons)

        self.subject.textChanged.connect(self._text_changed)
        self.body.textChanged.connect(self._text_changed)
        self.show_reminder(None)

    def show_reminder(self, view: ReminderView | None, draft: tuple[str, str] | None = None) -> None:
        """Show ``view``'s text, or ``draft`` (subject, body) when it was changed and not saved."""
        self.view = view
        subject, body = draft or ((view.subject, view.body) if view else ("", ""))
        self._loading = True
        try:
            self.subject.setText(subject)
            self.body.setPlainText(body)
        finally:
            self._loading = False
        is_email = view is not None and view.channel is Channel.EMAIL
        self.subject_label.setVisible(is_email)
        self.subject.setVisible(is_email)
        self.sms_counter.setVisible(view is not None and view.channel is Channel.SMS)
        editable = view is not None and str(view.status) in EDITABLE_STATUSES
        self.subject.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        self.setEnabled(view is not None)
        uncertain = view is not None and str(view.status) == "sending"
        self.mark_sent_button.setVisible(uncertain)
        self.mark_not_sent_button.setVisible(uncertain)
        self.letter_button.setEnabled(view is not None and view.channel is not Channel.SMS)
        self.letter_button.setToolTip(self.tr("The letter is attached to the email as a PDF.")
                                      if is_email else "")
        self.summary.setText(self._summary(view) if view else self.tr("Choose a reminder in the queue."))
        self.set_warnings([])
        self._update_counter()
        self._update_draft_state()

    def _summary(self, view: ReminderView) -> str:
        heading = self.tr("{name} · {level} · {channel} to {recipient} · {amount}").format(
            name=view.client_name, level=level_label(view.level), channel=channel_label(view.channel),
            recipient=view.recipient or "—", amount=money_text(view.amount))
        lines = [heading]
        for item in view.items:
            due = date.fromisoformat(item["due_date"])
            lines.append(self.tr("{date} {description}: {amount}").format(
                date=date_text(due), description=item["description"],
                amount=money_text(Money.from_cents(item["cents"]))))
        if view.last_error:
            lines.append(self.tr("Last attempt failed: {error}").format(error=view.last_error))
        if str(view.status) not in EDITABLE_STATUSES:
            lines.append(self.tr("This reminder cannot be edited any more: {status}.").format(
                status=status_label(view.status).lower()))
            if status_tooltip(view):
                lines.append(status_tooltip(view))
        return "\n".join(lines)

    def texts(self) -> tuple[str, str]:
        """Return the (subject, body) typed. A letter or an SMS keeps its stored subject."""
        if self.view is not None and self.view.channel is not Channel.EMAIL:
            return self.view.subject, plain_text(self.body)
        return self.subject.text(), plain_text(self.body)

    def is_changed(self) -> bool:
        return self.view is not None and self.texts() != (self.view.subject, self.view.body)

    def _text_changed(self) -> None:
        self._update_counter()
        if not self._loading:
            self._update_draft_state()
            self.draftChanged.emit()

    def _update_draft_state(self) -> None:
        changed = self.is_changed()
        self.unsaved.setVisible(changed)
        self.discard_button.setEnabled(changed)
        editable = self.view is not None and str(self.view.status) in EDITABLE_STATUSES
        self.save_button.setEnabled(changed and editable)

    def _update_counter(self) -> None:
        length = sms_length(plain_text(self.body))
        text = self.tr("{characters} characters · {segments} SMS").format(
            characters=length.characters, segments=length.segments)
        if length.unicode:
            text += " " + self.tr("(with accented letters: 70 characters per SMS, 67 each when split)")
        self.sms_counter.setText(text)
        self.sms_counter.setStyleSheet("color: #b06000;" if length.segments > 1 else "")

    def set_warnings(self, warnings) -> None:
        """Show the wording check's findings under the text, or hide the box when there are none."""
        if not warnings:
            self.warnings.clear()
            self.warnings.hide()
            return
        lines = [self.tr("These words can hurt or threaten the client:")]
        for warning in warnings:
            if warning.suggestion:
                lines.append(self.tr("«{found}»: write “{suggestion}” instead").format(
                    found=warning.found, suggestion=warning.suggestion))
            else:
                lines.append(self.tr("«{found}»: leave it out").format(found=warning.found))
        self.warnings.setText("\n".join(lines))
        self.warnings.show()


class RemindersDialog(QDialog):
    """The reminders queue: prepare a day's reminders, review and edit them, approve or skip, and send."""

    # Emitted after reminders were prepared, approved, skipped, edited or sent, for views that show them.
    changed = Signal()
    # Emitted with a client's id when a row is double-clicked, to show that client in the window.
    clientRequested = Signal(int)
    # Emitted while sending, after each reminder handled: (done, total).
    sendingProgressed = Signal(int, int)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self._context = context
        # Unsaved texts by reminder id, as (subject, body), kept while another reminder is shown.
        self._drafts: dict[int, tuple[str, str]] = {}
        self._translators: dict[str, object] = {}
        self._sending = False
        self.progress: QProgressDialog | None = None
        self.last_send_result: SendResult | None = None
        self.letters_dialog: QDialog | None = None
        self.letter_dialog: QDialog | None = None
        self.skip_dialog: SkipReasonDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.message_bar = NamedMessageBar("remindersMessages", self)
        today = self._today()
        self.run_date = make_date_edit(today, "reminderRunDate")
        self.run_date.setMaximumDate(to_qdate(today))
        self.dry_run_button = self._button(self.tr("Preview (dry run)"), "dryRunButton", self.dry_run)
        self.prepare_button = self._button(self.tr("Prepare reminders"), "prepareButton", self.prepare)
        run_label = QLabel(self.tr("Reminders for"))
        run_label.setBuddy(self.run_date)
        top = QHBoxLayout()
        top.addWidget(run_label)
        top.addWidget(self.run_date)
        top.addWidget(self.dry_run_button)
        top.addWidget(self.prepare_button)
        top.addStretch()

        self.stack = QStackedWidget()
        self.stack.addWidget(self._queue_page())
        self.stack.addWidget(self._dry_run_page())
        self.editor = ReminderEditor()
        self.editor.draftChanged.connect(self._draft_changed)
        self.editor.save_button.clicked.connect(self.save_text)
        self.editor.discard_button.clicked.connect(self.discard_text)
        self.editor.letter_button.clicked.connect(self.view_letter)
        self.editor.mark_sent_button.clicked.connect(lambda: self.resolve_uncertain(True))
        self.editor.mark_not_sent_button.clicked.connect(lambda: self.resolve_uncertain(False))
        self._wording_timer = QTimer(self)
        self._wording_timer.setSingleShot(True)
        self._wording_timer.setInterval(WORDING_CHECK_DELAY_MS)
        self._wording_timer.timeout.connect(self.check_wording)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 380])

        self.approve_button = self._button(self.tr("Approve selected"), "approveButton", self.approve_selected)
        self.skip_button = self._button(self.tr("Skip selected…"), "skipButton", self.open_skip_dialog)
        self.send_button = self._button(self.tr("Send approved"), "sendButton", self.send_approved)
        self.close_button = self._button(self.tr("Close"), "closeButton", self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.approve_button)
        bottom.addWidget(self.skip_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.send_button)
        bottom.addStretch()
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1200, 760)
        self.refresh()
        self.table.setFocus()

    def _button(self, text: str, object_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _queue_page(self) -> QWidget:
        self.model = ReminderQueueModel(self)
        self.model.checkedChanged.connect(self._checks_changed)
        self.table, self.proxy = _sorted_table("reminderQueue", self.model, ReminderQueueModel.ERROR)
        # Addresses are long; they are cut short with "…" and shown whole in the tooltip.
        self.table.horizontalHeader().setSectionResizeMode(ReminderQueueModel.RECIPIENT,
                                                           QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ReminderQueueModel.RECIPIENT, 170)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._row_double_clicked)
        self.table.setColumnWidth(ReminderQueueModel.SELECTED, 28)
        # Space ticks the current row whichever column is current, not only in the check box column.
        self.table.installEventFilter(self)
        self.select_all = QCheckBox(self.tr("Select all"))
        self.select_all.setObjectName("selectAllCheck")
        self.select_all.clicked.connect(lambda checked: self.model.set_all_checked(checked))
        self.queue_count = QLabel()
        self.queue_count.setObjectName("queueCount")
        header = QHBoxLayout()
        header.addWidget(self.select_all)
        header.addStretch()
        header.addWidget(self.queue_count)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        return page

    def _dry_run_page(self) -> QWidget:
        self.planned_model = PlannedRemindersModel(self)
        self.planned_table, self.planned_proxy = _sorted_table("dryRunList", self.planned_model,
                                                               PlannedRemindersModel.CLIENT)
        self.dry_run_summary = QLabel()
        self.dry_run_summary.setObjectName("dryRunSummary")
        self.dry_run_summary.setWordWrap(True)
        back = self._button(self.tr("Back to the queue"), "backToQueueButton", self.show_queue)
        header = QHBoxLayout()
        header.addWidget(self.dry_run_summary, 1)
        header.addWidget(back)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.planned_table, 1)
        return page

    def _today(self) -> date:
        return today_in(clinic_service.clinic_time_zone(self._context), self._context.now())

    # The queue

    def resolve_uncertain(self, delivered: bool) -> None:
        """Record what staff found about a half-sent reminder: sent, or failed and to be sent again."""
        view = self.editor.view
        if view is None:
            return
        try:
            reminders.resolve_uncertain(self._context, view.id, delivered=delivered)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Read the queue again, keeping the current reminder and the ticks."""
        current = self.current_reminder()
        try:
            rows = reminders.queue(self._context, translate)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            rows = []
        self._drafts = {key: value for key, value in self._drafts.items() if any(view.id == key for view in rows)}
        self.model.set_reminders(rows)
        self.queue_count.setText(self.tr("%n reminder(s) in the queue", "", len(rows)))
        row = self.model.row_of(current.id) if current is not None else None
        if row is None and rows:
            row = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        if row is None:
            self._show_in_editor(None)
        else:
            self.select_reminder(self.model.reminder(row).id)
        self._update_buttons()

    def show_queue(self) -> None:
        self.stack.setCurrentIndex(0)

    def current_reminder(self) -> ReminderView | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.reminder(row) if 0 <= row < self.model.rowCount() else None

    def select_reminder(self, reminder_id: int) -> None:
        """Make ``reminder_id`` the current row, which shows it in the editor."""
        row = self.model.row_of(reminder_id)
        if row is None:
            raise KeyError(f"Reminder {reminder_id} is not in the queue")
        index = self.proxy.mapFromSource(self.model.index(row, ReminderQueueModel.CLIENT))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        # setCurrentIndex does not signal when the row was already current, after a reset for example.
        if self.editor.view is None or self.editor.view != self.model.reminder(row):
            self._show_in_editor(self.model.reminder(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.toggle_current()
            return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        view = self.current_reminder()
        if view is not None:
            self.model.set_checked([view.id], view.id not in self.model.checked_ids())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        self._show_in_editor(self.model.reminder(row) if 0 <= row < self.model.rowCount() else None)

    def _show_in_editor(self, view: ReminderView | None) -> None:
        self._wording_timer.stop()
        self.editor.show_reminder(view, self._drafts.get(view.id) if view else None)
        if view is not None:
            self.check_wording()

    def _row_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == ReminderQueueModel.SELECTED:
            return
        view = self.model.reminder(self.proxy.mapToSource(index).row())
        self.clientRequested.emit(view.client_id)

    def _checks_changed(self) -> None:
        checked = len(self.model.checked_ids())
        total = self.model.rowCount()
        self.select_all.setTristate(0 < checked < total)
        if checked == 0:
            self.select_all.setCheckState(Qt.CheckState.Unchecked)
        elif checked == total:
            self.select_all.setCheckState(Qt.CheckState.Checked)
        else:
            self.select_all.setCheckState(Qt.CheckState.PartiallyChecked)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._sending
        has_checked = bool(self.model.checked_ids())
        sendable = any(str(view.status) in SENDABLE_STATUSES for view in self.model.reminders())
        self.approve_button.setEnabled(idle and has_checked)
        self.skip_button.setEnabled(idle and has_checked)
        self.send_button.setEnabled(idle and sendable)
        self.prepare_button.setEnabled(idle)
        self.dry_run_button.setEnabled(idle)
        self.select_all.setEnabled(idle and self.model.rowCount() > 0)

    # Preparing

    def _run(self, dry_run: bool):
        as_of = from_qdate(self.run_date.date())
        try:
            return reminders.run_reminders(self._context, as_of, dry_run=dry_run)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None

    def dry_run(self):
        """List the reminders that preparing the chosen day would create, without storing anything."""
        result = self._run(dry_run=True)
        if result is None:
            return None
        day = date_text(result.as_of)
        if result.already_run:
            self.message_bar.show_info(self.tr("The reminders for {date} were already prepared; preparing them "
                                               "again creates nothing new.").format(date=day))
            return result
        self.planned_model.set_planned(result.planned)
        if result.planned:
            self.dry_run_summary.setText(self.tr(
                "%n reminder(s) would be prepared for {date}. Nothing was stored.", "",
                len(result.planned)).format(date=day))
        else:
            self.dry_run_summary.setText(self.tr("No client needs a reminder on {date}.").format(date=day))
        self.message_bar.clear()
        self.stack.setCurrentIndex(1)
        return result

    def prepare(self):
        """Prepare and store the reminders of the chosen day, for review in the queue."""
        result = self._run(dry_run=False)
        if result is None:
            return None
        day = date_text(result.as_of)
        if result.already_run:
            self.message_bar.show_info(self.tr("The reminders for {date} were already prepared; nothing new was "
                                               "created.").format(date=day))
        elif result.created:
            self.message_bar.show_info(self.tr("%n reminder(s) prepared for {date}.", "", result.created).format(
                date=day))
        else:
            self.message_bar.show_info(self.tr("No client needs a reminder on {date}.").format(date=day))
        self.show_queue()
        self.refresh()
        if result.created:
            self.changed.emit()
        return result

    # Editing

    def _draft_changed(self) -> None:
        view = self.editor.view
        if view is None:
            return
        if self.editor.is_changed():
            self._drafts[view.id] = self.editor.texts()
        else:
            self._drafts.pop(view.id, None)
        self._wording_timer.start()

    def _check_editor(self) -> None:
        # A check still waiting for a pause in typing runs now, so that nothing acts on stale warnings.
        if self._wording_timer.isActive():
            self._wording_timer.stop()
            self.check_wording()

    def check_wording(self) -> list:
        """Run the wording check on the text in the editor and show what it finds."""
        view = self.editor.view
        if view is None:
            return []
        subject, body = self.editor.texts()
        try:
            warnings = reminders.wording_warnings(self._context, f"{subject}\n{body}")
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return []
        self.editor.set_warnings(warnings)
        return warnings

    def save_text(self) -> bool:
        """Store the edited text. Flagged words need a manager, who confirms sending it anyway."""
        view = self.editor.view
        if view is None:
            return False
        self._wording_timer.stop()
        subject, body = self.editor.texts()
        warnings = self.check_wording()
        if warnings and staff.allows(self._context, staff.Permission.OVERRIDE_BANNER):
            self._confirm_send_anyway(view, subject, body, warnings)
            return False
        return self._store_text(view, subject, body, send_anyway=False)

    def _confirm_send_anyway(self, view: ReminderView, subject: str, body: str, warnings) -> None:
        words = ", ".join(f"«{warning.found}»" for warning in warnings)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Send anyway?"), self.tr(
            "The text for {name} uses words that can hurt or threaten the client: {words}. "
            "Send it anyway? Your name is recorded with this choice.").format(name=view.client_name, words=words),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("sendAnywayBox")
        send_anyway = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        send_anyway.setObjectName("sendAnywayButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        send_anyway.clicked.connect(lambda: self._store_text(view, subject, body, send_anyway=True))
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _store_text(self, view: ReminderView, subject: str, body: str, *, send_anyway: bool) -> bool:
        try:
            reminders.edit(self._context, view.id, subject, body, send_anyway=send_anyway)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self._drafts.pop(view.id, None)
        self.message_bar.show_info(self.tr("The text of the reminder to {name} was saved.").format(
            name=view.client_name))
        self.refresh()
        self.changed.emit()
        return True

    def discard_text(self) -> None:
        """Put back the stored text of the current reminder."""
        view = self.editor.view
        if view is not None:
            self._drafts.pop(view.id, None)
            self._show_in_editor(view)

    def view_letter(self) -> QDialog | None:
        """Open the current reminder's letter (for an email, the letter attached to it) to read or print."""
        view = self.editor.view
        if view is None or view.channel is Channel.SMS:
            return None
        try:
            self.letter_dialog = open_letter(self._context, view, self)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        if view.id in self._drafts:
            self.message_bar.show_info(self.tr("The letter shows the saved text. Save your changes to see them "
                                               "in the letter."))
        return self.letter_dialog

    def _unsaved_names(self, reminder_ids) -> list[str]:
        names = {view.id: view.client_name for view in self.model.reminders()}
        return [names[reminder_id] for reminder_id in reminder_ids if reminder_id in self._drafts]

    def _blocked_by_unsaved(self, reminder_ids) -> bool:
        unsaved = self._unsaved_names(reminder_ids)
        if unsaved:
            self.message_bar.show_error(self.tr(
                "The text for {names} was changed and not saved. Save it or undo the changes first.").format(
                names=", ".join(unsaved)))
        return bool(unsaved)

    # Approving and skipping

    def approve_selected(self) -> int:
        """Approve the ticked reminders for sending; return how many changed."""
        ids = self.model.checked_ids()
        if not ids or self._blocked_by_unsaved(ids):
            return 0
        try:
            count = reminders.approve(self._context, ids)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return 0
        self.message_bar.show_info(self.tr("%n reminder(s) approved for sending.", "", count))
        self.model.set_all_checked(False)
        self.refresh()
        self.changed.emit()
        return count

    def open_skip_dialog(self) -> SkipReasonDialog | None:
        """Ask why the ticked reminders are skipped; they leave the queue when the reason is given."""
        ids = self.model.checked_ids()
        if not ids:
            return None
        dialog = SkipReasonDialog(len(ids), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._skip(ids, dialog.reason_text()))
        dialog.finished.connect(lambda _result: setattr(self, "skip_dialog", None))
        self.skip_dialog = dialog
        dialog.open()
        return dialog

    def _skip(self, ids: list[int], reason: str) -> None:
        try:
            count = reminders.skip(self._context, ids, reason)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return
        for reminder_id in ids:
            self._drafts.pop(reminder_id, None)
        self.message_bar.show_info(self.tr("%n reminder(s) skipped.", "", count))
        self.refresh()
        self.changed.emit()

    # Sending

    def _translator(self, language: str):
        if language not in self._translators:
            self._translators[language] = document_translator(language)
        return self._translators[language]

    def send_approved(self) -> SendResult | None:
        """Send the approved reminders (and retry the failed ones) with a progress dialog that can cancel.

        At the end the summary is shown, and the letters sent open as one PDF to print and save.
        """
        if self._sending:
            return None
        self._check_editor()
        waiting = [view for view in self.model.reminders() if str(view.status) in SENDABLE_STATUSES]
        if not waiting:
            self.message_bar.show_error(self.tr("No reminder is approved for sending. Tick reminders and approve "
                                                "them first."))
            return None
        if self._blocked_by_unsaved([view.id for view in waiting]):
            return None
        names = {view.id: view.client_name for view in waiting}

        progress = QProgressDialog(self.tr("Sending reminders…"), self.tr("Cancel"), 0, len(waiting), self)
        progress.setObjectName("sendProgress")
        progress.setWindowTitle(self.tr("Sending reminders"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress
        self._sending = True
        self._update_buttons()
        progress.show()
        QCoreApplication.processEvents()
        try:
            result = reminders.send_approved(self._context, self._translator, progress=self._report_progress,
                                             cancelled=self._send_cancelled)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        finally:
            cancelled = progress.wasCanceled()
            self._sending = False
            progress.close()
            progress.deleteLater()
            self.progress = None
            self.refresh()
            self.changed.emit()
        self.last_send_result = result
        self._show_summary(result, names, cancelled)
        if result.letters_pdf:
            self._open_letters(result.letters_pdf)
        return result

    def _report_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Sending reminders… {done} of {total} done.").format(
                done=done, total=total))
        self.sendingProgressed.emit(done, total)
        QCoreApplication.processEvents()

    def _send_cancelled(self) -> bool:
        QCoreApplication.processEvents()
        return self.progress is not None and self.progress.wasCanceled()

    def _show_summary(self, result: SendResult, names: dict[int, str], cancelled: bool) -> None:
        lines = [self.tr("Sent: {count}.").format(count=result.sent)]
        if result.withdrawn:
            lines.append(self.tr("Not sent because the client paid in the meantime: {count}.").format(
                count=result.withdrawn))
        if result.failed:
            lines.append(self.tr("Failed: {count}. They stay in the queue to be sent again later:").format(
                count=result.failed))
            for reminder_id, message in result.errors:
                lines.append(self.tr("{name}: {reason}").format(
                    name=names.get(reminder_id, f"#{reminder_id}"), reason=message.render(translate)))
        if cancelled:
            lines.append(self.tr("Sending was cancelled. The reminders not reached stay approved."))
        if result.letters_pdf:
            lines.append(self.tr("The letters are recorded as sent: print them now and post them. A copy of "
                                 "each stays in the client's history."))
        text = "\n".join(lines)
        if result.failed:
            self.message_bar.show_error(text)
        else:
            self.message_bar.show_info(text)
        log.info("Reminders sent from the desk: %d sent, %d withdrawn, %d failed%s", result.sent,
                 result.withdrawn, result.failed, " (cancelled)" if cancelled else "")

    def _open_letters(self, pdf: bytes) -> QDialog:
        today = self._today()
        title = self.tr("Reminder letters of {date}, to print").format(date=date_text(today))
        file_name = self.tr("reminder-letters-{date}.pdf").format(date=today.isoformat())
        dialog = pdf_view.PdfViewDialog(pdf, title, self, file_name=file_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "letters_dialog", None))
        self.letters_dialog = dialog
        dialog.open()
        return dialog

    # Closing

    def reject(self) -> None:
        """Close, unless reminders are being sent; unsaved texts are confirmed first."""
        if self._sending:
            return
        if self._drafts:
            if self.confirm_box is None:
                box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the changes?"), self.tr(
                    "The text for {names} was changed and not saved. Close and discard the changes?").format(
                    names=", ".join(self._unsaved_names(list(self._drafts)))),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
                box.setObjectName("discardDraftsBox")
                box.setDefaultButton(QMessageBox.StandardButton.Cancel)
                box.button(QMessageBox.StandardButton.Discard).clicked.connect(self._discard_and_close)
                box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
                self.confirm_box = box
                box.open()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._wording_timer.stop()
        super().done(result)

    def _discard_and_close(self) -> None:
        self._drafts.clear()
        super().reject()
