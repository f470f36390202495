"""Context scopes: the shop's own sales record (本店这个月卖得最多的是这一款), not a ranking against others.

:func:`app.rules.scopes_replies.mentioned` calls :func:`shop_record_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **The shop's own sales record** (:func:`own_sales_record`, 绝对化用语): the shop (本店|我们店|店里|店铺 …), then only a period
   (这个月|今年夏天|上半年 …) and at most a category of its own goods + 里 (洗碗机里), then a sales superlative (卖得最多|销量最高|最畅销)
   that picks an item out (…的是这一款, …的款) — 我们家今年销量第一 ranks the shop itself. Never with an external scope
   (全网|全平台|抖音|行业|同类 …) or a contrast with others (别家|比不了). Round 80: the item named before the scope and 销量 after it
   (这款耳机在店内耳机类目里销量排第一, 这个色在本店口红里卖得最好). (from round 45)
2. **The shop's own best-seller confirmed** (:func:`own_seller`, 绝对化用语): 你们店|你们家 + a sales superlative + 的 + ? (the
   viewer's question); or 店里|我们店 + 确实|的确|就|还是 + 是 + 它|这款 + the superlative — no outside scope. (from round 48)
3. **The room's own price record** (:func:`own_record`, 绝对化用语/价格违规): 我们|咱 + 直播间|店里|家 … + 上架|上新|卖|进|开 (过)? 的 right
   before a measure 最贵|最便宜|最大|最多 … (我们直播间今年上架的最贵的一只) — an internal comparison, not against other sellers; a quality
   (最有效, 最好用) stays a hit. (from round 53)
4. **A superlative within the shop's few items** (:func:`few_items`, 绝对化用语): the sentence says the shop has only two
   or three of them (我们店里就两款, 一共就三个颜色) — 最软的是硅胶头那款 picks one of its own, not a market ranking. (from round 53)
5. **The shop's own sales ranking with its data scope** (:func:`own_sales_scope`, 绝对化用语; widens the own-shop
   best-seller of :mod:`app.rules.scopes_asserted`): the sentence says the ranking counts only the shop's own data
   (只算我们自己店铺的数据, 仅统计本店数据, 数据来自店铺后台) and names no outside scope (全网, 全平台, 行业 …). (from round 65)
6. **The shop's own record with the item named** (:func:`shop_record`; widens round 45's own_sales_record):
   店里这周是它卖得最多, 咱家这个月还是这款卖得最好 — and an outside scope that is denied does not count (全网的我们没统计过). (from round 85)
7. **Round 99 (F12)**: the shop said as 我自己直播间 / 我哋铺头, a category of its goods between (就我们店里蜂蜜这一类今年它卖得
   最多), 销冠 (这款是我自己直播间今年的销冠), an outside scope denied (唔系全网嘅), and the top of the shop's own ranking named after
   the second (:func:`own_rank_first`: 我们家直播间是复购第二多的，第一是那个卸妆膏). 全港|全城|整个 count as outside.
8. **Round 102 (F12): the shop's own record read by cues** (:func:`own_record_cues`, 绝对化用语): a sales superlative (卖得最多,
   买得最多, 回购最多, 销冠, 销量榜第一, top1的销量 …) + the shop anywhere in the sentence (店里, 咱家, 本店, 小店, 直播间, 我自己店, 仅限店内 —
   before or after, time words like 今年, 开业三年以来, 昨天晚上 between) + an item picked out (…的是, …的就是这个, …的一款, 哪个卖得最好,
   这个颜色在我们店里…) + no outside scope anywhere. The shop ranked itself (咱家店是今年卖得最多的, 卖得最好的店) stays a claim.
   Also (:func:`own_dated_figure`, 数据造假) the shop's own figure for a dated session with its proof shown (上周六那场我们卖了八百斤，
   后台截图我贴在评论区置顶了) — never a speed (一分钟就卖了), an outside scope or a vague proof (后台都卡了).

Round 107 (F12): the seller's own years of selling as the shop cue (老张我卖鱼竿这几年, 我做这行十来年), 订单|走得 as sales words
(订单里排第一, 走得最快), and 哩|滴|嘞 + 是 as the pick after the top (卖得最好哩就是这个).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import DECLINE
from app.rules.scopes_lists import _END, _OUTSIDE, _outside
from app.rules.scopes_text import _sentence

# -- the shop's own sales record -------------------------------------------------------------------------------------

_SHOP = (
    r"(?:我们店铺|我们店里|我们店|咱们店|咱们家|我们家|咱家|本店|店铺|店内|店里|我们直播间|咱们直播间|本直播间"
    # round 99 (F12): 我自己直播间, 我们家直播间, Cantonese 我哋铺头
    r"|(?:我|我们|咱|咱们|我哋)(?:自己|自家|家)?(?:的)?(?:直播间|小店|铺头|铺面|间铺)|我哋(?:铺头|店|间铺))"
)

_PERIOD = (
    r"(?:这个月|本月|上个月|这周|本周|上周|这个季度|本季度|这一季|这季|今年|去年|今年以来|开店以来|上半年|下半年|最近|近期|"
    r"这段时间|这几天|今天|今晚|本场|这场|(?:今年|去年|这个)?(?:春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|春夏|秋冬)|双十一|双11|618|年货节)"
)

_SHOP_RECORD_BEFORE = re.compile(
    rf"{_SHOP}(?:的)?(?:{_PERIOD}){{0,2}}(?:[\u4e00-\u9fff]{{1,5}}?(?:里|里面|当中|中|类目里|品类里))?(?:{_PERIOD})?(?:自己|自家)?(?:的)?"
    r"(?:(?:销量|销售额|销售量|出单量)(?:是|排|排在|也是|都是)?|卖得|卖的)?$"  # round 80: 在店内耳机类目里销量排第一
)

# round 80: the item named before the shop's scope (这款耳机在店内耳机类目里销量排第一, 这个色在本店口红里卖得最好)
_ITEM_BEFORE_SHOP = re.compile(r"(?:这|那|呢)(?:一)?(?:款|个|只|台|件|双|套|支|瓶|盒|色|种)[\u4e00-\u9fff]{0,4}?(?:在|是|算是|就是|系)?$")

_SALES = re.compile(r"卖|销|畅销|爆款|人气|出单")

_OUTSIDE_OWN_SALES_RECORD = re.compile(
    r"全网|全国|全球|全平台|平台|抖音|淘宝|天猫|京东|快手|拼多多|行业|同行|同类|同价位|市面|市场|网上|所有|史上|业内|别家|别人家|其他家|外面|比不了|比不上"
    r"|全[港城市省]|整个"
)
# round 99 (F12): an outside scope the speaker denies (唔系全网嘅, 不是全网的, 不算全平台) does not count
_OUTSIDE_NOT = re.compile(r"(?:唔系|不是|并不是|不算|不代表|不包括)(?:全网|全国|全平台|全港|整个平台|平台|行业|市面上?|外面)")
# round 99 (F12): the category of the shop's goods between (就我们店里蜂蜜这一类今年它卖得最多)
_OWN_CLASS = r"(?:[\u4e00-\u9fff]{1,4}?(?:这一类|这类|这一块|类目里|品类里|里面|里|当中))?"


def own_sales_record(text: str, start: int, end: int) -> bool:
    """Is the sales superlative scoped to the shop's own record (本店这个月洗碗机里卖得最多的是这一款)?"""
    surface = text[start:end]
    if "最" not in surface and "第一" not in surface and "冠" not in surface:  # round 99: 我自己直播间今年的销冠
        return False
    m = _SHOP_RECORD_BEFORE.search(text, max(0, start - 20), start)
    if not m or not (_SALES.search(surface) or _SALES.search(text, max(0, start - 3), start)):
        return False
    sentence, _ = _sentence(text, start, end)
    if _OUTSIDE_OWN_SALES_RECORD.search(_OUTSIDE_NOT.sub("", sentence)):
        return False
    # An item picked out of the shop's own goods (…卖得最多的是这一款): 我们家今年销量第一 ranks the shop itself.
    if _ITEM_BEFORE_SHOP.search(text, max(0, m.start() - 10), m.start()):
        return True
    return text.startswith(("的", "嘅"), end) or surface.endswith(("的", "嘅"))


