"""Round-3 engine rules, through ``Matcher.scan``: what is asked, dismissed, a topic, a real qualification, advice or a
spec is no claim — and the look-alikes that *are* claims still fire.

Sentences written for these tests (not taken from the corpus). Most tests use a small lexicon built here, so they
check the rules and not the bundled rows; a few use the bundled lexicon (``bundled``) for the safe contexts and units.
"""

from __future__ import annotations

import pytest

from app.rules import matcher as matcher_module
from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry
from app.rules.patterns import UNITS

pytestmark = pytest.mark.skipif(
    1 not in getattr(matcher_module, "ENGINE_REQUESTS_WIRED", frozenset()), reason="matcher.py 尚未接入范围规则（请求 1）"
)

_ROWS = [
    ("M-1", "降血压", "医疗用语"), ("M-2", "治灰指甲", "医疗用语"), ("M-3", "根治", "医疗用语"), ("M-4", "神药", "医疗用语"),
    ("M-5", "增强免疫力", "医疗用语"), ("M-6", "降血脂", "医疗用语"), ("C-1", "美白", "化妆品宣称"),
    ("C-2", "械字号", "化妆品宣称"), ("C-3", "祛斑", "化妆品宣称"), ("S-1", "风水", "迷信"), ("S-2", "开光", "迷信"),
    ("S-3", "转运", "迷信"), ("S-4", "招财", "迷信"), ("I-1", "保本", "投资承诺"), ("W-1", "加微信", "导流私下交易"),
    ("P-1", "原价{N}", "价格违规"), ("U-1", "卖完就没了", "虚假紧迫"), ("A-1", "销冠", "绝对化用语"),
    ("A-2", "第一", "绝对化用语"), ("A-3", "最便宜", "价格违规"),
]


@pytest.fixture(scope="module")
def small() -> Matcher:
    return Matcher([LexiconEntry(i, t, c, "high", ("合规说法",), "《广告法》") for i, t, c in _ROWS])


def terms(matcher: Matcher, text: str) -> list[str]:
    return [h.term for h in matcher.scan(text)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a yes/no question answered no
        ("主播A：这个药膏能治灰指甲吗？主播B：不能，得去医院", "治灰指甲"),
        ("这个茶喝了能降血压吗 不能 它就是普通的菊花茶", "降血压"),
        # 别指望 / 不是什么 / 不讲什么: a dismissal
        ("这个按摩垫就是放松的，别指望它降血压", "降血压"),
        ("这不是什么神药，就是普通的蜂蜜", "神药"),
        ("这串珠子不讲什么开光不开光的，就是好看", "开光"),
        # A-not-A: an indifference or a question
        ("转不转运不重要，颜值在线就行", "转运"),
        ("我们不管招不招财，就是个可爱的摆件", "招财"),
        # a topic of a book or a film
        ("一本讲风水的书，适合喜欢古建筑的朋友", "风水"),
        ("这是一部关于开光仪式的纪录片", "开光"),
        ("这套风水学史是大学教材", "风水"),
        # real qualifications named as such
        ("这款美白精华有国妆特字号，可以放心用", "美白"),
        ("这款祛斑霜是特殊化妆品，注册证号官网能查", "祛斑"),
        ("这台射频仪是二类医疗器械，有注册证，械字号官网可查", "械字号"),
        ("这是有蓝帽子的保健食品，批准的功能是有助于增强免疫力", "增强免疫力"),
        ("鱼油胶囊是保健食品，批准文号齐全，功能是辅助降血脂", "降血脂"),
        # the later regular price; a stated total; own-shop best-seller; modesty
        ("活动价到今晚十二点，之后恢复原价一百五", "原价{N}"),
        ("这套纪念邮票总共发行两千套，卖完就没了", "卖完就没了"),
        ("这款是咱们家的销冠，上个月卖了三千单", "销冠"),
        ("我不说第一，但是用着确实舒服", "第一"),
    ],
)
def test_not_asserted_stays_quiet(small: Matcher, text: str, term: str) -> None:
    assert term not in terms(small, text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("这个药膏能治灰指甲吗？能，三天见效", "治灰指甲"),  # answered yes
        ("你知道它为什么能降血压吗？因为有秘方", "降血压"),  # asked only to assert it
        ("这个面霜能美白吗？不是一般的白", "美白"),  # an emphatic yes that looks like a no
        ("喝了能降血压吗？当然不止降血压", "降血压"),
        ("谁说不能根治？用我们的就能", "根治"),  # rhetorical: the denial is turned back
        ("谁告诉你它不能保本的", "保本"),
        ("加不加微信？加了私聊给你便宜", "加微信"),  # an A-not-A diversion still invites
        ("讲风水的书我们不卖，这个摆件能招财", "招财"),  # the topic rule covers only the topic
        ("没有特证，但也能美白", "美白"),  # a qualification denied
        ("这款面膜是械字号的，能祛斑", "祛斑"),  # 械字号 alone backs no cosmetic claim
        ("这款面膜是械字号的", "械字号"),  # and is itself the claim without a named registration
        ("这款鱼油能降血脂，比吃药还好", "降血脂"),  # no health-food approval named
        ("这款鱼油有蓝帽子，能降血脂", "降血脂"),  # approved, but not in the approved wording (辅助/有助于)
        ("原价一百五，今天只要九十九", "原价{N}"),
        ("卖完就没了，抓紧下单", "卖完就没了"),
        ("这款是全网的销冠", "销冠"),
        ("我不说第一，但是你们去比一比", "第一"),  # the dodge
        ("我不敢说最便宜，但是你去别家比比看", "最便宜"),
    ],
)
def test_claims_that_look_alike_still_fire(small: Matcher, text: str, term: str) -> None:
    assert term in terms(small, text)


def test_a_not_a_is_by_the_term_not_by_any_question(small: Matcher) -> None:
    assert "根治" in terms(small, "不管你信不信，这个能根治")


@pytest.mark.parametrize(
    "text",
    [
        "这根钓竿最大拉力十公斤",
        "这台空调最大风量八百立方",
        "最好的冲泡方法是八十度的水",
        "这种汤最好的喝法是趁热",
        "红酒醒半小时，口感最好的时候就是那会儿",
        "这个茶第一泡倒掉，味道最好的是第二泡",
    ],
)
def test_specs_and_advice_stay_quiet(bundled: Matcher, text: str) -> None:
    assert [h.surface for h in bundled.scan(text) if h.category == "绝对化用语"] == []


@pytest.mark.parametrize("text", ["最好的面霜就是这款", "效果最好的是我们这款", "口感最好的茶就是这款"])
def test_superlatives_about_the_goods_still_fire(bundled: Matcher, text: str) -> None:
    assert "绝对化用语" in [h.category for h in bundled.scan(text)]


@pytest.mark.parametrize("unit", ["束", "桌", "间", "场", "席", "名"])
def test_more_measure_words_after_a_number(unit: str) -> None:
    assert unit in UNITS
    matcher = Matcher([LexiconEntry("U-2", "最后{N}{U}", "虚假紧迫", "high", ("库存有限",), "《网络直播营销管理办法》")])
    assert [h.surface for h in matcher.scan(f"今天只剩最后十{unit}了")] == [f"最后十{unit}"]
