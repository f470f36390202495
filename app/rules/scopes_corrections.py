"""Context scopes, batch 17's false-alarm families: a word corrected, a contact not given, a name, a saying denied.

:func:`app.rules.scopes_replies.mentioned` calls :func:`corrected_said`, which tries each family for the categories
it concerns. Text is normalised: commas are gone, ？ is ``?``, a speaker label's ``：`` is ``:``, 宝宝 is 宝.

1. **A word corrected** (:func:`corrected`, any category): 刚才A说了个最好，我纠正一下 / A姐说这个是世界级的，我更正一下 /
   A姐刚才说秒杀全网，不能这么说，改成… / 你刚才说最好要改口 — the word is quoted (someone 说 it right before) only to be
   taken back (纠正|更正|口误|说错了|不能这么说|要改口|改成 right after; or the slip owned first: 刚才口误说了个
   第一). Round 77: a reminder not to say it (助理提醒主播不要说第一 — read by
   :mod:`app.rules.scopes_forbidden_word` since round 101), or 不要说|别说 + the hit with a correction after (不要说第一我们换个说法); not with
   但|不过|可是|其实 after. Round 80: a script's ban listing the words with what to say instead (介绍时不得说最好最便宜，
   只说材质和尺寸; 严禁说全网最低，改说直播间优惠价). A correction that re-asserts (说最好都谦虚了, 没说错, 不止, 懂的都懂) still fires, and any banned word said in
   the correction itself is its own hit.
2. **A contact not given** (:func:`contact_refused`, 导流私下交易): 别问微信了不加的 / 不要再问我要微信了，没有 / 微信就
   别问了，有问题直接问客服 — viewers told to stop asking, and the answer is no (别问微信了，直接加我 fires).
3. **A name** (:func:`pet_name`, 迷信): 招财是我们家猫的名字 / 我家狗叫旺财 / 我儿子小名叫招财 — a pet or child called so
   (这个摆件叫招财 has no pet and fires).
4. **Denied as a saying** (:func:`saying_denied`, not the effect categories): 没有什么开光招财的说法 / 没啥转运的讲究 —
   the belief named to say the goods carry none (not with 但|不过|比|更 after, nor 比|更 in the gap).
5. **Not taught** (:func:`not_taught`): 这本书不教你怎么转运 / 课上不讲如何招财 — the topic a book or class leaves out
   (not when the goods or a contrast follow: 不教你怎么转运，戴上就行).
6. **The host's own trait** (:func:`own_trait`, bare 最): 我嘴最碎了, 我最怕冷, 主播脑子最笨 — said of the speaker, no
   goods compared.
7. **A platform as a sourced ranking's scope** (:func:`platform_ranked`, 导流私下交易): 在二零二四年天猫双十一…类目销量
   第二，数据来自天猫官方战报 — the platform says where the figure was counted or who published it (去天猫搜 fires).
8. **Asked where else to buy, answered here only** (:func:`here_only`, 导流私下交易): 问能不能去别的平台买更便宜的，别的
   地方我不清楚，我们只在这个直播间卖. Round 77 (:func:`price_unknown`): with no question, the platform's price declined
   (天猫和京东的价格我不清楚，我只能说我们这里是一百九十九; 拼多多什么价我不知道) — not with a redirect or a comparison
   after (去|搜|私|但|便宜|贵|一样|自己看|对比).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_text import EFFECT_CATEGORIES as _EFFECTS
from app.rules.scopes_text import NUMERALS, SENTENCE_END, _sentence

_END = SENTENCE_END

# -- 1. a word corrected -------------------------------------------------------------------------------------------

# Someone said it (刚才A说了个 / A姐说这个是 / 你刚才说): a reporter right before 说, then at most a classifier or 是.
_QUOTED_BEFORE = re.compile(
    r"(?:刚才|刚刚|方才|之前|前面|[a-z]|姐|哥|你|他|她|我|刚|嘴|嘴上|嘴快|嘴滑|手滑|顺嘴|口误|随口|同事|有人|别人|网友|弹幕|搭档|助理|助播|副播|主播|老板)说(?:了|过|的)?"
    r"(?:一?个|一?句|这个是|这款是|这个|这是|它是|是"
    # round 80: the goods named as the subject (刚才说这个锅是最好的, 前面说咱这双鞋最舒服, 刚说这款面膜就是第一)
    r"|(?:咱|咱们|我们|咱家)?(?:这|那)(?:个|款|只|台|把|件|双|套|支|瓶|条|口)?[\u4e00-\u9fff]{1,3}?(?:就是|是|算是)?)?$"
)
_CORRECTION_AFTER = re.compile(
    # round 74: the quote pointed back at (刚才说秒杀大牌那句我收回, 刚说的第一那个词不准确)
    r"(?:的|了|啊|啦|哈|呀|这个词|这个字|这话|这句|(?:那|这)(?:一)?(?:个|句|种)(?:话|词|字|说法)?)*(?:我们|咱们|我|咱|主播|这里|这边|这个|这|那)?"
    r"(?:来|要|得|先|必须|赶紧|马上|给大家|跟大家|这里|这边)?"
    r"(?:纠正|更正|修正|订正|口误|说错了|说错|说得不对|说的不对|说法不对|不对不对|不能这么说|不能这样说|不可以这么说|不能这么讲|不该这么说|"
    r"不应该这么说|这么说不对|这样说不对|这么说不行|这个不对|这样不对|不太对|不对(?!劲|称|口|付|头|吧|吗|么)|要改口|得改口|改口|改成|改一下|换个说法|收回|撤回|不准确|不严谨|不合规|"
    r"(?:这个|这)(?:词|话|说法)?(?:不能|不可以|不让|不准)(?:说|讲|用))"
)
_ASKED = re.compile(r"[吗么嘛]|\?")
_BARE_ADJ = re.compile(r"[\u4e00-\u9fff]{1,3}?的")
_REASSERT = re.compile(r"不止|何止|还不够|谦虚|保守|说少了|没说错|说得对|说的对|一点没错|没毛病|确实|名副其实|实至名归|懂的|你懂|都懂|你品|心里有数")


# The slip owned before the quote (刚才口误说了个最好, 嘴瓢说成了第一).
_SLIP_BEFORE = re.compile(rf"(?:口误|嘴瓢|说秃噜了?|说快了|说漏嘴|手滑|嘴滑|嘴快|顺嘴|秃噜嘴)[^{_END}]{{0,3}}?说(?:了|成了?|过)?(?:一?个|一?句)?$")


# round 77: 不要说|别说 + the hit with a correction after (不要说第一我们换个说法). (Its reminder not to say it — 助理提醒主播
# 不要说第一 — is read by scopes_forbidden_word since round 101.)
_TOLD_BUT = re.compile(r"但|不过|可是|可它|其实|照样")
_NOT_SAY = re.compile(r"(?:不要|别|不能|不可以|不许|不准|不该|千万别)(?:再)?(?:说|讲|用|提)(?:了|过)?(?:一?个|一?句)?$")


# round 80: a script's rule bans the words and gives what to say instead (介绍时不得说最好最便宜，只说材质和尺寸; 别说第一，
# 就说销量不错; 严禁说全网最低，改说直播间优惠价) — the ban may list several words before this one.
_BANNED_LIST = re.compile(
    rf"(?:不要|别|不能|不可以|不许|不准|不该|千万别|不得|禁止|严禁|避免)(?:再)?(?:说|讲|用|提)(?:了|过)?(?:一?个|一?句)?"
    rf"(?:[^{_END}但是的就]{{0,8}}?(?:和|跟|或|或者|、)?)$"
)
_INSTEAD_AFTER = re.compile(
    rf"[^{_END}]{{0,10}}?(?:只说|只讲|只介绍|只能说|只提|改说|改成|换成|换个说法|就说|要说成|可以说|而是说|统一说)(?!了)"
)


def corrected(text: str, start: int, end: int) -> bool:
    """Is the hit a colleague's word quoted to be corrected (刚才A说了个最好，我纠正一下)?"""
    if _BANNED_LIST.search(text, max(0, start - 16), start) and _INSTEAD_AFTER.match(text, end):
        sentence, lo = _sentence(text, start, end)
        return not (_REASSERT.search(sentence, end - lo) or _TOLD_BUT.search(sentence, end - lo))
    if not _SLIP_BEFORE.search(text, max(0, start - 10), start):
        quoted = _QUOTED_BEFORE.search(text, max(0, start - 12), start) or _NOT_SAY.search(text, max(0, start - 8), start)
        m = quoted and _CORRECTION_AFTER.match(text, end)
        if quoted and not m and text[start:end] == "最":  # round 80: 说咱这个杯子是最保温的，说错了 (bare 最 + its word)
            adj = _BARE_ADJ.match(text, end)
            m = adj and _CORRECTION_AFTER.match(text, adj.end())
        if not m or _ASKED.match(text, m.end()):
            return False  # 这个说法不对吗？: asked back, no correction
    sentence, lo = _sentence(text, start, end)
    return not _REASSERT.search(sentence, end - lo)


