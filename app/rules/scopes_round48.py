"""Context scopes, batch 20's false-alarm families: a ranking in an ingredient list, a style name denied, a wording
refused when asked, the live room's own lowest price, a brand's real stock, a product's own mode, 包过 heard for 包裹,
the shop's own best-seller confirmed, a redirect answered with only-here, a contact clarified away, 最好 of a setting,
the list price restored after a stated deadline.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round48_said`. Text is normalised (commas gone, ？ is ``?``,
spaces dropped; a speaker label's colon stays).

1. **A ranking in an ingredient list** (:func:`list_rank`): 成分表|配料表|配方表|原料表 … (not bare 成分: 成分党心中排第一的是这款 fires) then 排第一|排在第一位
   followed by 的是|是 (成分表排第一位的是水; 配料表里排在第一的是生牛乳) — the list's order, not a ranking claim.
2. **A style name denied** (:func:`name_denied`, 迷信): the hit holds 叫|名 right before the lucky word (款名叫转运,
   名字叫招财) and the sentence denies the effect (没有…作用|不能|就是个|只是个名字).
3. **A wording refused when asked** (:func:`wording_refused`, any category): the hit is asked (问|是不是 before or ?
   after) and answered by refusing the wording (不敢这么说|不能这么讲|我们不打这个说法|不用这个说法|不这么宣传),
   not when the answer turns back (但|不过 … 其实就是), affirms (不敢说不能, …肯定) or is 不用说 (needless to say).
4. **The live room's own lowest price, said as a hedge** (:func:`own_lowest_hedged`, 价格违规): 只能说|只敢说|顶多算
   (是)? + 咱|我们 + 直播间|店里 + a period + 的 + 最低价|最便宜 (只能说是咱直播间这个月的最低价).
5. **A brand's real stock** (:func:`brand_stock`, 虚假紧迫): a limited edition named (限定|限量|联名|纪念款 …) and
   品牌方|厂家|官方|品牌那边 + 说|通知|表示 before 卖完不补|售完不补|不再补货 (品牌方说这个限定色卖完不补货; 厂家通知这批
   联名款售完不补) — never 停产 (厂家说这批卖完就停产了 stays a claim) nor with a push (赶紧|手慢无|买不到|错过 …).
6. **A product's own mode** (:func:`own_mode`, 绝对化用语): 模式|档|挡|档位 right before 最温和|最柔和|最轻柔 (敏感模式
   最温和, 三个档位里一档最柔和).
7. **包过 heard for 包裹** (:func:`parcel_heard`, 投资承诺): 包过 as a noun (的|个|些|件 before) then a shipping word within ten characters (发出|
   发货|寄出|派送|签收|揽收|转运中心|快递|物流|到了) and no exam word in the sentence (考|证|课|班|学|培训|通过).
   Round 64: 包过 opening its sentence as the subject of a shipping state (包过已经到转运中心了, 包过还在路上, 包过今天都发出了,
   包过到哪了) — never a bare 发货 (包过，下单就发货 is the exam promise), never with an exam word.
8. **The shop's own best-seller confirmed** (:func:`own_seller`, 绝对化用语): 你们店|你们家 + a sales superlative +
   的 + ? (the viewer's question); or 店里|我们店 + 确实|的确|就|还是 + 是 + 它|这款 + the superlative — no outside scope.
9. **A redirect answered with only-here** (:func:`only_here`, 导流私下交易): 问 before, and 只在|只有|仅在 + 这个|本 +
   店|店铺|直播间 + 卖|有|下单 after (问能不能去别的平台买，我们只在这个店铺卖) — not when it turns back
   (…不过私下也可以找我).
10. **A contact clarified away** (:func:`contact_clarified`, 导流私下交易): 澄清|纠正|更正|声明 after the hit, then
    不加|不留|不提供|不私下|没有 (说了加微信，我澄清一下，我们不加任何私人联系方式).
11. **最好 of a setting** (:func:`setting_advice`, bare 最好): 最好 + 开|调到|调成|用|选|放|设成|开到 + a low setting
    (一档|低档|睡眠模式|静音档 …): 晚上睡觉最好开一档, 刚开始最好调到低档.
12. **The list price restored after a deadline** (:func:`price_restored`, 价格违规): 恢复|回到|恢复成|变回 + (原来的)? right
    before 日常价|原价 + a figure (12点以后恢复原来的日常价89) — no hype (只要|骨折|亏本 …) in the sentence.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END
_TURNS_BACK = re.compile(r"但|不过|可是|其实就是|其实是|私信|私聊|加我|小号|反正|基本上|大部分|很多人")

# -- 1. a ranking in an ingredient list ---------------------------------------------------------------------------------

_LIST_BEFORE = re.compile(rf"(?:成分表|配料表|配方表|原料表|成分列表|配料清单|成分清单)[^{_END}]{{0,12}}$")
_LIST_AFTER = re.compile(r"(?:位)?(?:的|的是|是|的成分是|的原料是)")


def list_rank(text: str, start: int, end: int) -> bool:
    """Is 排第一 the order of an ingredient list (成分表排第一位的是水)?"""
    if "第一" not in text[start:end] or not _LIST_AFTER.match(text, end):
        return False
    return bool(_LIST_BEFORE.search(text, max(0, start - 14), start))


# -- 2. a style name denied ---------------------------------------------------------------------------------------------

_NAMED_LUCK = re.compile(r"(?:叫|名|叫做|名叫|款名叫|名字叫)(?:转运|招财|开运|旺财)")
_EFFECT_DENIED = re.compile(r"没有[^{_END}]{0,8}?(?:作用|效果|功能)|不能|不会|就是个|就是一个|只是个|只是一个|只是名字|就是名字")


def name_denied(text: str, start: int, end: int) -> bool:
    """Is the lucky word the style's name, its effect denied (款名叫转运珠，就是个银饰，没有转运的作用)?"""
    if not _NAMED_LUCK.search(text, max(0, start - 4), end + 2):
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_EFFECT_DENIED.search(sentence, end - lo))


