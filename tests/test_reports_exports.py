"""Reports: the summary figures, and every format read back (openpyxl, pypdf, csv, html)."""

from __future__ import annotations

import csv
import time

import openpyxl
import pypdf
import pytest

from app.reports import export
from app.reports.cells import neutralise
from app.reports.data import build_report
from app.store import Store
from tests.test_store_support import populate_show

NASTY = [
    "=HYPERLINK(\"http://evil\",\"点我\")最有效",
    "+1+2 最有效",
    "-2+3 最有效",
    "@SUM(A1) 最有效",
    "\t=1+1 最有效",
    "\r=1 最有效",
    "<script>alert('最有效')</script>",
]
START = time.mktime((2026, 11, 23, 20, 0, 0, 0, 0, -1))  # a Monday evening, local time


@pytest.fixture
def show(tmp_path):
    store = Store.open(tmp_path / "lg.sqlite")
    hits = [(t, 60.0 * i, "小美" if i % 2 else "阿强", NASTY[i % len(NASTY)] if t == "最有效" else f"这个能{t}哦")
            for i, t in enumerate(["最有效"] * 7 + ["治疗"] * 3 + ["美白"] * 2 + ["加微信"])]
    show_id, ids = populate_show(store, hits, started_at=START, ended_at=START + 1800)
    store.review(ids[0], "confirmed", "=确认", "王主管")
    store.review(ids[1], "false_alarm", "误报")
    store.record_breaker_event(show_id, triggered_at=START + 120, anchor="小美", hit_count=3, window_minutes=10,
                               violation_ids=ids[:3], message="熔断提醒：10 分钟内出现 3 次高风险违规")
    yield store, show_id, ids
    store.close()


def _report(store, show_id):
    return store.run(lambda repo: build_report(repo, [show_id]))


def test_summary_figures(show):
    store, show_id, ids = show
    r = _report(store, show_id)
    assert r.total == 13 and r.duration_seconds == 1800 and r.hits_per_hour == pytest.approx(26.0)
    assert r.by_category[0] == ("绝对化用语", 7)
    assert dict(r.by_severity) == {"高": 10, "中": 2, "低": 1}
    assert [(t.term, t.count) for t in r.top_terms[:2]] == [("最有效", 7), ("治疗", 3)]
    assert r.top_terms[0].suggestions == ["用户反馈有效"]
    assert r.review_counts["confirmed"] == 1 and r.review_counts["false_alarm"] == 1
    assert r.review_counts["unreviewed"] == 11
    scores = {s.anchor: s for _, s in r.scores}
    assert scores["阿强"].score == 80  # ids[0] (i=0) is 阿强's, confirmed high
    assert len(r.breaker_events) == 1
    assert sum(n for _, n in r.timeline) == 13 and r.timeline_unit == "1分钟"
    assert r.rows[0]["offset"] == "0:00:00" and r.rows[2]["offset"] == "0:02:00"


def test_neutralise_cases():
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    for text in ("最有效", "1-2", "a=b", "", "（=）"):
        assert neutralise(text) == text
    assert neutralise(-5) == -5


def test_csv_bom_chinese_and_no_formulas(show, tmp_path):
    store, show_id, _ = show
    path = tmp_path / "r.csv"
    export(_report(store, show_id), "csv", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
    assert rows[0][:3] == ["编号", "时间", "开播后"]
    assert len(rows) == 14
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    contexts = [row[9] for row in rows[1:8]]
    assert contexts[0] == "'" + NASTY[0] and contexts[4] == "'" + NASTY[4]
    assert rows[1][12] == "确认违规" and rows[1][13] == "'=确认"
    assert "用户反馈有效" in rows[1][10] and "《广告法》第九条第三项" in rows[1][11]


def test_xlsx_reads_back_with_header_widths_chart_and_no_formulas(show, tmp_path):
    store, show_id, _ = show
    path = tmp_path / "r.xlsx"
    export(_report(store, show_id), "xlsx", path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["概要", "时间分布", "违规明细", "复核模型排除的命中（未计分）"]
    ws = wb["违规明细"]
    assert [c.value for c in ws[1]][:6] == ["编号", "时间", "开播后", "场次", "主播", "原话用词"]
    assert ws[1][0].font.bold and ws.freeze_panes == "A2"
    assert ws.column_dimensions["J"].width >= 40  # 上下文
    assert ws.max_row == 14
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
    assert ws["J2"].value == "'" + NASTY[0] and ws["N2"].value == "'=确认"
    summary = wb["概要"]
    text = " ".join(str(c.value) for row in summary.iter_rows() for c in row if c.value is not None)
    assert "直播合规报告" in text and "主播合规分" in text and "高频违规词" in text and "用户反馈有效" in text
    assert "熔断提醒" in text and "复核进度" in text
    assert len(summary._charts) == 1  # the timeline chart
    assert sum(c.value for c in wb["时间分布"]["B"][1:]) == 13


def test_pdf_text_extracts_in_chinese(show, tmp_path):
    store, show_id, _ = show
    path = tmp_path / "r.pdf"
    export(_report(store, show_id), "pdf", path)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    for expected in ("直播合规报告", "主播合规分", "违规时间分布", "高频违规词", "用户反馈有效", "绝对化用语",
                     "《广告法》第九条", "熔断提醒", "违规明细", "小美", "确认违规"):
        assert expected in text, expected


def test_html_is_escaped_and_has_svg_chart(show, tmp_path):
    store, show_id, _ = show
    path = tmp_path / "r.html"
    export(_report(store, show_id), "html", path)
    page = path.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;最有效&#x27;)&lt;/script&gt;" in page
    assert "<svg" in page and page.count("<rect") == len(_report(store, show_id).timeline)
    assert "用户反馈有效" in page and 'lang="zh-CN"' in page and "建议说法" in page


def test_weekly_report_aggregates_shows(show):
    store, first, _ = show
    second, _ = populate_show(store, [("治疗", 10, "小美", "能治疗"), ("治疗", 20, "小美", "能治疗")],
                              started_at=START + 2 * 86400, room="2号直播间", ended_at=START + 2 * 86400 + 3600)
    period = (START - 86400, START + 6 * 86400)
    ids = store.shows_between(*period)
    assert ids == [first, second]
    r = store.run(lambda repo: build_report(repo, ids, period=period, top_n=3))
    assert r.total == 15 and len(r.top_terms) == 3 and r.top_terms[1].term == "治疗" and r.top_terms[1].count == 5
    assert r.timeline_unit == "日" and [n for _, n in r.timeline] == [13, 0, 2]
    assert "周报" in r.title and len(r.scores) == 4


def test_audit_of_a_recording_uses_audio_time(tmp_path):
    from tests.test_store_support import make_hit

    with Store.open(tmp_path / "a.sqlite") as store:
        show = store.create_show(source="audit", started_at=START)
        # the file is processed in 2 s of wall time, but the hits are 30 s and 95 s into the recording
        store.record_hit(show, make_hit("最有效", at=START + 1, audio=(30.0, 31.0)), "主播")
        store.record_hit(show, make_hit("治疗", at=START + 2, audio=(95.0, 96.5)), "主播")
        store.end_show(show, START + 2)
        r = _report(store, show)
    assert [row["offset"] for row in r.rows] == ["0:00:30", "0:01:35"]
    assert r.duration_seconds == 96.5
    assert [n for _, n in r.timeline] == [1, 1]
