"""Context scopes, batch 19's false-alarm families: a refusal after an apology, one's own taste, 最好 as advice on
how, the shop's own sales record, the shop's everyday price beside the live-room price, a guarantee refused.

:func:`app.rules.scopes_replies.mentioned` calls :func:`round45_said`, which tries each family for the categories
it concerns. Text is normalised: commas are gone, ？ is ``?``, spaces are dropped, and a stutter-like A-not-A before
不 is folded (能不能不感冒 reads 能不感冒).

1. **A question refused after an apology** (:func:`apology_refused`, any category): 问 before the hit, then 不好意思|
   抱歉|对不起 and a no (有人问能不能加微信，不好意思，不可以; 宝宝问可以私下转账吗，抱歉哈，这个不行) — not when the
   answer turns back (…不行，但是可以私信我 / 加我小号). Round 64: the question echoed in place, without 问 — 能|可以|能不能
   right before the hit and 吗|? after it (能加微信吗？不好意思不加; 可以私下转账吗？抱歉，不支持).
2. **One's own taste** (:func:`own_taste`, bare 最): 我自己|主播自己|我本人|私心 + 最 + 喜欢|爱|偏爱|中意 (这款外套我自己最
   喜欢黑色, 主播自己最爱这个杏色) — the speaker's taste, like 我个人最喜欢 (an exemption of the 最 row). Round 74: one's
   own family or pet too (我家老太太最爱吃, 我闺女最喜欢这个色) — never the shop's 我们家最…. Round 80: the speaker's own
   use with a handling word (我用着最顺手的, 我自己用下来最习惯, 主播拿着最趁手) — not 最好|最舒服 (a quality claim).
3. **最好 as advice on how** (:func:`advice_on_how`, bare 最好): 最好 + up to six characters + a manner (混着|掺着|搭配着|
   交替|轮换|慢慢|逐渐|循序渐进) — 最好新旧粮混着喂七天, 最好干湿粮搭配着喂; or a condition said before it (换粮的话最好…,
   刚开始的时候最好…) with no comparison frame (要说…的话, 论…) and no 的|是|就是|这款 right after.
4. **The shop's own sales record** (:func:`own_sales_record`, 绝对化用语): the shop (本店|我们店|店里|店铺 …), then only a
   period (这个月|今年夏天|上半年 …) and at most a category of its own goods + 里 (洗碗机里), then a sales superlative
   (卖得最多|销量最高|最畅销) that picks an item out (…的是这一款, …的款) — 我们家今年销量第一 ranks the shop itself.
   Never with an external scope (全网|全平台|抖音|行业|同类 …) or a contrast with others (别家|比不了). Round 80: the item
   named before the scope and 销量 after it (这款耳机在店内耳机类目里销量排第一, 这个色在本店口红里卖得最好).
5. **The everyday price beside the live-room price** (价格违规): merged in round 80 into
   :func:`app.rules.scopes_round42.own_price_history` (it was a near-copy).
6. **An effect's guarantee refused** (:func:`guarantee_refused`, effect categories): the effect followed by (这个)?我|
   我们 + 不敢保证|不能保证|保证不了|不敢打包票 (吃了能不能不感冒我不敢保证; 能不能祛斑这个我不敢打包票), or a pattern
   hit that swallowed the refusal (斑我不敢保证) — not when 但|不过|可是 follows.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END
_TURNS_BACK = re.compile(r"但|不过|可是|私信|私聊|加我|找我|联系我|小号|悄悄|反正|很多人|大部分|基本上")

# -- 1. a question refused after an apology ---------------------------------------------------------------------------

_ASKED_BEFORE = re.compile(rf"问[^{_END}]{{0,12}}$")
_APOLOGY_NO = re.compile(
    rf"[^{_END}]{{0,6}}?(?:吗|呢|么)?\??(?:哈|啊|呀)?(?:实在|真的|真|很|非常)?(?:不好意思|抱歉|对不起|sorry|sorri)"
    r"(?:哈|啊|呀|啦|了|哦|喽)?(?:家人们|宝宝们|宝们|宝|姐妹们|亲们|亲)?(?:这个|这|我们|咱们|主播|平台|规定)?(?:真|也|是|确实|真的)?"
    r"(?:不可以|不行|不能|不加|不给|不支持|不允许|不让|不方便|没办法|没法|做不到|办不到|不提供|不接受|不做|不开放)"
)
_CAN_BEFORE = re.compile(r"(?:能|可以|能不能|可不可以|能否|可否)(?:私下|直接|私|先)?$")
_ASKED_MARK = re.compile(r"[吗么?]")


def apology_refused(text: str, start: int, end: int) -> bool:
    """Is the hit a reported question answered no after an apology (有人问能不能加微信，不好意思，不可以)?"""
    m = _APOLOGY_NO.match(text, end)
    if not m or _TURNS_BACK.search(text, m.end(), m.end() + 14):
        return False
    if _ASKED_BEFORE.search(text, max(0, start - 13), start):
        return True
    # round 64: the question echoed in place (能加微信吗？不好意思不加)
    return bool(_CAN_BEFORE.search(text, max(0, start - 5), start)) and _ASKED_MARK.search(text, end, m.end()) is not None


# -- 2. one's own taste -------------------------------------------------------------------------------------------------

# round 74: one's own family or pet (我家老太太最爱吃, 我闺女最喜欢, 俺家狗子最爱) — a person's taste, never the shop (我们家最…).
_KIN = (
    r"(?:我|俺|我家|俺家|我们家|咱家)(?:的)?(?:老太太?|老爷子|老人家?|老妈|老爸|爸爸?|妈妈?|奶奶?|爷爷?|姥姥?|姥爷|外婆|外公|婆婆?|公公?|"
    r"老公|老婆|媳妇儿?|对象|孩子|小孩子?|娃|闺女|儿子|女儿|小朋友|家宝|大宝|二宝|猫咪?|狗狗?|狗子|主子|妹妹?|弟弟?|姐姐?|哥哥?|一家老小|全家)"
)
_SELF_BEFORE = re.compile(
    rf"(?:(?:我|主播|俺|我们主播)(?:自己|本人)|私心|我私心|我本人|{_KIN})(?:们)?(?:平时|一直|也|就|还是|其实|真的|特别|从小)?$"
)
_TASTE_AFTER = re.compile(r"(?:喜欢|爱|偏爱|中意|钟意|稀罕|偏向)")


# round 80: the speaker's own use (我用着最顺手的, 我自己用下来最习惯, 主播穿着最喜欢) — a handling word, never 好|舒服|强.
_SELF_USE_BEFORE = re.compile(
    r"(?<![们家])(?:我|俺|主播)(?:自己|本人|个人)?(?:平时|一直)?(?:用着|用起来|用下来|使着|使起来|穿着|戴着|拿着|握着|开着)(?:也|还是)?$"
)
_HANDLING_AFTER = re.compile(r"(?:顺手|趁手|称手|习惯|喜欢|上手)")


def own_taste(text: str, start: int, end: int) -> bool:
    """Is the bare 最 the speaker's own taste (我自己最喜欢黑色, 我用着最顺手)?"""
    if _HANDLING_AFTER.match(text, end) and _SELF_USE_BEFORE.search(text, max(0, start - 10), start):
        return True
    return bool(_TASTE_AFTER.match(text, end)) and bool(_SELF_BEFORE.search(text, max(0, start - 12), start))


