"""Context scopes: real stock, seasons, sell-outs, real deadlines and counts shown (虚假紧迫 facts).

:func:`app.rules.scopes_replies.mentioned` calls :func:`stock_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **A brand's real stock** (:func:`brand_stock`, 虚假紧迫): a limited edition named (限定|限量|联名|纪念款 …) and 品牌方|厂家|官方|品牌那边
   + 说|通知|表示 before 卖完不补|售完不补|不再补货 (品牌方说这个限定色卖完不补货; 厂家通知这批联名款售完不补) — never 停产 (厂家说这批卖完就停产了 stays a claim) nor with a
   push (赶紧|手慢无|买不到|错过 …). (from round 48)
2. **Seasonal stock** (:func:`seasonal_stock`, 虚假紧迫): 卖完|售完|没了 … then 等明年|等来年|等下一季 followed by the season or the new
   harvest (这个季节, 春天, 新茶, 新蜜, 新米, 产季 …): 卖完就得等明年这个季节了 — or by nothing when the sentence names the crop (batch 23:
   这批荔枝是今天早上摘的，卖完就要等明年了) — the crop's real cycle, said without a push (赶紧, 手慢, 抢, 错过, 最后 …) or an offer (价, 优惠, 活动:
   要等明年这个时候才有这个价 stays a hit). (from round 53)
3. **A count shown without pressure** (:func:`calm_count`, 虚假紧迫): the count is read off the page (后台显示…, 页面上能看到) and
   the host says not to hurry (不催, 按需拍, 不着急, 慢慢挑) with no hard push in the sentence. (from round 53)
4. **A count on the page, the next show offered** (:func:`count_next_show`, 虚假紧迫; widens round 53's
   :func:`app.rules.scopes_stock.calm_count`): 页面上|后台|小黄车里 … right before the count, and the missed buyers sent to
   the next show or a restock (没抢到的可以等下一场, 下一场还会上, 后面会补货) — no push (赶紧, 手慢, 最后 …) other than the 没抢到的 that names
   who missed it. (from round 65)
5. **A season that ends** (:func:`season_ends`, 虚假紧迫; widens round 53's
   :func:`app.rules.scopes_stock.seasonal_stock`): the wait till next year follows the season's end (过了就得等明年,
   季节一过就要等明年, 下市了就得等明年) in a sentence naming the crop or its season (产季, 头茬, 樱桃 …) — never with today, this show, a
   push or an offer (这批樱桃过了今天就得等明年 stays a hit). (from round 65)
6. **Real stock stated** (:func:`stock_stated`, 虚假紧迫; widens round 48's brand stock): 卖完不补 after a stated quantity
   (备了三千台, 这批只到了五百件, 首批两千套) — a fact about the batch, not pressure. Never with a push in the sentence (赶紧, 手慢无, 抢,
   错过 …). (from round 70)
7. **A time slot of the show** (:func:`show_agenda`, 虚假紧迫; widens scopes_replies.draw_timing): 最后十分钟 followed by
   what the host will do (我们讲讲怎么清洗, 来答疑, 聊聊保养, 给大家演示) — the show's agenda, not a deadline to buy. Never with a push
   or a buying verb in the sentence. Round 77: the show's own end (最后十分钟我们就下播了，明天晚上八点见; 就关播了, 准备收工, 结束今天的直播) — same
   guards (下播就恢复原价, 赶紧下单 fire). (from round 70)
8. **A season or batch stated as a fact** (:func:`stock_fact`, 虚假紧迫): - waiting till next year (等明年, 明年再上) in a
   sentence naming a crop or its season (大闸蟹的季节就是九月到十一月…要吃得等明年秋天, 春笋…下一茬要等明年开春, 杨梅就这二十来天过了这阵子得等明年) — no run-out word
   needed; - the next batch's stated lead time (下一批要等两周后的船期, 下一茬要等半个月); - a run-out or a count in a sentence that
   states the batch's real count or nature (一共就三百二十个…卖完就下架了不会再补, 尾货就剩十二箱够铺一个客厅, 就做了十八条每条都有编号). Never with a push
   (赶紧, 抢, 手慢, 错过, 再不, 最后, 不拍, 不买 …), a deadline (今天, 今晚, 现在, 倒计时, 秒) or an offer (价, 优惠, 活动 …):
   第二茬的草莓明年才有了所以现在不买就永远错过了 and 一共就两百只不抢就后悔 still fire. (from round 84)
9. **Stock and seasons stated as facts** (F1; widens round 84's stock_fact): a run-out (拍完就下架, 卖完就没了) in a sentence
   stating the real stock (库存是五百单, 备了三百份) with no push or offer; and a crop's own season (十一月到一月这仨月最甜, 产季头两周最肥) —
   the fruit compared with itself over the year, not with others. (from round 92)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_lists import _END, _OUTSIDE_ADVICE_WIDENED
from app.rules.scopes_text import NUMERALS, _sentence, chars_search

# -- a brand's real stock --------------------------------------------------------------------------------------------

_BRAND_SAYS = re.compile(
    rf"(?:品牌方|品牌那边|厂家|厂方|官方|品牌|供应商)(?:那边|也|已经)?(?:说|通知|表示|明确说|讲了|说了|规定)[^{_END}]{{0,8}}$"
)

_PUSH = re.compile(r"赶紧|抓紧|快抢|快拍|手慢无|冲|别犹豫|要买的快|买不到|没机会|错过|最后")

_LIMITED = re.compile(r"限定|限量|联名|纪念款|纪念版|编号|首发款|节日款")


def brand_stock(text: str, start: int, end: int) -> bool:
    """Is 卖完不补 what the brand says of its real stock (品牌方说卖完不补货)?"""
    if "补" not in text[start:end] or not _BRAND_SAYS.search(text, max(0, start - 16), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_LIMITED.search(sentence)) and not _PUSH.search(sentence)


_HARD_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快拍|快冲|手慢|手快|抢|错过|再不|犹豫|先到先得|最后|没机会|买不到")


# -- seasonal stock --------------------------------------------------------------------------------------------------

_SEASON_AFTER = re.compile(
    r"[^" + _END + r"]{0,4}?(?:这个季节|这个时候|这时候|季节|春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|产季|采摘季|上市|新茶|新蜜|新米|"
    r"新果|新橙|新粮|新货|头茬|新一季|收成|开采)"
)

_SOLD_OUT_BEFORE = re.compile(r"(?:卖完|售完|卖光|抢完|卖没|没了|吃完)")  # the stock runs out, not 错过 (a deadline)

_OFFER = re.compile(r"价|优惠|福利|活动|折|赠")  # 要等明年这个时候才有这个价 is a price deadline

_CROP = re.compile(
    r"摘|采|挖|捕|捞|产季|应季|当季|时令|果|茶|蜜|笋|蟹|枣|橙|柑|桔|橘|莓|瓜|桃|梨|杏|樱|葡萄|荔枝|龙眼|菌|菇|新米|稻"
    r"|榴莲|车厘子|柿|李子|枇杷|杨梅|山竹|菠萝|凤梨|柚|椰|香椿|板栗|栗子|核桃|玉米|红薯|秋收|春收"  # round 81: more produce
)

_RUN_OUT = re.compile(
    r"卖完|售完|卖光|抢完|卖没|没了|吃完|采完|摘完|收完|挖完|捞完|下市|落市|过季|过了季|过了这个?季|季节?一过|季节?过了|季结束"
)

_NO_CROP = re.compile(r"效果|结果|如果|果然|成果|后果|茶杯|茶具|茶壶|茶几")  # 效果好，卖完就得等明年 names no crop

_CROP_AFTER = re.compile(r"[^" + _END + r"]{0,3}?(?:[春夏秋冬新头雨早晚][茶蜜米果笋蟹收季天]|明前|雨前|开春|开采|采摘|丰收)")

# round 71: the next batch's real lead time, a short span (卖完下一批要等半个月, 卖光了下批得等三天才到) — real stock
_SHORT_WAIT = re.compile(
    rf"[^{_END}]{{0,3}}?(?:半个月|半月|个把月|一阵子?|几天|十来天|一段时间|{NUMBER_RX}(?:个)?(?:天|周|星期|礼拜|月|工作日))"
)


def seasonal_stock(text: str, start: int, end: int) -> bool:
    """Is waiting till next year the crop's real cycle (卖完就得等明年这个季节了, 过了季就得等明年)?"""
    sentence, lo = _sentence(text, start, end)
    if text.find("年", start, end) == -1 and text.find("季", start, end) == -1:
        if not _SOLD_OUT_BEFORE.search(text, max(0, start - 8), start):
            return False
        short = _SHORT_WAIT.match(text, end) and not text.startswith(("明", "今"), end)
        return bool(short) and not _HARD_PUSH.search(sentence) and not _OFFER.search(sentence)
    # round 81: the run-out or the season's end anywhere in the twelve characters before (过了季就得等明年, 摘完了再要
    # 就得等明年), then the season or a crop after (等明年春茶, 等明年秋收) or the crop named in the sentence
    if not _RUN_OUT.search(text, max(lo, start - 12), start):
        return False
    if not (_SEASON_AFTER.match(text, end) or _CROP_AFTER.match(text, end) or _CROP.search(_NO_CROP.sub("", sentence))):
        return False
    return not _HARD_PUSH.search(sentence) and not _OFFER.search(sentence)


