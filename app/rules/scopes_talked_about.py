"""Round 122 (batch 56B's rules-alone false alarms, families F9, F10, F13, F15): words talked about, not said.

Called by :mod:`app.rules.matcher_resolve` after :func:`app.rules.scopes.not_a_claim` (``scopes.py`` and the big
readers are at the module size limit). Each reading is a family, read by cues over the (normalised) sentence — commas
are removed by normalisation, so no reading leans on them:

1. ``reported_denied`` (F9): someone else's word — a viewer or the chat said, typed, asked or spammed it (有人在弹幕里说,
   有家人在公屏说, 有人问…是不是, 这么多人刷) — and the host denies it right after (这个不对, 不能这么讲, 没有X啊, 我们不跟
   全网比, 没开光, 不讲这个). 有人问是不是全网最低价 是的 / 没有比这更低的了 keep the hit.
2. ``word_reproached`` (F9): the word marked as a word (quoted, or followed by 字 / 三个字 / 这个词) and the speaker told
   off for it (谁教你说的, 念也别念, 又想说, 别说, 不许说). A quoted claim with no reproach still fires.
3. ``promise_declined`` (F9): 不承诺|不保证|不搞|不玩 + 什么|啥|那种 right before the word (不承诺什么无效退款).
4. ``name_only`` (F15): the word inside a brand, trademark or flavour name said to be only a name (牌子名, 商标, 口味名,
   …名而已, 不是说它有多) or said to be unrelated (跟宫廷御用没关系). 系列名不白叫 / 名副其实 / 因为我们就是 keep the hit.
5. ``setting_or_row`` (F13): a row of a chart (第一行 …) and a setting's end (最热的水 拧到顶, 最大水量那一档, min是最小的).
6. ``echo_refused`` (F13): a viewer's question echoed and waved off (…是最顶级的吗? 什么最顶级 它是W240规格的).
7. ``viewer_board`` (F10): a prize's winner or a viewers' board (第一名是弹幕里那个…恭喜, 点赞排行第一的是青岛那位家人)
   and a first-N gift checked in the back end with no urgency (前三名付款的送 后台按时间排; 你是第八个 前十名有赠品).

Every reading stops at a turn back (:data:`app.rules.scopes_answers.TURN_BACK`) after the word. Pure functions over
module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

# round 123: 在所有按摩椅里是最强的 — every product of a kind, not the item's own settings (所有档位里, 所有颜色中 stay own)
_OUTSIDE = re.compile(
    r"全网|全国|全世界|全球|全行业|市面|同类|同价位|行业|业内|没有之一|别家|同行"
    r"|所有(?!的?(?:档|挡|模式|颜色|色|尺码|码|口味|款式|型号|规格|功能))[\u4e00-\u9fff]{1,6}?(?:里|中|当中)"
)

# 1. someone else's word, denied by the host
_REPORTER = re.compile(
    r"(?:有人|有家人|有宝宝|有姐妹|有朋友|有老铁|有粉丝|好多人|这么多人|很多人|弹幕|公屏|评论区|网友)"
    r"[^?!。]{0,8}?(?:说|刷|问|打|写|讲|喊)"
)
_HOST_DENIES = re.compile(
    r"(?:这个|这)?不对|不能这么(?:讲|说)|不是这样|没这回事|瞎说|乱说|别信|"
    r"我们不(?:跟|和|讲|说|比|这么)|没有这(?:个|种)?说法|没这个说法|没开|不讲这个|不聊这个|不存在"
)
_AFFIRMED = re.compile(r"是的|对的|没错|就是|确实|当然是|真的是|没有比|没有哪|没有更")


def reported_denied(text: str, start: int, end: int) -> bool:
    if _REPORTER.search(text[max(0, start - 16) : start]) is None:
        return False
    tail = text[end : end + 24]
    if text[max(0, start - 2) : start] == "没有" and text.find(text[start:end], 0, start - 2) != -1:
        return TURN_BACK.search(tail) is None  # the host's denial itself: 刷祖传秘方 没有秘方啊
    deny = _HOST_DENIES.search(tail)
    at = deny.start() if deny is not None else tail.find("没有" + text[max(start, end - 2) : end])  # 没有秘方啊
    if at == -1:
        return False
    return _AFFIRMED.search(tail[:at]) is None and TURN_BACK.search(tail) is None


# 2. the word marked as a word and the speaker told off for it
_MARKED_AFTER = re.compile(r'^["”」』’]?(?:字|[一两二三四五六七八九俩仨]个字|这个词|这个字|这几个字)')
_REPROACH = re.compile(r"谁教你|谁让你|念也别念|别念|又想说|又要说|别说|不许说|不准说|少说|不要说|别乱说")


def word_reproached(text: str, start: int, end: int) -> bool:
    if _MARKED_AFTER.match(text[end : end + 6]) is None:
        return False
    return _REPROACH.search(text, max(0, start - 12), min(len(text), end + 24)) is not None and (
        TURN_BACK.search(text, end, end + 30) is None
    )


# 3. a promise declined
_PROMISE_TURN = re.compile(r"但|不过|可是|然而|反正|肯定|保证|照样|其实")
_DECLINED_BEFORE = re.compile(r"(?:不承诺|不保证|不搞|不玩|不做|不给)(?:什么|啥|那种|这种)$")


def promise_declined(text: str, start: int, end: int) -> bool:
    return _DECLINED_BEFORE.search(text[max(0, start - 8) : start]) is not None and (
        _PROMISE_TURN.search(text, end, end + 30) is None  # not TURN_BACK: its 退|赔 are the plain refund here
    )


# 4. a name, or the word said to be unrelated
_NAME_CUE = re.compile(r"牌子名|品牌名|商标|口味名|名字|款名|型号名|店名|系列名|花名|色号")
_ONLY_NAME = re.compile(r"名而已|名字而已|就叫这个|只是个名|只是名字|不是说它有多|就是个名|口味名")
_NAME_CLAIMED = re.compile(r"不白叫|名副其实|名不虚传|因为我们就是|就是最|当之无愧|配得上")
_UNRELATED = re.compile(r"^(?:没|没有)(?:啥|什么|任何)?关系")


def name_only(text: str, start: int, end: int) -> bool:
    rest = text[:start] + "|" + text[end:]  # the cues are read outside the word (驰名商标 is the claim itself)
    if _NAME_CLAIMED.search(rest) is not None:
        return False
    if _NAME_CUE.search(rest) is not None and _ONLY_NAME.search(rest) is not None:
        return True
    head = text[max(0, start - 6) : start]
    return ("跟" in head or "和" in head) and _UNRELATED.match(text[end : end + 6]) is not None


# 5. a chart's row, a setting's end
_ROW_AFTER = re.compile(r"^(?:行|列|栏|页|格)")
_SETTING = re.compile(r"那一?档|这一?档|拧到|调到|开到|转到|旋钮|刻度|max|min|调温")


def setting_or_row(text: str, start: int, end: int) -> bool:
    word = text[start:end]  # the word's own cues first: the whole-sentence scope search only when they hold
    if word == "第一" and _ROW_AFTER.match(text[end : end + 2]):
        return _OUTSIDE.search(text) is None
    if not word.startswith("最"):
        return False
    return _SETTING.search(text, max(0, start - 10), min(len(text), end + 10)) is not None and _OUTSIDE.search(text) is None


# 6. a viewer's question echoed and waved off
def echo_refused(text: str, start: int, end: int) -> bool:
    core = text[start:end].rstrip("的")
    if len(core) < 2 or "什么" + core not in text:  # the echo needs the words themselves: no regex built otherwise
        return False
    echo = re.search("什么" + re.escape(core) + r"(?!的)", text)
    if echo is None or "?" not in text[: echo.start()] and "吗" not in text[: echo.start()]:
        return False
    return re.search(r"(?:就是|确实|当然)(?:是)?" + re.escape(core), text[echo.end() :]) is None


# 7. a prize's winner, a viewers' board, a first-N gift checked in the back end
_PRIZE = re.compile(r"中奖|中啥奖|恭喜|领奖|抽中|奖品|福袋")
_VIEWER_ACTIVITY = re.compile(r"点赞|打赏|礼物|粉丝团|亲密度|榜|留言|评论数")
_PERSON_AFTER = re.compile(r"的?是[^?]{0,8}?(?:那位|家人|宝宝|姐妹|兄弟|老铁|朋友|粉丝|弹幕里)|应该给")
_GOODS_RANKED = re.compile(r"销量|卖得|全网|品牌|产品|这款|质量|品质|同类|全国")
_BACKEND = re.compile(r"后台|按时间排|按付款时间|你是第|第几个")
_URGENT = re.compile(r"赶紧|抢|手慢|马上|抓紧|只剩|没了|错过|排队|秒没|手速|冲|快|价|恢复|涨|截止")


def viewer_board(text: str, start: int, end: int, category: str) -> bool:
    word = text[start:end]
    if category == "虚假紧迫":
        return word.startswith("前") and _BACKEND.search(text) is not None and _URGENT.search(text) is None
    if "第一" not in word or _GOODS_RANKED.search(text) is not None:
        return False
    tail = text[end : end + 16]
    if _PRIZE.search(text) is not None and _PERSON_AFTER.match(tail) is not None:
        return True
    return _VIEWER_ACTIVITY.search(text, max(0, start - 8), start) is not None and (
        _PERSON_AFTER.match(tail) is not None
    )


_MENTION_CATEGORIES = frozenset({"绝对化用语", "医疗用语", "迷信", "功效夸大", "价格违规", "权威背书"})


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is ``text[start:end]`` a word talked about, a name, a setting or a viewers' rank rather than a claim?"""
    if category in _MENTION_CATEGORIES and (
        reported_denied(text, start, end) or word_reproached(text, start, end) or promise_declined(text, start, end)
    ):
        return True
    if category in ("绝对化用语", "权威背书") and name_only(text, start, end):
        return True
    if category == "绝对化用语" and (setting_or_row(text, start, end) or echo_refused(text, start, end)):
        return True
    return category in ("绝对化用语", "虚假紧迫") and viewer_board(text, start, end, category)
