"""Round 57 (batch 23's false alarms, t23e): scope families in app.rules.scopes_measures/scopes_negated/scopes_prices/scopes_contact and fixes to older families.

What a user notices: a minimum order (最少拍两件才发货), a garment's size range (最小号是M，最大做到3XL), the everyday price
the page returns to when the offer ends (活动结束就恢复原价了), a lucky effect denied (摆件不招财也不辟邪), a phone call the host
received (老板刚给我打电话说…), a fruit that is really gone till next year (这批桃子是现摘的，卖完就等明年了), advice to take
jewellery off (睡觉最好摘掉), a ranking question answered 这个我说不了 and a word the host took back (随口说了个第一，收回)
no longer raise popups. The claims stay: 全网最低价, 最大的没有之一, 日常价九十九今天到手五十九, 摆件不仅招财, 有问题给我打电话,
卖完要等明年了赶紧抢, 这款面膜卖完要等明年了 (no crop), 这个我说不了但你去比比. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a minimum order
    "这个款最少拍两件才发货",
    "最低下单三盒，一盒不发",
    # a size range
    "这件最小号是M，最大做到3XL",
    "裤子最大到四十码，最小二十六码",
    # the everyday price the page returns to
    "活动结束就恢复原价九十九了",
    "今晚过了就回到日常价一百二",
    # a lucky effect denied inside the hit
    "这个貔貅就是个摆件，不招财",
    # a phone call the host received
    "老板刚给我打电话说可以再加一百单",
    "快递小哥昨天给我打了个电话",
    "老公刚给我打电话让我回家",
    # seasonal stock, the crop named
    "这批桃子是现摘的，卖完就要等明年了",
    # advice to take it off
    "睡觉最好摘掉，压着不舒服",
    "游泳的时候最好把手链取下来",
    # a ranking question answered no / a word taken back
    "主播A：是不是全网最低？主播B：这个我真说不了，只能说比昨天便宜",
    "我随口说了个第一，收回",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("全网最低价就在我们直播间", "价格违规"),
    ("这个是最大的，没有之一", "绝对化用语"),
    ("面料最细腻的就是这款", "绝对化用语"),
    ("日常价九十九，今天到手五十九", "价格违规"),
    ("这个摆件不仅招财还辟邪", "迷信"),
    ("这个摆件招财进宝", "迷信"),
    ("狗狗戴着不招脏东西", "迷信"),
    ("有问题给我打电话", "导流私下交易"),
    ("想要的朋友给我打电话", "导流私下交易"),
    ("大客户打这个电话13800012345", "导流私下交易"),
    ("卖完就要等明年了，赶紧抢", "虚假紧迫"),
    ("这款面膜卖完就要等明年了", "虚假紧迫"),
    ("是不是全网最便宜？主播B：这个我说不了，但你去比比", "价格违规"),
    ("这款是最好的", "绝对化用语"),
    ("是不是全网最低？主播B：我说不了假话，就是最低", "绝对化用语"),
])
def test_the_claims_still_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
