"""Context scopes, batch 23's false-alarm families: a minimum order, a size range, the everyday price the page returns
to, a lucky effect denied inside the hit, a phone call the host received.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round57_said`. Text is normalised (commas gone, ？ is ``?``,
Latin letters lower case). Each family is gated by its category and a one-character test first.

1. **A minimum order** (:func:`minimum_order`, 绝对化用语): 最低|最少|起码 + 买|拍|下单 + a count of items (最低买一件就
   包邮, 最少拍两件才发, 最低下单三盒) — how many to buy, not a ranking; 最低价 / 最低的价格 have a price word and stay.
2. **A size range** (:func:`size_range`, 绝对化用语): 最细|最小|最大 + 码|号 (系|是|到|去到|做到|只有 …) + a size label
   (s, xl, 3xl, 均码, 四十码 …): 最细码系S码，最大去到XL, 最小号是M, 最大做到四十四码 — the range of one item's sizes;
   round 61: a measure as the label (腰围最大能到三尺, 最大能穿到一百六十斤) is the same range.
3. **The everyday price the page returns to** (:func:`price_returns`, 价格违规): 恢复|回到|回归|变回 (成|到)? … right before
   日常价|原价|平时价 … (活动结束恢复页面上标的日常价九十九) — when the offer ends, not a struck-through comparison; never
   with 只要|到手|直降|省 … after the hit (活动结束恢复原价九十九，今天只要三十九 stays a hit). Round 80: the end said,
   then 就是|就按 (过了就是日常价一百五十九, 活动结束以后就是原价, 十二点一过就按日常价).
4. **A lucky effect denied inside the hit** (:func:`denied_inside`, 迷信): the matched surface has a 不|没 the term lacks
   right before the luck it names (就是个摆件不招财也不辟邪, 这串手串没转运的说法) — not 不仅|不但|不光 (摆件不仅招财 is a
   claim), nor a harm kept off (戴着不招脏东西 stays a hit).
5. **A phone call the host received** (:func:`call_received`, 导流私下交易): a third party (厂家|老板|供应商|快递 …) and maybe
   a time (刚|刚才|昨天 …) right before 给我打电话 (厂家刚给我打电话说…, 快递小哥昨天给我打了个电话) — a story, not the
   audience told to call.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. a minimum order ----------------------------------------------------------------------------------------------------------

_MIN_ORDER = re.compile(
    rf"(?:最低|最少)(?:要|得|需要|只要|也要|也得)?(?:买|拍|下单|下|订|起订|起拍|起售){NUMBER_RX}"
    r"(?:件|个|单|份|盒|箱|斤|套|双|瓶|包|袋|罐|支|条|只|张|桶|提|組|组)"
)


def minimum_order(text: str, start: int) -> bool:
    """Is 最低/最少 the minimum count to order (最低买一件就包邮)?"""
    return bool(_MIN_ORDER.match(text, start))


# -- 2. a size range -------------------------------------------------------------------------------------------------------------

_SIZE_RANGE = re.compile(
    r"最(?:细|小|大)(?:的)?(?:码|号|尺码|码数)?(?:嘅码|的码)?(?:系|是|就是|只有|有|到|去到|做到|能到|可以到|开到|出到|就到|只到|能穿到|可以穿到|穿到)"
    rf"(?:{NUMBER_RX}(?:x?l)|x{{0,3}}[sml]|均码|{NUMBER_RX}(?:码|号|尺|寸|厘米|公分|cm|斤|公斤|kg))(?![a-z])"
)


# round 68: the size word named, then a bare figure (最小码二十五, 最大码三十四, 最大四十四码) — or the bare figure after
# 到 when the sentence names 码|号 (最小码二十五，最大到三十四); never a price, a discount or a count after the figure.
# round 71: the bare figure right after 最小|最大 too (尺码最小三十五最大四十一, 最大是四十四) when the sentence names 码|号.
_SIZE_BARE = re.compile(
    rf"最(?:细|小|大)(?:的)?(?:(?P<size>码|号|尺码|码数)(?:是|到|就到|只到)?|(?:是|能|可以|就|只)?(?:到|去到|做到|出到|穿到|穿)?)"
    rf"{NUMBER_RX}(?P<unit>码|号|尺)?(?![\d块元万千百折倍%个件单斤克分秒天岁年度米升瓦人位次])"
)
# round 73: a letter size right after the head (尺码最小S，最大到XXL, 最大码3XL, 最小XS)
_SIZE_LETTER = re.compile(r"最(?:细|小|大)(?:的)?(?:码|号|尺码|码数)?(?:是|到|就到|只到|去到)?(?:[2-6]|[二三四五六])?x{0,3}[sml](?:码|号)?(?![a-z])")
_SIZE_WORD = re.compile(r"(?<![扫二条编])码|(?<![账型单])号|腰围")
_SIZE_PRICE = re.compile(r"券|折|减|优惠|价|元|块|钱|送|赠|抽")
_SIZE_OUTSIDE = re.compile(r"全网|全国|全球|全平台|行业|市面|市场|史上|同类|别家")


def size_range(text: str, start: int) -> bool:
    """Is the superlative the end of one item's size range (最细码系S码, 最大去到XL, 最小码二十五)?"""
    if _SIZE_RANGE.match(text, start):
        return True
    if _SIZE_LETTER.match(text, start):
        return not _SIZE_OUTSIDE.search(_sentence(text, start, start + 2)[0])
    m = _SIZE_BARE.match(text, start)
    if not m:
        return False
    sentence, _ = _sentence(text, start, start + 2)
    if _SIZE_OUTSIDE.search(sentence):
        return False  # 全网最大四十一码 ranks the shop's range against others
    if m.group("size") or m.group("unit"):
        return True
    return bool(_SIZE_WORD.search(sentence)) and not _SIZE_PRICE.search(sentence)


