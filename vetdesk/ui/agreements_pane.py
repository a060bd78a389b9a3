"""The client's payment agreements: their standing, their instalments and their signed forms.

Staff reopen and reprint a signed form from here, check that a stored form
still carries an intact seal, and, with the manager's permission, cancel an
agreement for a written reason.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.agreements import LineStatus, Standing
from vetdesk.domain.messages import UserError
from vetdesk.lazy import lazy_import
from vetdesk.ui.agreement_dialog import (
    SIGNED_SEAL_REASON,
    NamedMessageBar,
    kind_label,
    line_number_text,
    line_status_label,
    period_label,
    standing_label,
)
from vetdesk.ui.common import date_text, error_text, money_text
from vetdesk.translation import translate

if TYPE_CHECKING:
    from vetdesk.domain.agreements import LineProgress
    from vetdesk.services.agreements import AgreementView, DocumentInfo
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.seal import DocumentCheck

agreements = lazy_import("vetdesk.services.agreements")
clinic_service = lazy_import("vetdesk.services.clinic")
seal_service = lazy_import("vetdesk.services.seal")
staff = lazy_import("vetdesk.services.staff")
pdf_view = lazy_import("vetdesk.ui.pdf_view")

log = logging.getLogger("vetdesk.ui")

STANDING_COLOURS = {
    Standing.GOOD: "#188038",
    Standing.LATE: "#b06000",
    Standing.BROKEN: "#b3261e",
    Standing.COMPLETED: "#5f6368",
    Standing.CANCELLED: "#80868b",
}
LINE_COLOURS = {
    LineStatus.OVERDUE: "#b3261e",
    LineStatus.PARTLY_PAID: "#b06000",
    LineStatus.PAID: "#5f6368",
}
VERDICT_STYLES = {
    "intact": ("#e6f4ea", "#188038", "#0d652d"),
    "altered": ("#fdecea", "#d93025", "#8c1d18"),
    "unknown": ("#fef7e0", "#e37400", "#7a3e00"),
    "unreadable": ("#fdecea", "#d93025", "#8c1d18"),
}


def _right_aligned() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class AgreementListModel(QAbstractTableModel):
    """The client's agreements, newest first, with their standing in colour."""

    NUMBER, KIND, DATE, AMOUNT, STANDING = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgreementView] = []

    def set_agreements(self, rows: list[AgreementView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def agreement(self, row: int) -> AgreementView:
        return self._rows[row]

    def row_of(self, agreement_id: int) -> int | None:
        return next((row for row, view in enumerate(self._rows) if view.id == agreement_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Number"), self.tr("Kind"), self.tr("Date"), self.tr("Amount"), self.tr("Standing"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        standing = view.progress.standing
        if role == Qt.ItemDataRole.DisplayRole:
            return (view.number, kind_label(view.kind), date_text(view.start_date), money_text(view.amount),
                    standing_label(standing))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return _right_aligned()
        if role == Qt.ItemDataRole.ToolTipRole:
            # The kind column is cut short in a narrow window.
            return f"{view.number}: {kind_label(view.kind)}, {standing_label(standing)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STANDING or standing in (Standing.COMPLETED, Standing.CANCELLED):
                return QBrush(QColor(STANDING_COLOURS[standing]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if standing is Standing.CANCELLED:
                font.setStrikeOut(True)
                return font
            if column == self.STANDING and standing in (Standing.LATE, Standing.BROKEN):
                font.setBold(True)
                return font
        return None


class AgreementLinesModel(QAbstractTableModel):
    """The lines of one agreement with what was paid on each and their status today."""

    NUMBER, DUE, AMOUNT, PAID, STATUS = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[LineProgress, ...] = ()

    def set_lines(self, lines: tuple[LineProgress, ...]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Due date"), self.tr("Amount"), self.tr("Paid"), self.tr("Status"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        progress = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (line_number_text(progress.line), date_text(progress.line.due_date),
                    money_text(progress.line.amount), money_text(progress.paid),
                    line_status_label(progress.status))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.PAID):
            return _right_aligned()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and progress.status in LINE_COLOURS:
            return QBrush(QColor(LINE_COLOURS[progress.status]))
        return None


class AgreementDocumentsModel(QAbstractTableModel):
    """The stored versions of an agreement's form: when signed, who witnessed it, whether it is sealed."""

    VERSION, SIGNED_AT, WITNESS, SEALED = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: tuple[DocumentInfo, ...] = ()
        self._zone: ZoneInfo | None = None

    def set_documents(self, documents: tuple[DocumentInfo, ...], time_zone: str) -> None:
        self.beginResetModel()
        self._documents = tuple(documents)
        self._zone = ZoneInfo(time_zone)
        self.endResetModel()

    def document(self, row: int) -> DocumentInfo:
        return self._documents[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Version"), self.tr("Signed at"), self.tr("Witnessed by"), self.tr("Sealed"))[section]

    def _moment(self, moment: datetime) -> str:
        local = moment.astimezone(self._zone) if self._zone else moment
        return f"{date_text(local.date())} {local:%H:%M}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            signed = self._moment(document.signed_at) if document.signed_at else self.tr("Not signed")
            return (str(document.version), signed, document.witnessed_by or "—",
                    self.tr("Yes") if document.sealed else self.tr("No"))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            stored = self.tr("Stored on {date}. SHA-256: {digest}").format(
                date=self._moment(document.created_at), digest=document.sha256)
            if document.signed_at is None:
                return self.tr("Stored unsigned, to print and sign on paper.") + "\n" + stored
            return stored
        return None


def _table(object_name: str, model: QAbstractTableModel, flexible_column: int) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    # In a narrow window a long text is cut short with "…" instead of doubling the row's height.
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(flexible_column, QHeaderView.ResizeMode.Stretch)
    return table


def _scrolling_column(content: QWidget) -> QScrollArea:
    """Put a column of the pane in a frameless area that scrolls when the window is too short for it.

    The client's tabs share the window's height with the client's details, so
    the pane must never raise the window's minimum height. Texts that grow,
    such as a seal verdict, scroll inside their column instead.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class CancelAgreementDialog(QDialog):
    """Asks a manager why an agreement is cancelled and cancels it, showing errors in the dialog."""

    cancelled = Signal(int)

    def __init__(self, context: ServiceContext, view: AgreementView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelAgreementDialog")
        self.setWindowTitle(self.tr("Cancel agreement {number}").format(number=view.number))
        self.setModal(True)
        self.setMinimumWidth(460)
        self._context = context
        self.agreement_id = view.id

        explanation = QLabel(self.tr(
            "Agreement {number} with {name} stops governing the debt: its charges count as overdue again "
            "and the debt banner returns. The reason is stored with your name and the time.").format(
            number=view.number, name=view.client_name))
        explanation.setWordWrap(True)
        self.message_bar = NamedMessageBar("cancelMessages", self)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why is the agreement cancelled?"))

        self.confirm_button = QPushButton(self.tr("Cancel the agreement"))
        self.confirm_button.setObjectName("confirmCancelButton")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.submit)
        self.keep_button = QPushButton(self.tr("Keep it"))
        self.keep_button.setObjectName("keepAgreementButton")
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.message_bar)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.reason.setFocus()

    def submit(self) -> bool:
        """Cancel the agreement with the reason typed, or show the error and stay open."""
        if not self.reason.toPlainText().strip():
            self.message_bar.show_error(self.tr("Write why the agreement is cancelled."))
            self.reason.setFocus()
            return False
        try:
            agreements.cancel_agreement(self._context, self.agreement_id, self.reason.toPlainText())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self.cancelled.emit(self.agreement_id)
        self.accept()
        return True


class AgreementsPane(QGroupBox):
    """The payment agreements of the client on screen, with their lines and signed forms."""

    newAgreementRequested = Signal()
    # Emitted after an agreement was cancelled here, so that the window refreshes the account and banner.
    changed = Signal()

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsPane")
        self.setTitle(self.tr("Payment agreements"))
        self._context = context
        self.client_id: int | None = None
        self._time_zone = "Europe/Madrid"
        self.view_dialog: QDialog | None = None
        self.cancel_dialog: CancelAgreementDialog | None = None
        self.last_check: DocumentCheck | None = None

        self.message_bar = NamedMessageBar("agreementsMessages", self)
        self.new_button = QPushButton(self.tr("New agreement…"))
        self.new_button.setObjectName("newAgreementButton")
        self.new_button.clicked.connect(self.newAgreementRequested)
        self.list_model = AgreementListModel(self)
        self.list_view = _table("agreementsList", self.list_model, AgreementListModel.KIND)
        self.list_view.selectionModel().currentRowChanged.connect(self._selection_changed)
        # The kind and the date are in the details beside the list; the list keeps number, amount and standing.
        self.list_view.setColumnHidden(AgreementListModel.KIND, True)
        self.list_view.setColumnHidden(AgreementListModel.DATE, True)
        self.empty_label = QLabel(self.tr("This client has no payment agreements."))
        self.empty_label.setObjectName("noAgreementsLabel")
        self.empty_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch()
        left_widget = QWidget()
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(top)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.empty_label)

        self.details = QLabel()
        self.details.setObjectName("agreementDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model = AgreementLinesModel(self)
        self.lines_view = _table("agreementLines", self.lines_model, AgreementLinesModel.STATUS)
        self.documents_model = AgreementDocumentsModel(self)
        self.documents_view = _table("agreementDocuments", self.documents_model,
                                     AgreementDocumentsModel.WITNESS)
        self.documents_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view_button = self._button(self.tr("View / print form…"), "viewTermsButton", self.view_terms)
        self.verify_button = self._button(self.tr("Check seal"), "verifyTermsButton", self.verify_terms)
        self.sign_later_button = self._button(self.tr("Sign the form now…"), "signLaterButton",
                                              self.open_sign_later_dialog)
        self.sign_later_dialog: SignLaterDialog | None = None
        self.cancel_button = self._button(self.tr("Cancel agreement…"), "cancelAgreementButton",
                                          self.open_cancel_dialog)
        self.verdict = QLabel()
        self.verdict.setObjectName("sealVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        # Three columns, so that each table keeps the pane's whole height under the client's details.
        middle_widget = QWidget()
        middle = QVBoxLayout(middle_widget)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.details)
        middle.addWidget(self.lines_view, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.view_button)
        actions.addWidget(self.verify_button)
        actions.addStretch()
        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Signed forms")))
        right.addWidget(self.documents_view, 1)
        right.addLayout(actions)
        right.addWidget(self.verdict)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch()
        cancel_row.addWidget(self.sign_later_button)
        cancel_row.addWidget(self.cancel_button)
        right.addLayout(cancel_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for column in (left_widget, middle_widget, right_widget):
            splitter.addWidget(_scrolling_column(column))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([330, 420, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        self._show_agreement(None)

    def _button(self, text: str, object_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Loading

    def show_client(self, client_id: int | None) -> None:
        """Show the agreements of ``client_id``, or nothing for None."""
        changed_client = client_id != self.client_id
        self.client_id = client_id
        if changed_client:
            self.verdict.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the client's agreements again, keeping the selected one selected."""
        selected = self.selected_agreement()
        self.message_bar.clear()
        rows: list[AgreementView] = []
        if self.client_id is not None:
            try:
                rows = agreements.agreements_for_client(self._context, self.client_id)
                self._time_zone = clinic_service.clinic_time_zone(self._context)
            except UserError as error:
                self.message_bar.show_error(error_text(error))
        self.list_model.set_agreements(rows)
        self.empty_label.setVisible(self.client_id is not None and not rows)
        self.new_button.setEnabled(self.client_id is not None)
        row = self.list_model.row_of(selected.id) if selected is not None else None
        if row is None and rows:
            row = 0
        if row is None:
            self._show_agreement(None)
        else:
            self.list_view.selectRow(row)
            self._show_agreement(self.list_model.agreement(row))

    def selected_agreement(self) -> AgreementView | None:
        index = self.list_view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.list_model.rowCount():
            return None
        return self.list_model.agreement(index.row())

    def select_agreement(self, agreement_id: int) -> None:
        row = self.list_model.row_of(agreement_id)
        if row is None:
            raise KeyError(f"Agreement {agreement_id} is not in the list")
        self.list_view.selectRow(row)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.verdict.hide()
        self._show_agreement(self.list_model.agreement(current.row()) if current.isValid() else None)

    def _show_agreement(self, view: AgreementView | None) -> None:
        self.lines_model.set_lines(view.progress.lines if view else ())
        self.documents_model.set_documents(view.documents if view else (), self._time_zone)
        self.details.setText(self._details_text(view) if view else "")
        if view is not None and view.documents:
            self.documents_view.selectRow(len(view.documents) - 1)
        self._update_buttons()

    def _details_text(self, view: AgreementView) -> str:
        progress = view.progress
        parts = [kind_label(view.kind), self.tr("made on {date}").format(date=date_text(view.start_date))]
        if view.period is not None:
            parts.append(period_label(view.period))
        if view.financing_provider:
            reference = f" ({view.financing_reference})" if view.financing_reference else ""
            parts.append(self.tr("financed by {provider}").format(provider=view.financing_provider) + reference)
        lines = [" · ".join(parts)]
        lines.append(self.tr("Paid {paid} of {amount}; {remaining} left.").format(
            paid=money_text(progress.paid), amount=money_text(view.amount), remaining=money_text(progress.remaining)))
        if progress.standing is Standing.BROKEN and progress.broken_on is not None:
            if progress.accelerated:
                lines.append(self.tr("Broken on {date}; the whole remaining amount is due now.").format(
                    date=date_text(progress.broken_on)))
            else:
                lines.append(self.tr("Broken on {date}.").format(date=date_text(progress.broken_on)))
        elif progress.standing is Standing.LATE and progress.oldest_overdue_due_date is not None:
            lines.append(self.tr("{amount} overdue since {date}.").format(
                amount=money_text(progress.due_now), date=date_text(progress.oldest_overdue_due_date)))
        if view.cancelled_at is not None:
            local = view.cancelled_at.astimezone(ZoneInfo(self._time_zone))
            lines.append(self.tr("Cancelled by {who} on {date}: {reason}").format(
                who=view.cancelled_by or "", date=date_text(local.date()), reason=view.cancel_reason))
        return "\n".join(lines)

    def selected_document(self) -> DocumentInfo | None:
        index = self.documents_view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.documents_model.rowCount():
            return None
        return self.documents_model.document(index.row())

    def _update_buttons(self, *_args) -> None:
        view = self.selected_agreement()
        has_document = self.selected_document() is not None
        self.view_button.setEnabled(has_document)
        self.verify_button.setEnabled(has_document)
        closed = view is None or view.progress.standing in (Standing.COMPLETED, Standing.CANCELLED)
        allowed = view is not None and staff.allows(self._context, staff.Permission.CANCEL_AGREEMENT)
        self.cancel_button.setEnabled(not closed and allowed)
        unsigned = view is not None and bool(view.documents) and not any(doc.signed_at for doc in view.documents)
        self.sign_later_button.setEnabled(unsigned and not closed)
        if view is not None and not closed and not allowed:
            self.cancel_button.setToolTip(self.tr("Only a manager can cancel an agreement."))
        else:
            self.cancel_button.setToolTip("")

    # Actions

    def view_terms(self) -> QDialog | None:
        """Open the selected signed form, exactly as stored, to read, print or save."""
        view = self.selected_agreement()
        document = self.selected_document()
        if view is None or document is None:
            return None
        try:
            pdf = agreements.document_pdf(self._context, document.id)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        title = self.tr("Payment terms {number}, version {version}").format(number=view.number,
                                                                            version=document.version)
        dialog = pdf_view.PdfViewDialog(pdf, title, self, file_name=f"{view.number}-v{document.version}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._view_closed)
        self.view_dialog = dialog
        dialog.open()
        return dialog

    def _view_closed(self, _result: int) -> None:
        self.view_dialog = None

    def verify_terms(self) -> DocumentCheck | None:
        """Check the seal and the digest of the selected stored form, and show the verdict in plain words."""
        document = self.selected_document()
        if document is None:
            return None
        try:
            pdf = agreements.document_pdf(self._context, document.id)
            check = seal_service.verify_document(self._context, pdf)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        self.last_check = check
        text = check.message.render(translate)
        if check.detail is not None:
            text += "\n" + check.detail.render(translate)
        background, border, colour = VERDICT_STYLES[check.verdict.value]
        self.verdict.setStyleSheet(f"#sealVerdict {{ background: {background}; border: 1px solid {border}; "
                                   f"border-radius: 4px; color: {colour}; padding: 6px; }}")
        self.verdict.setText(text)
        self.verdict.show()
        log.info("Seal of agreement document %s checked from the desk: %s", document.id, check.verdict.value)
        return check

    def open_sign_later_dialog(self) -> SignLaterDialog | None:
        """Let the client sign, at the desk, the form of an agreement that was stored unsigned."""
        view = self.selected_agreement()
        if view is None or not view.documents:
            return None
        self.sign_later_dialog = SignLaterDialog(self._context, view, self)
        self.sign_later_dialog.signed.connect(self._after_signed)
        self.sign_later_dialog.open()
        return self.sign_later_dialog

    def _after_signed(self, agreement_id: int) -> None:
        self.refresh()
        self.select_agreement(agreement_id)
        self.message_bar.show_info(self.tr("The signed form is stored as a new version; the unsigned one is kept."))
        self.changed.emit()

    def open_cancel_dialog(self) -> CancelAgreementDialog | None:
        """Open the dialog that cancels the selected agreement for a reason, which needs the manager's permission."""
        view = self.selected_agreement()
        if view is None or not self.cancel_button.isEnabled():
            return None
        dialog = CancelAgreementDialog(self._context, view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._cancel_dialog_closed)
        dialog.cancelled.connect(self._after_cancel)
        self.cancel_dialog = dialog
        dialog.open()
        return dialog

    def _cancel_dialog_closed(self, _result: int) -> None:
        self.cancel_dialog = None

    def _after_cancel(self, _agreement_id: int) -> None:
        self.refresh()
        self.changed.emit()


class SignLaterDialog(QDialog):
    """The client signs the stored terms of an agreement made earlier, for example by phone.

    The form is rendered again from the stored agreement with the signature,
    sealed and stored as a new version; the unsigned version is kept.
    """

    signed = Signal(int)

    def __init__(self, context: ServiceContext, view: AgreementView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vetdesk.ui.signature_pad import SignatureBox

        self.setObjectName("signLaterDialog")
        self.setWindowTitle(self.tr("Sign the form of agreement {number}").format(number=view.number))
        self._context = context
        self._view = view
        self._language = view.documents[-1].language
        self.passphrase_dialog = None
        self.message_bar = NamedMessageBar("signLaterMessages", self)
        explanation = QLabel(self.tr(
            "{name} signs the terms of agreement {number} as stored: {amount}. A new version of the form is "
            "stored with the signature; the unsigned one is kept.").format(
            name=view.client_name, number=view.number, amount=money_text(view.amount)))
        explanation.setWordWrap(True)
        self.signature_box = SignatureBox()
        self.signature_box.set_caption(view.client_name)
        self.pad = self.signature_box.pad
        self.sign_button = QPushButton(self.tr("Sign and save"))
        self.sign_button.setObjectName("signLaterSaveButton")
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_and_save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(explanation)
        layout.addWidget(self.signature_box, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)

    def sign_and_save(self) -> None:
        problem = self.pad.problem()
        if problem is not None:
            self.message_bar.show_error(problem.render(translate))
            return
        self._save(agreements.Signature(self.pad.to_png()))

    def _save(self, signature) -> None:
        from vetdesk.translation import document_translator

        document_translate = document_translator(self._language)

        def seal(pdf: bytes, number: str) -> tuple[bytes, int]:
            clinic = clinic_service.get_clinic(self._context)
            reason = document_translate("AgreementDialog", SIGNED_SEAL_REASON).format(number=number)
            return seal_service.seal_document(self._context, pdf, reason=reason,
                                              location=clinic.city if clinic else "",
                                              signer_name=clinic.name if clinic else "")

        try:
            agreements.reissue_terms(self._context, self._view.id, signature, document_translate, self._language,
                                     seal=seal)
        except UserError as error:
            if isinstance(error, seal_service.PassphraseNeeded):
                self._ask_passphrase(error, signature)
            else:
                self.message_bar.show_error(error_text(error))
            return
        log.info("Form of agreement %s signed at the desk as a new version", self._view.id)
        self.signed.emit(self._view.id)
        self.accept()

    def _ask_passphrase(self, needed, signature) -> None:
        from PySide6.QtCore import QTimer

        seal_ui = lazy_import("vetdesk.ui.seal_dialog")

        def use_passphrase(passphrase: str) -> None:
            seal_service.provide_passphrase(self._context, needed.fingerprint, passphrase)
            QTimer.singleShot(0, self, lambda: self._save(signature))

        self.passphrase_dialog = seal_ui.ask_seal_passphrase(self, error_text(needed), use_passphrase,
                                                             confirm=needed.fingerprint is None)
