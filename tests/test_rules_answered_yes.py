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
