"""Context scopes: a pack size sold, not a price (round 132).

:func:`app.rules.scopes_measures.measure_said` calls :func:`quantity_sold` for 价格违规. A 卖 + number hit (外面卖{N},
{卖场}卖{N}: 超市卖三十八, 药店卖三百多) whose number is followed right away by a measure word of goods (超市卖一斤装的,
药店卖两盒装的, 外面卖一瓶一瓶的; a one-character count) names what is sold, not a price to compare — 块/元/钱/多 after the number keep the hit.
Cheap: two characters looked up.
"""

from __future__ import annotations

# Measure words of goods (not money: 块 元 钱 毛 角 are absent; nor 两, which is also a number).
_GOODS_UNITS = frozenset("斤克盒瓶袋包支罐箱件套片粒装个只条双桶提听杯贴颗卷")


def quantity_sold(text: str, start: int, end: int) -> bool:
    """Is the 卖 + number hit ``text[start:end]`` followed by a goods measure word (超市卖一斤装的)?"""
    return end < len(text) and text[end] in _GOODS_UNITS and text[end - 2] == "卖"  # one-character count: 卖一斤, not 卖三十八一斤
