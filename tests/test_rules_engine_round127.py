"""Round 127 (batch 59's misses): farm inputs promising yields, sweetness, green-up or a pest-free season; children's
learning outcomes in a set time or a guaranteed full mark; unsourced counts of families, people or ratios; orders
padded by the back office; charms that bless the weather or ward off evil; pressure by the end of the show, the price
passing, tonight's price rise, a once-in-a-lifetime price, a link taken down for good; the last few of any unit; a
cheaper-by-half comparison; a heritage master's certification; a dividend rate; buyers sent to the shop in town. The
day before a running order (今天最后两个链接) is read as the running order, like the bare 最后两个链接.

What a user notices: these claims, said with other crops, units, numbers and products, now raise a popup; the plain
farm advice, reading progress, family talk, show schedule and shop facts that look like them stay quiet. Real bundled
lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # farm inputs: yields, sweetness, green-up, a pest-free season, a refund on pests
    ("这个复合肥撒下去每亩多打二百斤稻子", "功效夸大"),
    ("用了这袋冲施肥亩产保证多打五百斤", "功效夸大"),
    ("这个甜瓜种子包甜包大，个个都是好果", "功效夸大"),
    ("小番茄苗用了这个生根粉十天返青", "功效夸大"),
    ("这款杀虫灯挂上一季都不生虫", "功效夸大"),
    ("喷完以后草不死我们全额退钱", "功效夸大"),
    # children's learning outcomes in a set time
    ("这套识字卡片两个月认识八百个字", "功效夸大"),
    ("宝宝跟着这个点读机二十天开口说英语", "功效夸大"),
    ("这套古诗动画一个月背会一百首", "功效夸大"),
    ("这套口算练习保证三年级考试满分", "投资承诺"),
    # unsourced counts and padded orders
    ("这个牌子的奶粉全国两百万家庭都在喝", "数据造假"),
    ("这款固体饮料已经有三十万人喝出效果了", "数据造假"),
    ("这种拖鞋十个有九个都买过", "数据造假"),
    ("场控再刷一波单，数据太难看了", "数据造假"),
    # charms
    ("这块石敢当放在门口镇邪气", "迷信"),
    ("这套开过光的农具保你五谷丰登", "迷信"),
    # urgency
    ("这批大米下了播就没了，赶紧下单", "虚假紧迫"),
    ("这个价格一过就没了啊家人们", "虚假紧迫"),
    ("今天过后就涨价，要的抓紧", "虚假紧迫"),
    ("这辈子再也没有这个价了", "虚假紧迫"),
    ("今晚结束就把链接永远下架", "虚假紧迫"),
    ("还剩最后五罐，要的赶紧", "虚假紧迫"),
    ("最后三盏抢完就没有了", "虚假紧迫"),
    ("今天最后八箱，拍完就收", "虚假紧迫"),
    ("这批腊肉最后六块了", "虚假紧迫"),
    ("今晚就最后四张券", "虚假紧迫"),
    ("就最后两套了，家人们", "虚假紧迫"),
    # price, authority, dividend, offline shop, a disease improved
    ("这双鞋比别家便宜一半", "价格违规"),
    ("这把紫砂壶是非遗传承人亲自监制的", "权威背书"),
    ("加盟我们养殖场每年分红百分之十五", "投资承诺"),
    ("要货多的直接来我们镇上门市拿货", "导流私下交易"),
    ("来青岛的直接到市场店里来拿，比直播间便宜", "导流私下交易"),
    ("每天跟读三周就能开口说日语", "功效夸大"),
    ("这款袜子十个人有七个都在穿", "数据造假"),
    ("比其他牌子足足便宜一半", "价格违规"),
    ("这个沙盘游戏能改善宝宝的多动症", "医疗用语"),
])
def test_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这个复合肥按亩用二十斤，撒匀了再浇水",
    "西瓜甜不甜要看品种和天气，我们不打包票",
    "春天麦苗返青的时候追一次肥",
    "孩子一个月认识了几个字，我们家长挺开心",
    "这套英语绘本适合三岁以上的孩子",
    "一年级的考试题目我们配了答案册",
    "我们家是三口之家，孩子在读一年级",
    "这款拖鞋我们一共上了两个颜色",
    "今天最后一个链接，讲完就下播",
    "这是今晚最后两个产品了，讲完下播",
    "就最后一个问题了，问完我们抽奖",
    "还剩最后三个环节，大家别走开",
    "学了两周日语口语还是不太会说",
    "十个人里有几个知道这个牌子呢",
    "这个价是直播间的活动价，页面上写着",
    "这条链接是上周的，已经下架了",
    "比我们老款的重量轻了一半",
    "这块石头是从河边捡的，纯装饰",
    "我们的门市在县城东街，营业执照在页面上",
    "分红的事我们不谈，今天只卖化肥",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
