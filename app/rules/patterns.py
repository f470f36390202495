"""Pattern terms: placeholders in a lexicon term make it a regex (最后{N}分钟, 最后{N}{U}, 没有比{X}更便宜).

Placeholders (upper case, half-width braces):

- ``{N}`` a number as spoken or written (and 百分之{N} / {N}% accept each other): Arabic digits (full-width
  ones are folded to ASCII by the normaliser), decimals (3.5, 三点五, 九十九点九), Chinese numerals including
  两/俩/仨/十/百/千/万/亿/半/几 and the financial forms (壹贰叁), mixed forms (3万), optionally followed by
  多/余/来 (十多天, 一百来单); the internet shorthand 10k / 2w / １０Ｋ / 3W (k = 千, w = 万), which also stands
  for a number and the 万/千 after it (月入{N}万 matches 月入2w) — not before a letter (5kg, 3kw);
- ``{TEL}`` a mobile phone number: eleven Arabic digits starting 13–19 (13812345678; spaces and dashes are
  removed by the normaliser), or said digit by digit in Chinese (一三八一二三四五六七八, 幺 for 1, 洞 for 0;
  seven to eleven characters, as the stutter fold may merge repeated digits) — never a price (满1999打1388, 一千三百八);
- ``{U}`` a measure word (单 件 个 份 套 盒 瓶 罐 箱 袋 支 条 斤 台 双 组 …, see ``UNITS``); only right after ``{N}``;
- ``{X}`` a short gap: zero to four characters within the sentence (没有比{X}更便宜 covers 没有比我们更便宜 and
  没有比这更便宜); never at the start or the end of a form, and never across a negated modal (不能/不会/无法/
  并不/不是/不敢 …: 只能量血压，不能降血压 is no 血压{X}降 — the result is denied, not claimed) or a "none at all"
  (没有任何/没有什么: 摆件，没有任何招财的作用).
- ``{XX}`` a long gap: zero to ten characters, same sentence and negation rules as ``{X}``, for the usage
  and duration said between a claim's subject and its outcome (``{疾病}{XX}就好利索`` covers
  老寒腿泡个把月就好利索 and 鼻窦炎的用这个洗鼻器一个礼拜就通了-like forms). Only where it is needed: it must be
  followed by at least two characters of literal text (the outcome), so no form waits on a lone 好; its
  windows are as wide as the form can be, which only the forms using it pay for.

Word classes: ``{类名}`` (a name with Chinese characters, defined in ``resources/lexicon/classes.csv`` or the
user's ``user_classes.csv``, see :mod:`app.rules.word_classes`) matches one member of the class (members are
normalised like terms; the alternation tries the longest first): ``{疾病}{X}再也不犯`` covers 湿疹再也不犯 and
高血压吃了再也不犯. A class at the very start of a form must begin a word there
(:func:`app.rules.word_classes.member_begins_word`): 京东 in 北京东门 is part of other words (北京|东门), not
the platform, while 胃炎 in 肠胃炎 (a noun that ends with the member) still counts; the compiled regex drops
such matches itself (:class:`app.rules.class_regex.HeadCheckedRegex`), so the matcher, the loader's
exemption check and the tests all see the same. A class may stand at the start or end and next to
``{N}``/``{X}``/another class (not before ``{U}``); a form needs some literal text besides. Its anchor is
its longest literal piece when that has at least two characters (再也不犯); otherwise (治{疾病}) the members
of one of its classes are its anchors (``NumberPattern.anchors``: each member found in a text triggers the
regex). :func:`compile_form` takes the classes as ``name -> members`` (a mapping or ``(name, members)``
pairs); an unknown class matches nothing.

The literal pieces are normalised like the texts. The longest literal piece is the pattern's *anchor*: the
matcher only runs the regex near places where its anchor occurs, so patterns cost nothing on text that
does not contain them. Compiled patterns are immutable and thread-safe.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.rules.class_regex import HeadCheckedRegex, class_regex
from app.rules.normalize import _STUTTER_RX, fold_chars, normalize_term

PLACEHOLDER = "{N}"  # a number
UNIT = "{U}"  # a measure word after a number
TEL = "{TEL}"  # a mobile phone number
GAP = "{X}"  # up to GAP_MAX characters of anything but a sentence boundary
LONG_GAP = "{XX}"  # up to LONG_GAP_MAX characters, same rules (usage and duration before an outcome)
PLACEHOLDERS = (PLACEHOLDER, UNIT, GAP, LONG_GAP, TEL)
GAPS = (GAP, LONG_GAP)
GAP_MAX = 4
LONG_GAP_MAX = 10
LONG_GAP_TAIL_MIN = 2  # literal characters a {XX} must be followed by
NUMBER_CHARS = "0-9零〇一二两俩仨三四五六七八九十百千万亿半几壹贰叁肆伍陆柒捌玖拾佰仟"
# A decimal part: .5 or 点五 (三点五斤, 九十九点九%); 点 only counts when a digit follows (三点半 / 一点点 stay out).
_DECIMAL = r"(?:(?:\.|点)[0-9零〇一二两三四五六七八九]+)"
# Internet shorthand after Arabic digits (text is lower-cased, full-width folded): 10k / １０Ｋ = 一万 (k: 千),
# 2w / 3W = 两万、三万 (w: 万) — 月薪10k起步, 月入3w. Not before another letter (5kg, 3kw, 10km stay units).
_SHORTHAND = r"[0-9]+(?:\.[0-9]+)?[kw](?![a-z])"
_SHORTHAND_OF = {"千": r"[0-9]+(?:\.[0-9]+)?k(?![a-z])", "万": r"[0-9]+(?:\.[0-9]+)?w(?![a-z])"}
# After 千/万 these make a unit (千克, 万米, 千瓦, 千卡, 千焦), which no 5k / 2w stands for.
_UNIT_AFTER_MULTIPLIER = "克米瓦卡焦"
NUMBER_RX = rf"(?:{_SHORTHAND}|[{NUMBER_CHARS}]+{_DECIMAL}?(?:多|余|来)?)"
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
# A gap never takes in a negated modal (不能降血压, 不敢保证全没: denied, not claimed) nor a "none at all"
# (摆件，没有任何招财的作用 is no {风水物件}{X}招财). Not bare 没/没有: 湿疹没几天就好了 claims.
GAP_NEGATIONS = "不能|不会|不可|不敢|无法|没法|并不|并没|不是|没有任何|没有什么"


def _gap_rx(most: int) -> str:
    """A lazy gap of at most ``most`` characters that crosses no sentence end and no negated modal."""
    return rf"(?:(?:(?!{GAP_NEGATIONS})[^。！？!?；;\n]){{0,{most}}}?)"


GAP_RX = _gap_rx(GAP_MAX)
LONG_GAP_RX = _gap_rx(LONG_GAP_MAX)
# A mobile number: 11 digits from 13x–19x, not inside a longer run of digits; or said digit by digit in Chinese
# (幺 = 1, 洞 = 0), 7–11 characters (repeated digits may have been folded as a stutter), not followed by more
# numerals or a unit of a price (十/百/千/万/块/元): 一千三百八 or 一三八块 are no number.
_CN_DIGIT = "零〇一二三四五六七八九幺两洞"
TEL_RX = (rf"(?:(?<![0-9])1[3-9][0-9]{{9}}(?![0-9])|(?<![{_CN_DIGIT}十百千万])[一幺][三四五六七八九][{_CN_DIGIT}]{{5,9}}"
          rf"(?![{_CN_DIGIT}十百千万亿点块元毛角]))")
_TOKEN_RX = {PLACEHOLDER: NUMBER_RX, UNIT: UNIT_RX, GAP: GAP_RX, LONG_GAP: LONG_GAP_RX, TEL: TEL_RX}
_MAX_TOKEN_LEN = {PLACEHOLDER: 12, UNIT: 2, GAP: GAP_MAX, LONG_GAP: LONG_GAP_MAX, TEL: 11}
# A word class {类名}: a name with at least one Chinese character (so {n} or {NUM} stay wrong placeholders).
_CLASS_NAME = r"[^{}|\s,，]*[\u3400-\u9fff\uf900-\ufaff][^{}|\s,，]*"
_CLASS_TOKEN = re.compile(r"\{(" + _CLASS_NAME + r")\}")
CLASS_NAME_MAX = 12
_SPLIT_RX = re.compile(r"(\{N\}|\{U\}|\{XX\}|\{X\}|\{TEL\}|\{" + _CLASS_NAME + r"\})")
_DIGITS = "0123456789零〇一二两俩仨三四五六七八九十百千万亿半几壹贰叁肆伍陆柒捌玖拾佰仟"
NUMBER_START = frozenset(_DIGITS + "幺洞")  # 幺/洞: a phone number said digit by digit ({TEL})
NUMBER_END = frozenset(_DIGITS + "幺洞多余来kw")  # 10k起步: the shorthand ends a number too
_PLACEHOLDER_LIKE = re.compile(r"\{[^{}]*\}|[{}]")


_NUMBERS = (PLACEHOLDER, TEL)  # placeholders that begin and end with a digit (the anchor's number test)


def is_pattern(form: str) -> bool:
    """Does ``form`` contain a placeholder (``{N}``, ``{U}``, ``{X}``, ``{XX}``) or a word class (``{疾病}``),
    i.e. is it matched as a pattern?"""
    return "{" in form and (any(p in form for p in PLACEHOLDERS) or _CLASS_TOKEN.search(form) is not None)


def class_names(form: str) -> list[str]:
    """The word class names a form uses, in order (``{疾病}{X}再也不犯`` → ``["疾病"]``)."""
    return _CLASS_TOKEN.findall(form) if "{" in form else []


def class_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a word class (Chinese message), or None."""
    if not name:
        return "name（词类名）为空，请写一个中文名称，例如 疾病"
    if _CLASS_TOKEN.fullmatch("{" + name + "}") is None:
        return f"词类名“{name}”须含汉字，且不能含花括号、|、逗号或空格（{{N}}/{{U}}/{{X}} 是占位符，不能作词类名）"
    if len(name) > CLASS_NAME_MAX:
        return f"词类名“{name}”太长（最多 {CLASS_NAME_MAX} 个字）"
    return None


