"""Pattern terms: placeholders in a lexicon term make it a regex (最后{N}分钟, 最后{N}{U}, 没有比{X}更便宜).

Placeholders (upper case, half-width braces):

- ``{N}`` a number as spoken or written (and 百分之{N} / {N}% accept each other): Arabic digits (full-width
  ones are folded to ASCII by the normaliser), decimals (3.5, 三点五, 九十九点九), Chinese numerals including
  两/俩/仨/十/百/千/万/亿/半/几 and the financial forms (壹贰叁), mixed forms (3万), optionally followed by
  多/余/来 (十多天, 一百来单);
- ``{U}`` a measure word (单 件 个 份 套 盒 瓶 罐 箱 袋 支 条 斤 台 双 组 …, see ``UNITS``); only right after ``{N}``;
- ``{X}`` a short gap: zero to four characters within the sentence (没有比{X}更便宜 covers 没有比我们更便宜 and
  没有比这更便宜); never at the start or the end of a form, and never across a negated modal (不能/不会/无法/
  并不/不是 …: 只能量血压，不能降血压 is no 血压{X}降 — the result is denied, not claimed).

The literal pieces are normalised like the texts. The longest literal piece is the pattern's *anchor*: the
matcher only runs the regex near places where its anchor occurs, so patterns cost nothing on text that
does not contain them. Compiled patterns are immutable and thread-safe.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.rules.normalize import normalize_term

PLACEHOLDER = "{N}"  # a number
UNIT = "{U}"  # a measure word after a number
GAP = "{X}"  # up to GAP_MAX characters of anything but a sentence boundary
PLACEHOLDERS = (PLACEHOLDER, UNIT, GAP)
GAP_MAX = 4
NUMBER_CHARS = "0-9零〇一二两俩仨三四五六七八九十百千万亿半几壹贰叁肆伍陆柒捌玖拾佰仟"
# A decimal part: .5 or 点五 (三点五斤, 九十九点九%); 点 only counts when a digit follows (三点半 / 一点点 stay out).
_DECIMAL = r"(?:(?:\.|点)[0-9零〇一二两三四五六七八九]+)"
NUMBER_RX = rf"(?:[{NUMBER_CHARS}]+{_DECIMAL}?(?:多|余|来)?)"
# Measure words, longest first (the regex alternation takes the first that fits).
UNITS = (
    "公斤", "千克", "毫升", "毫克", "厘米", "公分", "名额", "套装", "套票", "人份", "间夜", "单", "件", "个", "份", "套", "盒", "瓶", "罐", "箱", "袋", "支", "条",
    "斤", "台", "双", "组", "包", "桶", "片", "粒", "只", "张", "把", "块", "根", "颗", "枚", "对", "副", "提", "听",
    "杯", "本", "部", "款", "位", "坛", "壶", "捆", "扎", "串", "卷", "株", "棵", "升", "克", "辆", "米", "吨", "批",
    # Flowers, tables, rooms, shows, seats, tickets, dishes, medicine doses (最后十束, 最后五桌, 只剩三间, 最后两场).
    "束", "桌", "间", "场", "席", "票", "顶", "盆", "碗", "盘", "碟", "锅", "篮", "筐", "幅", "封", "缸", "匹", "尾",
    "樽", "盏", "床", "栋", "名", "剂", "贴", "帖", "丸", "板", "码", "饼", "砖", "沱",
)
UNIT_RX = "(?:" + "|".join(UNITS) + ")"
# A gap never takes in a negated modal: 只能量血压，不能降血压 is no 血压{X}降 (the result is denied, not claimed).
GAP_NEGATIONS = "不能|不会|不可|无法|没法|并不|并没|不是"
GAP_RX = rf"(?:(?:(?!{GAP_NEGATIONS})[^。！？!?；;\n]){{0,{GAP_MAX}}}?)"
_TOKEN_RX = {PLACEHOLDER: NUMBER_RX, UNIT: UNIT_RX, GAP: GAP_RX}
_MAX_TOKEN_LEN = {PLACEHOLDER: 12, UNIT: 2, GAP: GAP_MAX}
_SPLIT_RX = re.compile(r"(\{N\}|\{U\}|\{X\})")
_DIGITS = "0123456789零〇一二两俩仨三四五六七八九十百千万亿半几壹贰叁肆伍陆柒捌玖拾佰仟"
NUMBER_START = frozenset(_DIGITS)
NUMBER_END = frozenset(_DIGITS + "多余来")
_PLACEHOLDER_LIKE = re.compile(r"\{[^{}]*\}|[{}]")


def is_pattern(form: str) -> bool:
    """Does ``form`` contain a placeholder (``{N}``, ``{U}`` or ``{X}``), i.e. is it matched as a pattern?"""
    return "{" in form and any(p in form for p in PLACEHOLDERS)


def literal_text(form: str) -> str:
    """``form`` without its placeholders (for checks such as "is there any text left")."""
    for p in PLACEHOLDERS:
        form = form.replace(p, "")
    return form


@dataclass(frozen=True)
class NumberPattern:
    """One pattern form of a lexicon entry, compiled (the name is historical: ``{U}``/``{X}`` too)."""

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
    """Why a form's use of placeholders is wrong (Chinese message), or None when it is fine."""
    for token in _PLACEHOLDER_LIKE.findall(form):
        if token not in PLACEHOLDERS:
            return (
                f"占位符写法不对：“{token}”，只能写 {{N}}（数字）、{{U}}（量词，紧跟在 {{N}} 后）或 {{X}}"
                f"（最多 {GAP_MAX} 个字的间隔），大写字母、半角花括号"
            )
    if not is_pattern(form):
        return None
    parts = [p for p in _SPLIT_RX.split(form) if p != ""]
    if not any(normalize_term(p) for p in parts if p not in PLACEHOLDERS):
        return f"“{form}”只有占位符，没有文字，会匹配任何内容"
    for i, part in enumerate(parts):
        before = parts[i - 1] if i > 0 else ""
        if part == UNIT and before != PLACEHOLDER:
            return f"“{form}”中 {{U}}（量词）只能紧跟在 {{N}} 后面，例如 最后{{N}}{{U}}"
        if part in PLACEHOLDERS and before in PLACEHOLDERS and not (part == UNIT and before == PLACEHOLDER):
            return f"“{form}”中两个占位符 {before}{part} 紧挨着，无法区分，请在中间加上文字"
        if part == GAP and (i == 0 or i == len(parts) - 1):
            return f"“{form}”中 {{X}}（间隔）不能放在开头或结尾，两边都要有文字，例如 没有比{{X}}更便宜"
    return None


