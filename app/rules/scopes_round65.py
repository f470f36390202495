"""Context scopes, batch 25B's false-alarm families: earlier families said in a wider wording.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round65_said`. Text is normalised (commas gone, ？ is ``?``,
宝宝 is 宝, a speaker label's colon stays). Each family is gated by its category and a cheap character test first.

1. **A word taken back after a reminder** (:func:`taken_back_later`, 绝对化用语/价格违规; widens round 17's
   :func:`app.rules.scopes_corrections.corrected`): the word quoted (刚才我说了个“最好”, 刚才手滑说了句第一), then a
   short reminder clause (助手提醒了, 场控提醒我了, 后台提醒了) before the correction (我改一下, 收回, 更正一下) —
   a re-assertion after it (不止, 没说错 …) keeps the hit.
2. **The shop's own sales ranking with its data scope** (:func:`own_sales_scope`, 绝对化用语; widens the own-shop
   best-seller of :mod:`app.rules.scopes_asserted`): the sentence says the ranking counts only the shop's own data
   (只算我们自己店铺的数据, 仅统计本店数据, 数据来自店铺后台) and names no outside scope (全网, 全平台, 行业 …).
3. **A count on the page, the next show offered** (:func:`count_next_show`, 虚假紧迫; widens round 53's
   :func:`app.rules.scopes_round53.calm_count`): 页面上|后台|小黄车里 … right before the count, and the missed buyers
   sent to the next show or a restock (没抢到的可以等下一场, 下一场还会上, 后面会补货) — no push (赶紧, 手慢, 最后 …)
   other than the 没抢到的 that names who missed it.
4. **A season that ends** (:func:`season_ends`, 虚假紧迫; widens round 53's :func:`app.rules.scopes_round53.seasonal_stock`):
   the wait till next year follows the season's end (过了就得等明年, 季节一过就要等明年, 下市了就得等明年) in a
   sentence naming the crop or its season (产季, 头茬, 樱桃 …) — never with today, this show, a push or an offer
   (这批樱桃过了今天就得等明年 stays a hit).
5. **A question sidestepped** (:func:`question_sidestepped`, 迷信 and the effects; widens the refused question of
   :mod:`app.rules.scopes_denials`): someone asked (问 before the hit), and the host only vouches for something plain
   and refuses the rest (我只能说好看，别的我不敢说; 只能说做工好，其他的不敢讲) — not with 但|不过 or a wink after.
6. **A viewer's remark about another platform, left to them** (:func:`remark_left`, 导流私下交易; widens round 53's
   :func:`app.rules.scopes_round53.platform_mentioned`): 弹幕|评论区|有人 … 说 right before the hit (弹幕有人说要去拼多多买),
   then 你们随意|大家随意|自己选 or 我们只管我们这边的售后 — no way there given (便宜, 链接, 搜, 店名, 号 …).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_corrections import _CORRECTION_AFTER, _QUOTED_BEFORE, _REASSERT, _SLIP_BEFORE
from app.rules.scopes_round53 import _CROP, _HARD_PUSH, _OFFER, _OUTSIDE
from app.rules.scopes_round84 import round84_said
from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END
_QUOTES = "“”\"'‘’「」『』"

# -- 1. a word taken back after a reminder ----------------------------------------------------------------------------

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


# -- 2. the shop's own sales ranking with its data scope ----------------------------------------------------------------

_OWN_DATA = re.compile(
    r"(?:只|仅|就)(?:算|统计|计算|看|限|指|针对|代表)(?:的是)?(?:我们|咱们|咱|本|我|这个)?(?:自己|自家)?(?:的)?"
    r"(?:店铺|店|家|直播间|账号|小店)(?:的|里的|内的)?(?:后台)?(?:数据|销量|订单)"
    r"|(?:数据|销量)(?:来自|来源于|取自|是|按|只看)(?:我们|咱们|本)?(?:自己)?(?:的)?(?:店铺|店|直播间|小店)(?:的)?(?:后台)?"
    r"|本店(?:后台)?数据|店铺后台(?:的)?数据"
)
_SALES = re.compile(r"销|卖|畅|爆|冠|第一")
_ELSEWHERE = re.compile(r"全|外面|外边|别的店|别家|其他店|其他直播间|别的直播间|同款")


def own_sales_scope(text: str, start: int, end: int) -> bool:
    """Is the sales ranking said to count only the shop's own data (只算我们自己店铺的数据)?"""
    if not _SALES.search(text, max(0, start - 4), end):  # 销量最好 or 销量 then 最好的
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_OWN_DATA.search(sentence)) and not _OUTSIDE.search(sentence) and not _ELSEWHERE.search(sentence)


# -- 3. a count on the page, the next show offered ---------------------------------------------------------------------

_ON_PAGE = re.compile(r"(?:页面|后台|屏幕|小黄车|购物车|链接|库存条|详情页)(?:上|里|上面|里面)?(?:显示|写着|标着)?(?:也|就|只|目前|现在)?$")
_NEXT_SHOW = re.compile(
    r"等下一?场|下一?场(?:还有|还会|再|会|继续|也有)|下次(?:直播|开播)?(?:还有|还会|再)|(?:后面|之后|过几天)(?:还)?会(?:补货|补|再上|上)|会补货"
)
_MISSED = re.compile(r"没(?:抢|拍|买|下单|赶)(?:到|上)(?:的)?")


