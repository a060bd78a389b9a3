"""The reception window: search on the left, the chosen client's banner and panes on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QTabWidget,
    QLabel,
    QMainWindow,
    QPushButton,
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
from vetdesk.ui.login_dialog import role_text
from vetdesk.ui.pet_pane import PetPane
from vetdesk.ui.search_panel import SearchPanel

# The dialogs are imported when first opened: they are not needed to show the window.
dialogs = lazy_import("vetdesk.ui.entry_dialogs")
pet_dialogs = lazy_import("vetdesk.ui.pet_dialogs")
client_data_dialogs = lazy_import("vetdesk.ui.client_data_dialogs")
agreement_ui = lazy_import("vetdesk.ui.agreement_dialog")
agreements_pane_ui = lazy_import("vetdesk.ui.agreements_pane")
seal_ui = lazy_import("vetdesk.ui.seal_dialog")
reminders_ui = lazy_import("vetdesk.ui.reminders_dialog")
reminder_history_ui = lazy_import("vetdesk.ui.reminder_history")
decision_ui = lazy_import("vetdesk.ui.decision_dialogs")
followup_pane_ui = lazy_import("vetdesk.ui.followup_pane")
followup_window_ui = lazy_import("vetdesk.ui.followup_window")

if TYPE_CHECKING:
    from vetdesk.services.accounts import BannerState
    from vetdesk.services.context import ServiceContext

accounts = lazy_import("vetdesk.services.accounts")
agreements = lazy_import("vetdesk.services.agreements")
clients = lazy_import("vetdesk.services.clients")
clinic_service = lazy_import("vetdesk.services.clinic")
staff = lazy_import("vetdesk.services.staff")

log = logging.getLogger("vetdesk.ui")


class MainWindow(QMainWindow):
    """Main window of the reception desk.

    Every dialog it opens is kept in ``current_dialog`` and opened with
    ``open()``, so that tests and automation can reach it.
    """

    settingsRequested = Signal()
    importRequested = Signal()
    staffRequested = Signal()
    signOutRequested = Signal()
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
        self.banner.agreementRequested.connect(self.open_agreement_dialog)
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
        # The agreements tab is built when first needed: it loads the agreement services.
        self.agreements_pane = None
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("clientTabs")
        self.lower_tabs.addTab(self.balance_pane, self.tr("Account"))
        self._agreements_holder = QWidget()
        self.lower_tabs.addTab(self._agreements_holder, self.tr("Agreements"))
        self.reminder_history = None
        self._reminders_holder = QWidget()
        self.lower_tabs.addTab(self._reminders_holder, self.tr("Reminders"))
        self.followup_pane = None
        self._followup_holder = QWidget()
        self.lower_tabs.addTab(self._followup_holder, self.tr("Holds and decisions"))
        self.followup_window = None
        self.lower_tabs.currentChanged.connect(self._on_tab_changed)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(upper)
        vertical.addWidget(self.lower_tabs)
        vertical.setStretchFactor(1, 1)
        vertical.setSizes([270, 470])
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
            self.apply_permissions()
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
        self.apply_permissions()
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
        self.staff_action = QAction(self.tr("S&taff accounts…"), self)
        self.staff_action.setObjectName("staffAction")
        self.staff_action.triggered.connect(self.staffRequested)
        self.reminders_action = QAction(self.tr("&Reminders…"), self)
        self.reminders_action.setObjectName("remindersAction")
        self.reminders_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reminders_action.triggered.connect(self.open_reminders_dialog)
        self.seal_action = QAction(self.tr("Clinic seal &certificate…"), self)
        self.seal_action.setObjectName("sealAction")
        self.seal_action.triggered.connect(self.open_seal_dialog)
        self.sign_out_action = QAction(self.tr("Sign &out / switch user"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.signOutRequested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.followup_action = QAction(self.tr("&Debtors and dashboard…"), self)
        self.followup_action.setObjectName("followUpAction")
        self.followup_action.setShortcut(QKeySequence("Ctrl+D"))
        self.followup_action.triggered.connect(self.open_followup_window)
        file_menu.addActions([self.import_action, self.reminders_action, self.followup_action, self.settings_action,
                              self.seal_action, self.staff_action])
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        entries = [
            (self.tr("&Find client"), "Ctrl+F", self.focus_search),
            (self.tr("&New client"), "Ctrl+N", self.start_new_client),
            (self.tr("New &charge"), "F7", self.open_charge_dialog),
            (self.tr("New &payment"), "F8", self.open_payment_dialog),
            (self.tr("Credit &note…"), "", self.open_credit_note_dialog),
            (self.tr("Payment &agreement…"), "F9", self.open_agreement_dialog),
            (self.tr("&Override debt block…"), "", self.open_override_dialog),
            (self.tr("Put on &hold or dispute…"), "", self.open_hold_dialog),
            (self.tr("Dec&ide about the debt…"), "", self.open_decision_dialog),
        ]
        for text, shortcut, slot in entries:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            # Connected without the checked flag, which would arrive as a client id.
            action.triggered.connect(lambda _checked=False, run=slot: run())
            client_menu.addAction(action)
            if slot == self.open_override_dialog:
                self.override_action = action
        client_menu.addSeparator()
        export_action = QAction(self.tr("&Export the client's data…"), self)
        export_action.setObjectName("exportClientAction")
        export_action.triggered.connect(self.open_export_dialog)
        erase_action = QAction(self.tr("Erase the client's personal &data…"), self)
        erase_action.setObjectName("eraseClientAction")
        erase_action.triggered.connect(self.open_erase_dialog)
        client_menu.addActions([export_action, erase_action])
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
        if self.agreements_pane is not None:
            self.agreements_pane.show_client(self.client_id)
        if self.reminder_history is not None:
            self.reminder_history.show_client(self.client_id)
        if self.followup_pane is not None:
            self.followup_pane.show_client(self.client_id)

    def _on_tab_changed(self, index: int) -> None:
        if self.lower_tabs.widget(index) is self._agreements_holder:
            self._ensure_agreements_pane()
        elif self.lower_tabs.widget(index) is self._reminders_holder:
            self._ensure_reminder_history()
        elif self.lower_tabs.widget(index) is self._followup_holder:
            self._ensure_followup_pane()

    def _ensure_followup_pane(self):
        if self.followup_pane is None and self._context is not None:
            self.followup_pane = followup_pane_ui.FollowUpPane(self._context)
            self.followup_pane.changed.connect(self._after_debt_decision)
            layout = QVBoxLayout(self._followup_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.followup_pane)
            if self.client_id is not None:
                self.followup_pane.show_client(self.client_id)
        return self.followup_pane

    def open_followup_window(self) -> QWidget | None:
        """Show the debtor search and the dashboard in a window of their own, kept open beside this one."""
        if self._context is None:
            return None
        if self.followup_window is None:
            self.followup_window = followup_window_ui.FollowUpWindow(self._context, self)
            self.followup_window.setWindowFlag(Qt.WindowType.Window)
            self.followup_window.clientRequested.connect(self._open_client_from_followup)
            self.followup_window.holdRequested.connect(self.open_hold_dialog)
            self.followup_window.decisionRequested.connect(self.open_decision_dialog)
        self.followup_window.show()
        self.followup_window.raise_()
        self.followup_window.activateWindow()
        return self.followup_window

    def _open_client_from_followup(self, client_id: int) -> None:
        self.open_client(client_id)
        self.raise_()
        self.activateWindow()

    def open_hold_dialog(self, client_id: int | None = None) -> QDialog | None:
        """Put the debt of ``client_id`` (the client shown by default), or one charge, on hold or in dispute."""
        client_id = client_id or self.client_id
        if client_id is None or self._context is None:
            return None
        dialog = decision_ui.HoldDialog(self._context, client_id, self)
        dialog.holdPlaced.connect(self._after_debt_decision)
        return self._show_dialog(dialog)

    def open_decision_dialog(self, client_id: int | None = None) -> QDialog | None:
        """Open the decision about a client's debt: write off, negotiate or claim in court."""
        client_id = client_id or self.client_id
        if client_id is None or self._context is None:
            return None
        dialog = decision_ui.DecisionDialog(self._context, client_id, self)
        dialog.decisionRecorded.connect(self._after_debt_decision)
        return self._show_dialog(dialog)

    def _after_debt_decision(self, client_id: int | None = None) -> None:
        if client_id is None or client_id == self.client_id:
            self._refresh_account()
        self.search_panel.refresh_results(self.client_id)
        if self.followup_window is not None:
            self.followup_window.refresh()

    def _ensure_reminder_history(self):
        if self.reminder_history is None and self._context is not None:
            self.reminder_history = reminder_history_ui.ReminderHistory(self._context)
            layout = QVBoxLayout(self._reminders_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.reminder_history)
            if self.client_id is not None:
                self.reminder_history.show_client(self.client_id)
        return self.reminder_history

    def open_reminders_dialog(self) -> QDialog | None:
        """Open the reminders queue: prepare the day's reminders, review them and send them."""
        if self._context is None:
            return None
        dialog = reminders_ui.RemindersDialog(self._context, self)
        dialog.changed.connect(self._after_reminders_changed)
        dialog.clientRequested.connect(lambda client_id: self.open_client(client_id))
        return self._show_dialog(dialog)

    def _after_reminders_changed(self) -> None:
        if self.reminder_history is not None:
            self.reminder_history.refresh()

    def _ensure_agreements_pane(self):
        if self.agreements_pane is None and self._context is not None:
            self.agreements_pane = agreements_pane_ui.AgreementsPane(self._context)
            self.agreements_pane.newAgreementRequested.connect(self.open_agreement_dialog)
            self.agreements_pane.changed.connect(self._after_agreement_changed)
            layout = QVBoxLayout(self._agreements_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.agreements_pane)
            if self.client_id is not None:
                self.agreements_pane.show_client(self.client_id)
        return self.agreements_pane

    def open_seal_dialog(self) -> QDialog | None:
        """Show the certificate that seals signed forms, to load the clinic's own or create one."""
        if self._context is None:
            return None
        return self._show_dialog(seal_ui.SealDialog(self._context, self))

    def open_agreement_dialog(self) -> QDialog | None:
        """Open the agreement dialog for the client shown, with the charges no agreement covers yet."""
        if self.client_id is None or self._context is None:
            return None
        dialog = agreement_ui.AgreementDialog(self._context, self.client_id, self)
        dialog.agreementRecorded.connect(self._after_agreement_changed)
        return self._show_dialog(dialog)

    def _after_agreement_changed(self, *_args) -> None:
        self._refresh_account()
        self.search_panel.refresh_results(self.client_id)

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
        note = self.own_banner.agreement if self.own_banner else None
        if note is not None and not suggested and note.next_amount is not None:
            suggested = note.next_amount
        agreement = (note.id, note.number) if note is not None else None
        dialog = dialogs.PaymentDialog(self._context, self.client_id, suggested or Money.zero(), self,
                                       agreement=agreement)
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

    def open_export_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        return self._show_dialog(client_data_dialogs.ExportClientDialog(self._context, self.client_id, self))

    def open_erase_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        dialog = client_data_dialogs.EraseClientDialog(self._context, self.client_id, self)
        # An anonymised client can no longer be found by name, so the window shows them again at once.
        dialog.erased.connect(lambda client_id: self.open_client(client_id))
        return self._show_dialog(dialog)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Another desk may have recorded money for this client while this window was in the background.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._context is not None:
            self._refresh_account()

    def open_override_dialog(self) -> QDialog | None:
        if self.client_id is None:
            return None
        if self._context is not None and not staff.allows(self._context, staff.Permission.OVERRIDE_BANNER):
            self.statusBar().showMessage(self._override_denied_text(), 8000)
            return None
        return self._show_dialog(dialogs.OverrideDialog(self._context, self.client_id, self))

    def _update_title(self) -> None:
        clinic = clinic_service.get_clinic(self._context)
        name = clinic.name if clinic else ""
        self.setWindowTitle(f"VetDesk — {name}" if name else "VetDesk")
        self.statusBar().showMessage(self.signed_in_text())

    def signed_in_text(self) -> str:
        person = self._context.staff
        if person is None:
            return self.tr("Desk user: {name}").format(name=self._context.actor)
        return self.tr("Signed in: {name} ({role})").format(name=person.display_name, role=role_text(person.role))

    def _override_denied_text(self) -> str:
        return self.tr("Only a manager or an administrator can override the debt block.")

    def apply_permissions(self) -> None:
        """Enable the actions that the signed-in person's role allows, and show who is signed in."""
        if self._context is None:
            return
        may_override = staff.allows(self._context, staff.Permission.OVERRIDE_BANNER)
        override_button = self.banner.findChild(QPushButton, "bannerOverrideButton")
        for control in (override_button, self.override_action):
            if control is None:
                continue
            control.setEnabled(may_override)
            control.setToolTip("" if may_override else self._override_denied_text())
        self.staff_action.setEnabled(staff.allows(self._context, staff.Permission.MANAGE_STAFF))
        self.seal_action.setEnabled(staff.allows(self._context, staff.Permission.EDIT_SETTINGS))
        self.sign_out_action.setEnabled(staff.has_staff_accounts(self._context))
        self._update_title()

    def refresh_clinic(self) -> None:
        self._update_title()
        self._refresh_account()