def compile_form(form: str) -> NumberPattern:
    """Compile a valid pattern form (check it with :func:`placeholder_problem` first)."""
    parts = [p for p in _SPLIT_RX.split(form) if p != ""]
    tokens = [p if p in PLACEHOLDERS else normalize_term(p) for p in parts]
    regex = "".join(_TOKEN_RX[t] if t in PLACEHOLDERS and parts[i] in PLACEHOLDERS else re.escape(t)
                    for i, t in enumerate(tokens))
    # A percentage is said either way: 百分之九十 / 90%. Each form of the pattern accepts both.
    percent = rf"(?:百分之{NUMBER_RX}|{NUMBER_RX}%)"
    regex = regex.replace("百分之" + NUMBER_RX, percent).replace(NUMBER_RX + "%", percent)
    literal = [i for i, p in enumerate(parts) if p not in PLACEHOLDERS]
    # The anchor must occur whichever way the percentage was said.
    stripped = {i: tokens[i].removeprefix("%").removesuffix("百分之") for i in literal}
    at = max(literal, key=lambda i: len(stripped[i]))
    anchor = stripped[at]
    max_len = sum(len(tokens[i]) for i in literal) + sum(_MAX_TOKEN_LEN[p] for p in parts if p in PLACEHOLDERS)
    max_len += 3 * form.count("%")  # said as 百分之
    return NumberPattern(
        form=form,
        regex=_compiled(regex),
        anchor=anchor,
        max_len=max_len,
        number_before=at > 0 and parts[at - 1] == PLACEHOLDER and anchor == tokens[at],
        number_after=at < len(parts) - 1 and parts[at + 1] == PLACEHOLDER and anchor == tokens[at],
    )


@functools.lru_cache(maxsize=16384)
def _compiled(regex: str) -> re.Pattern:
    """``re.compile`` with a cache as large as a lexicon (``re``'s own keeps 512): the lexicon editor rebuilds
    the matcher on every applied edit, and ~3,000 pattern forms cost seconds to compile each time."""
    return re.compile(regex)
