"""Round 18 (tune10eng): batch 10's false alarms — context scopes for refusals, denials and one's own goods.

What a user notices: a spec or one part of one product (最大能出到每分钟两升水, 婴儿床最低的那一档, 第一泡香气最浓), a
person's own taste (我爷爷以前最爱喝), a request for a contact refused (有人要我的微信，不给哈 / 我们一律不加 / 不用加任何
人的微信), effects denied in everyday words (祛痘消炎这些它都做不到, 不美白也不淡斑, 治不了, 我不敢这么说, 别指望…, 我们
从来不说这款能降血压, 不能治腰间盘突出), a price asked about and disclaimed (是不是全网最低价？这个我真不敢说), the shop's own
price history or stock (我们直播间今年给过的最低价, 在我们家所有的锅里它是最轻的), a registered device's 理疗, a 蓝帽子's
approved function, a first-N gift whose count is shown, and a repair pen for paint no longer raise a popup — while
guarantees (不美白不要钱, 不瘦退钱), an answer yes, a dodge after the disclaimer, an external scope (市面上最低, 全网最低价),
a crowd's favourite (宝妈们最爱), an unregistered 理疗 and a juice's "approved function" still do.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a spec value or one level of the product itself
    "这台风扇最高能吹到每小时三十公里的风速",
    "这款净水器最大能出到每分钟两升水",
    "这个婴儿床最低的那一档离地二十厘米",
    "这个书架最上面那层放绘本正好",
    "这个升降桌最矮的一档六十厘米",
    # one part of one product compared with the rest of it
    "这壶普洱第一泡香气最浓，后面几泡会淡一点",
    "这个洗碗机第一遍洗出来泡沫最多，后面就少了",
    # a named person's own taste
    "我妈最喜欢这个颜色，每次都让我买",
    "我爷爷以前最爱喝这种茉莉花茶",
    "我家猫最爱吃这款冻干",
    # one's own shop's history or stock
    "这是我们直播间今年给过的最低价",
    "这个是我们店这个季度收到品相最好的一块表",
    "在我们家所有的锅里它是最轻的",
    # a request for a contact refused, or not needed
    "直播间有人要我的微信，不给哈，有问题找客服",
    "有宝宝让主播加微信，我们一律不加，售后走平台",
    "不用加任何人的微信，平台下单就有保障",
    "有人找我要手机号，我们不留的",
    # effects denied
    "这款洗面奶就是清洁的，祛痘消炎这些它都做不到",
    "这款乳液美白淡斑之类的它办不到，就是保湿",
    "这款面霜不美白也不淡斑，就是补水",
    "这个茶不降血压，就是好喝",
    "这个按摩仪能治颈椎病吗？主播B：按摩仪是放松的，治不了，病要看医生",
    "有人问这个能不能祛斑，我不敢这么说，它就是个保湿霜",
    "别指望一瓶洗发水帮你把头发长回来",
    "我们从来不说这款能降血压，它就是普通的茶",
    "我们不说它能转运，喜欢就买",
    "这个护腰不能治腰间盘突出，只是保暖",
    "这款茶不会降血糖的",
    # a superlative asked about and disclaimed
    "是不是全网最低价？这个我真不敢说",
    "主播A：这是不是最便宜的？主播B：这个我不好说，反正今天有券",
    # real qualifications, a counted gift, a repair that is no skincare
    "这款理疗仪是二类医疗器械，注册证号可查",
    "这个颈椎理疗贴有医疗器械注册证",
    "这款蓝帽子保健食品批准的功能是增强免疫力，不能代替药物",
    "这个保健品注册的功能就是增强免疫力",
    "前一百单送杯子，送出多少页面上实时显示",
    "这款地板修复膏一抹就亮",
    "这支皮具修复液用着不错",
    # more wordings and recogniser variants of the same families
    "有观众要我私人电话，不给的哈",
    "评论区让我加他微信，我们不加的",
    "祛斑美白什么的它都没有，就是补水",
    "这个能不能治失眠，我可不敢打包票",
    "不是全网最低吗？这个我不好讲",
    "最低的那个档位适合小孩",
    "我外婆最爱吃这种糕",
    "这是我们今年卖过最便宜的一次",
    "這款護手霜不美白也不祛斑",
    "这 款 面 霜 不 美 白 也 不 祛 斑",
    "别幻想一瓶精华能祛斑",
    "第一口最香，后面就淡了",
])
def test_refused_denied_or_own_scope_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "surface", "category"), [
    ("这款风扇是市面上最好的", "最好的", "绝对化用语"),
    ("宝妈们最爱的一款奶瓶", "最", "绝对化用语"),
    ("这是最高级的面料", "最高级的", "绝对化用语"),
    ("我们家是全网最低价", "全网最低价", "价格违规"),
    ("我们店里的价格是市面上最低的", "最", "绝对化用语"),
    ("加我微信，不加的话拿不到券", "加我微信", "导流私下交易"),
    ("这款面霜美白祛斑效果特别好", "美白祛斑", "化妆品宣称"),
    ("用了不祛斑你来找我", "祛斑", "化妆品宣称"),
    ("这个能治颈椎病吗？当然能，用一周就好", "能治颈椎病", "医疗用语"),
    ("谁说它不能招财", "招财", "迷信"),
    ("是不是全网最低价？这个我不敢说，但你去比比就知道", "全网最低价", "价格违规"),
    ("这个护腰能治腰间盘突出", "能治腰间盘突出", "医疗用语"),
    ("这款果汁批准的功能是增强免疫力", "增强免疫力", "医疗用语"),
    ("前一百单送杯子，赶紧抢", "前一百单", "虚假紧迫"),
    ("这款精华修复效果特别好", "修复", "化妆品宣称"),
    ("别想着吃药了这个茶能降血压", "降血压", "医疗用语"),
    ("别指望别家，我们这款能降血压", "降血压", "医疗用语"),
    ("我们不说它能治病，懂的都懂", "能治病", "医疗用语"),
    ("我们不说它能招财，懂的都懂", "招财", "迷信"),
    ("头一次见到这么好的，最好的面膜就是它", "最好的", "绝对化用语"),
    ("需要的加微信，不加怎么发货", "加微信", "导流私下交易"),
    ("我们的面霜是最好的", "最好的", "绝对化用语"),
    ("这款面霜美白祛斑什么的都没有问题", "美白祛斑", "化妆品宣称"),
    ("我们家的在行业里是最好的", "最好的", "绝对化用语"),
])
def test_the_claims_themselves_still_fire(matcher, text, surface, category):
    hits = _hits(matcher, text)
    assert (surface, category) in [(h.surface, h.category) for h in hits]


@pytest.mark.parametrize(("text", "surface"), [
    ("不美白不要钱", "美白"),
    ("不治好不收钱", "治好"),
    ("这个理疗仪不是医疗器械但理疗效果特别好", "理疗效果"),
    ("这款理疗灯能治好颈椎病", "治好颈椎病"),
    ("是不是全网最低价？不是全网最低价退差价", "全网最低价"),
])
def test_guarantees_and_denied_qualifications_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
