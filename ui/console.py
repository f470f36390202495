"""The console (main window): 实时监控, 脚本预审, 词库, 复盘 tabs, popups, prompter, tray and shortcuts.

Threading contract: this window and everything it owns live on the main thread. Blocking work — opening
the store, loading the lexicon and the speech model, listing devices, recording, review queries — runs on
``JobThread``/``PipelineThread`` workers registered in ``self.workers``; results come back as queued
signals carrying plain data. ``shutdown()`` (window close, SIGTERM, tray 退出) stops monitoring, joins all
workers, closes the show and the store (which flushes to disk).

Running a show (start, events, stop) is :class:`ui.console_shows.ShowsMixin`'s part of the window; the
menus, shortcuts and tray are built by :mod:`ui.menus`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from app import __version__
from ui.console_shows import ShowsMixin, demo_script_path
from ui.dialogs import inform, warn
from ui.live_session import PipelineThread
from ui.menus import build_actions, build_tray
from ui.monitor_panel import MonitorPanel
from ui.popup import PopupManager
from ui.prompter import AnchorPrompter
from ui.qt_compat import emit
from ui.review import ReviewWidget
from ui.script_check import ScriptCheckWidget
from ui.settings import AppSettings
from ui.sound import AlertSound
from ui.theme import app_icon
from ui.workers import JobThread, WorkerRegistry


class _Relay(QObject):
    """Signals the recorder's callbacks (dispatch thread) use to reach the main thread."""

    breaker = Signal(object)
    notice = Signal(str)


