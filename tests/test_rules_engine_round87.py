"""Round 87 (false alarms of batch 35's family traps F1, F3, F4 and F5, plus batch 34's lg-12065 and lg-12082 — t35a,
engine only, no rows): older families widened in place (an enumeration marker, 顶级 heard for 顶层, 开关 heard as 开光,
包过 heard for 包裹, a medium's topic, a season's stock) and one new module ``app.rules.scopes_ordinals``, ``scopes_retracted`` (a hair tool's
负离子, the first buyer's gift, a lucky phrase quoted as a misprint).

What a user notices: a host who announces a list (讲两点啊第一…) or gives each point its own clause (第一它能拆洗第二它不起球)
gets no 第一; a device's 开光 that is the mains switch (总开光), breaks (开光坏了), is touch-type or turns things on and off
gets no 迷信; a floor called 顶级 (这栋楼的顶级那一层), a Cantonese 包过 that arrives tomorrow (个包过听日到), a book
titled with 风水 or a documentary that filmed 转运红绳 among other customs, a season's last batch with its restart stated
(明年七月再上), a hair dryer's 负离子 listed as a feature, the first buyer's gift (第一名拍到的送…) and a misprinted 招财进宝
raise nothing. The claims stay: a rank inside a list (第一它是纯铜的第二它是全国销量第一), a ranking against the second
(这款锅第一，它比第二那款强), a grade of a building (这栋楼的顶级装修), a charm's 开光, an exam's 包过, a book that
promises, a last batch pushed (赶紧抢, 今天不拍), 负离子 with a health claim, 销量第一名, a couplet that promises.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # an enumeration marker: a list announced, or each point a clause of its own (scopes_ordinals.enumeration_marker)
    "给大家讲两点啊第一这个锅不粘第二它很轻",
    "这个杯子我说三个好处，第一保温，第二轻，第三好洗",
    "好处有三个第一能机洗第二不掉色",
    "反正第一它是真丝的第二它不起皱",
    "第一点它能拆洗第二点它不起球",
    "那我总结一下，第一可以折叠，第二它有收纳袋",
    # 开关 heard as 开光 (scopes_misheard.switch_heard)
    "油汀后面有个总开光 先拨到开再调温度",
    "床头的开光有点松了 寄回来给你换",
    "开光坏掉了的话联系客服我们给你换个新的开光",
    "浴霸那个开光是防水的",
    "按压式的开光用久了不回弹就找售后",
    "这个开光一按就开再按就关",
    "这个排插的开光是独立的每个口一个",
    # 顶级 heard for 顶层 (scopes_misheard.top_floor)
    "仓库在这栋楼的顶级那一层，货都在上面",
    "我们办公室在这个写字楼的顶级就是最上面那层",
    "他家住这个公寓的顶级呃顶楼",
    # 包过 heard for 包裹, Cantonese (scopes_misheard.parcel_heard)
    "你个包过听日就到啦",
    "包过仲喺路上，唔使急",
    "两个包过后天送到，记得落楼攞",
    "你嘅包过今日派",
    "包过琴日已经寄咗",
    # a medium's topic: a title, the word among what it covered (scopes_topics.media_topic)
    "这本小说名叫风水先生，写的是民国的故事",
    "这期节目聊的是春节的习俗，拜年啊，求转运签啊也聊到了",
    "这个展讲的是老北京的民俗，开光的来历也展出来了",
    # a season's last batch with its restart stated (scopes_stock.stock_fact)
    "粽子端午过了厂家就停产了，明年四月再开工",
    "这是今年荔枝的最后一批了，明年六月才有",
    "冬笋下市了，明年冬天再上",
    "阳澄湖大闸蟹这一季的最后一批货到了，明年九月再上",
    # a hair tool's 负离子, the first buyer, a misprint (scopes_ordinals/scopes_retracted)
    "这个风筒带负离子功能，吹完不毛躁",
    "卷发棒是负离子的，有三档温度",
    "第一名下单的宝送一个杯子",
    "第一名付款的家人免单，后台按付款时间排",
    "福字下面写着招财进宝这几个字写错了一个，给大家补发",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("说三点第一我们是全网第一第二价格最低", "绝对化用语"),
    ("第一它是纯铜的第二它是全国销量第一", "绝对化用语"),
    ("这款锅第一，它比第二那款强", "绝对化用语"),
    ("这款锅第一，第二是那款", "绝对化用语"),
    ("这个貔貅开过光", "迷信"),
    ("这个开光坏了吗大师说要重新开光", "迷信"),
    ("这个灯开光以后保佑全家平安", "迷信"),
    ("这个吊坠开光了", "迷信"),
    ("这栋楼的顶级装修都是进口材料", "绝对化用语"),
    ("这套房子用的是顶级的建材十八层都是", "绝对化用语"),
    ("呢个课程包过听日报名", "投资承诺"),
    ("个个包过听日考试", "投资承诺"),
    ("这个会计课包过今天报名", "投资承诺"),
    ("这本书叫转运秘籍照着做保你发财", "迷信"),
    ("这部片子拍的是民俗下单送转运红绳都拍到了", "迷信"),
    ("最后一批了今天不拍就要等明年", "虚假紧迫"),
    ("这是今年最后一批了赶紧抢明年才有", "虚假紧迫"),
    ("厂家马上停产了明年都不做了", "虚假紧迫"),
    ("这是最后一批了今天活动价明年再上就不是这个价", "虚假紧迫"),
    ("这个吹风机的负离子能净化血液", "功效夸大"),
    ("这款负离子床垫睡上一个月失眠给你睡好了", "功效夸大"),
    ("我们是全网第一名下单就送", "绝对化用语"),
    ("第一名的品质", "绝对化用语"),
    ("春联上印的是招财进宝贴上就能旺财", "迷信"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
