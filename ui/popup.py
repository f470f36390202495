"""The always-on-top warning popup for the compliance assistant, and the manager that stacks them.

``WarningPopup`` is a frameless tool window that never takes focus (the streaming software keeps the
keyboard). ``PopupManager.show_hit(event)`` raises one per hit on the chosen screen and corner, stacks
them, dismisses them after a set time and reports acknowledgements (click, or the app-wide shortcut that
calls ``acknowledge_latest``). Main thread only: hits arrive through queued Qt signals from the workers.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.events import HitEvent, TranscriptEvent
from app.pipeline.hit_tracker import longer_sighting
from app.rules.model import SEVERITY_CN
from ui.qt_compat import emit
from ui.theme import SEVERITY_COLORS, heard_phrase

POPUP_WIDTH = 420
MARGIN = 16
SPACING = 10

POPUP_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)


class WarningPopup(QFrame):
    """One warning. Emits ``clicked`` when the assistant clicks it (that acknowledges it)."""

    clicked = Signal()

    def __init__(self, event: HitEvent, ack_hint: str = "单击或按 F8 确认", parent: QWidget | None = None):
        super().__init__(parent, POPUP_FLAGS)
        self.hit_event = event
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("warning_popup")
        hit = event.hit
        color = SEVERITY_COLORS.get(hit.severity, SEVERITY_COLORS["medium"])
        self.color_name = color.name()
        self.setStyleSheet(
            f"#warning_popup {{ background: {color.name()}; border: 2px solid rgba(0,0,0,60); border-radius: 10px; }}"
            "QLabel { color: white; background: transparent; }"
        )
        self.setFixedWidth(POPUP_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)

        self.heard_label = QLabel()
        self.show_heard(hit.surface)
        self.heard_label.setStyleSheet("font-size: 22px; font-weight: bold;")
        suggestions = " / ".join(hit.suggestions) if hit.suggestions else "删除这句话"
        self.suggestion_label = QLabel(f"{'建议' if hit.by_model else '建议改说'}：{suggestions}")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setStyleSheet("font-size: 19px; font-weight: bold;")
        sev = SEVERITY_CN.get(hit.severity, hit.severity)
        judged = f"　整句判断（把握 {hit.confidence:.0%}）" if hit.by_model else ""
        self.category_label = QLabel(f"类别：{hit.category}　风险：{sev}{judged}")
        self.category_label.setStyleSheet("font-size: 14px;")
        self.basis_label = QLabel(f"依据：{hit.basis}" if hit.basis else "依据：平台规则")
        self.basis_label.setWordWrap(True)
        self.basis_label.setStyleSheet("font-size: 13px;")
        self.hint_label = QLabel(ack_hint)
        self.hint_label.setStyleSheet("font-size: 12px; color: rgba(255,255,255,200);")
        for label in (self.heard_label, self.suggestion_label, self.category_label, self.basis_label,
                      self.hint_label):
            layout.addWidget(label)
        self.setToolTip("单击确认这条提醒")
        self.adjustSize()

    def show_heard(self, surface: str) -> None:
        """The whole phrase, once a later result showed it (全网最低 → 全网最低价)."""
        shown = heard_phrase(surface)
        self.heard_label.setText(f"⚠ 听到「{shown}」")
        self.heard_label.setToolTip("" if shown == surface else surface)

    def text(self) -> str:
        """Everything the popup says, for tests and accessibility."""
        return "\n".join(lbl.text() for lbl in self.findChildren(QLabel))

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        emit(self.clicked)
        event.accept()


class PopupManager(QObject):
    """Shows, stacks, times out and acknowledges popups.

    Signals: ``shown(HitEvent, float)`` with ``time.perf_counter()`` right after ``show()`` (the latency
    benchmark uses it); ``acknowledged(HitEvent)`` when the assistant confirmed a warning;
    ``expired(HitEvent)`` when one went away on its own.
    """

    shown = Signal(object, float)
    acknowledged = Signal(object)
    expired = Signal(object)

    def __init__(self, *, screen_index: int = 0, corner: str = "top_right", seconds: int = 8,
                 max_stack: int = 4, sound=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen_index = screen_index
        self.corner = corner
        self.seconds = seconds
        self.max_stack = max_stack
        self.sound = sound  # AlertSound or None
        self.popups: list[WarningPopup] = []

    def configure(self, *, screen_index: int, corner: str, seconds: int, max_stack: int, sound) -> None:
        self.screen_index, self.corner, self.seconds = screen_index, corner, seconds
        self.max_stack, self.sound = max_stack, sound
        self._relayout()

    def show_hit(self, event: HitEvent) -> WarningPopup:
        popup = WarningPopup(event)
        popup.clicked.connect(lambda p=popup: self._acknowledge(p))
        timer = QTimer(popup)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda p=popup: self._expire(p))
        timer.start(max(1, self.seconds) * 1000)
        self.popups.insert(0, popup)
        while len(self.popups) > max(1, self.max_stack):
            self._close(self.popups[-1])
            # an overflowed popup counts as expired, not acknowledged
        self._relayout()
        popup.show()
        emit(self.shown, event, time.perf_counter())
        if self.sound is not None:
            self.sound.play()
        return popup

    def acknowledge_latest(self) -> bool:
        """The shortcut: acknowledges the newest popup. Returns False when none is showing."""
        self._prune()
        if not self.popups:
            return False
        self._acknowledge(self.popups[0])
        return True

    def retract(self, original: HitEvent, linger_ms: int = 1500) -> bool:
        """The recogniser changed its mind about ``original``: say so on its popup, then let it go."""
        self._prune()
        for popup in self.popups:
            if popup.hit_event == original:
                popup.hint_label.setText("识别已更正，可忽略这条提醒")
                popup.setStyleSheet(popup.styleSheet().replace(popup.color_name, "#78909c"))
                QTimer.singleShot(linger_ms, popup, lambda p=popup: self._expire(p))
                return True
        return False

    def refine(self, transcript: TranscriptEvent) -> int:
        """Show the whole phrase on the popups whose hit a later result of the utterance shows longer
        (app.pipeline.hit_tracker.longer_sighting). Returns how many changed."""
        self._prune()
        changed = 0
        for popup in self.popups:
            seen = longer_sighting(popup.hit_event, transcript)
            if seen is not None:
                popup.show_heard(seen.surface)
                changed += 1
        return changed

    def dismiss_all(self) -> None:
        self._prune()
        for popup in list(self.popups):
            self._close(popup)

    # internals ---------------------------------------------------------------------------------------
    def _acknowledge(self, popup: WarningPopup) -> None:
        if popup in self.popups:
            self._close(popup)
            emit(self.acknowledged, popup.hit_event)

    def _expire(self, popup: WarningPopup) -> None:
        if popup in self.popups:
            self._close(popup)
            emit(self.expired, popup.hit_event)

    def _prune(self) -> None:
        """Forget popups Qt already deleted (QGuiApplication.quit() closes every window)."""
        self.popups = [p for p in self.popups if shiboken6.isValid(p)]

    def _close(self, popup: WarningPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)
        if shiboken6.isValid(popup):
            popup.close()
        self._relayout()

    def _screen_rect(self) -> QRect:
        screens = QGuiApplication.screens()
        screen = screens[self.screen_index] if 0 <= self.screen_index < len(screens) else screens[0]
        return screen.availableGeometry()

    def _relayout(self) -> None:
        self._prune()
        area = self._screen_rect()
        right = "right" in self.corner
        bottom = "bottom" in self.corner
        offset = MARGIN
        for popup in self.popups:
            size = popup.sizeHint()
            popup.resize(POPUP_WIDTH, size.height())
            x = area.right() - POPUP_WIDTH - MARGIN if right else area.left() + MARGIN
            y = area.bottom() - offset - size.height() if bottom else area.top() + offset
            popup.move(x, y)
            offset += size.height() + SPACING
