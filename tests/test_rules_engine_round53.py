"""Round 53 (batch 22's false alarms, t22e): scope families in app.rules.scopes_stock/scopes_names/scopes_shoprecord/scopes_measures/scopes_evidence/scopes_advised_off/scopes_declines/scopes_prices/scopes_contact and one warning fix.

What a user notices: a host reading a rating off the packaging (说明书上写着最大承重一百五十公斤), the room's own price record
(我们直播间上新的最贵的一款), a crop that really comes back next season (卖完得等明年这个时候了), a count shown with no hurry
(页面上能看到还剩二十件，不着急慢慢挑), a 蓝帽子's approved function with 不能代替药物, a lucky word that is only the
style's name (招财猫是款式名), another platform merely said to sell it too (京东上也有人卖，我们不比价), a brand-set price
with no lower one (厂家定的统一价，没有更低的了), a superlative within the shop's two or three items, an effect denied and
advised against (想祛斑的别买), an effect asked and answered with its real cause (能长高吗？长高主要靠遗传和睡眠) and an
A-not-A question about an effect (有宝宝问会不会不伤胃) no longer raise popups. The claims stay: a rating with 全网, stock
pushed with 赶紧/手慢无, 去淘宝搜, a 全网最低价, 想美白的赶紧拍, 长高就靠这款奶粉, 肯定不上头. And 问靠不靠谱…这是部队里都在用的，
你说靠不靠谱 alarms again: the asked 靠不靠谱 is no warning against the claim. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a spec read off the packaging
    "说明书上写着最大承重一百五十公斤，别超了",
    "吊牌上标的是最高能洗四十度的水",
    # the room's own price record
    "我们直播间上新的最贵的一款是这个吊坠",
    "这是咱们店今年进的最贵的一批茶",
    # seasonal stock
    "这批新茶卖完就要等明年春天了",
    "荔枝就这个季节有，卖完得等明年这个时候了",
    # a count shown without pressure
    "页面上能看到库存还剩二十件，不着急慢慢挑",
    # a 蓝帽子's approved function
    "这个蓝帽子的保健功能是缓解体力疲劳，批准文号在这，不能代替药物",
    # a style name
    "招财猫是款式名，就是个摆件",
    # another platform merely mentioned
    "京东上也有人卖这个，我们不比价",
    # a brand-set price
    "这是厂家定的统一价，没有更低的了",
    # a superlative within the shop's few items
    "这个颜色最好看的是米白，我们一共就三个颜色",
    # an effect denied, then advised against
    "这款面霜没有祛斑功效，想祛斑的别买",
    "这款精华不美白，想美白的姐妹别拍错了",
    # an effect asked and answered with its real cause
    "喝这个能长高吗？长高主要靠遗传和睡眠",
    # an A-not-A question about an effect
    "有宝宝问喝了会不会不伤胃，空腹喝还是会难受",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这个帐篷全网最高能扛十二级风别家都不行", "绝对化用语"),
    ("包装上写的是最好的面料", "绝对化用语"),
    ("卖完就得等明年了赶紧抢", "虚假紧迫"),
    ("卖完这批要等明年春天的新茶手慢无", "虚假紧迫"),
    ("错过今天要等明年这个时候才有这个价", "虚假紧迫"),
    ("后台显示只剩三件了赶紧拍", "虚假紧迫"),
    ("这个保健品能增强免疫力", "医疗用语"),
    ("这个转运珠戴上能转运", "迷信"),
    ("淘宝上也有人卖，去淘宝搜我们店名更便宜", "导流私下交易"),
    ("这是品牌给的全网最低价，没有更低的了", "价格违规"),
    ("这款勺子最软的，全网就它", "绝对化用语"),
    ("想美白的姐妹赶紧拍", "化妆品宣称"),
    ("长高就靠这款奶粉", "医疗用语"),
    ("能长高吗？长高主要看营养，所以选我们这款", "医疗用语"),
    ("有人问会不会不上头，肯定不上头，放心喝", "功效夸大"),
    ("有人问靠不靠谱，我跟你说，这是部队里都在用的，你说靠不靠谱", "权威背书"),
])
def test_the_claims_still_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "这个牌子不靠谱，说是部队里都在用的，别信",
    "说部队里都在用的那种都是骗人的",
])
def test_a_real_warning_still_mutes(matcher, text):
    assert "权威背书" not in {h.category for h in _hits(matcher, text)}
