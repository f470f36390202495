"""Round 63 (batch 25's misses of 虚假紧迫, 价格违规, 权威背书, 投资承诺, 导流私下交易 and 数据造假, t25b): rows and variants.

What a user notices: stock said with 这 (就剩这五单), a last day with 错过 (最后一天了，错过就没这个价), 错过不再有, the price
going back as the host stops talking (我话音一落就恢复原价), "tomorrow it's gone" in Cantonese or Mandarin (听日就冇呢个价,
明天就没这个价了), 今年不会再开, 反正一会儿就没了, 再磨叽就没你的了, a spaced countdown to the link (倒数 五 秒 就 下 链接)
and the back office "only a few left" (后台说没几单了) raise 虚假紧迫; another platform's unverifiable price (别的平台卖三百多)
raises 价格违规; doctors giving it to their own children, 中医馆都在用, the army 部队里…都用, 医生都话好, the state
"supplied" or "stamped" it and 中央台推荐 raise 权威背书; a collectible going up N% a year (这盒纪念币一年涨15%), side income
from a course (工资之外多挣一份, 学完就能接单, 老师帮你派单), resale at the original price after years and a price that
"shoots up" while kept raise 投资承诺; 绿色软件 as a hint at WeChat, the digits in the profile to add, and 加vx + digits
raise 导流私下交易; the back office "broke N万", 十个买过的九个回头, Cantonese 卖咗上百万, every household on one brand,
"the whole country's kitchens", orders snatched in a second and "buy, don't refund, push our sales" raise 数据造假.
Ordinary talk with the same words (房租每年涨5%, 绿色软件免安装, 家家户户都吃饺子, 部队里的伙食, 医生建议给自家孩子少吃糖,
话音刚落弹幕就刷起来了, 倒数第二个链接 …) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 虚假紧迫
    ("就剩这五单了，抢到就是赚到", "虚假紧迫"),
    ("只剩这三单，没了就没了", "虚假紧迫"),
    ("今天活动最后一天了，错过就等下次", "虚假紧迫"),
    ("这个价错过就没有这个价了", "虚假紧迫"),
    ("福利价错过不再有", "虚假紧迫"),
    ("我话音一落就恢复原价", "虚假紧迫"),
    ("说完这句就回去了啊，抓紧", "虚假紧迫"),
    ("今晚唔拍，听日就冇呢个价", "虚假紧迫"),
    ("今天不下单明天就没这个价了", "虚假紧迫"),
    ("这波过了今年都不会再开了", "虚假紧迫"),
    ("我不喊倒计时，反正待会儿就没了", "虚假紧迫"),
    ("再磨蹭一会儿就没你的了", "虚假紧迫"),
    ("倒数 五 秒 就 下 链接", "虚假紧迫"),
    ("倒数三秒撤链接", "虚假紧迫"),
    ("我看了一下后台，真没几单了", "虚假紧迫"),
    # 价格违规
    ("这套课其他平台卖三百多，今天九十九", "价格违规"),
    ("别的平台都卖五百块，我这三百", "价格违规"),
    # 权威背书
    ("好多儿科医生也给自己孩子吃这个", "权威背书"),
    ("这款钙片医生们都给自家孩子吃", "权威背书"),
    ("这个膏药中医馆里都在用", "权威背书"),
    ("部队里当兵的都在用这种水壶", "权威背书"),
    ("呢支牙膏啲牙医都话好", "权威背书"),
    ("这茶是国家那边专门供的", "权威背书"),
    ("这个标是国家盖过章的", "权威背书"),
    ("中央台都推荐过这个牌子", "权威背书"),
    # 投资承诺
    ("这盒纪念币一年涨15%", "投资承诺"),
    ("这款老白茶每年都涨百分之十", "投资承诺"),
    ("下班学这个，工资之外多挣一份", "投资承诺"),
    ("这个剪辑课学完就能接单", "投资承诺"),
    ("结业以后老师帮你派单", "投资承诺"),
    ("这包背五年还能原价卖", "投资承诺"),
    ("这套字画搁家里几年，价码一路往上走", "投资承诺"),
    ("放著就是賺", "投资承诺"),
    # 导流私下交易
    ("绿色软件上找我，给你便宜", "导流私下交易"),
    ("那个绿色的软件等我哈", "导流私下交易"),
    ("主页那串数字加一下", "导流私下交易"),
    ("加vx668899拿货", "导流私下交易"),
    # 数据造假
    ("后台显示已经破十万了", "数据造假"),
    ("十个买过的八个都回头", "数据造假"),
    ("呢款我哋卖咗上百万支", "数据造假"),
    ("我们这边家家户户都用这个牌子", "数据造假"),
    ("全国的办公室都快被它占满了", "数据造假"),
    ("上架三秒就被抢走一千单", "数据造假"),
    ("拍了先别退，帮我冲一冲销量", "数据造假"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "今天是活动最后一天，明天开始正常上班",
    "最后一天上课了，大家错过的可以看回放",
    "房租每年涨5%，所以我们也得调价",
    "茶叶成本每年涨5%",
    "这个绿色软件免安装，解压就能用",
    "家家户户都吃饺子，这个饺子皮好擀",
    "部队里的伙食挺好的",
    "我爸以前在部队里当兵",
    "医生建议给自家孩子少吃糖",
    "儿科医生也会给自己孩子量体温",
    "别的平台卖多少我不清楚，我们页面写的多少就是多少",
    "拍了先别退，有问题找客服换",
    "后台说今天发货",
    "倒数第二个链接是这款外套",
    "主页简介里有店铺的营业时间",
    "明天还有这个价吗？有的",
    "冰块一会儿就没了，得快点喝",
    "话音刚落，弹幕就刷起来了",
    "说完这句我们就去看下一款",
    "中央台播过这个纪录片，讲的是茶的历史",
    "外卖平台给你派单",
    "戴十年表带会磨损，可以换",
    "再磨叽一会儿菜都凉了",
    "后台显示订单已经发出",
    "全国的门店都有这个样品",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