# -- a count shown without pressure ----------------------------------------------------------------------------------

_SHOWN = re.compile(r"(?:后台|页面|屏幕|详情页|小黄车|购物车|库存条|链接)(?:上|里)?(?:也)?(?:显示|写着|标着|能看到|看得到|可以看到|都能看)")

_CALM = re.compile(r"不催|按需|不着急|不用急|别着急|不用抢|慢慢挑|慢慢选|理性消费|需要的再拍|需要再拍|看好了再拍")


def calm_count(text: str, start: int, end: int) -> bool:
    """Is the stock read off the page with no hurry (后台显示还剩四十六件，大家按需拍，不催)?"""
    sentence, _ = _sentence(text, start, end)
    return bool(_CALM.search(sentence) and _SHOWN.search(sentence)) and not _HARD_PUSH.search(sentence)


_CALM_GATE = chars_search("催需急慢理")


# -- a count on the page, the next show offered ----------------------------------------------------------------------

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


# -- a season that ends ----------------------------------------------------------------------------------------------

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


_PUSH_STOCK_STATED = re.compile(r"赶紧|抓紧|赶快|快抢|快拍|快下单|手慢|手快|抢|错过|犹豫|没机会|买不到|先到先得|冲")


# -- real stock stated -----------------------------------------------------------------------------------------------

