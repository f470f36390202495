"""Context scopes, batch 24B's false-alarm families: a viewer's 吗-question answered no, or answered with caution.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round61_said`. Text is normalised (commas gone, ？ is ``?``), so
有宝宝问这手镯能辟邪吗，辟不了 reads 有宝宝问这手镯能辟邪吗辟不了 — the question has no ``?`` for
:mod:`app.rules.scopes_answered` to stop at. Each family is gated by a one-character test (吗|么|嘛 after the term).

1. **A question answered no** (:func:`asked_answered_no`, any category): someone asked (问 … before the term, or
   能|会|可以 right before it), the question ends in 吗 within six characters after the term (能祛痘美白吗), and the
   answer opens with a no — 不能|不会|不行|没用|都不能|也不行|根本没有, or the verb split with 不了|不掉 (辟不了,
   祛不掉, 治不好). 有姐妹问能祛痘吗，能，一周就消 is answered yes and stays a claim; a no followed by 但|不过|可是
   (辟不了，但是能招财), a guarantee (不能祛痘我退款) or a double negative (不会不灵的, 不会让
   你失望) is a yes and stays. Round 80: the answer echoes the word to refuse it (能包过吗？考试包过这种话我们不说,
   能保本吗？保本这个承诺咱们不给) — not with 但|不过|退 after.
2. **A condition's food question answered with caution** (:func:`asked_with_caution`, 医疗用语): 问 + the disease +
   能(不能)?|可以 + 吃|喝|用 … 吗, answered 少吃点|不建议|最好别|适量|问医生 (有人问高血压能吃这腊肉吗，少吃点) — the
   viewer's condition, not a cure claimed; answered 能 it stays a claim.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END

_END = SENTENCE_END

_ASKED_BEFORE = re.compile(rf"(?:问(?:我们|主播|我|一下)?[^{_END}:?]{{0,10}}|能|会|可以|可不可以|能不能)$")
_ASK_TAIL = re.compile(rf"[^{_END}:?吗么嘛]{{0,6}}?(?:吗|么|嘛)(?:呀|啊|呢)?\??(?:[^{_END}:]{{0,6}}:)?")
_SOFT_OPEN = r"(?:那|这个|其实|根本|压根|都|也|当然|肯定|真|还真|一样都|哪个都|两个都|啥都|什么都)*"
_NO_OPEN = re.compile(
    _SOFT_OPEN + r"(?:不能|不会|不行|不可以|不可能|没用|没有用|没那个|没这个|没那么|没有这|做不到|办不到|[\u4e00-\u9fff](?:不了|不掉|不好))"
)
_TURN_BACK = re.compile(rf"[^{_END}]{{0,8}}?(?:但|不过|可是|然而|退|赔)")
# 不会不灵的 / 不能不说 / 不会让你失望: a double negative or a promise, a yes in disguise
_YES_IN_DISGUISE = ("不", "没", "让你", "叫你", "令你", "失望", "后悔", "白")

_USE_ASKED = re.compile(r"(?:能|可以|能不能|可不可以|敢)(?:吃|喝|用|戴|泡|涂|抹|穿|睡)")
_CAUTION_OPEN = re.compile(
    _SOFT_OPEN + r"(?:少吃|少喝|少用|不建议|最好别|最好不要|别多吃|别吃|别喝|不要多吃|不能多吃|慎用|慎吃|谨慎|适量|控制量|"
    r"问医生|问问医生|咨询医生|遵医嘱|听医生)"
)


def _answer_at(text: str, start: int, end: int) -> int:
    """Where the answer starts after a 吗-question around the term, or -1 when there is none."""
    if not _ASKED_BEFORE.search(text, max(0, start - 14), start):
        return -1
    tail = _ASK_TAIL.match(text, end)
    return tail.end() if tail else -1


# round 80: the answer echoes the word to refuse it (能包过吗？考试包过这种话我们不说; 能保本吗？保本这个承诺咱们不给)
_ECHO_REFUSED = re.compile(
    r"(?:的)?(?:这种|这类|这样的|那种|这个|这)(?:话|词|字|说法|承诺|事|事儿)?(?:我们|咱们|我|咱|主播|本店|直播间)?"
    r"(?:从来|是|可|都|也|就|绝对|坚决|一概|向来)?(?:不|不能|不会|不敢|没法|不可以|从不)(?:说|讲|提|承诺|保证|做|给|敢说)"
)


_ECHO_WINK = re.compile(rf"[^{_END}]{{0,10}}?(?:反正|肯定|保证|放心|照样|一样|懂的|你懂)")


def _echo_refused(text: str, at: int, term: str) -> bool:
    """Does the answer from ``at`` repeat the asked term (after a short lead) and refuse it?"""
    k = text.find(term, at, at + 6 + len(term))
    if k < 0:
        return False
    m = _ECHO_REFUSED.match(text, k + len(term))
    return bool(m) and not _TURN_BACK.match(text, m.end()) and not _ECHO_WINK.match(text, m.end())


def asked_answered_no(text: str, start: int, end: int) -> bool:
    """Is the term asked about in a 吗-question answered no right after it (能辟邪吗辟不了, 能包过吗考试包过这种话我们不说)?"""
    at = _answer_at(text, start, end)
    if at < 0:
        return False
    if _echo_refused(text, at, text[start:end]):
        return True
    no = _NO_OPEN.match(text, at)
    return bool(no) and not text.startswith(_YES_IN_DISGUISE, no.end()) and not _TURN_BACK.match(text, no.end())


def asked_with_caution(text: str, start: int, end: int) -> bool:
    """Is the disease the asker's condition in a 能吃…吗 question answered with caution (高血压能吃吗少吃点)?"""
    if text.find("问", max(0, start - 12), start) == -1:
        return False
    at = _answer_at(text, start, end)
    if at < 0 or not _USE_ASKED.search(text, start, at):
        return False
    return bool(_CAUTION_OPEN.match(text, at))


def round61_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 24B's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    window = text[end : end + 9]
    if "吗" not in window and "么" not in window and "嘛" not in window:
        return False
    if asked_answered_no(text, start, end):
        return True
    return category == "医疗用语" and asked_with_caution(text, start, end)
