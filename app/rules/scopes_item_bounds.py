"""Round 133 (batch 62's false alarms): a superlative that asks an item's own measure or states an age bound.

Called by :mod:`app.rules.matcher_resolve` after :mod:`app.rules.scopes_viewer_words`; 绝对化用语 only, bare 最 + one
adjective of size. Read over the normalised sentence (commas removed).

1. ``measure_asked``: 最 + a size adjective + (的地方|的部位 …) + (有)多 + a size adjective: a question about one item's
   own measure (这块翡翠最厚的地方多厚, 这根线最长能拉多长, 箱子最宽的位置有多宽) — nothing is ranked.
2. ``age_bound``: 最小|最大 + (的)(宝宝|孩子 …) + (也得|要|得 …) + a number of years or months (最小的宝宝也得三岁, 最大适合十二岁的
   孩子 is not this: the figure must follow the bound) — the age range printed on the box.

Never with an outside scope (全网, 行业, 同类 …) before the 最.
Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.patterns import NUMBER_RX

_SIZE = "厚薄宽窄长短高矮粗细深浅重轻大小远近"
_ASKED = re.compile(
    rf"最[{_SIZE}](?:的(?:地方|部位|位置|那块|那头|那边|一块|一处|一段)|处)?(?:能|可以)?(?:有|是|到|拉到|做到)?多[{_SIZE}少]"
)
_AGE = re.compile(
    rf"最[小大](?:的)?(?:宝宝|宝|孩子|小孩|小朋友|娃|年龄|读者)?(?:也|都)?(?:得|要|需要|要满|得满|满|是|适合)?{NUMBER_RX}(?:周岁|岁|个月)"
)
_OUTSIDE = re.compile(r"全网|全国|全球|世界|行业|业界|同类|同行|市面|史上|所有|别家|其他|品牌里|平台")


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the candidate ``text[start:end]`` (绝对化用语) an item's own measure asked or an age bound (module doc)?"""
    if category != "绝对化用语" or text[start] != "最" or end - start > 2:
        return False
    nxt = text[start + 1 : start + 2]
    if not nxt or nxt not in _SIZE:
        return False
    if _OUTSIDE.search(text, max(0, start - 10), start) is not None:
        return False
    if text.find("多", start + 2, start + 10) != -1 and _ASKED.match(text, start) is not None:
        return True
    return nxt in "小大" and _AGE.match(text, start) is not None
