"""Round 35 (t17b): batch 16's misses in 虚假紧迫, 价格违规, 权威背书, 投资承诺, 导流私下交易 and 数据造假 as families.

What a user notices: dialect "hurry or it's gone" (再摆两句龙门阵就没得了, 执唔切就冇啦, 再唠一会儿就溜没了, 等下就无货,
再不抢就断货了), a price held for seconds or "only this wave" (只敢挂三十秒, 只有这一波, 就剩最后这一锅), prices compared
with a street market, a wedding company or a mall (菜市场都冇咁平, 比镇上家电城便宜五百, 比某东便宜一百多, 脚踝价),
endorsements by a clinic, a county bureau, leaders, generals or state media (乡镇卫生院都推荐, 县畜牧局推荐, 牙防组认证,
专供市里领导, 部队首长都在喝, 上过中央二台, 央视也夸过), income promised (保证不赔, 一个冬季就能挣回来, 包你一年赚十万,
闭着眼睛买都能赚, 每年分红至少百分之八), payment and sign-up off the platform (拉货现金结算, 直接来店里付现金, 钱当面给,
去我们公众号报名, 别在这儿拍), and unsourced shares, repeat rates, counts and ranking pushes (七成的养殖户都在用, 一百个人买了
九十个回头, 已经有五万个街坊买咗, 帮主播冲个榜, 给个五星再多发一包) now raise a popup — while ordinary patter that shares
the words (再煮一会儿就熟了, 钱当面点清, 别在这拍照, 去我们公众号看教程, 帮主播点个关注) stays quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # dialect urgency
    ("再摆两句龙门阵就没得了，快拍", "虚假紧迫", "URG-0053"),
    ("再唠一会儿就溜没了，快下单", "虚假紧迫", "URG-0053"),
    ("犹豫唔买，执唔切就冇啦", "虚假紧迫", "URG-0053"),
    ("等下就无货了哦快拍", "虚假紧迫", "URG-0053"),
    ("这款面膜再不抢就断货了", "虚假紧迫", "URG-0053"),
    # a price held for seconds, only this wave, the last pot
    ("这个价只有这一波，大家抓紧", "虚假紧迫", "URG-0054"),
    ("这个链接我只敢挂三十秒", "虚假紧迫", "URG-0054"),
    ("就剩最后这一锅了，要的赶紧", "虚假紧迫", "URG-0054"),
    # unverifiable comparison prices
    ("这个价菜市场都冇咁平", "价格违规", "PRC-0068"),
    ("比某东便宜一百多，闭眼入", "价格违规", "PRC-0068"),
    ("比镇上家电城便宜五百", "价格违规", "PRC-0038"),
    ("今天直接脚踝价", "价格违规", "PRC-0013"),
    # endorsers: media, leaders
    ("这款酒上过中央二台", "权威背书", "AUT-0056"),
    ("这个茶叶央视也夸过", "权威背书", "AUT-0056"),
    ("这款酒以前专供市里领导", "权威背书", "AUT-0057"),
    # income promised
    ("鱼苗我们包回收保证不赔", "投资承诺", "INV-0040"),
    ("这台烤鸭炉一个冬季就能挣回来", "投资承诺", "INV-0040"),
    ("买回去包你一年赚十万", "投资承诺", "INV-0040"),
    ("这批酒闭着眼睛买都能赚", "投资承诺", "INV-0040"),
    ("这个产品每年分红至少百分之八", "投资承诺", "INV-0040"),
    # off-platform payment and sign-up
    ("来我家院子拉货现金结算", "导流私下交易", "DIV-0051"),
    ("直接来我们店里付现金", "导流私下交易", "DIV-0051"),
    ("货到了钱当面给就行", "导流私下交易", "DIV-0051"),
    ("这个课去我们公众号报名", "导流私下交易", "DIV-0051"),
    ("别在这儿拍，去私信我", "导流私下交易", "DIV-0052"),
    ("别在这拍，去我小店里买", "导流私下交易", "DIV-0052"),
    # unsourced shares, repeat rates, counts, ranking pushes
    ("全市七成的养殖户都在用", "数据造假", "DAT-0040"),
    ("一百个人买了九十个回头", "数据造假", "DAT-0040"),
    ("已经有五万个街坊买咗", "数据造假", "DAT-0040"),
    ("拍完了帮主播冲个榜", "数据造假", "DAT-0040"),
    ("给个五星再多发一包", "数据造假", "DAT-0040"),
])
def test_batch16_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize(("text", "category"), [
    # new class members reach the existing rows
    ("乡镇卫生院都推荐这个泡脚包", "权威背书"),
    ("县畜牧局推荐用的兽药", "权威背书"),
    ("这款牙刷全国牙防组认证", "权威背书"),
    ("这个茶叶部队首长都在喝", "权威背书"),
    ("外面婚庆公司都要六千六，咱这儿两千", "价格违规"),
])
def test_new_class_members_reach_existing_rows(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "再加点水就没得味道了",
    "再煮一会儿就熟了",
    "这个只挂了十秒钟就取下来了",
    "外面下雨都要带伞",
    "比上次便宜了八百块钱的是另一个型号",
    "这个脚踝别扭到了",
    "上过中学的都知道这个道理",
    "首长你好",
    "钱当面点清",
    "别在这拍照，光线不好",
    "别在这拍了，换个背景",
    "现金结算不支持哦，只能直播间拍",
    "去我们公众号看教程",
    "八成的人都不知道这个技巧",
    "帮主播点个关注",
    "给个五星我们会很开心",
    "一个麦季要打三次药",
    "我家院子里种了葡萄",
    "街坊们都来了",
    "卫生院的医生说要多喝水",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
