"""Advice on taking a drug one already has is no medical claim for the goods.

What a user notices: 降压药一定要按医生说的吃，别自己停 (an anchor telling viewers to keep taking their blood-pressure
medicine) no longer raises the 医疗用语 popup on 降压; the goods said to replace the drug (吃了这个降压药就不用按时吃了,
降压药都可以停了) still do. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    "降压药一定要按医生说的吃，别自己停",
    "降压药别自己停，这个只是日常喝的茶",
    "降糖药还是要遵医嘱，我们这个是普通食品",
])
def test_medication_advice_is_quiet(matcher, text):
    assert [h.surface for h in _hits(matcher, text) if h.category == "医疗用语"] == []


@pytest.mark.parametrize("text", [
    "吃了这个降压药就不用按时吃了",
    "喝了三个月降压药都可以停了",
])
def test_goods_that_replace_the_drug_still_alarm(matcher, text):
    assert "医疗用语" in {h.category for h in _hits(matcher, text)}
