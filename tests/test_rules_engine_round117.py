"""Round 117 (batch 54A's misses): claims said of ordinary goods with new words.

What a user notices: a disease spread by insects or food said to be prevented (驱蚊贴能预防疟疾), a disease said to come
less often, stains gone in seconds, a defect promised never to come (永不渗水), an effect lasting an unprovable time
(留香五十天, 四十八小时无菌), buy-now-or-lose-money, all stock gone after this wave, an association or an official visit
named as endorser, a steady or minimum return on wine and collectibles, the deal moved off the platform (线下交货), a
sunscreen or whitening effect claimed for ordinary goods, a red packet for a good review and an unsourced live count of
buyers now raise a popup; their plain look-alikes stay quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这款驱蚊贴贴在衣服上能预防疟疾", "医疗用语"),
    ("家里喷了这个，孩子再也不怕水痘了", "医疗用语"),
    ("这个消毒片泡过的奶瓶能预防诺如病毒", "医疗用语"),
    ("用这个洗了半年鼻炎都少了", "医疗用语"),
    ("喝了这个茶膀胱炎少多了", "医疗用语"),
    ("这支除锈剂五秒钟锈迹全没", "功效夸大"),
    ("马桶清洁啫喱十秒分解陈年水垢", "功效夸大"),
    ("这个保温壶永远不会漏水", "功效夸大"),
    ("这个鞋底一辈子都不开裂", "功效夸大"),
    ("这个香薰洗衣液留香五十天", "功效夸大"),
    ("这个除菌液擦一遍四十八小时无菌", "功效夸大"),
    ("这个蚊香液驱蚊二十四小时", "功效夸大"),
    ("现在不拍明天就亏", "虚假紧迫"),
    ("这一波不囤以后就亏大了", "虚假紧迫"),
    ("今晚过了全部断货，等补货要半年", "虚假紧迫"),
    ("下播之后羽绒服全部断货", "虚假紧迫"),
    ("这款钓竿是钓鱼协会都在用的", "权威背书"),
    ("这个茶叶是茶文化研究学会力荐的", "权威背书"),
    ("市里领导下来视察的时候都夸过我们的米", "权威背书"),
    ("这批普洱放着就是稳稳的回报", "投资承诺"),
    ("这批老茶年收益起码三成", "投资承诺"),
    ("这款生肖酒每年涨百分之二十", "投资承诺"),
    ("要整箱的联系我，我们线下交货", "导流私下交易"),
    ("量大的老板咱们线下结算", "导流私下交易"),
    ("这款素颜霜防晒效果特别好", "化妆品宣称"),
    ("这个身体乳还能防晒", "化妆品宣称"),
    ("这个香皂洗完胳膊都白了", "化妆品宣称"),
    ("这个沐浴露洗完后背都白了", "化妆品宣称"),
    ("五星好评之后联系客服领现金", "数据造假"),
    ("晒单的宝宝找客服可以领红包", "数据造假"),
    ("刚刚三千人同时在抢这款锅", "数据造假"),
    ("直播间两万人正在下单", "数据造假"),
])
def test_family_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "登革热是通过蚊子传播的，去南方旅行注意防蚊",
    "这款帐篷的防水指数是三千毫米，详情页有检测报告",
    "这个污渍要先泡十分钟再搓",
    "洗衣凝珠的香味能保持多久要看衣服的材质",
    "我们永不放弃每一位顾客的售后",
    "两个人同时下单的话按付款先后发货",
    "线下门店也有这款，价格和直播间一样",
    "冬天在外面冻得手都白了",
    "领导说下周要开会",
    "这款酒是喝的，不是投资品",
    "这款防晒霜有特殊化妆品注册证",
    "晒图的宝宝可以在评论区看到买家秀",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