def literal_text(form: str) -> str:
    """``form`` without its placeholders and word classes (for checks such as "is there any text left")."""
    for p in PLACEHOLDERS:
        form = form.replace(p, "")
    return _CLASS_TOKEN.sub("", form) if "{" in form else form


def _class_of(part: str) -> str | None:
    m = _CLASS_TOKEN.fullmatch(part) if part[:1] == "{" else None
    return m.group(1) if m else None


def _class_map(classes) -> dict:
    if not classes:
        return {}
    return classes if isinstance(classes, dict) else dict(classes)


@dataclass(frozen=True)
class NumberPattern:
    """One pattern form of a lexicon entry, compiled (the name is historical: ``{U}``/``{X}`` too).

    ``regex`` is compiled from ``source`` when first used: at once for forms without word classes, at the
    first scan that needs it for forms with classes (a class of ~200 members makes a regex that takes a few
    milliseconds to compile, and a lexicon has hundreds of such forms). Either way it is compiled once per
    source text in a process (``_compiled``); concurrent first uses may both compile, harmlessly.
    """

    form: str  # the form as written in the lexicon
    source: str  # the regex's text
    anchor: str  # longest normalised literal piece ("" when the form has none)
    max_len: int  # upper bound of a match's length, for the search window around an anchor
    # The anchor is right after / right before a number in every match: a cheap test that spares the
    # regex at the many places where the anchor is an ordinary word (限 in 限时, 瘦 in 瘦身).
    number_before: bool = False
    number_after: bool = False
    # A form whose longest literal piece is a single character (治{疾病}) is anchored on the members of one
    # of its classes instead: the matcher keys it under each of them.
    anchors: tuple[str, ...] = ()
    # The literal runs every match contains (the pieces between placeholders), for forms with classes; None:
    # read them from the parsed regex (``matcher_keys.required_literals``).
    literals: tuple[str, ...] | None = None
    # The form starts with a word class: ``source`` holds it as group 1, and a match whose member does not
    # begin a word there is dropped (:class:`HeadCheckedRegex`).
    head_class: bool = False
    # Regexes of a literal run next to a word class (就 + a first character of {部位见效}): every match
    # contains each, so a window without one is spared the form's regex (``matcher_patterns``).
    gates: tuple[str, ...] = ()

    @functools.cached_property
    def gate_searches(self) -> tuple:
        return tuple(_compiled(gate).search for gate in self.gates)

    @functools.cached_property
    def regex(self) -> re.Pattern | HeadCheckedRegex:
        compiled = _compiled(self.source)
        return HeadCheckedRegex(compiled) if self.head_class else compiled

    def may_match_at(self, text: str, start: int, end: int) -> bool:
        """Could the pattern match around its anchor found at ``text[start:end]``?"""
        if self.number_before and (start == 0 or text[start - 1] not in NUMBER_END):
            return False
        return not (self.number_after and (end >= len(text) or text[end] not in NUMBER_START))


