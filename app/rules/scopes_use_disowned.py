"""Round 133 (batch 62's false alarms): wearing or using the item disowned from an effect.

Called by :mod:`app.rules.matcher_resolve`. Read over the normalised sentence (commas and spaces removed).

1. ``use_not_claimed`` (迷信, 投资承诺, 功效夸大, 医疗用语): the host says they do not claim that using the item brings the
   effect, the use between the negator and the word (也不说戴了转运, 我们从不讲摆了招财, 不宣传喝了能降压) — the negation
   reaches over the verb of use, which the plain negation reader (:mod:`app.rules.scopes`) does not let in.
2. ``group_told_unrelated`` (医疗用语): a disease group addressed (高血压的朋友) and told the item has nothing to do with the
   condition or its medicine (跟血压没关系, 药该吃吃, 跟治病不沾边) — a reassurance that it is only an ornament or a food, no
   suitability claim; not when an effect follows in reach (降, 好了, 调理 …).
3. ``practice_disowned`` (迷信, 医疗用语, 投资承诺): a practice named as one the shop does not go in for, with 那一套 (我们不搞什么
   开光转运那一套, 咱不玩风水招财这一套, 不讲究什么秘方偏方那些东西).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_USE_CATEGORIES = frozenset({"迷信", "投资承诺", "功效夸大", "医疗用语"})
_NOT_CLAIMED = re.compile(
    r"(?:不说|不讲|不会说|从不说|从来不说|从不讲|不宣传|不敢说|没说过|没讲过|不吹|不承诺|不保证)"
    r"(?:它|这个|这串|这款)?(?:戴|用|吃|喝|摆|挂|穿|放|买|贴|泡|抹)(?:了|上|着)?(?:就|能|会|可以|就能|就会)?$"
)


def use_not_claimed(text: str, start: int, category: str) -> bool:
    if category not in _USE_CATEGORIES or text.find("不", max(0, start - 10), start) == -1:
        return False
    return _NOT_CLAIMED.search(text, max(0, start - 12), start) is not None and TURN_BACK.search(text, start, start + 30) is None


_UNRELATED = re.compile(
    r"(?:跟|和|与|同)(?:血压|血糖|血脂|病|病情|治病|治疗|疗效|药效|吃药|用药|身体|健康)"
    r"(?:都|也|可|一点)?(?:没关系|没有关系|没啥关系|没什么关系|无关|不相干|不沾边|扯不上|搭不上)"
    r"|药(?:该吃吃|该吃还是吃|该吃还得吃|照常吃|照吃|还得吃|还是要吃|继续吃|按时吃)"
)
_EFFECT = re.compile(r"降|稳|调理|改善|缓解|好了|治|控制")


def group_told_unrelated(text: str, start: int, end: int, category: str) -> bool:
    if category != "医疗用语" or (text.find("的", start, end) == -1 and text[end : end + 1] != "的"):
        return False
    m = _UNRELATED.search(text, end, end + 40)
    if m is None:
        return False
    return _EFFECT.search(text, end, m.start()) is None and TURN_BACK.search(text, end, m.start()) is None


_NOT_DONE = re.compile(r"(?:不搞|不弄|不玩|不信|不讲究|不来|不做|不兴|不整)(?:什么|这些|那些|这种|那种)?[\u4e00-\u9fff]{0,4}$")
_THAT_SET = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:那一套|这一套|那套|这套东西|那些东西|这些东西|那种东西)")
_PRACTICE_CATEGORIES = frozenset({"迷信", "医疗用语", "投资承诺"})


def practice_disowned(text: str, start: int, end: int, category: str) -> bool:
    if category not in _PRACTICE_CATEGORIES or text.find("套", end, end + 8) == -1 and text.find("东西", end, end + 8) == -1:
        return False
    return _NOT_DONE.search(text, max(0, start - 10), start) is not None and _THAT_SET.match(text, end) is not None


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate ``text[start:end]`` an effect disowned from the item's use (module doc)?"""
    return (use_not_claimed(text, start, category) or group_told_unrelated(text, start, end, category)
            or practice_disowned(text, start, end, category))
