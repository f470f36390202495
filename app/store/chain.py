"""Tamper evidence: every violation row carries a SHA-256 over its content chained to the previous row.

``row_hash = sha256(prev_hash + canonical_json(content))`` where content is the fixed list of columns
in ``CHAINED_FIELDS`` (all from schema step 1). Review state, acknowledgements and anything added later
are deliberately outside the chain, so reviewing never breaks it. The first row chains to ``GENESIS``.

Verification walks the table in id order and reports the first row whose stored hash or link does not
match, and a deleted tail (AUTOINCREMENT's ``sqlite_sequence`` remembers the highest id ever used).

Threading: pure functions; ``verify_chain`` reads through the given connection on the caller's thread.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

GENESIS = "0" * 64
CHAINED_FIELDS = (
    "show_id",
    "emitted_at",
    "audio_start",
    "audio_end",
    "utterance",
    "anchor",
    "surface",
    "term",
    "entry_id",
    "category",
    "severity",
    "suggestions",
    "basis",
    "context",
    "confidence",
    "is_final",
)


def _norm(value):
    # Floats go through repr() of a rounded value so the text form is stable across SQLite round trips.
    if isinstance(value, float):
        return repr(round(value, 6))
    return value


def canonical_content(row: dict) -> str:
    return json.dumps(
        [_norm(row.get(name)) for name in CHAINED_FIELDS], ensure_ascii=False, separators=(",", ":")
    )


def row_hash(prev_hash: str, row: dict) -> str:
    return hashlib.sha256((prev_hash + canonical_content(row)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    broken_id: int | None = None
    message: str = ""


def verify_chain(conn: sqlite3.Connection) -> ChainCheck:
    """Recompute the whole chain. ``message`` is Chinese and names the first broken row."""
    columns = ", ".join(("id", "prev_hash", "row_hash") + CHAINED_FIELDS)
    cursor = conn.execute(f"SELECT {columns} FROM violations ORDER BY id")
    names = [d[0] for d in cursor.description]
    expected_prev = GENESIS
    checked = 0
    last_id = 0
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        rid = row["id"]
        if row["prev_hash"] != expected_prev:
            return ChainCheck(
                False, checked, rid,
                f"完整性校验失败：违规记录 #{rid} 与前一条记录的链接不符（前一条记录可能被删除或修改）。",
            )
        if row_hash(row["prev_hash"], row) != row["row_hash"]:
            return ChainCheck(
                False, checked, rid, f"完整性校验失败：违规记录 #{rid} 的内容已被修改（哈希不符）。"
            )
        expected_prev = row["row_hash"]
        last_id = rid
        checked += 1
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'violations'").fetchone()
    if seq is not None and int(seq[0]) > last_id:
        return ChainCheck(
            False, checked, last_id + 1,
            f"完整性校验失败：违规记录 #{last_id + 1} 起的末尾记录已被删除（最大编号应为 #{seq[0]}）。",
        )
    return ChainCheck(True, checked, None, f"完整性校验通过：共 {checked} 条违规记录，哈希链完整。")
