"""Round 77 (batch 29B's false alarms, t29f): three older scope families widened in place, no new module, no rows.

What a user notices: another platform named only to decline comparing its price (天猫和京东的价格我不清楚，我们这里是…;
拼多多什么价我不知道), a reminder not to say a banned word (助理提醒我不要说第一; 平台规定不能用顶级这个词; 不要说全网最低，
我们换个说法) and the show's own end in its last minutes (最后十分钟我们就下播了，明天八点见; 最后五分钟咱们准备收工) no
longer raise popups. The claims stay: a redirect or a comparison after the declined price (你去天猫搜一下; 但是比京东贵),
a reminder turned back (不要说最好用的，这就是最好用的), a banned word with no reminder (别说第一了…), and the last minutes
with a push or a price (最后十分钟就下播了，赶紧下单; 下播就恢复原价; 最后十分钟活动就结束了). Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # another platform's price declined (scopes_corrections.price_unknown, widens round 17's here_only)
    "京东上卖多少我真不知道，我们直播间就是这个价。",
    "拼多多什么价我不清楚，咱们这里到手一百二。",
    "淘宝那边的价格我们不了解，我只能说这里是一百五。",
    "京东的活动我没关注，我们这边今天送两双袜子。",
    "淘宝的价钱我也不知道，咱们只看自己家。",
    "天猫多少钱我真不清楚，我们这里就是九十九。",
    # a reminder not to say a word (scopes_corrections.corrected, round 17/57/65/74's corrections)
    "运营提醒我不能说最好，我们换个说法，这款很好用。",
    "场控叮嘱主播别说第一，这款是店里卖得多的一款。",
    "平台规定不能用顶级这个词，咱们说做工扎实。",
    "不要说全网最低，我们换个说法，到手价很划算。",
    "助播刚才提醒我不要讲国家级，这个说法不合规。",
    "后台交代过别提第一，我们就说销量不错。",
    # the show's own end (scopes_stock.show_agenda, round 70's agenda)
    "最后五分钟我们就下播了，明天见。",
    "还有最后十分钟就关播了，明天早上十点见。",
    "最后二十分钟咱们准备收工了。",
    "最后十分钟我就下线了，谢谢大家。",
    "最后十分钟结束今天的直播，晚安。",
    "家人们最后十分钟主播也要下播了，明晚七点不见不散。",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("天猫的价格我不清楚，你们去天猫搜一下对比。", "导流私下交易"),
    ("天猫的价格我不清楚，但是比京东贵。", "导流私下交易"),
    ("京东价我不清楚去京东搜一下就知道。", "导流私下交易"),
    ("淘宝上卖多少我不知道，私信我给你报价。", "导流私下交易"),
    ("京东的优惠我不清楚，你们自己看看。", "导流私下交易"),
    ("不要说最好用的，这就是最好用的。", "绝对化用语"),
    ("别说第一了，它就是第一。", "绝对化用语"),
    ("提醒大家这款是第一。", "绝对化用语"),
    ("运营提醒我不能说第一，可它就是销量第一。", "绝对化用语"),
    ("最后十分钟就下播了，赶紧下单。", "虚假紧迫"),
    ("最后十分钟我们就下播了，下播之后就恢复原价。", "虚假紧迫"),
    ("最后十分钟活动就结束了。", "虚假紧迫"),
    ("最后十分钟下单的送赠品，然后我们就下播。", "虚假紧迫"),
    ("最后十分钟我们就撤了，想要的快拍。", "虚假紧迫"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