# -- the shop's own best-seller confirmed ----------------------------------------------------------------------------

_YOUR_SHOP = re.compile(r"(?:你们店|你们家|你们店里|你家|你们直播间)(?:里)?$")

_OUR_SHOP_IT = re.compile(
    r"(?:店里|我们店|咱们店|本店|我们家|咱家|店铺)(?:确实|的确|就|还是|真的)?(?:是)?(?:它|这款|这个|这一款|这台|这件)$"
)

_OUTSIDE_OWN_SELLER = re.compile(r"全网|全国|全球|全平台|抖音|淘宝|京东|行业|同行|同类|同价位|市面|市场|网上|史上|别家|比不了")


def own_seller(text: str, start: int, end: int) -> bool:
    """Is the sales superlative the shop's own, asked or confirmed (你们店卖得最好的? 店里确实是它卖得最多)?"""
    sentence, _ = _sentence(text, start, end)
    if _OUTSIDE_OWN_SELLER.search(sentence):
        return False
    lo = max(0, start - 14)
    if _YOUR_SHOP.search(text, lo, start) and re.match(r"的?\??", text[end:]) and "?" in text[end : end + 3]:
        return True
    return bool(_OUR_SHOP_IT.search(text, lo, start))


# -- the room's own price record -------------------------------------------------------------------------------------

