"""Round 134 (batch 63A's misses): stock about to run out, a one-minute deadline with a price change after it, seconds
granted, not buying called a wasted visit, no restock after the rush, the last day of sale; a profession or a state body's
officials as the voice of the pitch; goods kept as savings; a sales count in tens of thousands; cash back for reviews
with the reviewer addressed; zero calories tied to eating freely; a bra said to raise the cup size; a prevention claim
followed by a self-care pitch (要爱惜自己, 要疼自己 are no habit advice).

What a user notices: 库存眼看就没了, 过了这一波就涨价, 只给三秒钟, 光看不买等于白看, 拍完不补, 最后一天卖, 营养师都说,
市场监管局的领导来过, 囤着就是存钱, 已经卖出三十万件, 晒图的宝宝返五块, 零卡的…放心吃, 直接大两个杯, 戴着预防关节炎，
要疼自己 now raise a popup; volume (一点五升两个杯子), a label (零糖零卡的，配料表), a minute of work (就这一分钟的事),
a piggy bank (存钱罐), a refusal (追评也不返现) and habit advice (预防颈椎病要多运动) stay quiet. Real bundled lexicon, real
matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # stock about to run out
    ("后台小姐姐说库存眼看就没了赶紧拍", "虚假紧迫"),
    ("这个腊肠库存马上就没了，要的扣一", "虚假紧迫"),
    ("家人们库存快没了啊", "虚假紧迫"),
    # a short deadline with a price change after it; seconds granted
    ("过了这一波就涨价了", "虚假紧迫"),
    ("就这三十秒，过了这三十秒马上就改价", "虚假紧迫"),
    ("只给大家这两分钟，过了这两分钟就恢复原价", "虚假紧迫"),
    ("链接只给五秒钟，拼手速", "虚假紧迫"),
    # not buying called a wasted visit; no restock after the rush; the last day
    ("光看不买等于白看", "虚假紧迫"),
    ("今天不拍就等于白来了", "虚假紧迫"),
    ("这个价拍完不补，要的抓紧", "虚假紧迫"),
    ("福利款抢光就不补了", "虚假紧迫"),
    ("这个锅今天是最后一天开卖", "虚假紧迫"),
    ("喜欢的赶紧，明天这个链接就撤", "虚假紧迫"),
    # a profession or a state body's officials as the voice of the pitch
    ("营养师都说孕妇每天要喝一杯这个", "权威背书"),
    ("营养专家都讲这个好", "权威背书"),
    ("营养师都让宝宝天天吃这个米粉", "权威背书"),
    ("市场监管局的领导来我们店视察过", "权威背书"),
    ("卫健委的领导都尝过我们的米", "权威背书"),
    # goods kept as savings
    ("这个普洱囤着就是存钱", "投资承诺"),
    ("黄金手镯买了就是存钱", "投资承诺"),
    ("老白茶放着就是存钱", "投资承诺"),
    # a sales count in tens of thousands
    ("这款电动牙刷已经卖出三十万件", "数据造假"),
    ("累计售出八万台了，质量放心", "数据造假"),
    ("这个洗发水已售二十万瓶", "数据造假"),
    # cash back for reviews, the reviewer addressed
    ("晒图的宝宝返五块", "数据造假"),
    ("追评的家人们返现，记得截图", "数据造假"),
    ("评价越长返得越多", "数据造假"),
    # zero calories tied to eating freely
    ("这个魔芋面零卡的，晚上饿了放心吃", "功效夸大"),
    ("蛋糕零热量，吃多少都不会胖", "功效夸大"),
    ("代糖饼干不胖的，零卡", "功效夸大"),
    # cup size raised
    ("这个聚拢内衣穿上直接大两个杯", "功效夸大"),
    ("这款文胸戴上一个月升一个杯", "功效夸大"),
    ("穿上它保准升两个杯", "功效夸大"),
    # a prevention claim followed by a self-care pitch
    ("这个护膝戴着预防关节炎，老人家要疼自己", "医疗用语"),
    ("这个枕头睡着预防颈椎病，女人要宠自己", "医疗用语"),
    ("这个内衣穿着预防乳腺增生的，姐妹们要爱惜自己", "医疗用语"),
])
def test_round134_claims_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # volume, not cups
    "容量一点五升两个杯子刚好倒满",
    "这个壶是2升两个杯子一套",
    "三升两个杯的套装",
    # a label read out, not eating freely
    "这款气泡水是零糖零卡的，配料表大家可以看一下",
    "零热量指的是每一百毫升能量不超过十七千焦",
    # a minute of work, a season
    "安装很简单就这一分钟的事",
    "这个步骤就这一分钟，大家跟着做",
    # a piggy bank, plain saving
    "这个招财猫存钱罐就是个摆件",
    "小朋友用这个存钱罐学存钱",
    # a refusal of cash back
    "我们不搞好评返现，追评也不返现",
    # habit advice next to prevention
    "预防乳腺增生要注意作息，少熬夜",
    "想预防颈椎病的要多运动",
    # a book's author, a profession named; a profession's habit advice quoted
    "营养师都说了要少吃油多运动",
    "营养师都讲要少熬夜",
    "医生都讲了，血压高要按时吃药",
    "这本书的作者是营养师，书里说别信速效",
])
def test_round134_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
