"""The rows of a CSV file kept by compliance staff (the lexicon, the word classes), with line numbers.

UTF-8 with or without BOM (Excel's "CSV UTF-8"); header cells trimmed; blank rows skipped. Every problem
goes to ``report(file, line, message)`` with a Chinese message saying what to fix (line 0: the whole file).
Pure function: safe on any thread.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

Report = Callable[[str, int, str], None]


def read_rows(path: Path, report: Report, *, what: str, columns: tuple[str, ...], required: tuple[str, ...],
              header_hint: str, extra_hint: str) -> tuple[list[tuple[int, dict]], bytes] | None:
    """The data rows of the CSV at ``path`` as ``(line, cells)`` plus the file's bytes, or None when it cannot
    be read at all (reported). ``what`` names the file in messages (词库, 词类); ``header_hint`` follows a
    missing-column message, ``extra_hint`` a row with more cells than the header."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        report(name, 0, f"找不到{what}文件，请检查路径")
        return None
    except OSError as exc:
        report(name, 0, f"无法读取{what}文件（{exc.strerror or exc}）")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report(name, raw[: exc.start].count(b"\n") + 1, "不是 UTF-8 编码；请在 Excel/WPS 中另存为“CSV UTF-8”")
        return None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in required if c not in header]
    if missing:
        report(name, 1, f"表头缺少必需的列：{', '.join(missing)}（{header_hint}）")
        return None
    unknown = [h for h in header if h and h not in columns]
    if unknown:
        report(name, 1, f"表头有未知的列：{', '.join(unknown)}（可用列：{', '.join(columns)}）")
    rows = []
    for row in reader:
        line = reader.line_num  # line where the row ends (rows with quoted newlines span several)
        if None in row:
            report(name, line, f"这一行的列数比表头多（{extra_hint}）")
            continue
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        if not any(cells.values()):
            continue
        rows.append((line, cells))
    return rows, raw
