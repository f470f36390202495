"""Tamper evidence: the SHA-256 chain over violations, the delete/update guards, and `db verify`."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from app.store import Store
from tests.conftest import REPO
from tests.test_store_support import make_hit


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def _record(db, n=5):
    with Store.open(db) as store:
        show = store.create_show(room="2号间", anchors=("小美",))
        return [store.record_hit(show, make_hit("最有效", context=f"第{i}句最有效"), "小美") for i in range(n)]


def test_intact_chain_verifies_and_cli_exits_0(tmp_path):
    db = tmp_path / "lg.sqlite"
    ids = _record(db)
    with Store.open(db) as store:
        check = store.verify()
    assert check.ok and check.checked == len(ids)
    out = _cli("db", "verify", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "完整性校验通过" in out.stdout


def test_app_connection_cannot_delete_or_edit_a_violation(tmp_path):
    db = tmp_path / "lg.sqlite"
    ids = _record(db, 2)
    with Store.open(db) as store:
        for sql in ("DELETE FROM violations WHERE id = ?", "UPDATE violations SET surface = '好' WHERE id = ?"):
            try:
                store.run(lambda repo, sql=sql: repo.conn.execute(sql, (ids[0],)))
            except sqlite3.IntegrityError as exc:
                assert "不可" in str(exc)
            else:
                raise AssertionError(f"{sql} should have been refused")
        assert len(store.violations([1])) == 2


def _tamper(db, *statements):
    conn = sqlite3.connect(db)  # an attacker with a raw SQLite tool: drops the guards first
    conn.execute("DROP TRIGGER violations_no_delete")
    conn.execute("DROP TRIGGER violations_chained_readonly")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_edited_row_is_named_by_verify(tmp_path):
    db = tmp_path / "lg.sqlite"
    ids = _record(db)
    _tamper(db, f"UPDATE violations SET surface = '有效', severity = 'low' WHERE id = {ids[2]}")
    out = _cli("db", "verify", "--db", str(db))
    assert out.returncode == 1
    assert f"#{ids[2]}" in out.stderr and "修改" in out.stderr


def test_deleted_middle_row_is_detected_at_the_next_row(tmp_path):
    db = tmp_path / "lg.sqlite"
    ids = _record(db)
    _tamper(db, f"DELETE FROM violations WHERE id = {ids[1]}")
    with Store.open(db) as store:
        check = store.verify()
    assert not check.ok and check.broken_id == ids[2]


def test_deleted_last_rows_are_detected(tmp_path):
    db = tmp_path / "lg.sqlite"
    ids = _record(db)
    _tamper(db, f"DELETE FROM violations WHERE id >= {ids[3]}")
    out = _cli("db", "verify", "--db", str(db))
    assert out.returncode == 1 and f"#{ids[3]}" in out.stderr


def test_review_keeps_chain_and_history(tmp_path):
    db = tmp_path / "lg.sqlite"
    ids = _record(db, 3)
    with Store.open(db) as store:
        store.review(ids[0], "confirmed", "确实说了", "王主管")
        store.review(ids[0], "false_alarm", "复听是“最有效期”", "李法务")
        store.review(ids[1], "voided", "测试数据", "王主管")
        try:
            store.review(ids[2], "voided", "  ")
        except ValueError as exc:
            assert "原因" in str(exc)
        else:
            raise AssertionError("voiding without a reason must be refused")
        assert store.verify().ok
        assert store.get_violation(ids[0])["review_status"] == "false_alarm"
        history = store.review_history(ids[0])
        assert [h["status"] for h in history] == ["confirmed", "false_alarm"]
        assert history[0]["reviewer"] == "王主管"
        assert len(store.violations([1])) == 3  # voiding does not delete
    out = _cli("db", "review", str(ids[2]), "--status", "confirmed", "--note", "确认", "--db", str(db))
    assert out.returncode == 0 and "确认违规" in out.stdout
    assert _cli("db", "verify", "--db", str(db)).returncode == 0


def test_verify_on_a_corrupt_file_fails_instead_of_passing_an_empty_new_file(tmp_path):
    db = tmp_path / "lg.sqlite"
    db.write_bytes(b"not a database at all" * 100)
    out = _cli("db", "verify", "--db", str(db))
    assert out.returncode == 1
    assert "已损坏" in out.stderr and ".corrupt-" in out.stderr