def placeholder_problem(form: str, classes=None) -> str | None:
    """Why a form's use of placeholders and word classes is wrong (Chinese message), or None when it is fine.

    ``classes``: the defined word classes (``name -> members`` or pairs); None = none defined.
    """
    known = _class_map(classes)
    for token in _PLACEHOLDER_LIKE.findall(form):
        if token in PLACEHOLDERS:
            continue
        name = _class_of(token)
        if name is None:
            return (
                f"占位符写法不对：“{token}”，只能写 {{N}}（数字）、{{U}}（量词，紧跟在 {{N}} 后）、{{X}}"
                f"（最多 {GAP_MAX} 个字的间隔）、{{XX}}（最多 {LONG_GAP_MAX} 个字的长间隔）、{{TEL}}（手机号），大写字母、半角花括号；"
                f"或 {{类名}}（词类文件 classes.csv 里定义的词类）"
            )
        if name not in known:
            defined = "、".join(list(known)[:15]) + ("等" if len(known) > 15 else "") if known else "还没有定义任何词类"
            return f"词类“{token}”没有定义：请在词类文件 classes.csv 里加上 name 为“{name}”的行，或改用已有的词类（{defined}）"
    if not is_pattern(form):
        return None
    parts = [p for p in _SPLIT_RX.split(form) if p != ""]
    literals = [normalize_term(p) for p in parts if p not in PLACEHOLDERS and _class_of(p) is None]
    if not any(literals):
        return f"“{form}”只有占位符，没有文字，会匹配任何内容"
    for i, part in enumerate(parts):
        before = parts[i - 1] if i > 0 else ""
        if part == UNIT and before != PLACEHOLDER:
            return f"“{form}”中 {{U}}（量词）只能紧跟在 {{N}} 后面，例如 最后{{N}}{{U}}"
        if part in PLACEHOLDERS and before in PLACEHOLDERS and not (part == UNIT and before == PLACEHOLDER):
            return f"“{form}”中两个占位符 {before}{part} 紧挨着，无法区分，请在中间加上文字"
        if part in GAPS and (i == 0 or i == len(parts) - 1):
            return f"“{form}”中 {part}（间隔）不能放在开头或结尾，两边都要有文字，例如 没有比{{X}}更便宜"
        if part == LONG_GAP:
            after = parts[i + 1]
            if after in PLACEHOLDERS or _class_of(after) is not None or len(normalize_term(after)) < LONG_GAP_TAIL_MIN:
                return (f"“{form}”中 {{XX}}（长间隔）后面要紧跟至少 {LONG_GAP_TAIL_MIN} 个字的结果说法，"
                        f"例如 {{疾病}}{{XX}}就好利索；只差一个字时请用 {{X}}")
    return None


