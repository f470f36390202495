"""A hit that ends on a reduplicated word is highlighted whole.

What a user notices: the popup, the transcript mark and the script check show 拼多多, 绿泡泡, 洗得干干净净, 消灭痘痘,
保家里人平平安安 — not 拼多, 绿泡, 干干净, 痘, 平平安 (the normaliser folds 多多 → 多 like a stutter, and the hit used to end at
the first copy). A doubled numeral or pronoun right after a hit is the next word's (全国唯一一台, 某鱼找我我给你发),
and so is the twin that begins a word (听得清清楚楚), so those hits keep their old end. Real bundled lexicon.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits

_PAD = "家人们欢迎来到直播间今天给大家带来的是这款保温杯。" * 12  # long enough for the matcher's numpy path


@pytest.mark.parametrize("pad", ["", _PAD], ids=["utterance", "long text"])
@pytest.mark.parametrize(("text", "surface"), [
    ("这个拼多多上也有", "拼多多"),
    ("有事加我绿泡泡", "绿泡泡"),
    ("这个凝珠什么污渍一颗下去全都洗得干干净净", "什么污渍一颗下去全都洗得干干净净"),
    ("挂在床头保家里人平平安安", "保家里人平平安安"),
])
def test_the_reduplicated_word_is_shown_whole(matcher, pad, text, surface):
    assert surface in [h.surface for h in _hits(matcher, pad + text) if h.start >= len(pad)]


@pytest.mark.parametrize(("text", "surface"), [
    ("全国唯一一台", "全国唯一"),
])
def test_a_doubled_numeral_belongs_to_the_next_word(matcher, text, surface):
    assert [h.surface for h in _hits(matcher, text)] == [surface]
