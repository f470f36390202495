"""Warning popup and anchor prompter: real widgets, offscreen."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.events import HitEvent
from app.rules.model import Hit
from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - autouse: GC only on the main thread
from ui.popup import PopupManager, WarningPopup
from ui.prompter import AnchorPrompter, outputs_for_mode


def make_event(surface="最有效", severity="high", suggestions=("用户反馈有效", "口碑不错"), utterance=1):
    hit = Hit(start=3, end=3 + len(surface), surface=surface, term=surface, entry_id="abs-001",
              category="绝对化用语", severity=severity, suggestions=suggestions, basis="《广告法》第九条第三项")
    return HitEvent(hit=hit, utterance=utterance, audio_start=1.0, audio_end=1.6, emitted_at=time.time(),
                    context=f"这款是{surface}的面霜")


def test_hit_raises_popup_with_flags_and_text(qtbot):
    manager = PopupManager(corner="top_right", seconds=30)
    event = make_event()
    with qtbot.waitSignal(manager.shown, timeout=2000) as blocker:
        manager.show_hit(event)
    assert blocker.args[0] is event
    popup = manager.popups[0]
    qtbot.addWidget(popup)
    assert popup.isVisible()
    flags = popup.windowFlags()
    for flag in (Qt.WindowType.WindowStaysOnTopHint, Qt.WindowType.FramelessWindowHint,
                 Qt.WindowType.WindowDoesNotAcceptFocus, Qt.WindowType.Tool):
        assert flags & flag, flag
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    text = popup.text()
    assert "最有效" in text and "用户反馈有效" in text and "口碑不错" in text
    assert "绝对化用语" in text and "《广告法》第九条第三项" in text
    # top-right corner of the chosen screen
    area = QGuiApplication.screens()[0].availableGeometry()
    assert area.right() - 40 <= popup.geometry().right() <= area.right()
    assert area.top() <= popup.geometry().top() <= area.top() + 40


def test_popups_stack_and_acknowledge_by_click_and_shortcut(qtbot):
    manager = PopupManager(corner="bottom_left", seconds=30, max_stack=2)
    first = manager.show_hit(make_event("最便宜", utterance=1))
    second = manager.show_hit(make_event("第一", severity="medium", utterance=2))
    assert manager.popups == [second, first]
    assert second.geometry().bottom() > first.geometry().bottom()  # newest nearest the corner
    assert not first.geometry().intersects(second.geometry())
    third = manager.show_hit(make_event("根治", utterance=3))
    assert len(manager.popups) == 2 and first not in manager.popups  # oldest dropped

    with qtbot.waitSignal(manager.acknowledged, timeout=1000) as blocker:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert blocker.args[0].hit.surface == "第一"
    with qtbot.waitSignal(manager.acknowledged, timeout=1000) as blocker:
        assert manager.acknowledge_latest()
    assert blocker.args[0].hit.surface == "根治"
    assert third not in manager.popups and not manager.acknowledge_latest()


def test_popup_auto_dismisses(qtbot):
    manager = PopupManager(seconds=1)
    popup = manager.show_hit(make_event())
    with qtbot.waitSignal(manager.expired, timeout=3000):
        pass
    assert not manager.popups and not popup.isVisible()


def test_severity_colours_differ(qtbot):
    high = WarningPopup(make_event(severity="high"))
    low = WarningPopup(make_event(severity="low"))
    qtbot.addWidget(high)
    qtbot.addWidget(low)
    assert high.styleSheet() != low.styleSheet()


def test_prompter_shows_suggestion_then_fades(qtbot):
    prompter = AnchorPrompter(seconds=1)
    qtbot.addWidget(prompter)
    prompter.show_prompt(make_event())
    assert prompter.isVisible()
    assert prompter.current_prompt() == "换个说法：用户反馈有效"
    assert prompter.suggestion_label.font().pixelSize() >= 56  # readable from two metres
    with qtbot.waitSignal(prompter.faded, timeout=4000):
        pass
    assert prompter.current_prompt() == ""


def test_modes_route_outputs():
    assert outputs_for_mode("dual") == (True, True)
    assert outputs_for_mode("solo") == (False, True)
    assert outputs_for_mode("assistant") == (True, False)


def test_retracted_hit_popup_says_so_and_goes(qtbot):
    manager = PopupManager(seconds=30)
    event = make_event("最")
    popup = manager.show_hit(event)
    assert manager.retract(event, linger_ms=100)
    assert "识别已更正" in popup.text()
    with qtbot.waitSignal(manager.expired, timeout=2000):
        pass
    assert manager.popups == []


def test_transcript_marks_do_not_nest():
    from ui.monitor_panel import mark_hits

    html = mark_hits("这是最有效的", [("最", "medium"), ("最有效", "high")])
    assert html.count("<span") == 1 and "最有效" in html


def test_prompter_keeps_a_graver_prompt_for_a_moment(qtbot):
    prompter = AnchorPrompter(seconds=30)
    qtbot.addWidget(prompter)
    assert prompter.show_prompt(make_event("全网最低价", severity="high", suggestions=("今天直播间优惠价",)))
    assert not prompter.show_prompt(make_event("绝对", severity="low", suggestions=("确实",)))
    assert prompter.current_prompt() == "换个说法：今天直播间优惠价"
    assert prompter.show_prompt(make_event("根治", severity="high", suggestions=("帮助改善",)))
    assert prompter.current_prompt() == "换个说法：帮助改善"


def test_a_long_found_clause_is_elided_in_the_popup_and_the_prompter(qtbot):
    """A claim the second opinion found can be a whole clause: the 22-px headline quoted it past the popup's
    edge. Both windows quote its start and "…"; the popup's tooltip holds the whole clause."""
    clause = "敏感肌的姐妹用了它脸再也不红了以后出门都不用遮瑕"
    popup = WarningPopup(make_event(surface=clause, severity="medium"))
    qtbot.addWidget(popup)
    popup.show()
    heard = popup.heard_label
    assert heard.text() == "⚠ 听到「敏感肌的姐妹用了它脸再…」" and heard.toolTip() == clause
    assert heard.fontMetrics().horizontalAdvance(heard.text()) <= popup.width() - 32  # inside the margins
    short = WarningPopup(make_event())
    qtbot.addWidget(short)
    assert short.heard_label.text() == "⚠ 听到「最有效」" and short.heard_label.toolTip() == ""
    prompter = AnchorPrompter(seconds=5)
    qtbot.addWidget(prompter)
    prompter.show_prompt(make_event(surface=clause, severity="medium"))
    assert prompter.heard_label.text() == "刚才说了「敏感肌的姐妹用了它脸再…」"
