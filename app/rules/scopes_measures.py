"""Context scopes: a measure of one item (a label's rating, a size range, a minimum order, a size chart).

:func:`app.rules.scopes_replies.mentioned` calls :func:`measure_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A spec read off the packaging** (:func:`label_spec`, 绝对化用语): 包装上写的是|标签上标着|说明书写的 … right before 最高|最大|最多|最长 …
   and a figure with a unit within ten characters (包装上写的是最高能扛六级风, 说明书上写着最大承重一百五十公斤) — the maker's rating of one
   item, read out; never with an outside scope, a price or sales in reach. (from round 53)
2. **A minimum order** (:func:`minimum_order`, 绝对化用语): 最低|最少|起码 + 买|拍|下单 + a count of items (最低买一件就包邮, 最少拍两件才发,
   最低下单三盒) — how many to buy, not a ranking; 最低价 / 最低的价格 have a price word and stay. (from round 57)
3. **A size range** (:func:`size_range`, 绝对化用语): 最细|最小|最大 + 码|号 (系|是|到|去到|做到|只有 …) + a size label (s, xl, 3xl, 均码,
   四十码 …): 最细码系S码，最大去到XL, 最小号是M, 最大做到四十四码 — the range of one item's sizes; round 61: a measure as the label
   (腰围最大能到三尺, 最大能穿到一百六十斤) is the same range. (from round 57)
4. **A body measure** (:func:`body_measure`, 功效夸大): 脚长二十一厘米 / 衣长 / 袖长 / 身长 — a size chart, not 长高. (from round 85)
5. **A count cut before its hour unit** (功效夸大 一次管{N}): 贴一次管八个小时 — a duration of use, not 一次管八年. (from round 88)
6. **Round 102 (F13): both ends of the item's own range** (:func:`paired_range`, 绝对化用语): 最小 … 最大 (最低/最高, 最少/最多,
   最短/最长 …) in one sentence, each end with its own figure (按果径分最小的七十五最大的九十, 最大能装6罐最少装2罐, 最短六十五最长一米二)
   — a range read out, by cues in any order; never with a price, a sale or an outside scope in the sentence.
   Round 107 (F13): an end given by a named value (颜色最深的是墨绿 最浅的是米白, 最幼係零点四号 最粗去到六号) and more pairs
   (幼|粗, 松|紧, 软|硬, 亮|暗, 浓|淡); each 最 is read on its own, so the two ends may overlap.
7. **Round 116 (F13): a bound of the item's own reading** (:func:`own_bound`, 绝对化用语): 最低|最高|最多 … + 不会|不超过|不低于
   (最低不会到零下, 最低不会低于5, 最高不超过四十度) — a limit of one item's temperature or value, not a ranking; never with a
   price, a sale or an outside scope in the sentence. And the shop's own worst seller (卖得最差, 卖得最慢): a superlative of a
   flop ranks nothing.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_lists import _AS_DRUG_BEFORE, _END, _OUTSIDE
from app.rules.scopes_quantity import quantity_sold
from app.rules.scopes_text import _sentence

# -- a spec read off the packaging -----------------------------------------------------------------------------------

_LABEL_SAYS = re.compile(
    r"(?:包装|包装盒|外包装|外箱|盒子|瓶身|标签|吊牌|铭牌|说明书|参数表|参数|规格表|合格证|检测报告)(?:上|里|上面|里面)?"
    r"(?:写的是|写着|写的|标的是|标着|标注的是|标注|印的是|印着|显示的是|显示)$"
)

_SPEC_AFTER = re.compile(rf"[^{_END}]{{0,10}}?{NUMBER_RX}个?(?:级|公斤|千克|斤|克|米|厘米|公分|毫米|度|小时|天|升|毫升|人|瓦|伏|档|层|倍|码|号)")

_SPEC_HEADS = ("最高", "最大", "最多", "最长", "最低", "最小", "最少", "最重", "最远", "最深")

_MONEY = re.compile(r"价|元|块|钱|折|便宜|优惠|销量|卖")


def label_spec(text: str, start: int, end: int) -> bool:
    """Is the superlative a rating read off the item's packaging (包装上写的是最高能扛六级风)?"""
    if not text.startswith(_SPEC_HEADS, start) or not _LABEL_SAYS.search(text, max(0, start - 10), start):
        return False
    m = _SPEC_AFTER.match(text, start + 2)
    return bool(m) and not _OUTSIDE.search(text, max(0, start - 14), m.end()) and not _MONEY.search(text, start, m.end())


# -- a minimum order -------------------------------------------------------------------------------------------------

_MIN_ORDER = re.compile(
    rf"(?:最低|最少)(?:要|得|需要|只要|也要|也得)?(?:买|拍|下单|下|订|起订|起拍|起售){NUMBER_RX}"
    r"(?:件|个|单|份|盒|箱|斤|套|双|瓶|包|袋|罐|支|条|只|张|桶|提|組|组)"
)


def minimum_order(text: str, start: int) -> bool:
    """Is 最低/最少 the minimum count to order (最低买一件就包邮)?"""
    return bool(_MIN_ORDER.match(text, start))


# -- a size range ----------------------------------------------------------------------------------------------------

