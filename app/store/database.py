"""Opening the database file: WAL, durability settings, corrupt-file recovery, backup + migration.

``open_database(path)`` returns the sqlite-utils ``Database`` (autocommit connection; the repository
runs explicit transactions) and a list of Chinese notices for the user (file moved aside, migrated...).

Durability: ``journal_mode=WAL`` with ``synchronous=FULL``. In WAL mode FULL fsyncs the WAL at every
commit, so a committed violation survives not only a killed process (which NORMAL would already
guarantee, the WAL being in the OS cache) but also a power cut or OS crash of the streaming PC. Hits
arrive a few per minute, so the extra fsync (a few ms) is cheap.

Threading: call on the thread that will own the connection (the store's DB thread), and use the
returned ``Database`` only there.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from app.store.schema import LATEST_VERSION, migrate, user_version


@dataclass
class OpenedDatabase:
    db: sqlite_utils.Database
    path: Path
    notices: list[str] = field(default_factory=list)
    migrated_from: int | None = None
    backup_path: Path | None = None
    corrupt_moved_to: Path | None = None


class DatabaseUnavailable(RuntimeError):
    """The file can neither be opened nor replaced (no permission, folder missing...). Message in Chinese."""


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _check_readable(conn: sqlite3.Connection) -> None:
    """Raise ``sqlite3.DatabaseError`` when the file is not a usable SQLite database."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(result)


def _timestamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def move_aside(path: Path, suffix: str) -> Path:
    """Rename ``path`` (and its -wal/-shm companions) to ``path.suffix`` (unique); returns the new path."""
    target = path.with_name(f"{path.name}.{suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{suffix}-{n}")
    os.replace(path, target)
    for companion in ("-wal", "-shm"):
        extra = path.with_name(path.name + companion)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + companion))
    return target


def backup_copy(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy (SQLite backup API, includes what is still in the WAL) before migrating."""
    target = path.with_name(f"{path.name}.v{version}-backup-{_timestamp()}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}-backup-{_timestamp()}-{n}")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def open_database(path: str | os.PathLike) -> OpenedDatabase:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(f"无法创建数据库所在文件夹 {path.parent}：{exc}。请检查路径和权限。") from exc
    notices: list[str] = []
    corrupt_to = None
    conn = None
    try:
        conn = _connect(path)
        _check_readable(conn)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseUnavailable(
                f"数据库 {path} 正被其他程序占用：{exc}。请关闭另一个 LiveGuard 窗口后重试。"
            ) from exc
        if not path.exists():
            raise DatabaseUnavailable(f"无法打开数据库 {path}：{exc}。请检查路径和权限。") from exc
        try:
            corrupt_to = move_aside(path, f"corrupt-{_timestamp()}")
        except OSError as move_exc:
            raise DatabaseUnavailable(
                f"数据库 {path} 已损坏且无法移走：{move_exc}。请关闭占用该文件的程序后重试。"
            ) from move_exc
        notices.append(
            f"数据库文件已损坏或无法读取（{exc}），已移到 {corrupt_to.name}，并新建了空数据库。"
            "旧文件请交给技术人员尝试恢复。"
        )
        conn = _connect(path)

    opened = OpenedDatabase(sqlite_utils.Database(conn), path, notices, corrupt_moved_to=corrupt_to)
    current = user_version(conn)
    if current < LATEST_VERSION:
        if current > 0:
            opened.backup_path = backup_copy(conn, path, current)
            opened.migrated_from = current
            notices.append(
                f"数据库已从版本 {current} 升级到 {LATEST_VERSION}，升级前的副本保存在 {opened.backup_path.name}。"
            )
        migrate(conn)
    elif current > LATEST_VERSION:
        conn.close()
        raise DatabaseUnavailable(
            f"数据库版本（{current}）比本程序支持的版本（{LATEST_VERSION}）新，请升级 LiveGuard 后再打开。"
        )
    return opened


__all__ = ["OpenedDatabase", "DatabaseUnavailable", "open_database", "move_aside", "backup_copy"]
