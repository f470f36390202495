"""A wish said to the audience is no claim about the goods (app.rules.scopes_wishes).

What a user notices: the greeting at the end of a show — 祝大家逢考必过, 提前祝家人们新年快乐，招财进宝, 祝宝宝们身体
健康，百病不侵 — no longer raises 迷信/医疗用语/投资承诺 popups, also as the recogniser writes it (spaces, traditional
characters); the same words tied to the goods (买了这个手串祝你招财进宝, 祝大家戴上这个貔貅财运亨通, 祝你逢考必过，就靠这套
资料) still alarm. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    "祝大家逢考必过",
    "提前祝家人们新年快乐，招财进宝",
    "祝宝宝们身体健康，百病不侵",
    "祝 宝宝 们 身体 健康 百病 不侵",
    "祝大家生意兴隆财运亨通，我们下期见",
    "祝你们都能一夜暴富哈哈",
    "願大家都逢凶化吉，平平安安",
])
def test_a_greeting_to_the_viewers_is_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("买了这个手串祝你招财进宝", "迷信"),
    ("祝大家戴上这个貔貅财运亨通", "迷信"),
    ("祝你逢考必过，就靠这套资料", "迷信"),
    ("这个貔貅能招财，祝大家发财", "迷信"),
    ("庆祝店庆，这个貔貅招财进宝", "迷信"),
])
def test_the_same_words_tied_to_the_goods_still_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
