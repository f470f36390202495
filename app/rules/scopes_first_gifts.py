"""Round 133 (batch 62's false alarms): a first-N offer that is a quiz prize, or a gift whose stock or cut-off is told.

Called by :mod:`app.rules.matcher_resolve`; 虚假紧迫 candidates that begin with 前 (前{N}名, 前{N}单 …) only.

1. ``quiz_prize``: the first N viewers to answer a question right win a gift (前三名答对问题的送绘本, 前五位猜对价格的送杯子,
   前十个抢答正确的送书签) — a quiz, no pressure to buy; not when ordering is the condition (前三名下单答对的).
2. ``gift_total_told``: the first N orders get a gift and the gift's whole stock is that same N, told as a plain fact
   (前五十单送摇摇杯 赠品一共五十个; 前二十个下单的送礼袋 礼袋一共就印了二十个), with the price said to stay (价格不变) or no push to
   buy in the sentence — the count is real and checkable, not invented scarcity.
3. ``cutoff_told`` (round 136): the first N get a gift and the cut-off is told with the price unchanged (前100名送小样
   第101名开始没有小样 价格一样).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX

_QUIZ = re.compile(r"[^。！？!?]{0,4}?(?:答对|答出|猜对|猜中|抢答|回答正确|答题)")


def quiz_prize(text: str, start: int, end: int) -> bool:
    if text.find("答", end, end + 8) == -1 and text.find("猜", end, end + 8) == -1:
        return False
    m = _QUIZ.match(text, end)
    return m is not None and "下单" not in text[start : m.end()] and "拍" not in text[start : m.end()]


_FIRST_N = re.compile(rf"前({NUMBER_RX})")
_TOTAL = re.compile(rf"(?:一共|总共|总计|统共)(?:就|只)?(?:印了|做了|准备了|备了|给了|定了|订了|有|是)?({NUMBER_RX})(?:个|份|件|只|套|张|本|支|瓶|盒|袋)")
_PUSH = re.compile(r"赶紧|抓紧|赶快|快抢|快来|手慢|抢|错过|马上|快没|不多了|只剩|就剩|仅剩|再不|犹豫|先到先得|冲")
_PRICE_SAME = r"价格不变|价格一样|价格照旧|价不变|还是这个价|一样的价"
_PRICE_STAYS = re.compile(_PRICE_SAME + "|价格不受影响")


def gift_total_told(text: str, start: int, end: int) -> bool:
    if text.find("共", end, end + 40) == -1 and text.find("总计", end, end + 40) == -1:
        return False
    first = _FIRST_N.match(text, start)
    total = _TOTAL.search(text, end, end + 40)
    if first is None or total is None or first.group(1) != total.group(1):
        return False
    if text.find("送", end, total.start()) == -1 and text.find("赠", end, total.start()) == -1:
        return False
    tail = text[end : end + 60]
    return _PRICE_STAYS.search(tail) is not None or _PUSH.search(tail) is None


# Round 136: the cut-off told and the price unchanged (前100名送的小样是同系列 第101名开始没有小样 价格一样).
_CUTOFF = re.compile(r"第[0-9一二三四五六七八九十百千零两]+(?:名|单|位|个)(?:开始|起|以后|之后)(?:就)?(?:没有|不送|没)")
_PRICE_SAME_RX = re.compile(_PRICE_SAME)


def cutoff_told(text: str, start: int, end: int) -> bool:
    if text.find("送", end, end + 6) == -1:
        return False
    return _CUTOFF.search(text, end) is not None and _PRICE_SAME_RX.search(text, end) is not None


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the first-N candidate ``text[start:end]`` a quiz prize, a gift whose whole stock is told, or one whose
    cut-off is told with the price unchanged (module doc)?"""
    if category != "虚假紧迫" or text[start] != "前":
        return False
    return quiz_prize(text, start, end) or gift_total_told(text, start, end) or cutoff_told(text, start, end)