_OWN_RECORD = re.compile(
    r"(?:我们|咱们|咱|本|我)(?:家|店|店里|店铺|小店|直播间|橱窗)[^" + _END + r"]{0,6}?"
    r"(?:上架|上新|上过|卖|进|开|拍|出)(?:过|了)?的$"
)

# a measure of the record (最贵, 最大 …), not a quality (最有效, 最好用 stay hits whoever's shelf they top)
_RECORD_HEADS = ("最贵", "最便宜", "最低", "最高", "最大", "最小", "最重", "最轻", "最多", "最少", "最早", "最新", "最久", "最长", "最甜", "最肥")
# round 106: the day's or the batch's own lot (这只梭子蟹是今天最大的一只, 这一网里最重的一条) — a measure, never 最甜/最肥 here
_LOT_BEFORE = re.compile(r"(?:今天|今儿|今日|这批|这一批|这一网|这网|这趟|这一箱|这箱|这筐|这一锅)(?:里|里面|当中|中)?(?:的)?$")
_LOT_HEADS = ("最大", "最小", "最重", "最轻", "最长")
# round 106: an outside scope only asked about by a viewer (有人问…是不是全网最便宜的) does not count
_OUTSIDE_ASKED = re.compile(rf"问[^{_END}]{{0,12}}?(?:{_OUTSIDE.pattern})[^{_END}]{{0,6}}?(?:的|吗|没)")

# round 71: the shop named bare, no verb, the record then naming one item (这件是店里今年最贵的一件, 咱家目前最轻的一款)
_OWN_SHOP = re.compile(r"(?:我们|咱们|咱|本)?(?:店里|店铺|小店|店|直播间|橱窗)(?:里|里面)?[^" + _END + r"]{0,6}?$|(?:我们|咱们|咱|本)家[^" + _END + r"]{0,6}?$")

_OTHERS = re.compile(r"(?:他|她|你|别|其|隔壁|对面|人|哪)[家们]?$")

_ONE_ITEM = re.compile(r"的(?:一|那|这)?(?:件|款|个|只|双|套|条|台|瓶|盒|支|把|顶|块|张|位|批)|的(?:了|因为|是|[" + _END + r"]|$)")

# round 94: an outside scope the speaker declines (全网我真不知道，我只能说是咱自己直播间的最低) does not count
_OUTSIDE_DECLINED = re.compile(rf"(?:{_OUTSIDE.pattern})(?:的|价|价格)?[^{_END}]{{0,4}}?(?:{DECLINE})")

