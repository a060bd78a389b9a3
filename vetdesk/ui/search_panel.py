"""The search box and its result table, the receptionist's entry point."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.identity import format_phone
from typing import TYPE_CHECKING

from vetdesk.lazy import lazy_import
from vetdesk.ui.common import money_text

if TYPE_CHECKING:
    from vetdesk.services.clients import SearchResult
    from vetdesk.services.context import ServiceContext

clients = lazy_import("vetdesk.services.clients")

SEARCH_DELAY_MS = 60
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchResultsModel(QAbstractTableModel):
    """Search results: owner, pets, phone and balance; debtors in red."""

    OWNER, PETS, PHONE, BALANCE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SearchResult] = []

    def set_results(self, rows: list[SearchResult]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def result(self, row: int) -> SearchResult:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Owner"), self.tr("Pets"), self.tr("Phone"), self.tr("Balance"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        column = index.column()
        debtor = result.overdue.is_positive
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.OWNER:
                return ("⚠ " if debtor else "") + result.name
            if column == self.PETS:
                return ", ".join(result.pets)
            if column == self.PHONE:
                return format_phone(result.phone) if result.phone else ""
            if column == self.BALANCE:
                return money_text(result.balance)
        if role == SORT_ROLE:
            return (result.name, ", ".join(result.pets), result.phone, result.balance.cents)[column]
        if role == Qt.ItemDataRole.ForegroundRole and debtor:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and debtor:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.BALANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and debtor:
            return self.tr("Overdue: {amount}").format(amount=money_text(result.overdue))
        return None


class SearchBox(QLineEdit):
    """The search field; Down moves into the results and Enter opens the first one."""

    moveDown = Signal()
    openFirst = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moveDown.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openFirst.emit()
            return
        super().keyPressEvent(event)


class ResultsView(QTableView):
    activatedRow = Signal(int)
    backToSearch = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedRow.emit(self.currentIndex().row())
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.backToSearch.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Search as you type by owner, pet, phone or DNI/NIE; emits the chosen client and pet."""

    clientChosen = Signal(int, object)

    def __init__(self, context: ServiceContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Owner, pet, phone or DNI/NIE"))
        self.search_box.setClearButtonEnabled(True)
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.search_box.setFont(font)

        self.model = SearchResultsModel(self)
        self.view = ResultsView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SearchResultsModel.OWNER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SearchResultsModel.PETS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SearchResultsModel.PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchResultsModel.BALANCE, QHeaderView.ResizeMode.ResizeToContents)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        # A long query without spaces must not widen the panel.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.moveDown.connect(self._focus_results)
        self.search_box.openFirst.connect(self._open_current_or_first)
        self.view.activatedRow.connect(self._open_row)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.backToSearch.connect(self.focus_search)

    def set_context(self, context: ServiceContext) -> None:
        self._context = context

    def run_search(self) -> None:
        """Run the search now, without waiting for the typing pause."""
        self._timer.stop()
        if self._context is None:
            # The database is still opening; the window runs the search once it is ready.
            return
        text = self.search_box.text()
        results = clients.search(self._context, text) if text.strip() else []
        self.model.set_results(results)
        if text.strip() and not results:
            self.status.setText(self.tr("No client matches \"{text}\".").format(text=text.strip()))
        elif len(results) >= clients.SEARCH_LIMIT:
            self.status.setText(self.tr("Showing the first {count} clients; keep typing to narrow.").format(
                count=len(results)))
        elif results:
            self.status.setText(self.tr("%n client(s) found", "", len(results)))
        else:
            self.status.setText("")
        if results:
            self.view.selectRow(0)

    def refresh_results(self, client_id: int | None) -> None:
        """Search again for the same text, keeping ``client_id`` selected, after a balance changed."""
        if not self.search_box.text().strip():
            return
        self.run_search()
        for row in range(self.model.rowCount()):
            if self.model.result(row).client_id == client_id:
                self.view.selectRow(row)
                break

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(max(self.view.currentIndex().row(), 0))

    def _open_current_or_first(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            row = max(self.view.currentIndex().row(), 0)
            self._open_row(row)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            result = self.model.result(row)
            self.clientChosen.emit(result.client_id, result.matched_pet_id)
