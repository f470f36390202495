"""Round 29 (t15b): batch 14's lexicon misses in 虚假紧迫 价格违规 权威背书 投资承诺 导流私下交易 数据造假.

What a user notices: a popup now comes when the anchor threatens without a number (这个价就再也没有了, 倒数完就下架,
马上就要截单了, 拍完就下架, 今晚一过酒店就收回去了, 卖完矿区就封了), invents other buyers (明天还有两拨人要来看, 明天就有
人来提车了), points at the last units with pressure or nationwide (就剩这五件了赶紧拍, 全国就剩这三百箱了) or says the
stock will be gone by the time you decide (等你考虑好早就没货了); when a price claim says each unit loses money (一瓶要
亏五块, Cantonese 蚀本价), quotes an outside price (眼镜店配要一千多, 比售票窗口便宜三十, 比车行便宜一万多) or a private
price below the link (比直播间便宜二十); when a national team, a financial regulator or a senior-citizens' body is
named as backer (国家射击队都在用, 证监会力推, 老年协会推荐); when income or resale value is promised (只赚不亏, 存十年
起码能卖五千, 放两年至少涨20%, 年化能做到20%, 一天轻松挣个三四百, 一个月多赚个两千, 不愁没活干); when viewers are
sent off the platform (加我嘅微信, 绿色APP上搜我, a phone number said before 打这个电话, 到店里交定金); and when data
are faked (卖出去两个亿, 卖了五十万饼, 百分之九十的老人戴了都说看得清, 两百万只毛孩子都在吃, 小号把晒图安排上, 全小区
的宝妈都在用, 二十个车主里十八个都回购, 拍下就申请退款) — while the same words in ordinary patter stay quiet: a stock
count said plainly, the last links of the show, a countdown to a lucky draw, a shipping cut-off, a child who eats
every piece, a hospital prescription, a price difference between two links, a visit to a senior college, a
question about picking up a car, a tea that tastes better with age, a complaint about not hearing well, an honest
count of two hundred orders. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category", "entry_id"), [
    # threats without a number
    ("五分钟以后这个价就再也没有了。", "虚假紧迫", "URG-0015"),
    ("过了今天这个价格就再也没了。", "虚假紧迫", "URG-0015"),
    ("倒数完这个链接就下架啊。", "虚假紧迫", "URG-0039"),
    ("家人们马上就要截单了。", "虚假紧迫", "URG-0017"),
    ("这批拍完就下架，不返场。", "虚假紧迫", "URG-0013"),
    ("这个团购价今晚一过酒店就收回去了。", "虚假紧迫", "URG-0041"),
    ("这批翡翠卖完矿区就封了。", "虚假紧迫", "URG-0034"),
    ("听说矿上已经不开了。", "虚假紧迫", "URG-0034"),
    # invented other buyers
    ("你不定的话明天还有两拨人要来看。", "虚假紧迫", "URG-0050"),
    ("这套房好几拨人都等着呢。", "虚假紧迫", "URG-0050"),
    ("这台车明天就有人来提车了。", "虚假紧迫", "URG-0050"),
    # the last units with pressure or nationwide; gone by the time you decide
    ("全国就剩这三百箱了。", "虚假紧迫", "URG-0051"),
    ("就剩这五件了，赶紧拍。", "虚假紧迫", "URG-0051"),
    ("等你考虑好早就没货了。", "虚假紧迫", "URG-0052"),
    ("等你下班回来就一件都不剩了。", "虚假紧迫", "URG-0052"),
    # loss per unit, outside and private prices
    ("这款一瓶要亏五块。", "价格违规", "PRC-0009"),
    ("呢个系蚀本价啦。", "价格违规", "PRC-0009"),
    ("眼镜店配要一千多，我们这里三百。", "价格违规", "PRC-0027"),
    ("药店买一盒要八十块。", "价格违规", "PRC-0027"),
    ("比售票窗口便宜三十块。", "价格违规", "PRC-0038"),
    ("这台比车行便宜一万多。", "价格违规", "PRC-0038"),
    ("私聊我，比直播间便宜二十。", "价格违规", "PRC-0067"),
    ("我给你单独算，比小黄车便宜。", "价格违规", "PRC-0067"),
    # backers
    ("国家射击队都在用这个耳罩。", "权威背书", "AUT-0029"),
    ("省队专用的球拍。", "权威背书", "AUT-0029"),
    ("这是证监会力推的基金。", "权威背书", "AUT-0043"),
    ("这款拐杖是老年协会推荐的。", "权威背书", "AUT-0054"),
    ("居委会指定的灭火器。", "权威背书", "AUT-0054"),
    # income and resale value
    ("这套邮票只赚不亏。", "投资承诺", "INV-0001"),
    ("这酒存十年起码能卖五千。", "投资承诺", "INV-0039"),
    ("这块表放两年至少涨20%。", "投资承诺", "INV-0039"),
    ("跟着我学年化能做到20%。", "投资承诺", "INV-0005"),
    ("学会了一天轻松挣个三四百。", "投资承诺", "INV-0008"),
    ("用这套方法一个月多赚个两千。", "投资承诺", "INV-0009"),
    ("学完这门手艺不愁没活干。", "投资承诺", "EDU-0005"),
    # off the platform
    ("想要的加我嘅微信。", "导流私下交易", "DIV-0001"),
    ("加我个微，详细聊。", "导流私下交易", "DIV-0001"),
    ("绿色APP上搜我。", "导流私下交易", "DIV-0039"),
    ("一三八一二三四五六七八打这个电话就行。", "导流私下交易", "DIV-0016"),
    ("13912345678是我电话。", "导流私下交易", "DIV-0016"),
    ("想要的到店里交定金就行。", "导流私下交易", "DIV-0050"),
    ("直接来档口付款，不用拍。", "导流私下交易", "DIV-0050"),
    # faked data
    ("这款纸巾卖出去两个亿了。", "数据造假", "DAT-0028"),
    ("这茶卖了五十万饼。", "数据造假", "DAT-0028"),
    ("百分之九十的老人戴了都说看得清。", "数据造假", "DAT-0033"),
    ("两百万只毛孩子都在吃这款粮。", "数据造假", "DAT-0032"),
    ("让小号把晒图先安排上。", "数据造假", "DAT-0036"),
    ("助理把五星好评安排上。", "数据造假", "DAT-0036"),
    ("我们全小区的宝妈都在用。", "数据造假", "DAT-0037"),
    ("整栋楼的大爷都在用这个。", "数据造假", "DAT-0037"),
    ("二十个车主里十八个都回购了。", "数据造假", "DAT-0026"),
    ("一百个里有九十个复购。", "数据造假", "DAT-0026"),
    ("拍下就申请退款，帮我冲个单量。", "数据造假", "DAT-0027"),
    ("拍了直接退款就行。", "数据造假", "DAT-0027"),
])
def test_batch14_families_fire_with_their_own_row(matcher, text, category, entry_id):
    hits = [(h.category, h.entry_id) for h in _hits(matcher, text)]
    assert (category, entry_id) in hits, (text, hits)


@pytest.mark.parametrize("text", [
    # stock counts and show progress said plainly
    "店里就剩这三件了，都是小码。",
    "就剩这两个链接了，讲完就下播。",
    "倒数三个数我们开始抽奖。",
    "下午四点截单，之后的订单明天发。",
    "今晚一过就是周末了。",
    "孩子吃得一块都不剩。",
    "等你收到货就知道了。",
    "有人要来提车吗？我帮你约时间。",
    # hospitals, links, senior colleges and committees named without a claim
    "医院配的药要三天吃完。",
    "二号链接比一号链接便宜五十。",
    "我们去老年大学讲过课。",
    "居委会组织大家打疫苗。",
    "国家射击队昨天拿了金牌。",
    # shares, returns and counts that are no claim
    "十个人里九个都用错了方法。",
    "三个颜色里两个都有货。",
    "拍了不合适可以申请退款，七天无理由。",
    "全村的路都修好了。",
    "百分之八十的老人都说听不清。",
    "这款面膜卖了两百多单。",
    "家里猫主子都爱吃这个味道。",
    "评论区的好评我们会安排客服一一回复。",
    # shops, green things and aged tea
    "来公司参观的朋友可以提前预约。",
    "包装里加一层绿色的软垫。",
    "这款白茶放三年口感更好。",
])
def test_near_misses_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text
