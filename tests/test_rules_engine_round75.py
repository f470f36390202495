"""Round 75 (batch 29's misses, t29a): lexicon only — variants widened in place on 16 rows, one new row (淘口令).

What a user notices: a ranking said by nickname inside a product kind (保温杯里的一哥, 零食里的一姐), 王者级别, a selling
title (带货冠军, 卖货冠军), a promised school result (成绩保证提高), a pet's coat shining in a set time said coat-first
(毛色两周就亮了), the price going back after tonight (过了今天就恢复原价), supply to state premises or cadres
(专供人民大会堂, 干部专供, 首长特供), a state body's staff using it (疾控中心的工作人员都在用), receded gums growing back,
drop-proof counts (摔一百次都不碎), "only the first N people" (只有前五十个人), a multiple paid back if bought dearer
(买贵了五倍赔), a phone number after 订货/咨询, a shopping password for another platform (发你淘口令, 复制口令打开淘宝)
and "every stain" washed off (搞定所有油渍) now raise popups. Ordinary talk that shares the words stays quiet: one's own
family's 一哥 (家里的一哥), 王者荣耀, 成绩提高靠自己, 毛发三天洗一次, 过了今晚我们就下播, 摔了一次就坏了, 前三个人拍的是黑色,
买贵了可以退差价 (the platform's price guard), 订货量, a draw's 口令红包. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a ranking by nickname inside a kind (ABS-0142), 王者级别 (ABS-0171), a selling title (ABS-0064)
    ("这款在保温杯里的一哥，谁用谁知道", "绝对化用语"),
    ("吹风机里面的一哥就是它", "绝对化用语"),
    ("零食里的一姐，姐妹们冲", "绝对化用语"),
    ("这款面霜王者级别的保湿", "绝对化用语"),
    ("王者级的口感，一口就懂", "绝对化用语"),
    ("这款面膜是我们的带货冠军", "绝对化用语"),
    ("卖货冠军就是这双鞋", "绝对化用语"),
    # a promised school result (EDU-0011)
    ("这套网课听完成绩保证提高", "投资承诺"),
    ("报了这个班分数绝对保证提高", "投资承诺"),
    # a coat shining in a set time, coat first (EFF-0123)
    ("猫粮吃了毛色两周就亮了", "功效夸大"),
    ("喂了以后毛发三天就亮起来", "功效夸大"),
    # the price going back after tonight (URG-0041)
    ("过了今天就恢复原价了，抓紧", "虚假紧迫"),
    ("今晚过后马上恢复原价", "虚假紧迫"),
    ("过了这场直接恢复原价", "虚假紧迫"),
    # supply to state premises or cadres (AUT-0046, AUT-0057), a state body's staff (AUT-0043)
    ("这款酒专供人民大会堂", "权威背书"),
    ("这茶叶以前是干部专供的", "权威背书"),
    ("首长特供的小米", "权威背书"),
    ("疾控中心的工作人员都在用", "权威背书"),
    ("药监局的职工都在用这个牌子", "权威背书"),
    # receded gums growing back (MED-0111)
    ("牙龈萎缩用一个月就长回来", "医疗用语"),
    ("牙龈萎缩刷了半年都能长好", "医疗用语"),
    # drop-proof counts (EFF-0040), a washing claim on every stain (EFF-0146)
    ("这个保温壶摔一百次都不碎", "功效夸大"),
    ("行李箱摔十下也不坏", "功效夸大"),
    ("一颗搞定所有油渍", "功效夸大"),
    ("所有油污一喷就洗干净", "功效夸大"),
    # only the first N (URG-0009)
    ("只有前五十个人能拿到这个价", "虚假紧迫"),
    ("只有前十位宝宝有赠品", "虚假紧迫"),
    # a multiple paid back if bought dearer (PRC-0136)
    ("买贵了五倍赔给你", "价格违规"),
    ("哪里买贵了三倍赔", "价格违规"),
    # off-platform: a number after 订货/咨询 (DIV-0016), a shopping password (DIV-0129)
    ("订货１３９１２３４５６７８", "导流私下交易"),
    ("咨询13912345678", "导流私下交易"),
    ("私信我发你淘口令", "导流私下交易"),
    ("复制口令打开淘宝就能下单", "导流私下交易"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "我们家里的一哥周末回来",
    "这是锅里的一块肉",
    "王者荣耀打累了喝口茶",
    "王者归来",
    "我打到王者级别了",
    "王者级别的段位我打不上去",
    "孩子成绩提高靠自己努力",
    "成绩提高了吗",
    "毛发三天洗一次",
    "狗狗毛发一个月换一次",
    "过了今晚我们就下播了",
    "过了今晚我们恢复正常直播时间",
    "专供出口的款式",
    "老干部活动中心",
    "航天局发射的卫星",
    "工作人员都在用对讲机",
    "牙龈出血要去看牙医",
    "牙龈长了个包要去医院",
    "摔了一次就坏了",
    "手机摔一次没事吧",
    "前三个人拍的是黑色",
    "买贵了也别急，可以退差价",
    "订货量很大",
    "热线电话在详情页",
    "抽奖口令是我爱中国",
    "这个口令红包大家抢",
    "污渍多的话先泡一泡",
    "洗掉污渍要用冷水",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
