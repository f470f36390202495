"""Round 73 (batch 28A's false alarms and lg-9588, t28e): four older scope families widened in place, no rows, no module.

What a user notices: a book whose topic is a belief, with a word before the noun (讲风水的民俗书, 关于风水的老读物, 讲风水
的来历) or with the goods denied to be a luck item (這本是講風水的書…不是賣轉運的東西); a size range said with letter sizes
and no verb (尺码最小S，最大到XXL, 最小码S最大码XXL); 最好 as "had better" before ordering a size up or down (宽脚的宝宝
最好拍大一码, 最好选小半码); and a lowest price asked and answered "I cannot compare" (有没有全网最低？全网的价我没法比)
no longer raise popups. The claims stay: a luck effect promised next to the book (摆上就能转运), 全网最大XXL, 最好拍的
一款, 别家跟我们没法比, 我们没法比，但是肯定全网最低, 谁都没法比. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a book's topic with a qualifier before the noun (round 42/60's family)
    "这本讲风水的老书，是民俗读物。",
    "我们还上了一本关于风水的建筑史读物。",
    "介绍风水的民俗小书，属于历史文化类。",
    "这是本民俗书，讲风水的来历，不是教人转运的。",
    "一本研究风水的古代建筑专着，学术向的。",
    # the goods denied to be a luck item in a book's sentence
    "这本书讲风水的历史，不是卖开运的东西。",
    "这是民俗类的历史书，并不是卖转运的东西。",
    "这本是历史文化类的书，不是教人招财的书。",
    # a size range with letter sizes (round 23/61/68/71's family)
    "码数最小XS，最大3XL。",
    "最小码S，最大码XXL。",
    "尺码最大XL，最小M。",
    "这件最小是S码，最大到2XL。",
    "卫衣尺码最小s 最大xxl",
    # 最好 "had better" before ordering a size (batch 12's modal family)
    "脚背高的最好拍大一码。",
    "胖一点的宝宝最好选大一号。",
    "偏瘦的姐妹最好拍小一码。",
    "这双鞋最好下单大半码。",
    "平时穿38的最好买大一码。",
    "脚宽的亲最好穿大一码的",
    "冬天最好穿厚一点。",
    # a lowest price asked, answered "I cannot compare" (round 42's lowest_denied / batch 12's answered-no family)
    "有没有全网最低？这个我不好说，全网的价我没法比。",
    "是不是最便宜的？外面的价格我们没法比，我只说我们直播间。",
    "全网最低吗？这个我也没法比。",
    "主播A：是全网最低吗？主播B：别的平台我们确实比不了。",
    "全网最便宜吗？说实话主播真没法比。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这本书讲风水，摆上就能转运。", "迷信"),
    ("戴上这个就能转运，不是卖书的。", "迷信"),
    ("全网最大XXL，别家都没有。", "绝对化用语"),
    ("这款是最好拍的一款，闭眼入。", "绝对化用语"),
    ("这双是最好穿的一双。", "绝对化用语"),
    ("我们家这款面霜效果最好，必须拍。", "绝对化用语"),
    ("别家跟我们没法比。", "绝对化用语"),
    ("我们家的品质，同行和我们没法比。", "绝对化用语"),
    ("这个价格我们没法比，但是肯定全网最低。", "价格违规"),
    ("这个质量，谁都没法比。", "绝对化用语"),
    ("全网最低价，别家没法比。", "价格违规"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
