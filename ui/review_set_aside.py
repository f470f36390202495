"""复盘 → 复核排除: the rule hits the second opinion set aside in a show, and 改判为违规 to overrule one.

The list is handed in by ``ReviewWidget`` (it loads it with the show's violations); overruling runs
``store.overrule_set_aside`` on a ``JobThread`` (the store serialises it on its DB thread) and, once written,
marks the row 已改判 and emits ``overruled(set_aside_id, violation_id)`` so the violation list reloads.
Main thread only.
"""

from __future__ import annotations

import getpass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.reports.data import marked
from app.rules.second_opinion import fmt_probability
from app.store.set_aside import SET_ASIDE_STATUS_CN
from ui.dialogs import inform, warn
from ui.qt_compat import emit
from ui.theme import record_table
from ui.workers import JobThread, WorkerRegistry

SHORTCUT_OVERRULE = "Ctrl+G"  # 改判; the review window has no other shortcut (F5/F6/F8/Space are the console's)
HEADERS = ["时间", "主播", "听到的话（【】为命中词）", "词条", "类别", "违规可能", "状态"]


def heard_text(row: dict) -> str:
    """The heard sentence with the hit in 【】 (a table cell shows plain text), as the report writes it."""
    return marked(row["context"], row["hit_start"], row["hit_end"])


def heard_html(row: dict) -> str:
    """The heard sentence with the hit highlighted, and what the model and the lexicon said about it."""
    text, start, end = row["context"], row["hit_start"], row["hit_end"]
    body = (f"{escape(text[:start])}<span style='background:#ffe0b2;font-weight:bold'>{escape(text[start:end])}</span>"
            f"{escape(text[end:])}")
    lines = [f"<p style='font-size:15px'>{body}</p>",
             f"<p>词条「{escape(row['term'])}」· {escape(row['category'])} · 复核模型判违规可能 "
             f"{escape(fmt_probability(row['probability']))}，所以没有提醒、没有计分。</p>"]
    if row["status"] == "overruled":
        lines.append(f"<p><b>已改判为违规</b>（违规记录 #{row['violation_id']}，{escape(row['overruled_by'] or '')}）</p>")
    elif row.get("suggestions"):
        lines.append(f"<p style='color:#555'>若属违规，建议说法：{escape('；'.join(row['suggestions']))}</p>")
    return "".join(lines)


def _reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: the time is still recorded
        return ""


class SetAsideWidget(QWidget):
    """``overruled(int, int)`` after a set-aside hit became a violation (set-aside id, violation id)."""

    overruled = Signal(int, int)

    def __init__(self, store_provider, registry: WorkerRegistry, fmt_time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store_provider = store_provider
        self.registry = registry
        self._fmt_time = fmt_time
        self.rows: list[dict] = []

        self.intro = QLabel("词库命中了、但复核模型判断整句多半不违规的说法：没有提醒，不计分。"
                            "判断有误的，选中后点「改判为违规」，即计入违规记录和合规分（已确认）。")
        self.intro.setWordWrap(True)
        self.table = record_table(HEADERS)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the heard sentence takes the room, not the status
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QTextBrowser()
        self.detail.setMaximumHeight(110)

        self.overrule_btn = QPushButton(f"改判为违规 ({SHORTCUT_OVERRULE})")
        self.overrule_btn.setToolTip("把选中的一条记为违规（已确认），计入违规记录、合规分和报告")
        self.overrule_btn.clicked.connect(self.overrule_selected)
        self.overrule_btn.setEnabled(False)
        shortcut = QShortcut(QKeySequence(SHORTCUT_OVERRULE), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.overrule_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.overrule_btn)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    @property
    def pending(self) -> int:
        """How many are still set aside (not overruled)."""
        return sum(1 for r in self.rows if r["status"] != "overruled")

    def set_rows(self, rows: list[dict]) -> None:
        selected = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [self._fmt_time(row["emitted_at"]), row.get("anchor", ""), heard_text(row), row["term"],
                      row["category"], f"违规可能 {fmt_probability(row['probability'])}",
                      SET_ASIDE_STATUS_CN.get(row["status"], row["status"])]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 6 and row["status"] == "overruled":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        keep = next((i for i, row in enumerate(rows) if selected and row["id"] == selected["id"]), None)
        if keep is not None:
            self.table.selectRow(keep)
        else:
            self.detail.setHtml("" if rows else "<p style='color:#777'>本场没有被复核模型排除的命中。</p>")
            self.overrule_btn.setEnabled(False)

    def selected(self) -> dict | None:
        picked = self.table.selectionModel().selectedRows()
        return self.rows[picked[0].row()] if picked and picked[0].row() < len(self.rows) else None

    def _selected(self) -> None:
        row = self.selected()
        self.overrule_btn.setEnabled(row is not None and row["status"] != "overruled")
        if row is not None:
            self.detail.setHtml(heard_html(row))

    def overrule_selected(self) -> None:
        row = self.selected()
        if row is None:
            inform(self, "改判为违规", "请先在表格里选中一条。")
            return
        if row["status"] == "overruled":
            inform(self, "改判为违规", f"这一条已改判为违规记录 #{row['violation_id']}。")
            return
        store, aid = self._store_provider(), row["id"]
        if store is None:
            return
        self.overrule_btn.setEnabled(False)  # one click, one violation
        reviewer = _reviewer()
        job = JobThread(lambda: store.overrule_set_aside(aid, reviewer), name="review-overrule")
        job.result.connect(lambda vid: self._overruled(aid, vid, reviewer))
        job.failed.connect(lambda msg: (warn(self, "改判失败", msg), self._selected()))
        self.registry.start(job)

    def _overruled(self, aid: int, vid: int, reviewer: str) -> None:
        for row in self.rows:
            if row["id"] == aid:
                row.update(status="overruled", violation_id=vid, overruled_by=reviewer)
        self.set_rows(self.rows)
        emit(self.overruled, aid, vid)
