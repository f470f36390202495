"""The database schema as ordered migration steps, keyed by ``PRAGMA user_version``.

Every step that ever shipped stays here unchanged: a file at version *k* is brought up to date by
running steps *k+1 ... LATEST* in order, each in its own transaction (SQLite DDL is transactional), and
tests build files at every older version from these same steps. Never edit a shipped step; add one.

The chained content of a violation (see ``app.store.chain``) uses only columns created in step 1, so
later steps may add columns (review state, ...) without touching the integrity chain.

Threading: pure functions on a connection; call them on the thread that owns that connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

STEP_1_BASE = """
CREATE TABLE shows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL DEFAULT '',
    started_at REAL NOT NULL,
    ended_at REAL,
    anchors TEXT NOT NULL DEFAULT '[]',
    product_category TEXT NOT NULL DEFAULT '',
    lexicon_version TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'live'
);
CREATE TABLE transcript_segments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    utterance INTEGER NOT NULL,
    text TEXT NOT NULL,
    audio_start REAL,
    audio_end REAL,
    emitted_at REAL NOT NULL,
    anchor TEXT NOT NULL DEFAULT ''
);
CREATE TABLE violations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    emitted_at REAL NOT NULL,
    audio_start REAL,
    audio_end REAL,
    utterance INTEGER,
    anchor TEXT NOT NULL DEFAULT '',
    surface TEXT NOT NULL,
    term TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    suggestions TEXT NOT NULL DEFAULT '[]',
    basis TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    is_final INTEGER NOT NULL DEFAULT 0,
    prev_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL
);
CREATE TABLE lexicon_snapshots (
    version TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    entry_count INTEGER NOT NULL,
    entries TEXT NOT NULL
);
CREATE INDEX idx_violations_show ON violations(show_id);
CREATE INDEX idx_transcript_show ON transcript_segments(show_id);
"""

STEP_2_REVIEWS = """
ALTER TABLE violations ADD COLUMN review_status TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE violations ADD COLUMN reviewer_note TEXT NOT NULL DEFAULT '';
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    violation_id INTEGER NOT NULL REFERENCES violations(id),
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_at REAL NOT NULL
);
CREATE INDEX idx_reviews_violation ON reviews(violation_id);
CREATE TRIGGER violations_no_delete BEFORE DELETE ON violations
BEGIN SELECT RAISE(ABORT, '违规记录不可删除'); END;
CREATE TRIGGER violations_chained_readonly BEFORE UPDATE OF
    show_id, emitted_at, audio_start, audio_end, utterance, anchor, surface, term, entry_id, category,
    severity, suggestions, basis, context, confidence, is_final, prev_hash, row_hash ON violations
BEGIN SELECT RAISE(ABORT, '违规记录内容不可修改'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, '复核记录不可删除'); END;
"""

STEP_3_ALARMS = """
CREATE TABLE acknowledgements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    violation_id INTEGER NOT NULL REFERENCES violations(id),
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at REAL NOT NULL
);
CREATE INDEX idx_ack_violation ON acknowledgements(violation_id);
CREATE TABLE breaker_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    triggered_at REAL NOT NULL,
    anchor TEXT NOT NULL DEFAULT '',
    hit_count INTEGER NOT NULL,
    window_minutes REAL NOT NULL,
    violation_ids TEXT NOT NULL DEFAULT '[]',
    message TEXT NOT NULL
);
CREATE INDEX idx_breaker_show ON breaker_events(show_id);
"""

STEP_4_SET_ASIDE = """
CREATE TABLE set_aside_hits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    emitted_at REAL NOT NULL,
    audio_start REAL,
    audio_end REAL,
    utterance INTEGER,
    anchor TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    hit_start INTEGER NOT NULL,
    hit_end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    term TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    suggestions TEXT NOT NULL DEFAULT '[]',
    basis TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    probability REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'set_aside' CHECK (status IN ('set_aside', 'overruled')),
    overruled_by TEXT NOT NULL DEFAULT '',
    overruled_at REAL,
    violation_id INTEGER REFERENCES violations(id)
);
CREATE INDEX idx_set_aside_show ON set_aside_hits(show_id);
CREATE TRIGGER set_aside_no_delete BEFORE DELETE ON set_aside_hits
BEGIN SELECT RAISE(ABORT, '复核排除记录不可删除'); END;
CREATE TRIGGER set_aside_content_readonly BEFORE UPDATE OF
    show_id, emitted_at, audio_start, audio_end, utterance, anchor, context, hit_start, hit_end, surface, term,
    entry_id, category, severity, suggestions, basis, confidence, probability ON set_aside_hits
BEGIN SELECT RAISE(ABORT, '复核排除记录内容不可修改'); END;
CREATE TRIGGER set_aside_overruled_final BEFORE UPDATE OF status ON set_aside_hits
WHEN OLD.status = 'overruled'
BEGIN SELECT RAISE(ABORT, '已改判的记录不能改回'); END;
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        # Statement by statement, not executescript(): executescript commits first, which would break
        # the one-transaction-per-step rule.
        for statement in _split_statements(sql):
            conn.execute(statement)

    return run


def _split_statements(sql: str) -> list[str]:
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


# (target version, description, step). Index i holds the step that takes a file from i to i+1.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "基础表：场次、转写、违规、词库快照", _script(STEP_1_BASE)),
    (2, "复核：状态、备注、复核历史；禁止删除违规记录", _script(STEP_2_REVIEWS)),
    (3, "弹窗确认记录、熔断事件", _script(STEP_3_ALARMS)),
    (4, "复核模型排除的命中（不计分，可改判为违规）", _script(STEP_4_SET_ASIDE)),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply the steps after the file's version up to ``target``; returns the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each step runs inside its own
    ``BEGIN IMMEDIATE ... COMMIT`` together with the ``user_version`` bump, so a crash mid-way leaves the
    file at the last complete version.
    """
    current = user_version(conn)
    if current > LATEST_VERSION:
        raise RuntimeError(
            f"数据库版本（{current}）比本程序支持的版本（{LATEST_VERSION}）新，请升级 LiveGuard 后再打开。"
        )
    applied = []
    for version, _description, step in MIGRATIONS:
        if version <= current or version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
