"""The engine's rules as a user sees them, through ``Matcher.scan`` on the bundled lexicon and small lexicons.

matcher.py (owned by the perf helper) calls the engine's rules; the engine sessions numbered the
requests 1 (scope rules), 2 (``{X}``-only pattern forms), 3 (longest wins against homophones). matcher.py
declares the ones it implements in ``ENGINE_REQUESTS_WIRED``; the tests of a request not yet wired are skipped
(with the reason), never passed.
"""

from __future__ import annotations

import pytest

from app.rules import matcher as matcher_module
from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry

WIRED = getattr(matcher_module, "ENGINE_REQUESTS_WIRED", frozenset())


def needs(request: int):
    return pytest.mark.skipif(request not in WIRED, reason=f"matcher.py 尚未接入引擎请求 {request}（见 matcher_requests.md）")


def categories(matcher: Matcher, text: str) -> list[str]:
    return [h.category for h in matcher.scan(text)]


@needs(1)
@pytest.mark.parametrize(
    "text",
    [
        "我们直播间不荐股，不带单",
        "我们从来不说包过，要靠自己努力",
        "请不要相信保本保息的说法",
        "不要加微信，有问题找官方客服",
        "看到私下加微信的都是骗子",
        "千万不要私下转账",
        "我们从不刷单",
        "这个貔貅不是开过光的，就是普通摆件",
    ],
)
def test_negated_and_denounced_claims_do_not_alarm(bundled, text):
    assert bundled.scan(text) == []


@needs(1)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("要不加个微信吧，我发你链接", "导流私下交易"),
        ("这款理财稳赚不赔，绝对不是骗人的", "投资承诺"),
        ("这款吃了不伤身还能降血压", "医疗用语"),
    ],
)
def test_claims_next_to_a_negation_still_alarm(bundled, text, category):
    assert category in categories(bundled, text)


@needs(1)
@pytest.mark.parametrize(
    "text",
    [
        "这是我们店里最便宜的一款羊毛衫",
        "卡其色是我们家卖得最好的",
        "这三个色号里最显白的是这个",
        "我们家最便宜的是一号链接",
        "今天上的几款里最划算的是这个",
        "我们店卖得最好的是黑色",
    ],
)
def test_comparisons_inside_the_shop_do_not_alarm(bundled, text):
    assert bundled.scan(text) == []


@needs(1)
@pytest.mark.parametrize(
    "text", ["我们家的面霜是全网最好的", "这款空调是同类产品里最省电的", "我们家是行业里最好的", "这个是最好的面霜"]
)
def test_superlatives_beyond_the_shop_still_alarm(bundled, text):
    assert "绝对化用语" in categories(bundled, text)


@needs(2)
def test_gap_rows_match_without_a_number():
    matcher = Matcher([LexiconEntry("D-1", "刷{X}好评", "数据造假", "high", ("欢迎真实评价",), "《电子商务法》第十七条")])
    for text in ("大家去刷个好评", "帮我们刷一波好评", "刷好评返现"):
        assert [h.entry_id for h in matcher.scan(text)] == ["D-1"], text
    assert matcher.scan("刷完牙再来看好评") == []  # more than four characters between


@needs(3)
def test_a_longer_misheard_severe_term_wins_over_a_short_exact_hit():
    entries = [
        LexiconEntry("S-1", "全网最低价", "价格违规", "high", ("直播间专属优惠价",), "《价格法》第十四条"),
        LexiconEntry("S-2", "最低价", "价格违规", "medium", ("优惠价",), "《价格法》第十四条"),
    ]
    hits = Matcher(entries).scan("今天给到的是泉网最低价")  # 泉 quán for 全 quán
    assert [(h.surface, h.entry_id) for h in hits] == [("泉网最低价", "S-1")]
    assert hits[0].confidence < 1.0


@needs(1)
@pytest.mark.parametrize(
    "text",
    [
        "千万别信什么包治百病的话，身体不舒服还是要去医院",  # 治百病 inside the denied 包治百病 must not fire either
        "千万 别 信 什么 包治百病 的 话",
        "有人说戴这个能转运，那是迷信，我们就是卖个好看",
        "这款泡脚包就是帮助放松，有糖尿病足的一定要先问医生",
        "主播B：我觉得燕麦色最百搭，不过看个人喜好",
    ],
)
def test_denied_claims_cautions_and_colour_choices_do_not_alarm(bundled, text):
    assert bundled.scan(text) == []


@needs(1)
def test_a_denied_phrase_leaves_the_next_claim_alarming(bundled):
    hits = bundled.scan("有人说加微信是违规的，没关系，私下加我微信")
    assert [h.category for h in hits] == ["导流私下交易"]
    assert hits[0].start > "有人说加微信是违规的".__len__()


@needs(5)
def test_accent_mergers_for_long_terms_only():
    entries = [
        LexiconEntry("A-1", "开过光", "迷信", "high", ("精美摆件",), "《广告法》第九条第八项"),
        LexiconEntry("A-2", "开光", "迷信", "high", ("精美摆件",), "《广告法》第九条第八项"),
        LexiconEntry("A-3", "零风险", "投资承诺", "high", ("投资有风险",), "《广告法》第二十五条"),
    ]
    matcher = Matcher(entries)
    assert [h.entry_id for h in matcher.scan("这个貔貅开过关的")] == ["A-1"]  # guan for guang (an/ang)
    assert [h.entry_id for h in matcher.scan("这个理财宁风险")] == ["A-3"]  # ning for ling (n/l)
    assert matcher.scan("把开关打开") == []  # two characters: no merger