# -- 3. 最好 as advice on how ----------------------------------------------------------------------------------------------------

_MANNER_AFTER = re.compile(
    rf"[^{_END}的是最]{{0,6}}?(?:混着|掺着|搭配着|搭着|混合着|交替|轮换|轮着|换着|慢慢|逐渐|逐步|循序渐进|一点点|分几次|分次|少量多次)"
)
_CONDITION_BEFORE = re.compile(r"(?:的话|的时候|时候|之前|以前|之后|以后|期间|刚开始|一开始|第一次|头几天)$")
_COMPARE_FRAME = re.compile(rf"(?:要说|说到|论|比|讲到|若论|对比)[^{_END}]{{0,10}}$")
_NOT_ADVICE_AFTER = re.compile(r"的|是|就是|了|不过|没有之一|这|那|用|看|吃|喝|听|闻|玩|穿|卖|使|选择|品牌|产品")


def advice_on_how(text: str, start: int, end: int) -> bool:
    """Is the bare 最好 advice on how to do it (最好新旧粮混着喂, 换粮的话最好…)?"""
    if text[start:end] != "最好" or _NOT_ADVICE_AFTER.match(text, end):
        return False
    if _MANNER_AFTER.match(text, end):
        return True
    lo = max(0, start - 14)
    return bool(_CONDITION_BEFORE.search(text, lo, start)) and not _COMPARE_FRAME.search(text, lo, start)


# -- 4. the shop's own sales record ------------------------------------------------------------------------------------------------

