"""The reception window: search on the left, the chosen client's banner and panes on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.lazy import lazy_import
from vetdesk.ui.balance_pane import BalancePane
from vetdesk.ui.banner import DebtBanner
from vetdesk.ui.client_pane import ClientPane
from vetdesk.ui.common import error_text
from vetdesk.ui.pet_pane import PetPane
from vetdesk.ui.search_panel import SearchPanel

# The dialogs are imported when first opened: they are not needed to show the window.
dialogs = lazy_import("vetdesk.ui.entry_dialogs")
pet_dialogs = lazy_import("vetdesk.ui.pet_dialogs")

if TYPE_CHECKING:
    from vetdesk.services.accounts import BannerState
    from vetdesk.services.context import ServiceContext

accounts = lazy_import("vetdesk.services.accounts")
clients = lazy_import("vetdesk.services.clients")
clinic_service = lazy_import("vetdesk.services.clinic")

log = logging.getLogger("vetdesk.ui")


class MainWindow(QMainWindow):
    """Main window of the reception desk.

    Every dialog it opens is kept in ``current_dialog`` and opened with
    ``open()``, so that tests and automation can reach it.
    """

    settingsRequested = Signal()
    importRequested = Signal()
    firstPainted = Signal()

    def __init__(self, context: ServiceContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._context = context
        self.client_id: int | None = None
        self.pet_id: int | None = None
        self.own_banner: BannerState | None = None
        self.current_dialog: QDialog | None = None
        self._painted = False
        self._pets = []

        self.search_panel = SearchPanel(context)
        self.search_panel.clientChosen.connect(self.open_client)
        self.search_panel.setMinimumWidth(380)

        self.banner = DebtBanner()
        self.banner.paymentRequested.connect(self.open_payment_dialog)
        self.banner.overrideRequested.connect(self.open_override_dialog)
        self.banner.acknowledged.connect(self._apply_lock)

        self.client_pane = ClientPane(context)
        self.client_pane.saved.connect(self._on_client_saved)
        self.pet_pane = PetPane()
        self.pet_pane.petChosen.connect(self._on_pet_chosen)
        self.pet_pane.ownerRequested.connect(lambda client_id: self.open_client(client_id))
        self.pet_pane.newPetRequested.connect(self.open_pet_dialog)
        self.pet_pane.coOwnerRequested.connect(self.open_co_owner_dialog)
        self.balance_pane = BalancePane()
        self.balance_pane.newChargeRequested.connect(self.open_charge_dialog)
        self.balance_pane.newPaymentRequested.connect(self.open_payment_dialog)
        self.balance_pane.newCreditNoteRequested.connect(self.open_credit_note_dialog)

        self.client_title = QLabel()
        self.client_title.setObjectName("clientTitle")
        title_font = self.client_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.client_title.setFont(title_font)

        self.panes = QWidget()
        self.panes.setObjectName("clientPanes")
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.client_pane)
        upper.addWidget(self.pet_pane)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(upper)
        vertical.addWidget(self.balance_pane)
        vertical.setStretchFactor(1, 1)
        vertical.setSizes([290, 450])
        panes_layout = QVBoxLayout(self.panes)
        panes_layout.setContentsMargins(0, 0, 0, 0)
        panes_layout.addWidget(vertical)

        client_view = QWidget()
        client_layout = QVBoxLayout(client_view)
        client_layout.addWidget(self.client_title)
        client_layout.addWidget(self.banner)
        client_layout.addWidget(self.panes, 1)

        self.placeholder = QLabel(self.tr(
            "Type an owner's name, a pet's name, a phone number or a DNI/NIE in the search box.\n"
            "Enter opens the chosen client; Esc comes back to the search."))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(client_view)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.search_panel)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([470, 890])
        self.setCentralWidget(splitter)

        self._build_actions()
        self.resize(1360, 740)
        self.search_panel.search_box.setFocus()
        if context is not None:
            self._update_title()
        else:
            self.setWindowTitle("VetDesk")
            self.statusBar().showMessage(self.tr("Opening the clinic's database…"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted)

    def set_context(self, context: ServiceContext) -> None:
        """Connect the window to an open database; a search typed while it opened runs now."""
        self._context = context
        self.search_panel.set_context(context)
        self.client_pane.set_context(context)
        self._update_title()
        if self.search_panel.search_box.text().strip():
            self.search_panel.run_search()

    # Actions and shortcuts

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import clients from CSV…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.triggered.connect(self.importRequested)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.settingsRequested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.import_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        entries = [
            (self.tr("&Find client"), "Ctrl+F", self.focus_search),
            (self.tr("&New client"), "Ctrl+N", self.start_new_client),
            (self.tr("New &charge"), "F7", self.open_charge_dialog),
            (self.tr("New &payment"), "F8", self.open_payment_dialog),
            (self.tr("Credit &note…"), "", self.open_credit_note_dialog),
            (self.tr("&Override debt block…"), "", self.open_override_dialog),
        ]
        for text, shortcut, slot in entries:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            client_menu.addAction(action)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.focus_search)

    def focus_search(self) -> None:
        self.search_panel.focus_search()

    # Opening a client

    def open_client(self, client_id: int, pet_id: int | None = None) -> None:
        """Show a client with their pets, account and banner; ``pet_id`` is the pet they were found by."""
        if self._context is None:
            return
        try:
            details = clients.get_client(self._context, client_id)
        except UserError as error:
            self.statusBar().showMessage(error_text(error), 8000)
            return
        self.client_id = client_id
        self.pet_id = pet_id
        self.client_pane.show_client(details)
        self._pets = clients.pets_of_client(self._context, client_id)
        self.pet_pane.blockSignals(True)
        self.pet_pane.show_pets(client_id, self._pets, select_pet=pet_id)
        self.pet_pane.blockSignals(False)
        self.client_title.setText(details.full_name)
        self.stack.setCurrentIndex(1)
        self._refresh_account(new_client=True)
        log.debug("Opened client %s", client_id)

    def _on_pet_chosen(self, pet_id: int | None) -> None:
        self.pet_id = pet_id
        self._refresh_banner(keep_acknowledgement=True)

    def _on_client_saved(self, client_id: int) -> None:
        if self.client_id != client_id:
            self.open_client(client_id)
        else:
            self.client_title.setText(self.client_pane.current_values().full_name)
        self.search_panel.run_search()

    def start_new_client(self) -> None:
        if self._context is None:
            return
        self.client_id = None
        self.pet_id = None
        self.client_title.setText(self.tr("New client"))
        self.banner.show_state(accounts.BannerState(accounts.BannerLevel.NONE))
        self.pet_pane.show_pets(0, [])
        self.balance_pane.show_account(None)
        self.balance_pane.setEnabled(False)
        self.pet_pane.setEnabled(False)
        self.client_pane.setEnabled(True)
        self.stack.setCurrentIndex(1)
        self.client_pane.start_new_client()

    def _refresh_account(self, new_client: bool = False) -> None:
        if self.client_id is None:
            return
        self.balance_pane.show_account(accounts.account_view(self._context, self.client_id))
        self._refresh_banner(keep_acknowledgement=not new_client)

    def _refresh_banner(self, keep_acknowledgement: bool) -> None:
        if self.client_id is None:
            return
        self.own_banner = accounts.banner_state(self._context, self.client_id)
        shown = self.own_banner
        if self.pet_id is not None:
            shown = accounts.banner_state(self._context, self.client_id, self.pet_id)
        self.banner.show_state(shown, keep_acknowledgement=keep_acknowledgement)
        self.balance_pane.show_credit_blocked(self.own_banner.blocks_credit)
        self._apply_lock()

    def _apply_lock(self) -> None:
        """Disable the panes while a red banner waits to be acknowledged."""
        locked = self.banner.isVisibleTo(self) and self.banner.waiting_for_acknowledgement
        for pane in (self.client_pane, self.pet_pane, self.balance_pane):
            pane.setEnabled(not locked)

    @property
    def panes_locked(self) -> bool:
        return not self.balance_pane.isEnabled()

    # Dialogs

    def _show_dialog(self, dialog: QDialog) -> QDialog:
        self.current_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "current_dialog", None))
        if hasattr(dialog, "recorded"):
            dialog.recorded.connect(self._after_entry_recorded)
        dialog.open()
        return dialog

    def _after_entry_recorded(self) -> None:
        self._refresh_account()
        self.search_panel.refresh_results(self.client_id)

    def _tell_banner_first(self) -> None:
        self.statusBar().showMessage(self.tr(
            "Read the debt banner and press \"Understood, continue\" first."), 8000)

    def open_charge_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        if self.panes_locked:
            self._tell_banner_first()
            return None
        blocked = self.own_banner is not None and self.own_banner.blocks_credit
        return self._show_dialog(dialogs.ChargeDialog(self._context, self.client_id, self._pets, self,
                                              on_account_allowed=not blocked))

    def open_payment_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        suggested = self.own_banner.overdue if self.own_banner else None
        dialog = dialogs.PaymentDialog(self._context, self.client_id, suggested or Money.zero(), self)
        return self._show_dialog(dialog)

    def open_credit_note_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        if self.panes_locked:
            self._tell_banner_first()
            return None
        return self._show_dialog(dialogs.CreditNoteDialog(self._context, self.client_id, self))

    def open_pet_dialog(self) -> QDialog | None:
        if self.client_id is None or self.panes_locked:
            return None
        dialog = pet_dialogs.PetDialog(self._context, self.client_id, self)
        dialog.recorded.connect(self._reload_pets)
        return self._show_dialog(dialog)

    def open_co_owner_dialog(self, pet_id: int) -> QDialog | None:
        if self.client_id is None or self.panes_locked:
            return None
        name = next((pet.name for pet in self._pets if pet.id == pet_id), "")
        dialog = pet_dialogs.CoOwnerDialog(self._context, self.client_id, pet_id, name, self)
        dialog.recorded.connect(self._reload_pets)
        return self._show_dialog(dialog)

    def _reload_pets(self) -> None:
        if self.client_id is None:
            return
        self._pets = clients.pets_of_client(self._context, self.client_id)
        self.pet_pane.show_pets(self.client_id, self._pets, select_pet=self.pet_id)

    def open_override_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        return self._show_dialog(dialogs.OverrideDialog(self._context, self.client_id, self))

    def _update_title(self) -> None:
        clinic = clinic_service.get_clinic(self._context)
        name = clinic.name if clinic else ""
        self.setWindowTitle(f"VetDesk — {name}" if name else "VetDesk")
        self.statusBar().showMessage(self.tr("Desk user: {name}").format(name=self._context.actor))

    def refresh_clinic(self) -> None:
        self._update_title()
        self._refresh_account()
