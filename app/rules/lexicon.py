"""Loading and validating the lexicon: the bundled default CSV plus the user's overlay.

Format: ``resources/lexicon/README.md`` (CSV, UTF-8 with or without BOM, ``|`` between values). Every
problem is reported as a :class:`LexiconError` with file, line and a Chinese message saying what to fix;
a bad row is skipped, the good rows load. The user overlay (``app.paths.user_lexicon_path()``) adds
entries, overrides default entries by ``id``, and disables them with ``enabled=0``. Forms may use word
classes ``{类名}`` defined in ``classes.csv`` (next to the default lexicon, else the bundled one) and the user's
``user_classes.csv`` (:mod:`app.rules.word_classes`); a class file's problems are errors of the load, and the
classes' content is part of ``version``.

:class:`LexiconManager` keeps the last good lexicon: a reload whose files have errors keeps the previous
matcher in force and reports the errors. ``load_lexicon`` is a pure function (safe on any thread); a
manager serialises its reloads with a lock, and its ``matcher`` may be read from any thread.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import resource_path, user_lexicon_path
from app.rules.csv_rows import read_rows
from app.rules.homophones import to_sound
from app.rules.model import SEVERITIES, LexiconEntry
from app.rules.normalize import normalize_term
from app.rules.patterns import compile_form, is_pattern, literal_text, placeholder_problem, stutter_warning
from app.rules.word_classes import ClassLoad, classed, default_classes_path, load_classes, user_classes_path

CATEGORIES = (
    "绝对化用语", "医疗用语", "功效夸大", "虚假紧迫", "价格违规", "权威背书", "迷信", "投资承诺",
    "导流私下交易", "化妆品宣称", "数据造假", "低俗违规",
)
COLUMNS = (
    "id", "term", "variants", "category", "severity", "suggestions", "basis", "exemptions",
    "product_categories", "enabled", "note",
)
REQUIRED_COLUMNS = ("id", "term", "category", "severity", "suggestions", "basis")
SEVERITY_WORDS = {"高": "high", "中": "medium", "低": "low"}


@dataclass(frozen=True)
class LexiconError:
    """One problem in a lexicon file. ``line`` is the 1-based line in the file (0 = the whole file)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


@dataclass
class LexiconLoad:
    """The result of loading: usable entries (bad rows left out), the problems, a content version."""

    entries: list[LexiconEntry] = field(default_factory=list)
    errors: list[LexiconError] = field(default_factory=list)
    warnings: list[LexiconError] = field(default_factory=list)
    version: str = ""
    files: tuple[str, ...] = ()
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word classes in force: name -> members

    @property
    def ok(self) -> bool:
        return not self.errors


def default_lexicon_path() -> Path:
    return resource_path("lexicon", "default.csv")


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def _read_rows(path: Path, errors: list[LexiconError]) -> tuple[list[tuple[int, dict]], bytes] | None:
    """The data rows of a lexicon CSV with their line numbers, or None (with an error) if unreadable."""
    return read_rows(
        path, lambda file, line, message: errors.append(LexiconError(file, line, message)), what="词库",
        columns=COLUMNS, required=REQUIRED_COLUMNS, header_hint=f"必需列：{', '.join(REQUIRED_COLUMNS)}",
        extra_hint="单元格里有多余的逗号？含逗号的内容请加英文双引号",
    )


