"""Round 32 (t16b): batch 15's lexicon misses in 虚假紧迫 价格违规 权威背书 投资承诺 导流私下交易 数据造假.

What a user notices: a popup now comes when the anchor threatens without a count (错过了只能等明年, 这个价格就此一刻,
老板说以后可不给这个价了, 工厂下个月要停产了, 五分钟之后直接下架), names a hospital's or an expert's staff as users of
the goods (三甲医院的护士都在穿这款, 医生都戴这种口罩), promises value (保值又升值, 每年都在升值, 放三年能卖两倍), sends
viewers to pay in the shop (来我们门店直接付款, 到仓库看货再交钱), quotes an unverifiable outside price (外面茶叶店都要卖
八百, 外面都卖三百多), or states unverifiable sales figures (每秒钟卖出三百单, 每五秒就有一个人下单, 后台已经有五万人
下单, 一上架就卖了两万单, 累计服务八十万家庭, 不喜欢的也给个五星) — while the same words in ordinary patter stay quiet:
a new model next year, a hospital's staff asleep or in white coats, an honest count of two hundred orders, a lamp that
blinks every three seconds, a talk about the shop's own link price, a visit to the shop to try things on. Real bundled
lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # threats without a count
    ("这个颜色错过了只能等明年。", "虚假紧迫", "URG-0014"),
    ("错过今天明年见了家人们。", "虚假紧迫", "URG-0014"),
    ("这个价格就此一刻。", "虚假紧迫", "URG-0021"),
    ("福利价只限此刻啊。", "虚假紧迫", "URG-0021"),
    ("老板说以后可不给这个价了。", "虚假紧迫", "URG-0015"),
    ("下次真的不给这个价。", "虚假紧迫", "URG-0015"),
    ("工厂下个月要停产了。", "虚假紧迫", "URG-0034"),
    ("厂里月底就停产。", "虚假紧迫", "URG-0034"),
    ("五分钟之后直接下架。", "虚假紧迫", "URG-0026"),
    ("十秒后这个链接就没了。", "虚假紧迫", "URG-0026"),
    # hospitals' and experts' staff as users
    ("三甲医院的护士都在穿这款鞋。", "权威背书", "AUT-0055"),
    ("医生都戴这种口罩。", "权威背书", "AUT-0055"),
    ("这个床垫华西医院的大夫都在睡。", "权威背书", "AUT-0055"),
    # value promised
    ("这套邮票保值又升值。", "投资承诺", "INV-0013"),
    ("这个金条每年都在升值。", "投资承诺", "INV-0013"),
    ("这批紫砂壶放三年能卖两倍。", "投资承诺", "INV-0012"),
    ("这瓶酒明年起码能卖三倍。", "投资承诺", "INV-0012"),
    # paying in the shop
    ("来我们门店直接付款就行。", "导流私下交易", "DIV-0050"),
    ("到仓库看货再交钱。", "导流私下交易", "DIV-0050"),
    ("到我们店里先交定金。", "导流私下交易", "DIV-0050"),
    # outside prices
    ("这个茶叶外面茶叶店都要卖八百。", "价格违规", "PRC-0063"),
    ("外面都卖三百多，我们一百九。", "价格违规", "PRC-0063"),
    ("这瓶酒烟酒行都要卖五百。", "价格违规", "PRC-0063"),
    # sales speed and running tallies
    ("每秒钟卖出三百单。", "数据造假", "DAT-0038"),
    ("这款每五秒就有一个人下单。", "数据造假", "DAT-0038"),
    ("每分钟都有三十人下单。", "数据造假", "DAT-0038"),
    ("后台已经有五万人下单了。", "数据造假", "DAT-0039"),
    ("一上架就卖了两万单。", "数据造假", "DAT-0039"),
    ("我们累计服务八十万家庭。", "数据造假", "DAT-0039"),
    # five stars regardless
    ("不喜欢的也给个五星。", "数据造假", "DAT-0023"),
    ("帮忙给主播点个五星。", "数据造假", "DAT-0023"),
])
def test_batch15_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    "错过了也没关系，明年还有新款。",
    "此刻直播间有三千人。",
    "后面的价格看页面。",
    "厂家说这款不会停产。",
    "五分钟后开始抽奖。",
    "这个点医生都在睡觉了。",
    "医院的护士都在穿白大褂。",
    "这款不保值，买来自己戴。",
    "孩子一年比一年高。",
    "明年我们卖两款新品。",
    "我们实体店也可以看货，下单还是在直播间拍。",
    "到我们门店可以试穿。",
    "外面在下雨。",
    "我们店里卖六百多的那款今天三百。",
    "今天已经两百单了，谢谢大家。",
    "刚上架就卖了二十单。",
    "满意的话帮忙点个五星。",
    "每三秒闪一次灯。",
    "已经走了两万步了。",
    "我们服务了二十年。",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