# -- 2. a contact not given ----------------------------------------------------------------------------------------

_STOP_ASKING = re.compile(r"(?:别|不要|不用|甭|千万别)(?:再)?(?:在(?:评论区|公屏|直播间|弹幕)(?:里|上)?)?(?:问|要|找)(?:我|主播|我们|咱)?(?:要)?$")
# …or the contact first: 微信就别问了，不加.
_STOP_ASKING_AFTER = re.compile(r"(?:号|号码)?(?:就|也|都|的)?(?:别|不要|甭)(?:再)?问(?:了|啦)")
_NOT_GIVEN = re.compile(
    rf"(?:号|号码)?(?:了|啦|啊|哈|呀)*[^{_END}]{{0,4}}?"
    r"(?:不加|不给|没有|不留|不私聊|加不了|给不了|不提供|不能加|不能给|(?:问|找|联系)(?:官方|在线)?客服(?!的?(?:微信|电话|号)))"
    r"(?!的话|就|才|怎么|咋|你)"  # 别问微信了，不加的话拿不到券: a condition, the invitation
)


def contact_refused(text: str, start: int, end: int) -> bool:
    """Are viewers told to stop asking for the contact, and refused (别问微信了不加的)?"""
    if _STOP_ASKING.search(text, max(0, start - 8), start):
        return bool(_NOT_GIVEN.match(text, end))
    m = _STOP_ASKING_AFTER.match(text, end)
    return bool(m) and bool(_NOT_GIVEN.match(text, m.end()))