class ConsoleWindow(ShowsMixin, QMainWindow):
    monitoring_changed = Signal(bool)  # True while a show (live or rehearsal) is running
    store_ready = Signal()
    lexicon_ready = Signal()

    def __init__(self, *, settings: AppSettings | None = None, model_loader=None, lexicon_factory=None,
                 first_run: bool = True, probe_devices: bool = True) -> None:
        """``model_loader(path)`` and ``lexicon_factory()`` run on worker threads (injectable for tests)."""
        super().__init__()
        self._lexicon_factory = lexicon_factory
        self.settings = settings or AppSettings()
        self.setWindowTitle(f"LiveGuard 直播合规助手 {__version__}")
        self.setWindowIcon(app_icon())
        self.resize(1280, 820)
        self.workers = WorkerRegistry(self)
        self.store = None
        self.lexicon = None  # app.rules.lexicon.LexiconManager once loaded
        self.session: PipelineThread | None = None
        self._last_session: PipelineThread | None = None
        self.recorder = None
        self.session_source = ""
        self._show_rows: list[dict] = []
        self._closing = False
        self.stuck_workers: list[str] = []
        self._first_run_allowed = first_run
        self._relay = _Relay(self)
        self._relay.breaker.connect(self._on_breaker)
        self._relay.notice.connect(lambda msg: self.statusBar().showMessage(msg, 15000))

        from ui.model_status import ModelController

        self.model = ModelController(self.workers, loader=model_loader, parent=self)
        self.model.state_changed.connect(self._on_model_state)
        self.sound = AlertSound()
        self.popups = PopupManager(parent=self)
        self.popups.acknowledged.connect(self._on_acknowledged)
        self.prompter = AnchorPrompter()
        self._apply_settings()

        self.monitor = MonitorPanel()
        self.monitor.start_btn.clicked.connect(self.toggle_monitoring)
        self.monitor.rehearse_btn.clicked.connect(self.rehearse_demo)
        self.monitor.switch_btn.clicked.connect(self.switch_anchor)
        self.monitor.model_btn.clicked.connect(self.show_first_run)
        self.monitor.mic_test_btn.clicked.connect(self.toggle_mic_test)
        self.mic_test = None
        self.monitor.room_edit.setText(self.settings.get("show/room"))
        self.monitor.anchor_combo.addItems(self.settings.anchors())
        self.monitor.category_edit.setText(self.settings.get("show/product_category"))
        platform_at = self.monitor.platform_combo.findData(self.settings.get("show/platform"))
        self.monitor.platform_combo.setCurrentIndex(max(0, platform_at))
        self._second_opinion = None  # app.rules.second_opinion.SecondOpinion once loaded
        self.script_check = ScriptCheckWidget(self.current_matcher, second_opinion_provider=self.current_second_opinion)
        self.script_check.own_platform = self.monitor.platform_combo.currentData() or ""
        self.monitor.platform_combo.currentIndexChanged.connect(self._platform_changed)
        self.script_check.rehearse_requested.connect(self.start_rehearsal)
        self.review = ReviewWidget(lambda: self.store, self.workers)
        from ui.lexicon_editor import LexiconEditor

        self.lexicon_editor = LexiconEditor(lambda: self.lexicon, self.workers)
        self.lexicon_editor.applied.connect(self._on_lexicon_applied)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.monitor, "实时监控")
        self.tabs.addTab(self.script_check, "脚本预审 / 模拟演练")
        self.tabs.addTab(self.lexicon_editor, "词库")
        self.tabs.addTab(self.review, "复盘")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.model_status_label = QLabel("")
        self.statusBar().addPermanentWidget(self.model_status_label)
        build_actions(self)
        build_tray(self)

        self._start_background_loads(probe_devices)

    # ------------------------------------------------------------------------------------- setup
    def _apply_settings(self) -> None:
        s = self.settings
        self.popups.configure(screen_index=s.get("popup/screen"), corner=s.get("popup/corner"),
                              seconds=s.get("popup/seconds"), max_stack=s.get("popup/max_stack"),
                              sound=self.sound if s.get("popup/sound") else None)
        self.prompter.seconds = s.get("prompter/seconds")

    def _start_background_loads(self, probe_devices: bool) -> None:
        from app.store.store import Store

        db_path = self.settings.db_path()
        job = JobThread(Store.open, db_path, name="store-open")
        job.result.connect(self._store_opened)
        job.failed.connect(lambda msg: warn(
            self, "无法打开数据库", f"{msg}\n违规记录将无法保存。请在「设置」里换一个数据库位置。"))
        self.workers.start(job)

        factory = self._lexicon_factory

        def load_lexicon():  # worker thread
            from app.rules.lexicon import LexiconManager

            manager = factory() if factory else LexiconManager()
            if hasattr(manager.matcher, "warm_up"):
                manager.matcher.warm_up()
            return manager

        job = JobThread(load_lexicon, name="lexicon-load")
        job.result.connect(self._lexicon_loaded)
        job.failed.connect(lambda msg: warn(self, "词库加载失败", msg))
        self.workers.start(job)
        self.model.load(self.settings.model_dir())
        if probe_devices:
            from app.audio.devices import list_input_devices

            job = JobThread(list_input_devices, name="device-probe")
            job.result.connect(self._devices_listed)
            job.failed.connect(lambda msg: self._devices_listed([], msg))
            self.workers.start(job)

    def _store_opened(self, store) -> None:
        if self._closing:
            store.close()
            return
        self.store = store
        for notice in store.notices:
            self.statusBar().showMessage(notice, 20000)
        self.review.refresh_shows()
        emit(self.store_ready)

    def _lexicon_loaded(self, manager) -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        self.lexicon = manager
        if manager.errors:
            self.statusBar().showMessage(f"词库有 {len(manager.errors)} 处问题，已跳过出错的行；请在「词库」页查看。", 15000)
        self.lexicon_editor.reload_from_manager()
        self.script_check.rescan()
        emit(self.lexicon_ready)
        if self._second_opinion is None:
            # After the lexicon, not beside it: two loads sharing the interpreter made each take seconds, and a
            # quit during start-up waits for every running load in turn.
            from app.rules.second_opinion import default_model

            job = JobThread(default_model, name="second-opinion-load")
            job.result.connect(self._second_opinion_loaded)
            job.failed.connect(lambda msg: self.statusBar().showMessage(f"复核模型未加载，只按规则判断：{msg}", 30000))
            self.workers.start(job)

    def _devices_listed(self, devices, error: str = "") -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        combo = self.monitor.device_combo
        combo.clear()
        combo.addItem("系统默认麦克风", "")
        for dev in devices:
            combo.addItem(f"{dev.name}（{dev.hostapi}）", dev.name)
        wanted = self.settings.get("audio/device")
        index = combo.findData(wanted)
        combo.setCurrentIndex(max(0, index))
        combo.currentIndexChanged.connect(lambda _i: self.settings.set("audio/device", combo.currentData() or ""))
        if error or not devices:
            self.monitor.level_label.setText(error or "没有找到麦克风：请接上麦克风后重启程序，或先用模拟演练。")

    def toggle_mic_test(self) -> None:
        """试音: level meter only, on a StreamThread; stopped by a second click or after 10 s."""
        from ui.mic_test import mic_level_producer
        from ui.workers import StreamThread

        if self.mic_test is not None:
            self.mic_test.request_stop()
            return
        if self.session is not None:
            return
        thread = StreamThread(mic_level_producer(self.monitor.device_combo.currentData() or None), name="mic-test")
        thread.item.connect(self._on_event)
        thread.finished.connect(self._mic_test_done)
        self.mic_test = thread
        self.monitor.mic_test_btn.setText("停止试音")
        self.monitor.start_btn.setEnabled(False)
        self.workers.start(thread)

    def _mic_test_done(self) -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        self.mic_test = None
        self.monitor.mic_test_btn.setText("试音")
        self.monitor.start_btn.setEnabled(True)
        self.monitor.level_bar.setValue(0)

    def current_matcher(self):
        return self.lexicon.matcher if self.lexicon is not None else None

    def current_second_opinion(self):
        """The second opinion when it is loaded and switched on in the settings, else None (rules alone); with
        finding switched off, a copy that only sets hits aside."""
        model = self._second_opinion
        if model is None or not self.settings.get("rules/second_opinion"):
            return None
        return model if self.settings.get("rules/second_opinion_find") else model.veto_only

    def _second_opinion_loaded(self, model) -> None:
        if self._closing:
            return
        self._second_opinion = model
        self.script_check.rescan()

    # ------------------------------------------------------------------------------------- model
    def _on_model_state(self, state: str, message: str) -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        from ui.model_status import STATE_CN

        self.model_status_label.setText(f"语音模型：{STATE_CN.get(state, state)}")
        style = {"ready": "status_ok", "loading": "status_warn"}.get(state, "status_bad")
        self.monitor.model_label.setObjectName(style)
        self.monitor.model_label.setStyleSheet({"status_ok": "color:#2e7d32", "status_warn": "color:#ef6c00"}
                                               .get(style, "color:#c62828"))
        short = {"ready": "已就绪，可以开始监听", "loading": "正在后台加载，界面可照常使用",
                 "missing": "未安装：实时监听需要中文模型，可先用模拟演练",
                 "error": "加载失败：请重新下载或换一个模型文件夹"}.get(state, STATE_CN.get(state, state))
        self.monitor.model_label.setText(short)
        self.monitor.model_label.setToolTip(message)
        self.monitor.model_btn.setVisible(state in ("missing", "error"))
        if state == "missing" and self._first_run_allowed and not self.settings.get("model/first_run_done"):
            self._first_run_allowed = False
            QTimer.singleShot(0, self.show_first_run)

    def show_first_run(self):
        from ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.settings.model_dir(), self.model.message, self.workers, parent=self)
        dialog.finished.connect(lambda _r: self._first_run_done(dialog))
        dialog.open()
        self.first_run_dialog = dialog
        return dialog

    def _first_run_done(self, dialog) -> None:
        self.settings.set("model/first_run_done", True)
        if dialog.model_path is not None:
            self.settings.set("model/dir", str(dialog.model_path))
            self.model.load(dialog.model_path)
        else:
            self.tabs.setCurrentWidget(self.script_check)
            if not self.script_check.editor.toPlainText() and demo_script_path().exists():
                self.script_check.open_file(demo_script_path())

    # ------------------------------------------------------------------------------------- windows
    def show_prompter(self) -> None:
        self.prompter.place_on_screen(self.settings.get("prompter/screen"), self.settings.get("prompter/fullscreen"))
        self.prompter.show()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self._apply_settings()
            self.script_check.rescan()  # the second opinion may have been switched
            if dialog.model_dir_changed:
                self.model.load(self.settings.model_dir())
            if dialog.db_changed:
                inform(self, "数据库位置", "新的数据库位置将在重启程序后生效。")

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.review:
            self.review.refresh_shows()

    def _on_lexicon_applied(self) -> None:
        self.script_check.rescan()
        self.statusBar().showMessage("词库已更新，立即生效。", 5000)

    # ------------------------------------------------------------------------------------- shutdown
    def shutdown(self, timeout_ms: int = 4000) -> list[str]:
        """Stops monitoring, joins every worker, closes the show and the store. Idempotent."""
        if self._closing:
            return []
        self._closing = True
        started = time.monotonic()
        self.popups.dismiss_all()
        self.prompter.close()
        stuck = self.workers.shutdown(timeout_ms)
        self.stuck_workers = stuck  # uninterruptible loads (e.g. lexicon warm-up) still running
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        if self.store is not None:
            self.store.close()
            self.store = None  # late queued results (review refresh) find no store and do nothing
        self.settings.sync()
        if self.tray is not None:
            self.tray.hide()
        self.shutdown_seconds = time.monotonic() - started
        return stuck

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self.shutdown()
        event.accept()
