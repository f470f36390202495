"""Post-show reports: ``data.build_report`` gathers, ``export_*`` format (xlsx, csv, pdf, html).

``score.py`` holds the compliance score; ``cells.py`` the formula-injection guard.
Threading: ``build_report`` runs on the store's DB thread; exporters are pure and run anywhere.
"""

from __future__ import annotations

import os

FORMATS = ("xlsx", "csv", "pdf", "html")


def export(report, fmt: str, path: str | os.PathLike) -> str:
    """Write ``report`` to ``path`` in ``fmt`` (one of FORMATS). Heavy libraries load on first use.

    Returns a note for the user (Chinese, empty when there is nothing to say): for a PDF, that no Chinese
    font could be embedded and what to install."""
    if fmt == "csv":
        from app.reports.export_csv import export_csv as fn
    elif fmt == "xlsx":
        from app.reports.export_xlsx import export_xlsx as fn
    elif fmt == "pdf":
        from app.reports.export_pdf import export_pdf as fn
    elif fmt == "html":
        from app.reports.export_html import export_html as fn
    else:
        raise ValueError(f"不支持的报告格式：{fmt}（可选：{'、'.join(FORMATS)}）")
    result = fn(report, path)
    return getattr(result, "note", "") or ""
