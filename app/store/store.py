"""Store: the one owner of the SQLite connection — a single DB thread that runs jobs in order.

``Store.open(path)`` starts the thread, opens (and if needed repairs/migrates) the file on it and
returns once ready; ``store.notices`` holds Chinese messages to show the user (file was corrupt and
moved aside, file was migrated...). Every repository method is available on the store itself
(``store.record_hit(...)``, ``store.review(...)``, ``store.violations([...])``...): the call is queued to
the DB thread and the caller blocks until it has finished, so a returned ``record_hit`` is on disk.
``store.run(fn)`` runs ``fn(repository)`` on the DB thread for anything bigger (report queries).

Threading: all public methods are safe from any thread (UI thread included — they are short; the UI
should still prefer a worker for report exports). ``close()`` drains the queue, checkpoints, joins.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.paths import default_db_path
from app.store.database import OpenedDatabase, open_database
from app.store.repository import StoreWriteError, ViolationRepository

_PROXIED = (
    "create_show", "end_show", "add_anchor", "save_lexicon_snapshot", "record_hit", "record_transcript",
    "record_breaker_event", "review", "acknowledge", "retry_pending", "verify", "get_show", "latest_show_id",
    "list_shows", "shows_between", "violations", "get_violation", "review_history", "acknowledgements",
    "breaker_events", "transcript", "record_set_aside", "overrule_set_aside", "set_aside_hits",
)


class Store:
    def __init__(self, executor: ThreadPoolExecutor, repo: ViolationRepository, opened: OpenedDatabase):
        self._executor = executor
        self._repo = repo
        self.path: Path = opened.path
        self.notices: list[str] = list(opened.notices)
        self.opened = opened
        self._closed = False
        self._db_thread: int | None = None

    @classmethod
    def open(cls, db_path: str | os.PathLike | None = None) -> Store:
        """Open ``db_path`` (default: the user data folder's liveguard.sqlite) on a new DB thread."""
        path = Path(db_path) if db_path is not None else default_db_path()
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="liveguard-db")

        def _open():
            opened = open_database(path)
            return opened, ViolationRepository(opened.db), threading.get_ident()

        try:
            opened, repo, db_thread = executor.submit(_open).result()
        except BaseException:
            executor.shutdown(wait=True)
            raise
        store = cls(executor, repo, opened)
        store._db_thread = db_thread
        return store

    def run(self, fn):
        """Run ``fn(repository)`` on the DB thread and return its result (exceptions propagate)."""
        if self._closed:
            raise RuntimeError("数据库已关闭。")
        if threading.get_ident() == self._db_thread:  # already on the DB thread: waiting would deadlock
            return fn(self._repo)
        return self._executor.submit(fn, self._repo).result()

    def submit(self, fn):
        """Like ``run`` but returns a ``concurrent.futures.Future`` instead of waiting."""
        if self._closed:
            raise RuntimeError("数据库已关闭。")
        return self._executor.submit(fn, self._repo)

    @property
    def pending_count(self) -> int:
        return self.run(lambda repo: repo.pending_count)

    @property
    def last_error(self) -> str:
        return self.run(lambda repo: repo.last_error)

    def close(self) -> None:
        if self._closed:
            return
        def _finish(repo: ViolationRepository) -> None:
            if repo.pending_count:
                try:
                    repo.retry_pending()  # last chance for records held back by a full disk
                except StoreWriteError:
                    pass
            repo.close()

        try:
            self._executor.submit(_finish, self._repo).result()
        finally:
            self._closed = True
            self._executor.shutdown(wait=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _proxy(name: str):
    target = getattr(ViolationRepository, name)

    def method(self, *args, **kwargs):
        return self.run(lambda repo: getattr(repo, name)(*args, **kwargs))

    method.__name__ = name
    method.__qualname__ = f"Store.{name}"
    method.__doc__ = (target.__doc__ or "") + "\n\n(Runs on the DB thread; blocks the caller until done.)"
    return method


for _name in _PROXIED:
    setattr(Store, _name, _proxy(_name))
