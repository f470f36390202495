"""Round 30 (t15e): batch 14's false alarms and the known engine gaps, as scope families.

What a user notices: a catchphrase said as plain liking (这件卫衣百搭闭眼入，颜色也正 / 这支口红谁用谁知道，颜色很正),
绝对 stressing a fact of the show (这绝对是今天最后一个链接了，讲完就下播), a draw in the last hour (最后半小时我们抽两轮奖),
a 蓝帽子 health food stating the function it is approved for with its number and 本品不能代替药物, a floor or a day after a
shop (商场要五楼才有), a refusal after the practice (冲销量的事情我们从来不做), a claim called impossible right after it
(吃了一个月瘦二十斤是不可能的), 一辈子都不 about people (我这辈子都不吵架), a police toy (警察玩具在用电池), 最好用 + a
tool + a task (最好用软毛刷刷一下) and a warning not to post a number (手机号千万别打在公屏上) no longer raise a popup —
while the same phrases pressing to buy, promising money or an effect, the superlative 最好用的, a cure beside an approval
number and an invitation to post a number still do. A gap no longer reaches back over its own head into an earlier
clause's 别 (先别给差评，给个好评我私下补你十块 is the paid review), and 安胎/保胎/防流产 are medical claims.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # 1. a catchphrase said bare
    "这件卫衣百搭闭眼入，颜色也正",
    "这双袜子闭眼买就行，纯棉的",
    "这支口红谁用谁知道，颜色很正",
    # 2. 绝对 stressing a fact of the show
    "这绝对是今天最后一个链接了，讲完就下播",
    "明天晚上八点绝对准时开播",
    # 3. a draw's timing
    "下播前最后半小时我们抽两轮奖",
    "直播到十一点，最后一个小时主播抽五次奖",
    # 4. an approved health-food function with its number and the statement
    "这款保健食品国食健字G20150321，保健功能是缓解体力疲劳，本品不能代替药物",
    "蓝帽子产品，卫食健字2003第0123号，保健功能：增强免疫力，本品不能代替药物。",
    # 5. a floor, a day: no price
    "商场要五楼才有卖",
    "超市要三天后才到货",
    # 6. the practice refused right after it
    "冲销量的事情我们从来不做",
    "刷单的事我们不干",
    # 7. a claim called impossible right after it
    "吃了一个月瘦二十斤是不可能的",
    "我跟我老公一辈子都不吵架是不可能的",
    "我这辈子都不想再减肥了",
    # 8. a toy of the force
    "这个警察玩具在用五号电池",
    "这套武警模型在用的是环保漆",
    # 9. 最好用 + a tool + a task
    "最好用三脚架拍，画面更稳",
    "鞋面最好用软毛刷刷一下",
    # 10. a warning not to post a number
    "电话号码别发在公屏上",
    "手机号千万别打在公屏上",
    "微信号不要留在评论区哦",
])
def test_batch14_false_alarm_families_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize(("text", "category"), [
    # the catchphrase with pressure, money or an effect pointed at
    ("最后二十单了闭眼入手慢无", "虚假紧迫"),
    ("这手串闭眼买指定不亏", "虚假紧迫"),
    ("这个面膜谁用谁知道效果有多好", "功效夸大"),
    # 绝对 before a quality
    ("这个锅绝对好用", "绝对化用语"),
    ("这批货绝对是正品", "绝对化用语"),
    # the last minutes pressing to buy
    ("最后十分钟赶紧下单", "虚假紧迫"),
    # a cure beside the approval number; a function without it
    ("这款国食健注G2019，吃了能治高血压，本品不能代替药物", "医疗用语"),
    ("这个饮料能增强免疫力", "医疗用语"),
    # a price after the shop
    ("专柜要三千块", "价格违规"),
    # the practice offered, not refused
    ("帮主播冲销量拍一单", "数据造假"),
    # the durability claim
    ("这锅一辈子都不坏", "功效夸大"),
    ("吃了一个月瘦二十斤", "功效夸大"),
    # the force itself
    ("消防队都在用这款灭火器", "权威背书"),
    # the superlative
    ("这款是我用过最好用的", "绝对化用语"),
    ("这个吸尘器最好用了", "绝对化用语"),
    # an invitation to post a number
    ("把手机号打在公屏上我加你", "导流私下交易"),
    # a paid review after an earlier clause's 别
    ("先别给差评，给个好评我私下补你十块", "数据造假"),
    ("别急着给差评，给个五星我私下补你五块", "数据造假"),
    # pregnancy claims
    ("这个红糖孕妇喝了能安胎", "医疗用语"),
    ("孕早期喝这个可以防流产", "医疗用语"),
    ("这款枕头还能保胎", "医疗用语"),
])
def test_the_claims_beside_them_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "医生给我开了安胎药",
    "我姐姐住院保胎那阵子天天躺着",
    "满意的话给个五星好评",
    "98%的顾客都说很满意",
])
def test_near_misses_of_the_new_forms_stay_as_they_were(matcher, text):
    hits = _hits(matcher, text)
    if text.startswith("98%"):
        assert [h.surface for h in hits] == ["98%的顾客都说很满意"]  # a number head is never shortened
    else:
        assert hits == []
