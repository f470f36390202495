"""Round 101 (ttwins): one reader for a banned word talked about, and 绝对 read as a turn back only when it asserts.

What a user notices: nothing new on the corpus — the older partial readers of "a banned word talked about" (round 88's
别老说最好…平台不让说, batch 16's 最好这个词我不说 / 保本这个承诺咱们不给, round 77's 场控叮嘱主播别说第一) are gone and
``scopes_forbidden_word`` reads all their wordings, so a host who names a word to refuse it still gets no popup, and a
host who turns back (但…, 其实就是…, 说顶级都谦虚了) still gets the claim flagged. And a disclaimer followed by the
rule's own name or a prohibition (我没法说，绝对化的话平台要罚; 我不敢说，绝对不能乱说) is no longer read as a turn back:
``scopes_answers.TURN_BACK`` takes 绝对 only when it asserts (绝对是最划算的 still turns back).
Real bundled lexicon, real matcher.
"""

from __future__ import annotations

import pytest

from tests.rule_checks import checked_hits as _hits


@pytest.mark.parametrize("text", [
    # someone reminds the host not to say it (round 77's reading, now in scopes_forbidden_word)
    "运营提醒我们不要讲顶级，我们就说做工好",
    "老板交代过别用最好，大家自己看",
    "助理刚提醒我不能说全网最低，那就说直播间优惠",
    "品控要求我们不许提根治，只讲成分",
    # the word named with a word noun and refused (batch 16's word_mentioned)
    "杀菌消炎这种话不能说",
    "保本这个承诺咱们不给",
    "根治这种话我们从来不讲",
    "包治百病这样的话我们不敢说",
    # told not to keep saying it, with the ban after (round 88's quoted-as-forbidden)
    "你别老说最好最好的，人家平台不让说",
    "别总说全网最低，平台不让讲",
])
def test_a_banned_word_talked_about_stays_quiet(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text", [
    # a disclaimer, then the rule's own name or a prohibition: no turn back
    "是不是最好的？我没法说，绝对化的话平台要罚",
    "有人问是不是全网最低？这个我不敢保证，绝对化用语我们不能说",
    "宝宝问这锅是不是最好的？我不敢说，绝对不能乱说",
    "有人让我喊一句“绝对不粘”，我不喊，喊了就是绝对化用语",
])
def test_absolute_as_a_name_or_a_prohibition_turns_nothing_back(matcher, text):
    assert _hits(matcher, text) == []


@pytest.mark.parametrize("text, surface", [
    ("老板交代别说第一，其实就是卖得最好", "卖得最好"),
    ("最好这个词我不说，但是真的好用", "最好"),
    ("有人问是不是全网最低？我不敢保证，但绝对是最划算的", "最划算"),
    ("顶级这个说法我不用，说顶级都谦虚了", "顶级"),
    ("这个价格绝对是最低的", "绝对"),
    ("这锅绝对不粘，全网最低", "全网最低"),
])
def test_the_claim_made_anyway_still_fires(matcher, text, surface):
    assert surface in [h.surface for h in _hits(matcher, text)]