_SIZE_RANGE = re.compile(
    r"最(?:细|小|大)(?:的)?(?:码|号|尺码|码数)?(?:嘅码|的码)?(?:系|是|就是|只有|有|到|去到|做到|能到|可以到|开到|出到|就到|只到|能穿到|可以穿到|穿到)"
    rf"(?:{NUMBER_RX}(?:x?l)|x{{0,3}}[sml]|[a-h](?:杯|罩杯|cup)|均码|{NUMBER_RX}(?:码|号|尺|寸|厘米|公分|cm|斤|公斤|kg))(?![a-z])"
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

_SIZE_WORD = re.compile(r"(?<![扫二条编])码|(?<![账型单])号|腰围|胸围|下围|臀围")

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


# -- quick gates for the entry point ---------------------------------------------------------------------------------

_SIZE_NEXT = frozenset("细小大")

_MIN_NEXT = frozenset("低少")


# -- a body measure --------------------------------------------------------------------------------------------------

_MEASURE_NOUN = frozenset("脚身衣袖裤裙体全总内外鞋底板刀线绳带链边腿臂背肩")

_MEASURE_SURFACE = re.compile(rf"长{NUMBER_RX}(?:厘米|公分|毫米|cm|mm)$")


def body_measure(text: str, start: int, end: int) -> bool:
    """Is 长N厘米 a measure in a size chart (脚长二十一厘米, 衣长六十五公分), not growth?"""
    return start > 0 and text[start - 1] in _MEASURE_NOUN and bool(_MEASURE_SURFACE.match(text[start:end]))


# -- a count cut before its hour unit --------------------------------------------------------------------------------

_HOUR_AFTER = re.compile(r"(?:个)?(?:小时|钟头|钟|分钟|晚上|晚|夜)")


# -- round 102 (F13): both ends of the item's own range ----------------------------------------------------------------

_ENDS = {"小": "大", "大": "小", "低": "高", "高": "低", "少": "多", "多": "少", "短": "长", "长": "短", "轻": "重", "重": "轻",
         "窄": "宽", "宽": "窄", "细": "粗", "粗": "细幼", "薄": "厚", "厚": "薄", "浅": "深", "深": "浅", "近": "远", "远": "近",
         # round 107 (F13): Cantonese 幼 (最幼係零点四号 最粗去到六号), firmness, shade and strength
         "幼": "粗", "松": "紧", "紧": "松", "软": "硬", "硬": "软", "亮": "暗", "暗": "亮", "浓": "淡", "淡": "浓"}
_END_FIGURE = re.compile(
    rf"最([小大低高少多短长轻重窄宽细粗薄厚浅深近远幼松紧软硬亮暗浓淡])(?:的|嘅)?(?:[^{_END}0-9]{{0,4}}?{NUMBER_RX}"
    # round 107 (F13): or a named value (颜色最深的是墨绿 最浅的是米白, 最粗去到六号)
    rf"|(?:就|也)?(?:是|係|系|为|去到|到|能到|可以到)(?!最)[^{_END}]{{1,8}})"
)
_RANGE_OFF = re.compile(r"价|元|块钱|钱|折|便宜|优惠|销|卖|单|全网|全国|全球|全平台|行业|市面|市场|史上|同类|同价位|别家|之一")


def paired_range(text: str, start: int) -> bool:
    """Is 最X one end of the item's own range, the other end in the sentence too, each with a figure (最小的七十五最大的九十)?"""
    m = _END_FIGURE.match(text, start)
    if not m:
        return False
    sentence, lo = _sentence(text, start, start + 2)
    if _RANGE_OFF.search(sentence):
        return False
    other = _ENDS[m.group(1)]
    ends = (_END_FIGURE.match(sentence, i) for i in range(len(sentence)) if sentence[i] == "最" and i + lo != start)
    return any(e is not None and e.group(1) in other for e in ends)  # each 最 read on its own: the ends may overlap


# -- round 116 (F13): a bound of the item's own reading; the shop's own worst seller ----------------------------------

_BOUND = re.compile(r"最(?:低|高|多|少|大|小|长|短|冷|热|快|慢)(?:也|都|是)?(?:不会|不超过|不低于|不高于|不少于|不多于|不超|不到)")

_FLOP = re.compile(r"(?:卖得|卖的|卖)最(?:差|烂|慢|少|冷|不好)")


def own_bound(text: str, start: int) -> bool:
    """Is 最X a bound of one item's reading (最低不会到零下, 最高不超过四十度) or the shop's own flop (卖得最差)?"""
    if _FLOP.match(text, max(0, start - 2)) or _FLOP.match(text, max(0, start - 1)):
        return True
    if not _BOUND.match(text, start):
        return False
    sentence, _ = _sentence(text, start, start + 2)
    return not _OUTSIDE.search(sentence) and not _MONEY.search(sentence)


def measure_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    first = text[start]
    if category == "绝对化用语" or category == "价格违规":
        if first != "最":  # round 132: 超市卖一斤装的 is a pack size, not a price (scopes_quantity)
            return category == "价格违规" and quantity_sold(text, start, end)
        if label_spec(text, start, end):
            return True
        if category != "绝对化用语":
            return False
        if own_bound(text, start):
            return True
        nxt = text[start + 1 : start + 2]
        if nxt in _MIN_NEXT and minimum_order(text, start):
            return True
        if nxt in _SIZE_NEXT and size_range(text, start):
            return True
        return nxt in _ENDS and paired_range(text, start)
    if category == "功效夸大":
        if first == "长" and body_measure(text, start, end):
            return True
        return (
            not _AS_DRUG_BEFORE.search(text, max(0, start - 10), start)
            and text[start:end].startswith("一次管")
            and bool(_HOUR_AFTER.match(text, end))
        )
    return False
