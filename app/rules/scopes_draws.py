"""Context scope (round 142, batches 65–66's false alarms): a draw or a list read out, an empty bag weighed.

Text is normalised (commas gone, stutters collapsed). Each reader is gated on one cheap cue first.

1. **A draw or a list read out** (:func:`draw_read_out`): a first place among winners or ranked items — 第一名中奖的,
   你抽的第一名是…, 排第一的是尾号三七, 第1名"阿琳" 第2名"小橘子", 排第一的那个包鉴完了 那排第二的呢, 排第一的那个问题是… —
   the ordinal itself names the winner (followed by 中奖/中了/是尾号/a quoted name, or preceded by 抽的/抽中的). A draw merely mentioned beside a ranking claim (第一名中奖的是阿May 这个炸锅在同价位里
   也是第一名; 第一名的品质 第二名的价格) still fires.
2. **An empty bag weighed** (:func:`empty_bag_weighed`): 空包零点八公斤, 去年空包一点一公斤 — a schoolbag's weight without
   its load, not 空包 (fake parcels).
3. **A bare 最 that ranks no goods** (:func:`plain_most`): 最怕 (a weakness: 鉴定这行最怕…), 最容易 + a fault (最容易露馅的地方,
   最容易起球), 最 + a size word + 能到 + a measure (绑带最松能到六十五厘米), 最好就别/最好也别 (advice).
4. **A patient asking** (:func:`patient_asks`): 糖尿病的朋友问…, 哮喘的宝妈在问… — the illness names the asker.
6. **A viewer's screen name quoted** (:func:`screen_name`): 弹幕"最帅的小明"问…, 网名叫"第一美少女"的姐妹说… — the words
   are the viewer's name, read out before what they ask.
5. **Gifts for everyone** (:func:`gifts_for_all`): 前二十名送书皮 第二十一名开始送贴纸 人人有份 — no rush when all get one.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

_ABS = "绝对化用语"
_FIRST = re.compile(r"(排 ?)?第 ?[一1](名)?")
# the ordinal names the winner: 第一名中奖的, 第一名中了, 排第一的是尾号三七, 第1名"阿琳", 第一名是"豆包妈妈"
_WINNER_AFTER = re.compile(r" ?(?:中奖|中了|抽中|(?:的 ?)?是 ?(?:尾号|[\"“「@]))")
# …or is what was drawn: 你抽的第一名, 抽中的第一名, 系统抽出来的第一名
_DRAWN_BEFORE = re.compile(r"(?:抽|抽中|抽到|抽出|抽出来|中奖)的 ?$")
# 排第一的那个问题 / 排第一的弹幕: a viewer's question ranked, not the goods.
_TOP_QUESTION = re.compile(r" ?的(?:那个|那条)?(?:问题|弹幕|评论|留言)")
_NUM = "[0-9零〇一二两三四五六七八九十百点.]"
_BAG_WEIGHT = re.compile(r"(?:重|才|只有|就|大概|约)?" + _NUM + r"{1,6}(?:公斤|千克|斤|克|kg|g|KG)")


def _winner(text: str, start: int, end: int) -> bool:
    if text.startswith("“", end) or (text.startswith('"', end) and text.count('"', 0, start) % 2 == 0):
        return True  # 第1名"阿琳": a quote opens after the ordinal, not around it
    return (_WINNER_AFTER.match(text, end) is not None
            or _DRAWN_BEFORE.search(text, max(0, start - 6), start) is not None)


def draw_read_out(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    m = _FIRST.fullmatch(surface)
    if m is None:
        return False
    if _winner(text, start, end):
        return True
    if m.group(1) and _TOP_QUESTION.match(text, end) is not None:
        return True
    return False


def empty_bag_weighed(text: str, start: int, end: int) -> bool:
    return text[start:end] == "空包" and _BAG_WEIGHT.match(text, end) is not None


_FAULT = re.compile(r"容易(?:露馅|出错|出问题|坏|脏|掉色|起球|磨损|开线|开胶|漏|进水|生锈|发霉|受潮|变形|断|裂|烫|滑|摔|刮花|卡)")
_MEASURE = re.compile(
    r"[松紧宽窄短长大小高低细粗轻重薄厚深浅]能?(?:调|拉|放|收|开|伸|缩|做)?到" + _NUM + r"{1,6}"
    r"(?:厘米|公分|毫米|米|cm|mm|度|升|毫升|公斤|千克|斤|克|kg|分钟|小时|档|挡|瓦|码)"
)
_ADVICE = re.compile(r"(?:就|也)(?:别|不要|不用|少)")
_PATIENT = re.compile(r"(?:的)?(?:朋友|宝妈|宝宝|姐妹|家人|大姐|大哥|兄弟|老铁|网友|观众)(?:们)?$")
_ASKS = re.compile(r"(?:们)?(?:在|又|来|也)?问")
_ALL_GET = re.compile(r"人人?有份|人人?都有|每个人都有|都有份|人人?都送|每人都送")  # stutters collapse 人人


def plain_most(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    if surface == "最":
        return (text.startswith("怕", end) or _FAULT.match(text, end) is not None
                or _MEASURE.match(text, end) is not None)
    return surface == "最好" and _ADVICE.match(text, end) is not None


def patient_asks(text: str, start: int, end: int) -> bool:
    return _PATIENT.search(text, start, end) is not None and _ASKS.match(text, end) is not None


def gifts_for_all(text: str, start: int, end: int) -> bool:
    return text.startswith("前", start) and _ALL_GET.search(text, end, end + 40) is not None


_NAME_BEFORE = re.compile(r"(?:弹幕|网友|粉丝|观众|网名|昵称|ID|id)(?:叫|是|里)?[\"“「][^\"“”」]{0,8}$")
_NAME_AFTER = re.compile(r"[^\"“”」]{0,8}[\"”」](?:又|在|也)?(?:问|说|刷|留言)")


def screen_name(text: str, start: int, end: int) -> bool:
    return (_NAME_BEFORE.search(text, max(0, start - 14), start) is not None
            and _NAME_AFTER.match(text, end) is not None)


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    w = text[max(0, start - 10) : start]
    if ('"' in w or "“" in w or "「" in w) and screen_name(text, start, end):
        return True
    if category == _ABS:
        c = text[start]
        if c == "最":
            return plain_most(text, start, end)
        return "第" in text[start:end] and draw_read_out(text, start, end)
    if category == "医疗用语":
        return "问" in text[end : end + 3] and patient_asks(text, start, end)
    if category == "虚假紧迫":
        return "有" in text[end : end + 40] and gifts_for_all(text, start, end)
    if category == "数据造假":
        return "空包" in text[start:end] and empty_bag_weighed(text, start, end)
    return False