_RECORD_ENDS = re.compile(rf"(?:了|啦|哈|啊)?(?:[{_END}]|$)")


def own_record(text: str, start: int, end: int) -> bool:
    """Is the superlative the room's own record (我们直播间今年上架的最贵的一只)?"""
    if not text.startswith(_RECORD_HEADS, start):
        return False
    lo = max(0, start - 16)
    if _LOT_BEFORE.search(text, max(0, start - 6), start) and text.startswith(_LOT_HEADS, start):
        if not _ONE_ITEM.match(text, start + 2):
            return False
    elif not _OWN_RECORD.search(text, lo, start):
        m = _OWN_SHOP.search(text, max(0, start - 10), start)
        if not m or _OTHERS.search(text, max(0, m.start() - 3), m.start()):
            return False
        after = start + 2 + (text[start + 2 : start + 3] == "宜")
        # r94: 咱自己直播间的最低 — the record closing the sentence after the shop's 的
        if not (_ONE_ITEM.match(text, after) or (text[start - 1] == "的" and _RECORD_ENDS.match(text, after))):
            return False
    sentence, _ = _sentence(text, start, end)
    return not _OUTSIDE.search(_OUTSIDE_DECLINED.sub("", _OUTSIDE_ASKED.sub("", sentence)))


# -- a superlative within the shop's few items -----------------------------------------------------------------------

_FEW_ITEMS = re.compile(
    r"(?:店里|我们店|咱们店|我们家|咱家|我们|咱们|这边|一共|总共)(?:也)?(?:就|只有|只|就只有|一共就|总共就)"
    r"(?:两|三|俩|仨|2|3)(?:款|个|种|样|个颜色|个色|个型号|个尺寸|个规格|色)"
)


def few_items(text: str, start: int, end: int) -> bool:
    """Is the superlative one of the shop's two or three items (最软的是硅胶头那款，我们店里就两款)?"""
    sentence, _ = _sentence(text, start, end)
    return bool(_FEW_ITEMS.search(sentence)) and not _OUTSIDE.search(sentence)


# -- quick gates for the entry point ---------------------------------------------------------------------------------

_FEW_GATE = re.compile(r"就两|就三|只有两|只有三|就俩|就仨|一共就|总共就|只两|只三|就2|就3").search


# -- the shop's own sales ranking with its data scope ----------------------------------------------------------------

_OWN_DATA = re.compile(
    r"(?:只|仅|就)(?:算|统计|计算|看|限|指|针对|代表)(?:的是)?(?:我们|咱们|咱|本|我|这个)?(?:自己|自家)?(?:的)?"
    r"(?:店铺|店|家|直播间|账号|小店)(?:的|里的|内的)?(?:后台)?(?:数据|销量|订单)"
    r"|(?:数据|销量)(?:来自|来源于|取自|是|按|只看)(?:我们|咱们|本)?(?:自己)?(?:的)?(?:店铺|店|直播间|小店)(?:的)?(?:后台)?"
    r"|本店(?:后台)?数据|店铺后台(?:的)?数据"
)

_SALES_OWN_SALES_SCOPE = re.compile(r"销|卖|畅|爆|冠|第一")

_ELSEWHERE = re.compile(r"全|外面|外边|别的店|别家|其他店|其他直播间|别的直播间|同款")


def own_sales_scope(text: str, start: int, end: int) -> bool:
    """Is the sales ranking said to count only the shop's own data (只算我们自己店铺的数据)?"""
    if not _SALES_OWN_SALES_SCOPE.search(text, max(0, start - 4), end):  # 销量最好 or 销量 then 最好的
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_OWN_DATA.search(sentence)) and not _OUTSIDE.search(sentence) and not _ELSEWHERE.search(sentence)


_PERIOD_SHOP_RECORD = r"(?:这个月|本月|上个月|这周|本周|上周|这礼拜|这星期|今年|去年|最近|近期|这段时间|这几天|今天|本场|这场|这一季|这季)"

