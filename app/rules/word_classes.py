"""Word classes: named lists of words that lexicon forms refer to as ``{类名}`` (``{疾病}{X}再也不犯``).

A class file (``resources/lexicon/classes.csv``, UTF-8 with or without BOM, header ``name,members,description``)
defines each class once: ``name`` a Chinese class name (疾病, 宠物病, 身体部位 …), ``members`` its words separated
by ``|`` like lexicon variants; several rows with the same name extend the class, so a long class is written as
readable rows by subgroup. A user file ``user_classes.csv`` next to the user lexicon adds members and classes.

Every problem is a ``(file, line, message)`` triple with a Chinese message (the lexicon loader turns them into
``LexiconError``): an empty or duplicate member, a member with a placeholder, a bad name. A bad member is left
out, the rest of the class loads; the load then has errors, so ``LexiconManager`` keeps the last good lexicon.

The loader gives each entry whose forms use classes the members of those classes (:class:`ClassedEntry`), so a
matcher built from entries alone compiles them the same way everywhere. Members are normalised like terms and
kept longest first (the regex alternation tries them in that order). Pure functions, immutable results:
safe on any thread.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import resource_path, user_lexicon_path
from app.rules import segment
from app.rules.csv_rows import read_rows
from app.rules.model import LexiconEntry
from app.rules.normalize import normalize_term
from app.rules.patterns import PLACEHOLDERS, class_name_problem, class_names

CLASSES_FILE = "classes.csv"
USER_CLASSES_FILE = "user_classes.csv"
CLASS_COLUMNS = ("name", "members", "description")

Problem = tuple[str, int, str]  # (file, 1-based line or 0 for the whole file, Chinese message)


@dataclass(frozen=True)
class ClassedEntry(LexiconEntry):
    """A lexicon entry whose forms use ``{类名}``: it carries the members of the classes it uses.

    ``word_classes``: ``((name, (member, ...)), ...)``, members normalised, longest first.
    """

    word_classes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def is_pattern(self) -> bool:
        return True


@dataclass
class ClassLoad:
    """Classes read from one or more class files: name -> members (normalised, longest first)."""

    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    digest: str = ""  # hash of the files' content ("" when there was no file)
    files: tuple[str, ...] = ()

    def used_by(self, forms) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The ``(name, members)`` of the defined classes that ``forms`` use, in first-use order."""
        names = dict.fromkeys(n for form in forms if form for n in class_names(form))
        return tuple((n, self.classes[n]) for n in names if n in self.classes)


def default_classes_path(lexicon_path: Path | str | None = None) -> Path:
    """``classes.csv`` next to ``lexicon_path`` when there is one there, else the bundled class file."""
    if lexicon_path is not None:
        beside = Path(lexicon_path).with_name(CLASSES_FILE)
        if beside.exists():
            return beside
    return resource_path("lexicon", CLASSES_FILE)


def user_classes_path(user_lexicon: Path | str | None = None) -> Path:
    """The user's class file: ``user_classes.csv`` next to the user lexicon."""
    return Path(user_lexicon or user_lexicon_path()).with_name(USER_CLASSES_FILE)


def load_classes(paths, *, optional: tuple[Path, ...] = ()) -> ClassLoad:
    """Read the class files ``paths`` in order (later files extend earlier ones).

    A missing file in ``optional`` is no error (the bundled file may be absent in an old install, the
    user file usually is); any other missing file is.
    """
    result = ClassLoad()
    digest = hashlib.sha256()
    seen_files: set[Path] = set()
    origin: dict[tuple[str, str], str] = {}  # (class, member) -> "file:line" where it was first given
    merged: dict[str, list[str]] = {}
    for path in paths:
        path = Path(path)
        key = path.resolve()
        if key in seen_files:
            continue
        seen_files.add(key)
        if not path.exists() and path in optional:
            continue
        rows = _read_class_rows(path, result.errors)
        if rows is None:
            continue
        lines, raw = rows
        digest.update(str(path.name).encode() + b"\0" + raw + b"\0")
        result.files += (str(path),)
        for line, name, members in lines:
            _add_row(str(path), line, name, members, merged, origin, result)
    result.classes = {name: _longest_first(members) for name, members in merged.items() if members}
    result.digest = digest.hexdigest()[:12] if result.files else ""
    return result