def _parse_row(cells: dict, where: str, is_overlay: bool, classes: ClassLoad | None = None
               ) -> tuple[LexiconEntry | None, list[str], list[str]]:
    """An entry from one row, or None with the reasons (Chinese). Also returns warnings. ``classes``: the
    word classes the forms may use."""
    known = classes.classes if classes is not None else {}
    problems: list[str] = []
    warnings: list[str] = []
    entry_id = cells.get("id", "")
    enabled_cell = cells.get("enabled", "") or "1"
    if enabled_cell not in ("0", "1"):
        problems.append(f"enabled 只能是 1（启用）或 0（停用），现在是“{enabled_cell}”")
    enabled = enabled_cell != "0"
    if not entry_id:
        problems.append("id 为空，每个词条都需要唯一的编号（如 ABS-0001）")
    if is_overlay and not enabled and not cells.get("term"):
        # A bare "disable this default entry" row: only id and enabled=0 are needed.
        if problems:
            return None, problems, warnings
        return LexiconEntry(entry_id, "", "", "low", (), "", enabled=False, source=where), [], warnings
    term = cells.get("term", "")
    if not term:
        problems.append("term（词条）为空")
    category = cells.get("category", "")
    if not category:
        problems.append(f"category（类别）为空，可选：{'、'.join(CATEGORIES)}")
    elif category not in CATEGORIES:
        problems.append(f"类别“{category}”不认识，可选：{'、'.join(CATEGORIES)}")
    severity = SEVERITY_WORDS.get(cells.get("severity", ""), cells.get("severity", "").lower())
    if severity not in SEVERITIES:
        problems.append(f"severity（严重程度）只能是 high / medium / low，现在是“{cells.get('severity', '')}”")
    suggestions = _split(cells.get("suggestions"))
    if not suggestions:
        problems.append("suggestions（合规替换建议）为空，至少写一条，多条用 | 分隔")
    basis = cells.get("basis", "")
    if not basis:
        problems.append("basis（法规依据）为空，例如《广告法》第九条第三项")
    variants = _split(cells.get("variants"))
    for form in (term, *variants):
        if not form:
            continue
        problem = placeholder_problem(form, known)
        if problem:
            problems.append(problem)
            continue
        folded = stutter_warning(form)
        if folded and not any(normalize_term(form) == normalize_term(f) for f in (term, *variants) if f != form):
            warnings.append(folded)
        if not normalize_term(literal_text(form)):
            problems.append(f"“{form}”去掉空格和标点后为空，无法匹配")
    exemptions = _split(cells.get("exemptions"))
    if term and not is_pattern(term) and exemptions:
        # Exemptions may also name a sound-alike word (卫衣 for 唯一): it then guards the homophone pass.
        forms = [to_sound(normalize_term(f)) for f in (term, *variants) if not is_pattern(f)]
        patterns = [compile_form(f, known).regex for f in variants
                    if is_pattern(f) and not placeholder_problem(f, known)]
        for ex in exemptions:
            said = normalize_term(ex)
            if not any(f and f in to_sound(said) for f in forms) and not any(rx.search(said) for rx in patterns):
                warnings.append(
                    f"豁免语境“{ex}”不包含词条“{term}”或其变体（也不含同音词），不会起作用（豁免语境须包含被匹配的词）"
                )
    key = normalize_term(term) if term and not is_pattern(term) else ""
    for suggestion in suggestions:
        said = normalize_term(suggestion)
        at = said.find(key) if key else -1
        # "不能代替药物" is the required disclaimer, not the claim "代替药物".
        if at != -1 and not (at > 0 and said[at - 1] in "不非无勿没"):
            warnings.append(f"替换建议“{suggestion}”本身包含违规词“{term}”")
    if problems:
        return None, problems, warnings
    entry = LexiconEntry(
        id=entry_id,
        term=term,
        category=category,
        severity=severity,
        suggestions=suggestions,
        basis=basis,
        variants=variants,
        exemptions=exemptions,
        product_categories=_split(cells.get("product_categories")),
        enabled=enabled,
        note=cells.get("note", ""),
        source=where,
    )
    return classed(entry, classes), [], warnings


def read_lexicon_file(path: Path | str, *, is_overlay: bool = False, classes: ClassLoad | None = None,
                      report_classes: bool = False) -> LexiconLoad:
    """Parse and validate one lexicon file (entries in file order, including disabled ones).

    ``classes``: the word classes its forms may use; by default the class file next to it (a default
    lexicon) or the bundled one (an overlay), plus the user's class file. Their problems are reported
    only with ``report_classes`` (``lexicon check PATH``: first, and the class files join ``files``);
    ``load_lexicon`` reports them itself.
    """
    path = Path(path)
    if classes is None:
        classes = classes_for(None if is_overlay else path, user_lexicon_path(), True)
    result = LexiconLoad(files=(str(path),), classes=dict(classes.classes))
    if report_classes:
        result.errors, result.warnings = class_problems(classes)
        result.files += classes.files
    read = _read_rows(path, result.errors)
    if read is None:
        return result
    rows, raw = read
    result.version = hashlib.sha256(raw).hexdigest()[:12]
    seen: dict[str, int] = {}
    for line, cells in rows:
        where = f"{path}:{line}"
        entry, problems, warnings = _parse_row(cells, where, is_overlay, classes)
        result.errors.extend(LexiconError(str(path), line, p) for p in problems)
        result.warnings.extend(LexiconError(str(path), line, w) for w in warnings)
        if entry is None:
            continue
        if entry.id in seen:
            result.errors.append(
                LexiconError(str(path), line, f"id“{entry.id}”重复（第 {seen[entry.id]} 行已用过），每个 id 只能出现一次")
            )
            continue
        seen[entry.id] = line
        result.entries.append(entry)
    return result