def stutter_warning(form: str) -> str | None:
    """A warning (Chinese) when the end of ``form`` shrinks to one character only because its doubled characters
    are folded like a stutter (``{收益}{X}稳稳`` is read as ``{收益}{X}稳``; a plain term 好好 as 好), or None.

    Forms are folded exactly like the texts (said 稳稳的 arrives as 稳的), so folding them is right: a form kept
    doubled would never match what is said. What changes the row's meaning is an outcome left with a single
    character after a gap — ``{收益}{X}稳`` fires on 收益很不稳定 — or a whole term of one character, so those are
    what the loader warns about; 宝宝{X}长了{N}公分, 痘痘, 稳稳当当 (→ 稳当) keep what they mean.
    """
    parts = [p for p in _SPLIT_RX.split(form) if p]
    last = parts[-1] if parts else ""
    if not last or last in PLACEHOLDERS or _class_of(last) is not None:
        return None
    said = normalize_term(last)
    if len(said) != 1 or not _STUTTER_RX.search(fold_chars(last)):
        return None
    where = f"“{form}”末尾的“{last}”" if len(parts) > 1 else f"“{form}”"
    return (f"{where}会被当作口吃读成“{said}”（说话里的“{last}”也一样），只剩一个字，"
            f"凡含“{said}”处都可能匹配（含“不{said}”“{said}”开头的别的词）；请写成更长的说法（例如 {last}的），"
            f"确是这个意思请直接写“{said}”")


