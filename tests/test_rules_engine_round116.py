"""Round 116 (batch 53B's misses; batches 53A/53B's false alarms of the rules alone, families F9, F10, F13, F15).

What a user notices: a comparison with every rival said through any scope and any quantifier (比外面所有的牌子都锋利, 比其他任何
枕头都软和, 比市场上全部的大米都香), a price lower than the whole web (比同价位都便宜二十), a price said to double in minutes, a
wash that keeps hair clean for days, hospital staff said to buy here, and a share of 个人 users now raise a popup; comparisons
with one's own past goods (比以前所有颜色都好看), a bound of one item's reading (最高不超过五十度), the shop's own flop (卖得最差),
a banned-word list read out and refused, a joke taken back, a store's name, the first grabber and a draw's places stay quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # every rival at once: a scope, a quantifier, anything, 都 + a quality
    ("这个剃须刀比外面所有的牌子都锋利", "绝对化用语"),
    ("这个枕头比其他任何枕头都软和", "绝对化用语"),
    ("这款米比市场上全部的大米都香", "绝对化用语"),
    ("这瓶洗面奶比其它所有洗面奶都温和", "绝对化用语"),
    ("这台吹风机比网上所有吹风机的风力都强", "绝对化用语"),
    # the whole web's lowest price
    ("这把伞比同价位都便宜二十", "价格违规"),
    ("这箱牛奶比全网都划算", "价格违规"),
    ("这双鞋比市面上都便宜一百", "价格违规"),
    # a price doubling in minutes
    ("五分钟后价格直接翻倍", "虚假紧迫"),
    ("再过两分钟这个价就翻倍了", "虚假紧迫"),
    ("等会儿下播价格马上翻倍", "虚假紧迫"),
    # a wash that lasts
    ("这个发膜洗一次三天都不油", "功效夸大"),
    ("这个洗发露洗一回头皮好几天都不油", "功效夸大"),
    ("用了这个头发两个星期都不油", "功效夸大"),
    # hospital staff buying here
    ("三甲医院的护士都来我家买", "权威背书"),
    ("隔壁医院的医生都跑来这里买", "权威背书"),
    ("好多教授都来我们店买", "权威背书"),
    # a share of people
    ("每十个宝妈里就有三个人在用这款奶瓶", "数据造假"),
    ("每五个上班族就有一个人用过我们家杯子", "数据造假"),
    ("每两个学生里就有一个人买", "数据造假"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # comparisons with one's own goods or past, not a quality
    "这个颜色比以前所有颜色都好看",
    "这款比我们家所有款都轻",
    "这一版比之前所有的版本都稳定",
    "我今天状态比任何时候都好",
    "比所有人都早到的是快递小哥",
    # a bound of one item's reading, the shop's own flop, a cup size range
    "这个暖手宝最高不超过五十度 不会烫手",
    "这款鱼缸加热棒最低不会低于二十度",
    "老板说店里卖得最慢的是那款薄荷糖",
    "这款内衣最小做到A杯 最大做到E杯",
    # a banned-word list read out and refused as a set
    "师傅发给我一张不让讲的字眼 最好 第一 特效 根治 我统统不说",
    "平台发的不能用的词 唯一 顶级 极品 我们一个都不用",
    "别的什么顶级的字眼我们不用",
    # a joke taken back, a store's name
    "这个锅是天下第一锅 开玩笑的 其实就是普通铁锅",
    "我妈以前在第一八佰伴上班",
    "小时候常去第一食品商店买糖",
    # the first grabber, a draw's places
    "刚才抢到第一名的那位姐妹记得私信客服",
    "福袋开出来了 第一名和第二名都是老粉",
    "抽奖系统出的第一名第二名我都截图了",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    # the claim made anyway after a list, a joke that is no joke, a ranking of the goods
    ("不能说的词有顶级 极品 我们都不用 但是这款就是顶级的", "绝对化用语"),
    ("这个锅是天下第一锅 不是开玩笑 就是这么好", "绝对化用语"),
    ("这款面膜是全网第一名 抢到就是赚到", "绝对化用语"),
    ("全网价格最低不会超过这个数", "价格违规"),
    ("我们这个暖风机最高不超过六十度，是同类里最安全的", "绝对化用语"),
])
def test_claims_kept(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
