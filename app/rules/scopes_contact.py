"""Context scopes: contact and other platforms (导流私下交易) — refused, clarified, only here, a remark left, a call received.

:func:`app.rules.scopes_replies.mentioned` calls :func:`contact_said`, which tries each reading below for the categories
it concerns, each gated by a category or a character first. Text is normalised: commas are gone, ？ is ``?``,
spaces are dropped, stutters collapsed.

1. **Someone else's claim refused** (:func:`others_claim_refused`, 导流私下交易): 有人说|听说|别人说 + hit, then 我们|我 +
   不加|不给|不留|不搞 (有人说加微信能便宜，我们不加微信); not with 私|加我|找我 after. (from round 42)
2. **A redirect answered with only-here** (:func:`only_here`, 导流私下交易): 问 before, and 只在|只有|仅在 + 这个|本 + 店|店铺|直播间 +
   卖|有|下单 after (问能不能去别的平台买，我们只在这个店铺卖) — not when it turns back (…不过私下也可以找我). (from round 48)
3. **A contact clarified away** (:func:`contact_clarified`, 导流私下交易): 澄清|纠正|更正|声明 after the hit, then
   不加|不留|不提供|不私下|没有 (说了加微信，我澄清一下，我们不加任何私人联系方式). (from round 48)
4. **Another platform merely mentioned** (:func:`platform_mentioned`, 导流私下交易): 淘宝|京东|拼多多 … (上)? + 也有(人|别家|商家)?(在)?卖
   (淘宝上也有人卖这个款，我们不比价) — no way there is given (去|搜|私|加|链接|店铺|便宜 …). (from round 53)
5. **A phone call the host received** (:func:`call_received`, 导流私下交易): a third party (厂家|老板|供应商|快递 …) and maybe a
   time (刚|刚才|昨天 …) right before 给我打电话 (厂家刚给我打电话说…, 快递小哥昨天给我打了个电话) — a story, not the audience told to call. (from
   round 57)
6. **A viewer's remark about another platform, left to them** (:func:`remark_left`, 导流私下交易; widens round 53's
   :func:`app.rules.scopes_contact.platform_mentioned`): 弹幕|评论区|有人 … 说 right before the hit (弹幕有人说要去拼多多买), then
   你们随意|大家随意|自己选 or 我们只管我们这边的售后 — no way there given (便宜, 链接, 搜, 店名, 号 …). (from round 65)
7. **Refused by the house rule after an apology** (:func:`apology_rule`, 导流私下交易; widens round 45's apology_refused):
   问能不能加微信，不好意思，我们所有交易都在直播间完成 / 抱歉，下单都走小黄车 — the rule given as the no. Not with a turn after (但, 私信, 小号 …). (from
   round 70)
8. **The shop introduced as itself on its platform** (:func:`store_named`, 导流私下交易): 我们是|这里就是 … + the platform's store
   (我们是品牌的抖音官方旗舰店，退换货都走平台流程) — the store one sells in; not with a way elsewhere (去, 搜, 关注, 也有, 便宜 …). (from
   round 99)
9. **Our own shop searched in the platform's own mall** (:func:`own_mall_search`, 导流私下交易): 抖音商城|抖音小店 + 搜 + 我们的
   店铺名|店名|直播间 + 也能找到|就有 (在抖音商城搜我们的店铺名也能找到) — not with a better deal or a contact there (便宜, 私, 加我 …).
   (from round 103)

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_lists import _ASKED, _END, _TURN, _TURNS_BACK
from app.rules.scopes_text import _sentence

# -- someone else's claim refused ------------------------------------------------------------------------------------

_OTHERS_SAY_BEFORE = re.compile(rf"(?:有人说|有人讲|听说|别人说|人家说|有的人说|有主播说|别家说|网上说|有人让)[^{_END}]{{0,4}}$")

_WE_REFUSE_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:我们|咱们|我|咱|本店|主播)(?:都|也|从来|从)?(?:不|不会|没有|不能)(?:加|给|留|搞|弄|做|私)"
)

_REFUSE_BUT = re.compile(r"私聊|私信|加我|找我|联系我|但|不过")


def others_claim_refused(text: str, start: int, end: int) -> bool:
    """Is the contact someone else's claim, refused (有人说加微信能便宜，我们不加微信)?"""
    if not _OTHERS_SAY_BEFORE.search(text, max(0, start - 9), start):
        return False
    m = _WE_REFUSE_AFTER.match(text, end)
    return bool(m) and not _REFUSE_BUT.search(text, m.end(), m.end() + 14)


