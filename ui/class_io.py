"""Word classes for the editor's 词类 tab: the bundled class file (read-only) and the user's ``user_classes.csv``.

:class:`ClassBook` lists every class (name, member count, description, where defined) with its members and
where each comes from, and edits the **user** file only: add members to a class (bundled or the user's), add a
class, remove a member the user added. Bundled members cannot be removed (the message says what to do instead).
Every change is checked with the engine's own :func:`app.rules.word_classes.load_classes` on the new text
before anything is written: a change with an error is refused as a whole with the loader's Chinese message,
the file stays as it was and the caller keeps what the user typed. Pure Python, no Qt: main thread in the app
(small files), any thread in tests.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.rules.normalize import normalize_term
from app.rules.word_classes import class_file_text, load_classes, read_class_table, write_class_file

BUNDLED, USER = "默认", "自定义"
_SEPARATORS = re.compile(r"[|｜、，,;；\n]+")


@dataclass
class ClassInfo:
    """One class as the editor shows it. ``bundled``/``user``: members as written, in file order."""

    name: str
    description: str = ""
    bundled: list[str] = field(default_factory=list)
    user: list[str] = field(default_factory=list)
    count: int = 0  # members the matcher uses (normalised, duplicates counted once)

    @property
    def where(self) -> str:
        return "、".join(w for w, members in ((BUNDLED, self.bundled), (USER, self.user)) if members)


@dataclass(frozen=True)
class Outcome:
    """What a change did: ``ok`` (written), a Chinese ``message`` for the status line, and ``warnings``."""

    ok: bool
    message: str
    warnings: tuple[str, ...] = ()


def split_members(text: str) -> list[str]:
    """Members typed by a person: separated by | (as in the files) or by 、，, ; or new lines."""
    return [m.strip() for m in _SEPARATORS.split(text or "") if m.strip()]


class ClassBook:
    def __init__(self, bundled_path: Path | str, user_path: Path | str) -> None:
        self.bundled_path = Path(bundled_path)
        self.user_path = Path(user_path)
        self.bundled_rows: list[dict] = []
        self.user_rows: list[dict] = []
        self.problems: list[str] = []  # the files' problems as the loader reports them (shown, not fatal)
        self.classes: dict[str, ClassInfo] = {}
        self.reload()

    # reading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.bundled_rows, bundled_problems = read_class_table(self.bundled_path)
        self.user_rows, user_problems = read_class_table(self.user_path)
        self._unreadable_user = bool(user_problems)
        load = load_classes([self.bundled_path, self.user_path], optional=(self.bundled_path, self.user_path))
        self.problems = [_where(f, line, m) for f, line, m in load.errors]
        classes: dict[str, ClassInfo] = {}
        for rows, attr in ((self.bundled_rows, "bundled"), (self.user_rows, "user")):
            for row in rows:
                info = classes.setdefault(row["name"], ClassInfo(row["name"]))
                info.description = info.description or row["description"]
                getattr(info, attr).extend(split_members(row["members"]))
        for name, info in classes.items():
            info.count = len(load.classes.get(name, ()))
        self.classes = classes

    def names(self) -> list[str]:
        return list(self.classes)

    # editing ---------------------------------------------------------------------------------------
    def add_members(self, name: str, text: str) -> Outcome:
        """Add the members in ``text`` to class ``name`` (in the user file)."""
        info = self.classes.get(name)
        if info is None:
            return Outcome(False, f"没有词类“{name}”。要新建词类，请点“新建词类”。")
        wanted = split_members(text)
        if not wanted:
            return Outcome(False, "请先输入要添加的成员，多个成员用 | 或顿号分隔。")
        have = {normalize_term(m) for m in (*info.bundled, *info.user)}
        new, already = [], []
        for member in wanted:
            key = normalize_term(member) or member
            (already if key in have else new).append(member)
            have.add(key)
        note = f"已在词类“{name}”中，未重复添加：{'、'.join(already)}" if already else ""
        if not new:
            return Outcome(False, note)
        rows = [dict(r) for r in self.user_rows]
        target = next((r for r in reversed(rows) if r["name"] == name), None)
        if target is None:
            rows.append({"name": name, "members": "|".join(new), "description": ""})
        else:
            target["members"] = "|".join([*split_members(target["members"]), *new])
        done = self._save(rows, f"已把 {'、'.join(new)} 加入词类“{name}”")
        if done.ok and note:
            return Outcome(True, f"{done.message}；{note}", done.warnings)
        return done

    def new_class(self, name: str, members_text: str, description: str = "") -> Outcome:
        """A new class in the user file (a name the bundled file already has only gets members added)."""
        name = (name or "").strip()
        if name in self.classes:
            return Outcome(False, f"词类“{name}”已经存在：请在左侧选中它，再添加成员。")
        members = split_members(members_text)
        if not members:
            return Outcome(False, "新词类至少要有一个成员，多个成员用 | 或顿号分隔。")
        rows = [dict(r) for r in self.user_rows]
        rows.append({"name": name, "members": "|".join(members), "description": " ".join(description.split())})
        return self._save(rows, f"已新建词类“{name}”（{len(members)} 个成员）。在词条里写 {{{name}}} 即可使用")

    def remove_member(self, name: str, member: str) -> Outcome:
        """Remove a member the user added; bundled members are refused with what to do instead."""
        info = self.classes.get(name)
        if info is None or member not in (*info.bundled, *info.user):
            return Outcome(False, f"词类“{name}”里没有成员“{member}”。")
        if member not in info.user:
            return Outcome(False, f"“{member}”是默认词类的成员，不能删除（默认词库随程序更新）。如果它引起误报，请在「词条」"
                                  "里给用到该词类的词条加豁免语境，或停用那一条。")
        if not info.bundled and info.user == [member]:
            return Outcome(False, f"“{member}”是词类“{name}”的最后一个成员，词类至少要有一个成员（用到 {{{name}}} 的词条"
                                  "会失效）。请先添加别的成员再删除它。")
        rows = []
        for row in self.user_rows:
            row = dict(row)
            if row["name"] == name:
                kept = [m for m in split_members(row["members"]) if m != member]
                if not kept:
                    continue  # the row held only this member: drop the row
                row["members"] = "|".join(kept)
            rows.append(row)
        return self._save(rows, f"已从词类“{name}”删除自定义成员“{member}”")

    # validation and writing -----------------------------------------------------------------------
    def check(self, user_rows: list[dict]) -> tuple[list[str], list[str]]:
        """Errors and warnings the loader reports for the user file as ``user_rows`` would write it."""
        fd, tmp = tempfile.mkstemp(prefix="classes-check-", suffix=".csv")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(class_file_text(user_rows))
            load = load_classes([self.bundled_path, Path(tmp)], optional=(self.bundled_path,))
        finally:
            os.unlink(tmp)
        errors = [message for file, _line, message in load.errors if file == tmp]
        warnings = [message for file, _line, message in load.warnings if file == tmp]
        return errors, warnings

    def _save(self, rows: list[dict], success: str) -> Outcome:
        if self._unreadable_user:
            return Outcome(False, f"词类文件 {self.user_path} 无法读取（{self.problems[-1] if self.problems else '格式错误'}），"
                                  "为免覆盖你的内容，这次没有保存；请先用 Excel/WPS 修好或移走它。")
        errors, warnings = self.check(rows)
        before_errors, before_warnings = self.check(self.user_rows) if self.user_rows else ([], [])
        errors = [e for e in errors if e not in before_errors]  # a file already broken can still be mended
        if errors:
            return Outcome(False, "没有保存：" + "；".join(dict.fromkeys(errors)))
        warnings = [w for w in warnings if w not in before_warnings]
        try:
            write_class_file(self.user_path, rows)
        except OSError as exc:
            return Outcome(False, f"无法写入 {self.user_path}（{exc.strerror or exc}）：请检查文件是否被其他程序占用。")
        self.reload()
        return Outcome(True, success, tuple(dict.fromkeys(warnings)))


def _where(file: str, line: int, message: str) -> str:
    return f"{Path(file).name}" + (f" 第 {line} 行" if line else "") + f"：{message}"
