"""Round 45 (t20e): batch 19's false alarms as scope families (``app.rules.scopes_ownpick``, ``scopes_shoprecord``, ``scopes_advice_best``, ``scopes_declines``, ``scopes_negated``, and small extensions of
``scopes_evidence.fair_expectation``, ``scopes_own``'s approved health-food function and ``scopes._effect_denied``).

What a user notices: no popup any more for a viewer's question refused after an apology (有宝宝问能不能加微信，不好意思
哈，这个不行), for the speaker's own taste among the item's colours (这件毛衣我自己最喜欢燕麦色), for 最好 as advice on how
(最好干湿粮搭配着喂, 刚开始的时候最好…), for the shop's own sales record picking an item (我们家今年冬天卖得最多的是这件
羽绒服), for the shop's everyday price beside the live room's own price (直播间价一百二十九，日常价一百五十九), for an
effect whose guarantee is refused (吃了会不会不长痘我不敢保证), for a denied 去/除 effect (只能保湿，不能去除皱纹), for
a 蓝帽子's approved function said with 本品不能代替药物, and for a modest weight loss with 少吃多动. The claims beside them
— an answer that turns back to 私聊/小号, 大家最喜欢的款, 最好的就是这款, 全网卖得最多, 我们家今年销量第一, 日常价…今天
只要, 外面日常价, 能预防感冒我保证, 别家的不能去皱我们这款可以, 配合饮食一个月瘦二十斤算正常, 能增强免疫力 without the
approved frame — still fire, and ordinary patter with 不好意思, 自己, 最好的时候, 后台, 以页面为准 stays quiet.
Real lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. a question refused after an apology
    "有宝宝问能不能加微信，不好意思哈，这个不行。",
    "刚才有人问可以私下转账吗，抱歉，平台不允许。",
    "有人问能不能去闲鱼拍，对不起，我们不支持。",
    # 2. one's own taste
    "这件毛衣我自己最喜欢燕麦色。",
    "主播自己最爱这个杏色，显白。",
    "我本人最喜欢原味的。",
    "私心最喜欢这个奶白。",
    # 3. 最好 as advice on how
    "狗粮最好干湿粮搭配着喂。",
    "第一次换砂的话最好新旧猫砂掺着用。",
    "新手养的话最好慢慢加量。",
    # 4. the shop's own sales record
    "据后台统计，我们店这个季度吹风机里销量最高的是这款。",
    "我们家今年冬天卖得最多的是这件羽绒服。",
    "店里这个月面膜里卖得最多的是这一款。",
    # 5. the everyday price beside the live room's own price
    "日常价两百九，直播间专属价两百四十九。",
    "直播间价一百二十九，日常价一百五十九。",
    "日常价三十九，今天到手二十九，以下单页面为准。",
    # 6. an effect's guarantee refused
    "吃了会不会不长痘我不敢保证。",
    "吃了能不能不感冒，这个我真不敢保证。",
    # a denied 去/除 effect, an approved function with 本品不能代替药物, a modest loss with 少吃多动
    "这款面霜只能保湿，不能去除皱纹。",
    "这款牙膏不能去除牙结石，只是清洁。",
    "这个眼霜不能去眼袋，大家理性看待。",
    "它的批准功能是辅助降血脂，不能代替药物。",
    "它的批准功能是增强免疫力，不可代替药物。",
    "配合少吃多动一个月瘦三斤左右算正常。",
    "坚持锻炼一周瘦一斤就不错了。",
])
def test_batch19_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("有人问能不能加微信，不好意思，不能在这说，加我小号私聊。", "导流私下交易"),
    ("有人问能不能加微信，可以的，加我微信。", "导流私下交易"),
    ("这款外套是大家最喜欢的款。", "绝对化用语"),
    ("我自己最喜欢这款，全网最好。", "绝对化用语"),
    ("说到保湿的话最好的就是这款。", "绝对化用语"),
    ("这个季节的话最好就是这款。", "绝对化用语"),
    ("这款是全网卖得最多的。", "绝对化用语"),
    ("我们店这款是抖音卖得最多的，别家比不了。", "绝对化用语"),
    ("日常价一百九十九，今天只要九十九。", "价格违规"),
    ("外面日常价三百，直播间专享价一百。", "价格违规"),
    ("吃了能预防感冒，我保证。", "医疗用语"),
    ("能根治我不敢保证，反正我吃了三个月就好了。", "医疗用语"),
    ("别家的眼霜不能去除皱纹，我们这款可以。", "化妆品宣称"),
    ("这款眼霜能去除皱纹。", "化妆品宣称"),
    ("配合饮食一个月瘦二十斤算正常。", "功效夸大"),
    ("配合运动一周瘦五斤很正常。", "功效夸大"),
    ("不用控制饮食一个月瘦十斤是正常的。", "功效夸大"),
    ("这个能增强免疫力，不能代替药物。", "医疗用语"),
    ("批准功能是辅助降血脂，比吃药还管用。", "医疗用语"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


def test_a_shop_ranked_as_a_whole_is_still_a_claim(matcher):
    hits = _hits(matcher, "据统计我们家今年销量第一。")
    assert [h.surface for h in hits if h.category == "绝对化用语"] == ["销量第一"]


@pytest.mark.parametrize("text", [
    "有人问发什么快递，不好意思，今天只发中通。",
    "这款外套我自己也在穿，黑色显瘦。",
    "我自己最近在减肥，晚饭吃得少。",
    "新旧款式都在链接里，大家按需选。",
    "本店这个月上了三十多款新品。",
    "我们店里今年夏天主推的是短袖。",
    "店铺后台统计显示今天下单的人很多，发货会慢一点。",
    "直播间专属优惠价以页面显示为准。",
    "今天的价格以页面显示为准，有问题找客服。",
    "这款眼霜主打保湿滋润，适合干皮。",
    "配合少吃多动，身体会更轻松。",
    "不好意思，刚才网卡了，我们继续。",
    "我个人不太喜欢太艳的颜色。",
])
def test_ordinary_patter_with_the_same_words_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []
