"""Context scopes: a word taken back (a slip after a reminder, 是口误我收回) or quoted off a misprint.

:func:`app.rules.scopes_replies.mentioned` calls :func:`retracted_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A word taken back after a reminder** (:func:`taken_back_later`, 绝对化用语/价格违规; widens round 17's
   :func:`app.rules.scopes_corrections.corrected`): the word quoted (刚才我说了个“最好”, 刚才手滑说了句第一), then a short reminder
   clause (助手提醒了, 场控提醒我了, 后台提醒了) before the correction (我改一下, 收回, 更正一下) — a re-assertion after it (不止, 没说错 …) keeps
   the hit. (from round 65)
2. **A lucky phrase quoted as a misprint** (:func:`misprint_quoted`, 迷信): the phrase quoted as printed or written
   (印的是|印着|写的是|写着 … 几个字|字样) in a sentence that says it was printed wrong (印错|写错|错别字|打错 …): 春联上印的是招才进宝几个字其实是印错了. A
   couplet that promises (保你|就能|旺 …) still fires. (from round 87)
3. **A slip taken back** (widens scopes_corrections): the word + 是口误 | 说错了 | 我收回 after it in the sentence. (from
   round 95)
4. **Advice to patients** (widens scopes_advice): 不建议|不推荐|不适合 + a sufferer (高血压的朋友) + a use verb. (from round 95)
5. **A joke taken back** (:func:`joke_taken_back`, round 116): the word, then 哈哈开玩笑 / 逗你们的 / 说着玩的 and the plain truth
   (就是|其实|只是 …) — 发货走的是至尊快递 哈哈开玩笑 就是普通的顺丰. 不是开玩笑 (an emphasis) keeps the hit.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_corrections import _CORRECTION_AFTER, _QUOTED_BEFORE, _REASSERT, _SLIP_BEFORE
from app.rules.scopes_lists import _END
from app.rules.scopes_quoted import quoted_refused
from app.rules.scopes_text import _sentence

_QUOTES = "“”\"'‘’「」『』"


# -- a word taken back after a reminder ------------------------------------------------------------------------------

_REMINDED = re.compile(
    rf"[{_QUOTES}]?(?:[^{_END}]{{0,6}}?(?:提醒|指出来|指出|点我|纠正我|告诉我)(?:了|我|一下|过)*)?"
)


def taken_back_later(text: str, start: int, end: int) -> bool:
    """Is the quoted word taken back after a reminder (刚才我说了个“最好”，助手提醒了，我改一下)?"""
    at = start - 1 if start and text[start - 1] in _QUOTES else start
    if not (_SLIP_BEFORE.search(text, max(0, at - 10), at) or _QUOTED_BEFORE.search(text, max(0, at - 8), at)):
        return False
    m = _REMINDED.match(text, end)
    if not m or not _CORRECTION_AFTER.match(text, m.end()):
        return False
    sentence, lo = _sentence(text, start, end)
    return not _REASSERT.search(sentence, end - lo)


# -- a lucky phrase quoted as a misprint -----------------------------------------------------------------------------

_QUOTED_BEFORE_MISPRINT_QUOTED = re.compile(r"(?:印的是|印着|印了|写的是|写着|写了|刻的是|刻着|绣的是|绣着|上面是)$")

_MISPRINT = re.compile(r"印错|写错|刻错|绣错|打错|错别字|错字|印反|印歪|有错")

_PROMISE_MISPRINT_QUOTED = re.compile(r"保你|包你|就能|准能|一定能|会让|能让|旺|招来|带来|好运来")


def misprint_quoted(text: str, start: int, end: int) -> bool:
    """Is the lucky phrase quoted off a print that came out wrong (春联上印的是招才进宝几个字其实是印错了)?"""
    if not _QUOTED_BEFORE_MISPRINT_QUOTED.search(text, max(0, start - 3), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_MISPRINT.search(sentence)) and not _PROMISE_MISPRINT_QUOTED.search(sentence)


# -- a slip taken back / 5. advice to patients -----------------------------------------------------------------------

_SLIP_AFTER = re.compile(rf"[^{_END}]{{0,6}}?(?:是口误|是我口误|说错了|说秃噜了|我收回|收回这句|收回哈|不算数)")

_SLIP_BEFORE_SLIP_OR_ADVICE = re.compile(rf"(?:刚才|刚刚|刚|之前|方才|前面)[^{_END}]{{0,6}}?说[^{_END}]{{0,3}}$")

_ADVISED_OFF_SLIP_OR_ADVICE = re.compile(rf"(?:不建议|不推荐|不太建议|不适合|不让|别让|不要给)[^{_END}]{{0,2}}$")

_SUFFERER = re.compile(rf"[^{_END}]{{1,8}}?(?:的)?(?:朋友|患者|病人|宝宝|家人|老人|人|姐妹|兄弟)[^{_END}]{{0,3}}?[喝吃用泡服碰]")


def slip_or_advice(text: str, start: int, end: int) -> bool:
    """Is the word a slip taken back (刚才那个说顶级的是口误，我收回) or a sufferer advised off (我不建议高血压的朋友喝)?"""
    if _SLIP_BEFORE_SLIP_OR_ADVICE.search(text, max(0, start - 12), start) and _SLIP_AFTER.match(text, end):
        return True
    return bool(_ADVISED_OFF_SLIP_OR_ADVICE.search(text, max(0, start - 6), start) and _SUFFERER.match(text, start))


_JOKE_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?<![不没别])(?:开玩笑|开个玩笑|逗你们|逗你玩|逗大家|说着玩|闹着玩)(?:的|呢|哈|啦|了)*"
    rf"[^{_END}]{{0,6}}?(?:就是|其实|只是|实际上|真实的是|说正经的|正经的)"
)


def joke_taken_back(text: str, start: int, end: int) -> bool:
    """Is the word a joke taken back with the plain truth after it (至尊快递 哈哈开玩笑 就是普通的顺丰)?"""
    m = _JOKE_AFTER.match(text, end)
    return m is not None and "不是开玩笑" not in text[end:m.end()]


_QUOTE_OPENS = re.compile("[\"“「『‘']").search


def retracted_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category in ("绝对化用语", "价格违规") and text.find("说", max(0, start - 12), start) != -1:
        if taken_back_later(text, start, end):
            return True
    if category == "迷信" and misprint_quoted(text, start, end):
        return True
    if category in ("绝对化用语", "价格违规") and joke_taken_back(text, start, end):
        return True
    if _QUOTE_OPENS(text, max(0, start - 16), start) is not None:
        if quoted_refused(text, start, end):
            return True  # round 114 (F14): "增强免疫力"你别往奶粉上写 (app.rules.scopes_quoted)
    return slip_or_advice(text, start, end)
