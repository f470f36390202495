"""HitTracker: partial results → hits a person can trust (real Matcher over a small test lexicon)."""

from __future__ import annotations

import pytest

from app.asr.recognizer import AsrResult, Word, result_from_words
from app.events import HitEvent, HitRetractedEvent, TranscriptEvent
from app.pipeline.hit_tracker import HitTracker
from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry


def entry(eid, term, category="绝对化用语", severity="medium", suggestion="换个说法"):
    return LexiconEntry(id=eid, term=term, category=category, severity=severity, suggestions=(suggestion,),
                        basis="《广告法》第九条第三项")


@pytest.fixture
def tracker():
    matcher = Matcher([
        entry("A1", "效果第一", suggestion="效果很好"),
        entry("A2", "最有效", suggestion="用户反馈有效"),
        entry("P1", "全网最低价", category="价格违规", severity="high"),
        entry("M1", "降血压", category="医疗用语", severity="high"),
    ])
    return HitTracker(matcher)


def chars(text, t0=0.0, step=0.2, kind="partial"):
    """A result whose every character is a word of ``step`` seconds (like a Chinese model's output)."""
    return result_from_words(kind, [Word(ch, t0 + i * step, t0 + (i + 1) * step) for i, ch in enumerate(text)])


def hits(events):
    return [e for e in events if isinstance(e, HitEvent)]


def test_term_fires_on_first_partial_that_contains_it_and_never_again(tracker):
    assert hits(tracker.feed(chars("这款面霜效果")))== []
    first = hits(tracker.feed(chars("这款面霜效果第一")))
    assert [h.hit.term for h in first] == ["效果第一"]
    assert first[0].is_final is False and first[0].utterance == 0
    # later partials and the final repeat it: nothing new
    assert hits(tracker.feed(chars("这款面霜效果第一真的")))== []
    final = tracker.feed(chars("这款面霜效果第一真的好", kind="final"))
    assert hits(final) == []
    assert not any(isinstance(e, HitRetractedEvent) for e in final)


def test_term_split_across_two_partial_updates_is_found(tracker):
    assert hits(tracker.feed(chars("今天全网最"))) == []
    got = hits(tracker.feed(chars("今天全网最低价")))
    assert [h.hit.surface for h in got] == ["全网最低价"]


def test_hit_carries_audio_span_from_word_times_and_emission_time(tracker):
    import time

    before = time.time()
    (event,) = hits(tracker.feed(chars("这款效果第一", t0=10.0)))
    # "效果第一" are characters 2..5 → audio 10.4 .. 11.2 s
    assert event.audio_start == pytest.approx(10.4)
    assert event.audio_end == pytest.approx(11.2)
    assert before <= event.emitted_at <= time.time()
    assert event.context == "这款效果第一"


def test_span_inside_a_multi_character_word_is_interpolated(tracker):
    words = [Word("这款", 0.0, 0.5), Word("面霜", 0.5, 1.0), Word("效果第一", 1.0, 2.0)]
    (event,) = hits(tracker.feed(result_from_words("partial", words)))
    assert (event.audio_start, event.audio_end) == (pytest.approx(1.0), pytest.approx(2.0))


def test_second_occurrence_in_the_same_utterance_fires_again(tracker):
    assert len(hits(tracker.feed(chars("效果第一")))) == 1
    assert len(hits(tracker.feed(chars("效果第一真的效果第一")))) == 1
    assert hits(tracker.feed(chars("效果第一真的效果第一", kind="final"))) == []


def test_each_utterance_is_counted_afresh_and_numbered(tracker):
    tracker.feed(chars("效果第一", kind="final"))
    events = tracker.feed(chars("还是效果第一"))
    (event,) = hits(events)
    assert event.utterance == 1
    transcript = [e for e in events if isinstance(e, TranscriptEvent)]
    assert transcript[0].utterance == 1 and transcript[0].kind == "partial"


def test_hit_comes_before_the_transcript_event(tracker):
    events = tracker.feed(chars("最有效"))
    assert isinstance(events[0], HitEvent) and isinstance(events[-1], TranscriptEvent)


def test_fired_term_missing_from_the_final_is_kept_and_retracted_after_the_final(tracker):
    (fired,) = hits(tracker.feed(chars("可以降血压")))  # the recogniser first heard 降血压 ...
    events = tracker.feed(chars("可以讲笑话", kind="final"))  # ... then revised it
    assert hits(events) == []
    assert isinstance(events[-2], TranscriptEvent) and events[-2].kind == "final"
    (retracted,) = [e for e in events if isinstance(e, HitRetractedEvent)]
    assert retracted.original is fired
    assert retracted.final_text == "可以讲笑话"
    assert retracted.to_json()["type"] == "retracted"
    # the next utterance starts clean
    assert [h.hit.term for h in hits(tracker.feed(chars("降血压")))] == ["降血压"]


def test_term_found_only_in_the_final_fires_as_final(tracker):
    tracker.feed(chars("全网最"))
    (event,) = hits(tracker.feed(chars("全网最低价", kind="final")))
    assert event.is_final is True


def test_term_cut_by_the_endpointer_across_two_utterances_fires_once(tracker):
    assert hits(tracker.feed(chars("今天全网最", kind="final"))) == []
    got = hits(tracker.feed(chars("低价", t0=2.0)))
    assert [h.hit.surface for h in got] == ["全网最低价"]
    assert got[0].context == "今天全网最低价"[-7:] or got[0].context.endswith("全网最低价")
    assert got[0].audio_start == pytest.approx(0.4) and got[0].audio_end == pytest.approx(2.4)
    # not again for the rest of that utterance, and no false retraction at its final
    assert hits(tracker.feed(chars("低价的", t0=2.0))) == []
    final = tracker.feed(chars("低价的", t0=2.0, kind="final"))
    assert hits(final) == [] and not any(isinstance(e, HitRetractedEvent) for e in final)
    # a term wholly inside the previous utterance is not fired again
    tracker.feed(chars("最有效", kind="final"))
    assert hits(tracker.feed(chars("好的", t0=5.0))) == []


def test_result_without_word_times_still_fires_without_audio_span(tracker):
    (event,) = hits(tracker.feed(AsrResult("partial", "效果第一")))
    assert event.audio_start is None and event.audio_end is None
    assert event.to_json()["audio_start"] is None
