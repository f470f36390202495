"""{TEL}: a mobile number given out as a contact — in digits, or said digit by digit as the recogniser writes it.

What a user notices: an anchor reading out a phone number to take buyers off the platform raises the 导流 popup
whether the text has 13812345678, 138 1234 5678 or the recogniser's 一三八一二三四五六七八 (Vosk writes numbers in
Chinese characters, which the old `{手机号段}{N}` forms never matched), while a price after 打 (满1999打1388),
a price said in words (打电话问的都是一千三百八的那款) or a short service number stays quiet.
Real bundled lexicon, real matcher; the placeholder itself through the loader's check and the compiler.
"""

from __future__ import annotations

import pytest

from app.rules.model import LexiconEntry
from app.rules.patterns import compile_form, placeholder_problem
from app.rules.prefixes import PrefixIndex
from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "surface"), [
    ("有事直接打电话一三八一二三四五六七八，我给你留着", "打电话一三八一二三四五六七八"),
    ("拨打幺五九八七六五四三二一，报主播名字", "拨打幺五九八七六五四三二一"),
    ("想要批发的打13812345678找我", "打13812345678"),
    ("我微信同号 139 1234 5678 加一下", "微信同号 139 1234 5678"),
    ("电话是186-0000-1234，白天都在", "电话是186-0000-1234"),
    ("想要的宝宝打 幺 八 六 零 零 零 零 一 二 三 四", "打 幺 八 六 零 零 零 零 一 二 三 四"),
])
def test_a_mobile_number_given_as_a_contact_is_flagged(matcher, text, surface):
    hits = _hits(matcher, text)
    assert [(h.surface, h.category) for h in hits] == [(surface, "导流私下交易")]


@pytest.mark.parametrize("text", [
    "今天满1999打1388，相当于七折",  # a price after 打 (打折)
    "打电话来问的都是一千三百八的那款",  # a price said in words
    "这款手机1399元，电话手表只要399",
    "客服电话是四零零八八八，有售后问题找官方客服",  # a service line: no mobile number
    "订单号13812345678901已经发货了",  # a longer run of digits is no phone number
    "打八折之后是一百三十八块",
])
def test_prices_and_other_numbers_stay_quiet(matcher, text):
    assert [h for h in _hits(matcher, text) if h.category == "导流私下交易"] == []


def test_the_placeholder_compiles_and_is_checked_like_the_others():
    assert placeholder_problem("打电话{TEL}") is None
    assert "紧挨着" in placeholder_problem("打{N}{TEL}")
    assert "{TEL}" in placeholder_problem("打{tel}")  # the message lists the placeholder to write instead
    pattern = compile_form("打电话{TEL}")
    assert pattern.anchor == "打电话" and pattern.number_after  # the regex runs only where a digit follows
    assert pattern.regex.search("打电话13812345678") is not None
    assert pattern.regex.search("打电话1381234567") is None  # ten digits
    assert pattern.regex.search("打电话一三八一二三四五六七八") is not None
    assert pattern.regex.search("打电话一三八块") is None


def test_a_contact_word_at_the_end_waits_for_the_number():
    entry = LexiconEntry(id="TEL", term="电话{TEL}", category="导流私下交易", severity="high",
                         suggestions=("请联系官方客服",), basis="平台规则")
    other = LexiconEntry(id="CALL", term="电话", category="导流私下交易", severity="low",
                         suggestions=("请联系官方客服",), basis="平台规则")
    index = PrefixIndex([entry, other])
    assert index.could_grow("电话", "CALL")  # 电话 may still become 电话138…, another entry's hit
    assert not index.could_grow("电话", "TEL")
