"""复盘 (review) for supervisors: shows, a show's violations with filters, review status + note, the
transcript around a violation, the hits the second opinion set aside (tab 复核排除, ``ui.review_set_aside``),
and report export with progress.

Every database call goes through the app's ``Store`` on a ``JobThread`` (the store itself serialises
them on its DB thread), so the UI thread never waits for SQLite. Pure filtering is in ``filter_rows``.
Main thread only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.rules.model import SEVERITY_CN
from app.store.repository import REVIEW_STATUS_CN
from ui.dialogs import inform, warn
from ui.qt_compat import emit
from ui.review_set_aside import SetAsideWidget
from ui.theme import SEVERITY_COLORS, record_table
from ui.workers import JobThread, WorkerRegistry

ALL = "全部"
SOURCE_CN = {"live": "直播", "rehearsal": "演练", "file": "录音文件", "audit": "录音文件"}


def fmt_time(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M:%S") if ts else ""


def filter_rows(rows: list[dict], *, anchor=ALL, category=ALL, severity=ALL, status=ALL,
                start_ts: float | None = None, from_min: int = 0, to_min: int = 0) -> list[dict]:
    """Violations matching the filters; ``from_min``/``to_min`` are minutes after ``start_ts`` (0 = open)."""
    out = []
    for row in rows:
        if anchor != ALL and row.get("anchor") != anchor:
            continue
        if category != ALL and row.get("category") != category:
            continue
        if severity != ALL and row.get("severity") != severity:
            continue
        if status != ALL and row.get("review_status", "unreviewed") != status:
            continue
        if start_ts is not None:
            minute = (row["emitted_at"] - start_ts) / 60.0
            if from_min and minute < from_min:
                continue
            if to_min and minute > to_min:
                continue
        out.append(row)
    return out


def context_html(segments: list[dict], violation: dict, around: int = 2) -> str:
    """The transcript around a violation (its utterance ± ``around``), the phrase marked."""
    target = violation.get("utterance")
    pick = [s for s in segments if target is not None and abs(s["utterance"] - target) <= around]
    if not pick:
        text = violation.get("context") or ""
        return _mark(text, violation["surface"]) or "（没有保存这段的转写）"
    lines = []
    for seg in pick:
        body = _mark(seg["text"], violation["surface"]) if seg["utterance"] == target else seg["text"]
        style = "" if seg["utterance"] == target else " style='color:#777'"
        lines.append(f"<p{style}><b>{fmt_time(seg['emitted_at'])}</b>　{seg.get('anchor') or ''}：{body}</p>")
    return "".join(lines)


def _mark(text: str, surface: str) -> str:
    return text.replace(surface, f"<span style='background:#ffcdd2;font-weight:bold'>{surface}</span>")


class ReviewWidget(QWidget):
    """``status_saved(int, str)`` after a review status was written (violation id, status)."""

    status_saved = Signal(int, str)
    loaded = Signal()

    def __init__(self, store_provider, registry: WorkerRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store_provider = store_provider
        self.registry = registry
        self.shows: list[dict] = []
        self.rows: list[dict] = []
        self.visible_rows: list[dict] = []
        self.segments: list[dict] = []
        self.current_show: dict | None = None

        refresh = QPushButton("刷新")
        refresh.clicked.connect(self.refresh_shows)
        self.show_table = record_table(["编号", "开始时间", "直播间", "来源", "违规"])
        self.show_table.itemSelectionChanged.connect(self._show_selected)
        self.show_table.horizontalHeader().setStretchLastSection(False)
        self.show_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        left = QGroupBox("场次")
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.show_table)
        left_layout.addWidget(refresh)

        self.anchor_combo, self.category_combo = QComboBox(), QComboBox()
        self.severity_combo, self.status_combo = QComboBox(), QComboBox()
        self.severity_combo.addItem(ALL, ALL)
        for key, cn in SEVERITY_CN.items():
            self.severity_combo.addItem(cn, key)
        self.status_combo.addItem(ALL, ALL)
        for key, cn in REVIEW_STATUS_CN.items():
            self.status_combo.addItem(cn, key)
        self.from_spin, self.to_spin = QSpinBox(), QSpinBox()
        for spin in (self.from_spin, self.to_spin):
            spin.setRange(0, 24 * 60)
            spin.setSuffix(" 分钟")
            spin.setSpecialValueText("不限")
        filters = QHBoxLayout()
        for label, widget in (("主播", self.anchor_combo), ("类别", self.category_combo), ("风险", self.severity_combo),
                              ("状态", self.status_combo), ("开播后从", self.from_spin), ("到", self.to_spin)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.valueChanged
            signal.connect(self.apply_filters)
        filters.addStretch(1)

        self.table = record_table(["编号", "时间", "主播", "说法", "类别", "风险", "状态", "提醒已确认", "备注"])
        self.table.itemSelectionChanged.connect(self._violation_selected)
        self.summary_label = QLabel("")

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("备注（作废必须写原因）")
        buttons = QHBoxLayout()
        self.status_buttons = {}
        for status, label in (("confirmed", "确认违规"), ("false_alarm", "误报"), ("voided", "作废"),
                              ("unreviewed", "改回待复核")):
            btn = QPushButton(label)
            btn.clicked.connect(lambda _=False, s=status: self.mark_selected(s))
            self.status_buttons[status] = btn
            buttons.addWidget(btn)
        self.context_view = QTextBrowser()
        self.context_view.setMinimumHeight(110)
        detail = QGroupBox("复核与上下文")
        form = QFormLayout(detail)
        form.addRow("备注", self.note_edit)
        form.addRow("", _wrap(buttons))
        form.addRow("转写上下文", self.context_view)

        self.export_btn = QPushButton("导出报告…")
        self.export_btn.setObjectName("primary")
        self.export_btn.setToolTip("导出本场报告：XLSX / CSV / PDF（统计、高频词、时间线、合规分）")
        self.export_btn.clicked.connect(self._export_dialog)
        head = QHBoxLayout()
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.export_btn)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        violations = QWidget()
        violations_layout = QVBoxLayout(violations)
        violations_layout.addLayout(filters)
        violations_layout.addWidget(self.table, 1)
        violations_layout.addWidget(detail)
        self.set_aside = SetAsideWidget(self._store_provider, registry, fmt_time)
        self.set_aside.overruled.connect(self._overruled)
        self.tabs = QTabWidget()
        self.tabs.addTab(violations, "违规记录")
        self.tabs.addTab(self.set_aside, "复核排除（0）")
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # loading -----------------------------------------------------------------------------------------
    def _run(self, fn, on_result, name: str) -> JobThread:
        job = JobThread(fn, name=name)
        job.result.connect(on_result)
        job.failed.connect(lambda msg: warn(self, "读取记录失败", f"{msg}\n请检查数据库位置（设置 → 数据库）。"))
        return self.registry.start(job)

    def refresh_shows(self) -> None:
        store = self._store_provider()
        if store is None:
            return
        self._run(lambda: store.list_shows(500), self._shows_loaded, "review-shows")

    def _shows_loaded(self, shows: list[dict]) -> None:
        selected = self.current_show["id"] if self.current_show else None
        self.shows = shows
        self.show_table.setRowCount(len(shows))
        for r, show in enumerate(shows):
            values = [show["id"], fmt_time(show["started_at"]), show.get("room", ""),
                      SOURCE_CN.get(show.get("source"), show.get("source", "")), show.get("violation_count", 0)]
            for c, value in enumerate(values):
                item = _item(value)
                item.setToolTip(f"主播：{'、'.join(show['anchors'])}")
                self.show_table.setItem(r, c, item)
        if shows:
            row = next((i for i, s in enumerate(shows) if s["id"] == selected), 0)
            self.show_table.selectRow(row)
        else:
            emit(self.loaded)

    def select_show(self, show_id: int) -> None:
        for r, show in enumerate(self.shows):
            if show["id"] == show_id:
                self.show_table.selectRow(r)

    def _show_selected(self) -> None:
        rows = self.show_table.selectionModel().selectedRows()
        if not rows:
            return
        self.current_show = self.shows[rows[0].row()]
        show_id = self.current_show["id"]
        store = self._store_provider()
        if store is None:  # closing down
            return
        self._run(lambda: (store.violations([show_id]), store.transcript(show_id), store.set_aside_hits([show_id])),
                  self._violations_loaded, "review-violations")

    def _violations_loaded(self, result) -> None:
        self.rows, self.segments, set_aside = result
        self.set_aside.set_rows(set_aside)
        self.tabs.setTabText(1, f"复核排除（{self.set_aside.pending}）")
        for combo, key in ((self.anchor_combo, "anchor"), (self.category_combo, "category")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(ALL, ALL)
            for value in sorted({r[key] for r in self.rows if r.get(key)}):
                combo.addItem(value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.apply_filters()
        emit(self.loaded)

    def apply_filters(self) -> None:
        self.visible_rows = filter_rows(
            self.rows, anchor=self.anchor_combo.currentData() or ALL, category=self.category_combo.currentData() or ALL,
            severity=self.severity_combo.currentData() or ALL, status=self.status_combo.currentData() or ALL,
            start_ts=self.current_show["started_at"] if self.current_show else None,
            from_min=self.from_spin.value(), to_min=self.to_spin.value(),
        )
        self.table.setRowCount(len(self.visible_rows))
        for r, row in enumerate(self.visible_rows):
            status = row.get("review_status") or "unreviewed"
            values = [row["id"], fmt_time(row["emitted_at"]), row.get("anchor", ""), row["surface"], row["category"],
                      SEVERITY_CN.get(row["severity"], row["severity"]), REVIEW_STATUS_CN.get(status, status),
                      "是" if row.get("ack_count") else "", row.get("reviewer_note") or ""]
            for c, value in enumerate(values):
                item = _item(value)
                if c == 5:
                    item.setForeground(SEVERITY_COLORS.get(row["severity"], SEVERITY_COLORS["medium"]))
                self.table.setItem(r, c, item)
        total = len(self.rows)
        confirmed = sum(1 for r in self.rows if r.get("review_status") == "confirmed")
        pending = sum(1 for r in self.rows if (r.get("review_status") or "unreviewed") == "unreviewed")
        title = f"第 {self.current_show['id']} 场 · {self.current_show.get('room', '')}" if self.current_show else ""
        self.summary_label.setText(f"<b>{title}</b>　共 {total} 条，确认 {confirmed}，待复核 {pending}；"
                                   f"当前显示 {len(self.visible_rows)} 条")

    def _overruled(self, _set_aside_id: int, violation_id: int) -> None:
        """A set-aside hit became violation ``violation_id``: reload the show's lists (and the tab's count)."""
        self._show_selected()
        emit(self.status_saved, violation_id, "confirmed")

    # reviewing ---------------------------------------------------------------------------------------
    def selected_violation(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.visible_rows[rows[0].row()] if rows else None

    def _violation_selected(self) -> None:
        row = self.selected_violation()
        if row is None:
            return
        self.note_edit.setText(row.get("reviewer_note") or "")
        self.context_view.setHtml(context_html(self.segments, row))

    def mark_selected(self, status: str) -> None:
        row = self.selected_violation()
        if row is None:
            inform(self, "复核", "请先在表格里选中一条违规记录。")
            return
        note = self.note_edit.text().strip()
        if status == "voided" and not note:
            warn(self, "需要原因", "作废一条记录必须在「备注」里写明原因。")
            return
        store, vid = self._store_provider(), row["id"]
        if store is None:
            return
        job = JobThread(lambda: store.review(vid, status, note), name="review-save")
        job.result.connect(lambda _id: self._saved(vid, status, note))
        job.failed.connect(lambda msg: warn(self, "保存失败", msg))
        self.registry.start(job)

    def _saved(self, vid: int, status: str, note: str) -> None:
        for row in self.rows:
            if row["id"] == vid:
                row["review_status"], row["reviewer_note"] = status, note
        self.apply_filters()
        emit(self.status_saved, vid, status)

    # export ------------------------------------------------------------------------------------------
    def _export_dialog(self) -> None:
        if not self.current_show:
            inform(self, "导出报告", "请先选择一场直播。")
            return
        default = f"LiveGuard_第{self.current_show['id']}场报告.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, "导出报告", default, "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)")
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> JobThread:
        """Writes the report of the selected show to ``path`` (format from the suffix) on a worker."""
        from ui.report_export import export_report

        store, show_id = self._store_provider(), self.current_show["id"]
        dialog = QProgressDialog(f"正在导出报告到 {path.name}…", None, 0, 0, self)
        dialog.setWindowTitle("导出报告")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(200)
        job = JobThread(export_report, store, [show_id], path, name="report-export")
        job.result.connect(lambda out: (dialog.close(), self._exported(out)))
        job.failed.connect(lambda msg: (dialog.close(), warn(self, "导出失败", msg)))
        self.last_export_job = job
        self.registry.start(job)
        return job

    def _exported(self, path) -> None:
        text = f"　· 已导出：{path}"
        if str(path).lower().endswith(".pdf"):
            from app.reports.pdf_font import pdf_font  # cached by the export that just ran

            if note := pdf_font().note:
                text += f"（{note}）"
        self.summary_label.setText(self.summary_label.text() + text)


def _item(value) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item


def _wrap(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
