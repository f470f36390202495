"""Round 142 (batches 65–66's false alarms, rules alone): a draw or a list read out (第一名中奖的…第二名, 你抽的第一名是,
排第一的是尾号, 第1名"阿琳" 第2名…, 排第一的那个问题), an empty schoolbag weighed (空包零点八公斤), a bare 最 that ranks no
goods (最怕, 最容易露馅, 绑带最松能到六十五厘米, 最好就别点), a patient asking (糖尿病的朋友问), gifts for everyone (前二十名送…
人人有份), a viewer's screen name quoted (弹幕"最帅的小明"问) — reader :mod:`app.rules.scopes_draws`.

The same words said as claims still fire. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a draw or a list read out
    "第一名中奖的是尾号四六的姐妹，第二名中奖的是尾号八八",
    "刚才抽奖的第一名是\"小雨点\"，系统抽的，奖品是一包纸巾",
    "排第一的是尾号五二的朋友，排第二的是尾号一七，都送杯子",
    "刚才中奖的第一名已经私信客服了，奖品明天发",
    "第1名\"阿瑶\"、第2名\"老陈\"，各送一瓶护手霜",
    "排第一的那个问题是能不能机洗，能洗，冷水就行",
    # an empty schoolbag weighed
    "这个背包空包只有零点六公斤，装满也不压肩",
    "旅行箱空包三点二公斤，登机不超重",
    # a bare 最 that ranks no goods
    "做茶这行最怕的就是返潮，我们都用铝箔袋",
    "这种面料最容易起球的地方是袖口，洗的时候翻过来",
    "这条腰带最松能到一百一十厘米，胖一点也系得上",
    "孕妇最好就别喝浓茶了，这款我不推荐给你",
    # a patient asking
    "高血压的朋友问这款酱菜能不能吃，盐分高，少吃",
    "痛风的宝妈在问海鲜礼盒，嘌呤高，别买",
    # gifts for everyone
    "前五十名送杯垫，后面的送钥匙扣，人人有份",
    # a viewer's screen name quoted
    "弹幕\"最靓的仔\"问尺码，你网名真有意思，选L",
])
def test_round142_draws_specs_and_names_stay_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("我们这款面膜是全网销量第一名，没人比得上", "绝对化用语"),
    ("排第一的就是我们家，同行都比不过", "绝对化用语"),
    ("第一名中奖的是小王，这款锅在同价位里也是第一名", "绝对化用语"),
    ("这口锅是第一名的品质，第二名的价格", "绝对化用语"),
    ("这款背包最轻，全网最好", "绝对化用语"),
    ("这个面霜最容易吸收，效果最好", "绝对化用语"),
    ("高血压的朋友喝这个茶，血压就降下来了", "医疗用语"),
    ("前十名下单送小样，后面就没了，赶紧抢", "虚假紧迫"),
    ("空包代发，帮你刷单冲销量", "数据造假"),
    ("\"最强\"这款吸尘器就是全网最强的", "绝对化用语"),
])
def test_round142_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text


@pytest.mark.parametrize("text", [
    "本店2023年全年销量排第1的是羊毛围巾，后台能查",
    "上个月我们直播间成交第一的是这款保温杯，一共卖了三百个",
    "今年三月份在我们店所有商品里排第一的就是这个抱枕",
])
def test_round142_shop_dated_rank_stays_quiet(matcher, text):
    assert _hits(matcher, text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("我们店今年这款全国销量排第一的就是它", "绝对化用语"),
    ("我们店这款去年在行业里排第一", "绝对化用语"),
    ("我们直播间的面膜就是全平台第一", "绝对化用语"),
])
def test_round142_shop_rank_against_others_still_fires(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