# -- a redirect answered with only-here ------------------------------------------------------------------------------

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


# -- a contact clarified away ----------------------------------------------------------------------------------------

_CLARIFIED = re.compile(
    rf"[^{_END}]{{0,8}}?(?:澄清|纠正|更正|声明|说明)(?:一下)?[^{_END}]{{0,6}}?(?:不加|不留|不提供|不私下|不会加|没有任何|不给)"
)


def contact_clarified(text: str, start: int, end: int) -> bool:
    """Is the contact a report clarified away (说了加微信，我澄清一下，我们不加任何私人联系方式)?"""
    m = _CLARIFIED.match(text, end)
    return bool(m) and not _TURNS_BACK.search(text, m.end(), m.end() + 10)


# -- another platform merely mentioned -------------------------------------------------------------------------------

_ALSO_SOLD = re.compile(r"(?:上|里|上面)?(?:也|都)?有(?:人|别家|商家|店|别的店|同款)?(?:在)?卖")

_WAY_THERE = re.compile(r"去|搜|私|加|链接|店铺|店名|便宜|更低|下单|找我|号|微信|联系")


def platform_mentioned(text: str, start: int, end: int) -> bool:
    """Is another platform only said to sell it too (淘宝上也有人卖这个款，我们不比价)?"""
    m = _ALSO_SOLD.match(text, end)
    if not m:
        return False
    sentence, _ = _sentence(text, start, end)
    return not _WAY_THERE.search(sentence)


_PLATFORMS = ("淘宝", "天猫", "京东", "拼多多", "闲鱼", "抖音", "快手", "小红书", "唯品会", "得物")


# -- a phone call the host received ----------------------------------------------------------------------------------

_CALLER_BEFORE = re.compile(
    r"(?:厂家|厂里|厂方|工厂|老板|供应商|品牌方|品牌|总部|公司|仓库|快递|快递员|快递小哥|物流|经理|领导|妈|爸|老公|老婆|家里|我朋友|"
    r"闺蜜|同事|客户|师傅|房东|他|她|他们|她们)(?:那边|他们|她们)?"
    r"(?:刚|刚才|刚刚|昨天|昨晚|前天|今天|今早|早上|上午|中午|下午|晚上|一早|又|也|都|还|专门|特意|特地|亲自|突然|就)*$"
)


def call_received(text: str, start: int, end: int) -> bool:
    """Is 给我打电话 a call the host received from a third party (厂家刚给我打电话说…)?"""
    return text.find("电话", start, end) != -1 and bool(_CALLER_BEFORE.search(text, max(0, start - 12), start))


# -- a viewer's remark about another platform, left to them ----------------------------------------------------------

_REMARKED = re.compile(
    rf"(?:弹幕|评论区|评论|公屏|有人|有宝|有朋友|有家人|有粉丝|有姐妹|有网友|有观众)[^{_END}:]{{0,6}}?(?:说|讲|提到|问)"
    r"(?:了|过)?(?:要|想|想要|能不能|可不可以|可以|他们|她们|他|她)?$"
)

_LEFT_TO_THEM = re.compile(
    r"(?:你们|大家|各位|家人们|宝们)?(?:随意|随便|自便|自己决定|自己选|自己看|看着办|都行|都可以)"
    r"|(?:我们|咱们|我|咱)(?:这边|这里)?(?:只|就|只能)?管(?:我们|咱们|自己)?"
)

_WAY_THERE_REMARK_LEFT = re.compile(r"便宜|更低|划算|链接|搜|店名|店铺名|号|私|加我|找我|微信|联系|同款|比价")


def remark_left(text: str, start: int, end: int) -> bool:
    """Is another platform a viewer's remark, left to them (弹幕有人说要去拼多多买，你们随意)?"""
    if not _REMARKED.search(text, max(0, start - 14), start):
        return False
    sentence, lo = _sentence(text, start, end)
    tail = sentence[end - lo :]
    return bool(_LEFT_TO_THEM.search(tail)) and not _WAY_THERE_REMARK_LEFT.search(tail)


# -- refused by the house rule after an apology ----------------------------------------------------------------------

