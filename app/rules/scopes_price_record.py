"""Round 133 (batch 62's false alarms): a reference price whose sales record is shown where viewers can check it.

Called by :mod:`app.rules.matcher_resolve`; 价格违规 candidates that name a regular price (日常价, 原价, 平时价 …) only.
《明码标价和禁止价格欺诈规定》第十九条 forbids a made-up reference price; one whose record of real sales is shown on the
listing (跟日常价一百五十九比便宜了三十，日常价的成交记录在商品页能看到; 原价一百二 原价的成交记录详情页都查得到) is a real,
checkable price — not when the record is only asserted (原价卖了好多, 记录我就不给你看了) or a push follows.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_REGULAR = ("日常价", "原价", "平时价", "平常价", "正常价", "常规价", "零售价", "划线价")
_RECORD_SHOWN = re.compile(
    r"(?:成交记录|销售记录|成交价记录|价格记录|历史价格|历史成交|历史价|购买记录|售价记录)"
    r"[^。！？!?]{0,6}?(?:在|去|到)?(?:商品页|详情页|页面|店铺|商品详情|链接|后台|价格走势)(?:上|里|里面)?"
    r"(?:都|就|也)?(?:能|可以|可|查得到|看得到)(?:看到|看得到|查到|查得到|查|看)?"
)


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the regular price ``text[start:end]`` one whose sales record is shown on the listing (module doc)?"""
    if category != "价格违规" or not text.startswith(_REGULAR, start):
        return False
    if text.find("记录", end, end + 50) == -1 and text.find("历史", end, end + 50) == -1:
        return False
    m = _RECORD_SHOWN.search(text, end, end + 50)
    return m is not None and TURN_BACK.search(text, end, m.start()) is None
