"""The console's shows (split out of :mod:`ui.console`): starting one, live or rehearsed, its events, stopping it.

:class:`ShowsMixin` holds the methods of :class:`ui.console.ConsoleWindow` that run a show: start live
monitoring or a rehearsal, open the show's recorder on a worker, run the ``PipelineThread``, route its
events (hits to the popups, prompter and hit list; transcript, levels, retractions, status), keep the
anchors' scores, relay the breaker and acknowledgements to the store, and stop the show. It uses the
window's attributes (``settings``, ``lexicon``, ``store``, ``monitor``, ``workers``, ``popups``,
``prompter`` …), so it is only ever mixed into the window. Main thread only, like the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from app.events import HitEvent, HitRetractedEvent, LevelEvent, StatusEvent, TranscriptEvent
from app.paths import resource_path
from ui.dialogs import inform, warn
from ui.live_session import PipelineThread
from ui.menus import SHORTCUT_START
from ui.prompter import outputs_for_mode
from ui.qt_compat import emit
from ui.workers import JobThread


def demo_script_path() -> Path:
    return resource_path("demo", "美妆直播示例脚本.txt")


class ShowsMixin:
    """The show methods of :class:`ui.console.ConsoleWindow` (see the module docstring)."""

    # ------------------------------------------------------------------------------------- shows
    def toggle_monitoring(self) -> None:
        if self.session is not None:
            self.stop_monitoring()
        else:
            self.start_live()

    def start_live(self) -> None:
        if self.model.state != "ready":
            inform(self, "还不能开始监听", f"{self.model.message}\n\n没有模型时可以先用「模拟演练」。")
            return
        from app.asr.vosk_engine import VoskRecognizer
        from app.audio.capture import MicrophoneSource
        from app.pipeline.transcriber import RecognizedAudio

        device = self.monitor.device_combo.currentData() or None
        source = RecognizedAudio(MicrophoneSource(device), VoskRecognizer(self.model.model))
        self._begin_show(source, "live")

    def rehearse_demo(self) -> None:
        path = demo_script_path()
        from ui.script_check import read_script

        self.start_rehearsal(read_script(path))

    def start_rehearsal(self, script: str) -> None:
        if not script.strip():
            inform(self, "模拟演练", "脚本是空的：请先在「脚本预审」里粘贴或打开一份脚本。")
            return
        from app.audio.rehearsal import RehearsalSource

        if self.session is not None:
            self.stop_monitoring()
            QTimer.singleShot(300, lambda: self.start_rehearsal(script))
            return
        cps = self.settings.get("rehearsal/chars_per_second")
        self._begin_show(RehearsalSource(script, cps=cps, realtime=True), "rehearsal")
        self.tabs.setCurrentWidget(self.monitor)

    def _begin_show(self, source, kind: str) -> None:
        if self.lexicon is None:
            inform(self, "请稍候", "词库还在加载，请一两秒后再试。")
            return
        room = self.monitor.room_edit.text().strip()
        anchors = [self.monitor.anchor_combo.itemText(i) for i in range(self.monitor.anchor_combo.count())]
        current = self.monitor.anchor_combo.currentText().strip() or "主播"
        anchors = [current] + [a for a in anchors if a and a != current]
        category = self.monitor.category_edit.text().strip()
        platform = self.monitor.platform_combo.currentData() or ""
        self.settings.set("show/room", room)
        self.settings.set("show/anchors", ",".join(anchors))
        self.settings.set("show/product_category", category)
        store, lexicon, relay = self.store, self.lexicon, self._relay
        score_policy, breaker_policy = self.settings.score_policy_dict(), self.settings.breaker_policy_dict()

        def open_recorder():  # worker thread
            if store is None:
                return None
            from app.reports.score import ScorePolicy
            from app.store.breaker import BreakerPolicy
            from app.store.recorder import ShowRecorder

            return ShowRecorder.open(
                store=store, room=room, anchors=anchors, product_category=category, source=kind,
                lexicon_version=lexicon.version, lexicon_entries=lexicon.entries,
                score_policy=ScorePolicy.from_dict(score_policy), breaker_policy=BreakerPolicy.from_dict(breaker_policy),
                on_breaker=lambda trip: emit(relay.breaker, trip), on_notice=lambda msg: emit(relay.notice, msg),
            )

        self.monitor.start_btn.setEnabled(False)
        self.session_source = kind
        job = JobThread(open_recorder, name="show-open")
        job.result.connect(lambda rec: self._run_show(source, rec, category, platform))
        job.failed.connect(lambda msg: (self.monitor.start_btn.setEnabled(True),
                                        warn(self, "无法开始记录", msg)))
        self.workers.start(job)

    def _platform_changed(self) -> None:
        """The room's platform was chosen: remember it and re-check the script with it."""
        platform = self.monitor.platform_combo.currentData() or ""
        self.settings.set("show/platform", platform)
        self.script_check.own_platform = platform
        self.script_check.rescan()

    def _run_show(self, source, recorder, category: str, platform: str = "") -> None:
        if self._closing:
            if recorder is not None:
                recorder.close()
            return
        self.recorder = recorder
        self.monitor.clear_show()
        self._show_rows = []
        self._update_scores()
        session = PipelineThread(source, self.lexicon.matcher, recorder=recorder, product_category=category,
                                 own_platform=platform, second_opinion=self.current_second_opinion(),
                                 levels=self.session_source == "live")
        session.pipeline_event.connect(self._on_event)
        session.failed.connect(lambda msg: self.statusBar().showMessage(msg, 20000))
        session.finished.connect(lambda s=session: self._session_finished(s))
        self.session = session
        self.workers.start(session)
        self._set_running(True)
        label = "模拟演练中" if self.session_source == "rehearsal" else "正在监听"
        self.statusBar().showMessage(f"{label}：{self.monitor.room_edit.text()}", 5000)
        show_popups, show_prompter = outputs_for_mode(self.settings.get("mode/name"))
        if show_prompter:
            self.show_prompter()

    def stop_monitoring(self) -> None:
        if self.session is not None:
            self.session.request_stop()
            self.monitor.start_btn.setEnabled(False)
            self.monitor.start_btn.setText("正在停止…")

    def _session_finished(self, session: PipelineThread) -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        if session is not self.session:
            return
        self.session = None
        self._last_session = session  # popups of the ended show can still be acknowledged
        recorder, self.recorder = self.recorder, None
        self._set_running(False)
        if recorder is not None and not self._closing:
            job = JobThread(recorder.close, name="show-close")
            job.result.connect(lambda _r: self.review.refresh_shows())
            self.workers.start(job)
        self.statusBar().showMessage("本场已结束，记录已保存。可在「复盘」查看。", 8000)

    def _set_running(self, running: bool) -> None:
        self.monitor.start_btn.setEnabled(True)
        text = "■ 停止 (F5)" if running else "▶ 开始监听 (F5)"
        self.monitor.start_btn.setText(text)
        self.monitor.start_btn.setObjectName("danger" if running else "primary")
        self.monitor.start_btn.setStyleSheet("")  # re-polish after the object name changed
        self.start_action.setText(("停止监听" if running else "开始监听") + f"\t{SHORTCUT_START}")
        emit(self.monitoring_changed, running)

    def switch_anchor(self) -> None:
        combo = self.monitor.anchor_combo
        if combo.count() > 1:
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
        name = combo.currentText().strip()
        self.statusBar().showMessage(f"在播主播：{name}", 4000)
        recorder = self.recorder
        if recorder is not None and name:
            self.workers.start(JobThread(recorder.set_anchor, name, name="anchor-switch"))

    # ------------------------------------------------------------------------------------- events
    def _on_event(self, event) -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        if isinstance(event, HitEvent):
            self._on_hit(event)
        elif isinstance(event, TranscriptEvent):
            self.monitor.add_transcript(event)
            if event.hits:  # a popup fired on part of a phrase shows the whole phrase once it is heard
                self.popups.refine(event)  # (the hit list and the record keep what fired)
                self.prompter.refine(event)
        elif isinstance(event, LevelEvent):
            self.monitor.set_level(event)
        elif isinstance(event, HitRetractedEvent):
            self.monitor.mark_retracted(event.original)
            self.popups.retract(event.original)
        elif isinstance(event, StatusEvent):
            self.statusBar().showMessage(event.message, 15000 if event.level != "info" else 5000)

    def _on_hit(self, event: HitEvent) -> None:
        show_popups, show_prompter = outputs_for_mode(self.settings.get("mode/name"))
        if show_popups:
            self.popups.show_hit(event)
        if show_prompter:
            self.prompter.show_prompt(event)
        anchor = self.monitor.anchor_combo.currentText().strip() or "主播"
        self.monitor.add_hit(event, anchor)
        self._show_rows.append({"anchor": anchor, "severity": event.hit.severity, "review_status": "unreviewed"})
        self._update_scores()

    def _update_scores(self) -> None:
        from app.reports.score import ScorePolicy, compute_scores

        anchors = [self.monitor.anchor_combo.itemText(i) for i in range(self.monitor.anchor_combo.count())]
        policy = ScorePolicy.from_dict(self.settings.score_policy_dict())
        self.monitor.set_scores(compute_scores(self._show_rows, anchors, policy) if self._show_rows or anchors else [])

    def _on_breaker(self, trip) -> None:
        if self._closing:  # a result queued before shutdown joined its worker
            return
        self.monitor.show_breaker(trip.message)
        if self.tray is not None:
            self.tray.showMessage("LiveGuard 熔断提醒", trip.message, QSystemTrayIcon.MessageIcon.Critical, 10000)

    def _on_acknowledged(self, event: HitEvent) -> None:
        store = self.store
        sessions = [s for s in (self.session, self._last_session) if s is not None]
        vid = next((v for v in (s.violation_id(event) for s in sessions) if v is not None), None)
        if vid is None or store is None:
            return
        self.workers.start(JobThread(store.acknowledge, vid, "合规助手", name="acknowledge"))
