"""Round 24 (t13e): batch 12's false alarms as scope families, and commas that stop a negation.

What a user notices: advice with 最好 (最好每周浇一次水, 最好戴上头盔, 最好趁晴天晒), a measure of one item (最长的一张有两米,
最高保额五十万), a question answered no (能招财吗？招不了财 / 能不能帮忙开光？这个我们不做 / 是不是最实惠的？没有最实惠),
a refused guarantee (不敢跟你保证一定瘦), a denied "buy it and …" (不是说戴上就能招财), a drug or a doctor referred to
(降压药我们直播间不卖, 失眠这个事儿还是得去看医生), a style's name (行业里叫貔貅手链，其实就是个款式), a count shown on
screen, a draw's timing and the shop's own sales in Cantonese no longer raise a popup — while the superlatives (最好的,
全网最好用的, 是最好), a ranking backed by a figure (业内公认最轻的，一根才一百克), an answer yes or a dodge, pressure to buy,
and a promise after a comma (什么风险都没有，稳赚不赔 — the comma is gone after normalising, the break is kept) still do.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from app.rules.normalize import normalize
from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 最好 as "had better": a verb, a time, a frequency or a number follows
    "这盆兰花最好每周浇一次水",
    "骑电动车最好戴上头盔",
    "被子最好趁晴天拿出去晒",
    "新手练琴最好一天别超过一个小时",
    "去山里徒步最好穿上长袖",
    "吊兰最好放在散光的地方",
    "这种土最好晾干了再装盆",
    # a measure of one item
    "这批桌子最长的一张有两米",
    "这款保险最高保额五十万",
    "这台的最大流量是每分钟八升",
    # a question answered no in the answer turn
    "主播B：这个摆件能招财吗？主播A：招不了财，就是个装饰",
    "主播A：能不能帮忙开光？主播B：我们只卖成品，这个我们不做。",
    "主播A：这个套餐是不是最实惠的？主播B：看你怎么用，没有最实惠，只有合不合适。",
    "主播A：这个课能保本吗？主播B：这是学习类产品，也谈不上保本。",
    "有人问这双鞋是不是全网最便宜的。主播：这个我真不敢说，只能说是活动价。",
    "主播B：这个拼图能开发智力吗？主播A：就是个玩具，别指望它提高成绩。",
    # a refused guarantee, a denied "buy it and …"
    "减肥这事儿看个人，我们不敢跟你保证一定瘦",
    "这个手串就是好看，不是说戴上就能招财",
    # a drug or a doctor referred to
    "降压药我们直播间不卖，药品不能在这里卖",
    "失眠这个事儿还是得去看医生，枕头只是让你睡得舒服点",
    # a style's name, a picture's subject
    "这种手链在行业里叫貔貅链，其实就是个款式，没什么说法",
    "这个杯子上印的是讲风水的老房子，纯属装饰",
    # evidence shown, a draw's timing, no other contact needed
    "年底的周六只剩三个空档，后台档期表给大家看",
    "下播前最后五分钟我们抽一次奖，奖品是保温杯",
    "都在这个店里下单就行，不需要加其他的联系方式",
    # the shop's own monthly sales, in Cantonese
    "呢款系我哋店今个月卖得最多嘅，数字喺后台",
])
def test_batch12_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text, surface", [
    ("这款面霜是最好的", "最好的"),
    ("这个锅是全网最好用的", "最好用的"),
    ("我们家这个是最好", "最好"),
    ("这个登山杖是业内公认最轻的，一根才一百克", "最轻"),
    ("今天最低九十九块", "最"),  # a price right after 最低 is no spec of the item
    ("这个能招财吗？当然能，摆上就来财", "招财"),
    ("是不是全网最低价？这个我不敢说，但是你去比比", "全网最低价"),
    ("我敢跟你保证上鱼", "保证上鱼"),
    ("这款消炎效果特别好", "消炎"),
    ("最后十分钟，赶紧下单", "最后十分钟"),
    ("只剩两个了，赶紧拍", "只剩两个"),
    ("这个能转运，戴上就转运", "转运"),
    # a comma ends the clause: the negation before it does not reach the promise
    ("什么风险都没有，稳赚不赔", "稳赚不赔"),
    ("这个理财一点风险都没有，保本保息", "保本保息"),
    ("这款基金一点风险都没有，稳赚", "稳赚"),
    # stutters across a comma still fold
    ("全网最，最低价", "全网最，最低价"),
])
def test_the_claims_themselves_still_fire(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]


def test_negation_without_a_comma_still_mutes(matcher):
    assert _hits(matcher, "我们从来不承诺稳赚不赔") == []
    assert _hits(matcher, "这个理财产品不保本，有风险") == []


@pytest.mark.parametrize("text, breaks", [
    ("什么风险都没有，稳赚不赔", "稳"),
    ("全网最，最低价", "低"),  # the stutter's second 最 is folded away: the break falls on the next kept character
    ("没有 , 稳赚", "稳"),
    ("第 一 名", ""),  # spaces are no clause break
])
def test_clause_breaks_point_after_removed_commas(text, breaks):
    norm = normalize(text)
    assert "".join(norm.text[i] for i in norm.clause_breaks()) == breaks


def test_clause_breaks_on_long_texts_match_the_short_path():
    line = "什么风险都没有，稳赚不赔。"
    long = normalize(line * 30)
    assert len(line * 30) >= 256 and long.codes is not None
    assert [long.text[i] for i in long.clause_breaks()] == ["稳"] * 30
