"""Round 121 (batch 56A's misses and the rules-alone false alarms of batch 56A).

What a user notices: a food said to 调理 a symptom, an old chronic illness said to be cured (老慢支都好了), a change in
looks or vigour within days (吃七天脸色就红润, 精神得跟小伙子似的), a range on one charge stated as fact, a dead battery
that comes back at once, a stop threatened by the maker, places about to run out, a traditional-medicine authority as
supervisor, a supply reserved for astronauts, goods picked by one's birth chart, a yearly rate as a return and sun
protection claimed for an ordinary lotion now raise a popup; 最中意 (Cantonese/Hakka "like most"), advice that starts
with 最好, a product's 最大问题, a practice refused as 这事咱不干 and a Cantonese 唔使 ("no need to") or 唔准 ("not allowed"),
goods the seller says it does not sell (我們不賣開光的東西), a rank within one's own shop (这个直播间卖得最多的) and a how-to
question answered no (问咋加主播微信，不加啊) stay quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_categories as _cats
from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    # 调理 + a symptom or an illness; an old chronic illness cured
    ("这款红枣茶调理便秘效果好", "医疗用语"),
    ("枸杞膏专门调理头晕", "医疗用语"),
    ("我们这个酸枣仁汤调理好失眠", "医疗用语"),
    ("我奶奶的慢性支气管炎都好了", "医疗用语"),
    ("喝了半年我爸的老气管炎好了", "医疗用语"),
    # looks or vigour changed within days
    ("这个红枣粉喝十天气色就红润", "功效夸大"),
    ("桂圆膏吃两周脸色就变好了", "功效夸大"),
    ("吃了这个鹿鞭丸精神得像小伙子", "功效夸大"),
    ("我爷爷喝完壮得跟小伙子似的", "功效夸大"),
    # a range on one charge, a revival at once
    ("这台三轮车一次充电能跑两百公里", "功效夸大"),
    ("充满电轻松跑一百五十公里", "功效夸大"),
    ("手机电池用这个一插就复活", "功效夸大"),
    ("老旧蓄电池接上仪器当场复活", "功效夸大"),
    # a stop at any moment, places about to run out
    ("这个价品牌方随时叫停", "虚假紧迫"),
    ("优惠随时可能被叫停，赶紧下单", "虚假紧迫"),
    ("钢琴课位置马上就抢光了", "虚假紧迫"),
    ("试听名额快被抢没了", "虚假紧迫"),
    # authorities, reserved supplies
    ("这盒灵芝是国家中医药管理局监制", "权威背书"),
    ("这个枸杞是药典委员会指定的", "权威背书"),
    ("这款保温杯是宇航员专供的", "权威背书"),
    ("这双运动鞋国家队专供", "权威背书"),
    # birth charts
    ("命里缺水的姐妹选这条蓝色手链", "迷信"),
    ("八字缺金的戴这个白玉镯", "迷信"),
    ("八字里缺木的挑绿色款", "迷信"),
    # a yearly rate as a return (within one clause)
    ("这个酒窖藏款收益每年百分之六", "投资承诺"),
    ("字画收藏每年稳拿百分之十", "投资承诺"),
    ("茶饼存着每年百分之五的回报", "投资承诺"),
    # sun protection on an ordinary product
    ("这款面霜居然还能防晒", "化妆品宣称"),
    ("我们家身体乳也有防晒效果", "化妆品宣称"),
    ("这支精华还带防晒作用", "化妆品宣称"),
])
def test_family_fires(matcher, text, category):
    assert category in _cats(matcher, text), text


@pytest.mark.parametrize("text", [
    # 最 in "like most" and in a spec limit, 最好 as advice, a product's own weak point
    "我最中意这个杏色",
    "阿婆最钟意饮呢只汤",
    "新国标电动车最高车速二十五公里每小时",
    "下雨天电动车最好推进车棚",
    "充电宝最好拔了插头再收起来",
    "这款锅的最大缺点就是有点重",
    "这双鞋最大的毛病是不透气，提前说清楚",
    # a practice refused, a Cantonese "no need"
    "刷单这事咱不干，平台查得严",
    "好评返现这个事儿我们不搞",
    "唔使私下转账，直接喺直播间拍",
    "唔使加微信，直接喺直播间问客服",
    "唔准私下交易，一律喺直播间拍",
    # look-alikes of the new families
    "这个八字眉的眉笔很好画",
    "这双鞋是外八字走路的人也能穿",
    "充电器充满电会自动断电",
    "游戏里角色会满血复活",
    "你觉得讲得不好可以随时叫停我",
    "上个月的名额已经满了，这个月的还有很多",
    "这款防晒霜有防晒效果，SPF50",
    "这支防晒乳液防晒效果看备案",
    "这款乳液没有防晒功能，出门记得另涂防晒霜",
])
def test_look_alikes_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize("text", [
    # goods the seller says it does not sell, a rank in the shop's own sales, a how-to question answered no
    "我们店不卖开光的饰品，就是普通银饰",
    "本店不出售招财的摆件",
    "这是咱家卖得最多的颜色",
    "这款是我们店卖得最多的一款",
    "有人问怎么加主播微信，不加哈，有事找客服",
    "老铁问咋私下转账，不行啊，只能直播间拍",
])
def test_refused_or_own_record_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("全网直播间卖得最多的就是这款", "绝对化用语"),
    ("问怎么加微信？加我微信发你", "导流私下交易"),
    ("不卖关子了，这就是全网最低价", "价格违规"),
])
def test_refusal_look_alikes_still_fire(matcher, text, category):
    assert category in _cats(matcher, text), text
