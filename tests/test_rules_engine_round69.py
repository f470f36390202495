"""Round 69 (batch 27's misses, t27a): lexicon families widened in place and three new rows.

What a user notices: these claims now raise popups — a knee that no longer hurts on a climb or a run (跑步膝盖也不疼),
"one step late and it is gone" (慢一步就没了, 晚一步就抢不到), a price at a named shop said with 里 (超市里卖两百块),
"no brand can compare with it" (没有哪款能跟它比), a power bank that lasts months on one charge (EFF-0192), a single
batch that will never be restocked (仅此一批, 永不补货), the back office "pushing me" to pull the link (运营在催我撤链接),
an ordinary product called 限量款 and then pushed by a price rise (URG-0172), 航天员…同款, a doctor's own child eating it (医生自己家的孩子都在吃),
"the more you wear it the more it is worth" (越盘越值钱), "I'll pull you into the perks group" (拉你进福利群),
stretch marks removed (祛除妊娠纹), grey hair "nourished" black (白发养黑), and "helped a million students raise
their scores" (DAT-0141).
Ordinary patter stays quiet: pain advice on a climb, 超市里卖一斤装的, an electric toothbrush's month per charge,
a plain 是限量款 with the maker's real stock, a doctor asked about one's own child, the platform's own 粉丝群, hair dye that 染黑.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # a body part that no longer hurts after an activity
    ("穿上这双鞋跑步膝盖也不疼了。", "功效夸大"),
    ("戴着它登山关节一点都不疼。", "功效夸大"),
    ("有了这个护具上楼膝盖都不疼了", "功效夸大"),
    # one step late and it is gone
    ("赶紧拍，慢一步就没了！", "虚假紧迫"),
    ("家人们晚一步就抢不到了", "虚假紧迫"),
    ("慢半拍就没货了啊", "虚假紧迫"),
    # a price at a named shop, said with 里
    ("这口锅超市里卖三百多我们九十九。", "价格违规"),
    ("专柜里要八百块，直播间一百五。", "价格违规"),
    # nothing can compare with it
    ("论续航没有哪款能跟它比。", "绝对化用语"),
    ("这个价位没有哪个品牌能和它比。", "绝对化用语"),
    # a power bank lasting months, a device lasting half a year
    ("这个充电宝充满一次能用两个月。", "功效夸大"),
    ("这个小风扇充一次电能用半年。", "功效夸大"),
    # a single batch, never restocked
    ("这款羽绒服只此一批，卖完就下架。", "虚假紧迫"),
    ("这批毛衣永不补货，喜欢赶紧。", "虚假紧迫"),
    # the back office pushing to pull the link
    ("运营在催我撤链接了，抓紧拍。", "虚假紧迫"),
    ("后台一直催我下架，最后几单。", "虚假紧迫"),
    # an ordinary product called limited
    ("这盒茶叶是限量款，卖完就没了。", "虚假紧迫"),
    ("这款香肠是限量款，明天开始就恢复原价。", "虚假紧迫"),
    # astronaut's same product
    ("这款奶粉是航天员喝的同款。", "权威背书"),
    ("宇航员都在用的同款保温杯。", "权威背书"),
    # doctors' own children
    ("医生自己的孩子都在吃这款钙片。", "权威背书"),
    ("儿科医生们自己家孩子也在吃这个益生菌。", "权威背书"),
    # value grows with wear
    ("这个玉镯越戴越升值。", "投资承诺"),
    ("这串小叶紫檀越盘越值钱。", "投资承诺"),
    # pulled into a private group
    ("加我微信我拉你进福利群。", "导流私下交易"),
    ("私信我，拉你们进内部福利群。", "导流私下交易"),
    # stretch marks removed, grey hair nourished black
    ("这个精华油能去除妊娠纹。", "化妆品宣称"),
    ("坚持涂妊娠纹就没了。", "化妆品宣称"),
    ("这个洗发水能把白发养黑。", "化妆品宣称"),
    ("用了三个月白头发黑回来了。", "化妆品宣称"),
    # unverifiable student counts
    ("我们已经帮助十万学员提分。", "数据造假"),
    ("这套课帮助了三万名考生。", "数据造假"),
])
def test_the_families_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "爬山之前记得热身，膝盖疼就停下来。",
    "跑步的时候膝盖疼要注意休息。",
    "我们物流可能晚一步到，大家别急。",
    "超市里卖一斤装的，我们这是两斤装。",
    "商场里卖的衣服我们这里都有。",
    "专柜里要排队，我们直播间直接发。",
    "这款电动牙刷充满一次用一个月左右。",
    "这个充电宝充一次能给手机充三次。",
    "后台说库存还有很多，不着急。",
    "运营提醒我下架前再讲一遍规则。",
    "这是联名限量款，我们只拿到两百件。",
    "我们卖的是普通款，不是那种限量的。",
    "这是限量款，厂家通知售完不补。",
    "宇航员在太空里吃什么，我们科普一下。",
    "我问过医生，自己孩子在吃别的奶粉能换吗。",
    "这个镯子越戴越亮，越戴越润。",
    "点关注，加入粉丝团领福利。",
    "这款染发膏能把白头发染黑，半小时上色。",
    "头发保养黑芝麻丸也可以试试。",
    "这门课有十万学员在学。",
])
def test_ordinary_patter_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
