"""Round 108 (t44c): batches 44/45's misses, caught by family rather than by sentence.

What a user notices: a superlative ranked against the whole market now raises a popup even when a size word follows
(全网最大的尺寸, 全国最小的型号 — the spec exemption 最大的尺寸 no longer hides an outside scope before it); WeChat said as
a homophone or abbreviation (加我维新, 威信号, wx搜…); beating everyone (比国际大牌的…还, 比市面上任何一款都, 比外面卖的
好N倍, 秒杀那些大牌, 哪个牌子都比不过, 翻不出第二家), nicknames (码头一哥, 一等一, 头一名, 只有俺家有, 独一分), endorsers
(赛马会, 邮政, 施工队, 维修部, 航天一院, 渔业局 + 指定/专用/推荐), cure and effect outcomes, urgency (过了今晚就再也没有,
这个价就回不来了, 只有前N个), invented price names (船头价), luck, goods as savings, cash and pick-up off the platform,
祛邹, and invented data (N万多条五星好评, 每卖出N根就有N根, 复购率全网第一, 人手一个, 一天卖出N箱) — while ordinary
patter sharing the words stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # an outside scope before a spec word
    ("这床凉席是全网最大的尺寸", "绝对化用语"),
    ("这款充电宝全国最大的容量", "绝对化用语"),
    # WeChat homophones and abbreviations
    ("要尾货的加我维新", "导流私下交易"),
    ("老粉都知道 wx搜小林果园", "导流私下交易"),
    ("售后直接威信找我", "导流私下交易"),
    # beating everyone
    ("这床被子比国外大牌的还要轻", "绝对化用语"),
    ("这个拖把比市面上任何一款都好用", "绝对化用语"),
    ("这个鱼饵比外面买的好十倍", "绝对化用语"),
    ("这件冲锋衣秒杀那些国际大牌", "绝对化用语"),
    ("说实话哪个牌子都比不过这款", "绝对化用语"),
    ("整条街你都翻不出第二家这么新鲜的", "绝对化用语"),
    # nicknames
    ("这个榴莲啊 水果摊一哥就是它了", "绝对化用语"),
    ("这把锄头是农具里的一等一", "绝对化用语"),
    ("这个花色只有咱家有", "绝对化用语"),
    # endorsers
    ("这款手电是渔业局推荐的", "权威背书"),
    ("这副手套是施工队指定用的", "权威背书"),
    ("这个保温杯中国邮政快递员专用", "权威背书"),
    # outcomes
    ("失眠的用上它一个礼拜就去根儿", "医疗用语"),
    ("膝盖疼的贴上几天就不疼", "医疗用语"),
    ("晕车的闻一下一点都不晕车", "功效夸大"),
    ("这个汤喝了浑身是劲", "功效夸大"),
    ("这个茶吃多少都不会肥", "功效夸大"),
    ("小朋友一吃就聪明", "功效夸大"),
    # urgency, price names, luck, savings, off-platform
    ("过了今晚就再也没有这个价了", "虚假紧迫"),
    ("倒数五秒 这个价就回不来了", "虚假紧迫"),
    ("只有前二十个能拿到", "虚假紧迫"),
    ("今天就是船头价", "价格违规"),
    ("这串手链戴着带财运", "迷信"),
    ("买回去当存钱 比放银行利息还高", "投资承诺"),
    ("囤着明年卖出去就回本还有赚", "投资承诺"),
    ("来仓库提货现金交易", "导流私下交易"),
    ("这个眼霜能祛邹", "化妆品宣称"),
    # invented data
    ("三万多条五星好评摆在那", "数据造假"),
    ("全国每卖出十件就有四件是我们的", "数据造假"),
    ("这款枕头复购率全网第一", "数据造假"),
    ("办公室里人手一个", "数据造假"),
    ("一天卖出八千单", "数据造假"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "这个被芯最大的尺寸是两米三",
    "我们家回购率最高的是这款小米",
    "打电话给我妈说一声",
    "我喝了汤浑身是劲去上班了",
    "每天发货两点截单",
    "过了今晚我们就下播了",
    "施工队今天来装修",
    "邮政快递也能发",
    "咱家老款比新款强多了",
    "后台的兄弟帮我看下库存",
    "头一晚有点认床 睡不踏实正常",
    "这个颜色是一等奖的礼物",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
