"""The 实时监控 tab: show details, input level, live transcript with hits marked, this show's hits,
each anchor's score and the breaker alarm. A passive view: the console feeds it events on the main thread.

A final transcript line marks the spans of the final's own hits (``TranscriptEvent.hits``, from the hit
tracker's scan of the final): a term popped from a partial as 全网最低 is marked 全网最低价 when the final
reads so, and a hit the final retracted is not marked. Only events without spans fall back to marking the
surfaces of the utterance's HitEvents.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.events import HitEvent, LevelEvent, TranscriptEvent
from app.rules.model import SEVERITY_CN
from app.rules.platforms import PLATFORMS
from ui.theme import SEVERITY_COLORS

MAX_TRANSCRIPT_BLOCKS = 400


def level_percent(rms_dbfs: float) -> int:
    """Meter position for an RMS level: -60 dBFS (or less) → 0, 0 dBFS → 100."""
    return max(0, min(100, int(round((rms_dbfs + 60.0) * 100 / 60.0))))


def mark_hits(text: str, surfaces: list[tuple[str, str]]) -> str:
    """HTML of ``text`` with each (surface, severity) highlighted; longest first, never overlapping
    (a partial's "最" is not marked again inside the final's "最有效"). The fallback for a transcript
    event that carries no spans (``TranscriptEvent.hits is None``); see :func:`mark_spans`."""
    taken = [False] * len(text)
    spans: list[tuple[int, int, str]] = []
    for surface, severity in sorted(set(surfaces), key=lambda s: -len(s[0])):
        start = text.find(surface) if surface else -1
        while start >= 0:
            end = start + len(surface)
            if not any(taken[start:end]):
                spans.append((start, end, severity))
                taken[start:end] = [True] * (end - start)
            start = text.find(surface, end)
    return mark_spans(text, spans)


def mark_spans(text: str, spans) -> str:
    """HTML of ``text`` with each ``(start, end, severity)`` span highlighted (offsets index ``text``);
    a span overlapping an earlier one is cut to what is left of it, an empty one skipped."""
    out, pos = [], 0
    for start, end, severity in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        colour = SEVERITY_COLORS.get(severity, SEVERITY_COLORS["medium"]).name()
        out.append(html.escape(text[pos:start]))
        out.append(f"<span style='color:white;background:{colour};font-weight:bold'>&nbsp;"
                   f"{html.escape(text[start:end])}&nbsp;</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class MonitorPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # --- show and input ---------------------------------------------------------------------------
        self.start_btn = QPushButton("▶ 开始监听 (F5)")
        self.start_btn.setObjectName("primary")
        self.start_btn.setMinimumHeight(40)
        self.rehearse_btn = QPushButton("模拟演练示例脚本")
        self.rehearse_btn.setToolTip("没有语音模型也能用：按正常语速播放示例脚本，弹窗和提词屏会真实出现")
        self.room_edit = QLineEdit()
        self.anchor_combo = QComboBox()
        self.anchor_combo.setEditable(True)
        self.anchor_combo.setToolTip("当前在播的主播；直播中按 F6 切换")
        self.switch_btn = QPushButton("切换主播 (F6)")
        self.category_edit = QLineEdit()
        self.category_edit.setPlaceholderText("例如：美妆、食品、保健品（可不填）")
        self.platform_combo = QComboBox()
        self.platform_combo.addItem("不指定（提到任何平台都提示）", "")
        for name in PLATFORMS:
            self.platform_combo.addItem(name, name)
        self.platform_combo.setToolTip("本场直播所在的平台：在本平台直播时提到本平台（去淘宝搜店名）不算站外导流，\n"
                                       "提到其他平台、微信、电话或私下转账照常提示")
        self.device_combo = QComboBox()
        self.device_combo.setMinimumWidth(240)
        self.device_combo.addItem("正在查找输入设备…", "")
        self.mic_test_btn = QPushButton("试音")
        self.mic_test_btn.setToolTip("打开所选麦克风 10 秒，只看音量，不识别不记录")
        self.level_bar = QProgressBar()
        self.level_bar.setRange(0, 100)
        self.level_bar.setTextVisible(False)
        self.level_bar.setFixedHeight(12)
        self.level_label = QLabel("未在监听")
        self.level_label.setObjectName("hint")
        self.model_label = QLabel("语音模型：检查中…")
        self.model_label.setWordWrap(True)
        self.model_btn = QPushButton("安装或选择模型…")
        self.model_btn.setVisible(False)

        show_box = QGroupBox("本场直播")
        form = QFormLayout(show_box)
        form.addRow("直播间", self.room_edit)
        anchor_row = QHBoxLayout()
        anchor_row.addWidget(self.anchor_combo, 1)
        anchor_row.addWidget(self.switch_btn)
        form.addRow("在播主播", anchor_row)
        form.addRow("商品品类", self.category_edit)
        form.addRow("直播平台", self.platform_combo)
        input_box = QGroupBox("输入与模型")
        form2 = QFormLayout(input_box)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_combo, 1)
        device_row.addWidget(self.mic_test_btn)
        form2.addRow("麦克风", device_row)
        meter = QVBoxLayout()
        meter.addWidget(self.level_bar)
        meter.addWidget(self.level_label)
        form2.addRow("音量", meter)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label, 1)
        model_row.addWidget(self.model_btn)
        form2.addRow("语音模型", model_row)
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_btn)
        buttons.addWidget(self.rehearse_btn)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(show_box, 3)
        top.addWidget(input_box, 3)
        top.addLayout(buttons, 1)

        # --- transcript and hits ----------------------------------------------------------------------
        self.breaker_label = QLabel("")
        self.breaker_label.setWordWrap(True)
        self.breaker_label.setVisible(False)
        self.breaker_label.setStyleSheet("background:#c62828;color:white;font-size:16px;font-weight:bold;"
                                         "padding:8px;border-radius:6px;")
        self.partial_label = QLabel("")
        self.partial_label.setObjectName("hint")
        self.partial_label.setWordWrap(True)
        self.transcript = QTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript.setStyleSheet("QTextEdit { font-size: 15px; }")
        self.transcript.document().setMaximumBlockCount(MAX_TRANSCRIPT_BLOCKS)
        left = QGroupBox("实时转写")
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.transcript, 1)
        left_layout.addWidget(self.partial_label)

        self.hit_table = QTableWidget(0, 6)
        self.hit_table.setHorizontalHeaderLabels(["时间", "主播", "说法", "类别", "风险", "建议改为"])
        self.hit_table.verticalHeader().setVisible(False)
        self.hit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hit_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hit_table.horizontalHeader().setStretchLastSection(True)
        self.score_label = QLabel("合规分：开播后显示")
        self.score_label.setWordWrap(True)
        self.score_label.setStyleSheet("font-size: 14px;")
        right = QGroupBox("本场违规")
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.hit_table, 1)
        right_layout.addWidget(self.score_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.breaker_label)
        layout.addWidget(splitter, 1)
        self._hits_by_utterance: dict[int, list[tuple[str, str]]] = {}

    # feeding ---------------------------------------------------------------------------------------
    def clear_show(self) -> None:
        self.transcript.clear()
        self.partial_label.clear()
        self.hit_table.setRowCount(0)
        self.breaker_label.setVisible(False)
        self._hits_by_utterance.clear()

    def add_transcript(self, event: TranscriptEvent) -> None:
        if event.kind == "partial":
            self.partial_label.setText(f"正在识别：{event.text}")
            return
        self.partial_label.clear()
        if not event.text:
            return
        stamp = dt.datetime.fromtimestamp(event.emitted_at).strftime("%H:%M:%S")
        popped = self._hits_by_utterance.pop(event.utterance, [])
        if event.hits is not None:  # the final's own scan: its spans, not what partials popped
            body = mark_spans(event.text, [(h.start, h.end, h.severity) for h in event.hits])
        else:
            body = mark_hits(event.text, popped)
        self.transcript.append(f"<span style='color:#8a94a3'>{stamp}</span>　{body}")

    def add_hit(self, event: HitEvent, anchor: str) -> None:
        hit = event.hit
        self._hits_by_utterance.setdefault(event.utterance, []).append((hit.surface, hit.severity))
        self.hit_table.insertRow(0)
        stamp = dt.datetime.fromtimestamp(event.emitted_at).strftime("%H:%M:%S")
        values = [stamp, anchor, hit.surface, hit.category, SEVERITY_CN.get(hit.severity, hit.severity),
                  " / ".join(hit.suggestions)]
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in (2, 4):
                item.setForeground(SEVERITY_COLORS.get(hit.severity, SEVERITY_COLORS["medium"]))
            if c == 5:
                item.setToolTip(f"依据：{hit.basis}")
            self.hit_table.setItem(0, c, item)
        self.hit_table.item(0, 0).setData(Qt.ItemDataRole.UserRole, event)

    def mark_retracted(self, original: HitEvent) -> None:
        pending = self._hits_by_utterance.get(original.utterance, [])
        if (original.hit.surface, original.hit.severity) in pending:
            pending.remove((original.hit.surface, original.hit.severity))
        for row in range(self.hit_table.rowCount()):
            if self.hit_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == original:
                item = self.hit_table.item(row, 2)
                item.setText(item.text() + "（识别已更正）")

    def set_level(self, event: LevelEvent) -> None:
        self.level_bar.setValue(level_percent(event.rms_dbfs))
        if event.clipping:
            self.level_label.setText("⚠ 音量过大（爆音），请调低麦克风增益")
        elif event.silent:
            self.level_label.setText("没有声音：请确认麦克风已打开、没有静音")
        else:
            self.level_label.setText(f"{event.rms_dbfs:.0f} dBFS")

    def set_scores(self, scores) -> None:
        if not scores:
            self.score_label.setText("合规分：开播后显示")
            return
        parts = []
        for s in scores:
            colour = "#c62828" if s.provisional_warning else "#2e7d32"
            warn = f"（{s.warning_text}）" if s.provisional_warning else ""
            parts.append(f"<b>{html.escape(s.anchor)}</b> <span style='color:{colour};font-size:18px'>"
                         f"{s.provisional:.0f}</span> 分{warn}")
        self.score_label.setText("合规分（含待复核）：　" + "　　".join(parts))

    def show_breaker(self, message: str) -> None:
        text = message if message.startswith("熔断") else f"熔断提醒：{message}"
        self.breaker_label.setText(f"⚠ {text}")
        self.breaker_label.setVisible(True)
