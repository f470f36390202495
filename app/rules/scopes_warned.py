"""Round 130 (batch 60's false alarms): a staff warning not to say a word, a word echoed in mockery, a word explained
as not meant, a modest pace advised.

Called by :mod:`app.rules.matcher_resolve` after :mod:`app.rules.scopes_framed`. Read over the normalised sentence
(commas and spaces removed). Each reading checks a one- or two-character cue next to the word first:

1. ``warned_not_to_say``: someone warns the host not to say it, with the claim's lead-in between (运营提醒主播别说戴了能
   恢复视力, 场控叫我不要说吃了就能降血糖) — not when it is said anyway after a turn (但, 反正 …).
2. ``echoed_mocked``: the word echoed right after as a scornful question (开过光的酒 开么子光哦, 包治百病？包什么治) — the
   verb and its object split by 什么/啥/么子/个屁.
3. ``not_the_word``: the word quoted and explained as not meant (不是"极致"的极, 不是"极致核心"的意思).
4. ``pace_restrained``: a modest pace advised and more discouraged (一天认五个字就行 不要贪多, 一天背十个单词就够了 别贪快).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_WARNED = re.compile(
    r"(?:提醒|叮嘱|嘱咐|交代|交待|警告|叫|让|喊)[^别不莫]{0,6}?(?:别|不要|不能|莫|千万别|不许|不准)(?:再|乱|随便)?(?:说|讲|喊|提)"
    r"[\u4e00-\u9fff]{0,2}?(?:[了过完]?(?:能|就|会|可以)(?:能)?)?$"
)


def warned_not_to_say(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 22)
    if text.find("说", lo, start) == -1 and text.find("讲", lo, start) == -1 and text.find("提", lo, start) == -1:
        return False
    if _WARNED.search(text, lo, start) is None:
        return False
    return text[end : end + 1] != "了" and TURN_BACK.search(text, end, end + 30) is None


_SCORN = ("什么", "么子", "啥子", "啥", "个屁", "个鬼", "个啥")


def echoed_mocked(text: str, start: int, end: int) -> bool:
    if end - start < 2:
        return False
    first, last = text[start], text[end - 1]
    at = text.find(first, end, end + 8)
    if at == -1:
        return False
    for scorn in _SCORN:
        if text.startswith(scorn, at + 1) and text[at + 1 + len(scorn) : at + 2 + len(scorn)] in (last, text[start + 1]):
            return TURN_BACK.search(text, at, at + 30) is None
    return False


_QUOTE_OPEN = re.compile(r"[\"“「『‘'][\u4e00-\u9fff]{0,4}$")
_NOT_THE = re.compile(r"(?:不是|并不是|并非|不代表)[\"“「『‘'][\u4e00-\u9fff]{0,4}$")
_MEANT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}[\"”」』’']的?(?:意思|那个意思|那个|([\u4e00-\u9fff])字?)")


def not_the_word(text: str, start: int, end: int) -> bool:
    if start < 3 or _QUOTE_OPEN.search(text, max(0, start - 5), start) is None:
        return False
    if _NOT_THE.search(text, max(0, start - 8), start) is None:
        return False
    m = _MEANT_AFTER.match(text, end)
    if m is None:
        return False
    if m.group(1) is None or m.group(1) in text[start:end] or m.end() == len(text):
        return True
    return not "\u4e00" <= text[m.end()] <= "\u9fff" or text[m.end()] in "哦啊哈莫不别"


_PACE = re.compile(r"(?:就行|就够了?|就可以了?|足够了?)(?:了|啦|哈|哦)?(?:不要|别|莫|不用|千万别)(?:贪多|贪快|求多|求快|着急|急|多学|多背)")


def pace_restrained(text: str, start: int, end: int) -> bool:
    if text.find("就", end, end + 3) == -1 and text.find("够", end, end + 3) == -1:
        return False
    return _PACE.match(text, end) is not None


_ECHO_CATEGORIES = frozenset({"迷信", "医疗用语", "功效夸大", "绝对化用语", "投资承诺", "权威背书", "价格违规"})


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` one of the readings above?"""
    if category not in _ECHO_CATEGORIES:
        return False
    if category == "功效夸大" and pace_restrained(text, start, end):
        return True
    return warned_not_to_say(text, start, end) or echoed_mocked(text, start, end) or not_the_word(text, start, end)
