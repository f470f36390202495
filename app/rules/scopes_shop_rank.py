"""Context scope (round 142, batch 65's false alarms): the shop's own dated ranking read with its period.

本店2024年全年销量排第1的是雪松香薰蜡烛, 上周我们直播间成交第一的是这个陈皮白茶, 在我们店五月份的所有商品里 排第一 — the shop
(本店, 我们店, 我们直播间, 店里 …), then a period (2024年, 全年, 上周, 五月份 …) and a sales word (销量, 成交, 卖得) before the
ordinal, and the ordinal picks an item of its own (…的是, 所有商品里); never with an outside scope (全网, 全平台, 行业, 同类, 全国,
别家, 同行 …) anywhere in the sentence. Extends :mod:`app.rules.scopes_shoprecord` (at its size limit) for 排第一/第1/成交第一.
Gated on the ordinal and the shop word. Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

_SHOP = re.compile(r"(?:本店|小店|我们店|咱店|我们家店|我们直播间|咱直播间|店里|店铺)")
_PERIOD = re.compile(r"[0-9零一二两三四五六七八九十]+年|全年|今年|去年|上半年|下半年|上周|这周|本周|上个?月|这个?月|本月|"
                     r"[0-9一二三四五六七八九十]+月份?|季度|双十一|开业")
_SALES = re.compile(r"销量|成交|卖得|卖的|销售额|下单")
_OUTSIDE = re.compile(r"全网|全平台|平台上|行业|同类|全国|全省|全市|全城|别家|同行|抖音|淘宝|京东|市面|所有品牌|全球|世界")
_PICK_AFTER = re.compile(r" ?的 ?(?:是|就是)")
_OWN_ITEMS = re.compile(r"(?:所有|全部)(?:的)?(?:商品|产品|宝贝|单品|款)里")


def own_dated_rank(text: str, start: int, end: int) -> bool:
    shop = _SHOP.search(text, max(0, start - 30), start)
    if shop is None or _OUTSIDE.search(text) is not None:
        return False
    before = text[shop.end() : start]
    if _PERIOD.search(text, max(0, shop.start() - 8), start) is None:  # 上周我们直播间… / 本店2024年…
        return False
    if _OWN_ITEMS.search(before) is not None:
        return True
    return _SALES.search(before) is not None and _PICK_AFTER.match(text, end) is not None


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    return category == "绝对化用语" and "第" in text[start:end] and ("店" in text or "直播间" in text) and own_dated_rank(
        text, start, end)
