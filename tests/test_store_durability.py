"""Nothing emitted is lost: kill -9 mid-show, a corrupt file, a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

from app.store import Store
from app.store.breaker import BreakerPolicy
from app.store.recorder import ShowRecorder
from tests.conftest import REPO
from tests.test_store_support import make_hit

CHILD = r"""
import sys, time
from app.store.recorder import ShowRecorder
from tests.test_store_support import make_hit
rec = ShowRecorder.open(sys.argv[1], room="崩溃测试", anchors=("小美",))
i = 0
while True:
    vid = rec.handle(make_hit("最有效" if i % 2 else "治疗", context=f"第{i}句", utterance=i))
    print(vid, flush=True)   # the id is printed only after handle() returned
    i += 1
"""


def test_sigkill_mid_show_loses_no_emitted_violation(tmp_path):
    db = tmp_path / "lg.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    emitted = []
    try:
        deadline = time.monotonic() + 60
        while len(emitted) < 40 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            emitted.append(int(line))
        os.kill(proc.pid, signal.SIGKILL)  # mid-stream: the child is inside its loop
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(emitted) == 40
    with Store.open(db) as store:
        stored = {v["id"] for v in store.violations([1])}
        assert set(emitted) <= stored
        assert store.verify().ok
    out = subprocess.run([sys.executable, "-m", "app", "db", "verify", "--db", str(db)], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_garbage_file_is_moved_aside_and_user_told(tmp_path):
    db = tmp_path / "liveguard.sqlite"
    junk = "这不是数据库文件".encode() * 500
    db.write_bytes(junk)
    with Store.open(db) as store:
        assert len(store.notices) == 1 and "已损坏" in store.notices[0] and ".corrupt-" in store.notices[0]
        show = store.create_show(room="新库")
        assert store.record_hit(show, make_hit(), "小美") == 1
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("liveguard.sqlite.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == junk
    stamp = aside[0].name.split(".corrupt-")[1]
    assert len(stamp) == len("20261127-183000") and stamp[8] == "-"


def test_damaged_pages_are_detected_too(tmp_path):
    db = tmp_path / "lg.sqlite"
    with Store.open(db) as store:
        show = store.create_show()
        for i in range(300):
            store.record_hit(show, make_hit(context="最有效" * 40 + str(i)), "小美")
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[2 * page:5 * page] = os.urandom(3 * page)  # keep the header, scramble b-tree pages
    db.write_bytes(bytes(data))
    notices = []
    with ShowRecorder.open(db, on_notice=notices.append) as rec:
        assert rec.handle(make_hit()) == 1
    assert notices and "已损坏" in notices[0]


def test_full_disk_keeps_hits_in_memory_and_retries_in_order(tmp_path):
    db = tmp_path / "lg.sqlite"
    notices = []
    rec = ShowRecorder.open(db, anchors=("小美",), on_notice=notices.append,
                            breaker_policy=BreakerPolicy(hits=10_000))  # only hits wait in memory here
    page_count = rec.store.run(lambda repo: repo.conn.execute("PRAGMA page_count").fetchone()[0])
    # SQLite's own SQLITE_FULL, as on a full disk: the file may not grow past its current size.
    rec.store.run(lambda repo: repo.conn.execute(f"PRAGMA max_page_count = {page_count + 2}"))
    ids, lost_at = [], None
    for i in range(400):
        vid = rec.handle(make_hit(context=f"第{i}句 最有效 " + "长" * 300, utterance=i))
        if vid is None:
            lost_at = lost_at if lost_at is not None else i
        else:
            assert lost_at is None, "a later hit must not overtake one waiting in memory"
            ids.append(vid)
    assert lost_at is not None, "the page limit was never reached"
    assert rec.store.pending_count == 400 - len(ids)
    assert "磁盘" in notices[-1] and "内存" in notices[-1]
    # space freed: the next event flushes the backlog first, in order
    rec.store.run(lambda repo: repo.conn.execute("PRAGMA max_page_count = 1073741823"))
    last = rec.handle(make_hit(context="恢复后 最有效"))
    assert rec.store.pending_count == 0 and "恢复" in notices[-1]
    rows = rec.store.violations([rec.show_id])
    assert len(rows) == 401 and last == 401
    assert [r["context"].split(" ")[0] for r in rows[:400]] == [f"第{i}句" for i in range(400)]
    assert rec.store.verify().ok
    rec.close()


def test_concurrent_writers_share_one_owner_thread(tmp_path):
    db = tmp_path / "lg.sqlite"
    with ShowRecorder.open(db) as rec:
        errors = []

        def work(k):
            try:
                for i in range(25):
                    rec.store.record_hit(rec.show_id, make_hit(context=f"线程{k}第{i}句"), f"主播{k}")
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert len(rec.store.violations([rec.show_id])) == 100
        assert rec.store.run(lambda repo: repo.conn.execute("PRAGMA synchronous").fetchone()[0]) == 2  # FULL
        assert rec.store.verify().ok
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
