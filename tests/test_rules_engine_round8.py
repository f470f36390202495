"""Round 8: a soft negation before a promise, a refused transaction, a disclaimed object, a channel named without
sending anyone there, a past sell-out, and the loader's warning about a form whose doubled end folds to one character.

What a user notices: an anchor who says 雅思不一定稳过, 我们不支持私下转账, 八卦镜只是装饰品, 微信支付和支付宝都能用,
去年冬天卖断货了 gets no popup; 雅思跟着学稳过, 支付宝转我就行, 八卦镜挂门口能挡煞, 去淘宝搜我们店, 今天赶紧拍 still
raise one. A compliance writer who types ``{收益}{X}稳稳`` is told (file, line, Chinese) that it is read as
``{收益}{X}稳``. Real bundled lexicon, real matcher, real files under tmp_path.
"""

from __future__ import annotations

import pytest

from app.rules.lexicon import load_lexicon, read_lexicon_file
from app.rules.matcher import Matcher
from tests.rule_checks import checked_categories as _categories


@pytest.mark.parametrize("text", [
    "雅思不一定稳过",
    "这个课程跟着学也不一定稳过",
    "教资面试不一定一次过",
    "理财收益并不稳拿，有涨有跌",
    "这类产品收益没有保障，大家谨慎",
    "考研不一定稳了",
    "收益很不稳定，别全投进去",
    "驾照科目二没有包过这一说",
    "这个网课也不是听完就包过的",
    "考证不太容易一次通过，大家多练",
])
def test_a_soft_negation_before_the_promise_denies_it(matcher, text):
    assert "投资承诺" not in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "雅思跟着学稳过",
    "这个课程听完稳过",
    "考公跟着我们学包过",
    "不是吹，听完就包过",
    "不一定好过，但是跟着学稳过",
    "收益稳稳当当，每个月都有",
    "收益保底，稳赚不赔",
])
def test_the_promise_itself_still_fires(matcher, text):
    assert "投资承诺" in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "我们不支持私下转账，一律走平台",
    "不支持微信转账哈，都走链接",
    "我们拒绝一切站外交易",
    "本店不接受线下交易，请在直播间拍",
    "店铺不提供私下交易，售后都在平台",
    "我们不走淘宝，就在这个直播间",
])
def test_refusing_an_off_platform_deal_is_no_diversion(matcher, text):
    assert "导流私下交易" not in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "微信支付和支付宝都能用",
    "平台支持微信和支付宝付款",
    "去淘宝买东西要认准正品",
    "在京东买电器记得看自营",
    "得物上买鞋要看鉴定",
    "微信公众号的文章说过这个",
    "朋友圈看到有人晒这个包",
])
def test_a_channel_described_is_no_diversion(matcher, text):
    assert "导流私下交易" not in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "加我微信，私聊下单",
    "去淘宝搜我们店，那边更便宜",
    "支付宝转账给我就行",
    "可以微信付款，不走平台",
    "看我朋友圈",
    "私下转账给我再便宜点",
    "淘宝上搜同款更便宜",
])
def test_moving_the_deal_off_the_platform_still_fires(matcher, text):
    assert "导流私下交易" in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "这个八卦镜只是装饰品，没有什么功效",
    "这个护身符只是个纪念品",
    "桃木剑只是个工艺品，挂着好看",
    "貔貅只是个工艺品，不代表能招财",
])
def test_an_object_disclaimed_right_after_is_no_superstition(matcher, text):
    assert "迷信" not in _categories(matcher, text)


def test_a_heat_patch_said_to_be_only_that_is_no_medical_claim(matcher):
    assert "医疗用语" not in _categories(matcher, "这款暖宫贴是发热贴主要是保暖")
    assert "医疗用语" in _categories(matcher, "这个暖宫贴贴上宫寒就没了")


@pytest.mark.parametrize("text", [
    "这个八卦镜挂门口能挡煞",
    "八卦镜只是装饰品，但是挂门口能挡煞",
    "貔貅摆在收银台招财进宝",
])
def test_a_superstitious_claim_still_fires(matcher, text):
    assert "迷信" in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "这款去年冬天卖断货了，今年备货多",
    "这个色号上次直播卖断货了，这次备了很多",
    "前三名的奖品已经发了，明天公布",
])
def test_a_past_sell_out_is_a_fact_not_urgency(matcher, text):
    assert "虚假紧迫" not in _categories(matcher, text)


@pytest.mark.parametrize("text", [
    "去年卖断货了，今年赶紧拍",
    "上次卖断货了，这次也快没了",
    "前五十名下单送赠品",
])
def test_urgency_now_still_fires(matcher, text):
    assert "虚假紧迫" in _categories(matcher, text)


HEADER = "id,term,variants,category,severity,suggestions,basis,exemptions,product_categories,enabled,note\n"


def test_loader_warns_when_a_doubled_end_folds_to_one_character(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text(
        HEADER
        + "T-1,稳赚钱,收益{X}稳稳,投资承诺,high,历史收益仅供参考,《广告法》第二十五条,,,1,\n"
        + "T-2,稳赚不赔,收益稳稳当当|宝宝{X}长了{N}公分,投资承诺,high,历史收益仅供参考,《广告法》第二十五条,,,1,\n",
        encoding="utf-8",
    )
    result = read_lexicon_file(path)
    assert result.errors == []
    assert [w.line for w in result.warnings] == [2]
    message = result.warnings[0].message
    assert "收益{X}稳稳" in message and "口吃" in message and "“稳”" in message
    # the form is still folded like the text (said 稳稳的 arrives as 稳的), so it keeps matching what it was written for
    entries = [e for e in result.entries if e.id == "T-1"]
    assert {h.term for h in Matcher(entries).scan("收益稳稳的")} == {"稳赚钱"}


def test_the_bundled_lexicon_has_no_folding_warning():
    load = load_lexicon()
    assert not [w for w in load.warnings if "口吃" in w.message and "成员" not in w.message]
