"""Round 9 (lexicon): the paraphrase families batch 8 found missing — lab results and visible signs as outcomes,
certain results and refunds in other words, threats in dialect and staged countdowns, state supply and state media,
wealth and study luck, resale and yearly rises, bypassing the platform at the shop, unsourced figures — and the
suggestion the anchor is shown for an old ailment, resistance, 磁疗 and 最低折扣.

What a user notices: an anchor who says 化验单上的箭头都没了, 打窝十分钟必上鱼, 再墨迹就没了, 专门给人民大会堂供应的,
摆在书桌上能旺文昌, 到店报直播间名字打八折 or 已经有五十万宝妈买了 gets a popup in the right category; the everyday
sentences next to them (体检报告记得带上身份证, 这首歌太上头了, 下午要进财务室, 满意的话帮忙给个五星好评) stay quiet.
The wordings are written for these tests, not taken from the corpus. Real bundled lexicon and word classes, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_categories as _categories


@pytest.mark.parametrize(("text", "category"), [
    ("论性价比那可是头一号", "绝对化用语"),
    ("别的牌子跟咱家这个压根比不了", "绝对化用语"),
    ("喝了俩月化验单上的指标都正常了", "医疗用语"),
    ("用了以后腿上青筋都消下去了", "医疗用语"),
    ("孩子喝了以后不再反复咳嗽", "医疗用语"),
    ("饮完胃痛即刻好返", "医疗用语"),
    ("这个膏药包治各种腰腿疼", "医疗用语"),
    ("用这个饵料必爆护", "功效夸大"),
    ("这个白酒怎么喝都不上头", "功效夸大"),
    ("孕期吃燕窝宝宝生下来皮肤白", "功效夸大"),
    ("在家做一次顶三次医美", "化妆品宣称"),
    ("五分钟一过直接下架", "虚假紧迫"),
    ("再墨迹就没了啊家人们", "虚假紧迫"),
    ("倒数三个数恢复原价", "虚假紧迫"),
    ("这是专门给人民大会堂供应的茶", "权威背书"),
    ("以前专门给市里领导喝的酒", "权威背书"),
    ("焦点访谈报道过我们厂", "权威背书"),
    ("这酒是部队特共的", "权威背书"),
    ("挂在店门口天天进财", "迷信"),
    ("摆在孩子书桌上能旺文昌", "迷信"),
    ("这个手串是大师诵过经的", "迷信"),
    ("这个包用两年转手还能回本", "投资承诺"),
    ("这个茶饼放着每年都涨", "投资承诺"),
    ("考不过不收费", "投资承诺"),
    ("到店报直播间名字打八折", "导流私下交易"),
    ("加我私人号发你", "导流私下交易"),
    ("激素脸用了也能好", "化妆品宣称"),
    ("雀斑用咗淡晒", "化妆品宣称"),
    ("已经有五十万宝妈买了", "数据造假"),
    ("十个人用了九个都说好", "数据造假"),
])
def test_a_new_wording_of_a_batch8_family_fires_in_its_category(matcher, text, category):
    assert category in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "体检报告记得带上身份证去拿",
    "这首歌太上头了，循环一晚上",
    "喝了这个酒会不会上头，看个人酒量",
    "下午要进财务室报销",
    "这本书讲的是文昌阁的建筑历史",
    "一号线头一号车厢人最少",
    "我跟他比不了，他是专业的",
    "给领导送礼的茶叶我们也有礼盒装",
    "昨晚看新闻联播说要降温",
    "后台显示三个人在排队问尺码",
    "满意的话帮忙给个五星好评，不满意联系客服",
    "我们整个VIP区都在这边",
    "房租年年涨价真受不了",
    "倒数第二个链接是锅",
    "直播间下单，到店核销就行",
])
def test_the_everyday_sentence_next_to_the_family_stays_quiet(matcher, text):
    assert matcher.scan(text) == []


@pytest.mark.parametrize(("text", "term", "suggestion"), [
    ("膝盖疼的老毛病也好了", "老毛病好了", "日常保养"),
    ("抵抗力蹭蹭往上涨", "增强免疫力", "营养均衡"),
    ("这次最低折扣是八折", "最低折扣", "直播间专属折扣"),
    ("磁疗护膝戴上就不疼了", "磁疗", "如实介绍材质"),
])
def test_the_anchor_is_shown_the_suggestion_of_what_was_said(matcher, text, term, suggestion):
    hits = matcher.scan(text)
    assert any(h.term == term and suggestion in h.suggestions for h in hits), hits
