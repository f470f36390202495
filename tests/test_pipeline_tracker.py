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


# -- popups only for complete terms: a hit that could still grow into another is held a moment -------------

@pytest.fixture
def growing():
    return HitTracker(Matcher([
        entry("ZUI", "最", suggestion="很"),
        entry("LOW4", "全网最低", suggestion="价格实惠"),
        entry("PRICE", "全网最低价", category="价格违规", severity="high", suggestion="到手价"),
        LexiconEntry(id="FIRST", term="第一", category="绝对化用语", severity="medium", suggestions=("领先",),
                     basis="《广告法》第九条第三项", exemptions=("第一次",)),
        entry("AMB", "第一品牌代言人"),
        entry("M1", "降血压", category="医疗用语", severity="high"),
    ]))


def terms(events):
    return [h.hit.term for h in hits(events)]


def test_growing_partials_fire_one_popup_for_the_complete_term(growing):
    assert terms(growing.feed(chars("这是全网最"))) == []  # 最 could still be 全网最低价
    assert terms(growing.feed(chars("这是全网最低"))) == []  # and 全网最低 too
    (event,) = hits(growing.feed(chars("这是全网最低价")))
    assert event.hit.term == "全网最低价" and event.hit.suggestions == ("到手价",)
    assert (event.audio_start, event.audio_end) == (pytest.approx(0.4), pytest.approx(1.4))
    final = growing.feed(chars("这是全网最低价", kind="final"))
    assert hits(final) == [] and not any(isinstance(e, HitRetractedEvent) for e in final)
    assert growing.stats.held == 2 and growing.stats.dropped == 2  # two popups never shown


def test_term_at_the_end_that_nothing_longer_extends_fires_at_once(growing):
    assert terms(growing.feed(chars("可以降血压"))) == ["降血压"]
    assert terms(growing.feed(chars("这是全网最低价"))) == ["全网最低价"]
    assert growing.stats.held == 0


def test_held_term_fires_at_the_next_partial_when_speech_moves_on(growing):
    assert terms(growing.feed(chars("这是全网最低"))) == []
    events = growing.feed(chars("这是全网最低的"))
    assert terms(events) == ["全网最低"] and isinstance(events[0], HitEvent)
    assert hits(growing.feed(chars("这是全网最低的东西", kind="final"))) == []
    assert growing.stats.released_next == 1


def test_held_term_fires_on_the_final(growing):
    assert terms(growing.feed(chars("这是全网最低"))) == []
    events = growing.feed(chars("这是全网最低", kind="final"))
    (event,) = hits(events)
    assert event.hit.term == "全网最低" and event.is_final is False  # first seen in a partial
    assert events.index(event) < next(i for i, e in enumerate(events) if isinstance(e, TranscriptEvent))
    assert growing.stats.released_final == 1


def test_held_term_that_turns_into_an_exemption_never_pops_up(growing):
    assert terms(growing.feed(chars("它是第一"))) == []
    assert terms(growing.feed(chars("它是第一次"))) == []
    assert terms(growing.feed(chars("它是第一次来", kind="final"))) == []
    assert growing.stats.dropped == 1


def test_hold_is_bounded_by_hold_seconds_of_audio_while_the_text_keeps_growing(growing):
    assert terms(growing.feed(chars("第一"))) == []  # could be 第一品牌代言人
    assert terms(growing.feed(chars("第一品"))) == []  # extended, 0.2 s after the term: still waiting
    (event,) = hits(growing.feed(chars("第一品牌")))  # 0.4 s ≥ 0.3 s: the warning cannot wait longer
    assert event.hit.term == "第一"
    assert list(growing.stats.delay_audio_ms) == [pytest.approx(400.0)]


def test_held_term_is_released_after_hold_seconds_of_wall_clock_without_a_result(growing):
    import time

    assert growing.seconds_until_release() is None
    growing.feed(chars("这是全网最低"))
    wait = growing.seconds_until_release()
    assert 0.0 < wait <= 0.3
    assert growing.release_due() == []  # not due yet
    (event,) = growing.release_due(now=time.monotonic() + wait + 0.01)
    assert event.hit.term == "全网最低" and growing.seconds_until_release() is None
    assert hits(growing.feed(chars("这是全网最低的"))) == []  # fired once, not again
    assert growing.stats.released_timeout == 1


def test_flush_fires_what_is_held_when_the_stream_stops_mid_sentence(growing):
    growing.feed(chars("这是全网最"))
    assert terms(growing.flush()) == ["最"]
    assert growing.flush() == []


def test_hold_seconds_zero_fires_every_hit_on_first_sight():
    matcher = Matcher([entry("ZUI", "最"), entry("PRICE", "全网最低价")])
    tracker = HitTracker(matcher, hold_seconds=0)
    assert terms(tracker.feed(chars("这是全网最"))) == ["最"]


def test_rehearsal_through_the_live_pipeline_shows_only_complete_terms():
    """Real default lexicon, real pipeline threads: the script's two claims give two popups (before the
    hold: 最, 全网最低(价), 第一, 第一品牌 — four, two of them naming the wrong term)."""
    from app.audio.rehearsal import RehearsalSource
    from app.pipeline.live import LivePipeline
    from app.rules.matcher import default_matcher

    got = []
    pipeline = LivePipeline(RehearsalSource("这款精华是全网最低价。它是第一品牌。", cps=5), default_matcher(),
                            got.append, queue_size=1000).start()
    assert pipeline.wait(30)
    assert [e.hit.term for e in got if isinstance(e, HitEvent)] == ["全网最低价", "第一品牌"]
    assert not any(isinstance(e, HitRetractedEvent) for e in got)
