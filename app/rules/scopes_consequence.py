"""Round 133 (batch 61's false alarms): a practice named with the harm it brings, as a warning.

Called by :mod:`app.rules.matcher_resolve`; 导流私下交易 only. 所有订单都走平台 私下交易出了问题平台没办法保障你们, 私下转账被骗了
平台管不了: the way off the platform named as the subject of what goes wrong — the host warns against it, no invitation.
Not when an invitation follows (加我, 找我, 联系我, 私聊我) or a turn (但, 反正 …).

Pure functions over module-level compiled regexes: thread-safe.
"""

from __future__ import annotations

import re

from app.rules.scopes_answers import TURN_BACK

_HARM_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:出了问题|出问题|出了事|出事|被骗了?|钱没了)(?:的话)?(?:平台|官方|我们|客服|店铺)?(?:都|就|也|可)?"
    r"(?:没办法|没法|无法|不能|不会|管不了|保障不了|不给|不)(?:保障|负责|处理|管|售后|赔|退)?"
)
_INVITE = re.compile(r"加我|找我|联系我|私聊我|私信我|微信号|vx|v信")


def not_a_claim(text: str, start: int, end: int, category: str) -> bool:
    """Is the off-platform way ``text[start:end]`` named with the harm it brings (module doc)?"""
    if category != "导流私下交易" or (text.find("问题", end, end + 8) == -1 and text.find("出事", end, end + 8) == -1
                                    and text.find("事", end, end + 8) == -1 and text.find("骗", end, end + 8) == -1):
        return False
    m = _HARM_AFTER.match(text, end)
    if m is None:
        return False
    return _INVITE.search(text, end, m.end() + 20) is None and TURN_BACK.search(text, end, m.end() + 20) is None