_SHOP = r"(?:我们店铺|我们店里|我们店|咱们店|咱们家|我们家|咱家|本店|店铺|店内|店里|我们直播间|咱们直播间|本直播间)"
_PERIOD = (
    r"(?:这个月|本月|上个月|这周|本周|上周|这个季度|本季度|这一季|这季|今年|去年|今年以来|开店以来|上半年|下半年|最近|近期|"
    r"这段时间|这几天|今天|今晚|本场|这场|(?:今年|去年|这个)?(?:春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|春夏|秋冬)|双十一|双11|618|年货节)"
)
_SHOP_RECORD_BEFORE = re.compile(
    rf"{_SHOP}(?:的)?(?:{_PERIOD}){{0,2}}(?:[\u4e00-\u9fff]{{1,5}}?(?:里|里面|当中|中|类目里|品类里))?(?:{_PERIOD})?(?:自己|自家)?(?:的)?"
    r"(?:(?:销量|销售额|销售量|出单量)(?:是|排|排在|也是|都是)?|卖得|卖的)?$"  # round 80: 在店内耳机类目里销量排第一
)
# round 80: the item named before the shop's scope (这款耳机在店内耳机类目里销量排第一, 这个色在本店口红里卖得最好)
_ITEM_BEFORE_SHOP = re.compile(r"(?:这|那)(?:一)?(?:款|个|只|台|件|双|套|支|瓶|盒|色|种)[\u4e00-\u9fff]{0,4}?(?:在|是|算是|就是)?$")
_SALES = re.compile(r"卖|销|畅销|爆款|人气|出单")
_OUTSIDE = re.compile(
    r"全网|全国|全球|全平台|平台|抖音|淘宝|天猫|京东|快手|拼多多|行业|同行|同类|同价位|市面|市场|网上|所有|史上|业内|别家|别人家|其他家|外面|比不了|比不上"
)


def own_sales_record(text: str, start: int, end: int) -> bool:
    """Is the sales superlative scoped to the shop's own record (本店这个月洗碗机里卖得最多的是这一款)?"""
    surface = text[start:end]
    if "最" not in surface and "第一" not in surface:
        return False
    m = _SHOP_RECORD_BEFORE.search(text, max(0, start - 20), start)
    if not m or not (_SALES.search(surface) or _SALES.search(text, max(0, start - 3), start)):
        return False
    sentence, _ = _sentence(text, start, end)
    if _OUTSIDE.search(sentence):
        return False
    # An item picked out of the shop's own goods (…卖得最多的是这一款): 我们家今年销量第一 ranks the shop itself.
    if _ITEM_BEFORE_SHOP.search(text, max(0, m.start() - 10), m.start()):
        return True
    return text.startswith(("的", "嘅"), end) or surface.endswith(("的", "嘅"))


# -- 6. an effect's guarantee refused ------------------------------------------------------------------------------------------------

_REFUSAL = r"(?:不敢保证|不能保证|保证不了|不敢打包票|打不了包票|不敢给你保证|不敢跟你保证|不好保证|没法保证|无法保证)"
_REFUSED_AFTER = re.compile(rf"(?:吗|呢|么)?\??(?:这个|这|那|这一点|这点)?(?:我们|我|主播|咱们|咱)(?:真|可|也|是|真的|确实|实在)?{_REFUSAL}")
_REFUSED_INSIDE = re.compile(rf"(?:我们|我|主播|咱们|咱)(?:真|可|也|是|真的|确实|实在)?{_REFUSAL}$")


def guarantee_refused(text: str, start: int, end: int) -> bool:
    """Is the effect followed by the speaker's refusal to guarantee it (能不感冒我不敢保证)?"""
    m = _REFUSED_AFTER.match(text, end) or _REFUSED_INSIDE.search(text, start, end)
    if not m:
        return False
    return not _TURNS_BACK.search(text, m.end(), m.end() + 10)


# -- 7. others cannot, ours can ---------------------------------------------------------------------------------------------------------

_OTHERS_BEFORE = re.compile(rf"(?:别家|别人家|别的|其他|其它|外面|普通|一般的|市面上|同类|别人)[^{_END}]{{0,10}}$")
_OURS_CAN_AFTER = re.compile(
    rf"[^{_END}]{{0,6}}?(?:我们|咱们|我家|咱家|这款|这个|它)[^{_END}]{{0,4}}?(?:可以|能|行|做得到|做到|办得到|就行)"
)


def others_cannot(text: str, start: int, end: int) -> bool:
    """Is a denied effect said of other goods, against one's own that can (别家的不能去皱，我们这款可以)?
    :func:`app.rules.scopes._effect_denied` keeps such a denial a claim."""
    return bool(_OTHERS_BEFORE.search(text, max(0, start - 14), start)) and bool(_OURS_CAN_AFTER.match(text, end))


# -- the entry point ----------------------------------------------------------------------------------------------------------------------


def round45_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 19's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category == "绝对化用语":
        if text[start:end] == "最":
            return own_taste(text, start, end)
        if text[start:end] == "最好":
            return advice_on_how(text, start, end) or apology_refused(text, start, end)
        return own_sales_record(text, start, end)
    if category in _EFFECTS and guarantee_refused(text, start, end):
        return True
    return apology_refused(text, start, end)