_RULE_AFTER = re.compile(
    rf"[^{_END}]{{0,4}}?(?:吗|么|呢)?\??(?:哈|啊|呀)?(?:实在|真的|真|很|非常)?(?:不好意思|抱歉|对不起|sorry)(?:哈|啊|呀|啦|了|哦)?"
    rf"(?:家人们|宝们|宝|姐妹们|亲们|亲)?(?:我们|咱们|咱|本店|这边|平台)?(?:的)?(?:所有|一切|全部|任何)?(?:的)?"
    rf"(?:交易|下单|购买|售后|沟通|咨询|订单|买卖|付款|联系)?(?:都|只|统一|一律|全部|只能|都是|全都)(?:在|走|通过|用|找)"
    r"(?:咱们|我们)?(?:直播间|平台|店铺|小黄车|官方|站内|抖音|快手|淘宝|橱窗|购物车|客服|链接|本平台)"
)


def apology_rule(text: str, start: int, end: int) -> bool:
    """Is the hit a question answered with the house rule after an apology (能加微信吗？不好意思，交易都在直播间)?"""
    m = _RULE_AFTER.match(text, end)
    if not m or not _ASKED.search(text, max(0, start - 12), start):
        return False
    return not _TURN.search(text, m.end(), m.end() + 14)


# -- the shop introduced as itself on its platform (round 99) --------------------------------------------------------

# 我们是品牌的抖音官方旗舰店 / 这里就是某某的快手小店: the speakers name the store they are selling in — nobody is sent anywhere.
_WE_ARE_BEFORE = re.compile(rf"(?:我们|咱们|咱|我们家|本店|这里|这边|这儿|这)(?:就|本身|其实)?是[^{_END}也还另]{{0,10}}?(?:的)?$")

_STORE_END = re.compile(r"(?:官方)?(?:旗舰店|自营店|专卖店|小店|店铺|官方店)$")

_SENT_AWAY = re.compile(r"去|到|搜|关注|加|私|微信|便宜|优惠|另外|别的|其他|其它|也有|还有|同款|链接|外面")


def store_named(text: str, start: int, end: int) -> bool:
    """Is the platform store the one the speakers sell in, introduced as such (我们是品牌的抖音官方旗舰店)?"""
    if not _STORE_END.search(text, start, end) or not _WE_ARE_BEFORE.search(text, max(0, start - 16), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return not _SENT_AWAY.search(sentence, end - lo) and not _SENT_AWAY.search(sentence, 0, start - lo)


# -- round 103: our own shop searched in the platform's own mall ------------------------------------------------------

# 在抖音商城搜我们的店铺名也能找到 / 抖音商城里搜咱家店名就有: the in-app mall leads back to this very shop. Only 抖音商城 —
# the corpus's call since batch 9 (the room's platform is not set; 去淘宝搜我们店名 stays a redirect).
_OWN_MALL = re.compile(r"抖音(?:商城|小店)")
_OWN_SHOP_SEARCHED = re.compile(
    r"(?:里|上|里面)?(?:直接)?(?:搜|搜索|搜一下)(?:一下)?(?:我们|咱们|咱|我|本店)(?:的|家)?(?:店铺名?|店名|店|小店|直播间|账号|名字|品牌名?)"
    r"(?:也|都|就|一样|同样)?(?:能|可以|会)?(?:找到|搜到|看到|刷到|有|出来)"
)
_MALL_AWAY = re.compile(r"便宜|优惠|划算|折|减|送|私|加我|微信|转账|找我|那边|那里|另外|别的|其他|其它|链接更")


def own_mall_search(text: str, start: int, end: int) -> bool:
    """Is our own shop searched in the platform's own mall (在抖音商城搜我们的店铺名也能找到)?"""
    mall = _OWN_MALL.match(text, start)
    if mall is None:
        return False
    found = _OWN_SHOP_SEARCHED.match(text, mall.end())
    return found is not None and _MALL_AWAY.search(text, found.end(), found.end() + 16) is None


def contact_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if category != "导流私下交易":
        return False
    if others_claim_refused(text, start, end):
        return True
    if only_here(text, start, end) or contact_clarified(text, start, end):
        return True
    if text.startswith(_PLATFORMS, start) and platform_mentioned(text, start, end):
        return True
    if text[start] == "给" and call_received(text, start, end):
        return True
    if text.find("说", max(0, start - 6), start) != -1 and remark_left(text, start, end):
        return True
    if text.startswith(_PLATFORMS, start) and (store_named(text, start, end) or own_mall_search(text, start, end)):
        return True
    return apology_rule(text, start, end)
