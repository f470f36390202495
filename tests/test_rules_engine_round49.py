"""Round 49 (batch 21's misses, lead): variants on existing rows for five families.

What a user notices: 保发财 / 装进去就来财 from a charm (迷信), 保孩子考上名校 from a 文昌塔 (迷信), 进我的群下单 (导流: an order moved
into a private group), 过了今晚永远不会有这个价 (虚假紧迫) and 装上省油一半 (功效夸大) now raise their popups, in wordings not taken
from the corpus; ordinary talk with the same words (恭喜发财, 发财树好养, 进群领优惠券，在直播间下单, 这个钱包装进去卡很方便,
永远不会有这么好的机会) stays quiet. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize(("text", "category"), [
    ("这个金蟾摆在收银台保发财", "迷信"),
    ("招财钱包，卡放进去就来财", "迷信"),
    ("这个文昌塔摆书桌，保孩子考上好大学", "迷信"),
    ("想要的宝宝进群后再下单，群里价格低", "导流私下交易"),
    ("过了今晚就再也不会有这个价了", "虚假紧迫"),
    ("这个节油宝加进去省一半油", "功效夸大"),
])
def test_the_families_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}


@pytest.mark.parametrize("text", [
    "恭喜发财，红包拿来",
    "发财树好养，一周浇一次水",
    "进群领优惠券，在直播间下单",
    "这个钱包装进去卡很方便",
    "永远不会有这么好的机会，说笑的",
    "省油一半是不可能的，能省一点是一点",
])
def test_ordinary_talk_stays_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []
