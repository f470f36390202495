"""Schema migrations: a file from every older version opens, keeps its data and is backed up first."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.store import Store
from app.store.chain import GENESIS, row_hash
from app.store.database import DatabaseUnavailable
from app.store.schema import LATEST_VERSION, migrate, user_version


def _old_file(path, version: int) -> int:
    """A file as version ``version`` of the app left it, with data where that version had tables."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    assert user_version(conn) == version
    n = 0
    if version >= 1:
        conn.execute("INSERT INTO shows (room, started_at, anchors) VALUES ('老直播间', 1700000000.0, ?)",
                     (json.dumps(["老主播"], ensure_ascii=False),))
        prev = GENESIS
        for i in range(3):
            row = {"show_id": 1, "emitted_at": 1700000000.0 + i, "audio_start": 1.0 * i, "audio_end": 1.5 * i,
                   "utterance": i, "anchor": "老主播", "surface": "最有效", "term": "最有效", "entry_id": "e1",
                   "category": "绝对化用语", "severity": "high", "suggestions": '["用户反馈有效"]',
                   "basis": "《广告法》第九条", "context": f"第{i}句最有效", "confidence": 1.0, "is_final": 1}
            h = row_hash(prev, row)
            cols = ", ".join([*row, "prev_hash", "row_hash"])
            conn.execute(f"INSERT INTO violations ({cols}) VALUES ({', '.join('?' * (len(row) + 2))})",
                         [*row.values(), prev, h])
            prev = h
            n += 1
        conn.execute("INSERT INTO transcript_segments (show_id, utterance, text, emitted_at) "
                     "VALUES (1, 0, '第0句最有效', 1700000000.0)")
    if version >= 2:
        conn.execute("UPDATE violations SET review_status = 'confirmed', reviewer_note = '旧复核' WHERE id = 1")
        conn.execute("INSERT INTO reviews (violation_id, status, note, reviewed_at) VALUES (1, 'confirmed', '旧复核', 1)")
    conn.close()
    return n


@pytest.mark.parametrize("version", range(0, LATEST_VERSION))
def test_every_older_version_migrates_with_data_and_backup(tmp_path, version):
    db = tmp_path / "liveguard.sqlite"
    n = _old_file(db, version)
    with Store.open(db) as store:
        assert store.run(lambda repo: repo.db.execute("PRAGMA user_version").fetchone()[0]) == LATEST_VERSION
        assert store.verify().ok
        if version >= 1:
            assert [v["context"] for v in store.violations([1])] == [f"第{i}句最有效" for i in range(n)]
            assert store.opened.backup_path is not None and "升级" in " ".join(store.notices)
            backup = sqlite3.connect(store.opened.backup_path)
            assert user_version(backup) == version
            assert backup.execute("SELECT count(*) FROM violations").fetchone()[0] == n
            backup.close()
        if version >= 2:
            assert store.get_violation(1)["reviewer_note"] == "旧复核"
        # the newest features work on the migrated file
        show = store.create_show(room="新场次")
        from tests.test_store_support import make_hit

        vid = store.record_hit(show, make_hit("治疗"), "小美")
        store.review(vid, "confirmed", "新复核")
        store.acknowledge(vid, "场控")
        assert store.acknowledgements(vid)[0]["acknowledged_by"] == "场控"
        assert store.verify().ok


def test_fresh_file_needs_no_backup(tmp_path):
    with Store.open(tmp_path / "new.sqlite") as store:
        assert store.opened.backup_path is None and store.notices == []
    assert not [p for p in tmp_path.iterdir() if "backup" in p.name]


def test_file_from_a_newer_app_is_refused_untouched(tmp_path):
    db = tmp_path / "future.sqlite"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseUnavailable, match="升级 LiveGuard"):
        Store.open(db)
    assert db.exists()


def test_failed_step_rolls_back_to_previous_version(tmp_path, monkeypatch):
    from app.store import schema

    db = tmp_path / "lg.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=1)

    def broken(c):
        c.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("模拟升级失败")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], (2, "broken", broken)])
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, target=2)
    assert user_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()