# -- 3. a name -----------------------------------------------------------------------------------------------------

_PET = r"猫|狗|鹦鹉|八哥|仓鼠|兔|龟|金鱼|鸟|宠物|柯基|泰迪|二哈|哈士奇|金毛|柴犬|比熊|布偶|毛孩子|儿子|女儿|闺女|孙子|孙女|小名|外号|昵称|网名"
_NAMED_BEFORE = re.compile(r"(?:叫|叫做|名叫|取名叫?|起名叫?|名字叫|名字是|小名叫|大名叫)$")
_PET_IN = re.compile(_PET)
_NAME_OF_AFTER = re.compile(
    rf"是(?:我们家|我家|咱家|俺家|我们店|店里)?(?:的)?[^{_END}]{{0,4}}?(?:{_PET})(?:的|的小|的大)(?:名字|小名|大名|昵称)"
)


def pet_name(text: str, start: int, end: int) -> bool:
    """Is the term a pet's name (招财是我们家猫的名字, 我家狗叫旺财)?"""
    if _NAME_OF_AFTER.match(text, end):
        return True
    if not _NAMED_BEFORE.search(text, max(0, start - 4), start):
        return False
    sentence, lo = _sentence(text, start, end)
    return bool(_PET_IN.search(sentence, 0, start - lo))


