"""Context scopes: a 第一 that is a draw's result, a name, a setting or a range — not a ranking (round 114, F9–F15).

:func:`app.rules.scopes_ordinals.ordinal_said` calls :func:`ordinal_named` for 绝对化用语. Text is normalised (commas gone,
stutters collapsed). Each reading is gated by the characters around the candidate:

1. **A draw's result** (F10): the first place followed by the winner (排名第一的中奖者, 第一的获奖观众) or read off a draw's
   board (抽奖榜上第一的是"阿飞", 中奖名单里排第一的) — never with a sales or product ranking word right before (销量排名第一的获奖产品 fires).
2. **A person's name** (F13): a common surname glued to 第一 after 叫 (真名就叫王第一, 我同学叫李第一) — a name, not a rank.
3. **A numbered facility** (F12): 第一 + 仓/工业区/码头/车间/食堂 … (第一仓发货, 第一工业区旁边) — a place's number.
4. **A setting** (F11): 第一档/第1挡 of a machine (not 第一档次, a class of goods), and a bare 最 right after a numbered setting
   (第五档最硬, 第一档最细 — the range of one product's settings).
5. **A range of buyers** (F10): 第一到第一百名, 第一至第五十名 — the order of buyers getting a gift — unless a ranking word stands
   before (销量从第一到第十都是我们家的 fires).
6. **Round 116 (F10): the first grabber, places of a draw listed**: 抢到|抢了|拍到 + 第一名 + (的) + a viewer (抢到第一名的那个宝宝手速太快了),
   and 第一名 + 第二名 in a sentence naming a draw or its tool (抽奖|福袋|系统|工具|开奖 — 第一名第二名都是系统出来的) — never with a
   ranking word before.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

_WINNER_AFTER = re.compile(r"(?:的|位|名)?(?:中奖者|中奖的|中奖观众|中奖宝|获奖者|获奖观众|幸运观众|幸运儿|幸运粉丝|得主)")

_DRAW_BOARD_BEFORE = re.compile(
    r"(?:抽奖|中奖|获奖|开奖|幸运)(?:榜|榜单|名单|结果|排行)(?:上|里|里面|中)?(?:排名|排在|排)?(?:的)?$"
)

# scopes_ordinals.RANKING_WORDS without 排名/排行/榜 (the draw board and the hit itself say those)
_RANKED_BEFORE = re.compile(r"(?:销量|卖|全网|全国|行业|同类|品牌|口碑|好评|评为|荣获)[^，。！？]{0,3}(?:排名|排在|排)?$")

_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐韩曹许邓萧冯曾程蔡彭潘袁于董余苏叶吕魏蒋田杜丁沈姜范江傅钟卢汪"
    "戴崔任陆廖姚方金邱夏谭韦贾邹石熊孟秦阎薛侯雷白龙段郝孔邵史毛常万顾赖武康贺严尹钱施牛洪龚"
)
_NAMED_BEFORE = re.compile(rf"(?:叫|名叫|叫做|名字是)[{_SURNAMES}]$")

_FACILITY_AFTER = re.compile(
    r"(?:号)?(?:仓|分仓|仓库|工业区|工业园|产业园|码头|车间|食堂|分拣中心|转运中心|中转站|站台|候车室|教学楼|宿舍楼|生产队|网格)"
)

_SETTING_AFTER = re.compile(r"[档挡](?!次)")
_SETTING_BEFORE = re.compile(r"第(?:[一二三四五六七八九十]|\d{1,2})[档挡](?:的|是|就是)?$")

_RANGE_AFTER = re.compile(r"(?:名)?(?:到|至|~|-)第?(?:[一二三四五六七八九十百千]+|\d+)(?:名|位|个)")


_GRABBED_BEFORE = re.compile(r"(?:抢到|抢了|抢中|拍到|拍中|抢)(?:的)?$")
_VIEWER_AFTER = re.compile(r"(?:的)?(?:那个|那位|这个|这位|那)?(?:宝宝|宝|家人|姐妹|兄弟|朋友|观众|粉丝|老铁|人)")
_NEXT_PLACE_AFTER = re.compile(r"(?:和|跟|、)?第(?:二|2)名")
_DRAW_TOOL = re.compile(r"抽奖|福袋|开奖|系统|工具|抽的|抽出")


def ordinal_named(text: str, start: int, end: int) -> bool:
    """Is the 第一 (or bare 最) at ``text[start:end]`` a draw's result, a name, a facility, a setting or a buyers' range?"""
    surface = text[start:end]
    lo = max(0, start - 10)
    if surface == "最":
        return bool(_SETTING_BEFORE.search(text, max(0, start - 6), start))
    if not surface.endswith(("第一", "第一名", "第1", "第1名")):
        return False
    ranked = _RANKED_BEFORE.search(text, lo, start) is not None
    if _WINNER_AFTER.match(text, end) and not ranked:
        return True
    if _DRAW_BOARD_BEFORE.search(text, lo, start):
        return True
    if surface.endswith("名") and not ranked:
        if _GRABBED_BEFORE.search(text, max(0, start - 3), start) and _VIEWER_AFTER.match(text, end):
            return True  # round 116: 抢到第一名的那个宝宝
        if _NEXT_PLACE_AFTER.match(text, end) and _DRAW_TOOL.search(text, max(0, start - 30), end + 30):
            return True  # round 116: 抽奖…第一名第二名都是系统出来的
    if surface in ("第一", "第1"):
        if _NAMED_BEFORE.search(text, max(0, start - 4), start):
            return True
        if _FACILITY_AFTER.match(text, end) or _SETTING_AFTER.match(text, end):
            return True
    return _RANGE_AFTER.match(text, end) is not None and not ranked
