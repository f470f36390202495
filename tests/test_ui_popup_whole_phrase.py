"""A popup fired on part of a phrase shows the whole phrase once the recogniser has heard it.

What a user notices: the anchor says 这款精华是全网最低价; the first partial ends at 全网最低 (a form of the same entry),
so the warning pops at once with 「全网最低」 — and a moment later, when the next partial reads 全网最低价, the popup and
the anchor's prompter say 「全网最低价」. The hit list keeps what fired (the record is what was warned). Real bundled
lexicon and matcher, real hit tracker, real popup and prompter widgets offscreen.
"""

from __future__ import annotations

import time

from app.events import HitEvent, TranscriptEvent
from app.pipeline.hit_tracker import HitTracker, longer_sighting
from tests.test_pipeline_tracker import chars
from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - autouse: GC only on the main thread
from ui.popup import PopupManager
from ui.prompter import AnchorPrompter


def _fired(events):
    return [e for e in events if isinstance(e, HitEvent)]


def _transcript(events):
    (t,) = [e for e in events if isinstance(e, TranscriptEvent)]
    return t


def test_the_popup_and_prompter_show_the_whole_phrase_once_heard(qtbot, matcher):
    tracker = HitTracker(matcher)
    first = tracker.feed(chars("这款精华是全网最低")) + tracker.release_due(time.monotonic() + 5)
    (event,) = _fired(first)
    assert event.hit.surface == "全网最低"
    popups = PopupManager(seconds=30)
    prompter = AnchorPrompter(seconds=30)
    qtbot.addWidget(prompter)
    popup = popups.show_hit(event)
    prompter.show_prompt(event)
    assert "「全网最低」" in popup.text()

    later = tracker.feed(chars("这款精华是全网最低价，家人们"))
    assert _fired(later) == []  # the same occurrence: no second warning
    transcript = _transcript(later)
    assert popups.refine(transcript) == 1 and prompter.refine(transcript)
    assert "「全网最低价」" in popup.text()
    assert prompter.heard_label.text() == "刚才说了「全网最低价」"
    popups.dismiss_all()


def test_another_utterance_or_another_entry_changes_nothing(matcher):
    tracker = HitTracker(matcher)
    (event,) = _fired(tracker.feed(chars("这款精华是全网最低")) + tracker.release_due(time.monotonic() + 5))
    final = _transcript(tracker.feed(chars("这款精华是全网最低", kind="final")))
    assert longer_sighting(event, final) is None  # heard no longer: nothing to show
    next_utterance = _transcript(tracker.feed(chars("这款精华是全网最低价")))
    assert next_utterance.utterance != event.utterance
    assert longer_sighting(event, next_utterance) is None  # a new occurrence, its own warning
