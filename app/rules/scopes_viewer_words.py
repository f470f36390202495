"""Round 133 (batches 61–62's false alarms): a viewer's typed words removed or refused, a word called unlawful.

Called by :mod:`app.rules.matcher_resolve` after :mod:`app.rules.scopes_warned`. Read over the normalised sentence
(commas and spaces removed, quotes kept). Each reading checks a one-character cue after the word first:

1. ``comment_removed``: a viewer's comment or typing that carries the word is deleted or its sender muted (那个说"戴翡翠
   能辟邪"的弹幕我给你删了, 谁再刷喝了不长肉我就禁言了, 公屏上打包治百病的我都拉黑了) — the host repeats it to remove it.
2. ``word_refused``: the word named and refused as a word (是不是TOP1品牌 这词我们不用, 国家级这个词咱不说), or a viewer's typed
   word the host will not read out (你们打"绝绝子最强"我不念, 公屏刷"第一"的我不读).
3. ``called_unlawful``: the word quoted and called unlawful ("天下第一好"就犯法了, 说"最好"是违规的).
4. ``name_said``: a viewer's name introduced in quotes (ID叫"宇宙第一美", 网名叫"全网最美"), there or said again bare later
   (宇宙第一美问这个手串多重) — still a name.
5. ``request_refused`` (导流私下交易): a viewer's request to add the host's contact, refused right after (弹幕说让我加个微信
   家人们真的不行 平台不允许, 评论区叫我留电话 不可以哈) — not when a contact or an invitation follows.

Never when the host says the word again as a claim after the turn (但, 反正 …: :data:`TURN_BACK`).
Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

# Who typed it, before the word: a viewer's comment or typing (弹幕, 评论, 刷, 打 …).
_TYPED_BEFORE = re.compile(r"(?:弹幕|评论|公屏|留言|刷|打|发|说)[^。！？!?]{0,10}$")
# After the word: that comment removed, its sender muted or blocked.
_REMOVED_AFTER = re.compile(
    r"[^。！？!?]{0,4}?[”\"」』’']?(?:的|那条|这条)?(?:弹幕|评论|留言|话)?(?:我|我们|房管|场控|管理|助理)?"
    r"(?:都|就|已经|马上|直接|先)?(?:给你|给他|给她|给)?(?:删了|删掉|删除|禁言|拉黑|踢出|踢了|封了|屏蔽)"
)
_REMOVE_CUE = re.compile(r"删|禁言|拉黑|踢|屏蔽|封了")


def comment_removed(text: str, start: int, end: int) -> bool:
    if _REMOVE_CUE.search(text, end, end + 18) is None:
        return False
    if _TYPED_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    m = _REMOVED_AFTER.match(text, end)
    return m is not None and TURN_BACK.search(text, m.end(), m.end() + 30) is None


# The word named as a word and refused: 这词我们不用, 这个词咱不说, 这几个字我们不讲.
_REFUSED_AFTER = re.compile(
    r"[^。！？!?]{0,4}?[”\"」』’']?(?:这个?词儿?|这种词|这类词|这几个字|这两个字|这四个字|这个说法|这种说法)"
    r"(?:我们|咱们|咱|我)?(?:都|从来|一般|可)?(?:不用|不说|不讲|不能用|不能说|不让说|不让用|不敢说|不敢用|不提)"
    r"|[\u4e00-\u9fff]{0,3}[”\"」』’'](?:的)?(?:我|主播|我们)(?:就|可|是)?(?:不念|不读|不跟着念|不跟着说|不帮你念|不会念)"
)


_REFUSE_CUE = re.compile(r"词|字|说法|不")


def word_refused(text: str, start: int, end: int) -> bool:
    if _REFUSE_CUE.search(text, end, end + 10) is None:
        return False
    m = _REFUSED_AFTER.match(text, end)
    return m is not None and TURN_BACK.search(text, m.end(), m.end() + 30) is None


_UNLAWFUL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}[”\"」』’'](?:这种|这个|这话)?(?:就|都|也|那就)?(?:是|算)?(?:犯法|违法|违规|违禁|违反广告法)")
_QUOTE_BEFORE = re.compile(r"[“\"「『‘'][\u4e00-\u9fff]{0,4}$")


_UNLAWFUL_CUE = re.compile(r"违|犯法")


def called_unlawful(text: str, start: int, end: int) -> bool:
    if _UNLAWFUL_CUE.search(text, end, end + 12) is None:
        return False
    return _QUOTE_BEFORE.search(text, max(0, start - 5), start) is not None and _UNLAWFUL_AFTER.match(text, end) is not None


# A viewer's name introduced in quotes (ID叫"宇宙第一美", 网名叫"全网最美") and said again bare later (宇宙第一美问尺码).
_NAMED_QUOTE = re.compile(r"(?:网名|昵称|ID|id|用户名|账号)(?:是|叫|叫做)?[“\"「『‘']([^”\"」』’'。！？!?]{1,10})[”\"」』’']")
# 名副其实就是天下第一: the name said again as borne out by the goods is the claim.
_BORNE_OUT = re.compile(r"名副其实|就是|确实|真的|果然|全网|全国|行业")
_NAME_REACH = 60  # characters before the word where the name may have been introduced
_QUOTE_CUE = re.compile(r"[“\"「『‘]")


def name_said(text: str, start: int, end: int) -> bool:
    lo = max(0, start - _NAME_REACH)
    if _QUOTE_CUE.search(text, lo, end) is None:
        return False
    for m in _NAMED_QUOTE.finditer(text, lo, end + 10):
        name = m.group(1)
        at = text.find(name, m.start(1), end + len(name))
        while at != -1 and at <= start:
            if at + len(name) >= end:
                return at == m.start(1) or _BORNE_OUT.search(text, max(m.end(), at - 6), at) is None
            at = text.find(name, at + 1, end + len(name))
    return False


_ASKED_BY_VIEWER = re.compile(r"(?:弹幕|评论区?|公屏|有人|观众|粉丝|宝宝?|家人|网友)(?:里|上)?(?:有人)?(?:说|问|喊|叫|让|要|刷)")
_REFUSED = re.compile(r"[^。！？!?]{0,10}?(?:不行|不可以|不能加|不加|不给|不允许|不让|没办法|加不了|不支持)")
_CONTACT_GIVEN = re.compile(r"加我|找我|联系我|私聊我|私信我|微信号|vx|v信|[0-9]{5}")


def request_refused(text: str, start: int, end: int, category: str) -> bool:
    if category != "导流私下交易" or text.find("不", end, end + 12) == -1 and text.find("没办法", end, end + 12) == -1:
        return False
    ask = _ASKED_BY_VIEWER.search(text, max(0, start - 9), end)  # the ask before the word or inside its form
    if ask is None or text.find("我", ask.end(), start) == -1 and ask.end() < start - 3:
        return False
    m = _REFUSED.match(text, end)
    return m is not None and _CONTACT_GIVEN.search(text, end, m.end() + 20) is None and TURN_BACK.search(text, end, m.end() + 20) is None


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate ``text[start:end]`` a viewer's word removed, a word refused or called unlawful (module doc)?"""
    return (comment_removed(text, start, end) or word_refused(text, start, end) or called_unlawful(text, start, end)
            or name_said(text, start, end) or request_refused(text, start, end, category))
