"""Context scope: a list of banned words read out under its own name, then refused as a set (round 116, family F9).

Hosts read out what they may not say: 运营给我的小本本上写满了不能说的词 国家级 顶级 唯一 万能 我一个都不会讲的 — every word of
the list is mentioned, not used. :func:`app.rules.scopes_forbidden_word.forbidden_word` calls :func:`refused_list`.

The reading: the list named as words one may not say (不能说的词, 不让讲的字眼, 禁止用的词, 不可以说的话) before the hit, with only
other words between (no saying, no 是 or 就, no pronoun), and the set refused after it (一个都不会讲, 统统不说, 都不用, 我们不碰)
or the list ended by 这些词. A turn back after (但, 反正 …: ``scopes_answers.TURN_BACK``) keeps the hit.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_text import SENTENCE_END

_END = SENTENCE_END

_LIST_NAMED = re.compile(
    r"(?:不能|不让|不许|不准|不可以|不允许|禁止|严禁|不好)(?:说|讲|用|提|碰|喊)的(?:词|字|字眼|词儿|说法|话|用语)(?:有|是|包括|像)?"
    rf"[^{_END}说讲是就我咱它这那的但]{{0,16}}$"
)

_SET_REFUSED = re.compile(
    rf"[^{_END}]{{0,10}}?(?:(?:一个|一样|哪个)(?:都|也)|统|一律|一概|全都|通|都)"
    r"(?:不|没|唔)(?:会|敢|能|可以|得)?(?:去)?(?:说|讲|用|提|碰|喊)|(?:这些|那些)(?:词|字|说法|字眼)"
)


def refused_list(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is ``text[start:end]`` an item of a banned list read out and refused as a set (不能说的词 国家级 顶级 …一个都不会讲)?"""
    if _LIST_NAMED.search(text, max(lo, start - 40), start) is None:
        return False
    refusal = _SET_REFUSED.match(text, end, hi)
    if refusal is None:
        # the hit inside the list: its refusal comes after the list's last word
        refusal = _SET_REFUSED.search(text, end, hi)
        if refusal is None or re.search(r"[说讲是就但]", text[end:refusal.start()]):
            return False
    return TURN_BACK.search(text, refusal.end(), hi) is None
