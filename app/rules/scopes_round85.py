"""Context scopes, batch 33's family traps F7 and F8: one's own pick among the shop's variants, and advice.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round85_said`. Text is normalised (commas gone, ？ is ``?``,
stutters collapsed: 慢慢 is 慢, 看看 is 看). Each family widens an older one to the natural variety of wording and keeps
its guard: an outside scope in the sentence (全网, 市面上, 同类里, 同价位 …) keeps the superlative a claim.

1. **The speaker's own pick** (:func:`own_pick`, bare 最; widens round 45's own_taste): 我|俺|我个人 + 最 + 喜欢|爱|
   钟意|稀罕|推荐 (我最推荐的是三十二厘米的, 我啊我最喜欢小号的, 几款月饼入面我最钟意嘅系奶黄) — round 45 wanted 我自己/私心
   first. Never 我们/我哋 (the shop ranks itself). Also the taste asked of the other (你最喜欢哪个, 大家最爱什么味).
2. **An opinion framed as one's own** (:func:`own_opinion`): 我个人觉得 / 我自己感觉 … 最好看|好吃|舒服 (我个人觉得配我们家的
   方格本最好看) — a taste, as round 45's 我个人最喜欢. Plain 这条裙子最好看 stays a claim.
3. **The shop's own record with the item named** (:func:`shop_record`; widens round 45's own_sales_record): 店里这周是它
   卖得最多, 咱家这个月还是这款卖得最好 — and an outside scope that is denied does not count (全网的我们没统计过).
4. **最好 as advice, said another way** (:func:`advice_best`; widens scopes_replies.modal_best and round 45's
   advice_on_how): a reading before the next step (最好通风一周再住人, 你最好看说明书再用), a verb with a duration or
   a count (最好煲两个钟, 最好醒半个小时), a manner collapsed by the stutter rule (最好慢换 ← 慢慢换, 最好轻擦), 最好 + 看/瞅/瞧
   + what to check (最好看一下尺码表, 最好瞅一眼日期), and a time or temperature + verb + 最好 (饭后半小时喝最好, 用八十五度的水
   泡最好, 早上吃最好). 这条裙子最好看 / 最好看的是 / 全网最好 stay superlatives.
5. **A body measure** (:func:`body_measure`, 功效夸大): 脚长二十一厘米 / 衣长 / 袖长 / 身长 — a size chart, not 长高.
6. **Round 94: the set named earlier carries over** (:func:`set_carries_over`, 绝对化/价格): once the sentence (or the
   question just before, across ？) has named one's own set — 这几款坚果里, 三个规格里, 哪个口味, 这三支口红 — a later
   superlative in it ranks the same set (…后台这周卖得最多, …单价最低, 咱家就是蜜汁的卖得最好, 上我嘴最显白的是正红);
   the figure before 最大|最小 of a size (四十五码就是最大的了, XXL是最大的); and 最便宜的那个 with a sibling's price
   after (大碗贵点). An outside scope anywhere in the reach (全网, 市面上, 别家, 品牌|牌子 …) keeps the claim.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX
from app.rules.scopes_round92 import claim_next
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END
NUMERALS94 = "0-9一二两三四五六七八九十俩仨"
_OUTSIDE = re.compile(
    r"全网|全国|全球|全世界|世界|国内|行业|同行|同类|同款|同价位|市面|市场|网上|所有|任何|天下|史上|历史|业内|业界|"
    r"别家|别人家|其他家|外面|全平台|全抖音|全淘宝|全香港|全城|全市|没有之一|公认|第一"
)
# An outside scope denied or left unknown (全网的我们没统计过, 市面上的我不清楚): the scope does not reach the claim.
_OUTSIDE_DENIED = re.compile(
    rf"(?:全网|全国|全平台|市面上?|网上|外面|别家|同行)[^{_END}]{{0,6}}?"
    r"(?:没统计|没有统计|没比过|没比较|没查过|不清楚|不知道|不了解|不好说|说不好|不敢说|没法比|比不了|不敢比|没数据|不评价)"
)


def _outside(text: str, start: int, end: int) -> bool:
    sentence, _ = _sentence(text, start, end)
    return bool(_OUTSIDE.search(_OUTSIDE_DENIED.sub("", sentence)))


# -- 1. the speaker's own pick ------------------------------------------------------------------------------------------

_PICK_AFTER = re.compile(r"(?:喜欢|爱|偏爱|中意|钟意|稀罕|偏向|推荐|推介|想推荐|种草|想要|想入|想买|想拍|想收|馋)")  # r91: 我最想要雾蓝
_SPEAKER_BEFORE = re.compile(
    r"(?<![们哋家])(?:我|俺|主播)(?:个人|自己|自个儿|自个|本人|私心)?(?:啊我|呀我|吧我|嘛我)?"
    r"(?:平时|一直|也|就|还是|其实|真的|特别|最近|今天|今年|这次)?$"
)
_ASKED_SPEAKER = re.compile(r"(?:你|您|你们|大家|宝们?|家人们|姐妹们|老铁们)(?:自己|自个儿)?(?:平时|一般|都)?$")
_ASKED_AFTER = re.compile(rf"[^{_END}]{{0,6}}?(?:哪|什么|啥|谁|几)")


def own_pick(text: str, start: int, end: int) -> bool:
    """Is the bare 最 the speaker's own pick (我最推荐的是三十二厘米的) or the taste asked (你最喜欢哪个)?"""
    m = _PICK_AFTER.match(text, end)
    if not m or _outside(text, start, end):
        return False
    lo = max(0, start - 10)
    if _SPEAKER_BEFORE.search(text, lo, start):
        return True
    return bool(_ASKED_SPEAKER.search(text, lo, start)) and bool(_ASKED_AFTER.match(text, m.end()))


