"""Round 4 engine rules (blind batch 7's false-alarm families), through ``Matcher.scan`` on small lexicons.

Each family is tested both ways with sentences written for these tests (not the corpus' sentences):
恢复日常价 after a deadline, a belief named as a topic (风水观念), loose sound-alikes (金价卖 / 减脂茶), a result
denied across a comma (只能量血压，不能降血压), 微信 as a phone feature, and picking one of the item's own variants
(最便宜的是小号的).
"""

from __future__ import annotations

import pytest

from app.rules import matcher as matcher_module
from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry

WIRED = getattr(matcher_module, "ENGINE_REQUESTS_WIRED", frozenset())
needs_scopes = pytest.mark.skipif(1 not in WIRED, reason="matcher.py 尚未接入引擎请求 1（见 matcher_requests.md）")

_ROWS = [
    ("P-1", "原价{N}元", "原价{N}|日常价{N}|平时价{N}", "价格违规"),
    ("P-2", "成本价", "进价卖|按成本价", "价格违规"),
    ("P-3", "最便宜", "最便宜的", "价格违规"),
    ("A-1", "最", "", "绝对化用语"),
    ("S-1", "风水", "改风水|旺风水", "迷信"),
    ("M-1", "降压茶", "降脂茶|降糖茶", "医疗用语"),
    ("M-2", "降血压", "血压{X}降|降压", "医疗用语"),
    ("M-3", "退烧", "", "医疗用语"),
    ("D-1", "微信", "", "导流私下交易"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        LexiconEntry(i, t, c, "high", ("合规说法",), "《广告法》", variants=tuple(v for v in vs.split("|") if v))
        for i, t, vs, c in _ROWS
    ])


def ids(matcher: Matcher, text: str) -> list[str]:
    return [h.entry_id for h in matcher.scan(text)]


@needs_scopes
@pytest.mark.parametrize(
    "text",
    [
        "秒杀到周日晚上八点结束，八点以后恢复日常价二百四十九",
        "活动只到今天，明天回到平时价六十五元",
        "这个价格限今晚，零点一过就恢复原价三百",
    ],
)
def test_the_regular_price_that_comes_back_is_no_reference_price(matcher, text):
    assert ids(matcher, text) == []


@pytest.mark.parametrize("text", ["日常价二百四十九，今天直播间只要九十九", "平时价六十五，今天三十"])
def test_a_regular_price_set_against_todays_price_still_alarms(matcher, text):
    assert ids(matcher, text) == ["P-1"]


@needs_scopes
@pytest.mark.parametrize(
    "text",
    ["这套画册讲江南园林里的风水观念", "书里收了不少徽州民居的风水习俗", "这是一本研究风水史的论文集", "讲传统风水文化的图录"],
)
def test_a_belief_named_as_a_topic_does_not_alarm(matcher, text):
    assert ids(matcher, text) == []


@pytest.mark.parametrize("text", ["这个葫芦放在玄关能旺风水", "摆上这个貔貅改风水"])
def test_a_promise_of_better_fengshui_still_alarms(matcher, text):
    assert "S-1" in ids(matcher, text)


@pytest.mark.parametrize("text", ["这对耳钉按当天的金价卖，不收工费", "这款减脂茶是代用茶，不是药", "减脂茶里加了山楂和荷叶"])
def test_loose_sound_alikes_are_not_taken_for_terms(matcher, text):
    assert ids(matcher, text) == []


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("今天直接进价卖给家人们", "P-2"),
        ("这个降糖茶老人喝了好", "M-1"),
        ("这款芹菜汁能降雪压", "M-2"),  # 雪 xuě for 血 xuè: a recogniser's slip inside no word of the term
        ("坚持喝这个能将血压", "M-2"),
    ],
)
def test_real_mishearings_still_alarm(matcher, text, entry):
    assert ids(matcher, text) == [entry]


@needs_scopes
@pytest.mark.parametrize(
    "text",
    ["这台电子血压计只能测血压，不能降血压", "它测的是血压，并不会降", "体温枪只能量体温，不能退烧"],
)
def test_a_result_denied_after_a_comma_does_not_alarm(matcher, text):
    assert ids(matcher, text) == []


@pytest.mark.parametrize("text", ["喝了一个礼拜血压就降了", "我爸喝完血压慢慢降下来了"])
def test_a_claimed_result_across_a_short_gap_still_alarms(matcher, text):
    assert ids(matcher, text) == ["M-2"]


@pytest.mark.parametrize("text", ["这台手机能微信分身，两个号一起登", "手环震一下就是来了微信消息", "收银机支持微信支付"])
def test_wechat_as_a_device_feature_does_not_alarm(matcher, text):
    assert ids(matcher, text) == []


@pytest.mark.parametrize("text", ["想要的私下微信找我", "下播以后微信聊"])
def test_wechat_as_a_channel_still_alarms(matcher, text):
    assert "D-1" in ids(matcher, text)


@needs_scopes
@pytest.mark.parametrize(
    "text",
    ["最便宜的是那个中号的，二十九块九", "最贵的是那个三件套礼盒装", "最便宜的就是单支装", "最显白的是那个奶茶色"],
)
def test_picking_one_of_the_items_own_variants_does_not_alarm(matcher, text):
    assert ids(matcher, text) == []


@pytest.mark.parametrize(
    "text", ["全网最便宜的是小号的", "最便宜的就是我们家", "最便宜的是这一款", "市面上最贵的是礼盒装"]
)
def test_a_superlative_beyond_the_items_variants_still_alarms(matcher, text):
    assert ids(matcher, text) != []
