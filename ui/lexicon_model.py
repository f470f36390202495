"""The table model of the 词库 editor (:mod:`ui.lexicon_editor`): the merged lexicon as editable rows.

:class:`LexiconTableModel` holds one dict of lexicon columns per entry plus its ``origin``: 默认 (the bundled
default, untouched), 已修改 (a default entry the user overrides, a bare disable row included) or 自定义 (a
user entry). ``load`` merges the default file with the user overlay; edits mark a default row changed (and
back to default when it matches again); ``overlay_rows`` is what goes into the user lexicon. Rows the
loader rejects are painted red with the messages as tooltip (``set_errors``); term/variant tooltips add the
word classes the row uses. ``COLUMNS`` lists the columns (key, header). Main thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.rules.lexicon import read_lexicon_file
from app.rules.model import SEVERITY_CN
from ui.lexicon_io import class_summary, entry_to_row
from ui.qt_compat import emit

COLUMNS = [("enabled", "启用"), ("id", "编号"), ("term", "词条"), ("variants", "变体"), ("category", "类别"),
           ("severity", "风险"), ("suggestions", "合规建议"), ("basis", "依据"), ("exemptions", "豁免语境"),
           ("product_categories", "适用品类"), ("origin", "来源"), ("note", "备注")]
ORIGIN_DEFAULT, ORIGIN_CHANGED, ORIGIN_CUSTOM = "默认", "已修改", "自定义"
ERROR_BG = QColor("#ffcdd2")
DISABLED_FG = QColor("#9aa3ad")


class LexiconTableModel(QAbstractTableModel):
    """Rows: dicts of lexicon columns + ``origin``. ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.defaults: dict[str, dict] = {}
        self.errors: dict[int, list[str]] = {}
        self.classes: dict[str, tuple[str, ...]] = {}  # word classes in force: name -> members

    # loading -------------------------------------------------------------------------------------
    def load(self, default_path: Path, user_path: Path) -> None:
        self.beginResetModel()
        load = read_lexicon_file(default_path)
        self.defaults = {e.id: entry_to_row(e) for e in load.entries}
        self.classes = dict(load.classes)
        overlay: dict[str, dict] = {}
        if user_path.exists():
            from ui.lexicon_io import read_table as _read

            try:
                for row in _read(user_path):
                    overlay[row["id"]] = row
            except ValueError:
                overlay = {}
        rows = []
        for entry_id, row in self.defaults.items():
            if entry_id in overlay:
                user = overlay.pop(entry_id)
                if not user["term"]:  # a bare "disable" row
                    user = {**row, "enabled": "0"}
                rows.append({**user, "origin": ORIGIN_CHANGED})
            else:
                rows.append({**row, "origin": ORIGIN_DEFAULT})
        rows.extend({**row, "origin": ORIGIN_CUSTOM} for row in overlay.values())
        self.rows = rows
        self.errors = {}
        self.endResetModel()

    def class_summary(self, row_index: int) -> str:
        """The word classes row ``row_index`` uses and (some of) their members, in Chinese; "" for none."""
        return class_summary(self.rows[row_index], self.classes)

    def overlay_rows(self) -> list[dict]:
        """What goes into the user lexicon: every row that differs from the bundled default."""
        return [r for r in self.rows if r["origin"] != ORIGIN_DEFAULT]

    # Qt model ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def flags(self, index):
        key = COLUMNS[index.column()][0]
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if key == "enabled":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key == "origin" or (key == "id" and self.rows[index.row()]["origin"] != ORIGIN_CUSTOM):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole and key == "enabled":
            return Qt.CheckState.Unchecked if row["enabled"] == "0" else Qt.CheckState.Checked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "enabled":
                return None
            if key == "severity" and role == Qt.ItemDataRole.DisplayRole:
                return SEVERITY_CN.get(row["severity"], row["severity"])
            return row.get(key, "")
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors:
            return ERROR_BG
        if role == Qt.ItemDataRole.ForegroundRole and row["enabled"] == "0":
            return DISABLED_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self.errors:
                return "错误：" + "；".join(self.errors[index.row()])
            text = row.get(key, "")
            if key in ("term", "variants"):
                summary = self.class_summary(index.row())
                text = f"{text}\n\n{summary}" if text and summary else text
            return text or None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        key = COLUMNS[index.column()][0]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and key == "enabled":
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            new = "1" if checked else "0"
        elif role == Qt.ItemDataRole.EditRole:
            new = " ".join(str(value).split())
            if key == "severity":
                new = {"高": "high", "中": "medium", "低": "low"}.get(new, new.lower())
        else:
            return False
        if row.get(key, "") == new:
            return False
        row[key] = new
        if row["origin"] == ORIGIN_DEFAULT:
            row["origin"] = ORIGIN_CHANGED
        elif row["origin"] == ORIGIN_CHANGED and self._same_as_default(row):
            row["origin"] = ORIGIN_DEFAULT
        emit(self.dataChanged, self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        emit(self.changed)
        return True

    def _same_as_default(self, row: dict) -> bool:
        base = self.defaults.get(row["id"])
        return base is not None and all(row.get(k, "") == v for k, v in base.items())

    def add_row(self, row: dict) -> int:
        """Adds (or replaces by id) a user row; returns its index."""
        for i, existing in enumerate(self.rows):
            if existing["id"] == row["id"]:
                origin = ORIGIN_CHANGED if row["id"] in self.defaults else ORIGIN_CUSTOM
                self.rows[i] = {**row, "origin": origin}
                emit(self.dataChanged, self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                emit(self.changed)
                return i
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append({**row, "origin": ORIGIN_CUSTOM})
        self.endInsertRows()
        emit(self.changed)
        return len(self.rows) - 1

    def new_id(self) -> str:
        used = {r["id"] for r in self.rows}
        n = 1
        while f"USR-{n:04d}" in used:
            n += 1
        return f"USR-{n:04d}"

    def set_errors(self, errors_by_row: dict[int, list[str]]) -> None:
        self.errors = errors_by_row
        if self.rows:
            emit(self.dataChanged, self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
