"""`python -m app report` and `shows` as a supervisor runs them, in a real subprocess."""

from __future__ import annotations

import subprocess
import sys
import time

import openpyxl
import pypdf

from app.store import Store
from tests.conftest import REPO
from tests.test_store_support import populate_show


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, capture_output=True, text=True,
                          encoding="utf-8", timeout=180)


def _db(tmp_path):
    db = tmp_path / "lg.sqlite"
    start = time.mktime((2026, 11, 24, 19, 0, 0, 0, 0, -1))
    with Store.open(db) as store:
        populate_show(store, [("最有效", 5, "小美", "这款最有效"), ("治疗", 65, "小美", "可以治疗痘痘")],
                      started_at=start, room="一号间", ended_at=start + 600)
        populate_show(store, [("美白", 5, "阿强", "三天美白")], started_at=start + 86400, room="二号间")
    return db


def test_report_latest_and_by_id_in_each_format(tmp_path):
    db = _db(tmp_path)
    out = _cli("report", "--db", str(db), "--show", "latest", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"))
    assert out.returncode == 0, out.stderr
    assert "已导出 1 条" in out.stdout
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["违规明细"]
    assert ws["F2"].value == "美白" and ws["E2"].value == "阿强"

    out = _cli("report", "--db", str(db), "--show", "1", "-o", str(tmp_path / "b.pdf"))  # format from suffix
    assert out.returncode == 0, out.stderr
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "b.pdf").pages)
    assert "一号间" in text and "可以治疗痘痘" in text
    for fmt in ("csv", "html"):
        out = _cli("report", "--db", str(db), "--show", "1", "--format", fmt, "-o", str(tmp_path / f"c.{fmt}"))
        assert out.returncode == 0, out.stderr
        assert "这款最有效" in (tmp_path / f"c.{fmt}").read_text(encoding="utf-8-sig")


def test_weekly_report_from_to(tmp_path):
    db = _db(tmp_path)
    out = _cli("report", "--db", str(db), "--from", "2026-11-23", "--to", "2026-11-29", "--format", "html",
               "-o", str(tmp_path / "w.html"))
    assert out.returncode == 0, out.stderr
    page = (tmp_path / "w.html").read_text(encoding="utf-8")
    assert "违规周报" in page and "一号间" in page and "二号间" in page and "三天美白" in page
    out = _cli("report", "--db", str(db), "--from", "2025-01-01", "--to", "2025-01-07", "-o", str(tmp_path / "x.csv"))
    assert out.returncode == 1 and "没有直播场次" in out.stderr


def test_report_errors_are_clear_chinese(tmp_path):
    db = _db(tmp_path)
    out = _cli("report", "--db", str(db), "--show", "99", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert out.returncode == 1 and "没有编号为 99 的场次" in out.stderr
    out = _cli("report", "--db", str(db), "--from", "11/23", "-o", str(tmp_path / "x.csv"))
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr
    out = _cli("report", "--db", str(tmp_path / "empty.sqlite"), "-o", str(tmp_path / "x.csv"))
    assert out.returncode == 1 and "还没有任何场次" in out.stderr
    out = _cli("report", "--db", str(db), "-o", str(tmp_path / "no_such_dir" / "x.csv"))
    assert out.returncode == 1 and "无法写入报告文件" in out.stderr


def test_shows_lists_newest_first(tmp_path):
    out = _cli("shows", "--db", str(_db(tmp_path)))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[1].startswith("2\t") and "二号间" in lines[1] and "一号间" in lines[2]
