"""`python -m app scan` and `python -m app lexicon`: the command-line contract, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SMALL = REPO / "tests" / "data" / "lexicon_small.csv"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, cwd=REPO, timeout=120
    )


def jsonl(proc: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def test_jsonl_one_object_per_line_with_offsets_into_the_text(tmp_path):
    src = tmp_path / "script.txt"
    src.write_text("家人们这款是全网最，最低价\n\n今天第一次来直播间\n最后３分钟，顶极面料\n", encoding="utf-8")
    proc = run("scan", str(src), "--format", "jsonl", "--lexicon", str(SMALL))
    assert proc.returncode == 1, proc.stderr.decode()
    records = jsonl(proc)
    assert [r["line"] for r in records] == [1, 2, 3, 4]
    assert [r["text"] for r in records][1:3] == ["", "今天第一次来直播间"]
    assert records[1]["hits"] == [] and records[2]["hits"] == []
    for record in records:
        for hit in record["hits"]:
            assert hit["surface"] == record["text"][hit["start"] : hit["end"]]
            assert set(hit) >= {"start", "end", "surface", "term", "category", "severity", "suggestions", "basis",
                                "confidence"}
    first = records[0]["hits"][0]
    assert (first["start"], first["end"], first["surface"]) == (6, 13, "全网最，最低价")
    assert first["term"] == "全网最低价" and first["severity"] == "high"
    assert first["suggestions"] == ["直播间专属优惠价"] and first["confidence"] == 1.0
    last = records[3]["hits"]
    assert [(h["surface"], h["confidence"]) for h in last] == [("最后３分钟", 1.0), ("顶极", 0.7)]


def test_stdin_and_exit_zero_without_hits():
    proc = run("scan", "-", "--format", "jsonl", "--lexicon", str(SMALL), stdin="欢迎来到直播间\n".encode())
    assert proc.returncode == 0
    assert jsonl(proc) == [{"line": 1, "text": "欢迎来到直播间", "hits": []}]


def test_text_format_for_people_is_plain_when_not_a_terminal():
    proc = run("scan", "--format", "text", "--lexicon", str(SMALL), stdin="这是最好的面霜\n".encode())
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "\033[" not in out
    assert "第 1 行" in out and "【最好】" in out and "建议改说：很好、口碑不错" in out and "第九条" in out


def test_product_category_option():
    # The lexicon's product-category column, on the rules alone: the second opinion reads no product category
    # (it would call a bare 美白 a cosmetic claim in any room).
    args = ("scan", "--format", "jsonl", "--lexicon", str(SMALL), "--rules-only")
    assert run(*args, "--product-category", "服装", stdin="美白\n".encode()).returncode == 0
    assert run(*args, "--product-category", "化妆品", stdin="美白\n".encode()).returncode == 1


def test_bad_input_exits_2_with_a_chinese_message(tmp_path):
    missing = run("scan", str(tmp_path / "none.txt"), "--lexicon", str(SMALL))
    assert missing.returncode == 2 and "找不到文件" in missing.stderr.decode() and missing.stdout == b""
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("你好\n全网最低价\n".encode("gbk"))
    bad = run("scan", str(gbk), "--lexicon", str(SMALL))
    assert bad.returncode == 2 and "UTF-8" in bad.stderr.decode() and "第 1 行" in bad.stderr.decode()
    broken = tmp_path / "broken.csv"
    broken.write_text("id,term\nA,最好\n", encoding="utf-8")
    lex = run("scan", "--lexicon", str(broken), stdin=b"x\n")
    assert lex.returncode == 2 and "词库" in lex.stderr.decode()


def test_lexicon_check_reports_file_and_line(tmp_path):
    assert run("lexicon", "check", str(SMALL)).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(SMALL.read_text(encoding="utf-8") + "X-1,最棒,,绝对化用语,huge,很棒,《广告法》,,,1,\n",
                   encoding="utf-8")
    proc = run("lexicon", "check", str(bad))
    assert proc.returncode == 1
    assert f"{bad}:16:" in proc.stdout.decode() and "severity" in proc.stdout.decode()


def test_lexicon_stats_counts_by_category_and_severity():
    proc = run("lexicon", "stats", str(SMALL))
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert "词条总数：14" in out and "绝对化用语\t5" in out and "高（high）\t10" in out
