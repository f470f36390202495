"""A denial followed by a challenge to compare is the dodge — the claim stands.

What a user notices: 这个不是全网最低价，但是你去比下 (and its Cantonese 呢个唔系全网最平，但系你去比下) raise the popup
again — the anchor denies the words and invites the comparison back. A plain denial stays quiet:
不是最便宜的，但品质有保障; 不是最便宜的，但是做工我心里有数 (the 心里有数 is about the workmanship). Real bundled lexicon,
real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这个不是全网最低价，但是你去比下", "价格违规"),
    ("呢个唔系全网最平，但系你去比下", "绝对化用语"),
])
def test_the_dodge_keeps_the_claim(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "不是最便宜的，但品质有保障",
    "咱家这个大衣不是最便宜的，但是做工我心里有数",
    "这款面霜没说可以美白，就是补水保湿",
    "我不说第一，但是用着确实舒服",
])
def test_a_plain_denial_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
