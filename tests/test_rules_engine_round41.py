"""Round 41 (t19b): batch 18's misses in 虚假紧迫, 权威背书, 导流私下交易, 数据造假 and course pass rates as families.

What a user notices: a listing said to happen once (这个价就卖这一场, 今年只上这一回, 以后都不返场), aerospace, the army or
state projects named as customers (给神舟飞船供过货, 部队的配套厂, 给国家重点工程供货), viewers told not to buy here but to
come and pay in person or in cash (别在直播间下单，直接来, 养殖场当面交易, 基地现金结), a phone number begun on air and
finished privately (电话幺八六三三，后面几位私信发你), reviews admitted to be arranged (好评都是员工写的, 评论区那些都是托),
sales by weight or by the thousand in a short time (一上午就卖出去三千斤, 双十一那天卖了两万单), a share of users
reporting an outcome (用过这款的百分之九十都反馈皮肤亮了) and a course's pass rate (跟我学的同学九成都考过了, 我们的通过率
是百分之九十八, even after 不能说包过，但是…) now raise a popup — while ordinary patter that shares the words (今天只有这一场直播,
只卖这一次性的餐具, 这个卫星锅给电视配套的高频头, 来果园采摘，付款都在直播间链接里, 中奖的手机尾号后四位我发在公屏上,
这些都是我们的托盘, 今天的水果一斤卖了十五块, 回购率百分之九十，用过的都说好 as its own two claims, 今年考试的通过率是
百分之十五) stays quiet or keeps its older rows.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # a listing said to happen once
    ("这个价就卖这一场，下了播就恢复", "虚假紧迫", "URG-0099"),
    ("这款羽绒服今年只上这一回", "虚假紧迫", "URG-0099"),
    ("这个链接仅此一场", "虚假紧迫", "URG-0099"),
    ("以后都不返场了家人们", "虚假紧迫", "URG-0027"),
    ("这款以后再也不返场", "虚假紧迫", "URG-0027"),
    # aerospace, the army, state projects as customers
    ("我们家的轴承给神舟飞船供过货", "权威背书", "AUT-0102"),
    ("这家厂是部队的配套厂", "权威背书", "AUT-0102"),
    ("这款电缆给国家重点工程供货", "权威背书", "AUT-0102"),
    ("我们是航天项目的指定厂家", "权威背书", "AUT-0102"),
    # come and pay in person, in cash
    ("别在直播间下单，直接来我们养殖场拿", "导流私下交易", "DIV-0095"),
    ("要的多的别在这儿拍，直接来厂里", "导流私下交易", "DIV-0095"),
    ("批发的直接来养殖场当面交易", "导流私下交易", "DIV-0095"),
    ("来基地现金结，还能便宜", "导流私下交易", "DIV-0095"),
    ("付现金还能便宜二十", "导流私下交易", "DIV-0095"),
    # a phone number begun on air
    ("电话幺八六三三，后面几位私信发你", "导流私下交易", "DIV-0096"),
    ("前三位幺三八，剩下的私信问", "导流私下交易", "DIV-0096"),
    ("要货的打一五九二后几位我私发", "导流私下交易", "DIV-0096"),
    # reviews admitted to be arranged
    ("这些好评都是员工写的", "数据造假", "DAT-0083"),
    ("评论区那些都是托，我跟你们说实话", "数据造假", "DAT-0083"),
    ("买家秀都是我们安排的", "数据造假", "DAT-0083"),
    # sales by weight or by the thousand in a short time
    ("今天一上午就卖出去三千斤", "数据造假", "DAT-0084"),
    ("双十一那天卖了两万单", "数据造假", "DAT-0084"),
    ("光这一场就卖了八千件", "数据造假", "DAT-0084"),
    ("我们每天都能卖出两千斤", "数据造假", "DAT-0084"),
    # a share of users reporting an outcome
    ("用过这款的百分之九十都反馈皮肤亮了", "数据造假", "DAT-0085"),
    ("百分之九十五的用过的宝妈都说好", "数据造假", "DAT-0085"),
    ("用过的姐妹，百分之九十都说好用", "数据造假", "DAT-0085"),
    ("试过的姐妹里八成都说不卡粉", "数据造假", "DAT-0085"),
    ("百分之九十的宝妈都反馈宝宝睡得更久了", "数据造假", "DAT-0085"),
    # a course's pass rate
    ("跟我学的同学九成都考过了", "投资承诺", "EDU-0041"),
    ("报班的百分之九十五以上都过了", "投资承诺", "EDU-0041"),
    ("十个学员有九个过", "投资承诺", "EDU-0041"),
    ("我们的通过率是百分之九十八", "投资承诺", "EDU-0041"),
    ("咱家上岸率百分之九十", "投资承诺", "EDU-0041"),
    ("不能说包过，但是我们考生百分之九十都拿证了", "投资承诺", "EDU-0041"),
])
def test_batch18_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    "今天只有这一场直播，大家抓紧时间提问",
    "今天就这一场了，明天休息",
    "有人问会不会返场，我也不确定",
    "只卖这一次性的餐具",
    "这个指甲油只涂一次就很显色",
    "这个卫星锅给电视配套的高频头",
    "这个火箭模型配套的发射架",
    "给宝宝配套的小勺子",
    "我家孩子在部队当兵",
    "部队转业回来开的这个厂",
    "给航天迷准备的小礼物",
    "来果园采摘，付款都在直播间链接里",
    "欢迎大家来基地参观，交钱还是在直播间拍",
    "我们果园付现金的话不支持",
    "果园里的桃子今年特别甜",
    "别在这拍了，换个背景再拍",
    "中奖的手机尾号后四位我发在公屏上",
    "订单号后面几位我念一下",
    "我们是一三年开的店，后面几年一直在做",
    "这些都是我们的托盘，不卖的",
    "好评我们都会回复的",
    "好评都是顾客自己写的，我们从不干预",
    "评论区有问题的我们安排客服回复",
    "今天的水果一斤卖了十五块",
    "这个镯子今年卖两万块一只",
    "今天我们卖了一上午了，嗓子都哑了",
    "一个月用不了一公斤",
    "每天卖的不多，几十斤",
    "每天卖了多少我不清楚",
    "今天给大家带来的是三公斤装的大米",
    "百分之八十的人都说自己睡不好",
    "用过的宝宝可以在评论区说说感受",
    "学员百分之六十是宝妈",
    "今年考试的通过率是百分之十五，难度很大",
    "今年考公上岸率只有百分之二",
    "学员们过了年再开课",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


def test_rate_then_users_keeps_two_claims(matcher):
    ids = {h.entry_id for h in _hits(matcher, "回购率百分之九十，用过的都说好")}
    assert "DAT-0085" not in ids and len(ids) == 2, ids
