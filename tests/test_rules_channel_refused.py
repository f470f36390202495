"""A channel off the platform named and refused outright is no diversion.

What a user notices: an anchor who says 线下交易不支持哈 or 私下转账我们一律不接受 (telling viewers the shop does not
trade off the platform) no longer raises the 导流 popup — no subject or topic word is needed between the channel and
the refusal. What such a sale lacks (线下交易不支持退换) is no refusal of the channel, and 不走平台 after a channel is
the diversion itself (当面交易，不走平台). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    "线下交易不支持哈宝宝们",
    "私下转账我们一律不接受",
    "加微信这边不提供，有问题找平台客服",
])
def test_a_channel_refused_outright_is_quiet(matcher, text):
    assert [h.surface for h in _hits(matcher, text) if h.category == "导流私下交易"] == []


@pytest.mark.parametrize("text", [
    "线下交易更便宜，来门店",
    "加我微信不用排队",
    "来门店当面交易，不走平台省手续费",
    "线下交易不支持退换，想清楚再来",
])
def test_the_channel_offered_still_alarms(matcher, text):
    assert "导流私下交易" in {h.category for h in _hits(matcher, text)}
