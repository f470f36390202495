"""Context scopes: prices — the shop's own everyday price with its page, its history, a lowest price hedged or denied.

:func:`app.rules.scopes_replies.mentioned` calls :func:`price_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **The shop's own price history** (:func:`own_price_history`, 价格违规): 日常价|平时卖|平常卖 + a figure followed by today's
   concrete price (今天…到手二十九, 今天直播间三百九十九), with the shop named before it (我们店|店铺) or the discount's mechanism or the
   price's return said (领券|减十块|恢复四百五) — the shop's real everyday price, not a 原价/市场价 reference; not with
   只要|仅需|骨折|跳楼|亏本 (the hype of a made-up anchor) or 外面|别家|专柜 right before (平时价六十五，今天三十 still fires). Round 80 merges
   round 45's daily_price_paired here (日常价 beside the live room's own price — 直播间专属优惠价149，日常价199 — or today's price
   with 以页面显示为准) and adds the page that shows the price (日常价一百二十九，页面上都能看到; 平时卖六十九，详情页上写着) or a 原价 with its source
   named right after (本款原价二百九十九元，这是官网售价) — still never with the hype words. (from round 42)
2. **A lowest price denied** (:func:`lowest_denied`, 价格违规): asked 是不是 + hit and answered 我不敢这么说|不能这么说
   (有人问是不是全网最低，我不敢这么说), and "no lower" scoped to the shop's own period (我们店里今年没有比今天更低的价). (from round 42)
3. **The everyday price beside the live-room price** (价格违规): merged in round 80 into
   :func:`app.rules.scopes_prices.own_price_history` (it was a near-copy). (from round 45)
4. **The live room's own lowest price, said as a hedge** (:func:`own_lowest_hedged`, 价格违规): 只能说|只敢说|顶多算 (是)? + 咱|我们
   + 直播间|店里 + a period + 的 + 最低价|最便宜 (只能说是咱直播间这个月的最低价). (from round 48)
5. **The list price restored after a deadline** (:func:`price_restored`, 价格违规): 恢复|回到|恢复成|变回 + (原来的)? right before
   日常价|原价 + a figure (12点以后恢复原来的日常价89) — no hype (只要|骨折|亏本 …) in the sentence. (from round 48)
6. **A brand-set price** (:func:`brand_price`, 价格违规): 品牌|厂家|官方 + 给的|定的|统一的 + 活动价|价格|控价 before the hit
   (这已经是品牌给的活动价了，我们没有更低的了) — no outside comparison or hype (全网, 最低, 骨折 …). (from round 53)
7. **The everyday price the page returns to** (:func:`price_returns`, 价格违规): 恢复|回到|回归|变回 (成|到)? … right before
   日常价|原价|平时价 … (活动结束恢复页面上标的日常价九十九) — when the offer ends, not a struck-through comparison; never with 只要|到手|直降|省 …
   after the hit (活动结束恢复原价九十九，今天只要三十九 stays a hit). Round 80: the end said, then 就是|就按 (过了就是日常价一百五十九, 活动结束以后就是原价,
   十二点一过就按日常价). (from round 57)
8. **The shop's own lowest, promised as a hedge** (:func:`own_lowest_promised`, 绝对化用语/价格违规): 只保证|只能保证|只敢保证|只能说|只敢说
   (是) + our shop (我们店|店里|直播间 …) + a period (这个月|今天 …) + 的 right before 最低|最便宜 (我只保证是我们店这个月的最低) — narrowed to the
   shop's own history after declining the outside claim. (from round 60)
9. **A term said to be unknown** (价格违规 …): 出厂价我们也不知道, 下个月的出厂价厂家还没给. (from round 88)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _END, _FORBIDDEN_AFTER, _QUOTE_SAY_BEFORE, _turned_back
from app.rules.scopes_text import NUMERALS, _sentence, viewer_threatened

# -- the shop's own price history ------------------------------------------------------------------------------------

_OWN_PRICE_HEAD = ("日常价", "平时卖", "平常卖", "平时价", "平常价", "日常卖", "店铺价", "平时都卖", "平常都卖", "店铺日常价", "平时日常价")

_TODAY_PRICE = re.compile(rf"[^{_END}]{{0,14}}?(?:今天|直播间|到手|券后|领券|活动价|现在|今晚|这场)[^{_END}]{{0,10}}?[{NUMERALS}]")

_HYPE = re.compile(r"只要|仅需|仅要|才要|只需|骨折|跳楼|亏本|白送|不要钱|血亏|清仓|赔本|倒贴")

_OWN_SHOP_BEFORE = re.compile(r"(?:我们店|我们店里|本店|店铺|店里|我们家|咱家|咱们家|我们直播间)(?:的|里)?(?:都|也|一般)?$")

_MECHANISM = re.compile(rf"领券|券后|店铺券|优惠券|满减|减[{NUMERALS}]|恢复|回到|改回")

_EXTERNAL_BEFORE = re.compile(r"(?:外面|外边|别家|别人家|同行|专柜|市场|线下|门店|实体店)(?:都|也|的)?$")

# (round 45's daily_price_paired, merged here in round 80) the live room's own price named in the sentence, either order
_LIVE_PRICE = re.compile(
    rf"(?:直播间|直播|本场|今天|今晚)?(?:专属|专享|独享)(?:优惠|福利|活动)?价[^{_END}]{{0,3}}?[{NUMERALS}]|直播间(?:的)?价(?:格)?(?:是)?[{NUMERALS}]"
)

_PAGE_RULE = re.compile(r"以(?:页面|详情页|下单页|下单页面|购物车|结算页)(?:显示|展示|标价|价格)?为准")

# round 80: the page shows that price (日常价一百二十九，页面上都能看到; 平时卖六十九，详情页上写着; 店铺页面都能查到)
_PAGE_SHOWS = re.compile(
    rf"[^{_END}]{{0,4}}?(?:页面|详情页|商品页|店铺首页|店铺页面|价格曲线|历史价格|购物车)(?:上|里)?(?:都|也|随时)?"
    r"(?:能看到|看得到|可以看到|能查到|查得到|可以查|可查|写着|标着|有写|显示|挂着)"
)

# round 80: a reference price with its checkable source right after (本款原价二百九十九元，这是官网售价; 原价一百五，是品牌
# 旗舰店的标价) — the origin said, not an invented anchor.
_SOURCED_PRICE = re.compile(
    rf"[^{_END}]{{0,4}}?(?:这是|这个是|是|为|按|指的是)(?:品牌|我们|本店)?(?:的)?(?:官网|官方|官方旗舰店|旗舰店|品牌官网|天猫旗舰店|京东自营)"
    r"(?:的)?(?:售价|定价|标价|价格|零售价|指导价|挂牌价)"
)


def own_price_history(text: str, start: int, end: int) -> bool:
    """Is the hit the shop's own everyday price — beside today's or the live room's own price (日常价三十九…今天…到手二十九,
    直播间专属优惠价149，日常价199), or shown on the page (日常价一百二十九，页面上都能看到)?"""
    if _EXTERNAL_BEFORE.search(text, max(0, start - 4), start):
        return False
    sentence, lo = _sentence(text, start, end)
    if text.startswith(("原价", "吊牌价", "划线价", "日常价", "平时价"), start) and (
        _SOURCED_PRICE.match(text, end) or _PAGE_SHOWS.match(text, end)
    ):
        return not _HYPE.search(sentence)
    if not text.startswith(_OWN_PRICE_HEAD, start):
        return False
    if _HYPE.search(sentence, start - lo):
        return False  # 平时卖九十九，今天只要九块九: the hype of a made-up anchor
    daily = text.startswith(("日常价", "店铺日常价", "平时日常价"), start)
    if daily and not _HYPE.search(sentence):
        if _LIVE_PRICE.search(sentence) or _PAGE_SHOWS.match(text, end):
            return True
    m = _TODAY_PRICE.match(text, end)
    if not m:
        return _PAGE_SHOWS.match(text, end) is not None and not _HYPE.search(sentence)
    if daily and _PAGE_RULE.search(sentence, end - lo):
        return True
    # The shop named, the discount's mechanism or the price's return stated; a bare 平时价六十五，今天三十 still fires.
    return bool(_OWN_SHOP_BEFORE.search(text, max(0, start - 6), start) or _MECHANISM.search(sentence, end - lo))


# -- a lowest price denied -------------------------------------------------------------------------------------------

_ASKED_IF_BEFORE = re.compile(r"问[^{_END}]{0,6}?(?:是不是|是否|有没有|算不算)$".replace("{_END}", _END))

_DARE_NOT_AFTER = re.compile(
    r"(?:的|啊|呀|吗)?(?:\?)?(?:这个|这|这一点|这点)?(?:我们|我|主播|咱们|咱|这个)?(?:真|真的|可|也|确实)?(?:不敢|不能|没法|不会|不好)(?:这么|这样|乱)?(?:说|讲|保证|打包票|承诺)"
)

_OWN_PERIOD_BEFORE = re.compile(
    r"(?:我们店里|我们店|本店|店里|我们家|咱家|咱们家|我们直播间|直播间)(?:今年|这个月|这一年|这半年|最近|近期|这段时间|开店以来|一年)?(?:里|内)?(?:都|也|还|真)?$"
)

_LOWER = re.compile(r"低|便宜|实惠")

_LOWEST_BUT = re.compile(r"但|不过|可是|全网|别家|外面|比比|去比|比就知道|比了就知道|比下就知道|比完就知道|一比就")  # 比比 reads 比 (stutter fold)


def lowest_denied(text: str, start: int, end: int) -> bool:
    """Is the lowest price asked and not claimed (…是不是全网最低，我不敢这么说), or "no lower" scoped to the
    shop's own period (我们店里今年没有比今天更低的价)?"""
    if _ASKED_IF_BEFORE.search(text, max(0, start - 12), start):
        m = _DARE_NOT_AFTER.match(text, end)
        if m:
            sentence, lo = _sentence(text, start, end)
            return not _LOWEST_BUT.search(sentence, m.end() - lo)
    surface = text[start:end]
    return surface.startswith("没") and bool(_LOWER.search(surface)) and bool(
        _OWN_PERIOD_BEFORE.search(text, max(0, start - 12), start)
    )


