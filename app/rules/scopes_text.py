"""Text windows for the context scopes (``scopes``, ``scopes_mentions``): the sentence around a candidate hit,
the context before it (reversed, for regexes written backwards) and after it. Pure functions: thread-safe."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.rules.normalize import clause_bounds

_BOUNDARY = re.compile(r"[。！？!?；;:\n]")  # ':' — a speaker label (主播B：) starts new speech
_REACH = 16  # characters looked at either side of the hit
_SENTENCE = 40
SENTENCE_END = "。！？!?；;\n"  # sentence ends for ``[^…]`` classes in the scope regexes (no ':' — a reply stays in reach)
NUMERALS = "0-9零〇一二两三四五六七八九十百千万几半"  # for ``[…]`` classes: a figure as digits or Chinese numerals
# The claims of an effect (《广告法》第十七条、第二十八条, 《化妆品监督管理条例》): what most effect scopes gate on.
EFFECT_CATEGORIES = frozenset({"医疗用语", "功效夸大", "化妆品宣称"})
# Pressure to buy now in a sentence: a schedule, a stated later price or the next batch is no deadline with one of these.
PRESSURE = re.compile(r"抢|手慢|手快|卖完|没了|下架|错过|赶紧|抓紧|赶快|只剩|仅剩|就剩|库存|不多了|倒计时|截止|涨价|收回链接|撤链接|下链接|偷偷")


def chars_search(chars: str | frozenset[str]):
    """``search(text, pos, endpos)`` for any of ``chars``: not None exactly when ``not set(chars).isdisjoint(text[pos:endpos])``,
    without the slice ``isdisjoint`` costs (twice as fast per test; the scope gates make several per candidate)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]" if chars else "(?!)").search


def _rev(alternation: str) -> str:
    """A ``|``-separated list of literals, each spelt backwards (for regexes read over a reversed window)."""
    return "|".join(a[::-1] for a in alternation.split("|"))


def _before(text: str, start: int) -> str:
    """The context before ``start`` within its sentence, at most ``_REACH`` characters, *reversed*."""
    back = text[max(0, start - _REACH) : start][::-1]
    cut = _BOUNDARY.search(back)
    return back[: cut.start()] if cut else back


def _after(text: str, end: int, size: int = _REACH) -> str:
    ahead = text[end : end + size]
    cut = _BOUNDARY.search(ahead)
    return ahead[: cut.start()] if cut else ahead


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around ``[start, end)`` (at most ``_SENTENCE`` characters either side) and its offset."""
    lo = start - _SENTENCE if start > _SENTENCE else 0
    cut = _LAST_BOUNDARY(text, lo, start)  # the last boundary before the hit
    if cut is not None:
        lo = cut.start() + 1
    cut = _BOUNDARY_IN(text, end, end + _SENTENCE)  # the first one after it
    return text[lo : cut.start() if cut is not None else end + _SENTENCE], lo


_BOUNDARY_IN = _BOUNDARY.search
_LAST_BOUNDARY = re.compile(_BOUNDARY.pattern + "[^" + _BOUNDARY.pattern[1:] + r"*\Z").search  # \Z: the window's end


def clause_start(start: int, reach: int, breaks: Callable[[], tuple[int, ...]] | None) -> int:
    """Where the clause of ``start`` begins within ``reach`` characters before it: the last removed comma
    (``breaks()``, see :meth:`app.rules.normalize.Normalized.clause_breaks`) at or before ``start``, else
    ``start - reach``. A negation scope reads no further back (什么风险都没有，稳赚不赔)."""
    lo = start - reach
    if breaks is None:
        return lo
    found = breaks()
    return clause_bounds(found, start, start, lo, start)[0] if found else lo


# 什么风险都没有 / 一点风险也没有 / 啥后顾之忧都没有: "no risk at all" closed by the 没有. Only a risk or a worry:
# in 任何投资都没有稳赚不赔的 the 没有 denies the claim.
_NONE_AT_ALL = re.compile(r"(?:什么|任何|一点|半点|一丁点|啥)的?(?:风险|问题|副作用|损失|亏损|顾虑|后顾之忧|隐患|担心|压力)[都也]$")


_MODIFIES_NOUN = re.compile(r"的(?![。！？!?；;\n哈呀啊哦嘛呢啦咯]|$)")


def none_at_all(text: str, at: int, end: int) -> bool:
    """Does the 没/没有 at ``at`` close a "none at all" phrase (什么风险都没有) rather than negate the claim
    ``text[..end]`` right after it? Recogniser text has no comma to end that clause (什么风险都没有稳赚不赔); a
    claim that modifies a noun after it (哪都没有稳赚不赔的生意) is still what the 没有 denies."""
    return _MODIFIES_NOUN.match(text, end) is None and _NONE_AT_ALL.search(text, max(0, at - 9), at) is not None


# round 115: 最后三十秒不拍就恢复原价三千九 / 再不下单的话马上恢复原价 — a threat to the viewer right before the price's return
_VIEWER_THREAT = re.compile(r"不(?:拍|买|抢|下单|要|出手)(?:的话)?(?:就会|会就|就|马上)?(?:恢复|回到|变回|改回|涨回|调回)")


def viewer_threatened(text: str, start: int) -> bool:
    """Is the restored price at ``start`` the threat of a viewer who does not buy (不拍就恢复原价三千九)?"""
    return _VIEWER_THREAT.search(text, max(0, start - 12), start) is not None
