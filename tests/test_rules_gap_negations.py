"""A gap never reads a "none at all" as the claim it denies.

What a user notices: 它就是个摆件，没有任何招财的作用 (an anchor saying the ornament has no luck-bringing power at
all) no longer raises the 迷信 popup, although `{风水物件}{X}招财` would span it; the same words said as a claim
(这个貔貅摆件招财, 貔貅放在收银台能招财) still do, and a bare 没 inside a gap is no denial (湿疹没几天就好了 claims a
cure within days). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    "它就是个摆件，没有任何招财的作用",
    "这个貔貅摆件没有什么招财的说法，就是好看",
    "葫芦就是装饰，没有任何化煞的功能哈",
])
def test_an_object_said_to_have_no_such_power_at_all_is_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text) if h.category == "迷信"] == []


@pytest.mark.parametrize("text", [
    "这个貔貅摆件招财，放在收银台",
    "貔貅放在收银台能招财",
    "这个葫芦挂在门口可以化煞",
])
def test_the_same_object_claimed_to_work_still_alarms(matcher, text):
    assert "迷信" in {h.category for h in _hits(matcher, text)}


def test_a_bare_mei_in_a_gap_is_no_denial(matcher):
    hits = _hits(matcher, "我家孩子的湿疹没几天就好了")
    assert "医疗用语" in {h.category for h in hits}


@pytest.mark.parametrize("text", [
    "黑头用完不敢保证全没，看个人肤质",
    "痘印这个真不敢保证能淡掉",
])
def test_a_guarantee_the_anchor_dare_not_give_is_quiet(matcher, text):
    """不敢 in a gap refuses the guarantee the form would read (黑头用完不敢保证全没 is no {肌肤问题}{X}保证)."""
    assert [h.surface for h in _hits(matcher, text) if h.category == "功效夸大"] == []


def test_the_same_guarantee_given_still_alarms(matcher):
    assert "功效夸大" in {h.category for h in _hits(matcher, "黑头用完保证全没")}