# -- the live room's own lowest price, said as a hedge ---------------------------------------------------------------

_HEDGED_OWN = re.compile(
    r"(?:只能说|只敢说|顶多说|顶多算|最多算|只能算)(?:是)?(?:咱们|咱|我们|本)?(?:直播间|店里|店铺|家)"
    r"(?:这个月|本月|今天|今晚|本场|这场|这周|本周|今年|最近)?(?:的)?$"
)


def own_lowest_hedged(text: str, start: int, end: int) -> bool:
    """Is the lowest price hedged down to the room's own (只能说是咱直播间这个月的最低价)?"""
    return bool(_HEDGED_OWN.search(text, max(0, start - 18), start))


# -- the list price restored after a deadline ------------------------------------------------------------------------

_RESTORED_BEFORE = re.compile(r"(?:恢复|回到|恢复成|恢复到|变回|回归|调回|涨回)(?:原来的|原来|平时的|平常的|到)?$")

_HYPE_PRICE_RESTORED = re.compile(r"只要|仅需|仅要|才要|只需|骨折|跳楼|亏本|白送|不要钱|血亏|赔本|倒贴")


def price_restored(text: str, start: int, end: int) -> bool:
    """Is the list price the one restored after the offer's end (12点以后恢复原来的日常价89)?"""
    if not text[start:end].startswith(("日常价", "原价", "平时价", "店铺价")):
        return False
    if not _RESTORED_BEFORE.search(text, max(0, start - 7), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _HYPE_PRICE_RESTORED.search(sentence) and not viewer_threatened(text, start)


# -- a brand-set price -----------------------------------------------------------------------------------------------

_BRAND_SET = re.compile(
    r"(?:品牌方?|厂家|厂方|官方|总部|公司)(?:那边)?(?:给的|定的|统一定的|规定的|统一的|控的)(?:活动价|价格|价|控价|指导价|统一价)"
)

_PRICE_HYPE = re.compile(r"全网|最低|骨折|亏本|白送|血亏|赔本|跳楼|别家|其他直播间|史上|只有今天|仅此")


def brand_price(text: str, start: int, end: int) -> bool:
    """Is there no lower price because the brand set it (这已经是品牌给的活动价了，我们没有更低的了)?"""
    sentence, lo = _sentence(text, start, end)
    return bool(_BRAND_SET.search(sentence, 0, start - lo)) and not _PRICE_HYPE.search(sentence)


# -- the everyday price the page returns to --------------------------------------------------------------------------

_RETURNS_TO = re.compile(
    r"(?:(?:恢复|回到|回归|变回|改回|调回)(?:成|到|为)?[^" + _END + r"]{0,8}"
    # round 80: the offer's end said, then 就是 (过了就是日常价一百五十九, 活动结束以后就是原价, 十二点一过就按日常价)
    r"|(?:过了|一过|结束|结束了|结束后|结束以后|之后|以后|完了|过后)(?:就|又|便)?(?:是|按|变成|成了|回)(?:到)?)$"
)

_PRICE_HEADS = ("日常价", "原价", "平时价", "平常价", "正常价", "页面价", "吊牌价", "划线价")

_CUT_AFTER = re.compile(r"只要|只需|到手|直降|立省|省了|便宜|砍|骨折|亏|减|折")


def price_returns(text: str, start: int, end: int) -> bool:
    """Is the hit the everyday price the page goes back to when the offer ends (活动结束恢复日常价九十九)?"""
    if not text.startswith(_PRICE_HEADS, start) or not _RETURNS_TO.search(text, max(0, start - 12), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return not _CUT_AFTER.search(sentence, end - lo) and not viewer_threatened(text, start)


# -- the shop's own lowest, promised as a hedge ----------------------------------------------------------------------

_OWN_PROMISED = re.compile(
    r"(?:只保证|只能保证|只敢保证|只能说|只敢说|顶多说|只能讲)(?:是)?(?:咱们|咱|我们|本)?(?:直播间|店里|店铺|店|家)"
    r"(?:这个月|本月|今天|今晚|本场|这场|这周|本周|今年|最近|近期|这段时间)?(?:的)?$"
)


def own_lowest_promised(text: str, start: int) -> bool:
    """Is 最低/最便宜 hedged down to the shop's own period (我只保证是我们店这个月的最低)?"""
    return bool(_OWN_PROMISED.search(text, max(0, start - 18), start))


# -- quick gates for the entry point ---------------------------------------------------------------------------------

_LOWEST = ("最低", "最便宜", "最实惠", "最划算")


# -- a term said to be unknown ---------------------------------------------------------------------------------------

_UNKNOWN_AFTER = re.compile(
    r"(?:我们|咱们|我|咱|主播|厂家|厂里)?(?:也|都|还|真|其实)?(?:不知道|不清楚|不晓得|没数|说不准|没给|还没出|还没定|没定)"
)


def price_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category != "价格违规":
        return (
            category == "绝对化用语"
            and text[start] == "最"
            and text.startswith(_LOWEST, start)
            and own_lowest_promised(text, start)
        )
    first = text[start]
    if own_price_history(text, start, end) or lowest_denied(text, start, end):
        return True
    if own_lowest_hedged(text, start, end) or price_restored(text, start, end):
        return True
    if text.find("价", max(0, start - 30), start) != -1 and brand_price(text, start, end):
        return True
    if first in "日原平正页吊划" and price_returns(text, start, end):
        return True
    if first == "最" and text.startswith(_LOWEST, start) and own_lowest_promised(text, start):
        return True
    return (
        not (_QUOTE_SAY_BEFORE.search(text, max(0, start - 6), start) and _FORBIDDEN_AFTER.match(text, end))
        and bool(_UNKNOWN_AFTER.match(text, end))
        and not _turned_back(text, end)
    )
