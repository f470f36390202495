"""The show's platform setting in the console, offscreen: chosen once, remembered, and used by the script check and
the live show (a rehearsal through the real pipeline) — naming the room's own platform raises no popup there."""

from __future__ import annotations

import pytest

from app.paths import user_lexicon_path
from app.rules.lexicon import LexiconManager
from tests.test_ui_helpers import LEXICON_CSV, main_thread_gc, rehearse_to_end  # noqa: F401 - autouse GC fixture
from ui.console import ConsoleWindow
from ui.settings import AppSettings

DIVERSION_ROWS = ("DIV-0001,去淘宝搜,去拼多多搜,导流私下交易,medium,点击下方购物车下单,电商平台规则（禁止站外导流）,,,1,\n")
SCRIPT = "想要的去淘宝搜我们店名。这款是全网最低价。"


def _manager(folder):
    path = folder / "default.csv"
    path.write_text(LEXICON_CSV + DIVERSION_ROWS, encoding="utf-8")
    return LexiconManager(default_path=path, user_path=user_lexicon_path())


def _console(qtbot, tmp_path):
    settings = AppSettings()
    settings.set("model/dir", str(tmp_path / "no-model"))
    settings.set("rehearsal/chars_per_second", 40.0)
    settings.set("popup/sound", False)
    window = ConsoleWindow(settings=settings, lexicon_factory=lambda: _manager(tmp_path), first_run=False,
                           probe_devices=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None and window.lexicon is not None, timeout=10000)
    return window


@pytest.fixture
def console(qtbot, tmp_path, data_dir):
    window = _console(qtbot, tmp_path)
    yield window
    window.shutdown()


def test_no_platform_by_default_and_every_platform_offered(console):
    combo = console.monitor.platform_combo
    assert combo.currentData() == ""
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["抖音", "快手", "淘宝", "京东", "拼多多", "小红书", "视频号"]


def test_choosing_the_platform_rechecks_the_script_and_is_remembered(qtbot, console, tmp_path):
    check = console.script_check
    check.editor.setPlainText(SCRIPT)
    check.rescan()
    assert [h.surface for h in check.hits] == ["去淘宝搜", "全网最低价"]
    combo = console.monitor.platform_combo
    combo.setCurrentIndex(combo.findData("淘宝"))
    assert [h.surface for h in check.hits] == ["全网最低价"]
    combo.setCurrentIndex(combo.findData("抖音"))
    assert [h.surface for h in check.hits] == ["去淘宝搜", "全网最低价"]
    combo.setCurrentIndex(combo.findData("淘宝"))
    console.shutdown()
    again = _console(qtbot, tmp_path)
    try:
        assert again.monitor.platform_combo.currentData() == "淘宝"
        assert again.script_check.own_platform == "淘宝"
    finally:
        again.shutdown()


def test_a_rehearsal_in_a_taobao_room_pops_up_only_the_real_violation(qtbot, console):
    combo = console.monitor.platform_combo
    combo.setCurrentIndex(combo.findData("淘宝"))
    assert rehearse_to_end(qtbot, console, SCRIPT) == ["全网最低价"]
