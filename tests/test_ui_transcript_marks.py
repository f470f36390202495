"""The live transcript marks what the final result says (real tracker, real bundled matcher, real widgets).

A hit that fired from a partial (全网最低) is marked as the final reads it (全网最低价); a hit the final
retracted is not marked; a term cut by the endpointer is marked on the line where its characters are.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from app.asr.recognizer import Word, result_from_words
from app.events import HitEvent, HitRetractedEvent, TranscriptEvent
from app.pipeline.hit_tracker import HitTracker
from app.rules.lexicon import load_lexicon
from app.rules.matcher import Matcher
from ui.monitor_panel import MonitorPanel


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_lexicon(overlay=False).entries)  # the bundled lexicon, as the app ships it


def chars(text, kind="partial", t0=0.0, step=0.2):
    """A recogniser result whose every character is a word of ``step`` seconds."""
    return result_from_words(kind, [Word(ch, t0 + i * step, t0 + (i + 1) * step) for i, ch in enumerate(text)])


def deliver(panel, events):
    """What the console does with pipeline events (ConsoleWindow._on_event), minus popups."""
    for event in events:
        if isinstance(event, HitEvent):
            panel.add_hit(event, "小美")
        elif isinstance(event, TranscriptEvent):
            panel.add_transcript(event)
        elif isinstance(event, HitRetractedEvent):
            panel.mark_retracted(event.original)


def marked_lines(panel):
    """Per transcript line: (plain text, [the highlighted pieces as the user sees them])."""
    lines = []
    block = panel.transcript.document().begin()
    while block.isValid():
        pieces, it = [], block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                pieces.append(fragment.text().replace("\u00a0", ""))
            it += 1
        lines.append((block.text().replace("\u00a0", ""), pieces))
        block = block.next()
    return lines


def hit_surfaces(panel):
    return [panel.hit_table.item(row, 2).text() for row in range(panel.hit_table.rowCount())]


def test_term_popped_from_a_partial_is_marked_as_the_final_reads_it(qtbot, matcher):
    panel = MonitorPanel()
    qtbot.addWidget(panel)
    tracker = HitTracker(matcher)
    # the partial's hit pops as heard so far (at once, or after the hold when no new result comes)
    popped = tracker.feed(chars("这款精华是全网最低")) + tracker.release_due(time.monotonic() + 5)
    assert [e.hit.surface for e in popped if isinstance(e, HitEvent)] == ["全网最低"]
    deliver(panel, popped)
    final = tracker.feed(chars("这款精华是全网最低价是你用过最有效的一款", kind="final"))
    assert not any(isinstance(e, HitRetractedEvent) for e in final)  # same entry: nothing taken back
    deliver(panel, final)
    (line,) = marked_lines(panel)
    assert line[0].endswith("这款精华是全网最低价是你用过最有效的一款")
    assert line[1] == ["全网最低价", "最有效的"]
    # the violation list keeps what popped (the warning the anchor saw) and the final's new hit
    assert hit_surfaces(panel) == ["最有效的", "全网最低"]


def test_hit_retracted_by_the_final_is_not_marked(qtbot, matcher):
    panel = MonitorPanel()
    qtbot.addWidget(panel)
    tracker = HitTracker(matcher, hold_seconds=0)  # fire on first sight
    deliver(panel, tracker.feed(chars("这个可以根治")))
    assert hit_surfaces(panel) == ["可以根治"]
    final = tracker.feed(chars("这个可以跟着湿疹", kind="final"))  # the recogniser changed its mind
    assert [e.original.hit.surface for e in final if isinstance(e, HitRetractedEvent)] == ["可以根治"]
    deliver(panel, final)
    (line,) = marked_lines(panel)
    assert line[1] == ["湿疹"]
    assert hit_surfaces(panel)[-1] == "可以根治（识别已更正）"


def test_term_cut_by_the_endpointer_is_marked_where_its_characters_are(qtbot, matcher):
    panel = MonitorPanel()
    qtbot.addWidget(panel)
    tracker = HitTracker(matcher, hold_seconds=0)
    deliver(panel, tracker.feed(chars("今天给大家的是全网最", kind="final")))
    second = tracker.feed(chars("低价大家放心拍", kind="final", t0=3.0))
    (transcript,) = [e for e in second if isinstance(e, TranscriptEvent)]
    assert [(h.start, h.end, h.surface) for h in transcript.hits] == [(0, 2, "低价")]
    deliver(panel, second)
    text, pieces = marked_lines(panel)[-1]
    assert text.endswith("低价大家放心拍") and pieces == ["低价"]
    assert hit_surfaces(panel)[0] == "全网最低价"  # the hit itself fired with the joined text


def test_a_partial_line_carries_its_scan_and_an_unscanned_final_falls_back_to_surfaces(qtbot, matcher):
    tracker = HitTracker(matcher, hold_seconds=0)
    events = tracker.feed(chars("这是最有效的"))
    (partial,) = [e for e in events if isinstance(e, TranscriptEvent)]
    assert [(h.surface, partial.text[h.start:h.end]) for h in partial.hits] == [("最有效的", "最有效的")]
    # a producer that did not scan (hits None): the utterance's popped surfaces are marked
    panel = MonitorPanel()
    qtbot.addWidget(panel)
    deliver(panel, [e for e in events if isinstance(e, HitEvent)])
    panel.add_transcript(TranscriptEvent("final", 0, "这是最有效的", None, None, time.time()))
    assert marked_lines(panel)[-1][1] == ["最有效的"]
