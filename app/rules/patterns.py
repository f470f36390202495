"""Number-bearing terms: ``{N}`` in a lexicon term (最后{N}分钟, {N}天瘦{N}斤) becomes a regex.

``{N}`` matches a number as spoken or written (and 百分之{N} / {N}% accept each other): Arabic digits (full-width ones are folded to ASCII by the
normaliser), decimals (3.5), Chinese numerals including 两/俩/仨/十/百/千/万/亿/半/几 and the financial forms
(壹贰叁), mixed forms (3万), optionally followed by 多/余/来 (十多天, 一百来单).

The literal pieces are normalised like the texts. The longest literal piece is the pattern's *anchor*: the
matcher only runs the regex near places where its anchor occurs, so patterns cost nothing on text that
does not contain them. Compiled patterns are immutable and thread-safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.rules.normalize import normalize_term

PLACEHOLDER = "{N}"
NUMBER_CHARS = "0-9零〇一二两俩仨三四五六七八九十百千万亿半几壹贰叁肆伍陆柒捌玖拾佰仟"
NUMBER_RX = rf"(?:[{NUMBER_CHARS}]+(?:\.[0-9]+)?(?:多|余|来)?)"
_MAX_NUMBER_LEN = 12
_DIGITS = "0123456789零〇一二两俩仨三四五六七八九十百千万亿半几壹贰叁肆伍陆柒捌玖拾佰仟"
NUMBER_START = frozenset(_DIGITS)
NUMBER_END = frozenset(_DIGITS + "多余来")
_PLACEHOLDER_LIKE = re.compile(r"\{[^{}]*\}|[{}]")


@dataclass(frozen=True)
class NumberPattern:
    """One ``{N}`` form of a lexicon entry, compiled."""

    form: str  # the form as written in the lexicon
    regex: re.Pattern
    anchor: str  # longest normalised literal piece ("" when the form has none)
    max_len: int  # upper bound of a match's length, for the search window around an anchor
    # The anchor is right after / right before a number in every match: a cheap test that spares the
    # regex at the many places where the anchor is an ordinary word (限 in 限时, 瘦 in 瘦身).
    number_before: bool = False
    number_after: bool = False

    def may_match_at(self, text: str, start: int, end: int) -> bool:
        """Could the pattern match around its anchor found at ``text[start:end]``?"""
        if self.number_before and (start == 0 or text[start - 1] not in NUMBER_END):
            return False
        return not (self.number_after and (end >= len(text) or text[end] not in NUMBER_START))


def placeholder_problem(form: str) -> str | None:
    """Why a form's use of ``{N}`` is wrong (Chinese message), or None when it is fine."""
    for token in _PLACEHOLDER_LIKE.findall(form):
        if token != PLACEHOLDER:
            return f"占位符写法不对：“{token}”，数字占位符只能写成 {{N}}（大写 N，半角花括号）"
    if PLACEHOLDER not in form:
        return None
    pieces = form.split(PLACEHOLDER)
    if not any(normalize_term(p) for p in pieces):
        return f"“{form}”只有数字占位符，没有文字，会匹配任何数字"
    if PLACEHOLDER + PLACEHOLDER in form:
        return f"“{form}”中两个 {{N}} 紧挨着，无法区分，请在中间加上文字"
    return None


def compile_form(form: str) -> NumberPattern:
    """Compile a valid ``{N}`` form (check it with :func:`placeholder_problem` first)."""
    pieces = [normalize_term(p) for p in form.split(PLACEHOLDER)]
    regex = NUMBER_RX.join(re.escape(p) for p in pieces)
    # A percentage is said either way: 百分之九十 / 90%. Each form of the pattern accepts both.
    percent = rf"(?:百分之{NUMBER_RX}|{NUMBER_RX}%)"
    regex = regex.replace("百分之" + NUMBER_RX, percent).replace(NUMBER_RX + "%", percent)
    # The anchor must occur whichever way the percentage was said.
    stripped = [p.removeprefix("%").removesuffix("百分之") for p in pieces]
    at = max(range(len(pieces)), key=lambda i: len(stripped[i]))
    anchor = stripped[at]
    max_len = sum(len(p) for p in pieces) + _MAX_NUMBER_LEN * (len(pieces) - 1)
    return NumberPattern(
        form=form,
        regex=re.compile(regex),
        anchor=anchor,
        max_len=max_len,
        number_before=at > 0 and anchor == pieces[at],
        number_after=at < len(pieces) - 1 and anchor == pieces[at],
    )