def compile_form(form: str, classes=None) -> NumberPattern:
    """Compile a valid pattern form (check it with :func:`placeholder_problem` first). ``classes``: the word
    classes it may use (``name -> members`` or ``(name, members)`` pairs); an unknown class matches nothing.

    Cached by the form and the members of the classes it uses (a lexicon edit rebuilds the matcher: the
    ~2,000 unchanged forms are not parsed again; an edited class changes its forms' key). Thread-safe.
    """
    known = _class_map(classes) if "{" in form else {}
    used = tuple((name, tuple(known.get(name, ()))) for name in dict.fromkeys(class_names(form)))
    return _compile_form(form, used)


def _unshorthand(token: str, before: str) -> str:
    """``token`` without a leading 万/千 when a ``{N}`` comes right before it (said 2w / 5k, it is not in the text)."""
    if before != PLACEHOLDER or token[:1] not in _SHORTHAND_OF or token[1:2] in tuple(_UNIT_AFTER_MULTIPLIER):
        return token
    return token[1:]


@functools.lru_cache(maxsize=8192)
def _compile_form(form: str, used: tuple[tuple[str, tuple[str, ...]], ...]) -> NumberPattern:
    known = dict(used)
    parts = [p for p in _SPLIT_RX.split(form) if p != ""]
    names = [None if p in PLACEHOLDERS else _class_of(p) for p in parts]
    special = [p in PLACEHOLDERS or names[i] is not None for i, p in enumerate(parts)]
    tokens = [p if special[i] else normalize_term(p) for i, p in enumerate(parts)]
    pieces = [
        class_regex(tuple(known.get(names[i], ()))) if names[i] is not None
        else _TOKEN_RX[t] if t in PLACEHOLDERS and parts[i] in PLACEHOLDERS else re.escape(t)
        for i, t in enumerate(tokens)
    ]
    head_class = names[0] is not None
    if head_class:  # group 1: the member the match starts with (for the word-edge check)
        pieces[0] = "(" + pieces[0] + ")"
    regex = "".join(pieces)
    # A percentage is said either way: 百分之九十 / 90%. Each form of the pattern accepts both.
    percent = rf"(?:百分之{NUMBER_RX}|{NUMBER_RX}%)"
    regex = regex.replace("百分之" + NUMBER_RX, percent).replace(NUMBER_RX + "%", percent)
    # 月入{N}万 / 又卖了{N}千 accept the shorthand in place of number + 万/千 (月入2w, 又卖了5k).
    for word, short in _SHORTHAND_OF.items():
        if NUMBER_RX + word in regex:  # not in a unit: {N}千克 / {N}千米 are no 5k
            regex = re.sub(re.escape(NUMBER_RX + word) + f"(?![{_UNIT_AFTER_MULTIPLIER}])", lambda _m, w=word, s=short: rf"(?:{NUMBER_RX}{w}|{s})", regex)
    literal = [i for i in range(len(parts)) if not special[i]]
    # The anchor must occur whichever way the percentage was said.
    # So must it when 万/千 after a number was said as the shorthand (月入2w): it is left out of the anchor.
    stripped = {i: _unshorthand(tokens[i].removeprefix("%").removesuffix("百分之"), parts[i - 1] if i else "")
                for i in literal}
    at = max(literal, key=lambda i: len(stripped[i]))
    anchor = stripped[at]
    anchors: tuple[str, ...] = ()
    if len(anchor) < 2:  # 治{疾病}: the members of the class with the longest shortest member are the anchors
        usable = [n for n in names if n is not None and known.get(n)]
        if usable:
            anchors = tuple(known[max(usable, key=lambda n: min(map(len, known[n])))])
    max_len = sum(len(tokens[i]) for i in literal) + sum(_MAX_TOKEN_LEN[p] for p in parts if p in PLACEHOLDERS)
    max_len += sum(max(map(len, known.get(name, ())), default=0) for name in names if name is not None)
    max_len += 3 * form.count("%")  # said as 百分之
    has_class = any(name is not None for name in names)
    pattern = NumberPattern(
        form=form,
        source=regex,
        anchor=anchor,
        max_len=max_len,
        number_before=not anchors and at > 0 and parts[at - 1] in _NUMBERS and anchor == tokens[at],
        number_after=not anchors and at < len(parts) - 1 and parts[at + 1] in _NUMBERS and anchor == tokens[at],
        anchors=anchors,
        # Runs of literal text every match contains; a piece said two ways (百分之 / %) is none.
        literals=tuple(stripped[i] for i in literal if stripped[i] and "%" not in tokens[i] and "百分之" not in tokens[i])
        if has_class else None,
        head_class=head_class,
        gates=_class_gates(tokens, names, stripped, known) if has_class else (),
    )
    if not has_class:
        _ = pattern.regex  # compiled now, as before
    return pattern


def _class_gates(tokens: list[str], names: list, stripped: dict, known: dict) -> tuple[str, ...]:
    """A literal run and the word class right after (before) it, as a regex of the run and the first (last)
    characters of the members: a text every match of the form needs. Only where the run is matched as
    written (no 百分之/% or shorthand) and every member of the class has a character."""
    gates = []
    for i in range(len(tokens) - 1):
        for lit, name, edge in ((i, names[i + 1], 0), (i + 1, names[i], -1)):
            run = stripped.get(lit)
            members = known.get(name, ()) if name is not None else ()
            if not run or not members or not all(members) or "%" in tokens[lit] or "百分之" in tokens[lit]:
                continue
            chars = "[" + "".join(re.escape(c) for c in sorted({m[edge] for m in members})) + "]"
            gates.append(re.escape(run) + chars if edge == 0 else chars + re.escape(run))
    return tuple(gates)


@functools.lru_cache(maxsize=16384)
def _compiled(regex: str) -> re.Pattern:
    """``re.compile`` with a cache as large as a lexicon (``re``'s own keeps 512): the lexicon editor rebuilds
    the matcher on every applied edit, and ~3,000 pattern forms cost seconds to compile each time."""
    return re.compile(regex)
