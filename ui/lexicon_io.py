"""Lexicon rows for the editor: read/write CSV and XLSX in the lexicon format, validate with the engine.

A row is a dict of the ``app.rules.lexicon.COLUMNS`` as strings (multi-values joined by ``|``), exactly as
they appear in the CSV, so what the editor shows is what the file holds. Validation writes the rows to a
temporary CSV and runs the engine's own ``read_lexicon_file`` on it: the editor can never disagree with
the loader. Pure functions; safe on any thread.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from app.rules.lexicon import COLUMNS, SEVERITY_WORDS, read_lexicon_file
from app.rules.model import LexiconEntry
from app.rules.patterns import class_names

CLASS_MEMBERS_SHOWN = 20  # members listed per word class in the editor's tooltip / class line


def entry_to_row(entry: LexiconEntry) -> dict[str, str]:
    return {
        "id": entry.id,
        "term": entry.term,
        "variants": "|".join(entry.variants),
        "category": entry.category,
        "severity": entry.severity,
        "suggestions": "|".join(entry.suggestions),
        "basis": entry.basis,
        "exemptions": "|".join(entry.exemptions),
        "product_categories": "|".join(entry.product_categories),
        "enabled": "1" if entry.enabled else "0",
        "note": entry.note,
    }


def clean_row(raw: dict) -> dict[str, str]:
    """Any mapping (CSV/XLSX row) → a full row of strings; newlines inside cells become spaces."""
    row = {}
    for col in COLUMNS:
        value = raw.get(col)
        text = "" if value is None else str(value)
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        row[col] = " ".join(text.replace("\r", " ").replace("\n", " ").split()) if col != "note" else text.strip()
    row["severity"] = SEVERITY_WORDS.get(row["severity"], row["severity"].lower())
    row["enabled"] = {"是": "1", "启用": "1", "true": "1", "否": "0", "停用": "0", "false": "0"}.get(
        row["enabled"].lower(), row["enabled"])
    return row


def rows_to_csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return buffer.getvalue()


def write_csv(path: Path, rows: list[dict]) -> None:
    """Atomic write (temp file + replace), UTF-8 with BOM so Excel/WPS open it correctly."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".lexicon-", suffix=".csv", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(rows_to_csv_text(rows))
    os.replace(tmp, path)


def write_xlsx(path: Path, rows: list[dict]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "词库"
    ws.append(list(COLUMNS))
    for row in rows:
        ws.append([row.get(c, "") for c in COLUMNS])
    for col, width in zip("ABCDEFGHIJK", (12, 16, 24, 12, 9, 30, 26, 20, 16, 8, 20), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(str(path))


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV or XLSX file in the lexicon format. Raises ValueError (Chinese) when unreadable."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(str(path), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises several types
            raise ValueError(f"无法读取 Excel 文件 {path.name}：{exc}") from exc
        rows_iter = wb.active.iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows_iter, ())]
        if "id" not in header or "term" not in header:
            raise ValueError(f"{path.name} 的第一行必须是表头（id、term、category、severity、suggestions、basis …）")
        out = []
        for values in rows_iter:
            raw = dict(zip(header, values, strict=False))
            if any(v not in (None, "") for v in raw.values()):
                out.append(clean_row(raw))
        return out
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path.name} 不是 UTF-8 编码：请在 Excel/WPS 中另存为“CSV UTF-8”后再导入。") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "id" not in [f.strip() for f in reader.fieldnames]:
        raise ValueError(f"{path.name} 的第一行必须是表头（id、term、category、severity、suggestions、basis …）")
    reader.fieldnames = [f.strip() for f in reader.fieldnames]
    return [clean_row(r) for r in reader if any((v or "").strip() for k, v in r.items() if k)]


def validate_rows(rows: list[dict], *, is_overlay: bool = True) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Errors and warnings per row index, as the engine's loader reports them."""
    fd, tmp = tempfile.mkstemp(prefix="lexicon-check-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(rows_to_csv_text(rows))
        load = read_lexicon_file(Path(tmp), is_overlay=is_overlay)
    finally:
        os.unlink(tmp)
    errors: dict[int, list[str]] = {}
    warnings: dict[int, list[str]] = {}
    for target, problems in ((errors, load.errors), (warnings, load.warnings)):
        for problem in problems:
            index = max(0, problem.line - 2)  # line 1 is the header; cells hold no newlines
            target.setdefault(index, []).append(problem.message)
    return errors, warnings


def class_summary(row: dict, classes: dict[str, tuple[str, ...]]) -> str:
    """The word classes ``{类名}`` a row's term and variants use, with their size and first members, in
    Chinese (classes are edited in the 词类 tab); "" when the row uses none."""
    forms = [row.get("term", ""), *row.get("variants", "").split("|")]
    names = dict.fromkeys(n for form in forms for n in class_names(form.strip()))
    lines = []
    for name in names:
        members = classes.get(name)
        if members is None:
            lines.append(f"{{{name}}}：未定义——请在「词类」页新建这个词类")
            continue
        shown = "、".join(members[:CLASS_MEMBERS_SHOWN]) + ("……" if len(members) > CLASS_MEMBERS_SHOWN else "")
        lines.append(f"{{{name}}}（{len(members)} 个成员）：{shown}")
    return "本行用到的词类（在「词类」页查看和添加成员）：\n" + "\n".join(lines) if lines else ""