# -- 3. a wording refused when asked --------------------------------------------------------------------------------------

_ASKED = re.compile(rf"(?:问|是不是|是否|算不算|能不能|可不可以)[^{_END}]{{0,12}}$")
_WORDING_REFUSED = re.compile(
    r"的?[吗呢么]?\??(?:[\u4e00-\u9fffA-Za-z]{1,4}[:：])?(?:这个|这|那)?(?:我们|咱们|我|咱|主播)?(?:真|可|也|是|确实|从来)?"
    r"(?:不敢|不能|不会|不打|不用|不做|不这么|不这样|不说|不讲|不提)(?:这么|这样)?(?:说|讲|打|宣传|用|叫|提)?"
    r"(?:这个|这种)?(?:说法|词|概念|旗号|标签)?"
)

_SAYING = re.compile(r"说|讲|打|宣传|提|叫")
_THE_WORDING = re.compile(r"这么|这样|这个|这种|说法|词|概念|旗号|标签|不敢")  # not 不用说 (needless to say)


def wording_refused(text: str, start: int, end: int) -> bool:
    """Is the asked hit answered by refusing the wording (是不是全网最低价？不敢这么说; 我们不打这个说法)?"""
    asked = text.startswith("?", end) or text.startswith("吗", end) or _ASKED.search(text, max(0, start - 13), start)
    if not asked:
        return False
    m = _WORDING_REFUSED.match(text, end)
    said = text[end : m.end()] if m else ""
    if len(said) < 3 or not _SAYING.search(said) or not _THE_WORDING.search(said):
        return False
    if text.startswith(("不", "没", "能", "可以", "一定", "肯定", "当然", "绝对"), m.end()):
        return False  # 不敢说不能 — a double negative affirms
    return not _TURNS_BACK.search(text, m.end(), m.end() + 10)


# -- 4. the live room's own lowest price, said as a hedge ---------------------------------------------------------------------

_HEDGED_OWN = re.compile(
    r"(?:只能说|只敢说|顶多说|顶多算|最多算|只能算)(?:是)?(?:咱们|咱|我们|本)?(?:直播间|店里|店铺|家)"
    r"(?:这个月|本月|今天|今晚|本场|这场|这周|本周|今年|最近)?(?:的)?$"
)


def own_lowest_hedged(text: str, start: int, end: int) -> bool:
    """Is the lowest price hedged down to the room's own (只能说是咱直播间这个月的最低价)?"""
    return bool(_HEDGED_OWN.search(text, max(0, start - 18), start))


# -- 5. a brand's real stock ---------------------------------------------------------------------------------------------------

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


# -- 6. a product's own mode -----------------------------------------------------------------------------------------------------

_MODE_BEFORE = re.compile(r"(?:模式|档|挡|档位|挡位)(?:下|里|的话)?(?:是)?$")


def own_mode(text: str, start: int, end: int) -> bool:
    """Is the gentlest one of the product's own modes (敏感模式最温和)?"""
    surface = text[start:end]
    return surface.startswith(("最温和", "最柔和", "最轻柔")) and bool(_MODE_BEFORE.search(text, max(0, start - 5), start))


# -- 7. 包过 heard for 包裹 ------------------------------------------------------------------------------------------------------

