"""Context scopes: those advised off (想美白的别拍错了, 高血压能吃吗？少吃点, 有糖尿病的老人少吃点).

:func:`app.rules.scopes_replies.mentioned` calls :func:`advised_off_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **An effect denied, then advised against** (:func:`advised_off`, 化妆品/功效/医疗): 想|要 + the effect + 的 +
   别拍|不要拍|别买|拍错|不适合 … (没有美白功效，想美白的别拍错了) — telling buyers it does not do that. (from round 53)
2. **A condition's food question answered with caution** (:func:`asked_with_caution`, 医疗用语): 问 + the disease +
   能(不能)?|可以 + 吃|喝|用 … 吗, answered 少吃点|不建议|最好别|适量|问医生 (有人问高血压能吃这腊肉吗，少吃点) — the viewer's condition, not a cure
   claimed; answered 能 it stays a claim. (from round 61)
3. **Advice to those with an illness** (医疗用语): 家里有糖尿病的老人，这个还是少吃点 — the illness named to warn. (from round 88)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _AS_DRUG_BEFORE, _SOFT_OPEN, _answer_at
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import _sentence

# -- an effect denied, then advised against --------------------------------------------------------------------------

_ADVISED_OFF = re.compile(r"的(?:宝宝|宝|姐妹|朋友|家人|人)?(?:们)?(?:别|不要|千万别|不用|可别)(?:拍|买|下单|入|冲|抢)|的(?:宝宝|姐妹|朋友|人)?(?:们)?(?:别)?(?:拍错|买错)|的(?:宝宝|姐妹|朋友|人)?(?:们)?不适合")


def advised_off(text: str, start: int, end: int) -> bool:
    """Is the effect one buyers are told this item is not for (想美白的别拍错了)?"""
    return text[start - 1 : start] in ("想", "要") and bool(_ADVISED_OFF.match(text, end))


_USE_ASKED = re.compile(r"(?:能|可以|能不能|可不可以|敢)(?:吃|喝|用|戴|泡|涂|抹|穿|睡)")

_CAUTION_OPEN = re.compile(
    _SOFT_OPEN + r"(?:少吃|少喝|少用|不建议|最好别|最好不要|别多吃|别吃|别喝|不要多吃|不能多吃|慎用|慎吃|谨慎|适量|控制量|"
    r"问医生|问问医生|咨询医生|遵医嘱|听医生)"
)


def asked_with_caution(text: str, start: int, end: int) -> bool:
    """Is the disease the asker's condition in a 能吃…吗 question answered with caution (高血压能吃吗少吃点)?"""
    if text.find("问", max(0, start - 12), start) == -1:
        return False
    at = _answer_at(text, start, end)
    if at < 0 or not _USE_ASKED.search(text, start, at):
        return False
    return bool(_CAUTION_OPEN.match(text, at))


# -- advice to those with an illness ---------------------------------------------------------------------------------

_SUFFERER_AFTER = re.compile(r"的?(?:老人|老年人|人|朋友|家人|患者|病人|宝宝|孩子|小孩|长辈|姐妹|宝们?)")

_SUFFERER_IN = re.compile(r"的(?:老人|老年人|人|朋友|家人|患者|病人|宝宝|孩子|小孩|长辈)$")

_CAUTION = re.compile(r"少吃|少喝|少用|别吃|别喝|别用|不要吃|不要喝|不要用|慎吃|慎用|慎服|不建议|不适合|不宜|不能吃|不能喝|忌口")

_SOLD_TO = re.compile(r"能吃|能喝|能用|可以吃|可以喝|可以用|放心|适合|推荐|专为|专门|首选|福音|必备|看过来")


def sufferer_warned(text: str, start: int, end: int) -> bool:
    """Is the illness named of those warned off (家里有糖尿病的老人，这个还是少吃点)?"""
    if not (_SUFFERER_AFTER.match(text, end) or _SUFFERER_IN.search(text, start + 1, end)):
        return False
    sentence, _ = _sentence(text, start, end)
    after = text[end : end + 30]
    return (
        bool(_CAUTION.search(after))
        and not _SOLD_TO.search(_CAUTION.sub("", sentence))  # 糖尿病人也能吃 / 高血压的朋友看过来: sold to them
        and not re.search(r"治|降|调理|改善|缓解|控制|稳", sentence)
    )


def advised_off_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category not in _EFFECTS:
        return False
    if advised_off(text, start, end):
        return True
    if category != "医疗用语":
        return False
    window = text[end : end + 9]
    if ("吗" in window or "么" in window or "嘛" in window) and asked_with_caution(text, start, end):
        return True
    return not _AS_DRUG_BEFORE.search(text, max(0, start - 10), start) and sufferer_warned(text, start, end)