# -- 2. an opinion framed as one's own ------------------------------------------------------------------------------------

_OPINION_BEFORE = re.compile(
    rf"(?:我|俺|主播)(?:个人|自己|本人|私心)(?:觉得|感觉|认为|看来|来看|来说)[^{_END}最]{{0,16}}$|私心(?:觉得|来说)[^{_END}最]{{0,16}}$"
)
_TASTE_WORD = re.compile(r"(?:好看|漂亮|美|好吃|好喝|好闻|舒服|喜欢|顺眼|合适|百搭|显白|耐看|可爱)")


def own_opinion(text: str, start: int, end: int) -> bool:
    """Is the superlative of taste framed as the speaker's own (我个人觉得配我们家的方格本最好看)?"""
    if not _TASTE_WORD.match(text, start + 1) or _outside(text, start, end):
        return False
    return bool(_OPINION_BEFORE.search(text, max(0, start - 24), start))


# -- 3. the shop's own record, the item named -----------------------------------------------------------------------------

_SHOP = r"(?:我们店铺|我们店里|我们店|咱们店|咱们家|我们家|咱家|本店|店铺|店内|店里|我们直播间|咱们直播间|本直播间)"
_PERIOD = r"(?:这个月|本月|上个月|这周|本周|上周|这礼拜|这星期|今年|去年|最近|近期|这段时间|这几天|今天|本场|这场|这一季|这季)"
_SHOP_ITEM_BEFORE = re.compile(
    rf"{_SHOP}(?:的)?{_PERIOD}{{0,2}}(?:是|就是|还是|也是|都是|就|还)?(?:它|这款|这个|这一款|那款|那个|这只|这件|这色|这种|这套)"
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


# -- 4. 最好 as advice ---------------------------------------------------------------------------------------------------

_BEST_BEFORE_CLAIM = re.compile(r"(?:是|算|全网|全国|行业|世界|市面上|史上|同类|同价位|效果|质量|品质|口碑|性价比|做得|卖得|就它|数它)$")
_DURATION = (
    rf"(?:{NUMBER_RX}|半)(?:个)?(?:钟头|钟|小时|分钟|天|周|星期|礼拜|个月|月|年|次|遍|公里|小时左右)"
    r"|一下|一会儿?|一晚|一夜|一宿|一眼"
)
# A verb that makes an adjective with 好 (好装 easy to assemble, 好洗, 好带): 柜子最好装，十分钟搞定 stays a claim — the
# comma is gone in the normalised text, so 最好装十分钟 cannot be read as advice.
_EASY_VERB = "的是了用看吃喝听闻玩穿卖使装拆洗带拿搭剥切擦开收搬养做学找买走打清操上弄修折叠卷"
_VERB_DURATION = re.compile(rf"(?![{_EASY_VERB}])[\u4e00-\u9fff]{{1,2}}?(?:上|了|个)?(?:{_DURATION})")
# 最好 X 再 Y (had better X before Y) is the stronger frame: only the plain 好-adjectives are kept out (最好用再也不…).
_BEFORE_NEXT = re.compile(rf"(?![的是了用看吃喝听闻玩卖使])[^{_END}]{{1,10}}?再(?![也来买拍送])")
_MANNER = re.compile(r"(?:慢|轻|逐|缓|少量|一点点|分次|分开|小口|提前)")
_CHECK_NOUN = (
    r"说明书|说明|标签|详情|尺码|尺寸|评价|评论|视频|教程|成分|配料|日期|保质期|生产日期|医生|实物|图片|链接|商品页|页面|客服|"
    r"有没有|是否|是不是|包装|底部|背面|自己|再|之后|以后|一眼|一遍"
)
# What is checked after 最好看 (最好看一下尺码表, 最好看清楚, 最好看完视频再拍, 最好看好了再拍): 看好|看完 only with
# what follows them, since 这条裙子最好看，好多人回购 reads 最好看好多人 once the comma is gone.
_CHECK_OBJECT = re.compile(rf"(?:一下|下(?![面边午])|清|仔细|(?:好|完)(?:了)?(?:{_CHECK_NOUN})|(?:{_CHECK_NOUN}))")
_WHEN_MARK = (
    r"(?:饭后|饭前|餐后|餐前|早上|早晨|晚上|中午|睡前|起床后?|空腹|运动完|运动后|健身后|练完|[完后前内]|以内|之内|左右|"
    r"度|的水|温水|凉水|冷水|开水|热水|冷藏|冰镇|常温|冷泡|月份|季节|趁热|现泡|现冲|现做)"
)
_WHEN_VERB_BEFORE = re.compile(
    rf"{_WHEN_MARK}[^{_END}]{{0,6}}?(?:喝|吃|泡|煮|煲|炖|蒸|用|喂|种|刷|洗|晒|涂|抹|敷|戴|放|存|冲|饮|服|食|焖|烤|煎)"
    r"(?:[一两半几0-9]+[杯次包粒片勺碗个袋])?$"
)
_NOT_AFTER_WHEN = re.compile(r"的|是|用|看|吃|喝|听|闻|玩|穿|卖|不过|没有之一")


def advice_best(text: str, start: int, end: int) -> bool:
    """Is 最好 (or 最好看 read as 最好 + 看) advice on what to do (最好通风一周再住人, 饭后半小时喝最好)?"""
    surface = text[start:end]
    if surface not in ("最好", "最好看", "最好穿", "最好戴", "最好带") or _BEST_BEFORE_CLAIM.search(text, max(0, start - 3), start):
        return False
    if _outside(text, start, end):
        return False
    at = start + 2
    nxt = text[at : at + 1]
    if nxt and nxt in "看瞅瞧":
        return bool(_CHECK_OBJECT.match(text, at + 1)) or nxt != "看"
    if surface in ("最好穿", "最好戴", "最好带"):  # 最好穿两天再决定: the variant cut out of 穿两天
        return bool(_BEFORE_NEXT.match(text, at + 1) or _VERB_DURATION.match(text, at + 1))
    if surface != "最好":
        return False
    if _VERB_DURATION.match(text, at) or _MANNER.match(text, at) or _BEFORE_NEXT.match(text, at):
        return True
    if _NOT_AFTER_WHEN.match(text, at):
        return False
    return bool(_WHEN_VERB_BEFORE.search(text, max(0, start - 16), start))


# -- 5. a body measure ---------------------------------------------------------------------------------------------------

_MEASURE_NOUN = frozenset("脚身衣袖裤裙体全总内外鞋底板刀线绳带链边腿臂背肩")
_MEASURE_SURFACE = re.compile(rf"长{NUMBER_RX}(?:厘米|公分|毫米|cm|mm)$")


def body_measure(text: str, start: int, end: int) -> bool:
    """Is 长N厘米 a measure in a size chart (脚长二十一厘米, 衣长六十五公分), not growth?"""
    return start > 0 and text[start - 1] in _MEASURE_NOUN and bool(_MEASURE_SURFACE.match(text[start:end]))


# -- 6. round 94: the set named earlier carries over ----------------------------------------------------------------------

_SET_NAMED = re.compile(
    rf"[这那]?(?:[{NUMERALS94}]+|几)(?:个|款|种|支|瓶|样|件|双|条|盒|罐|袋|只|把|档|套)[^{_END}?？]{{0,4}}?(?:里面|里头|当中|之中|入面|里|中)"
    r"|哪(?:一)?(?:个|款|种|样)?(?:口味|味道|颜色|色号|规格|尺码|款式|型号|链接|套餐|味|色)"  # not a bare 哪个|哪款 (哪个最便宜？就是我们家的)
)
# 这三支口红上我嘴最显白的是正红: a bare counted set (no 里) only when the superlative then picks one out (的是 …)
_SET_BARE = re.compile(rf"[这那](?:[{NUMERALS94}]+|几)(?:个|款|种|支|瓶|样|件|双|条|盒|罐|袋|只|把|套)[\u4e00-\u9fff]")
_PICKS_OUT = re.compile(r"[\u4e00-\u9fff]{0,3}?的(?:就是|是|要数|还是|当属)")
_REACH_OUTSIDE = re.compile(
    r"全网|全国|全球|全世界|世界|国内|行业|同行|同类|同价位|市面|市场|网上|所有|任何|天下|史上|历史|业内|大牌|别家|其他家|外面|全平台|没有之一"
    r"|品牌|牌子|厂家|商家|别的主播|其他主播"  # 这几个品牌里最好的就是它 ranks brands
)
_SIZE_BEFORE = re.compile(rf"(?:{NUMBER_RX}(?:码|号|尺)|[2-6二三四五六]?x{{0,3}}[sml](?:码|号)?)(?:的)?(?:就是|就算|也就|是|算|就|算是)?$")
_SIZE_END = re.compile(r"最(?:大|小)(?:的)?(?:码|号)?(?:了|啦|咯)?")
_CHEAPEST_THAT = re.compile(r"最(?:便宜|实惠|划算|贵)的?(?:那|这)(?:一)?(?:个|款|种|只|件|条|支|套|把|双|盒|瓶)")
_SIBLING_PRICE = re.compile(rf"(?:贵|便宜|大|小)(?:一)?(?:点|些)|要贵|稍贵|贵[{NUMERALS94}]+块")


def _reach(text: str, start: int) -> tuple[str, int]:
    lo = max(0, start - 30)
    back = text[lo:start]
    cut = max(back.rfind(c) for c in "。！!；;\n")
    return (back[cut + 1 :], lo + cut + 1) if cut != -1 else (back, lo)


def set_carries_over(text: str, start: int, end: int) -> bool:
    """Round 94: does the superlative rank a set of one's own named earlier (see the module doc, 6)?"""
    sentence, _ = _sentence(text, start, end)
    back, _ = _reach(text, start)
    if _REACH_OUTSIDE.search(back.replace(" ", "") + sentence.replace(" ", "")):
        return False
    if _SIZE_END.match(text, start) and _SIZE_BEFORE.search(text, max(0, start - 10), start):
        return True  # 四十五码就是最大的了
    m = _CHEAPEST_THAT.match(text, start)
    if m and _SIBLING_PRICE.search(sentence):
        return True  # 最便宜的那个，九块九一个，大碗贵点
    back = back.replace(" ", "")
    return bool(_SET_NAMED.search(back)) or bool(_SET_BARE.search(back) and _PICKS_OUT.match(text, end))


# round 94: the speaker's own regimen (因为我在控糖, 我最近在控糖) — about the speaker, no effect of the goods claimed
_OWN_REGIMEN_BEFORE = re.compile(r"(?<![们你])(?:我|俺)(?:自己|自个儿|本人)?(?:最近|也|一直|现在|这段时间)?(?:在|正在)$")
_REGIMEN_RESULT = re.compile(r"就|能|帮|降|稳|好了|下来|没了|治|管用|有效")


def own_regimen(text: str, start: int, end: int) -> bool:
    """Round 94: is the regimen word (控糖) the speaker's own practice (因为我在控糖), with no result claimed after?"""
    if not _OWN_REGIMEN_BEFORE.search(text, max(0, start - 8), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return not _REGIMEN_RESULT.search(sentence, end - lo)


# -- the entry point -------------------------------------------------------------------------------------------------------


def round85_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 33's F7/F8 families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "功效夸大":
        return text[start] == "长" and body_measure(text, start, end)
    if category == "医疗用语" and text[start:end] in ("控糖", "控血糖", "控血压") and own_regimen(text, start, end):
        return True
    if category in ("绝对化用语", "价格违规") and "最" in text[start:end] and set_carries_over(text, start, end):
        return True
    if category != "绝对化用语" or "最" not in text[start:end]:
        return False
    surface = text[start:end]
    if surface == "最" and own_pick(text, start, end):
        return True
    if surface.startswith("最好") and advice_best(text, start, end) and not claim_next(text, end):
        return True
    if text[start] == "最" and own_opinion(text, start, end):
        return True
    return shop_record(text, start, end)
