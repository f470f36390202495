"""ViolationRepository: every read and write of the LiveGuard database, as plain synchronous methods.

Threading: an instance belongs to ONE thread — the thread that opened its connection (``Store`` runs
it on its DB thread; tests may use it directly). Never call it from two threads.

Writes that must not be lost (violations, transcript, breaker events, acknowledgements) go through ``_write``: when the
disk is full (SQLITE_FULL / SQLITE_IOERR) the write is kept in memory, ``StoreWriteError`` (Chinese
message) is raised, and every later write first retries the backlog in order, so the hash chain keeps
the order the hits happened in. ``retry_pending()`` retries explicitly.

Nothing is deleted: violations and reviews are protected by triggers (schema step 2); review status is
kept in separate columns plus an append-only ``reviews`` history, outside the hash chain.

Hits the second opinion set aside (``set_aside_hits``, schema step 4) are kept like transcript (written through
``_write``, never deleted) but are no violations and not chained: they count nowhere until a supervisor overrules
one (``overrule_set_aside``), which inserts a normal chained violation, confirmed, in the same transaction
(:mod:`app.store.set_aside`).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from app.events import HitEvent, TranscriptEvent
from app.store.chain import GENESIS, ChainCheck, row_hash, verify_chain
from app.store.set_aside import SetAsideRecords, hit_columns

REVIEW_STATUSES = ("unreviewed", "confirmed", "false_alarm", "voided")
REVIEW_STATUS_CN = {"unreviewed": "待复核", "confirmed": "确认违规", "false_alarm": "误报", "voided": "作废"}
_STORAGE_ERRORS = {10, 13}  # SQLITE_IOERR, SQLITE_FULL (primary codes)
MAX_PENDING_TRANSCRIPT = 20_000


class StoreWriteError(RuntimeError):
    """A write could not reach the disk; the data waits in memory and will be retried."""


@dataclass(frozen=True)
class PendingWrite:
    kind: str  # "hit" | "transcript" | "breaker" | "ack" | "set_aside"
    payload: dict


def _is_storage_error(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _STORAGE_ERRORS
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o" in text


def _f(value) -> float | None:
    return None if value is None else float(value)


class ViolationRepository(SetAsideRecords):
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self._pending: list[PendingWrite] = []
        self.last_error: str = ""

    # ----------------------------------------------------------------- transactions and backlog
    def _transaction(self, fn):
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn()
            self.conn.execute("COMMIT")
            return result
        except BaseException:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def retry_pending(self) -> list[tuple[str, int]]:
        """Write the backlog in order; returns (kind, row id) written. Raises StoreWriteError if still stuck."""
        written = []
        while self._pending:
            item = self._pending[0]
            try:
                rid = self._transaction(lambda item=item: self._apply(item))
            except sqlite3.Error as exc:
                if _is_storage_error(exc):
                    raise self._storage_failure(exc) from exc
                raise
            self._pending.pop(0)
            written.append((item.kind, rid))
        self.last_error = ""
        return written

    def _storage_failure(self, exc: sqlite3.Error) -> StoreWriteError:
        self.last_error = (
            f"无法写入数据库（{exc}）：磁盘可能已满或出错。{len(self._pending)} 条记录暂存在内存中，"
            "会自动重试；请尽快清理磁盘空间，并不要关闭程序。"
        )
        return StoreWriteError(self.last_error)

    def _write(self, kind: str, payload: dict) -> int:
        item = PendingWrite(kind, payload)
        if self._pending:
            try:
                self.retry_pending()
            except StoreWriteError:
                self._enqueue(item)
                raise self._storage_failure(sqlite3.OperationalError("仍无法写入")) from None
        try:
            rid = self._transaction(lambda: self._apply(item))
        except sqlite3.Error as exc:
            if _is_storage_error(exc):
                self._enqueue(item)
                raise self._storage_failure(exc) from exc
            raise
        self.last_error = ""
        return rid

    def _enqueue(self, item: PendingWrite) -> None:
        if item.kind == "transcript":
            n_transcript = sum(1 for p in self._pending if p.kind == "transcript")
            if n_transcript >= MAX_PENDING_TRANSCRIPT:
                return  # transcript is context only; violations are never dropped
        self._pending.append(item)

    def _apply(self, item: PendingWrite) -> int:
        if item.kind == "hit":
            return self._insert_violation(item.payload)
        if item.kind == "transcript":
            return self._insert("transcript_segments", item.payload)
        if item.kind == "breaker":
            return self._insert("breaker_events", item.payload)
        if item.kind == "ack":
            return self._insert("acknowledgements", item.payload)
        if item.kind == "set_aside":
            return self._insert("set_aside_hits", item.payload)
        raise ValueError(item.kind)

    def _insert(self, table: str, row: dict) -> int:
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        return int(cur.lastrowid)

    def _insert_violation(self, row: dict) -> int:
        last = self.conn.execute("SELECT row_hash FROM violations ORDER BY id DESC LIMIT 1").fetchone()
        prev = last[0] if last else GENESIS
        full = dict(row, prev_hash=prev, row_hash=row_hash(prev, row))
        return self._insert("violations", full)

    # ----------------------------------------------------------------------------- shows
    def create_show(
        self,
        *,
        room: str = "",
        anchors: Iterable[str] = ("主播",),
        product_category: str = "",
        source: str = "live",
        lexicon_version: str = "",
        started_at: float | None = None,
    ) -> int:
        row = {
            "room": room,
            "started_at": float(started_at if started_at is not None else time.time()),
            "anchors": json.dumps(list(anchors), ensure_ascii=False),
            "product_category": product_category or "",
            "lexicon_version": lexicon_version or "",
            "source": source,
        }
        return self._transaction(lambda: self._insert("shows", row))

    def end_show(self, show_id: int, ended_at: float | None = None) -> None:
        ended = float(ended_at if ended_at is not None else time.time())
        self._transaction(
            lambda: self.conn.execute("UPDATE shows SET ended_at = ? WHERE id = ?", (ended, show_id))
        )

    def add_anchor(self, show_id: int, name: str) -> None:
        show = self.get_show(show_id)
        if show is None or name in show["anchors"]:
            return
        anchors = json.dumps(show["anchors"] + [name], ensure_ascii=False)
        self._transaction(lambda: self.conn.execute("UPDATE shows SET anchors = ? WHERE id = ?", (anchors, show_id)))

    def save_lexicon_snapshot(self, version: str, entries: list[dict]) -> bool:
        """Keep the lexicon a show was checked against (once per version). Returns True if new."""
        if not version:
            return False
        if self.conn.execute("SELECT 1 FROM lexicon_snapshots WHERE version = ?", (version,)).fetchone():
            return False
        row = {
            "version": version,
            "created_at": time.time(),
            "entry_count": len(entries),
            "entries": json.dumps(entries, ensure_ascii=False, default=list),
        }
        self._transaction(lambda: self._insert("lexicon_snapshots", row))
        return True

    # ------------------------------------------------------------------------- live events
    def record_hit(self, show_id: int, event: HitEvent, anchor: str = "") -> int:
        """Commit one violation (fsynced) and return its id; StoreWriteError if it had to wait in memory."""
        row = {**hit_columns(show_id, event, anchor), "is_final": 1 if event.is_final else 0}
        return self._write("hit", row)

    def record_transcript(self, show_id: int, event: TranscriptEvent, anchor: str = "") -> int:
        row = {
            "show_id": int(show_id),
            "utterance": int(event.utterance),
            "text": event.text,
            "audio_start": _f(event.audio_start),
            "audio_end": _f(event.audio_end),
            "emitted_at": float(event.emitted_at),
            "anchor": anchor or "",
        }
        return self._write("transcript", row)

    def record_breaker_event(
        self,
        show_id: int,
        *,
        triggered_at: float,
        anchor: str,
        hit_count: int,
        window_minutes: float,
        violation_ids: list[int],
        message: str,
    ) -> int:
        row = {
            "show_id": int(show_id),
            "triggered_at": float(triggered_at),
            "anchor": anchor,
            "hit_count": int(hit_count),
            "window_minutes": float(window_minutes),
            "violation_ids": json.dumps(violation_ids),
            "message": message,
        }
        return self._write("breaker", row)

    # ----------------------------------------------------------------- review and acknowledge
    def review(self, violation_id: int, status: str, note: str = "", reviewer: str = "") -> int:
        """Set the review status (confirmed / false_alarm / voided / unreviewed); history is kept."""
        if status not in REVIEW_STATUSES:
            raise ValueError(f"未知的复核状态：{status}（可选：{'、'.join(REVIEW_STATUSES)}）")
        if status == "voided" and not note.strip():
            raise ValueError("作废一条违规记录必须填写原因。")
        if not self.conn.execute("SELECT 1 FROM violations WHERE id = ?", (violation_id,)).fetchone():
            raise KeyError(f"没有编号为 #{violation_id} 的违规记录。")

        def work():
            self.conn.execute(
                "UPDATE violations SET review_status = ?, reviewer_note = ? WHERE id = ?",
                (status, note, violation_id),
            )
            return self._insert(
                "reviews",
                {"violation_id": violation_id, "status": status, "note": note, "reviewer": reviewer,
                 "reviewed_at": time.time()},
            )

        return self._transaction(work)

    def acknowledge(self, violation_id: int, by: str = "") -> int:
        """The popup for this violation was acknowledged (by whom, now)."""
        row = {"violation_id": int(violation_id), "acknowledged_by": by, "acknowledged_at": time.time()}
        return self._write("ack", row)

    # ------------------------------------------------------------------------------ reads
    def verify(self) -> ChainCheck:
        return verify_chain(self.conn)

    def get_show(self, show_id: int) -> dict | None:
        rows = list(self.db.query("SELECT * FROM shows WHERE id = ?", [show_id]))
        if not rows:
            return None
        show = rows[0]
        show["anchors"] = json.loads(show["anchors"] or "[]")
        return show

    def latest_show_id(self) -> int | None:
        row = self.conn.execute("SELECT max(id) FROM shows").fetchone()
        return row[0]

    def list_shows(self, limit: int = 100) -> list[dict]:
        sql = (
            "SELECT s.*, (SELECT count(*) FROM violations v WHERE v.show_id = s.id) AS violation_count, "
            "(SELECT count(*) FROM set_aside_hits a WHERE a.show_id = s.id AND a.status = 'set_aside') "
            "AS set_aside_count "
            "FROM shows s ORDER BY s.id DESC LIMIT ?"
        )
        shows = list(self.db.query(sql, [limit]))
        for show in shows:
            show["anchors"] = json.loads(show["anchors"] or "[]")
        return shows

    def shows_between(self, start: float, end: float) -> list[int]:
        rows = self.conn.execute(
            "SELECT id FROM shows WHERE started_at >= ? AND started_at < ? ORDER BY id", (start, end)
        )
        return [r[0] for r in rows]

    def violations(self, show_ids: Iterable[int]) -> list[dict]:
        ids = [int(i) for i in show_ids]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        sql = (
            "SELECT v.*, (SELECT count(*) FROM acknowledgements a WHERE a.violation_id = v.id) AS ack_count "
            f"FROM violations v WHERE v.show_id IN ({marks}) ORDER BY v.id"
        )
        rows = list(self.db.query(sql, ids))
        for row in rows:
            row["suggestions"] = json.loads(row["suggestions"] or "[]")
        return rows

    def get_violation(self, violation_id: int) -> dict | None:
        rows = list(self.db.query("SELECT * FROM violations WHERE id = ?", [violation_id]))
        if not rows:
            return None
        rows[0]["suggestions"] = json.loads(rows[0]["suggestions"] or "[]")
        return rows[0]

    def review_history(self, violation_id: int) -> list[dict]:
        return list(self.db.query("SELECT * FROM reviews WHERE violation_id = ? ORDER BY id", [violation_id]))

    def acknowledgements(self, violation_id: int) -> list[dict]:
        sql = "SELECT * FROM acknowledgements WHERE violation_id = ? ORDER BY id"
        return list(self.db.query(sql, [violation_id]))

    def breaker_events(self, show_ids: Iterable[int]) -> list[dict]:
        return self._show_rows("breaker_events", show_ids, "violation_ids")

    def _show_rows(self, table: str, show_ids: Iterable[int], json_column: str) -> list[dict]:
        """The rows of ``table`` (a fixed name) for these shows in the order written, ``json_column`` decoded."""
        ids = [int(i) for i in show_ids]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE show_id IN ({marks}) ORDER BY id", ids))
        for row in rows:
            row[json_column] = json.loads(row[json_column] or "[]")
        return rows

    def transcript(self, show_id: int) -> list[dict]:
        sql = "SELECT * FROM transcript_segments WHERE show_id = ? ORDER BY id"
        return list(self.db.query(sql, [show_id]))

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass
        self.conn.close()