# -- 3. the everyday price the page returns to ----------------------------------------------------------------------------------

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
    return not _CUT_AFTER.search(sentence, end - lo)


# -- 4. a lucky effect denied inside the hit -----------------------------------------------------------------------------------

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


# -- 5. a phone call the host received ---------------------------------------------------------------------------------------

_CALLER_BEFORE = re.compile(
    r"(?:厂家|厂里|厂方|工厂|老板|供应商|品牌方|品牌|总部|公司|仓库|快递|快递员|快递小哥|物流|经理|领导|妈|爸|老公|老婆|家里|我朋友|"
    r"闺蜜|同事|客户|师傅|房东|他|她|他们|她们)(?:那边|他们|她们)?"
    r"(?:刚|刚才|刚刚|昨天|昨晚|前天|今天|今早|早上|上午|中午|下午|晚上|一早|又|也|都|还|专门|特意|特地|亲自|突然|就)*$"
)


def call_received(text: str, start: int, end: int) -> bool:
    """Is 给我打电话 a call the host received from a third party (厂家刚给我打电话说…)?"""
    return text.find("电话", start, end) != -1 and bool(_CALLER_BEFORE.search(text, max(0, start - 12), start))


# -- the entry point ----------------------------------------------------------------------------------------------------------

_SIZE_NEXT = frozenset("细小大")
_MIN_NEXT = frozenset("低少")


def round57_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 23's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    first = text[start]
    if category == "绝对化用语":
        if first != "最":
            return False
        nxt = text[start + 1 : start + 2]
        if nxt in _MIN_NEXT and minimum_order(text, start):
            return True
        return nxt in _SIZE_NEXT and size_range(text, start)
    if category == "价格违规":
        return first in "日原平正页吊划" and price_returns(text, start, end)
    if category == "迷信":
        has_no = _NO_CHARS(text, start + 1, end) is not None  # round 81: Cantonese 冇|唔 too (摆件冇讲过招财)
        return has_no and denied_inside(text, start, end)
    if category == "导流私下交易":
        return first == "给" and call_received(text, start, end)  # 大客户打这个电话 is an instruction
    return False
