"""Round 64 (batch 25A's false alarms, t25e): older scope families widened to the wordings they missed.

What a user notices: a question echoed in place and refused after an apology (能加个微信吗？不好意思哈，平台不让), an
effect followed by a flat 做不到/办不到 (这款爽肤水就是保湿，淡斑做不到哈), the page's remaining count named (前五十单送杯套，
页面上标着剩余名额), 最好 + 装|盛|存 as advice (别装热油，最好装凉白开), an A-not-A that repeats the tail of a pattern hit
(就是个铜葫芦，辟邪不辟邪我不管), a national grade heard as 极品 (特级品, 一级品) and 包过 heard for 包裹 at the head of
its sentence (包过还在路上) no longer raise popups. The claims stay: a refusal that turns back (…不好意思，加我小号), others'
failing (别家美白祛斑做不到，我们这款可以), a rhetorical 做不到？, a push beside the count (…赶紧拍), 最好装的 (easiest to fit),
an A-not-A answered yes or with a guarantee (不上鱼你来找我), 极品 said, 包过 of an exam.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # round 45's apology refusal, the question echoed without 问
    "可以私下转账吗？抱歉，这个不支持。",
    "能加个微信吗？不好意思哈，平台不让。",
    "能私下加微信吗？对不起，不可以，有事找客服。",
    # batch 10's denied effect, a flat 做不到 right after the effect
    "这款爽肤水就是保湿，淡斑做不到哈。",
    "这个霜只是滋润，去皱办不到。",
    "这个洗发水就是洗干净，生发做不到。",
    # batch 12's count on the page, the remaining count named
    "前五十单送杯套，页面上标着剩余名额。",
    "前两百名送小样，小黄车里有剩余数量。",
    # batch 12's 最好 "had better", filled or stored with
    "这个水杯别装热油，最好装凉白开。",
    "这个密封罐最好盛干货，不要装油。",
    "这个饭盒最好存冷藏，别放太久。",
    # the A-not-A of the term's tail after a pattern hit
    "这就是个铜葫芦，辟邪不辟邪我不管。",
    "这个手串就是个装饰，转运不转运看你自己。",
    # a national grade, not 极品
    "这批红茶是特级品，国标分特级和一级。",
    "大米按国家标准分优级品、一级品。",
    # round 48's 包过 heard for 包裹, opening its sentence
    "包过还在路上，大家别着急。",
    "宝宝们，包过今天都发出了。",
    "包过到哪了？我帮你查一下。",
])
def test_the_widened_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("能加微信吗？不好意思，加我小号", "导流私下交易"),
    ("别家美白祛斑做不到，我们这款可以。", "化妆品宣称"),
    ("美白祛斑做不到？那是你没用对，用我们这款", "化妆品宣称"),
    ("美白祛斑做不到的，它都能做到。", "化妆品宣称"),
    ("前一百单送赠品，右上角有剩余数量，赶紧拍", "虚假紧迫"),
    ("这款柜子是最好装的", "绝对化用语"),
    ("这个柜子最好装，十分钟搞定", "绝对化用语"),
    ("这个摆件招财，不招财包退。", "迷信"),
    ("这罐蜂蜜是极品。", "绝对化用语"),
    ("包过，今天都发出了资料，考试必过", "投资承诺"),
    ("我们包过，已经发出的学员都过了", "投资承诺"),
])
def test_the_claims_still_fire(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}, text
