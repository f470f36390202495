"""An illness or effect named, then its outcome plainly disclaimed, is no claim.

What a user notices: an anchor answering 湿疹这个真不敢保证能好 or 痛风这个我们不敢说能调理 (refusing to promise a
cure) no longer raises the 医疗用语 popup; a disclaimer of degree only (不敢说百分百，但是九成能好), one followed by
但, by a refund (不敢保证的话退钱), a wink (你自己试了就知道) or testimony (反正我家孩子用了就好了) keeps the claim. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits

EFFECTS = {"医疗用语", "功效夸大", "化妆品宣称"}


@pytest.mark.parametrize("text", [
    "湿疹这个真不敢保证能好",
    "湿疹用了能不能好我不敢保证",
    "痛风这个我们不敢说能调理",
    "美白这个我不敢保证，因人而异",
])
def test_an_outcome_plainly_disclaimed_is_quiet(matcher, text):
    assert [h.surface for h in _hits(matcher, text) if h.category in EFFECTS] == []


@pytest.mark.parametrize("text", [
    "能根治湿疹，不敢说百分百，但是九成能好",
    "根治湿疹这个不敢保证，但是大部分都好转了",
    "祛痘效果不敢保证的话退钱",
    "降血压不敢说，你自己试了就知道",
    "治湿疹我不敢保证，反正我家孩子用了一周就好了",
    "湿疹的宝宝放心用",
])
def test_a_hedged_or_winked_disclaimer_keeps_the_claim(matcher, text):
    assert EFFECTS & {h.category for h in _hits(matcher, text)}