# round 87: a day + 到 (听日到, 明天就到, 后日先到) and Cantonese shipping words (到咗, 寄咗, 派件, 落楼攞)
_DAY_ARRIVES = (
    r"(?:今天|明天|后天|今日|明日|听日|聽日|后日|後日|礼拜.|星期.|周.|下午|晚上|听朝|今晚)(?:就|会|先|应该|可以|能|都)?(?:到|送到|派到|寄到|派送|派|送|发出|发)"
    r"|到咗|寄咗|发咗|派咗|收咗|落楼|攞|拎|取件|派件"
)
_SHIPPED_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:发出|发货|寄出|派送|签收|揽收|转运中心|快递|物流|到了|就到|能到|会到|送到|到货|{_DAY_ARRIVES})"
)
_NOUN_BEFORE = frozenset("的个些件俩嘅")  # 包过 as a noun: 宝宝们的包过, 两个包过
_OPENERS = frozenset(f"{_END}:，,")
_VOCATIVE = re.compile(r"(?:宝宝们|家人们|姐妹们|朋友们|亲们|宝们|大家)$")
# round 71: a source or a place between (包过已经从仓库发出, 包过今天由顺丰寄出, 包过明天到本地转运中心)
_SHIPPED_STATE = re.compile(
    r"(?:已经|都|还|今天|明天|昨天|今晚|刚|刚刚|正|也|全部|大部分){0,3}(?:(?:从|由|在|用)[^" + _END + r"考证课班学]{1,6}?)?(?:在)?"
    r"(?:到了|到转运|在转运|到分拣|在分拣|在路上|发出|寄出|发走|发了|寄了|派送|签收|揽收|出库|出仓|装车|到驿站|到本地|到你|到家|"
    r"到哪|到快递|进快递|丢了|破了|没到|没收到|送到|到站)"
)
_EXAM = re.compile(r"考|证|课|班|学|培训|通过|上岸|报名|驾照|科目|(?<!问)题|老师|不过|过不了|没过|退费|全额退|资料|教材|备考")
# round 83: 包过 as a noun — inside it (包过里面还送了一个杯刷), or as the subject of any clause (包过今天下午四点前都会
# 发出, 包过都给你们打好了, 我的包过到哪了, 宝宝说包过被压扁了) — with a parcel word anywhere in its sentence.
_INSIDE = re.compile(r"里面|里头|里边|里|外面|外边|外包装|上面|上贴|上写")
_SUBJECT_NEXT = re.compile(
    r"已经|都|还|今天|明天|昨天|今晚|明儿|刚|从|由|在|到|被|给|也|要|会|全|大部分|一般|正|能|什么|啥|怎么|多久|几天|没|有"
    r"|听日|聽日|今日|琴日|寻日|后日|後日|仲|喺|几时|咩"  # round 87: Cantonese (个包过听日到, 包过仲喺路上)
)
_PARCEL = re.compile(
    r"发出|发货|发了|发走|发完|寄|派送|派件|签收|揽收|转运|快递|物流|顺丰|中通|圆通|申通|韵达|邮政|京东|极兔|单号|仓|打包|打好|"
    r"压扁|压坏|破损|破了|丢了|补发|到哪|到手|收到|送到|来取|取件|驿站|拆开|运输|路上|到货|能到|就到|会到|时候到|几时到|多久到|哪天到|到了|配送|泡沫|纸箱|盒|"
    + _DAY_ARRIVES
)


def parcel_heard(text: str, start: int, end: int) -> bool:
    """Is 包过 a misheard 包裹 that ships (宝宝们的包过今天都发出了)?"""
    if text[start:end] != "包过":
        return False
    if _parcel_noun(text, start, end):
        return True
    if text[start - 1 : start] in _NOUN_BEFORE:
        if not _SHIPPED_AFTER.match(text, end):
            return False
    # round 64: 包过 opening its sentence as the subject of a shipping state (包过已经到转运中心了, 包过还在路上)
    elif not (start == 0 or text[start - 1] in _OPENERS or _VOCATIVE.search(text, max(0, start - 4), start)):
        return False
    elif not _SHIPPED_STATE.match(text, end):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _EXAM.search(sentence)


def _parcel_noun(text: str, start: int, end: int) -> bool:
    """Round 83: is 包过 a noun (inside it, or a clause's subject) in a sentence about a parcel, with no exam word near?"""
    if not _INSIDE.match(text, end):
        if not _SUBJECT_NEXT.match(text, end) or not _PARCEL.search(_sentence(text, start, end)[0]):
            return False
    return not _EXAM.search(text, max(0, start - 30), end + 30)


# -- 8. the shop's own best-seller confirmed ---------------------------------------------------------------------------------

_YOUR_SHOP = re.compile(r"(?:你们店|你们家|你们店里|你家|你们直播间)(?:里)?$")
_OUR_SHOP_IT = re.compile(
    r"(?:店里|我们店|咱们店|本店|我们家|咱家|店铺)(?:确实|的确|就|还是|真的)?(?:是)?(?:它|这款|这个|这一款|这台|这件)$"
)
_OUTSIDE = re.compile(r"全网|全国|全球|全平台|抖音|淘宝|京东|行业|同行|同类|同价位|市面|市场|网上|史上|别家|比不了")


