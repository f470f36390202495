"""A yes-or-no question answered yes is the claim (app.rules.scopes_asked).

What a user notices: when an anchor reads out a viewer's 能不能治失眠？ and answers 能啊，睡前喝一杯就好 (or 当然能, or the
second anchor's 能), the 医疗用语 popup fires — the claim is made in the answer; the same question left open, answered
no or dodged (不能哈 / 这个不好说 / 招不招财我不说) stays quiet, as before. Also as the recogniser writes it (spaces, no
question mark). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("家人们问能不能治失眠？能啊，睡前喝一杯就好", "医疗用语"),
    ("能不能治失眠？当然能", "医疗用语"),
    ("主播，能不能治失眠？主播B：能，睡前喝一杯", "医疗用语"),
    ("能 不能 治 失眠 能 啊 睡前 喝 一杯 就 好", "医疗用语"),
    ("招不招财？招财，放收银台就行", "迷信"),
])
def test_the_question_answered_yes_alarms(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "能不能治失眠？不能哈，这是食品",
    "有宝宝问能不能治失眠",
    "能不能治失眠？这个不好说",
    "能不能治失眠？这个大家有疑问的可以问客服",
    "有宝宝问这个泡脚桶能不能治脚气，不能哈，它就是泡脚用的",
    "招不招财我不说，好看是真的",
])
def test_the_question_left_open_or_answered_no_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


_PAD = "家人们欢迎来到直播间今天给大家带来的是这款保温杯。" * 12  # long enough for the matcher's numpy path


@pytest.mark.parametrize("pad", ["", _PAD], ids=["utterance", "long text"])
@pytest.mark.parametrize(("text", "surface"), [
    ("能不能降血糖？可以的，我妈喝了三个月", "降血糖"),
    ("能不能美白？能！用一个月就白", "美白"),
])
def test_an_exemption_spelt_by_the_question_does_not_hide_the_yes(matcher, pad, text, surface):
    # 不能降血糖 / 不能美白 are exemption contexts of their entries; inside 能不能… they are the question, not a denial.
    hits = [h for h in _hits(matcher, pad + text) if h.start >= len(pad)]
    assert surface in [h.surface for h in hits]


@pytest.mark.parametrize("pad", ["", _PAD], ids=["utterance", "long text"])
@pytest.mark.parametrize("text", ["能不能降血糖？不能哈", "这个茶不能降血压", "能不能美白？不能，它是保湿的"])
def test_the_denial_and_the_unanswered_question_stay_exempt(matcher, pad, text):
    assert [h.surface for h in _hits(matcher, pad + text) if h.start >= len(pad)] == []