def _longest_first(members: list[str]) -> tuple[str, ...]:
    return tuple(sorted(members, key=len, reverse=True))  # stable: equal lengths keep file order


def _read_class_rows(path: Path, errors: list[Problem]) -> tuple[list[tuple[int, str, str]], bytes] | None:
    read = read_rows(
        path, lambda file, line, message: errors.append((file, line, message)), what="词类",
        columns=CLASS_COLUMNS, required=("name", "members"), header_hint=f"表头应为 {','.join(CLASS_COLUMNS)}",
        extra_hint="成员之间请用 | 分隔，不要用逗号；含逗号的说明请加英文双引号",
    )
    if read is None:
        return None
    rows, raw = read
    return [(line, cells.get("name", ""), cells.get("members", "")) for line, cells in rows], raw


def _add_row(file: str, line: int, name: str, members_cell: str, merged: dict[str, list[str]],
             origin: dict[tuple[str, str], str], result: ClassLoad) -> None:
    """Validate one class row and add its good members to ``merged`` (problems go to ``result``)."""
    problem = class_name_problem(name)
    if problem:
        result.errors.append((file, line, problem))
        return
    if not members_cell:
        result.errors.append((file, line, f"词类“{name}”的 members（成员）为空，至少写一个，多个用 | 分隔"))
        return
    members = merged.setdefault(name, [])
    for raw in members_cell.split("|"):
        member = raw.strip()
        if not member:
            result.errors.append((file, line, f"词类“{name}”有空成员（两个 | 之间或末尾没有内容），请删掉多余的 |"))
            continue
        if "{" in member or "}" in member or any(p in member for p in PLACEHOLDERS):
            result.errors.append((file, line, f"成员“{member}”含有花括号或占位符；成员只能是普通文字（不能写 {{N}}、{{X}} 或别的词类）"))
            continue
        said = normalize_term(member)
        if not said:
            result.errors.append((file, line, f"成员“{member}”去掉空格和标点后为空，无法匹配"))
            continue
        if len(said) == 1 < len(member):  # 当当 is read as a stutter of 当: one character fires almost anywhere
            result.warnings.append((file, line, f"成员“{member}”会被当作口吃读成“{said}”，只剩一个字，凡含“{said}”处都会"
                                                f"匹配；确是这个意思请直接写“{said}”，否则请写成更长的说法（例如 当当网）"))
        where = origin.get((name, said))
        if where is not None:
            if where.rsplit(":", 1)[0] == file:
                result.errors.append((file, line, f"成员“{member}”在词类“{name}”中重复（{_line_of(where)}已有），请删掉一个"))
            else:  # the user file repeating a bundled member: harmless
                result.warnings.append((file, line, f"成员“{member}”已在词类“{name}”中（{where}），不必重复"))
            continue
        origin[(name, said)] = f"{file}:{line}"
        members.append(said)


def _line_of(where: str) -> str:
    return f"第 {where.rsplit(':', 1)[1]} 行"


def member_begins_word(text: str, start: int, end: int) -> bool:
    """Does the class member ``text[start:end]`` (at the start of a match) begin a word here?

    No when a dictionary word (jieba, as :func:`app.rules.segment.straddled` reads it) runs across its
    first character and ends inside it (北京|东门 holds no 京东), or runs across it and on past its end; a
    longer word that *ends* with the member counts as the member only when it is a noun (肠胃炎 is a 胃炎,
    鼻咽癌 a 癌); a verb or adjective ending with it (响当当, tagged v) is another word. A member at the start
    of the text or after a non-Chinese character always begins a word. Loads jieba's dictionary (and, at the
    first such longer word, its part-of-speech table, ~0.4 s) lazily; answers are cached. Thread-safe.
    """
    if start <= 0 or end <= start or text[start - 1] < _CJK_MIN or text[start] < _CJK_MIN:
        return True
    lo = max(0, start - segment.WINDOW)
    return _begins_word(text[lo : min(len(text), end + segment.WINDOW)], start - lo, end - lo)


