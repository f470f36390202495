"""Context scopes, part 4 (batch 10): refusals and denials said in everyday words.

- **A request refused** (导流): 有人要主播的微信，不给哈 / 评论区有人让我加微信，我们不加 / 不用加任何人的私人联系方式 —
  someone asks for a contact and the seller says no, or viewers are told they need add nobody. 加我微信，不加的话
  拿不到券 stays the invitation (a condition, not a refusal).
- **An effect denied after its name** (医疗/功效/化妆品): 美白祛斑这些它都做不到 / 祛斑它可办不到 — the effects named,
  then denied with a topic word (这些, 之类的) or the goods (它) in between. Round 64: or right after, with a flat
  做不到|办不到|达不到 (就是补水保湿，美白祛斑做不到; 去皱办不到哈) — not 做不到的…, not others' (别家祛斑做不到), not a turn back (但|它能).
- **A bare 不 before an effect verb** (不美白也不祛斑, 不降血压的): a denial — but 不美白不要钱 / 不瘦退钱 / 不祛斑你来找我
  are guarantees and stay claims, and so do conditions (不美白的话…).
- **A question about an effect answered no further on** (这个血糖仪能降血糖吗？血糖仪是测血糖的，降不了) and a reported
  question refused (用了能不能长头发，我不敢这么说) — not when the answer is a wink or a dare (不敢说，但是你用了就知道).
- **Hope dismissed over a longer gap** (别指望一台仪器帮你把血压弄下来) and **a claim not said of the goods** (我们不说它能
  招财 — every category: the seller refuses to say it of this product).
- **A superlative asked about and disclaimed** (价格/绝对化): 这个价是不是全网最低？这个我不敢说 — the question mark
  does not end the disclaimer's reach.

``scopes.not_a_claim`` calls :func:`denied_or_refused`. Pure functions over module-level compiled regexes:
thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import asked_declined
from app.rules.scopes_text import EFFECT_CATEGORIES, _after

_COMPARISON = frozenset({"绝对化用语", "价格违规"})
_STOP = "。！!；;\n"

# -- a request refused (导流) --------------------------------------------------------------------------
_REQUEST_BEFORE = re.compile(r"(?:要|问我要|找我要|找主播要|求|让我|让主播|叫我|叫主播|想加|想要|问能不能加|问加)[^。！？!?；;\n]{0,4}$")
_REFUSED = re.compile(
    r"(?:的话)?(?:我们|咱们|我|咱|主播|本店|直播间)?(?:这边|是|可|就|都|一律|一概|从来|绝对|坚决)?"
    r"(?:不给|不加|不留|不发|不私聊|不能给|不会给|不会加|不能加|不私下加|没法给|给不了)"
    r"(?!的话|就|才|怎么|咋|吗|能|可以|你|不)"
)
_NEEDLESS_BEFORE = re.compile(
    r"(?:不用|不要|别|不会|不需要|无需|不必|甭)(?:去|再|私下)?(?:加|添加|留|私加|找|联系)(?:任何人|任何|别人|主播|我们|我)?的?$"
)


def _request_refused(text: str, start: int, end: int) -> bool:
    if _NEEDLESS_BEFORE.search(text, max(0, start - 10), start):
        return True  # 不用加任何人的私人联系方式
    if not _REFUSED.match(text, end):
        return False
    return bool(_REQUEST_BEFORE.search(text, max(0, start - 10), start))


# -- effects denied ------------------------------------------------------------------------------------
_DENIED_AFTER = re.compile(
    r"(?P<topic>这些|这种|这类|那些|什么的|之类的?|等等|等)?(?:功效|功能|效果|作用)?(?P<who>它|这款|这个|我们|咱们|产品|本品)?"
    r"(?:都|也|可|真|是|完全|根本)?(?:做不到|办不到|达不到|不具备|没这个功能|没有这个功能|没这功能|没有这种功效|不管用|没用|没有(?!问题|副作用|刺激|负担|添加|区别|差别))"
)
# 祛痘消炎这些它都做不到: a second effect named before the topic word.
_LISTED_DENIED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?=这些|这类|那些|什么的|之类|等等)")
_BARE_NO_VERBS = ("美白", "祛", "淡斑", "淡化", "抗", "治", "降", "消", "瘦", "减肥", "修复", "生发", "改善", "缓解", "增强", "提高", "预防", "根治")
_GUARANTEE = re.compile(r"退|赔|找我|算我|包|不要钱|不收钱|不收费|免费|免单|差价|白送|倒贴|双倍")
_CONDITION = re.compile(r"的话|就(?!是|只是)|才|怎么|咋|吗|你")
_RHETORICAL = re.compile(r"谁说|谁讲|谁告诉|哪个说")


def _bare_no(text: str, start: int, end: int) -> bool:
    """不美白也不祛斑: a bare 不 right before an effect verb."""
    if start < 1 or text[start - 1] != "不" or not text.startswith(_BARE_NO_VERBS, start):
        return False
    prev = text[start - 2] if start >= 2 else ""
    if prev in "要" or prev == text[start]:
        return False  # 要不, 降不降
    if _CONDITION.match(text, end) or _GUARANTEE.search(text, end, end + 8):
        return False  # 不美白的话 / 不美白不要钱 / 不瘦退钱
    return not _RHETORICAL.search(text, max(0, start - 8), start)


_ASKED_AFTER = re.compile(r"(?:了|的)?(?:(?:吗|么|嘛)[?？]?|不[?？])")
_LATER_NO = re.compile(
    rf"[^{_STOP}]{{0,16}}?(?:(?P<verb>[降治消祛瘦白长去医])不了|做不到|办不到|没这个功能|没有这个功能|没这功能|不管用)"
)
_OTHERS = re.compile(r"别的|别家|其他|其它|他们|人家|外面")
_ASKED_BEFORE = re.compile(
    r"(?:能不能|可不可以|会不会|是不是|有没有|行不行|能否|管不管用)[^。！？!?；;:：\n]{0,6}$"
)
_REFUSE_TO_SAY = re.compile(
    rf"[^{_STOP}]{{0,4}}?(?:我|主播|咱|这个|这)?(?:可|真|也|是)?(?:不敢|不能|不会|不好)(?:这么|这样|乱|随便)?(?:说|讲|保证|打包票|承诺|吹)"
    r"(?!假|谎|瞎|大话|虚|空话|半句|一句假|骗)"
)
_DODGE = re.compile(r"但|可是|不过|懂的|都懂|你品|知道|试试|自己看|比")


def _answered_later(text: str, start: int, end: int) -> bool:
    """能降血糖吗？血糖仪是测血糖的，降不了 / 用了能不能长头发，我不敢这么说."""
    asked = _ASKED_AFTER.match(text, end)
    reported = _ASKED_BEFORE.search(text, max(0, start - 10), start)
    if not asked and not reported:
        return False
    at = asked.end() if asked else end
    m = _LATER_NO.match(text, at)
    if m and not _OTHERS.search(text, at, m.start(0) + len(m.group(0))):
        verb = m.group("verb")
        if verb is None or verb in text[start:end]:
            return not _GUARANTEE.search(text, m.end(), m.end() + 8)
    m = _REFUSE_TO_SAY.match(text, at)
    if m and not _OTHERS.search(m.group(0)):
        return not _DODGE.search(_after(text, m.end(), 14))
    return False


# 别指望一台仪器帮你把血压弄下来: hope dismissed, over up to twelve characters that bring in no own goods.
_DONT_HOPE = re.compile(r"(?:别|不要|不能|甭|不用|千万别)(?:指望|期待|幻想)(?P<gap>[^。！？!?；;\n]{0,12})$")
_OWN = re.compile(r"我们|咱们|我家|咱家|本品|这款|这个|这瓶|这盒|这罐|这台|这支|但|可是|不过|其实")
_REASSERTED = re.compile(r"懂的都懂|都懂的|懂得都懂|你品|心里有数|不用我说|不多说|你猜|(?:但|可是|不过)[^。！？]{0,6}?(?:用了就知道|你懂|比一比|比比|试试就知道)")
_HOPE_IN = re.compile(r"期待|幻想").search
_GOODS_LAST = frozenset("它个款品西意")  # the goods word ends at most three characters before the hit
# 我们不说它能招财 / 从来不讲这款能降血压: the seller refuses to say it of the goods.
_NOT_SAID_OF_GOODS = re.compile(
    r"(?:不|没|从不|从来不|不会|不敢|绝不|没有)(?:说|讲|宣传|承诺|保证|吹)(?:过)?(?:它|这个|这款|本品|产品|这东西|这玩意)"
    r"(?:能|会|可以|就能|就会|有)?$"
)


def _hope_dismissed(text: str, start: int) -> bool:
    lo = max(0, start - 18)
    if text.find("指望", lo, start) == -1 and _HOPE_IN(text, lo, start) is None:
        return False
    m = _DONT_HOPE.search(text, lo, start)
    return bool(m) and not _OWN.search(m.group("gap"))


def _not_said_of_goods(text: str, start: int) -> bool:
    if not _GOODS_LAST.intersection(text[max(0, start - 3) : start]):
        return False
    lo = max(0, start - 12)
    if not _NOT_SAID_OF_GOODS.search(text, lo, start) or _RHETORICAL.search(text, lo, start):
        return False
    return not _REASSERTED.search(_after(text, start, 24))  # 我们不说它能治病，懂的都懂


# 这个价是不是全网最低？这个我不敢说: the superlative asked about, then disclaimed — round 82 folds this family into the
# general reading :func:`app.rules.scopes_answers.asked_declined` (a wink after it now keeps the claim: 不能说第一，懂的都懂).


# round 64: the effect right before a flat "can't do" (美白祛斑做不到, 去皱办不到哈) — not a relative clause (…做不到的，它能),
# not others that cannot (别家祛斑做不到), not a turn back (…但是…, 它能, 我们能).
_CANNOT_BARE = frozenset(("做不到", "办不到", "达不到", "没这个功能", "没有这个功能", "没这功能", "没有这种功效"))
_CANNOT_OTHERS = re.compile(r"别家|别的|别人|其他|其它|普通|一般的|很多|市面|外面|同类|医院|药")
_CANNOT_NEXT = frozenset("的吗么呢?？")
_CANNOT_TURNS = re.compile(r"但|不过|可是|它能|我们能|这款能|却能|就能|用我们|用这款|试试")


def _bare_cannot(text: str, start: int, m: re.Match[str]) -> bool:
    if not any(m.group(0).endswith(w) for w in _CANNOT_BARE) or _CANNOT_OTHERS.search(text, max(0, start - 10), start):
        return False
    if text[m.end() : m.end() + 1] in _CANNOT_NEXT:
        return False  # 做不到的… / 做不到？那是你没用对
    return not _CANNOT_TURNS.search(_after(text, m.end(), 12))


_NO_NEAR = re.compile(r"[不没别甭]").search  # every case above has one of these near the hit


def denied_or_refused(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate refused, denied or disclaimed in one of the batch-10 wordings (see the module doc)?"""
    if _NO_NEAR(text, max(0, start - 20), end + 28) is None:
        return False
    if category == "导流私下交易" and _request_refused(text, start, end):
        return True
    if category in EFFECT_CATEGORIES:
        m = _DENIED_AFTER.match(text, end)
        if not m:
            listed = _LISTED_DENIED_AFTER.match(text, end)
            m = _DENIED_AFTER.match(text, listed.end()) if listed else None
        if m and (m.group("topic") or m.group("who")):
            return True  # 美白祛斑这些它都做不到 / 祛痘消炎这些它都做不到
        if m and _bare_cannot(text, start, m):
            return True  # round 64: 就是补水保湿，美白祛斑做不到
        if _bare_no(text, start, end) or _answered_later(text, start, end):
            return True
    if category in _COMPARISON and asked_declined(text, start, end):
        return True
    return _hope_dismissed(text, start) or _not_said_of_goods(text, start)


# round 81: a soft denial of an effect (不一定能美白, 未必能祛斑) — or 不说 — turned back by a wink or a 但 after it.
_SOFT_NEGATOR = re.compile(r"[说定必见]")
_SOFT_WINK = re.compile(
    r"但|不过|可是|懂的都懂|都懂的|你品|你细品|心里有数|不用我说|不用我多说|不多说|你猜|[试用吃喝买戴][了过]?就知道|亲测|反正"
)


def winked_after(negator: str, text: str, end: int) -> bool:
    """Is the denial ``negator`` a 不说 or a soft 不一定 turned back within 24 characters after ``end``?"""
    return _SOFT_NEGATOR.search(negator) is not None and _SOFT_WINK.search(text, end, end + 24) is not None
