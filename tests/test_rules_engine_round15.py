"""Round 15: the issue's own number families said with an adverb in the middle, and a few textbook phrases.

What a user notices: 一个月保证瘦十斤, 七天必瘦8斤, 三周至少瘦五斤, 九成用户都说有效, 有效率达到百分之九十九,
见效快, 过了今天就没了, 军方专用 each raise a popup (before, the adverb or the verb in the middle let them through),
while a lottery's 第一名, 最后一位幸运观众, 不保证效果, 万能接口, a 限定色 that will not be remade, a warning against such claims, a pack of lean meat by weight or a refusal to quote a rate stays quiet.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "surface", "category"), [
    ("这款茶一个月保证瘦十斤", "一个月保证瘦十斤", "功效夸大"),
    ("喝了七天必瘦8斤", "七天必瘦8斤", "功效夸大"),
    ("坚持三周至少瘦五斤", "三周至少瘦五斤", "功效夸大"),
    ("一周轻松瘦５公斤", "一周轻松瘦５公斤", "功效夸大"),
    ("十天就可以瘦八斤", "十天就可以瘦八斤", "功效夸大"),
    ("这个代餐保证瘦十斤", "瘦十斤", "功效夸大"),
    ("九成用户都说有效", "九成用户都说有效", "功效夸大"),
    ("99%的人说有效", "99%的人说有效", "功效夸大"),
    ("有效率达到百分之九十九", "有效率达到百分之九十九", "功效夸大"),
    ("有效率高达九成", "有效率高达九成", "功效夸大"),
    ("百分之九十的人用了以后都说有效", "百分之九十的人用了以后都说有效", "功效夸大"),
    ("这个药膏见效快，抹上就不痒", "见效快", "功效夸大"),
    ("家人们过了今天就没了", "过了今天就没了", "虚假紧迫"),
    ("这款水壶是军方专用的", "军方专用", "权威背书"),
    ("这款是同类产品里的第一名", "第一名", "绝对化用语"),
    ("最后一位了赶紧拍", "最后一位了", "虚假紧迫"),
    ("这个面霜保证效果", "保证效果", "功效夸大"),
    ("这款面霜万能的，哪都能抹", "万能的", "绝对化用语"),
    ("卖完不补，抓紧", "卖完不补", "虚假紧迫"),
])
def test_number_claims_with_a_word_in_the_middle_fire(matcher, text, surface, category):
    hits = _hits(matcher, text)
    assert [(h.surface, h.category) for h in hits] == [(surface, category)]


@pytest.mark.parametrize("text", [
    "别信那种一个月保证瘦十斤的广告，减肥靠管住嘴迈开腿。",
    "这包瘦肉五斤装，三天内吃完。",
    "一周后再称一下，瘦不瘦看个人。",
    "我们不说有效率，效果因人而异。",
    "这条裤子一个月卖了十斤重的货",
    "抽奖第一名的宝宝中奖了，私信客服登记地址。",
    "评论区第一名送一份小样。",
    "最后一位幸运观众是谁呢，我们来抽一下。",
    "我们不保证效果，因人而异。",
    "这款数据线支持万能接口，苹果安卓都能充。",
    "这款是限定色，卖完不补，喜欢的可以看看。",
])
def test_the_same_words_without_a_claim_stay_quiet(matcher, text):
    assert _hits(matcher, text) == []
