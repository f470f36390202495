"""Report export for the review tab: gather on the store's DB thread, format with ``app.reports``.

``export_report`` blocks (seconds for a PDF); the review tab runs it on a ``JobThread``. It touches no
Qt object. The format follows the file suffix (.xlsx / .csv / .pdf / .html).
"""

from __future__ import annotations

from pathlib import Path

from app.reports import FORMATS, export


def export_report(store, show_ids: list[int], path: Path, policy=None) -> Path:
    from app.reports.data import build_report

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"不支持的报告格式 .{fmt}：请把文件名结尾改成 .xlsx、.csv 或 .pdf。")
    report = store.run(lambda repo: build_report(repo, list(show_ids), policy=policy))
    try:
        export(report, fmt, path)
    except PermissionError as exc:
        raise OSError(f"无法写入 {path}（{exc.strerror}）。如果该文件正在 Excel/WPS 中打开，请先关闭再导出。") from exc
    return path