_SHOP_ITEM_BEFORE = re.compile(
    rf"{_SHOP}(?:的)?{_OWN_CLASS}{_PERIOD_SHOP_RECORD}{{0,2}}(?:是|就是|还是|也是|都是|就|还)?(?:它|这款|这个|这一款|那款|那个|这只|这件|这色|这种|这套)"
    r"(?:的)?(?:销量|卖得|卖的|出单)$"
)

_SALES_SURFACE = re.compile(r"卖|销|出单")


def shop_record(text: str, start: int, end: int) -> bool:
    """Is the sales superlative the shop's own record for a named item (店里这周是它卖得最多)?"""
    if "最" not in text[start:end]:
        return False
    lo = max(0, start - 20)
    surface_sales = _SALES_SURFACE.search(text, start, end)
    if surface_sales:
        head = start + (text[start:end].find("最"))
        m = _SHOP_ITEM_BEFORE.search(text[: head], lo)
    else:
        m = _SHOP_ITEM_BEFORE.search(text, lo, start)
    return bool(m) and not _outside(text, start, end)


# -- the first of the shop's own ranking, named after the second (round 99, F12) -------------------------------------

_FIRST_NAMED = re.compile(r"(?:名)?(?:的)?(?:是|就是|呢是|系)(?:那|这|我们|咱)")

_OWN_RANK_BEFORE = re.compile(
    rf"{_SHOP}[^{_END}]{{0,12}}?(?:复购|回购|卖|销|出单|下单|好评)[^{_END}]{{0,4}}?第[二三2-3](?:多|高|好|名)?"
)


