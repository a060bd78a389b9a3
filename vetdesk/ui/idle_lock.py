"""Lock the main window after a time without keyboard or mouse activity.

``IdleLock`` is an application-wide event filter. Every key press, click,
mouse move or wheel turn restarts its timer. When the timer runs out, a lock
screen covers the main window and hides the window's open dialogs. It takes
all input until the same person types their password or PIN, or another
staff member signs in instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from vetdesk.ui.login_dialog import SignInForm

if TYPE_CHECKING:
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.staff import StaffIdentity

log = logging.getLogger("vetdesk.ui")

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})
_INPUT = _ACTIVITY | {
    QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
}


class LockScreen(QWidget):
    """The opaque cover over the main window, with a sign-in form."""

    def __init__(self, context: ServiceContext, window: QMainWindow, identity: StaffIdentity | None) -> None:
        super().__init__(window)
        self.setObjectName("idleLock")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("VetDesk is locked"))
        title.setObjectName("idleLockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        if identity is None:
            text = self.tr("Nobody is signed in. Type your username and your password or PIN.")
        else:
            text = self.tr("{name} is signed in. Type your password or PIN to continue, "
                           "or type another username to sign in as someone else.").format(
                name=identity.display_name)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.form = SignInForm(context, self, username=identity.username if identity else "",
                               button_text=self.tr("Unlock"))
        # A fixed width lets the wrapped explanation take the height it needs.
        panel = QWidget()
        panel.setFixedWidth(460)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(title)
        panel_layout.addWidget(explanation)
        panel_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(panel)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addLayout(row)
        layout.addStretch(2)


class IdleLock(QObject):
    """Locks ``window`` after ``timeout_ms`` of inactivity; a timeout of 0 never locks.

    ``unlocked`` carries the identity that signed in on the lock screen, which
    may be another person than the one who was signed in.
    """

    locked = Signal()
    unlocked = Signal(object)

    def __init__(self, context: ServiceContext, window: QMainWindow, timeout_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._window = window
        self._timeout_ms = timeout_ms
        self.screen: LockScreen | None = None
        self._hidden_dialogs: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        window.installEventFilter(self)
        self._restart()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self._restart()

    def set_window(self, window: QMainWindow) -> None:
        """Follow a main window rebuilt after a change of language."""
        was_locked = self.is_locked
        if was_locked:
            self._remove_screen()
        self._window.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)
        if was_locked:
            self.lock()

    def stop(self) -> None:
        """Stop watching for activity, as when the desk returns to simple mode."""
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
        self._window.removeEventFilter(self)

    def _restart(self) -> None:
        # Only a signed-in person has a password to unlock with.
        if self._timeout_ms > 0 and self._context.staff is not None and not self.is_locked:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def lock(self) -> LockScreen:
        """Cover the window with the lock screen, asking the signed-in person to sign in again."""
        if self.screen is not None:
            return self.screen
        self._timer.stop()
        self._hidden_dialogs = [
            widget for widget in QApplication.topLevelWidgets()
            if widget is not self._window and widget.isVisible() and self._belongs_to_window(widget)
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.screen = LockScreen(self._context, self._window, self._context.staff)
        self.screen.form.signedIn.connect(self._signed_in)
        self.screen.setGeometry(self._window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.form.focus_first_empty()
        log.info("Desk locked")
        self.locked.emit()
        return self.screen

    def _belongs_to_window(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def _remove_screen(self) -> None:
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None

    def _signed_in(self, identity: StaffIdentity) -> None:
        self._remove_screen()
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        log.info("Desk unlocked")
        self.unlocked.emit(identity)
        self._restart()

    def _blocks(self, watched: QObject, kind: QEvent.Type) -> bool:
        """Return whether input to ``watched`` must be swallowed while the window is locked."""
        if not isinstance(watched, QWidget):
            # QAction and QShortcut objects receive Shortcut events. QWindow objects get the raw
            # input first and must pass it on, or the lock screen itself would never see it.
            return kind == QEvent.Type.Shortcut
        if watched is self.screen or self.screen.isAncestorOf(watched):
            return False
        return watched is self._window or self._window.isAncestorOf(watched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if self.screen is not None:
            if watched is self._window and kind == QEvent.Type.Resize:
                self.screen.setGeometry(self._window.rect())
            return kind in _INPUT and self._blocks(watched, kind)
        if kind in _ACTIVITY:
            self._restart()
        return False
