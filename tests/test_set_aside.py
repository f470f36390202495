"""复核排除: a rule hit the second opinion sets aside is not lost — recorded, listed for review, overrulable.

Real shipped model and matcher, real SQLite files under tmp_path.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from app.asr.recognizer import Word, result_from_words
from app.events import HitEvent, SetAsideEvent, TranscriptEvent
from app.pipeline.hit_tracker import HitTracker
from app.store import Store
from app.store.recorder import ShowRecorder
from app.store.schema import migrate, user_version

TALK = "我师傅以前常说，卖货的人嘴里不能有最字"  # only talks about the banned word 最: the model sets it aside
CLAIM = "这款精华是全网最低价"


@pytest.fixture(scope="module")
def shipped():
    from app.rules.matcher import default_matcher
    from app.rules.second_opinion import default_model

    return default_matcher(), default_model()


def chars(text, t0=0.0, step=0.2, kind="partial"):
    return result_from_words(kind, [Word(ch, t0 + i * step, t0 + (i + 1) * step) for i, ch in enumerate(text)])


def tracker(shipped):
    matcher, model = shipped
    return HitTracker(matcher, second_opinion=model)


def set_aside(events):
    return [e for e in events if isinstance(e, SetAsideEvent)]


def test_final_whose_hit_the_model_sets_aside_reports_it_instead_of_warning(shipped):
    t = tracker(shipped)
    partial_events = []
    for i in range(3, len(TALK)):  # the sentence arriving partial by partial
        partial_events += t.feed(chars(TALK[:i]))
    assert set_aside(partial_events) == []  # a partial changes: no record
    assert not any(isinstance(e, HitEvent) for e in partial_events)
    final = t.feed(chars(TALK, kind="final"))
    assert not any(isinstance(e, HitEvent) for e in final)  # no popup, no score
    [event] = set_aside(final)
    assert (event.hit.surface, event.context, event.utterance) == ("最", TALK, 0)
    assert event.probability < 0.15
    assert event.audio_start == pytest.approx(17 * 0.2) and event.audio_end == pytest.approx(18 * 0.2)
    # after the transcript line it belongs to
    kinds = [type(e) for e in final]
    assert kinds.index(TranscriptEvent) < kinds.index(SetAsideEvent)
    assert event.to_json()["type"] == "set_aside"


def test_partial_alone_sets_nothing_aside_and_the_same_final_twice_is_one_record(shipped):
    t = tracker(shipped)
    assert set_aside(t.feed(chars(TALK))) == []  # the whole sentence, but still a partial
    final = chars(TALK, kind="final")
    assert len(set_aside(t.feed(final))) == 1
    assert set_aside(t.feed(final)) == []  # the recogniser handed the same final over again


def test_a_real_claim_still_warns_and_is_not_set_aside(shipped):
    events = tracker(shipped).feed(chars(CLAIM, kind="final"))
    assert [e.hit.surface for e in events if isinstance(e, HitEvent)] == ["全网最低价"]
    assert set_aside(events) == []


def _record_talk(db, shipped):
    """A show where the anchor says the set-aside sentence and one real claim, through the recorder."""
    t = tracker(shipped)
    with ShowRecorder.open(db, room="1号直播间", anchors=("小美",), source="live") as rec:
        for i, text in enumerate((TALK, CLAIM)):
            for event in t.feed(chars(text, t0=10.0 * i, kind="final")):
                rec.handle(event)
        return rec.show_id


def test_recorder_keeps_the_set_aside_hit_apart_from_violations(tmp_path, shipped):
    db = tmp_path / "show.sqlite"
    show_id = _record_talk(db, shipped)
    with Store.open(db) as store:
        assert [v["surface"] for v in store.violations([show_id])] == ["全网最低价"]
        [row] = store.set_aside_hits([show_id])
        assert (row["surface"], row["context"], row["status"], row["anchor"]) == ("最", TALK, "set_aside", "小美")
        assert TALK[row["hit_start"] : row["hit_end"]] == "最"
        assert row["probability"] < 0.15
        assert store.list_shows()[0]["set_aside_count"] == 1


def test_overruling_creates_a_confirmed_chained_violation_that_the_score_counts(tmp_path, shipped):
    from app.reports.score import compute_scores

    db = tmp_path / "show.sqlite"
    show_id = _record_talk(db, shipped)
    with Store.open(db) as store:
        before = compute_scores(store.violations([show_id]), ["小美"])[0]
        [row] = store.set_aside_hits([show_id])
        vid = store.overrule_set_aside(row["id"], "王主管")
        after = compute_scores(store.violations([show_id]), ["小美"])[0]
        violation = store.get_violation(vid)
        assert (violation["surface"], violation["context"], violation["review_status"]) == ("最", TALK, "confirmed")
        assert "复核排除" in violation["reviewer_note"]
        assert [h["status"] for h in store.review_history(vid)] == ["confirmed"]
        assert after.confirmed == before.confirmed + 1 and after.score == before.score - 10  # medium: 10 points
        check = store.verify()
        assert check.ok and check.checked == 2  # the overruled hit is in the hash chain
        [row] = store.set_aside_hits([show_id])
        assert (row["status"], row["overruled_by"], row["violation_id"]) == ("overruled", "王主管", vid)
        assert store.list_shows()[0]["set_aside_count"] == 0
        with pytest.raises(ValueError, match="已改判"):
            store.overrule_set_aside(row["id"])
        assert len(store.violations([show_id])) == 2  # overruling twice makes no second violation
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.IntegrityError, match="不可删除"):
        conn.execute("DELETE FROM set_aside_hits")
    conn.close()


def test_database_from_the_previous_schema_opens_and_gains_the_table(tmp_path, shipped):
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=3)  # what the previous release created
    conn.execute("INSERT INTO shows (room, started_at, anchors) VALUES ('老直播间', 1700000000.0, ?)",
                 (json.dumps(["老主播"], ensure_ascii=False),))
    conn.close()
    with Store.open(db) as store:
        assert store.opened.migrated_from == 3
        assert store.list_shows()[0]["set_aside_count"] == 0
        event = SetAsideEvent(tracker(shipped).feed(chars(TALK, kind="final"))[-1].hit, 0.01, 0, 1.0, 2.0,
                              time.time(), TALK)
        store.record_set_aside(1, event, "老主播")
        assert [r["surface"] for r in store.set_aside_hits([1])] == ["最"]
    conn = sqlite3.connect(db)
    assert user_version(conn) >= 4
    conn.close()


def test_report_counts_the_set_aside_hits_and_lists_those_not_overruled(tmp_path, shipped):
    from openpyxl import load_workbook

    from app.reports import export
    from app.reports.data import build_report

    db = tmp_path / "show.sqlite"
    show_id = _record_talk(db, shipped)
    t = tracker(shipped)
    with Store.open(db) as store:
        # two more set-aside hits in one final; the supervisor overrules 第一: counted, gone from the appendix
        events = set_aside(t.feed(chars("我师傅常说，嘴里不能有最字，也不能有第一", kind="final")))
        assert [e.hit.surface for e in events] == ["最", "第一"]
        ids = [store.record_set_aside(show_id, e, "小美") for e in events]
        store.overrule_set_aside(ids[1], "王主管")
        report = store.run(lambda repo: build_report(repo, [show_id]))
    assert report.total == 2  # 全网最低价 and the overruled 第一
    assert dict(report.summary_pairs())["复核模型排除"] == "3 条（未计分；已改判为违规 1 条）"
    export(report, "html", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "附录：复核模型排除的命中（未计分）（2 条）" in html
    assert "我师傅以前常说，卖货的人嘴里不能有【最】字" in html
    assert "嘴里不能有【最】字，也不能有第一" in html
    assert "也不能有【第一】" not in html
    export(report, "xlsx", tmp_path / "r.xlsx")
    wb = load_workbook(tmp_path / "r.xlsx")
    sheet = wb["复核模型排除的命中（未计分）"]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "我师傅以前常说，卖货的人嘴里不能有【最】字" in cells
    assert any("违规可能" == c for c in cells)
    summary = [str(c.value) for row in wb["概要"].iter_rows() for c in row if c.value is not None]
    assert "3 条（未计分；已改判为违规 1 条）" in summary


def test_review_tab_lists_the_set_aside_hit_and_overrules_it_into_a_confirmed_violation(qtbot, tmp_path, shipped):
    from PySide6.QtCore import Qt

    from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - GC only on the main thread
    from tests.test_ui_review import make_review

    db = tmp_path / "show.sqlite"
    show_id = _record_talk(db, shipped)
    store = Store.open(db)
    widget, registry = make_review(qtbot, store)
    try:
        assert widget.tabs.tabText(1) == "复核排除（1）"
        assert widget.table.rowCount() == 1  # the violations: only 全网最低价
        tab = widget.set_aside
        widget.tabs.setCurrentWidget(tab)
        assert tab.table.rowCount() == 1
        cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
        assert cells[2] == "我师傅以前常说，卖货的人嘴里不能有【最】字"
        assert cells[3:7] == ["最", "绝对化用语", "违规可能 <1 %", "已排除"]
        assert not tab.overrule_btn.isEnabled()  # nothing selected yet
        tab.table.selectRow(0)
        assert "所以没有提醒、没有计分" in tab.detail.toPlainText()
        tab.table.setFocus()
        with qtbot.waitSignal(widget.loaded, timeout=5000):  # the violation list reloads after overruling
            qtbot.keyClick(tab.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # 改判为违规 (Ctrl+G)
        assert tab.table.item(0, 6).text() == "已改判"
        assert widget.tabs.tabText(1) == "复核排除（0）"
        assert not tab.overrule_btn.isEnabled()  # once is enough
        surfaces = {widget.table.item(r, 3).text(): widget.table.item(r, 6).text()
                    for r in range(widget.table.rowCount())}
        assert surfaces == {"全网最低价": "待复核", "最": "确认违规"}
    finally:
        registry.shutdown(2000)
        store.close()
    with Store.open(db) as store:
        [row] = store.set_aside_hits([show_id])
        assert row["status"] == "overruled" and row["overruled_at"] is not None
        assert store.get_violation(row["violation_id"])["review_status"] == "confirmed"
        assert store.verify().ok


def test_cli_shows_and_db_info_tell_how_many_hits_are_set_aside(tmp_path, shipped):
    import subprocess
    import sys

    from tests.conftest import REPO

    db = tmp_path / "show.sqlite"
    _record_talk(db, shipped)
    out = subprocess.run([sys.executable, "-m", "app", "shows", "--db", str(db)], cwd=REPO, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    header, line = out.stdout.strip().splitlines()
    assert header.split("\t")[-1] == "复核排除" and line.split("\t")[-1] == "1"
    info = subprocess.run([sys.executable, "-m", "app", "db", "info", "--db", str(db)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert "复核排除（set_aside_hits）：1" in info.stdout