def count_next_show(text: str, start: int, end: int) -> bool:
    """Is the count read off the page, the missed buyers sent to the next show (页面上还剩37件，没抢到的等下一场)?"""
    if not _ON_PAGE.search(text, max(0, start - 9), start):
        return False
    sentence, _ = _sentence(text, start, end)
    if not _NEXT_SHOW.search(sentence):
        return False
    return not _HARD_PUSH.search(_MISSED.sub("", sentence))


# -- 4. a season that ends ----------------------------------------------------------------------------------------------

_SEASON_OVER = re.compile(r"(?:过了|一过|结束了?|下市了?|落市了?|过季了?|完了)(?:以后|之后)?(?:就|就得|就要|只能|就只能|得|要)?$")
_SEASON_NAMED = re.compile(r"季|头茬|二茬|应季|当季|时令|上市")
_NOW = re.compile(r"今天|今晚|今日|这场|本场|直播间|现在|此刻|这会儿|马上")


def season_ends(text: str, start: int, end: int) -> bool:
    """Is waiting till next year the end of the crop's season (产季就一个多月，过了就得等明年)?"""
    if not _SEASON_OVER.search(text, max(0, start - 8), start):
        return False
    sentence, _ = _sentence(text, start, end)
    if not (_SEASON_NAMED.search(sentence) and _CROP.search(sentence)):
        return False
    return not (_HARD_PUSH.search(sentence) or _OFFER.search(sentence) or _NOW.search(sentence))


# -- 5. a question sidestepped --------------------------------------------------------------------------------------------

_REST_REFUSED = re.compile(
    r"(?:别的|其他的?|其它的?|其余的?|多的|功效|效果|其他方面)(?:方面)?(?:我|咱|主播)?(?:就|可|真|也|都|是)?"
    r"(?:不敢说|不敢讲|不好说|不能说|说不了|不敢保证|不保证|不知道|不清楚|不乱说|不瞎说|不懂|不敢乱说|不敢打包票)"
)
_ONLY_VOUCH = re.compile(r"只能说|只敢说|只说|只能讲|只敢讲|只能告诉你")
_WINKS = re.compile(r"但|不过|可是|懂的|你懂|自己体会|试试就知道|用了就知道|戴了就知道")


def question_sidestepped(text: str, start: int, end: int) -> bool:
    """Is the asked effect sidestepped (有宝宝问能不能招桃花，我只能说好看，别的我不敢说)?"""
    if text.find("问", max(0, start - 16), start) == -1:
        return False
    sentence, lo = _sentence(text, start, end)
    tail = sentence[end - lo :]
    vouch = _ONLY_VOUCH.search(tail)
    if not vouch:
        return False
    return bool(_REST_REFUSED.search(tail, vouch.end())) and not _WINKS.search(tail)


# -- 6. a viewer's remark about another platform, left to them -------------------------------------------------------------

_REMARKED = re.compile(
    rf"(?:弹幕|评论区|评论|公屏|有人|有宝|有朋友|有家人|有粉丝|有姐妹|有网友|有观众)[^{_END}:]{{0,6}}?(?:说|讲|提到|问)"
    r"(?:了|过)?(?:要|想|想要|能不能|可不可以|可以|他们|她们|他|她)?$"
)
_LEFT_TO_THEM = re.compile(
    r"(?:你们|大家|各位|家人们|宝们)?(?:随意|随便|自便|自己决定|自己选|自己看|看着办|都行|都可以)"
    r"|(?:我们|咱们|我|咱)(?:这边|这里)?(?:只|就|只能)?管(?:我们|咱们|自己)?"
)
_WAY_THERE = re.compile(r"便宜|更低|划算|链接|搜|店名|店铺名|号|私|加我|找我|微信|联系|同款|比价")


def remark_left(text: str, start: int, end: int) -> bool:
    """Is another platform a viewer's remark, left to them (弹幕有人说要去拼多多买，你们随意)?"""
    if not _REMARKED.search(text, max(0, start - 14), start):
        return False
    sentence, lo = _sentence(text, start, end)
    tail = sentence[end - lo :]
    return bool(_LEFT_TO_THEM.search(tail)) and not _WAY_THERE.search(tail)


# -- the entry point ------------------------------------------------------------------------------------------------------

_COMPARE = frozenset({"绝对化用语", "价格违规"})


def round65_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 25B's widened families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if round84_said(text, start, end, category):
        return True  # batch 33 F5/F1 (app.rules.scopes_round84): 这部纪录片拍的是…风水布局, 杨梅…过了这阵子得等明年
    if category in _COMPARE:
        if text.find("说", max(0, start - 12), start) != -1 and taken_back_later(text, start, end):
            return True
        return category == "绝对化用语" and text.find("数据", end, end + 40) != -1 and own_sales_scope(text, start, end)
    if category == "虚假紧迫":
        if text.find("年", start, end) != -1 and season_ends(text, start, end):
            return True
        near = text.find("场", end, end + 30) != -1 or text.find("补", end, end + 30) != -1
        return near and count_next_show(text, start, end)
    if category == "迷信" or category in _EFFECTS:
        return text.find("只", end, end + 20) != -1 and question_sidestepped(text, start, end)
    if category == "导流私下交易":
        return text.find("说", max(0, start - 6), start) != -1 and remark_left(text, start, end)
    return False
