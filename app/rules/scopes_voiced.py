"""Round 124 (batches 56–57's rules-alone false alarms): a word voiced and refused, a set of banned words, nothing is X,
patients told to keep off.

Called by :mod:`app.rules.matcher_resolve` after :mod:`app.rules.scopes_talked_about` (the big readers are at the module
size limit). Read over the normalised sentence (commas and spaces removed). Each reading checks the word's own
neighbourhood (a few characters) first and reads further only when that cue holds:

1. ``voiced_refused``: the word said as a word — after a speech verb (让我喊, 又想说, 有人刷, 写着, 那句), in quotes, or
   followed by 两个字 — and refused after it (憋回去, 被我掐了, 不喊, 不用这种话术, 别往那方面带节奏, 违禁词我们不说);
   or said under a negated speech verb (为什么不讲「万能」, 不叫万能花洒, 不能说万能). A turn back after the word
   (:data:`app.rules.scopes_answers.TURN_BACK`: 但, 反正, 你品 …) keeps the hit.
2. ``banned_set``: a banned-word list named (违禁词表, 禁用词, 极限词) before the word and refused as a set after it
   (我一个都不碰, 统统不说), with no saying, 是 or 就 between.
3. ``nothing_is``: a universal denial (没有什么东西是万能的, 没有哪款是最好的); round 126: asked rhetorically (哪有机器能百分百的),
   never with ours excepted right after (除了我们家, 就这台能).
4. ``kept_off``: an illness and the patient told to keep off the product right after it (湿疹破了的先别泡, 有三高的别把它
   当药吃, 血脂高的朋友别一次吃一大袋) — not when the product is then brought in (用这个, 试试) or the avoided thing is a
   drug (别再吃安眠药了).
5. ``defined_name``: the word defined as a colour's, flavour's or pattern's name (至尊红是这款红包封的颜色名) or a pet's
   (这只猫名字叫第一名) — 名副其实, 不白叫 … keep the hit.
6. "Not every illness" (不是什么鱼病都管用) before a cures-everything form.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_QUOTES = frozenset("\"“「『‘'")
_SPEECH_BEFORE = re.compile(r"(?:说|喊|讲|刷|念|提|写着|那句|这句|这个词)[\"“「『‘']?$")
_NEG_SPEECH_BEFORE = re.compile(
    r"(?:不|别|甭|不能|不让|不许|不准|不要|不可以|为什么不)(?:再|乱|随便)?(?:说|喊|讲|叫|念|提)[\"“「『‘']?$"
)
_MARKED_AFTER = re.compile(r"[\"”」』’']?(?:[两二三四俩仨]个字|这个词|这种词)")
_REFUSED_AFTER = re.compile(
    r"憋回去|咽回去|掐了|掐掉|按住了|摁住了|拦住了|拦下了|叫停了|不(?:喊|说|讲|念|提|碰)|不用这种|别往那|带节奏|一个都不|违禁词|禁用词|极限词|敏感词"
)
_VOICED_CATEGORIES = frozenset({"绝对化用语", "医疗用语", "功效夸大", "价格违规", "权威背书", "迷信"})


def voiced_refused(text: str, start: int, end: int) -> bool:
    head = text[max(0, start - 6) : start]
    if _NEG_SPEECH_BEFORE.search(head) is not None:
        if text[end : end + 1] == "了" or _said_anyway(text, start, end):
            return False  # 别说全网最低了，就是出厂价也… / 不让说全网最低 我偷偷告诉你们 这就是全网最低价
    else:
        if not (head[-1:] in _QUOTES or _SPEECH_BEFORE.search(head) is not None or _MARKED_AFTER.match(text, end)):
            return False
        if _REFUSED_AFTER.search(text, end, end + 30) is None:
            return False
    return TURN_BACK.search(text, end, end + 30) is None


def _said_anyway(text: str, start: int, end: int) -> bool:
    """The same word said again later, not under a denial: the claim made anyway."""
    at = text.find(text[start:end], end)
    while at != -1:
        if _NEG_SPEECH_BEFORE.search(text, max(0, at - 6), at) is None and not nothing_is(text, at):
            return True
        at = text.find(text[start:end], at + 1)
    return False


_LIST_NAMED = re.compile(r"违禁词|禁用词|极限词|敏感词|禁词|不能说的词|不让说的词")
_SET_REFUSED = re.compile(r"(?:一个|一样|哪个)(?:都|也)不|统统不|全都不|一律不|都不(?:说|讲|用|碰|提)")


def banned_set(text: str, start: int, end: int) -> bool:
    refusal = _SET_REFUSED.search(text, end, end + 24)
    if refusal is None or re.search(r"[说讲是就但]", text[end : refusal.start()]):
        return False
    return _LIST_NAMED.search(text, max(0, start - 30), start) is not None and TURN_BACK.search(text, refusal.end()) is None


_NOTHING_IS = re.compile(
    r"(?:没有?(?:什么|任何|哪个|哪款|哪一款|哪样|一样)|(?:哪有|哪里有|哪儿有)(?:什么|任何|哪个|一款|一个|一台)?)"  # r126: 哪有机器能百分百的
    r"(?:东西|产品|商品|东东|机器|设备|仪器|药|东西)?(?:是|能|会|敢说|可以)(?:做到)?$"
)
_BUT_OURS = re.compile(r"除了|只有|就我们|就这|就它|咱家|我们家")


def nothing_is(text: str, start: int) -> bool:
    lo = max(0, start - 12)
    if text.find("没", lo, start) == -1 and text.find("哪", lo, start) == -1:
        return False
    return _NOTHING_IS.search(text, lo, start) is not None and _BUT_OURS.search(text, start, start + 14) is None


_KEEP_OFF = re.compile(
    r"[^?但用]{0,8}?(?:先|就|千万|最好|可)?(?:别|不要|甭|先别)(?:硬|再|一次|多|直接)?(?:泡|吃|喝|用|涂|抹|按|拍|买|把它当|当)"
)
_BROUGHT_IN = re.compile(r"用这|用我们|试试|换成|换这|吃这|喝这|泡这|药(?!吃)")


def kept_off(text: str, start: int, end: int) -> bool:
    m = _KEEP_OFF.match(text, end, end + 16)
    if m is None:
        return False
    after = text[m.end() : m.end() + 12]
    if "当" in m.group(0)[-2:]:
        return TURN_BACK.search(after) is None  # 别把它当药吃
    return _BROUGHT_IN.match(after) is None and _BROUGHT_IN.search(text, m.end() - 1, m.end() + 12) is None and (
        TURN_BACK.search(after) is None
    )


_IS_A_NAME = re.compile(
    r"[^是]{0,2}?是(?:这款|这个|这只|咱家|我们家?)?[^是]{0,8}?的?(?:颜色|口味|款式|主题|品种|型号|色号|花色|图案)名"
)
_PET_NAMED = re.compile(r"(?:猫|狗|鸟|鹦鹉|仓鼠|兔子|店猫|店狗|小猫|小狗)(?:的)?(?:名字|小名|大名)?叫(?:做)?(?:第)?$")


def defined_name(text: str, start: int, end: int) -> bool:
    """The word is the name of a colour, a flavour or a pattern (至尊红是这款红包封的颜色名), or of the shop's pet."""
    if text.find("叫", max(0, start - 4), start) != -1 and _PET_NAMED.search(text, max(0, start - 10), start):
        return _NAME_CLAIMED.search(text) is None
    if text.find("名", end) == -1:
        return False
    word = text[start:end]
    at = text.find(word)
    while at != -1:
        if _IS_A_NAME.match(text, at + len(word)) is not None:
            return _NAME_CLAIMED.search(text) is None
        at = text.find(word, at + 1)
    return False


_NAME_CLAIMED = re.compile(r"不白叫|名副其实|名不虚传|因为我们就是|就是最|当之无愧|配得上|就是没有|名字都告诉你")
_NOT_EVERY = re.compile(r"(?:不是|并非|并不是|也不是)$")


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` a word voiced and refused, an item of a refused banned list, a denied universal or an
    illness whose patients are kept off the product?"""
    if category not in _VOICED_CATEGORIES:
        return False
    if voiced_refused(text, start, end) or banned_set(text, start, end):
        return True
    if category == "绝对化用语":
        return nothing_is(text, start) or defined_name(text, start, end)
    if category == "医疗用语" and text[start] in "什啥" and _NOT_EVERY.search(text, max(0, start - 4), start):
        return TURN_BACK.search(text, end, end + 30) is None  # 不是什么鱼病都管用 (not every illness)
    return category == "医疗用语" and kept_off(text, start, end)
