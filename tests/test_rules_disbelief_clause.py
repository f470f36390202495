"""别买 (don't buy) warns off its own clause only: 别买黑色的，按八字选颜色 still chooses colours by 八字 (batch 66, lg-25167).

Disbelief reaches up to six characters back over anything (千万别买那些说能降血压的), and across a removed comma it used to
drop a claim made in the next clause. Now a 别买 / 不要买 in an earlier clause leaves the claim standing; disbelief in the
claim's own clause, and 别信 across a comma, still deny it. Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_categories


@pytest.mark.parametrize(("text", "category"), [
    ("今年别买黑色的，按八字选颜色才旺", "迷信"),
    ("别买太小的，这款能根治鼻炎", "医疗用语"),
    ("别买散装的，这个喝了降血压", "医疗用语"),
    ("不要买杂牌的，我们这个按八字选颜色", "迷信"),
])
def test_a_claim_after_a_clause_that_says_dont_buy_fires(matcher, text, category):
    assert category in checked_categories(matcher, text), text


@pytest.mark.parametrize("text", [
    "千万别买那些说能降血压的",
    "别买那种号称包治百病的东西",
    "别买，说喝了能降血压的都是骗人的",
    "别买这种根治鼻炎的",
])
def test_dont_buy_in_the_claims_own_clause_still_denies_it(matcher, text):
    assert not checked_categories(matcher, text), text