def own_seller(text: str, start: int, end: int) -> bool:
    """Is the sales superlative the shop's own, asked or confirmed (你们店卖得最好的? 店里确实是它卖得最多)?"""
    sentence, _ = _sentence(text, start, end)
    if _OUTSIDE.search(sentence):
        return False
    lo = max(0, start - 14)
    if _YOUR_SHOP.search(text, lo, start) and re.match(r"的?\??", text[end:]) and "?" in text[end : end + 3]:
        return True
    return bool(_OUR_SHOP_IT.search(text, lo, start))


# -- 9. a redirect answered with only-here ------------------------------------------------------------------------------------

_HERE_PLACE = r"(?:这个|咱们|我们|咱家|自家|本|这家)?的?(?:官方旗舰店|旗舰店|官方店|店铺|店|直播间|小店|橱窗|这里|这儿)(?:里)?"
_ONLY_HERE = re.compile(  # round 81: two places (只在这个直播间和自家店铺卖)
    rf"(?:吗|呢|么)?\??[^{_END}]{{0,6}}?(?:只在|只有|仅在|就只在){_HERE_PLACE}(?:(?:和|跟|以及|还有|或者?){_HERE_PLACE})?"
    r"(?:卖|有|下单|上架|销售|售卖|有卖|有货)"
)


def only_here(text: str, start: int, end: int) -> bool:
    """Is the asked redirect answered with only-here (问能不能去别的平台买，我们只在这个店铺卖)?"""
    if text.find("问", max(0, start - 12), start) == -1:
        return False
    m = _ONLY_HERE.match(text, end)
    return bool(m) and not _TURNS_BACK.search(text, m.end(), m.end() + 14)


# -- 10. a contact clarified away --------------------------------------------------------------------------------------------

_CLARIFIED = re.compile(
    rf"[^{_END}]{{0,8}}?(?:澄清|纠正|更正|声明|说明)(?:一下)?[^{_END}]{{0,6}}?(?:不加|不留|不提供|不私下|不会加|没有任何|不给)"
)


def contact_clarified(text: str, start: int, end: int) -> bool:
    """Is the contact a report clarified away (说了加微信，我澄清一下，我们不加任何私人联系方式)?"""
    m = _CLARIFIED.match(text, end)
    return bool(m) and not _TURNS_BACK.search(text, m.end(), m.end() + 10)


# -- 11. 最好 of a setting --------------------------------------------------------------------------------------------------

_SETTING_AFTER = re.compile(
    r"(?:开|调到|调成|调|用|选|放|设成|设置成|开到|档位调到)(?:在)?(?:一|1|二|2|低|小|弱|中|静音|睡眠|节能|柔和|自然)(?:档|挡|速|风|模式|档位)"
)


def setting_advice(text: str, start: int, end: int) -> bool:
    """Is the bare 最好 advice on a setting (晚上睡觉最好开一档)?"""
    return text[start:end] == "最好" and bool(_SETTING_AFTER.match(text, end))


# -- 12. the list price restored after a deadline ------------------------------------------------------------------------------

_RESTORED_BEFORE = re.compile(r"(?:恢复|回到|恢复成|恢复到|变回|回归|调回|涨回)(?:原来的|原来|平时的|平常的|到)?$")
_HYPE = re.compile(r"只要|仅需|仅要|才要|只需|骨折|跳楼|亏本|白送|不要钱|血亏|赔本|倒贴")


def price_restored(text: str, start: int, end: int) -> bool:
    """Is the list price the one restored after the offer's end (12点以后恢复原来的日常价89)?"""
    if not text[start:end].startswith(("日常价", "原价", "平时价", "店铺价")):
        return False
    if not _RESTORED_BEFORE.search(text, max(0, start - 7), start):
        return False
    sentence, _ = _sentence(text, start, end)
    return not _HYPE.search(sentence)


# -- the entry point ------------------------------------------------------------------------------------------------------------


def round48_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 20's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if wording_refused(text, start, end):
        return True
    if category == "绝对化用语":
        if text[start:end] == "最好":
            return setting_advice(text, start, end)
        return list_rank(text, start, end) or own_mode(text, start, end) or own_seller(text, start, end)
    if category == "价格违规":
        return own_lowest_hedged(text, start, end) or price_restored(text, start, end)
    if category == "迷信":
        return name_denied(text, start, end)
    if category == "虚假紧迫":
        return brand_stock(text, start, end)
    if category == "投资承诺":
        return parcel_heard(text, start, end)
    if category == "导流私下交易":
        return only_here(text, start, end) or contact_clarified(text, start, end)
    return False