def classes_for(default_path: Path | str | None, user_path: Path, overlay: bool) -> ClassLoad:
    """The word classes for a load: the class file next to ``default_path`` (else the bundled one), then,
    with ``overlay``, the user's ``user_classes.csv`` next to ``user_path``. Missing files are no error."""
    paths = [default_classes_path(default_path)]
    if overlay:
        paths.append(user_classes_path(user_path))
    return load_classes(paths, optional=tuple(paths))


def class_problems(classes: ClassLoad) -> tuple[list[LexiconError], list[LexiconError]]:
    """A class load's errors and warnings as :class:`LexiconError`."""
    return ([LexiconError(f, line, m) for f, line, m in classes.errors],
            [LexiconError(f, line, m) for f, line, m in classes.warnings])


def load_lexicon(
    default_path: Path | str | None = None, user_path: Path | str | None = None, *, overlay: bool = True
) -> LexiconLoad:
    """The default lexicon with the user overlay applied; only enabled entries are returned.

    ``user_path`` defaults to the user data folder's ``user_lexicon.csv``; a missing user file is normal
    (no overlay); ``overlay=False`` ignores it and the user's class file. ``version`` is a short hash of
    the lexicon files' and the class files' content.
    """
    default_path = Path(default_path) if default_path else default_lexicon_path()
    user_path = Path(user_path) if user_path else user_lexicon_path()
    classes = classes_for(default_path, user_path, overlay)
    base = read_lexicon_file(default_path, classes=classes)
    merged: dict[str, LexiconEntry] = {e.id: e for e in base.entries}
    class_errors, class_warnings = class_problems(classes)
    errors, warnings = class_errors + base.errors, class_warnings + base.warnings
    files = [str(default_path), *classes.files]
    digest = hashlib.sha256(base.version.encode())
    if classes.files:
        digest.update(b"classes:" + classes.digest.encode())
    if overlay and user_path.exists():
        overlay = read_lexicon_file(user_path, is_overlay=True, classes=classes)
        files.append(str(user_path))
        errors += overlay.errors
        warnings += overlay.warnings
        digest.update(overlay.version.encode())
        for entry in overlay.entries:
            if not entry.enabled and not entry.term:
                if entry.id not in merged:
                    warnings.append(LexiconError(str(user_path), int(entry.source.rsplit(":", 1)[1]),
                                                 f"要停用的词条 id“{entry.id}”在默认词库中不存在"))
                merged.pop(entry.id, None)
            else:
                merged[entry.id] = entry
    entries = [e for e in merged.values() if e.enabled]
    return LexiconLoad(entries, errors, warnings, digest.hexdigest()[:12], tuple(files), dict(classes.classes))


def stats(entries: list[LexiconEntry]) -> dict[str, Counter]:
    """Counts by category, severity and kind (plain term / number pattern), for ``lexicon stats``."""
    return {
        "category": Counter(e.category for e in entries),
        "severity": Counter(e.severity for e in entries),
        "kind": Counter("pattern" if e.is_pattern else "term" for e in entries),
    }


class LexiconManager:
    """The lexicon in force and its matcher, with reload and last-good fallback.

    ``reload()`` may run on any thread (e.g. after the lexicon editor saves); reloads are serialised by a
    lock. ``matcher`` is swapped atomically and is always usable, so scanning threads never wait.
    """

    def __init__(self, default_path: Path | str | None = None, user_path: Path | str | None = None):
        self._default_path = default_path
        self._user_path = user_path
        self._lock = threading.Lock()
        self._good: LexiconLoad | None = None
        self._matcher = None
        self.last_load: LexiconLoad | None = None
        self.reload()

    @property
    def matcher(self):
        return self._matcher

    @property
    def entries(self) -> list[LexiconEntry]:
        return list(self._good.entries) if self._good else []

    @property
    def version(self) -> str:
        return self._good.version if self._good else ""

    @property
    def errors(self) -> list[LexiconError]:
        """Problems found by the last reload (empty when it was clean)."""
        return list(self.last_load.errors) if self.last_load else []

    def reload(self) -> LexiconLoad:
        """Load the files again. With errors, the previous good lexicon stays in force.

        On the very first load there is nothing previous: the default lexicon alone is used if it is
        clean (a broken user file is then ignored as a whole), else whatever rows were valid.
        """
        from app.rules.matcher import Matcher

        with self._lock:
            load = load_lexicon(self._default_path, self._user_path)
            self.last_load = load
            if load.ok:
                chosen = load
            elif self._good is not None:
                return load
            else:
                alone = load_lexicon(self._default_path, overlay=False)
                chosen = alone if alone.ok else load
            self._matcher = Matcher(chosen.entries)
            self._good = chosen
            return load