# -- 4. denied as a saying -------------------------------------------------------------------------------------------

_NO_SAYING_BEFORE = re.compile(
    rf"(?:没有什么|没什么|没有啥|没啥|没有任何|没有所谓的?|不存在什么|哪有什么|并没有什么)(?P<gap>[^{_END}]{{0,4}})$"
)
_SAYING_AFTER = re.compile(r"(?:的|之类的|这种|这类)?(?:说法|讲究|一说|寓意|功能|作用|用处|含义)")
_SAYING_BUT = re.compile(r"但|不过|可是|其实|照样|一样|比|更|是它|它都|做不到|没有的")


def saying_denied(text: str, start: int, end: int) -> bool:
    """Is the belief named to say there is no such thing to it (没有什么开光招财的说法)?"""
    m = _NO_SAYING_BEFORE.search(text, max(0, start - 10), start)
    if not m or re.search(r"比|更|能|不|就", m.group("gap")):
        return False
    s = _SAYING_AFTER.match(text, end)
    if not s:
        return False
    return not _SAYING_BUT.search(text, s.end(), s.end() + 8)


# -- 5. not taught -------------------------------------------------------------------------------------------------

_NOT_TAUGHT = re.compile(
    r"(?:不教|不会教|没教|不讲|不会讲|没讲|不告诉|不会告诉)(?:你|您|大家|你们|人)?(?:怎么|如何|咋|怎样)(?:去|才能|能)?$"
)
_TAUGHT_BUT = re.compile(rf"[^{_END}]{{0,10}}?(?:但|不过|可是|戴上|戴着|买了|用了|摆上|自然|就能|就会|就行)")


def not_taught(text: str, start: int, end: int) -> bool:
    """Is the belief what a book or class does not teach (这本书不教你怎么转运)?"""
    return bool(_NOT_TAUGHT.search(text, max(0, start - 9), start)) and not _TAUGHT_BUT.match(text, end)


# -- 6. the host's own trait ---------------------------------------------------------------------------------------

_SELF_BEFORE = re.compile(r"(?<![们家])(?:我|俺|主播|人家)(?:这人|这个人|本人)?(?:的)?(?:嘴|嘴巴|脑子|记性|胆子|脾气|性子)?(?:是|也|可|就|真|本来就)?$")
_TRAIT_AFTER = re.compile(
    r"(?:碎|笨|懒|馋|贫|啰嗦|唠叨|话多|话痨|能说|能唠|能聊|能吃|能睡|怕|迷糊|马虎|健忘|粗心|手残|没出息|抠门|抠|急|直|爱哭|路痴)"
)


def own_trait(text: str, start: int, end: int) -> bool:
    """Is the bare 最 said of the host's own trait (我嘴最碎了, 我最怕冷)?"""
    return bool(_SELF_BEFORE.search(text, max(0, start - 7), start)) and bool(_TRAIT_AFTER.match(text, end))


# -- 7. a platform as a sourced ranking's scope ------------------------------------------------------------------------

_RANKED_AFTER = re.compile(
    rf"[^{_END}]{{0,12}}?(?:类目|品类|榜单|榜|销量|销售额|排行)[^{_END}]{{0,6}}?(?:第[{NUMERALS}]|前[{NUMERALS}]|top|排名|冠军|亚军|季军)"
)
_PUBLISHER_BEFORE = re.compile(r"(?:来自|据|根据|引自|出自|参考)$")
_PUBLISHED_AFTER = re.compile(r"(?:的)?(?:官方)?(?:战报|数据|榜单|报告|统计|公布|发布)")
_SOURCE = re.compile(r"来自|来源|据|统计|战报|报告|公布|发布")
_TRADE = re.compile(r"去(?:天猫|京东|淘宝|拼多多|那|他们|别)|搜|下单|链接|店铺|旗舰店|加我|私|便宜|优惠|同款|比价")


