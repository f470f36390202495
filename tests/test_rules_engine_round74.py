"""Round 74 (batch 28B's false alarms, t28f): five older scope families widened in place, no new module, no rows.

What a user notices: the item's own mode picked by a superlative without 是 (三档风速，最凉的那档夏天用; 最热的那挡别整夜开),
one's own family's or pet's taste (我家老太太最爱吃, 我闺女最喜欢这个粉色, 俺家狗子最爱啃), a draw's first winner asked
for or announced before the draw is named (第一名是谁啊？哦是抽奖抽中的; 抽奖第一名是尾号八八的宝宝), goods the shop
refuses to sell (祛痘的产品我们不卖, 减肥这类货咱们一律不带) and a slip pointed back at and taken back (刚才说秒杀大牌那句我
收回, 我刚说顶级那个词不准确) no longer raise popups. The claims stay: 最好的那个, the shop's 我们家最受欢迎 / 大家最爱吃,
a ranking next to a draw (这款是第一名，等下抽奖; 销量第一名), goods "not sold" dear or fake (不卖贵的, 不卖假货, 不卖关子),
a quote kept (那句没说错, 那句是真的). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # the item's own modes (picked_variant, round 68's family)
    "这个电风扇有五档风力，最小的那档晚上睡觉用正合适。",
    "台灯有三种色温，最暖的那种适合看书。",
    "这款有四个颜色，最浅的那个特别百搭。",
    "按摩仪有六档力度最轻的那档老人也能用。",
    "这款吹风机最凉的那档适合夏天用。",
    "电热毯最热的那挡别整夜开。",
    # one's own family's or pet's taste (round 45 own_taste)
    "我闺女最喜欢这个粉色。",
    "俺家狗子最爱啃这个骨头。",
    "我们家孩子平时最爱喝这个奶。",
    "我老公最喜欢这个味道了。",
    "我奶奶最爱吃这个。",
    "这个糕点软乎乎的，我家的老人最爱吃。",
    # a draw's first winner (round 70 draw_winner)
    "第一名是哪位宝宝？抽奖抽到的，恭喜。",
    "抽奖第一名是尾号八八的宝宝。",
    "刚刚抽中的第一名宝宝记得联系客服。",
    "第一名出来了，开奖啦恭喜。",
    "第一名是谁呢 抽中的是尾号六六的姐妹",
    # goods refused (scopes_answers.refused_after)
    "减肥的东西咱们一律不带，想瘦就管住嘴迈开腿。",
    "能降血压的保健品我们家从来不卖。",
    "美白这类产品我们直播间不上架哈。",
    "治脱发的药我们不卖，去医院看看。",
    "祛斑的货我们不进。",
    # a slip pointed back at and taken back (round 17/57/65 corrections)
    "刚才说全网第一那句我收回。",
    "刚刚说的最便宜那句话我撤回哈。",
    "我刚说顶级那个词不准确，大家别当真。",
    "之前说吊打同行那句收回，换个说法。",
    "刚才说国家级那个说法不对，我纠正一下。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("这是最好的那个。", "绝对化用语"),
    ("全网三档风速的吹风机里最凉的那档就是我们家。", "绝对化用语"),
    ("大家最爱吃的就是这款。", "绝对化用语"),
    ("老人最爱吃这个。", "绝对化用语"),
    ("这款是第一名，等下抽奖。", "绝对化用语"),
    ("我们销量第一名，今晚还有抽奖。", "绝对化用语"),
    ("祛痘的产品我们不卖贵的，这款就九块九。", "化妆品宣称"),
    ("祛痘效果一级棒，我们不卖假货。", "化妆品宣称"),
    ("这款祛痘我们不卖关子直接说。", "化妆品宣称"),
    ("刚才说全网第一那句没说错，就是第一。", "绝对化用语"),
    ("刚才说全网第一那句是真的。", "绝对化用语"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
