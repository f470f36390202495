"""Round 20 (t12b): batch 11's lexicon misses in 数据造假 价格违规 权威背书 投资承诺 虚假紧迫 导流私下交易.

What a user notices: a popup now comes for state media, uniformed staff and local police/fire brigades named as
endorsers (CCTV上榜品牌, 宇航员都在用, 派出所推荐), for crowd-share statistics in either order (百分之九十五的家长都反馈
孩子爱吃, 九成九都说好), "N万 X 的共同选择", readers/students who "turned their lives round", sales counts
(卖了三万多盒), five stars paid with 补偿, exam guarantees said as 考不过算我的, payback said as 两年就能回本, prices
compared with any shop (琴行, 文具店, 眼镜店), Cantonese stock threats (仲有两件咋, 得返三件喇) and a mobile number said
after 电话/打电话/微信号 — while the same words in ordinary patter stay quiet: a shop's price (这款手机1399元), crowds
stating a problem (九成的宝妈都说孩子不爱吃青菜), a 飞行员夹克 style, a policeman on duty, a shop's own shipping
promise (运费算我的) and a number that is not a phone (微信1500人的群). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # state media as endorser
    ("这个牌子的酱油是CCTV上榜品牌", "权威背书"),
    ("这款挂面是央视网都推荐过的", "权威背书"),
    ("我们家蜂蜜是新闻联播合作品牌", "权威背书"),
    # uniformed staff and astronauts as users
    ("这款保暖内衣宇航员都在用", "权威背书"),
    ("这个手电筒特警专用的，亮度没得说", "权威背书"),
    ("这款防晒衣消防员都在穿", "权威背书"),
    # local police / fire organs as recommenders
    ("这款反光背心是派出所推荐的", "权威背书"),
    ("这个灭火毯消防支队都推荐", "权威背书"),
    # crowd-share statistics
    ("这个辅食百分之九十五的家长都反馈孩子爱吃", "数据造假"),
    ("八成的用户都说好用，大家放心拍", "数据造假"),
    ("这款面霜买过的姐妹九成九都说好", "数据造假"),
    ("这款护眼灯百分之九十的宝妈反馈管用", "数据造假"),
    # "N万 X 的共同选择", turned-round readers, sales counts
    ("这款座椅是五十万车主的共同选择", "数据造假"),
    ("这个牌子是一千万中国家庭的共同选择", "数据造假"),
    ("这套课已经有五万学员逆袭了", "数据造假"),
    ("这款驱蚊液已经卖了三万多盒了", "数据造假"),
    # five stars paid for
    ("收到货给个好评我私下补你五块", "数据造假"),
    ("先给个五星，回头我给你补偿", "数据造假"),
    # exam and payback guarantees
    ("报我们的班教资考不过算我的", "投资承诺"),
    ("跟着学，今年没考上我负责", "投资承诺"),
    ("这台娃娃机放商场门口两年就能回本", "投资承诺"),
    ("这个自助洗车机半年就能回本", "投资承诺"),
    # price against a physical shop
    ("这副镜框比眼镜店便宜一大半", "价格违规"),
    ("这把尤克里里比乐器行划算多了", "价格违规"),
    # stock threats, Mandarin and Cantonese
    ("再不拍就真的没有了", "虚假紧迫"),
    ("再不下单可就没了啊", "虚假紧迫"),
    ("呢款外套仲有两件咋", "虚假紧迫"),
    ("得返三件喇，快啲", "虚假紧迫"),
    # a mobile number said to move buyers off the platform
    ("要批发的电话是13812345678", "导流私下交易"),
    ("微信同号15900001111，直接找我", "导流私下交易"),
    ("打我电话186 1234 5678", "导流私下交易"),
])
def test_batch11_families_are_flagged(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    # prices and counts, not phone numbers
    "这款手机1399元，电话手表1599元",
    "这台电话手表只要1399，微信支付就行",
    "有问题打电话给官方客服，别私下联系",
    "这个号码1380是型号，不是电话",
    # crowds stating a problem, not a result
    "百分之八十的宝妈都说孩子挑食，所以我们做了这款辅食",
    "九成的宝妈都说孩子不爱吃青菜",
    "百分之九十的人都说自己睡不好，这款眼罩可以试试",
    # styles and people on duty, not endorsers
    "这件飞行员夹克推荐给男生",
    "这款海军风条纹衫推荐给大家",
    "交警提醒大家开车别看手机",
    "我老公是交警，平时上班特别辛苦",
    "航天员的故事这本书讲得很好",
    "交警大队门口那条路有点堵",
    "我们在央视看过一个节目讲这个非遗手艺",
    # one's own promises and plain counts
    "运费算我的，大家放心拍",
    "不过这单运费算我的",
    "考不上也别灰心，明年再来",
    "去年我们家这款卖了两百多单",
    "这个店开了一年还没回本",
    "满意的话给个五星好评，谢谢大家",
    "不满意可以退，不用给五星",
    "再不抢也没关系，后面还会补货",
    "仲有三个颜色未讲，慢慢睇",
    "文具店里也有卖，但我们是工厂直发",
    "这本书有十万读者看过，豆瓣评分八点五",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
