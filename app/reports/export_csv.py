"""CSV export: the full violation list, UTF-8 with BOM so Excel opens Chinese correctly.

Every text cell goes through ``neutralise`` (formula injection). The summary and charts are in the
XLSX/PDF/HTML formats; CSV stays one plain table that any tool can read back.

Threading: pure formatting of a ``Report``; run it off the UI thread for big shows.
"""

from __future__ import annotations

import csv
import os

from app.reports.cells import neutralise
from app.reports.data import LIST_COLUMNS, Report


def export_csv(report: Report, path: str | os.PathLike) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([header for _, header, _ in LIST_COLUMNS])
        keys = [key for key, _, _ in LIST_COLUMNS]
        writer.writerows([neutralise(row[k]) for k in keys] for row in report.rows)
