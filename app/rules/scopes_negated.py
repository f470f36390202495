"""Context scopes: an effect denied (不防脱, 别当止咳药吃, 摆件不招财, 我们不卖减肥茶, 没有哪个课能保过, 唔可以代替药物).

:func:`app.rules.scopes_replies.mentioned` calls :func:`negated_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A plain denial of a benefit** (:func:`benefit_denied`, effect categories): bare 不 before an effect verb
   (这个发膜是普通护发的不防脱, 这款不美白) and 没有|不具备|不具有 + the benefit + 的功效|作用|效果 (没有乌发的功效) — not a harm (没有副作用 is the claim), not
   an A-not-A question (防不防脱), nor a condition or a refund (不防脱不要钱). (from round 42)
2. **A lucky effect denied inside the hit** (:func:`denied_inside`, 迷信): the matched surface has a 不|没 the term
   lacks right before the luck it names (就是个摆件不招财也不辟邪, 这串手串没转运的说法) — not 不仅|不但|不光 (摆件不仅招财 is a claim), nor a harm
   kept off (戴着不招脏东西 stays a hit). (from round 57)
3. **Not to be taken as a drug** (F6, widens the denied effect): 别当止咳药吃, 不要把它当降压药用, 可别拿它当治失眠的吃. Round 103:
   also when the hit itself is the "as a drug" (不能给宠物当药用, 别拿它代替药物). (from round 88)
4. **A term said again after its own denial** (:func:`repeated_denied`). 这款面霜没有美白功效，就是保湿，别冲着美白来买; 减肥茶？我们不卖减肥茶;
   不能治脚气，治脚气要去医院: the same matched form occurs elsewhere in the sentence (within ~30 characters either way, a
   question mark between them allowed) and *that* occurrence, with a negator in the 8 characters before it, is no
   claim by the other scope rules — then this one is the same denied topic said again. Never over a turn-back
   between the two (但/不过/反正/肯定/懂的 …: 不能说治好，但用了就治好了) — round 88's TURN_BACK reading, so the decline's scope ends
   where the claim is turned back. (from round 91)
5. **Goods the shop does not sell** (:func:`not_sold`). 我们不卖减肥茶, 咱家没有卖祛痘的, 直播间不带药品: a refused product named right
   after 不卖/没有卖/不带/不上 is no offer (widens batch 29's 祛痘的产品我们不卖 to the other word order) — unless the sentence turns
   back. (from round 91)
6. **A Cantonese denial of an effect** (:func:`cantonese_cannot`): 唔可以代替药物, 唔能够治病 — never a double negation
   (冇话唔可以美白，用咗就白) nor with a result after it (用咗就白). (from round 91)
7. **Nobody can promise it, a guarantee refused** (:func:`nobody_can`, F2): 没有哪个课能保过, 没有一家敢说包治; a hit that starts
   with 保证 right after 不|不敢|没法 (这个我不保证，减肥每个人都不一样) — unless the sentence turns back. (from round 91)
8. **Round 94: the effect named, then denied after it** (:func:`denied_after`, F6). 就是保湿的，美白祛斑都不能; 淡斑的效果也没有;
   治病那可做不到哈: the term (or a pair of them), perhaps 的功效|效果|作用, then 都|也|可|一样 + a no (不能|不行|做不到|办不到|没有|没|不了) closing
   the clause — never 都不能少|错过 (the no must end the clause) and never when the sentence turns back. (from round 91)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_lists import _AS_DRUG_BEFORE, _END, _turned_back
from app.rules.scopes_text import EFFECT_CATEGORIES, _sentence
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS

# -- a plain denial of a benefit -------------------------------------------------------------------------------------

_BENEFIT_FIRST = frozenset("防抗祛去除美生乌淡修瘦减降治消增补")

_HARM = re.compile(r"副作用|依赖|激素|刺激|反弹|伤|毒|过敏")

_DENIAL_BACK = re.compile(r"(?:没有|没|不具备|不具有|并没有|无)(?:任何|什么|啥)?$")

_PROPERTY_AFTER = re.compile(r"的?(?:功效|作用|效果|功能)")

_NOT_DENIAL_AFTER = re.compile(r"的话|不要钱|不收钱|包退|就退|退钱|退款|吗|么|嘛|\?|呢\?|[^{_END}]{0,4}?(?:找我|来找|我赔|赔你|算我|包赔|退)".replace("{_END}", _END))


def benefit_denied(text: str, start: int, end: int) -> bool:
    """Is the benefit plainly denied (不防脱, 没有乌发的功效)?"""
    surface = text[start:end]
    if surface[0] not in _BENEFIT_FIRST or _HARM.search(surface) or _NOT_DENIAL_AFTER.match(text, end):
        return False
    if start >= 1 and text[start - 1] == "不":
        before = text[max(0, start - 3) : start - 1]
        # 防不防脱 / 能不防脱 (a question), 不不 (a stutter), 再也不 / 永远不 (a harm ended, not a benefit denied).
        # 用了不祛斑 / 吃了不瘦: a condition (…你来找我), not a denial.
        return not (before.endswith(surface[0]) or before.endswith(("能", "会", "是", "不", "也", "永远", "再", "了", "过")))
    return bool(_DENIAL_BACK.search(text, max(0, start - 6), start)) and bool(_PROPERTY_AFTER.match(text, end))


# -- others cannot, ours can -----------------------------------------------------------------------------------------

_OTHERS_BEFORE = re.compile(rf"(?:别家|别人家|别的|其他|其它|外面|普通|一般的|市面上|同类|别人)[^{_END}]{{0,10}}$")

_OURS_CAN_AFTER = re.compile(
    rf"[^{_END}]{{0,6}}?(?:我们|咱们|我家|咱家|这款|这个|它)[^{_END}]{{0,4}}?(?:可以|能|行|做得到|做到|办得到|就行)"
)


def others_cannot(text: str, start: int, end: int) -> bool:
    """Is a denied effect said of other goods, against one's own that can (别家的不能去皱，我们这款可以)?
    :func:`app.rules.scopes._effect_denied` keeps such a denial a claim."""
    return bool(_OTHERS_BEFORE.search(text, max(0, start - 14), start)) and bool(_OURS_CAN_AFTER.match(text, end))


# -- a lucky effect denied inside the hit ----------------------------------------------------------------------------

# the luck itself denied (不招财, 没有转运), not a harm kept off (戴着不招脏东西 is the claim)
_DENIED_IN = re.compile(
    r"(?:不|没|没有|并不|并没有?|冇话过?|冇讲过?|唔会|唔能|冇)(?:能|会|可以|有|帮你|帮|令你)?(?:招财|招福|招桃花|纳福|辟邪|驱邪|转运|旺|聚财|挡煞|化煞|镇宅|保平安|开运)"
)

_NO_CHARS = re.compile(r"[不没冇唔]").search

_NOT_ONLY = ("不仅", "不但", "不光", "不只", "不止", "不单", "不断", "不停", "不住")


def denied_inside(text: str, start: int, end: int) -> bool:
    """Does the matched surface carry its own denial (摆件不招财)?"""
    surface = text[start:end]
    m = _DENIED_IN.search(surface, 1)
    return bool(m) and not any(w in surface for w in _NOT_ONLY)


_AS_DRUG_AFTER = re.compile(rf"[^{_END}]{{0,4}}?(?:药|吃|用|喝|使|来治)")

# round 103: the hit itself says "as a drug" (当药用, 当药吃, 代替药物) after the no (不能给宠物当药用, 别拿它代替药)
_AS_DRUG_HIT_BEFORE = re.compile(
    rf"(?:别|不要|不能|不可以|不可|莫|甭|千万别|可别|不建议|不是让你|唔可以|唔好)(?:给|把|拿|让|帮)?[^{_END}]{{0,4}}?$"
)

_REPEAT_REACH = 30

_depth = [0]

_NEGATOR = re.compile(r"[不没无别非唔冇未]")

_ASKED_REPEATED_DENIED = re.compile(r"[?？吗嘛么]")

# 没断根 用我们这个一周就断根了: one's own goods or a result (就, not 就是 "just") between is the contrast.
_CLAIMED_BETWEEN = re.compile(r"我们|咱|俺们|我哋|这款|用了|用完|用咗|吃了|喝了|就(?!是|只)")

_HARD_END = re.compile(r"[。！!；;\n]")  # a question mark stays in reach: 减肥茶？我们不卖减肥茶

_NOT_SOLD_BEFORE = re.compile(
    r"(?:不卖|不售|没有卖|没卖|没在卖|不带|不上架?|不做|冇卖|唔卖)(?:这种|那种|这类|那类|什么|任何|啥)?(?:的)?$"
)


def _a_not_a(text: str, at: int) -> bool:
    """Is the negator at ``at`` the middle of an A-not-A question (招不招财, 能不能)?"""
    return 0 < at < len(text) - 1 and text[at - 1] == text[at + 1]


def not_sold(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate a product the shop says it does not sell (我们不卖减肥茶)?"""
    if category not in EFFECT_CATEGORIES or not _NOT_SOLD_BEFORE.search(text, max(0, start - 8), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return not TURN_BACK.search(sentence, end - lo)


def repeated_denied(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate the same form as an occurrence in its sentence that the scope rules deny?"""
    if _depth[0]:
        return False
    surface = text[start:end]
    lo = max(0, start - _REPEAT_REACH)
    sentence = text[lo : end + _REPEAT_REACH]
    others = []
    at = sentence.find(surface)
    while at != -1:
        a, b = sorted((lo + at, start))
        if lo + at != start and not _HARD_END.search(text, a, b):
            others.append(lo + at)
        at = sentence.find(surface, at + 1)
    if not others:
        return False
    from app.rules.scopes import (
        not_a_claim,  # the full reading of the other occurrence (no cycle at import time)
    )

    _depth[0] += 1
    try:
        for other in others:
            a, b = (other + len(surface), start) if other < start else (end, other)
            neg = _NEGATOR.search(text, max(0, other - 8), other)
            if TURN_BACK.search(text, a, b) or (other < start and _CLAIMED_BETWEEN.search(text, a, b)) or neg is None or _a_not_a(text, neg.start()):
                continue
            if other < start and _ASKED_REPEATED_DENIED.search(text, a, b):
                continue  # 招不招财？招财，放收银台就行: the answer after the question is the claim  # only a *denied* occurrence carries over (这几款里最轻的 … 也是全网最轻的 stays a claim)
            if not_a_claim(text, other, other + len(surface), category) or not_sold(text, other, other + len(surface), category):
                return True
    finally:
        _depth[0] -= 1
    return False


_CANTONESE_CANNOT = re.compile(r"(?<!冇话)(?<!冇讲)(?<!唔系话)(?:唔可以|唔能够|唔能|唔识|冇得)$")


def cantonese_cannot(text: str, start: int, end: int, category: str) -> bool:
    """Is the effect denied in Cantonese (唔可以代替药物, 唔能够治病) — not a double negation (冇话唔可以美白)?"""
    if category not in EFFECT_CATEGORIES or not _CANTONESE_CANNOT.search(text, max(0, start - 8), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return not TURN_BACK.search(sentence, end - lo) and not _CLAIMED_BETWEEN.search(sentence, end - lo)


# 没有哪个课能保过 / 没有一家敢说包治: nobody can promise it.
_NOBODY_CAN = re.compile(r"(?:没有|没|冇)(?:哪个|哪家|哪一家|一个|一家|任何)[^，,。！!？?；;\s]{0,4}?(?:能|敢|可以|会)$")

_REFUSED_GUARANTEE = re.compile(r"(?:不|不敢|不能|没法|没办法)$")

_PROMISES = frozenset({"投资承诺", "功效夸大", "医疗用语"})


def nobody_can(text: str, start: int, end: int, category: str) -> bool:
    """Is the promise said to be in nobody's power (没有哪个课能保过), or a guarantee refused (我不保证，减肥…)?"""
    if category not in _PROMISES:
        return False
    before = max(0, start - 12)
    if not (_NOBODY_CAN.search(text, before, start)
            or (text[start:start + 2] == "保证" and _REFUSED_GUARANTEE.search(text, before, start))):
        return False
    sentence, lo = _sentence(text, start, end)
    return not TURN_BACK.search(sentence, end - lo)


_DENIED_AFTER = re.compile(
    r"(?:(?:的)?(?:功效|效果|功能|作用)(?:那|这个)?(?:都|也|全都|可|一样|倒是)?(?:没有|没)(?![了有])"  # 淡斑的效果也没有
    r"|(?:都|也|全都|可|一样|倒是)(?:不能|不行|做不到|办不到|达不到|不管用|没用)(?![少缺停了]))"  # 美白祛斑都不能
    r"(?:的)?(?:哈|啊|呀|哦|喔|嗷|啦)?(?![少缺停错过比更谁哪人几多不没了]|放过|之一|第二)"  # commas may be gone: 都不能少 / 也没有比它好的 / 都没了 stay claims
)


def denied_after(text: str, start: int, end: int, category: str) -> bool:
    """Round 94: is the effect denied right after it, closing the clause (美白祛斑都不能, 淡斑的效果也没有)?"""
    if category not in EFFECT_CATEGORIES:
        return False
    m = _DENIED_AFTER.match(text, end)
    if not m:
        return False  # a bare 美白没有 / 美白不行 is too thin, 脂肪肝都没了 is the cure: 都|也|可 or 的效果 must carry the denial
    sentence, lo = _sentence(text, start, end)
    return not TURN_BACK.search(sentence, m.end() - lo)


def negated_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category in ("医疗用语", "功效夸大") and _AS_DRUG_BEFORE.search(text, max(0, start - 10), start):
        if _AS_DRUG_AFTER.match(text, end) and not _turned_back(text, end, 16):
            return True
    if category in ("医疗用语", "功效夸大") and text.startswith(("当", "代替", "替代"), start):
        if _AS_DRUG_HIT_BEFORE.search(text, max(0, start - 10), start) and not _turned_back(text, end, 16):
            return True
    if category in _EFFECTS and benefit_denied(text, start, end):
        return True
    if category == "迷信" and _NO_CHARS(text, start + 1, end) is not None and denied_inside(text, start, end):
        return True
    return (
        not_sold(text, start, end, category)
        or denied_after(text, start, end, category)
        or nobody_can(text, start, end, category)
        or cantonese_cannot(text, start, end, category)
        or repeated_denied(text, start, end, category)
    )
