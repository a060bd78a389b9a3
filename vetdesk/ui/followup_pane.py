"""The client's "Follow-up" tab: holds and disputes on the debt, and the decisions taken about it.

Staff put a debt on hold or in dispute and release it early from here, open
the decision dialog, and reopen the dossier stored with a claim in court.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import UserError
from vetdesk.lazy import lazy_import
from vetdesk.ui.agreement_dialog import NamedMessageBar
from vetdesk.ui.common import date_text, error_text, money_text
from vetdesk.ui.decision_dialogs import DecisionDialog, HoldDialog, open_claim_dossier
from vetdesk.ui.reminder_history import SORT_ROLE, make_table, right_aligned

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.decisions import DecisionView
    from vetdesk.services.holds import HoldView

accounts = lazy_import("vetdesk.services.accounts")
clinic_service = lazy_import("vetdesk.services.clinic")
decisions = lazy_import("vetdesk.services.decisions")
holds = lazy_import("vetdesk.services.holds")

log = logging.getLogger("vetdesk.ui")

# Hold statuses, worked out from the dates and the release, never stored.
ACTIVE, ENDED, RELEASED = "active", "ended", "released"
STATUS_COLOURS = {ACTIVE: "#b06000", ENDED: "#5f6368", RELEASED: "#5f6368"}


def hold_kind_label(kind: str) -> str:
    labels = {
        "hold": QCoreApplication.translate("FollowUp", "On hold"),
        "dispute": QCoreApplication.translate("FollowUp", "In dispute"),
    }
    return labels.get(str(kind), str(kind))


def hold_status(view: HoldView, today: date) -> str:
    if view.released_at is not None:
        return RELEASED
    return ACTIVE if view.is_active(today) else ENDED


def hold_status_label(status: str) -> str:
    labels = {
        ACTIVE: QCoreApplication.translate("FollowUp", "Active"),
        ENDED: QCoreApplication.translate("FollowUp", "Ended"),
        RELEASED: QCoreApplication.translate("FollowUp", "Released"),
    }
    return labels[status]


def decision_kind_label(kind: str) -> str:
    labels = {
        "write_off": QCoreApplication.translate("FollowUp", "Written off"),
        "write_off_reversal": QCoreApplication.translate("FollowUp", "Write-off reversed"),
        "negotiate": QCoreApplication.translate("FollowUp", "Negotiated"),
        "claim": QCoreApplication.translate("FollowUp", "Claimed in court"),
    }
    return labels.get(kind, kind)


def decision_reason_text(view: DecisionView) -> str:
    """Return the reason shown for a decision.

    A reversal without a reason was made by a payment or credit note recorded after the write-off, not by a person.
    """
    if not view.reason and view.kind == "write_off_reversal":
        return QCoreApplication.translate("FollowUp", "Payment or credit note after the write-off")
    return view.reason


class HoldsModel(QAbstractTableModel):
    """The client's holds and disputes, newest first. The sort role contains raw values."""

    KIND, CHARGE, REASON, FROM, UNTIL, BY, STATUS = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[HoldView] = []
        self._today = date.today()
        self._zone: ZoneInfo | None = None

    def set_holds(self, rows: list[HoldView], today: date, time_zone: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._zone = ZoneInfo(time_zone)
        self.endResetModel()

    def hold(self, row: int) -> HoldView:
        return self._rows[row]

    def status(self, row: int) -> str:
        return hold_status(self._rows[row], self._today)

    def row_of(self, hold_id: int) -> int | None:
        return next((row for row, view in enumerate(self._rows) if view.id == hold_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Applies to"), self.tr("Reason"), self.tr("From"), self.tr("Until"),
                self.tr("By"), self.tr("Status"))[section]

    def _charge_text(self, view: HoldView) -> str:
        if view.charge_id is None:
            return self.tr("Whole debt")
        if view.charge_amount is None:
            return view.charge_description
        return self.tr("{description} (charge of {amount})").format(description=view.charge_description,
                                                                  amount=money_text(view.charge_amount))

    def _moment(self, moment: datetime) -> str:
        local = moment.astimezone(self._zone) if self._zone else moment
        return f"{date_text(local.date())} {local:%H:%M}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        status = hold_status(view, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return (hold_kind_label(view.kind), self._charge_text(view), view.reason, date_text(view.starts_on),
                    date_text(view.ends_on) or "—", view.created_by, hold_status_label(status))[column]
        if role == SORT_ROLE:
            until = view.ends_on.toordinal() if view.ends_on else 0
            return (str(view.kind), self._charge_text(view).casefold(), view.reason.casefold(),
                    view.starts_on.toordinal(), until, view.created_by.casefold(), status)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS[status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        return None

    def _tooltip(self, view: HoldView, column: int) -> str:
        if column == self.REASON:
            return view.reason
        lines = [self.tr("Placed by {who} at {moment}").format(who=view.created_by,
                                                                moment=self._moment(view.created_at))]
        if view.released_at is not None:
            lines.append(self.tr("Released by {who} at {moment}").format(who=view.released_by or "",
                                                                         moment=self._moment(view.released_at)))
        return "\n".join(lines)


class DecisionsModel(QAbstractTableModel):
    """The client's debt decisions, newest first. The sort role contains raw values."""

    DATE, KIND, AMOUNT, REASON, BY, REFERENCE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DecisionView] = []
        self._zone: ZoneInfo | None = None

    def set_decisions(self, rows: list[DecisionView], time_zone: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._zone = ZoneInfo(time_zone)
        self.endResetModel()

    def decision(self, row: int) -> DecisionView:
        return self._rows[row]

    def row_of(self, decision_id: int) -> int | None:
        return next((row for row, view in enumerate(self._rows) if view.id == decision_id), None)

    def _day(self, view: DecisionView) -> date:
        return view.decided_at.astimezone(self._zone).date() if self._zone else view.decided_at.date()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Decision"), self.tr("Amount"), self.tr("Reason"), self.tr("By"),
                self.tr("Reference"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            amount = money_text(view.amount) if view.amount is not None else ""
            return (date_text(self._day(view)), decision_kind_label(view.kind), amount, decision_reason_text(view),
                    view.decided_by, view.reference or "")[column]
        if role == SORT_ROLE:
            return (view.decided_at.timestamp(), view.kind, view.amount.cents if view.amount is not None else 0,
                    decision_reason_text(view).casefold(), view.decided_by.casefold(), view.reference or "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return right_aligned()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REASON:
                return decision_reason_text(view)
            if view.has_document:
                return self.tr("Double-click to open the dossier stored with this claim.")
        return None


def _scrolling_part(content: QWidget) -> QScrollArea:
    """Put a part of the pane in a frameless scrolling area, so the tab does not raise the window's minimum height."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def _sorted_table(object_name: str, model: QAbstractTableModel, flexible_column: int,
                  parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = make_table(object_name, proxy, flexible_column)
    # No sort column: rows stay newest first, as the services return them, until staff click a header.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table, proxy


class FollowUpPane(QWidget):
    """The holds, disputes and decisions of the client on screen."""

    # Emitted with the client id after a hold or a decision changed, so that the window refreshes the banner.
    changed = Signal(int)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPane")
        self._context = context
        self.client_id: int | None = None
        self.hold_dialog: HoldDialog | None = None
        self.decision_dialog: DecisionDialog | None = None
        self.dossier_dialog: QDialog | None = None

        self.message_bar = NamedMessageBar("followUpMessages", self)

        self.holds_model = HoldsModel(self)
        self.holds_view, self.holds_proxy = _sorted_table("holdsTable", self.holds_model, HoldsModel.REASON, self)
        self.holds_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.no_holds_label = QLabel(self.tr("No hold or dispute was placed on this client's debt."))
        self.no_holds_label.setObjectName("noHoldsLabel")
        self.no_holds_label.setWordWrap(True)
        self.hold_button = self._button(self.tr("Put on hold or dispute…"), "newHoldButton", self.open_hold_dialog)
        self.release_button = self._button(self.tr("Release"), "releaseHoldButton", self.release_selected)
        self.release_button.setToolTip(self.tr("End the selected hold today; reminders resume at the next run."))
        holds_part = self._part(self.tr("Holds and disputes"), (self.hold_button, self.release_button),
                                self.holds_view, self.no_holds_label)

        self.decisions_model = DecisionsModel(self)
        self.decisions_view, self.decisions_proxy = _sorted_table("decisionsTable", self.decisions_model,
                                                                  DecisionsModel.REASON, self)
        self.decisions_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.decisions_view.doubleClicked.connect(lambda _index: self.open_dossier())
        self.no_decisions_label = QLabel(self.tr("No decision was taken about this client's debt."))
        self.no_decisions_label.setObjectName("noDecisionsLabel")
        self.no_decisions_label.setWordWrap(True)
        self.decide_button = self._button(self.tr("Decide…"), "decideButton", self.open_decision_dialog)
        self.dossier_button = self._button(self.tr("Open dossier"), "openDossierButton", self.open_dossier)
        decisions_part = self._part(self.tr("Decisions"), (self.decide_button, self.dossier_button),
                                    self.decisions_view, self.no_decisions_label)

        # One table above the other, so that each gets the window's whole width for its reasons.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_scrolling_part(holds_part))
        splitter.addWidget(_scrolling_part(decisions_part))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        self.show_client(None)

    def _part(self, title: str, buttons: tuple[QPushButton, ...], table: QTableView, empty_label: QLabel) -> QWidget:
        """Lay out one table under a heading row that carries its buttons, which keeps the tab short."""
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        for button in buttons:
            top.addWidget(button)
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        layout.addWidget(empty_label)
        return part

    def _button(self, text: str, object_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # Loading

    def show_client(self, client_id: int | None) -> None:
        """Show the holds and decisions of ``client_id``, or nothing for None."""
        if client_id != self.client_id:
            self.message_bar.clear()
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        """Read the client's holds and decisions again."""
        hold_rows: list[HoldView] = []
        decision_rows: list[DecisionView] = []
        today = date.today()
        time_zone = "Europe/Madrid"
        if self.client_id is not None:
            try:
                hold_rows = holds.holds_for_client(self._context, self.client_id)
                decision_rows = decisions.decisions_for_client(self._context, self.client_id)
                today = accounts.clinic_today(self._context)
                time_zone = clinic_service.clinic_time_zone(self._context)
            except UserError as error:
                self.message_bar.show_error(error_text(error))
        self.holds_model.set_holds(hold_rows, today, time_zone)
        self.decisions_model.set_decisions(decision_rows, time_zone)
        shown = self.client_id is not None
        self.no_holds_label.setVisible(shown and not hold_rows)
        self.no_decisions_label.setVisible(shown and not decision_rows)
        self.hold_button.setEnabled(shown)
        self.decide_button.setEnabled(shown)
        if hold_rows:
            self.holds_view.selectRow(0)
        if decision_rows:
            self.decisions_view.selectRow(0)
        self._update_buttons()

    def _selected_source_row(self, table: QTableView, proxy: QSortFilterProxyModel) -> int | None:
        index = table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return proxy.mapToSource(index).row()

    def selected_hold(self) -> HoldView | None:
        row = self._selected_source_row(self.holds_view, self.holds_proxy)
        return self.holds_model.hold(row) if row is not None else None

    def selected_decision(self) -> DecisionView | None:
        row = self._selected_source_row(self.decisions_view, self.decisions_proxy)
        return self.decisions_model.decision(row) if row is not None else None

    def select_hold(self, hold_id: int) -> None:
        row = self.holds_model.row_of(hold_id)
        if row is None:
            raise KeyError(f"Hold {hold_id} is not in the list")
        self.holds_view.selectRow(self.holds_proxy.mapFromSource(self.holds_model.index(row, 0)).row())

    def select_decision(self, decision_id: int) -> None:
        row = self.decisions_model.row_of(decision_id)
        if row is None:
            raise KeyError(f"Decision {decision_id} is not in the list")
        self.decisions_view.selectRow(self.decisions_proxy.mapFromSource(self.decisions_model.index(row, 0)).row())

    def _update_buttons(self, *_args) -> None:
        row = self._selected_source_row(self.holds_view, self.holds_proxy)
        self.release_button.setEnabled(row is not None and self.holds_model.status(row) == ACTIVE)
        decision = self.selected_decision()
        self.dossier_button.setEnabled(decision is not None and decision.has_document)

    # Actions

    def open_hold_dialog(self) -> HoldDialog | None:
        if self.client_id is None:
            return None
        dialog = HoldDialog(self._context, self.client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.holdPlaced.connect(self._after_hold_placed)
        dialog.finished.connect(lambda _result: setattr(self, "hold_dialog", None))
        self.hold_dialog = dialog
        dialog.open()
        return dialog

    def _after_hold_placed(self, hold_id: int) -> None:
        self.refresh()
        self.select_hold(hold_id)
        self.message_bar.show_info(self.tr("No reminder goes out for this debt until the hold ends or is released."))
        self.changed.emit(self.client_id)

    def release_selected(self) -> bool:
        """End the selected active hold today. Returns False when nothing was released."""
        view = self.selected_hold()
        if view is None or not self.release_button.isEnabled():
            return False
        try:
            holds.release_hold(self._context, view.id)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            self.refresh()
            return False
        self.refresh()
        self.select_hold(view.id)
        self.message_bar.show_info(self.tr("Released. Reminders for this debt resume at the next run."))
        self.changed.emit(self.client_id)
        return True

    def open_decision_dialog(self) -> DecisionDialog | None:
        if self.client_id is None:
            return None
        dialog = DecisionDialog(self._context, self.client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decisionRecorded.connect(self._after_decision)
        dialog.finished.connect(lambda _result: setattr(self, "decision_dialog", None))
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def _after_decision(self, client_id: int) -> None:
        self.refresh()
        self.changed.emit(client_id)

    def open_dossier(self) -> QDialog | None:
        """Open the dossier stored with the selected claim, exactly as recorded."""
        view = self.selected_decision()
        if view is None or not view.has_document:
            return None
        try:
            dialog = open_claim_dossier(self._context, view.id, view.reference or str(view.id), self)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        dialog.finished.connect(lambda _result: setattr(self, "dossier_dialog", None))
        self.dossier_dialog = dialog
        return dialog
