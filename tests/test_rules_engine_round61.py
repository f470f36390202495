"""Round 61 (batch 24B's false alarms, t24f): scope families in app.rules.scopes_advised_off/scopes_declines and fixes to older families.

What a user notices: a viewer's question ending in 吗 and answered no with the verb split (问这串手链能转运吗，转不了),
with 都不能 / 也不行 (问这洗面奶能祛痘控油吗，都不能), or a condition's food question answered with caution (问糖尿病能吃这
蛋糕吗，最好别), a garment's range given as a measure (腰围最大能到二尺九, 最大能穿到一百六十斤) and the shop's own best seller
said with 自己 (我们店今年自己卖得最多的是这款) no longer raise popups. The claims stay: a question answered yes (能，戴上就
转运), a no that turns back (祛不了，但是能美白), a disease question answered 能 (能，还能降血糖), 效果最大, 全网卖得最好.
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # a 吗-question answered no
    "有人问这串手链能转运吗，转不了，就是个装饰",
    "有宝宝问这个貔貅能招财吗，招不了的，图个好看",
    "有姐妹问这洗面奶能祛痘控油吗，都不能，就是洁面",
    "有人问这个能治失眠吗，治不好，只是香味助眠",
    # a condition's food question answered with caution
    "有人问高血压能喝这个酒吗，少喝点，度数高",
    "有人问糖尿病能吃这蛋糕吗，最好别，糖多",
    "有宝宝问痛风能吃这海鲜吗，少吃点，嘌呤高",
    # a size range as a measure
    "腰围最大能到二尺九，再胖就别拍了",
    "这条裤子最大能穿到一百六十斤",
    # the shop's own best seller with 自己
    "这个是我们店今年自己卖得最多的款",
])
def test_the_families_stay_quiet(matcher, text):
    assert [(h.surface, h.category) for h in _hits(matcher, text)] == []


@pytest.mark.parametrize(("text", "category"), [
    ("有人问这串手链能转运吗，能，戴上就转运", "迷信"),
    ("有姐妹问这个能祛痘吗，祛不了，但是能美白", "化妆品宣称"),
    ("有宝宝问这个貔貅能招财吗，招不了就退", "迷信"),
    ("有人问糖尿病能喝这个吗，能，还能降血糖", "医疗用语"),
    ("这个手镯能辟邪，你说能辟邪吗，当然能", "迷信"),
    ("这款面膜补水效果最大", "绝对化用语"),
    ("这是全网卖得最好的一条", "绝对化用语"),
    ("这条牛仔裤全网卖得最好", "绝对化用语"),
])
def test_the_claims_still_alarm(matcher, text, category):
    assert category in {h.category for h in _hits(matcher, text)}
