"""The debt follow-up window: the debtor search and the dashboard, side by side in tabs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from vetdesk.domain.debtors import DebtorFilter
from vetdesk.lazy import lazy_import
from vetdesk.ui.common import show_unexpected_error

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.debtors import DebtorList, SavedFilter

debtors = lazy_import("vetdesk.services.debtors")
dashboard = lazy_import("vetdesk.services.dashboard")
debtors_view = lazy_import("vetdesk.ui.debtors_view")
dashboard_view = lazy_import("vetdesk.ui.dashboard_view")

log = logging.getLogger("vetdesk.ui")


class ServiceDebtorSource:
    """The debtor view's data source, read from the clinic database through the services."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def load(self) -> DebtorList:
        return debtors.load_debtors(self._context)

    def saved_filters(self) -> list[SavedFilter]:
        return debtors.saved_filters(self._context)

    def save_filter(self, name: str, debtor_filter: DebtorFilter) -> None:
        debtors.save_filter(self._context, name, debtor_filter)

    def delete_filter(self, name: str) -> None:
        debtors.delete_filter(self._context, name)


class FollowUpWindow(QMainWindow):
    """Finds the clients who owe money and shows how the clinic's receivables age."""

    clientRequested = Signal(int)
    holdRequested = Signal(int)
    decisionRequested = Signal(int)

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtFollowUpWindow")
        self.setWindowTitle(self.tr("Debt follow-up"))
        self._context = context
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followUpTabs")
        self.debtors = debtors_view.DebtorSearchView(ServiceDebtorSource(context))
        self.debtors.clientActivated.connect(self.clientRequested)
        self.debtors.holdRequested.connect(self.holdRequested)
        self.debtors.decisionRequested.connect(self.decisionRequested)
        self.tabs.addTab(self.debtors, self.tr("Debtors"))
        # Built on first view: the chart library is a large import.
        self.dashboard: QWidget | None = None
        self._dashboard_holder = QWidget()
        self.tabs.addTab(self._dashboard_holder, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.resize(1280, 800)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self._dashboard_holder)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._dashboard_holder and self.dashboard is None:
            from PySide6.QtWidgets import QVBoxLayout

            self.dashboard = dashboard_view.DashboardView()
            self.dashboard.refreshRequested.connect(self.refresh_dashboard)
            layout = QVBoxLayout(self._dashboard_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.dashboard)
            self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        """Compute the figures again; the first time in a month also computes last month's end."""
        if self.dashboard is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            figures = dashboard.compute_dashboard(self._context)
        except Exception:
            log.exception("Computing the dashboard failed")
            show_unexpected_error(self, self.tr("The dashboard could not be computed. The details are in the log."))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.dashboard.show_figures(figures)

    def refresh(self) -> None:
        """Reload the debtor list and, when it was opened, the dashboard, after a change elsewhere."""
        self.debtors.refresh()
        self.refresh_dashboard()