def own_rank_first(text: str, start: int, end: int) -> bool:
    """Is 第一 the top of the shop's own ranking, named after the second (我们家直播间是复购第二多的，第一是那个卸妆膏)?"""
    if text[start:end] not in ("第一", "第一名") or not _FIRST_NAMED.match(text, end):
        return False
    if not _OWN_RANK_BEFORE.search(text, max(0, start - 30), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _OUTSIDE_OWN_SALES_RECORD.search(_OUTSIDE_NOT.sub("", sentence))


def shop_record_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "数据造假":
        return own_dated_figure(text, start, end)
    if category not in ("绝对化用语", "价格违规"):
        return False
    surface = text[start:end]
    if text[start] == "最" and (own_record(text, start, end) or (
        _FEW_GATE(text, max(0, start - 40), end + 40) is not None and few_items(text, start, end)
    )):
        return True
    if category != "绝对化用语":
        return False
    if surface not in ("最", "最好") and own_sales_record(text, start, end):
        return True
    if surface != "最好" and own_seller(text, start, end):
        return True
    if text.find("数据", end, end + 40) != -1 and own_sales_scope(text, start, end):
        return True
    if "第一" in surface and own_rank_first(text, start, end):
        return True
    if own_record_cues(text, start, end):
        return True  # round 102 (F12)
    return "最" in surface and shop_record(text, start, end)


# -- round 102 (F12): the shop's own record read by cues, not by a sequence ------------------------------------------

# a sales superlative: a sales word, a few characters, then the top (卖得最多, 回头客买得最多, 销量榜第一, 销冠), or top1 of 销量
_SALES_TOP = re.compile(
    rf"(?:卖|买|销|回购|复购|出单|下单|单子|订单|走(?:得|的|货))[^{_END}]{{0,4}}?(?:最(?:多|好|快|火|旺|高)|第一|冠|top1|no\.?1)"
    r"|(?:top1|no\.?1|第一)(?:的)?(?:销量|销售|卖)"
    # round 114 (F12): the shop's own board — 类目里排第一, 收藏数排第一, 排行榜里这款排第一, 本月top1是这款
    rf"|(?:收藏|加购|类目|榜|排行)[^{_END}]{{0,6}}?(?:排|排名|排在)?(?:第一|top1)|top1(?=(?:就)?是)"
)
_SHOP_CUE = re.compile(
    rf"{_SHOP}|咱店|我店|自家店|店内|仅限店|门店|(?:这|本|那|今天这|昨天那|上一)场(?:直播)?"
    # round 107 (F12): the seller's own years of selling (老张我卖鱼竿这几年, 我做这行十年)
    r"|(?:我|俺|咱|老子)(?:自己)?(?:卖|做|干|开店|摆摊)[\u4e00-\u9fff]{0,4}?(?:这几年|这些年|这么多年|几年|多年|年来|以来|[一二两三四五六七八九十几0-9]+(?:来|多)?年)"
)  # the room's own show too
# the item picked out: …的(是|一款), …就是这个, 哪个卖得最好, 这个颜色在我们店里…
_PICK_AFTER = re.compile(r"(?:的|嘅)|(?:哩|滴|咧|嘞)(?=(?:就|也|还)?(?:是|系|係))|(?:就|也|还)?(?:是|系)(?:这|那|它|呢|咱|我们|[\u4e00-\u9fff]{2})")
_RANKS_SHOP_AFTER = re.compile(r"(?:的|嘅)(?:店|商家|家|直播间|主播|品牌|牌子|平台|卖家|之一)")
_PICK_BEFORE = re.compile(r"哪(?:个|款|一款|种|样|些)|(?:这|那|呢)(?:一)?(?:款|个|只|台|件|双|套|支|瓶|盒|色|种|颜色|罐|包|袋|本|条|把|张|串|副|块)|它")
# the shop ranked itself (咱家店是今年卖得最多的, 我们直播间绝对是卖得最好的)
_SHOP_IS = re.compile(rf"(?:{_SHOP}|咱店|我店)(?:店)?(?:的)?(?:{_PERIOD})*(?:也|就|绝对|可|才|算)?(?:是|算是|系)")


def own_record_cues(text: str, start: int, end: int) -> bool:
    """Is the sales superlative the shop's own record, by its cues (这款冷吃兔是咱家店今年卖得最多的一款)?"""
    lo = max(0, start - 8)
    top = next((m for m in _SALES_TOP.finditer(text, lo, end + 4) if m.start() < end and m.end() > start), None)
    if top is None:
        return False
    sentence, s_lo = _sentence(text, start, end)
    if not _SHOP_CUE.search(sentence) or _OUTSIDE_OWN_SALES_RECORD.search(_OUTSIDE_NOT.sub("", sentence)):
        return False
    before = sentence[: max(top.start(), start) - s_lo]
    picked_before = _PICK_BEFORE.search(before)
    shop_is = _SHOP_IS.search(before)
    if shop_is and not (picked_before and picked_before.start() < shop_is.start()):
        return False  # the shop ranked itself
    after = max(top.end(), end)
    if _RANKS_SHOP_AFTER.match(text, after) and not text.startswith(("的是", "嘅系"), after):
        return False
    return bool(picked_before) or bool(_PICK_AFTER.match(text, after))


_DATED = re.compile(r"上周|上礼拜|上星期|昨天|昨晚|前天|上次|上回|上个月|上一场|那场|这场|去年|今年|年货节|双十一|双11|618|开播到现在")
_PROOF_SHOWN = re.compile(
    r"截图|置顶|贴(?:在|到|出来)|评价页|订单页|页面上|(?:自己|可以|都能|都可以|能|随便)(?:去)?(?:看|查|翻)|实时|后台数据(?:在|给)"
)
_INFLATED = re.compile(r"分钟|秒|一上架|刚上架|一开播|全网|全国|全平台|全球|刷|凑|起码|不止|至少|第一|最")


def own_dated_figure(text: str, start: int, end: int) -> bool:
    """Is the sales figure the shop's own for a dated session, its proof shown (上周六那场我们卖了八百斤，截图在评论区置顶)?"""
    sentence, _ = _sentence(text, start, end)
    if not _DATED.search(text, max(0, start - 8), end) or not _PROOF_SHOWN.search(sentence):
        return False
    return bool(re.search(r"我们|咱|我|本店|店里|直播间", sentence)) and not _INFLATED.search(sentence)