_STOCK_BEFORE = re.compile(
    rf"(?:备了|备货|只备了|一共|总共|只到了|到了|首批|这批|库存|准备了|进了|只进了|做了|只做了|生产了)"
    rf"[^{_END}剩]{{0,4}}?[{NUMERALS}]+(?:台|件|单|份|箱|个|套|瓶|盒|双|支|袋|斤|吨|只|罐|桶|条|本)(?:货)?[^{_END}]{{0,3}}$"
)


def stock_stated(text: str, start: int, end: int) -> bool:
    """Is 卖完不补 said after the batch's real quantity (首发当天备了三千台卖完不补)?"""
    if not _STOCK_BEFORE.search(text, max(0, start - 18), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _PUSH_STOCK_STATED.search(sentence)


# -- a time slot of the show -----------------------------------------------------------------------------------------

_AGENDA_AFTER = re.compile(
    r"(?:我们|咱们|咱|主播|我)?(?:就|再|来|会|要|主要)?(?:给大家|跟大家|和大家|带大家)?(?:来)?"
    r"(?:讲|聊|说|唠|教|演示|示范|答疑|回答|解答|介绍|总结|分享|复盘|留给|用来|看一下|试|测|拆)"
)

_BUY = re.compile(r"下单|拍|付款|购买|买|秒杀|优惠|价格|库存|结束|截止|恢复|下架|没了|涨价|原价|上车|名额")

# round 77: the show's own end (最后十分钟我们就下播了，明天晚上八点见; 最后五分钟咱们准备收工) — when the host leaves.
_SHOW_END = re.compile(
    r"(?:我们|咱们|咱|主播|我|今天|直播)?(?:也|就|会|要|准备|就要|就得|得)*(?:下播|关播|收播|下线|收工|播完|撤了|结束(?:今天的|今晚的|本场)?直播)"
)

_SHOW_END_WORD = re.compile(r"结束(?:今天的|今晚的|本场)?直播")


def show_agenda(text: str, start: int, end: int) -> bool:
    """Is 最后十分钟 the show's agenda (最后十分钟我们讲讲怎么清洗), not a deadline to buy?"""
    if not (_AGENDA_AFTER.match(text, end) or _SHOW_END.match(text, end)):
        return False
    sentence, _ = _sentence(text, start, end)
    return not (_PUSH_STOCK_STATED.search(sentence) or _BUY.search(_SHOW_END_WORD.sub("", sentence)))


# -- a season or a batch stated as a fact ----------------------------------------------------------------------------

_SEASON_WORD = re.compile(
    r"季|产季|当季|应季|时令|头茬|一茬|二茬|下一茬|开春|开捕|开摘|开采|采摘期|上市|下市|收尾|新茶|新米|新蜜|新果|新瓜|雨季|一年就"
)

_NEXT_YEAR = re.compile(r"明年|来年|下一季|下一年|下个季|下季")

_NEXT_BATCH_HIT = re.compile(r"下一?(?:批|茬|波货|船)")

_LEAD_TIME = re.compile(
    rf"[^{_END}]{{0,3}}?(?:半个月|半月|个把月|几天|十来天|{NUMBER_RX}(?:个)?(?:天|周|星期|礼拜|月|工作日)|船期|到港|到货|补货|发货)"
)

# a batch's real count or nature stated (一共就三百二十个, 就做了十八条, 只收了六十箱, 尾货, 清库存, 每条都有编号)
_BATCH_FACT = re.compile(
    rf"(?:一共|总共|一共就|总共就|统共)(?:才|就|只)?(?:有|收了?|进了?|做了?|摇了?|采了?|到了?)?{NUMBER_RX}"
    rf"|(?:就|只|才)(?:收|进|做|摇|采|烧|酿|到|熏)了{NUMBER_RX}|尾货|清库存|库存尾|孤品|就一[只件个](?![都也不])|编号|够铺"
    # round 94: the count read off the system, a restock stated (库存页面显示还剩一百二十件，拍不到的可以等下周补货)
    r"|(?:库存|后台|系统|页面)(?:页面|上)?(?:显示|写着|显示的是)"
    rf"|(?:等|下周|下礼拜|过几天|过两天|{NUMBER_RX}天(?:后|以后)?)[^{_END}]{{0,4}}?(?:补货|补上|再补|补库存)|还会补|会再补|有补货"
)

_DEADLINE = re.compile(r"限量|限时|绝版|仅此|今天|今晚|今日|这场|本场|现在不|现在就|此刻|马上|倒计时|秒|分钟|冲|后悔|不拍|不买|不下单|不抢|拍了再说|上车")


def _calm(text: str, sentence: str, start: int, end: int) -> bool:
    window = text[max(0, start - 24) : end + 24]
    if _HARD_PUSH.search(sentence) or _HARD_PUSH.search(window) or _OFFER.search(sentence):
        return False
    return not (_DEADLINE.search(sentence) or _DEADLINE.search(window))


# round 87: the run ended by its season or the maker's schedule, its restart stated (产季快结束了今天到的是这一季的最后
# 一批货明年七月再上, 厂家年底排的最后一批生产明年开春才会再排产, 中秋过了厂家停产了明年七月份才开始做)
_RUN_END_HIT = re.compile(r"最后一[批波茬车缸坛罐窖锅桶季]|最尾一[批波]|停产|不做了|不生产了|下市|收尾")

_RESTART = re.compile(
    rf"(?:明年|来年|下一季|下季|开春|明年[^{_END}]{{0,4}}?(?:月|春|夏|秋|冬|季|节))[^{_END}]{{0,8}}?"
    r"(?:再上|才有|才上|再有|再排产|排产|开始做|开始生产|恢复生产|再做|再生产|再开|开工|上新|再来|才会再|才开始|重新)"
    # round 94: the new batch is not ready yet (今年新的还没酸透, 新茶还没下来, 新一批还在晒)
    rf"|(?:今年|新的|新货|新一批|新一缸|新一茬|新茶|新米|新酒)[^{_END}]{{0,4}}?(?:还没|还没有|没|还在|正在)"
    r"(?:好|到|酸透|腌好|晒好|晒|腌|发酵|出|下来|上市|熟|成熟|酿好)"
)

_SCHEDULE = re.compile(r"厂家|工厂|厂里|排产|生产|产季|这一季|今年|去年|新的|新货|年底|节过了|节后|季|过了")

_ARRIVAL = re.compile(r"(?:今天|今日|今晚)(?:刚|才|新)?(?:到|发|上|进)")

_RUN_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快拍|快冲|手慢|手快|抢|错过|再不|犹豫|先到先得|没机会|买不到|不拍|不买|不下单|后悔|倒计时|秒")


def _run_restarts(text: str, start: int, end: int, sentence: str) -> bool:
    if not (_RUN_END_HIT.search(text[start:end]) and _RESTART.search(sentence)):
        return False
    if not (_SCHEDULE.search(sentence) or _CROP.search(_NO_CROP.sub("", sentence))):
        return False
    calm = _ARRIVAL.sub("", sentence)
    return not (_RUN_PUSH.search(calm) or _OFFER.search(calm) or re.search(r"今天|今晚|现在|马上|这场|本场", calm))


# round 94: a gift quota counted in the open (今天前五十单送一包花椒后台数着呢送完公屏告诉大家) — the count is a fact
_QUOTA_HIT = re.compile(rf"前{NUMBER_RX}(?:单|名|位|个|份)")

_COUNTED_OPENLY = re.compile(r"后台(?:数着|统计|记着|看得到|能看到)|(?:公屏|评论区|群里)(?:告诉|公布|通知|说一声|喊)|截图公布|公示|实时公布|按下单时间")


def stock_fact(text: str, start: int, end: int) -> bool:
    """Is the wait, the next batch or the count a plain fact about the crop's season or the batch (杨梅就这二十来天，
    过了这阵子得等明年; 下一批要等两周后的船期; 一共就三百二十个卖完就下架了不会再补)?"""
    sentence, _ = _sentence(text, start, end)
    if _QUOTA_HIT.match(text[start:end]) and "送" in sentence and _COUNTED_OPENLY.search(sentence):
        return not (_RUN_PUSH.search(sentence) or _HARD_PUSH.search(sentence))
    if _run_restarts(text, start, end, sentence):
        return True
    if not _calm(text, sentence, start, end):
        return False
    hit = text[start:end]
    if _NEXT_YEAR.search(hit) or (_NEXT_YEAR.search(text, end, end + 4) and "等" in hit):
        return bool(_SEASON_WORD.search(sentence) or _CROP.search(_NO_CROP.sub("", sentence)))
    if _NEXT_BATCH_HIT.search(hit) and _LEAD_TIME.match(text, end):
        return True
    return bool(_BATCH_FACT.search(sentence))


# -- stock and seasons stated as facts -------------------------------------------------------------------------------

_RUN_OUT_FACT_WIDENED = re.compile(r"[拍卖抢]完|售完|售罄")

_STOCK_STATED = re.compile(
    rf"库存(?:是|有|就|只有|一共)?{NUMBER_RX}|(?:备了|备货|上了|放了|准备了)(?:就|只)?{NUMBER_RX}(?:单|件|份|个|箱|盒|套)"
)

_PUSH_FACT_WIDENED = re.compile(
    r"今天不|只有今天|就今天|错过|再不|不拍|不买|不抢|后悔|倒计时|秒|手慢|抓紧|赶紧|快抢|快拍|没机会|买不到"
)

_SEASON_SPAN = re.compile(
    rf"(?:[{NUMERALS}]+月(?:份)?(?:到|至|~|-)[{NUMERALS}]+月(?:份)?|这[几两仨三俩]个?月|产季|当季|应季|这个季节|这季|季节|[头前][{NUMERALS}]+个?(?:周|天|月|礼拜|星期)|开春|入秋)"
    rf"[^{_END}]{{0,4}}$"
)

_TASTE = re.compile(r"最(?:甜|好吃|鲜|肥|嫩|香|脆|多汁|饱满|水灵|明显|足|浓|糯|软|出味|有嚼劲)")  # r94: 头两个月口感最明显


def fact_widened(text: str, start: int, end: int, category: str) -> bool:
    """Is the run-out a stated stock (库存是五百单拍完就下架), or 最甜 a crop's own season (十一月到一月这仨月最甜)?"""
    sentence, _ = _sentence(text, start, end)
    if category == "虚假紧迫":
        return bool(_RUN_OUT_FACT_WIDENED.search(text[start:end]) and _STOCK_STATED.search(sentence)) and not (
            _PUSH_FACT_WIDENED.search(sentence) or _HARD_PUSH.search(sentence) or _OFFER.search(sentence)
        )
    taste = _TASTE.match(text, start)
    if (
        not taste
        or _OUTSIDE_ADVICE_WIDENED.search(sentence)
        or re.match(r"的?(?:就是|是|要数|就数|还得是)", text[taste.end() :])
    ):
        return False
    span = _SEASON_SPAN.search(text, max(0, start - 12), start)
    if not span:
        return False
    return "月" in span.group() or "季" in span.group() or bool(_CROP.search(_NO_CROP.sub("", sentence)))


def stock_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    first = text[start]
    if category == "虚假紧迫":
        if brand_stock(text, start, end):
            return True
        if seasonal_stock(text, start, end):
            return True
        if _CALM_GATE(text, max(0, start - 40), end + 40) is not None and calm_count(text, start, end):
            return True
        if stock_fact(text, start, end):
            return True
        if text.find("年", start, end) != -1 and season_ends(text, start, end):
            return True
        near = text.find("场", end, end + 30) != -1 or text.find("补", end, end + 30) != -1
        if near and count_next_show(text, start, end):
            return True
        if "补" in text[start:end]:
            if stock_stated(text, start, end):
                return True
        elif first == "最" and show_agenda(text, start, end):
            return True
        return fact_widened(text, start, end, category)
    return category == "绝对化用语" and first == "最" and fact_widened(text, start, end, category)