def platform_ranked(text: str, start: int, end: int) -> bool:
    """Is the platform the scope of a sourced ranking (天猫双十一…类目销量第二，数据来自天猫官方战报), or its publisher?"""
    if not (_RANKED_AFTER.match(text, end) or (_PUBLISHER_BEFORE.search(text, max(0, start - 2), start) and _PUBLISHED_AFTER.match(text, end))):
        return False
    sentence, _ = _sentence(text, start, end)
    return bool(_SOURCE.search(sentence)) and not _TRADE.search(sentence)


# -- 8. asked where else to buy, answered here only ------------------------------------------------------------------

_ASKED_ELSEWHERE = re.compile(rf"问(?:我们|主播|我)?(?:(?:能不能|可不可以|是不是|有没有|能)[^{_END}:]{{0,6}}|在)?$")
_HERE_ONLY = re.compile(
    rf"[^{_END}]{{0,16}}?(?:(?:别的|其他|其它)?(?:地方|平台|店)?(?:的|有没有|卖不卖)?(?:我|我们|主播)(?:也|真)?(?:不清楚|不了解|不知道|不管)"
    rf"|(?:我们|咱们|咱|我)(?:家)?(?:只|就只|只是|只会)在[^{_END}]{{0,4}}?(?:直播间|这里|这儿|这)(?:卖|上架|售卖|有卖|有货))"
)
_HERE_BUT = re.compile(r"但|不过|可是|私|加我|找我")


# round 77: another platform's price declined without a question (天猫和京东的价格我不清楚，我只能说我们这里是一百九十九).
_PRICE_UNKNOWN = re.compile(
    rf"[^{_END}]{{0,10}}?(?:价格|价钱|价|卖多少|卖什么价|多少钱|活动|优惠)(?:是多少|怎么样|多少)?(?:我|我们|主播|咱|咱们)(?:也|真|确实|是|就)?"
    r"(?:不清楚|不了解|不知道|没关注|没看过|没看|没查过|没查|管不了|不好说|说不好|没法比|比不了|不比|不做比较)"
)
_PRICE_BUT = re.compile(r"但|不过|可是|私|加我|找我|去|搜|那边|便宜|贵|一样|自己看|自己查|自己比|对比|比一下|比比")


def price_unknown(text: str, start: int, end: int) -> bool:
    """Is the platform named only to decline comparing its price (京东什么价我不清楚，我们这里是一百九十九)?"""
    m = _PRICE_UNKNOWN.match(text, end)
    return bool(m) and not _PRICE_BUT.search(text, m.end(), m.end() + 16)


def here_only(text: str, start: int, end: int) -> bool:
    """Is a viewer's question about buying elsewhere answered with "only here" (…别的地方我不清楚，我们只在这个直播间卖)?"""
    if not _ASKED_ELSEWHERE.search(text, max(0, start - 12), start):
        return False
    m = _HERE_ONLY.match(text, end)
    return bool(m) and not _HERE_BUT.search(text, end, m.end() + 10)


# -- the entry point ---------------------------------------------------------------------------------------------


def corrected_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of batch 17's families (module doc) say the candidate ``text[start:end]`` is no claim?"""
    lo = max(0, start - 10)
    if (text.find("说", lo, start) != -1 or text.find("用", lo, start) != -1 or text.find("提", lo, start) != -1) and corrected(
        text, start, end
    ):
        return True
    if category not in _EFFECTS and text.find("没", lo, start) != -1 and saying_denied(text, start, end):
        return True
    if text.find("教", lo, start) != -1 or text.find("讲", lo, start) != -1 or text.find("告诉", lo, start) != -1:
        if not_taught(text, start, end):
            return True
    if category == "绝对化用语":
        return text[start:end] == "最" and own_trait(text, start, end)
    if category == "迷信":
        return pet_name(text, start, end)
    if category == "导流私下交易":
        return (
            (text.find("问", lo, end + 6) != -1 and (contact_refused(text, start, end) or here_only(text, start, end)))
            or platform_ranked(text, start, end)
            or price_unknown(text, start, end)
        )
    return False
