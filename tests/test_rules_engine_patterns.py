"""Pattern placeholders: decimals in {N}, the measure word {U}, the gap {X} (app.rules.patterns)."""

from __future__ import annotations

import pytest

from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry
from app.rules.patterns import compile_form, is_pattern, placeholder_problem


def entry(term: str, *variants: str, category: str = "虚假紧迫") -> LexiconEntry:
    return LexiconEntry("P-1", term, category, "high", ("活动进行中",), "《网络直播营销管理办法（试行）》", variants=variants)


@pytest.mark.parametrize("text", ["最后三箱", "最后二十份", "最后二十罐", "最后十个", "最后五斤", "最后三袋", "最后3盒",
                                  "最后５公斤", "最后三点五斤", "最后两双"])
def test_one_unit_row_covers_every_measure_word(text):
    matcher = Matcher([entry("最后{N}{U}")])
    assert [h.surface for h in matcher.scan(f"家人们，{text}了")] == [text]


@pytest.mark.parametrize("text", ["最后一点库存了", "最后三天到货", "最后给大家讲三个"])
def test_a_unit_is_required_after_the_number(text):
    assert Matcher([entry("最后{N}{U}")]).scan(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("有效率九十九点九%", "九十九点九%"), ("有效率百分之九十九点九", "百分之九十九点九"), ("有效率99.9%", "99.9%")],
)
def test_decimal_numbers_said_with_dian(text, surface):
    matcher = Matcher([entry("有效率{N}%", category="功效夸大")])
    assert [h.surface for h in matcher.scan(text)] == ["有效率" + surface]


def test_a_time_of_day_is_not_a_decimal():
    matcher = Matcher([entry("最后{N}分钟")])
    assert [h.surface for h in matcher.scan("三点半开播，最后五分钟")] == ["最后五分钟"]


def test_gap_regex_spans_up_to_four_characters_within_a_sentence():
    rx = compile_form("没有比{X}更便宜").regex
    assert rx.search("没有比我们家更便宜的")
    assert rx.search("没有比更便宜的")
    assert not rx.search("没有比我们家这边还要更便宜")  # five characters
    assert not rx.search("没有比。更便宜")  # a sentence boundary


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ("{U}单", "紧跟在 {N} 后"),
        ("最后{U}", "紧跟在 {N} 后"),
        ("{X}好评", "开头或结尾"),
        ("刷{X}", "开头或结尾"),
        ("最后{N}{X}", "紧挨着"),
        ("刷{x}好评", "“{x}”"),
        ("{X}{N}", "没有文字"),
    ],
)
def test_wrong_placeholders_are_explained_in_chinese(form, message):
    problem = placeholder_problem(form)
    assert problem and message in problem


@pytest.mark.parametrize("form", ["最后{N}{U}", "刷{X}好评", "{N}天瘦{N}斤", "没有比{X}更便宜", "每单倒贴{N}块"])
def test_valid_forms(form):
    assert placeholder_problem(form) is None and is_pattern(form)
    assert LexiconEntry("X", form, "数据造假", "high", ("a",), "b").is_pattern


def test_plain_terms_are_not_patterns():
    assert not is_pattern("全网最低价") and placeholder_problem("全网最低价") is None
