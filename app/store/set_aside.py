"""The hits the second opinion set aside (复核排除): kept for review, overruled into violations.

A rule hit whose sentence the second opinion reads as clean raises no warning and counts nowhere, but it is
not lost: the live pipeline reports it (``SetAsideEvent``, finals only) and the recorder keeps it in
``set_aside_hits`` (schema step 4; never deleted, content read-only, outside the hash chain — it is no
violation). A supervisor who disagrees overrules it: ``overrule_set_aside`` inserts a normal violation
through the repository's chained insert, review status 'confirmed' with a note saying where it came from,
and marks the set-aside row 'overruled' (who, when, which violation) — one transaction, so scores and
reports count it exactly once.

Threading: a mixin of ``ViolationRepository``; the same one-thread rule applies (the store's DB thread).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable

from app.events import SetAsideEvent
from app.rules.second_opinion import fmt_probability

SET_ASIDE_STATUS_CN = {"set_aside": "已排除", "overruled": "已改判"}




def _f(value) -> float | None:
    return None if value is None else float(value)


def hit_columns(show_id: int, event, anchor: str) -> dict:
    """The columns a live hit (``violations``) and a set-aside hit (``set_aside_hits``) share: when and by whom
    it was heard, in which utterance, and the lexicon hit itself."""
    hit = event.hit
    return {
        "show_id": int(show_id),
        "emitted_at": float(event.emitted_at),
        "audio_start": _f(event.audio_start),
        "audio_end": _f(event.audio_end),
        "utterance": int(event.utterance),
        "anchor": anchor or "",
        "context": event.context or "",
        "surface": hit.surface,
        "term": hit.term,
        "entry_id": hit.entry_id,
        "category": hit.category,
        "severity": hit.severity,
        "suggestions": json.dumps(list(hit.suggestions), ensure_ascii=False),
        "basis": hit.basis or "",
        "confidence": float(hit.confidence),
    }


class SetAsideRecords:
    """Methods of ``ViolationRepository`` (which provides ``db``, ``conn``, ``_write``, ``_transaction``,
    ``_insert``, ``_insert_violation``, ``_pending``, ``_show_rows`` and ``retry_pending``)."""

    def record_set_aside(self, show_id: int, event: SetAsideEvent, anchor: str = "") -> int:
        """Keep a rule hit the second opinion set aside (no violation, no score; see ``overrule_set_aside``)."""
        row = {
            **hit_columns(show_id, event, anchor),
            "hit_start": int(event.hit.start),
            "hit_end": int(event.hit.end),
            "probability": float(event.probability),
        }
        return self._write("set_aside", row)

    def overrule_set_aside(self, set_aside_id: int, reviewer: str = "", note: str = "") -> int:
        """Overrule the second opinion: the set-aside hit becomes a violation (chained like any live hit, review
        status 'confirmed', so scores and reports count it) and is marked 'overruled' — one transaction.
        Returns the new violation's id; ValueError if it was overruled already."""
        rows = list(self.db.query("SELECT * FROM set_aside_hits WHERE id = ?", [set_aside_id]))
        if not rows:
            raise KeyError(f"没有编号为 #{set_aside_id} 的复核排除记录。")
        aside = rows[0]
        if aside["status"] == "overruled":
            raise ValueError(f"复核排除记录 #{set_aside_id} 已改判为违规记录 #{aside['violation_id']}。")
        if self._pending:
            self.retry_pending()  # the chain keeps the order things were written in
        now = time.time()
        note = note.strip() or f"由复核排除改判为违规（复核模型判违规可能 {fmt_probability(aside['probability'])}）"
        violation = {key: aside[key] for key in (
            "show_id", "emitted_at", "audio_start", "audio_end", "utterance", "anchor", "surface", "term", "entry_id",
            "category", "severity", "suggestions", "basis", "context", "confidence")}
        violation["is_final"] = 1

        def work():
            vid = self._insert_violation(violation)
            self.conn.execute("UPDATE violations SET review_status = 'confirmed', reviewer_note = ? WHERE id = ?",
                              (note, vid))
            self._insert("reviews", {"violation_id": vid, "status": "confirmed", "note": note, "reviewer": reviewer,
                                     "reviewed_at": now})
            self.conn.execute(
                "UPDATE set_aside_hits SET status = 'overruled', overruled_by = ?, overruled_at = ?, violation_id = ? "
                "WHERE id = ?", (reviewer, now, vid, set_aside_id))
            return vid

        return self._transaction(work)

    def set_aside_hits(self, show_ids: Iterable[int]) -> list[dict]:
        """The hits the second opinion set aside in these shows, overruled or not, in the order heard."""
        return self._show_rows("set_aside_hits", show_ids, "suggestions")
