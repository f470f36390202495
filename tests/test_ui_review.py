"""复盘: a real SQLite file under tmp_path; review status and note persist; filters; context; export."""

from __future__ import annotations

import sqlite3
import time

from app.events import HitEvent, TranscriptEvent
from app.rules.model import Hit
from app.store.recorder import ShowRecorder
from app.store.store import Store
from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - autouse: GC only on the main thread
from ui.review import ReviewWidget, filter_rows
from ui.workers import WorkerRegistry


def _hit_event(surface, category, severity, utterance, context):
    start = context.index(surface)
    hit = Hit(start=start, end=start + len(surface), surface=surface, term=surface, entry_id=f"T-{surface}",
              category=category, severity=severity, suggestions=("用户反馈有效",), basis="《广告法》第九条")
    return HitEvent(hit=hit, utterance=utterance, audio_start=1.0, audio_end=2.0, emitted_at=time.time(),
                    context=context, is_final=True)


def record_show(db_path):
    texts = ["家人们晚上好欢迎来到直播间", "这款精华是全网最低价", "绝对是你用过最有效的", "只剩最后三分钟"]
    with ShowRecorder.open(db_path, room="1号直播间", anchors=("小美", "小王"), source="live") as rec:
        for i, text in enumerate(texts):
            rec.handle(TranscriptEvent("final", i, text, None, None, time.time()))
        rec.handle(_hit_event("全网最低价", "价格违规", "high", 1, texts[1]))
        rec.set_anchor("小王")
        rec.handle(_hit_event("最有效", "绝对化用语", "high", 2, texts[2]))
        rec.handle(_hit_event("最后三分钟", "虚假紧迫", "medium", 3, texts[3]))


def make_review(qtbot, store):
    registry = WorkerRegistry()
    widget = ReviewWidget(lambda: store, registry)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.refresh_shows()
    return widget, registry


def test_review_status_and_note_persist_in_database(qtbot, tmp_path):
    db_path = tmp_path / "review.sqlite"
    record_show(db_path)
    store = Store.open(db_path)
    try:
        widget, registry = make_review(qtbot, store)
        assert widget.show_table.rowCount() == 1
        assert widget.table.rowCount() == 3
        widget.table.selectRow(1)
        assert widget.selected_violation()["surface"] == "最有效"
        assert "最有效" in widget.context_view.toPlainText()  # transcript context of the violation
        assert "全网最低价" in widget.context_view.toPlainText()  # the utterance before it
        widget.note_edit.setText("主播口误，已在直播间更正")
        with qtbot.waitSignal(widget.status_saved, timeout=5000) as blocker:
            widget.status_buttons["confirmed"].click()
        vid = blocker.args[0]
        assert widget.table.item(1, 6).text() == "确认违规"
        registry.shutdown(2000)
    finally:
        store.close()
    conn = sqlite3.connect(str(db_path))
    status, note = conn.execute("SELECT review_status, reviewer_note FROM violations WHERE id = ?", (vid,)).fetchone()
    conn.close()
    assert (status, note) == ("confirmed", "主播口误，已在直播间更正")


def test_void_needs_a_note_and_filters_narrow_the_list(qtbot, tmp_path):
    db_path = tmp_path / "review.sqlite"
    record_show(db_path)
    store = Store.open(db_path)
    try:
        widget, registry = make_review(qtbot, store)
        widget.table.selectRow(0)
        widget.note_edit.clear()
        widget.status_buttons["voided"].click()  # refused: no reason given
        registry.shutdown(2000)
        assert store.get_violation(widget.visible_rows[0]["id"])["review_status"] == "unreviewed"
        widget.severity_combo.setCurrentIndex(widget.severity_combo.findData("medium"))
        assert [r["surface"] for r in widget.visible_rows] == ["最后三分钟"]
        widget.severity_combo.setCurrentIndex(0)
        widget.anchor_combo.setCurrentIndex(widget.anchor_combo.findData("小王"))
        assert [r["surface"] for r in widget.visible_rows] == ["最有效", "最后三分钟"]
    finally:
        store.close()


def test_export_report_with_progress(qtbot, tmp_path):
    db_path = tmp_path / "review.sqlite"
    record_show(db_path)
    store = Store.open(db_path)
    try:
        widget, registry = make_review(qtbot, store)
        out = tmp_path / "报告.xlsx"
        job = widget.export(out)
        qtbot.waitUntil(job.isFinished, timeout=30000)
        qtbot.waitUntil(lambda: "已导出" in widget.summary_label.text(), timeout=5000)
        assert out.exists() and out.stat().st_size > 1000
        from openpyxl import load_workbook

        cells = [c for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True) for c in row]
        assert "最有效" in cells
        registry.shutdown(2000)
    finally:
        store.close()


def test_filter_rows_by_time_window():
    rows = [{"emitted_at": 1000 + m * 60, "anchor": "a", "category": "c", "severity": "high"} for m in range(10)]
    picked = filter_rows(rows, start_ts=1000, from_min=3, to_min=5)
    assert [(r["emitted_at"] - 1000) // 60 for r in picked] == [3, 4, 5]


def test_pdf_export_says_when_no_chinese_font_could_be_embedded(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LIVEGUARD_PDF_FONT", "STSong-Light")  # as on a PC with no embeddable Chinese font
    db_path = tmp_path / "review.sqlite"
    record_show(db_path)
    store = Store.open(db_path)
    try:
        widget, registry = make_review(qtbot, store)
        out = tmp_path / "报告.pdf"
        job = widget.export(out)
        qtbot.waitUntil(job.isFinished, timeout=30000)
        qtbot.waitUntil(lambda: "已导出" in widget.summary_label.text(), timeout=5000)
        assert out.exists() and "未嵌入" in widget.summary_label.text()
        registry.shutdown(2000)
    finally:
        store.close()
