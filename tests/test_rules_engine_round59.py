"""Round 59 (batch 24's misses of 虚假紧迫, 投资承诺, 导流私下交易 and 数据造假, t24b): new rows and variants.

What a user notices: a link said to go "in a moment" (这个链接待会儿就撤了), a last round (最后一轮了，拍完就没了), no
encore (不会返场了), once in a lifetime (这价格这辈子就这一回) and 仅此1次 written with a digit now raise 虚假紧迫; a
collectible kept that "goes up every year" (这饼普洱留着每年都涨, 年年都在升值) raises 投资承诺; paying by the code on
the host's business card (扫我名片付款, 名片上那个二维码) raises 导流私下交易; an order count just broken (今天刚破二十万单了),
a share of students whose scores rose (百分之九十的孩子都提分了) and stock cleared in minutes or by the warehouse
(两分钟卖空了, 清空了五个仓) raise 数据造假. Ordinary talk with the same words (比赛进行到最后一轮了, 洗衣机最后一轮漂洗,
最后一轮福利 with the price it returns to, 运费每年都涨价, 链接一会儿就发, 名片上有店铺名, 争取破十万单,
百分之八十的学员是上班族) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 虚假紧迫: the link goes in a moment, a last round, no encore, once in a lifetime, 仅此1次 with a digit
    ("这个链接待会儿就撤了，想要的抓紧", "虚假紧迫"),
    ("等会儿就撤链接了哈", "虚假紧迫"),
    ("宝宝们链接过一会儿就撤", "虚假紧迫"),
    ("这是最后一轮了，拍完就没了", "虚假紧迫"),
    ("库存只剩最后一轮", "虚假紧迫"),
    ("最后1波了，手慢的别怪我", "虚假紧迫"),
    ("这一轮就一次，不会返场了", "虚假紧迫"),
    ("这款以后没有返场了", "虚假紧迫"),
    ("这价格这辈子就这一回", "虚假紧迫"),
    ("仅此1回，大家把握", "虚假紧迫"),
    ("今晚只此1次，错过等明年", "虚假紧迫"),
    # 投资承诺: kept, it goes up every year
    ("这酒你存着，年年都涨", "投资承诺"),
    ("这饼普洱留着每年都涨", "投资承诺"),
    ("这金条放着年年涨", "投资承诺"),
    ("这套邮票年年都在升值", "投资承诺"),
    # 导流私下交易: the code on the host's business card
    ("拍不了的扫我名片付款", "导流私下交易"),
    ("扫一下我名片，加了再说", "导流私下交易"),
    ("我名片上那个二维码扫一下就能转账", "导流私下交易"),
    # 数据造假: an order count broken, a share of students whose scores rose, stock cleared in minutes
    ("今天刚破二十万单了", "数据造假"),
    ("这款洗衣液已经破五万单了", "数据造假"),
    ("订单破了三万，感谢大家", "数据造假"),
    ("百分之九十的孩子都提分了", "数据造假"),
    ("我们这个班98%的学员都提了二十分", "数据造假"),
    ("八成的学员上完课都提分", "数据造假"),
    ("两分钟卖空了", "数据造假"),
    ("三分钟就卖光了", "数据造假"),
    ("上架一小时清空了五个仓", "数据造假"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "比赛进行到最后一轮了",
    "最后一轮面试要带简历",
    "洗衣机最后一轮漂洗会自动加柔顺剂",
    "这批货经过了最后一轮检测才出厂",
    "这是今晚最后一轮福利，下播以后价格回到一百二十九",
    "最后1轮抽奖，大家扣1",
    "会不会返场我也不知道，问问运营",
    "运费每年都涨价，我们尽量包邮",
    "原材料年年涨价，我们这款一直没涨",
    "这款茶每年都涨价是因为产量少，大家按需买",
    "放假每年都涨价的是机票",
    "孩子的成绩一年比一年好",
    "链接一会儿就发在评论区",
    "等会儿就上链接，先看细节",
    "名片上有我们的店铺名",
    "名片夹有三个颜色",
    "我们争取今天破十万单",
    "这条裤子破了个洞可以退",
    "百分之八十的学员是上班族",
    "班上九成的孩子是初二的",
    "孩子提分要靠练习",
    "五分钟就能学会卷发",
    "卖空了就等下次",
    "人这辈子就这一回，对自己好点",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
