"""Round 76 (batch 29A/29B false alarms, t29e): six older families widened in place, no new module, no new rows.

What a user notices: a registered device said to be usable for 理疗 with its registration named (二类医疗器械，有注册证，
可以理疗 — not only 理疗灯), a remaining count read off the stock display (库存显示还剩两百件，大家按需拍), a sugar-free
claim of the GB 28050 kind (无添加蔗糖/无添加糖), a measure asked about (这口锅最大能装多少), an effect the host does not
dare to claim (我不敢说能排毒，就是个足贴) and the goods named before a modest loss said to be normal with effort of one's
own (减肥代餐一个月瘦两三斤算正常，要配合少吃多动) no longer raise popups. The claims stay: 理疗 without or with a denied
registration, a count pressed with 赶紧拍/手慢无, bare 无添加 and 无添加剂, a ranked superlative (全网最大, 容量最大),
排毒 asserted, and a big or promised loss. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a registered device's 理疗 (scopes_own: the registration named, 理疗 as a verb too)
    "这款颈椎按摩仪是二类医疗器械，械注准号可查，能做理疗。",
    "我们这个有医疗器械注册证，可以拿来理疗。",
    "注册证号在详情页，二类医疗器械，在家就能理疗。",
    "二类医疗器械，有注册证，腰不舒服的可以用它理疗。",
    "这款按摩器有械注准的注册证号，回家天天理疗。",
    # the count read off the stock display (scopes_replies.shown_count: 库存/系统/仓库 …显示, 按需拍 no push)
    "系统显示还剩八十件，按需下单就好。",
    "库存那边显示只剩五十件，大家理性下单。",
    "仓库显示还剩三百件，不用着急。",
    "后台库存显示就剩一百多单了。",
    "店铺库存显示还剩两百多件，大家按需拍。",
    # a sugar-free claim (EFF-0027 exemptions: 无添加糖 …)
    "这款酸奶无添加糖，配料表就三样。",
    "饼干是无添加白砂糖的，甜味来自麦芽。",
    "这个果干无添加蔗糖，就是晒干的芒果。",
    "豆浆粉无添加蔗糖，怕甜的可以放心。",
    "我们这款面包无添加食糖。",
    # a measure asked (scopes_replies.item_spec)
    "这个包最大能放几寸的电脑？",
    "这款风扇最高能调到几档",
    "承重最大是多少斤",
    "这锅最大能装多少水",
    "充电宝最长能用多久？",
    # an effect the host does not dare to claim (scopes._effect_denied: 排/清 are effect characters)
    "我可不敢说它能排毒，就是泡脚舒服。",
    "我们不说能清肠，就是膳食纤维多。",
    "这个不能排毒，就是个足贴。",
    "我不敢说能排湿气，就是泡着暖和。",
    "这个茶不能清肺，就是喝着润。",
    # the goods, then a modest loss said to be normal with a hedge (scopes_evidence.fair_expectation)
    "这个减肥代餐一周瘦一两斤算正常，要管住嘴。",
    "减肥茶喝了一个月瘦三四斤很正常，配合运动。",
    "这款减肥代餐一个月掉两三斤算正常，得少吃多动。",
    "减肥奶昔一个月瘦四斤左右算正常，要配合饮食控制。",
    "瘦身茶一周瘦一斤算不错了，还要迈开腿。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这个泡脚桶可以理疗。", "医疗用语"),
    ("没有注册证也能理疗。", "医疗用语"),
    ("这个鞋垫不是医疗器械，但是能理疗。", "医疗用语"),
    ("库存显示只剩三件了赶紧拍。", "虚假紧迫"),
    ("还剩两百件，手慢无。", "虚假紧迫"),
    ("无添加，纯天然。", "功效夸大"),
    ("无添加剂，放心吃。", "功效夸大"),
    ("这是全网最大的锅。", "绝对化用语"),
    ("我们家的锅容量最大。", "绝对化用语"),
    ("这个茶能排毒，一周见效。", "医疗用语"),
    ("喝了就能清肠排毒。", "医疗用语"),
    ("这个减肥茶一个月瘦二十斤算正常，配合饮食。", "功效夸大"),
    ("减肥代餐保证一个月瘦五斤算正常，配合运动。", "功效夸大"),
    ("减肥代餐一个月瘦五斤。", "功效夸大"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
