"""The anchor prompter: a calm, very large "换个说法：…" on a side screen, fading after a few seconds.

Also the mode switch that decides who sees what (dual-anchor / solo / assistant-only).
Main thread only.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QVBoxLayout, QWidget

from app.events import HitEvent, TranscriptEvent
from app.pipeline.hit_tracker import longer_sighting
from app.rules.model import SEVERITY_RANK
from ui.qt_compat import emit
from ui.theme import PROMPTER_ACCENT, PROMPTER_BG, PROMPTER_FG, cjk_family, heard_phrase

FADE_MS = 1200
HOLD_HIGHER_SECONDS = 2.5  # a milder hit does not replace a graver prompt younger than this


def outputs_for_mode(mode: str) -> tuple[bool, bool]:
    """(show popups, show prompter) for a working mode.

    dual: the assistant sees popups, the anchor sees the prompter; solo: only the prompter (the anchor is
    alone); assistant: only popups (no side screen).
    """
    return {"dual": (True, True), "solo": (False, True), "assistant": (True, False)}.get(mode, (True, True))


def prompt_line(event: HitEvent) -> str:
    suggestion = event.hit.suggestions[0] if event.hit.suggestions else "跳过这句"
    return f"注意：{suggestion}" if event.hit.by_model else f"换个说法：{suggestion}"


class AnchorPrompter(QWidget):
    """Side-screen window. ``show_prompt(event)`` shows the suggestion, which fades after ``seconds``."""

    faded = Signal()

    def __init__(self, *, seconds: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle("LiveGuard 提词屏")
        self.seconds = seconds
        self._rank = 0
        self._event: HitEvent | None = None  # the hit on screen
        self._shown_at = 0.0
        self.setStyleSheet(f"background: {PROMPTER_BG.name()};")
        self.resize(1000, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.content = QWidget(self)
        inner = QVBoxLayout(self.content)
        inner.setSpacing(18)
        self.heard_label = QLabel("")
        self.suggestion_label = QLabel("")
        self.suggestion_label.setWordWrap(True)
        for label in (self.heard_label, self.suggestion_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heard_label.setStyleSheet(f"color: {PROMPTER_FG.name()}; background: transparent;")
        self.suggestion_label.setStyleSheet(f"color: {PROMPTER_ACCENT.name()}; background: transparent;")
        inner.addStretch(1)
        inner.addWidget(self.heard_label)
        inner.addWidget(self.suggestion_label)
        inner.addStretch(1)
        layout.addWidget(self.content)
        self.idle_label = QLabel("LiveGuard 提词屏 · 状态良好，继续保持")
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_label.setStyleSheet("color: #6f8396; background: transparent; font-size: 18px;")
        layout.addWidget(self.idle_label)

        self._effect = QGraphicsOpacityEffect(self.content)
        self._effect.setOpacity(0.0)
        self.content.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.finished.connect(self._fade_done)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._start_fade)
        self._apply_fonts()

    def place_on_screen(self, index: int, fullscreen: bool) -> None:
        screens = QGuiApplication.screens()
        screen = screens[index] if 0 <= index < len(screens) else screens[-1]
        geo = screen.availableGeometry()
        if fullscreen:
            self.setGeometry(geo)
        else:
            self.move(geo.left() + (geo.width() - self.width()) // 2, geo.top() + (geo.height() - self.height()) // 2)

    def show_prompt(self, event: HitEvent) -> bool:
        """Shows the suggestion. Returns False when a graver prompt shown moments ago is kept instead
        (the anchor reads one calm line at a time, not a flicker of every hit)."""
        rank = SEVERITY_RANK.get(event.hit.severity, 0)
        if (self.current_prompt() and rank < self._rank
                and time.monotonic() - self._shown_at < HOLD_HIGHER_SECONDS):
            return False
        self._rank, self._shown_at = rank, time.monotonic()
        self._event = event
        self._show_heard(event.hit.surface)
        self.suggestion_label.setText(prompt_line(event))
        self._apply_fonts()
        self._fade.stop()
        self._effect.setOpacity(1.0)
        self.idle_label.setVisible(False)
        self._hold.start(max(1, self.seconds) * 1000)
        if not self.isVisible():
            self.show()
        return True

    def refine(self, transcript: TranscriptEvent) -> bool:
        """Show the whole phrase when a later result shows the prompt's hit longer (全网最低 → 全网最低价)."""
        if self._event is None or not self.current_prompt():
            return False
        seen = longer_sighting(self._event, transcript)
        if seen is None:
            return False
        self._show_heard(seen.surface)
        return True

    def _show_heard(self, surface: str) -> None:
        self.heard_label.setText(f"刚才说了「{heard_phrase(surface)}」")

    def current_prompt(self) -> str:
        """The suggestion line while it is (still) visible, else an empty string."""
        return self.suggestion_label.text() if self._effect.opacity() > 0.01 else ""

    def _start_fade(self) -> None:
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    def _fade_done(self) -> None:
        if self._effect.opacity() <= 0.01:
            self.idle_label.setVisible(True)
            emit(self.faded)

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        height = max(300, self.height())
        big = QFont(cjk_family())
        big.setBold(True)
        size = max(56, height // 5)
        room = max(200, self.width() - 100)
        text = self.suggestion_label.text()
        # one line when it fits at a readable size (>= 56 px); longer suggestions wrap
        while size > 56:
            big.setPixelSize(size)
            if QFontMetrics(big).horizontalAdvance(text) <= room:
                break
            size -= 4
        big.setPixelSize(size)
        self.suggestion_label.setFont(big)
        small = QFont(cjk_family())
        small.setPixelSize(max(28, height // 12))
        self.heard_label.setFont(small)
