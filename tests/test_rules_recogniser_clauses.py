"""Recogniser text has no commas: the clause ends that typed scripts mark must not decide what live speech shows.

What a user notices: with the microphone on, Vosk writes 什么 风险 都 没有 稳赚不赔 — no comma after 没有 — and the
promise used to pass as a negation; 能美白天天用 lost its 美白 because the stutter fold turns 天天 into 天 and
白天 then read as a word across the term's edge. Both now raise the popup as their typed versions do, while real
denials (哪里都没有稳赚不赔的生意, 任何投资都没有稳赚不赔的) and words that truly straddle (面包过期) stay quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "surface"), [
    ("什么风险都没有稳赚不赔", "稳赚不赔"),
    ("什么 风险 都 没有 稳赚 不赔", "稳赚不赔"),
    ("一点风险也没有保本保息的", "保本"),
    ("放心投啥后顾之忧都没有稳赚不赔", "稳赚不赔"),
])
def test_none_at_all_then_the_promise_is_still_the_promise(matcher, text, surface):
    hits = _hits(matcher, text)
    assert any(h.category == "投资承诺" and h.surface.replace(" ", "").startswith(surface) for h in hits), hits


@pytest.mark.parametrize("text", [
    "哪里都没有稳赚不赔的生意，大家理性看待",
    "任何投资都没有稳赚不赔的",
    "我们没有稳赚不赔这一说",
])
def test_a_real_denial_of_the_promise_stays_quiet(matcher, text):
    assert [h for h in _hits(matcher, text) if h.category == "投资承诺"] == []


@pytest.mark.parametrize("text", [
    "这个精华能美白天天用都没问题",
    "能 美白 天天 擦 一个月",
    "姐妹们这款能美白天天涂",
])
def test_a_reduplicated_word_after_the_term_does_not_swallow_it(matcher, text):
    assert "化妆品宣称" in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这款面包过期了不要吃",  # 包过 inside 面包|过期: still no claim
    "我们有独特供应链所以便宜",  # 特供 inside 独特|供应链
])
def test_words_that_truly_straddle_still_drop_the_term(matcher, text):
    assert [h.surface for h in _hits(matcher, text) if h.surface in ("包过", "特供")] == []
