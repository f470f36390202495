"""PrefixIndex: could more speech turn a hit at the end of a partial into another hit, or none?"""

from __future__ import annotations

import threading

import pytest

from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry
from app.rules.prefixes import PrefixIndex, prefix_index


def entry(eid, term, variants=(), exemptions=()):
    return LexiconEntry(id=eid, term=term, category="绝对化用语", severity="medium", suggestions=("换个说法",),
                        basis="《广告法》第九条", variants=tuple(variants), exemptions=tuple(exemptions))


ENTRIES = [
    entry("ZUI", "最", exemptions=("最后一个",)),
    entry("ZUIHAO", "最好"),
    entry("PRICE", "全网最低价", variants=("全网最低", "全网底价")),
    entry("FIRST", "第一", exemptions=("第一次",)),
    entry("BRAND", "第一品牌"),
    entry("LAST", "最后{N}分钟"),
    entry("HEIGHT", "{N}个月长高{N}厘米"),
    entry("LOW", "史上最低价"),
    entry("CURE", "降血压"),
]


@pytest.fixture(scope="module")
def index():
    return PrefixIndex(ENTRIES)


@pytest.mark.parametrize(("tail", "entry_id", "expected"), [
    ("最", "ZUI", True),  # 最好 / 最后{N}分钟 of other entries start with it
    ("全网最低", "PRICE", False),  # only its own entry's 全网最低价 extends it: same popup, no need to wait
    ("全网最低", "OTHER", True),
    ("第一", "FIRST", True),  # 第一品牌 (another entry) and 第一次 (its own exemption)
    ("第一品", "FIRST", True),
    ("第一品牌", "BRAND", False),  # complete, nothing longer
    ("降血压", "CURE", False),
    ("最后三", "ZUI", True),  # a number in 最后{N}分钟
    ("最后三十", "ZUI", True),
    ("最后3分", "ZUI", True),
    ("最后三分钟", "LAST", False),
    ("最后三秒", "ZUI", False),
    ("三个月长", "OTHER", True),  # a pattern that starts with a number
    ("", "ZUI", False),
])
def test_could_grow(index, tail, entry_id, expected):
    assert index.could_grow(tail, entry_id) is expected


def test_own_exemption_counts_but_not_another_entrys(index):
    assert index.could_grow("最后一", "ZUI")  # 最后一个 would drop the 最 hit
    assert not index.could_grow("第一次", "FIRST")  # the exemption is complete: nothing to wait for
    lone = PrefixIndex([entry("X", "好评如潮", exemptions=("好评如潮水",)), entry("Y", "好评")])
    assert lone.could_grow("好评如潮", "X")
    assert not lone.could_grow("好评如潮", "Z")


def test_safe_words_count_for_any_entry():
    lone = PrefixIndex([entry("ZUI", "最")])
    assert lone.could_grow("最", "ZUI")  # 最近 / 最初 / 最终 are safe words
    assert not PrefixIndex([entry("CURE", "降血压")]).could_grow("降血压", "CURE")


def test_hit_at_the_end_ignores_trailing_spaces_and_fillers(index):
    assert index.hit_could_grow("这是全网最低 呃", 2, "OTHER")
    assert index.hit_could_grow("這是全網最低", 2, "OTHER")  # traditional characters fold like the matcher's
    assert not index.hit_could_grow("这是全网最低价 呃，", 2, "PRICE")


def test_a_longer_term_starting_before_the_hit_counts():
    lone = PrefixIndex([entry("FREE", "包邮"), entry("HOME", "全国包邮到家")])
    assert not lone.could_grow("包邮", "FREE")
    assert lone.hit_could_grow("这款全国包邮", 4, "FREE")  # 全国包邮到家 would cover 包邮
    assert not lone.hit_could_grow("这款我们包邮", 4, "FREE")


def test_a_hit_followed_by_other_words_cannot_grow(index):
    text = "第一" + "真的非常好用" * 10
    assert not index.hit_could_grow(text, 0, "FIRST")
    assert not index.hit_could_grow("第一真的", 0, "FIRST")


def test_index_is_built_once_per_matcher_even_from_many_threads():
    matcher = Matcher(ENTRIES)
    got = []
    threads = [threading.Thread(target=lambda: got.append(prefix_index(matcher))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in got}) == 1 and got[0] is prefix_index(matcher)
    assert prefix_index(Matcher(ENTRIES[:2])) is not got[0]
    assert got[0].could_grow("最", "ZUI")


def test_disabled_entries_are_left_out():
    off = LexiconEntry(id="OFF", term="好评如潮", category="绝对化用语", severity="medium", suggestions=(), basis="",
                       enabled=False)
    assert not PrefixIndex([entry("GOOD", "好评"), off]).could_grow("好评", "GOOD")
    assert PrefixIndex([entry("GOOD", "好评"), entry("ON", "好评如潮")]).could_grow("好评", "GOOD")


def test_unit_and_gap_patterns_hold_what_comes_before_them():
    """最后{N}{U} and 刷{X}好评: the literal part before a measure word or a gap can still grow into them."""
    index = PrefixIndex([entry("URGE", "只剩{N}{U}"), entry("FAKE", "刷{X}好评"), entry("OTHER", "好评")])
    assert index.could_grow("只剩三", "X")  # 只剩三 → 只剩三单
    assert index.could_grow("刷", "X")  # 刷 → 刷一波好评
    assert not index.could_grow("只剩三单了吧", "X")
