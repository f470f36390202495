"""Round 112 (batch 50): absolute claims and banned words talked about, read by family rather than by sentence.

What a user notices: a comparison with every rival at once now raises a popup when it names the rivals' goods between
(比全网其他洗衣机都干净, 比任何一家童装都软 — class 胜过形容 for the quality), and 没有之一 said in dialect (冇有之一, 木有之一);
a 理疗仪 named as the item, or its pads said to be of medical-grade material, no longer fires (理疗效果, 面膜是医用级的 do);
a banned-word list read out after a colon stays quiet to its last item, the chat told 别刷…了 without naming the chat,
and a viewer's word answered by the goods having no such function. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # every rival as a whole, their goods named between
    ("这口锅炖出来的汤比市面上其他砂锅都香", "绝对化用语"),
    ("这床被子比同类其他产品都保暖", "绝对化用语"),
    ("我们的拖把比任何一款拖把都好用", "绝对化用语"),
    ("这款吹风机比同行其他吹风机都静音", "绝对化用语"),
    ("这双袜子比全网别的袜子都耐穿", "绝对化用语"),
    # 没有之一 in dialect and web speech
    ("这款辣酱是我吃过最香的，冇有之一", "绝对化用语"),
    ("这个颜色绝绝子 木有之一", "绝对化用语"),
    ("我们家的茶油冇之一", "绝对化用语"),
    # what stays a claim beside the quiet readings
    ("这个理疗仪理疗效果特别好", "医疗用语"),
    ("这个面膜是医用级的", "医疗用语"),
    ("违禁词表：最、第一 但这款就是顶级的", "绝对化用语"),
    ("别刷全网最低了 它就是全网最低", "价格违规"),
    ("有人说这个茶能降血压 确实有这个功效", "医疗用语"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # concessions and everyday comparisons
    "我们价格比全网其他家都贵一点，但是用料足",
    "我比任何一个人都清楚这个行业",
    "这件比其他所有颜色都显黑吗",
    # the device's name and its parts
    "这个理疗仪支持七天无理由退换",
    "理疗仪的电极片是医用级的硅胶，用完贴回膜上",
    "理疗仪只是辅助的，不能代替去医院看病",
    # banned words talked about
    "敏感词表：万能、根治、特效、神效、百分百，都别说",
    "我再念一遍禁用词清单：顶级、首选、国家级、万能，我们一个不用",
    "别再刷全网最低了 我们不比价",
    "不要刷根治了 这就是个泡脚桶",
    "有人让我说它能根治失眠，没有这种效果的",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
