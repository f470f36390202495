"""Round 56 (batch 23's misses of 投资承诺, 导流私下交易 and 数据造假, t23c): new rows for soft, indirect wordings.

What a user notices: a collectible said to "only go up" while kept (这块和田玉留着只会往上涨), a parking space or shop
sold with a monthly rent promised (商铺租出去一个月起码八千), a course or certificate that promises a doubled salary
(这个证考下来工资翻倍) and 包你拿到证 now raise an 投资承诺 popup; a 小号 hinted at on the homepage or in the profile
(简介里有个小号) and a private number or WeChat sent by DM (我私你个微信) raise 导流私下交易; unsourced purchaser and
add-to-cart counts (已经有十万宝妈买过, 刚开播就有五万人加购) and a whole neighbourhood said to use it (整个小区的宝妈都在用,
粤语 成条街啲街坊都用紧) raise 数据造假. Ordinary talk with the same words (体重只往上涨, 发好的面团放着只往上涨, 主页有小号的
尺码表, 客服私你一个快递单号, 加购了的宝宝扣个1, 整个夏天都在用) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 投资承诺: value that only rises while kept, rent promised, salary doubled after a course, certificate promised
    ("这块和田玉留着只会往上涨", "投资承诺"),
    ("这套邮票你收着它只往上走", "投资承诺"),
    ("这串蜜蜡买回家戴着只往上涨", "投资承诺"),
    ("这间商铺租出去一个月起码八千", "投资承诺"),
    ("这个公寓租出去每个月三千没问题", "投资承诺"),
    ("车位买下来租出去几年回本", "投资承诺"),
    ("这个证考下来工资翻倍", "投资承诺"),
    ("学完这个课月薪涨一倍", "投资承诺"),
    ("这个驾校包你拿到证", "投资承诺"),
    ("报我们的班保你拿证", "投资承诺"),
    # 导流私下交易: a 小号 on the homepage, a number or WeChat sent by DM
    ("简介里有个小号你们懂的", "导流私下交易"),
    ("主页挂了个小号，想要的找我", "导流私下交易"),
    ("加我主页那个小号", "导流私下交易"),
    ("想要的我私你个微信", "导流私下交易"),
    ("下播后私发你一个联系方式", "导流私下交易"),
    ("私信发你我的VX，加了再说", "导流私下交易"),
    ("扣个1助理私信发你一个号", "导流私下交易"),
    # 数据造假: unsourced purchaser and add-to-cart counts, a whole neighbourhood using it
    ("已经有十万宝妈买过", "数据造假"),
    ("三十万家人们都买过", "数据造假"),
    ("有十万个家庭买过", "数据造假"),
    ("刚开播就有五万人加购", "数据造假"),
    ("这个链接加购量破十万了", "数据造假"),
    ("一上午加购了三万多人", "数据造假"),
    ("整个小区的宝妈都在用", "数据造假"),
    ("成条街啲街坊都用紧", "数据造假"),
    ("全村的大姐都在用这个锅", "数据造假"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "最近体重只往上涨愁死了",
    "这个面团放着只往上涨就说明发好了",
    "这件衣服放着只会越来越旧",
    "这款留着明年穿也行",
    "我家房子租出去了所以在直播间住",
    "这个行李箱租出去一个月就坏了",
    "考过的学员可以来群里分享经验",
    "学完这个课记得写作业",
    "主页有小号的尺码表",
    "我们主页有个小号的杯子",
    "简介里那个小号的尺码偏小",
    "主页挂着小号和大号的对比图",
    "简介里写了小号适合九十斤以内",
    "客服会私你一个快递单号",
    "我私你一下发货时间",
    "已经有十万人看过这个视频",
    "加购了的宝宝扣个1",
    "加购两件打九折",
    "购物车里我加购了两万的东西还没付",
    "整个小区停电了",
    "两万的包顾客买过都说值",
    "三万的车主买过没",
    "客服会私你电话确认地址",
    "整个夏天我都在用这个风扇",
    "成个夏天我都用紧呢把风扇",
    "全村的希望就靠这个了",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
