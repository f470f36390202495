"""Colours, fonts and the application style sheet. Main thread only (touches QApplication)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableWidget

from app.paths import resource_path

# Severity colours: background of the popup / highlight in the editor / text colour in lists.
SEVERITY_COLORS = {
    "high": QColor("#c62828"),
    "medium": QColor("#ef6c00"),
    "low": QColor("#f9a825"),
}
SEVERITY_HIGHLIGHT = {
    "high": QColor("#ffcdd2"),
    "medium": QColor("#ffe0b2"),
    "low": QColor("#fff59d"),
}
PROMPTER_BG = QColor("#1f2a36")
PROMPTER_FG = QColor("#e8f1f8")
PROMPTER_ACCENT = QColor("#8fd3a8")

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                "WenQuanYi Micro Hei", "Noto Sans SC", "SimHei")

STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QTabWidget::pane { border: 1px solid #d6dae0; background: white; border-radius: 4px; }
QTabBar::tab { padding: 7px 18px; font-size: 14px; }
QTabBar::tab:selected { background: white; border-bottom: 2px solid #1565c0; }
QGroupBox { font-weight: bold; border: 1px solid #d6dae0; border-radius: 6px; margin-top: 12px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QPushButton { padding: 5px 14px; }
QPushButton#primary { background: #1565c0; color: white; border: none; border-radius: 4px; font-weight: bold; }
QPushButton#primary:hover { background: #0d47a1; }
QPushButton#danger { background: #c62828; color: white; border: none; border-radius: 4px; font-weight: bold; }
QLabel#status_ok { color: #2e7d32; font-weight: bold; }
QLabel#status_warn { color: #ef6c00; font-weight: bold; }
QLabel#status_bad { color: #c62828; font-weight: bold; }
QLabel#hint { color: #5f6b7a; }
"""


def record_table(headers: list[str]) -> QTableWidget:
    """A read-only list of records (the review window's shows, violations, set-aside hits): whole rows, one at a
    time, columns sized to their contents, the last one stretched, alternating row colours."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


HEARD_MAX = 12  # characters of a heard phrase a popup or the prompter shows before eliding it


def heard_phrase(surface: str) -> str:
    """What a popup or the prompter quotes of a hit: a lexicon term whole; a long clause the second opinion
    found, its first characters and "…" (the whole clause is in the hit list and the tooltip)."""
    return surface if len(surface) <= HEARD_MAX else surface[: HEARD_MAX - 1] + "…"


def cjk_family() -> str:
    """The first installed CJK font family, or the platform default."""
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    return QApplication.font().family()


def app_icon() -> QIcon:
    path = resource_path("icons", "liveguard.png")
    return QIcon(str(path)) if path.exists() else QIcon()


def apply_theme(app: QApplication) -> None:
    """Sets a CJK font and the style sheet on the application."""
    font = QFont(cjk_family())
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