_CJK_MIN = "\u3400"


@functools.lru_cache(maxsize=8192)
def _begins_word(window: str, start: int, end: int) -> bool:
    freq = segment.dictionary().dt.FREQ
    for w_start, w_end in segment.words(window):
        if w_start < start < w_end:
            word = window[w_start:w_end]
            if (freq.get(word) or 0) < segment.MIN_WORD_FREQ:
                return True  # a rare dictionary word (jieba's noisy tail) decides nothing
            if w_start == start - 1 and (freq.get(word[0] * 2) or 0) >= segment.MIN_WORD_FREQ:
                return True  # 宝|鸡眼 was 宝宝鸡眼 before the stutter 宝宝 was folded: 宝鸡 is no evidence
            return w_end == end and _is_noun(word)
        if w_start >= start:
            break
    return True


def load_word_tags() -> None:
    """Load jieba's part-of-speech table now (~0.2-0.4 s) rather than at the first class member that a longer
    dictionary word ends with (:meth:`app.rules.matcher.Matcher.warm_up`)."""
    _is_noun("胃炎")


def _is_noun(word: str) -> bool:
    """Is ``word`` a noun in jieba's dictionary (tags n, nr, ns, nt, nz …)?"""
    import jieba.posseg  # reads the tags of the dictionary once (~0.4 s; the import lock serialises it)

    return (jieba.posseg.dt.word_tag_tab.get(word) or "").startswith("n")


def classed(entry: LexiconEntry, classes: ClassLoad | None) -> LexiconEntry:
    """``entry`` as a :class:`ClassedEntry` carrying the members of the classes its forms use (unchanged
    when it uses none)."""
    if classes is None or not entry.term:
        return entry
    used = classes.used_by((entry.term, *entry.variants))
    if not used:
        return entry
    fields = {f: getattr(entry, f) for f in LexiconEntry.__dataclass_fields__}
    return ClassedEntry(**fields, word_classes=used)



# -- editing (the lexicon editor's 词类 tab) -------------------------------------------------------------
def read_class_table(path: Path | str) -> tuple[list[dict[str, str]], list[Problem]]:
    """The rows of a class file as written — ``{"name", "members", "description", "line"}`` strings, members
    not normalised — for an editor to show and rewrite; a missing file is no rows. Problems as the loader
    reports them when the file cannot be read at all (then no rows: do not overwrite it)."""
    path = Path(path)
    if not path.exists():
        return [], []
    problems: list[Problem] = []
    read = read_rows(
        path, lambda file, line, message: problems.append((file, line, message)), what="词类",
        columns=CLASS_COLUMNS, required=("name", "members"), header_hint=f"表头应为 {','.join(CLASS_COLUMNS)}",
        extra_hint="成员之间请用 | 分隔，不要用逗号；含逗号的说明请加英文双引号",
    )
    if read is None:
        return [], problems
    rows, _raw = read
    return [{"name": cells.get("name", ""), "members": cells.get("members", ""),
             "description": cells.get("description", ""), "line": str(line)} for line, cells in rows], problems


def class_file_text(rows) -> str:
    """CSV text (header ``name,members,description``) of class rows (dicts with those keys)."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLASS_COLUMNS)
    for row in rows:
        writer.writerow([row.get(col, "") for col in CLASS_COLUMNS])
    return buffer.getvalue()


def write_class_file(path: Path | str, rows) -> None:
    """Write class rows atomically (temp file + replace), UTF-8 with BOM so Excel/WPS open it correctly.
    Validate first (:func:`load_classes` on the text): this writes whatever it is given."""
    import os
    import tempfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".classes-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(class_file_text(rows))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
