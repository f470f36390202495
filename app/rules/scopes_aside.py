"""Context scopes: a word said aside — banned a moment later, a co-host's slip stopped, a draw's places, a gift's quota
kept by the shop (batch 54's false alarms, round 118, families F9 and F10).

:func:`app.rules.scopes_replies.mentioned` calls :func:`aside_said` (one of its ``_FAMILIES``). Text is normalised
(commas and spaces gone, ？ is ``?``). Each reading is gated by a character test or a category first.

1. **The same word banned right after** (:func:`_banned_again`, any category): the surface comes again within the
   sentence's reach, followed by its ban (全国第一不能说, 国家级是违禁词) — 嘎嘎好可以说 全国第一不能说 makes the first
   全国第一 a word talked about, not a claim. Not when the first is asserted of the goods (这款就是全国第一), and not when
   the sentence turns back after the ban (但, 反正…是, 你懂的 — ``scopes_answers.TURN_BACK``).
5. **Asked to say it, refused; the chat line removed** (:func:`_asked_refused`, any category): 有人让我喊全网最低价…咱不喊,
   让我说这茶是"皇家御用"…这种话咱不整; 那个喊加微信领福利的弹幕我已经删了.
2. **A co-host's wish to say it, stopped** (:func:`_wish_stopped`, any category): 老想|总想|非要|想 (在…后面) (再) 加|说|喊
   一句 + the word, then 拦住|拦下|按住|打住|没让|不让|制止 within the sentence (主播B老想再加一句全国第一 我给她拦住了).
3. **A draw's places** (:func:`_draw_place`, 绝对化用语 / 虚假紧迫): 排第一的是谁, 抢到前三名的宝宝…福袋奖品是, 倒计时五分钟结束
   随机抽 — a sentence about a 福袋/抽奖/开奖/中奖/奖品/随机抽, with no push to buy (赶紧, 手慢, 只剩, 最后, 再不 …).
4. **A gift's quota kept by the shop** (:func:`_gift_quota`, 虚假紧迫, a 前N hit): the gift (赠品, 送) and a check on the
   count — the backend numbers every order (后台每一单都有编号, 后台第201单开始就没有了), the stock set aside (仓库就备了五十双),
   the page changed automatically when it runs out (送完后台会自动把赠品说明改掉), N单以后就不送了 — with no push to buy.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK
from app.rules.scopes_text import SENTENCE_END, _sentence

_END = SENTENCE_END
_REACH = 40  # how far after the word its repeat or the stop may stand

# -- 1. the same word banned right after --------------------------------------------------------------------------------

_BAN_AFTER = re.compile(
    r"(?:这个词|这俩字|两个字|这几个字|这个字)?(?:是|也|都|就|可|可就|绝对|千万|坚决)*"
    r"(?:不能说|不能讲|不能喊|不能用|不让说|不让讲|不让喊|不许说|不准说|说不得|讲不得|禁用|禁止说|"
    r"(?:是|算|属于)(?:违禁|违规|极限|敏感|禁用)词?|违禁词|极限词)"
)
_ASSERTED_BEFORE = re.compile(r"(?:就是|绝对是|妥妥的|真是|确实是|那是|就系|系)$")


def _banned_again(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    if len(surface) < 2 or _ASSERTED_BEFORE.search(text, max(0, start - 3), start):
        return False
    at = text.find(surface, end, end + _REACH)
    if at == -1:
        return False
    ban = _BAN_AFTER.match(text, at + len(surface))
    if not ban:
        return False
    hi = len(text)
    for stop in _END:
        j = text.find(stop, ban.end())
        if j != -1:
            hi = min(hi, j)
    return TURN_BACK.search(text, ban.end(), hi) is None and TURN_BACK.search(text, end, at) is None


# -- 2. a co-host's wish to say it, stopped ------------------------------------------------------------------------------

_WISH_BEFORE = re.compile(
    r"(?:老|总|总是|一直|非|非要|还|又)?想(?:要)?(?:在[^。！？!?；;\n]{1,8}?(?:后面|后头|前面|里|上))?(?:再|多)?"
    r"(?:加|说|喊|补|来|讲)(?:上)?(?:一句|一个|个|句)?[“「『‘\"']?$"
)
_STOPPED_AFTER = re.compile(r"拦住|拦下|拦了|按住|打住|没让|不让|制止|给拦|捂住|掐了|叫停")


def _wish_stopped(text: str, start: int, end: int) -> bool:
    if not _WISH_BEFORE.search(text, max(0, start - 18), start):
        return False
    return _STOPPED_AFTER.search(text, end, end + _REACH) is not None and TURN_BACK.search(text, end, end + _REACH) is None


# -- 5. asked to say it, refused; the chat line removed --------------------------------------------------------------------

_ASKED_BEFORE = re.compile(r"(?:让|叫|要|喊)(?:我|主播|咱)(?:说|喊|讲|念|写)[^。！？!?；;\n]{0,6}?[“「『‘\"']?$")
_REFUSED_AFTER = re.compile(
    r"(?:咱|我|我们|咱们|俺)(?:就|也|可|今天|坚决)?(?:不|不能|没法|不会)(?:喊|说|讲|整|念|这么说|这么讲)"
    r"|这种话[^。！？!?；;\n]{0,3}?(?:不|没|别)|(?:说|喊|讲)不了"
)
_CHAT_LINE_BEFORE = re.compile(r"(?:那个|那条|有个|有条|这个|这条)(?:一直|老)?(?:喊|刷|发|打|写)[^。！？!?；;\n说讲是]{0,2}$")
_CHAT_REMOVED_AFTER = re.compile(r"[^。！？!?；;\n]{0,8}?弹幕[^。！？!?；;\n]{0,4}?(?:删了|删掉|删除|屏蔽|拉黑|踢了|踢出)")


def _asked_refused(text: str, start: int, end: int) -> bool:
    if _ASKED_BEFORE.search(text, max(0, start - 14), start):
        return _REFUSED_AFTER.search(text, end, end + _REACH) is not None and TURN_BACK.search(text, end, end + _REACH) is None
    return bool(_CHAT_LINE_BEFORE.search(text, max(0, start - 6), start) and _CHAT_REMOVED_AFTER.match(text, end))


# -- 3. a draw's places / 4. a gift's quota --------------------------------------------------------------------------------

_DRAW = re.compile(r"福袋|抽奖|开奖|中奖|奖品|随机抽|抽中|抽到|幸运")
_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快来|手慢|(?<!谁)抢(?!到)|错过|快没|不多了|只剩|就剩|仅剩|最后|再不|犹豫|先到先得|涨价|恢复原价|下架|限量|就冇|就没|这辈子|只有")
# a draw's first place is a person: 排第一的是谁 / 排第一的是刚才问鞋码那个宝妈 / 抽到第一名的宝宝
_WINNER_AFTER = re.compile(r"(?:的|那个|那位)(?:是谁|是哪|是刚|是那|是这|是[0-9a-zA-Z]|宝宝|宝|姐妹|家人|朋友|那位|那个|是)")
_WINNER_BEFORE = re.compile(r"(?:抽到|抽中|抢到|中了|中奖的?)$")
_RANKED = re.compile(r"销量|全网|全国|行业|卖得|品牌|口碑|好评|榜")
# a draw's first N are winners (前三名中签的宝宝, 抢到前三名的宝宝…福袋奖品), a countdown ends in the draw (倒计时五分钟结束随机抽)
_PLACES_AFTER = re.compile(r"(?:中签|中奖|抽中)?(?:的)?(?:宝宝|宝|姐妹|家人|朋友|兄弟|老铁|粉丝|那几位|几位)")
_DRAWN_AFTER = re.compile(r"[^。！？!?；;\n]{0,3}?(?:结束|之后|以后|后|一到)[^。！？!?；;\n]{0,4}?(?:抽|开奖|开福袋)")
# the gift's own end is told plainly (第201单开始就没有了), so 就没 is no push there
_GIFT_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快来|手慢|(?<!谁)抢(?!到)|错过|快没|不多了|只剩|就剩|仅剩|最后|再不|犹豫|先到先得|涨价|恢复原价")
_GIFT = re.compile(r"赠品|送|赠")
_QUOTA_KEPT = re.compile(
    r"后台[^。！？!?；;\n]{0,6}?(?:编号|自动|第[0-9一二三四五六七八九十两百千]+单)|(?:仓库|库里|厂家)[^。！？!?；;\n]{0,3}?备了"
    r"|[0-9一二三四五六七八九十两百千]+(?:单|名|份)(?:以后|之后|往后)(?:就)?(?:不送|没有赠品|没赠品|不赠)"
    r"|第[0-9一二三四五六七八九十两百千]+单(?:开始|起)"
    r"|(?:送完|发完)[^。！？!?；;\n]{0,10}?(?:改掉|改了|撤掉|下掉|更新)"
)


def _draw_place(text: str, start: int, end: int) -> bool:
    sentence, _ = _sentence(text, start, end)
    near = text[max(0, start - _REACH) : end + 2 * _REACH]  # a host's question and the co-host's answer (排第一的是谁？…福袋)
    return _DRAW.search(near) is not None and _PUSH.search(sentence) is None and _RANKED.search(sentence) is None


def _gift_quota(text: str, start: int, end: int) -> bool:
    sentence, _ = _sentence(text, start, end)
    if text.find("前", start, end) == -1 or _GIFT.search(sentence) is None:
        return False
    return _QUOTA_KEPT.search(sentence) is not None and _GIFT_PUSH.search(sentence) is None


def aside_said(text: str, start: int, end: int, category: str) -> bool:
    """Does one of this module's readings (module doc) say the candidate ``text[start:end]`` is no claim?"""
    if _banned_again(text, start, end) or _wish_stopped(text, start, end) or _asked_refused(text, start, end):
        return True
    if category == "绝对化用语":
        return (_WINNER_AFTER.match(text, end) or _WINNER_BEFORE.search(text, max(0, start - 3), start)) is not None and (
            _draw_place(text, start, end)
        )
    if category == "虚假紧迫":
        surface = text[start:end]
        drawn = ("前" in surface and _PLACES_AFTER.match(text, end) is not None) or (
            "倒计时" in surface and _DRAWN_AFTER.match(text, end) is not None
        )
        return (drawn and _draw_place(text, start, end)) or _gift_quota(text, start, end)
    return False
