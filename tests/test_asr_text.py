"""Recogniser text normalisation: spaces between Chinese words removed, per-character audio times kept."""

from __future__ import annotations

import pytest

from app.asr.recognizer import AsrResult, Word, join_text, join_words, result_from_words


def test_spaces_between_chinese_words_are_removed():
    text, times = join_words([Word("这", 0.0, 0.2), Word("款", 0.2, 0.4), Word("面霜", 0.4, 1.0), Word("效果", 1.0, 1.4)])
    assert text == "这款面霜效果"
    assert len(times) == len(text)
    assert times[2] == pytest.approx((0.4, 0.7)) and times[3] == pytest.approx((0.7, 1.0))


def test_space_kept_between_latin_words_and_dropped_next_to_chinese():
    text, times = join_words([Word("这款", 0, 1), Word("iphone", 1, 2), Word("pro", 2, 3), Word("最", 3, 4)])
    assert text == "这款iphone pro最"
    assert times[text.index(" ")] is None


def test_plain_text_without_word_times_is_joined_the_same_way():
    assert join_text("全网 最 低价 iphone 15 pro 手慢 无") == "全网最低价iphone 15 pro手慢无"


def test_span_of_a_term_comes_from_its_characters():
    result = result_from_words("partial", [Word("效果", 1.0, 1.4), Word("第一", 1.4, 2.0)])
    assert result.text == "效果第一"
    assert result.span(2, 4) == (pytest.approx(1.4), pytest.approx(2.0))
    assert result.span(1, 3) == (pytest.approx(1.2), pytest.approx(1.7))
    assert AsrResult("partial", "效果第一").span(0, 2) == (None, None)


def test_fast_partial_merges_lattice_times_and_estimates_the_newest_characters():
    from app.asr.vosk_engine import _merge_partial

    timed = [{"word": "效果", "start": 1.0, "end": 1.4, "conf": 1.0}]
    result = _merge_partial("效果 第一", timed, utterance_start=0.5, fed=2.4)
    assert result.text == "效果第一"
    assert result.char_times[:2] == ((1.0, 1.2), (1.2, 1.4))  # from the lattice words
    assert result.span(2, 4) == (pytest.approx(1.4), pytest.approx(2.4))  # estimated up to the audio fed
    nothing_timed = _merge_partial("第一", [], utterance_start=3.0, fed=4.0)
    assert nothing_timed.span(0, 2) == (pytest.approx(3.0), pytest.approx(4.0))
