"""ShowRecorder: records one show — transcript, violations, breaker events — and keeps its scores.

Used by the CLI (``audit/rehearse/listen --db``) and the UI::

    with ShowRecorder.open(db_path, room="1号直播间", anchors=("小美",), lexicon_version=v) as rec:
        for event in pipeline_events:
            rec.handle(event)          # a HitEvent is committed (fsynced) before this returns

``handle`` returns the violation id for a HitEvent (None when the disk is full: the hit then waits in
memory, is retried on every later write, and ``on_notice`` gets a Chinese message to show).
Final TranscriptEvents are stored as transcript segments; partials are not stored. SetAsideEvents (hits
the second opinion set aside) are stored apart, for review: no violation, no breaker, no score.

Circuit breaker: every violation of a breaker severity feeds a ``CircuitBreaker``; a trip is recorded in
``breaker_events``, appended to ``.breaker_events`` and passed to ``on_breaker``.

Threading: ``handle``/``set_anchor``/``close`` may be called from any one thread at a time (normally the
pipeline worker); database work happens on the store's DB thread. ``on_breaker`` and ``on_notice``
are called on the caller's thread — a Qt front end must forward them through a signal, not touch
widgets from them.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, is_dataclass

from app.events import HitEvent, SetAsideEvent, TranscriptEvent
from app.reports.score import AnchorScore, ScorePolicy, compute_scores
from app.store.breaker import BreakerPolicy, BreakerTrip, CircuitBreaker
from app.store.repository import StoreWriteError
from app.store.store import Store


class ShowRecorder:
    def __init__(
        self,
        store: Store,
        show_id: int,
        anchor: str,
        *,
        owns_store: bool,
        score_policy: ScorePolicy | None = None,
        breaker_policy: BreakerPolicy | None = None,
        on_breaker: Callable[[BreakerTrip], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
    ):
        self.store = store
        self.show_id = show_id
        self.anchor = anchor
        self._owns_store = owns_store
        self.score_policy = score_policy or ScorePolicy()
        self.breaker = CircuitBreaker(breaker_policy)
        self.breaker_events: list[BreakerTrip] = []
        self.on_breaker = on_breaker
        self.on_notice = on_notice
        self.notices: list[str] = list(store.notices)
        self.last_error = ""
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(
        cls,
        db_path: str | os.PathLike | None = None,
        *,
        room: str = "",
        anchors: Iterable[str] = ("主播",),
        product_category: str = "",
        source: str = "live",
        lexicon_version: str = "",
        lexicon_entries: Iterable | None = None,
        score_policy: ScorePolicy | None = None,
        breaker_policy: BreakerPolicy | None = None,
        on_breaker: Callable[[BreakerTrip], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
        store: Store | None = None,
    ) -> ShowRecorder:
        """Start a show in ``db_path`` (default user data folder) or in an already open ``store``.

        ``lexicon_entries`` (LexiconEntry objects or dicts), when given, are snapshotted once per
        ``lexicon_version`` so a report can later show what the show was checked against.
        """
        owns = store is None
        store = store or Store.open(db_path)
        anchors = tuple(anchors) or ("主播",)
        try:
            show_id = store.create_show(
                room=room, anchors=anchors, product_category=product_category, source=source,
                lexicon_version=lexicon_version,
            )
            if lexicon_entries is not None and lexicon_version:
                rows = [asdict(e) if is_dataclass(e) else dict(e) for e in lexicon_entries]
                store.save_lexicon_snapshot(lexicon_version, rows)
        except BaseException:
            if owns:
                store.close()
            raise
        recorder = cls(
            store, show_id, anchors[0], owns_store=owns, score_policy=score_policy,
            breaker_policy=breaker_policy, on_breaker=on_breaker, on_notice=on_notice,
        )
        if owns:  # a shared store's notices were already shown by whoever opened it
            for notice in recorder.notices:
                recorder._notify(notice)
        else:
            recorder.notices = []
        return recorder

    # ----------------------------------------------------------------------------- events
    def handle(self, event) -> int | None:
        """Record one pipeline event. Returns the violation id (HitEvent), segment id (final transcript) or
        set-aside id (SetAsideEvent)."""
        with self._lock:
            if self._closed:
                raise RuntimeError("本场记录已结束，不能再写入。")
            if isinstance(event, HitEvent):
                return self._handle_hit(event)
            if isinstance(event, TranscriptEvent):
                if event.kind != "final" or not event.text:
                    return None
                return self._guarded(lambda: self.store.record_transcript(self.show_id, event, self.anchor))
            if isinstance(event, SetAsideEvent):
                return self._guarded(lambda: self.store.record_set_aside(self.show_id, event, self.anchor))
            return None

    def _handle_hit(self, event: HitEvent) -> int | None:
        anchor = self.anchor
        vid = self._guarded(lambda: self.store.record_hit(self.show_id, event, anchor))
        trip = self.breaker.feed(
            severity=event.hit.severity, at=event.emitted_at, violation_id=vid, anchor=anchor
        )
        if trip is not None:
            self.breaker_events.append(trip)
            ids = [i for i in trip.violation_ids if i is not None]
            self._guarded(
                lambda: self.store.record_breaker_event(
                    self.show_id, triggered_at=trip.triggered_at, anchor=trip.anchor,
                    hit_count=trip.hit_count, window_minutes=trip.window_minutes, violation_ids=ids,
                    message=trip.message,
                )
            )
            if self.on_breaker is not None:
                self.on_breaker(trip)
        return vid

    def _guarded(self, write):
        try:
            result = write()
        except StoreWriteError as exc:
            self.last_error = str(exc)
            self._notify(self.last_error)
            return None
        if self.last_error:
            self.last_error = ""
            self._notify("数据库已恢复写入，暂存的记录已全部保存。")
        return result

    def _notify(self, message: str) -> None:
        if message not in self.notices[-1:]:
            self.notices.append(message)
        if self.on_notice is not None:
            self.on_notice(message)

    def retry_pending(self) -> bool:
        """Retry records waiting in memory (e.g. on a timer after a full disk). True when none remain."""
        with self._lock:
            if self._guarded(lambda: self.store.retry_pending()) is None:
                return False
            return self.store.pending_count == 0

    def set_anchor(self, name: str) -> None:
        """The anchor now on duty; later violations are attributed to them."""
        name = (name or "").strip()
        if not name:
            return
        with self._lock:
            self.anchor = name
            self.store.add_anchor(self.show_id, name)

    # ----------------------------------------------------------------------------- scores
    def scores(self) -> list[AnchorScore]:
        """Per-anchor score and provisional score for this show (reads the store)."""
        show = self.store.get_show(self.show_id)
        rows = self.store.violations([self.show_id])
        return compute_scores(rows, show["anchors"] if show else (), self.score_policy)

    # ----------------------------------------------------------------------------- closing
    def close(self) -> None:
        """End the show (records the end time), retry any backlog, and close the store if owned."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._guarded(lambda: self.store.retry_pending())
                if self.store.pending_count:
                    self._notify(f"仍有 {self.store.pending_count} 条记录未能写入磁盘（磁盘已满），请清理空间。")
                try:
                    self.store.end_show(self.show_id)
                except sqlite3.Error as exc:
                    self._notify(f"无法记录本场结束时间（{exc}）。")
            finally:
                if self._owns_store:
                    self.store.close()

    def __enter__(self) -> ShowRecorder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
