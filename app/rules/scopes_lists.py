"""Context scopes: word lists and small readers shared by several scope families.

Twins the families share (one copy each, imported — never copied): the sentence-end class, the outside
scopes, the forbidden-word quote, the turn back after a disclaimer, and similar. Pure module-level compiled
regexes and small pure functions: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_text import SENTENCE_END, _after, _sentence

_END = SENTENCE_END

# One list of turns back after a refusal (round 101: the apology reader's list in scopes_declines and the topic/contact
# reader's _TURN were the same words with a few more — merged, corpus output identical).
_TURNS_BACK = re.compile(r"但|不过|可是|其实就是|其实是|私下|私信|私聊|加我|找我|联系我|小号|悄悄|反正|基本上|大部分|很多人|另外|其实")

_OUTSIDE = re.compile(r"全网|全国|全球|全平台|行业|业界|业内|公认|市面|史上|同类|同行|同价位|同级|世界|国内|别家|别人家|其他家")


_ASKED_BEFORE = re.compile(rf"(?:问(?:我们|主播|我|一下)?[^{_END}:?]{{0,10}}|能|会|可以|可不可以|能不能)$")

_ASK_TAIL = re.compile(rf"[^{_END}:?吗么嘛]{{0,6}}?(?:吗|么|嘛)(?:呀|啊|呢)?\??(?:[^{_END}:]{{0,6}}:)?")

_SOFT_OPEN = r"(?:那|这个|其实|根本|压根|都|也|当然|肯定|真|还真|一样都|哪个都|两个都|啥都|什么都)*"


def _answer_at(text: str, start: int, end: int) -> int:
    """Where the answer starts after a 吗-question around the term, or -1 when there is none."""
    if not _ASKED_BEFORE.search(text, max(0, start - 14), start):
        return -1
    tail = _ASK_TAIL.match(text, end)
    return tail.end() if tail else -1


_TURN = _TURNS_BACK  # round 101: one list (see _TURNS_BACK)

# A question just before the hit (问…, 能不能…, 可以…): read by asked_not_covered and apology_rule alike.
_ASKED = re.compile(rf"(?:问|能不能|可不可以|能否|可以|能)[^{_END}]{{0,8}}$")

_OUTSIDE_OWN_PICK = re.compile(
    r"全网|全国|全球|全世界|世界|国内|行业|同行|同类|同款|同价位|市面|市场|网上|所有|任何|天下|史上|历史|业内|业界|"
    r"别家|别人家|其他家|外面|全平台|全抖音|全淘宝|全香港|全城|全市|没有之一|公认|第一"
)

# An outside scope denied or left unknown (全网的我们没统计过, 市面上的我不清楚): the scope does not reach the claim.
_OUTSIDE_DENIED = re.compile(
    rf"(?:全网|全国|全平台|市面上?|网上|外面|别家|同行)[^{_END}]{{0,6}}?"
    r"(?:没统计|没有统计|没比过|没比较|没查过|不清楚|不知道|不了解|不好说|说不好|不敢说|没法比|比不了|不敢比|没数据|不评价)"
)


def _outside(text: str, start: int, end: int) -> bool:
    sentence, _ = _sentence(text, start, end)
    return bool(_OUTSIDE_OWN_PICK.search(_OUTSIDE_DENIED.sub("", sentence)))




_WINK = re.compile(r"反正|亲测|说实话|实话说")


def _turned_back(text: str, at: int, reach: int = 30) -> bool:
    after = _after(text, at, reach)
    return bool(TURN_BACK.search(after) or _WINK.search(after))


# -- not to be taken as a drug ---------------------------------------------------------------------------------------

_AS_DRUG_BEFORE = re.compile(
    rf"(?:别|不要|不能|莫|甭|千万别|可别|不可以|不是让你|不建议)(?:把它|把这个|拿它|拿这个|把|拿)?[^{_END}]{{0,4}}?当(?:成|作|做)?[^{_END}]{{0,3}}$"
)


def _outside_advice_on_use(text: str, start: int, end: int) -> bool:
    """Round 101: one outside list for the advice family (its old _OUTSIDE_ADVICE_ON_USE was _WIDENED minus five words)."""
    sentence, _ = _sentence(text, start, end)
    return bool(_OUTSIDE_ADVICE_WIDENED.search(sentence))


# -- a word quoted as forbidden --------------------------------------------------------------------------------------

_QUOTE_SAY_BEFORE = re.compile(r"(?:别|不要|甭|少|不能|不许|不准)(?:老|总|再|一直|动不动|老是|总是)?(?:就)?(?:说|讲|喊|提|用)$")

_FORBIDDEN_AFTER = re.compile(
    rf"[^{_END}]{{0,16}}?(?:不让说|不让讲|不许说|不能说|不准说|违规|违禁|极限词|广告法|会被封|封号|限流|被罚|不让用)"
)

_OUTSIDE_ADVICE_WIDENED = re.compile(
    r"全网|全国|全球|全世界|世界|国内|行业|同行|同类|同价位|市面|市场|天下|史上|业内|别家|其他家|没有之一|公认|第一"
)
