"""Context scopes: a banned word quoted and then refused (round 114, F14).

:func:`app.rules.scopes_retracted.retracted_said` calls :func:`quoted_refused` for every category. Text is normalised
(commas gone, quotes kept). The hit lies inside quotation marks — the whole quote within one clause, a chat line or a
wording someone proposed ("增强免疫力"你别往奶粉上写, 弹幕刷"治好了我的腰间盘", 问"是不是国家级品牌") — and right after the closing
mark the speaker refuses that wording: 不能|不敢|不可以|别|不要 + 这么|这样 + 说|讲|写, 别往…上写, 没有…这个说法, 这个说法不存在,
是违法|违规的. A quote that is then asserted ("增强免疫力"这个我们敢说, 就是"全网最低") stays a hit: no refusal follows.

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

_OPEN = "\"“「『‘'"
_CLOSE = "\"”」』’'"
_REFUSED = re.compile(
    r"(?:不能|不敢|不可以|不可|不许|不让|别|不要|不会|冇得|唔可以|唔好)(?:再)?(?:这么|这样|那么|那样|咁)(?:说|讲|写|宣传|叫)"
    r"|别往[^。！？!?]{0,8}上写|不能往[^。！？!?]{0,8}上写|别[^。！？!?]{0,4}(?:刷|写|说)了"
    r"|没有[^。！？!?]{0,10}这个说法|没有这种说法|这个说法[^。！？!?]{0,3}(?:不存在|违规|违法|不能用)"
    r"|(?:是|属于)(?:违法|违规|违禁|虚假宣传)(?:的|词)"
)


def quoted_refused(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a quote that the speaker refuses right after ("增强免疫力"你别往奶粉上写)?"""
    opened = max(text.rfind(c, max(0, start - 16), start) for c in _OPEN)
    if opened == -1:
        return False
    closes = [i for i in (text.find(c, end, end + 16) for c in _CLOSE) if i != -1]
    if not closes or any(text.find(c, opened + 1, start) != -1 for c in "。！？!?"):
        return False
    close = min(closes)
    return _REFUSED.search(text, close + 1, close + 32) is not None
