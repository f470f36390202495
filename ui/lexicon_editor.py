"""词库 editor: the merged lexicon (bundled default + the user's overlay) in a table.

Search and category filter (``LexiconFilter``), add / edit / disable, import and export CSV/XLSX.
Edits go to the user overlay only (``app.paths.user_lexicon_path()``): an edited default entry becomes an
override row with the same id, a disabled one an ``enabled=0`` row. Each change is validated with the
engine's loader; rows with errors are shown red with the message in place (tooltip and status line) and
nothing is written until they are fixed. A valid change is written atomically and the running matcher is
reloaded on a worker (``LexiconManager.reload``), then ``applied`` fires. Word classes ``{类名}``: the
term/variant tooltip and the line under the table list the classes the current row uses and their members
(:meth:`ui.lexicon_model.LexiconTableModel.class_summary`); the 词类 tab (:class:`ui.class_editor.ClassEditor`)
lists every class and adds the user's members and classes to ``user_classes.csv``, reloading the matcher
the same way. The rows themselves are :class:`ui.lexicon_model.LexiconTableModel`. Main thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.paths import user_lexicon_path
from app.rules.lexicon import CATEGORIES, default_lexicon_path
from app.rules.model import SEVERITY_CN
from app.rules.word_classes import default_classes_path, user_classes_path
from ui.class_editor import ClassEditor
from ui.dialogs import warn
from ui.lexicon_io import read_table, validate_rows, write_csv, write_xlsx
from ui.lexicon_model import COLUMNS, LexiconTableModel
from ui.qt_compat import emit
from ui.workers import JobThread, WorkerRegistry


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for the 类别 and 风险 columns: only values the loader accepts."""

    def __init__(self, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices  # (label, value)

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LexiconFilter(QSortFilterProxyModel):
    """Free-text search over term/variants/suggestions/id/basis plus a category filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.category = ""

    def set_filter(self, text: str, category: str) -> None:
        self.text, self.category = text.strip(), category
        self.invalidate()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if self.category and row["category"] != self.category:
            return False
        if not self.text:
            return True
        hay = " ".join(row.get(k, "") for k in ("id", "term", "variants", "suggestions", "basis", "note"))
        return self.text.lower() in hay.lower()


class LexiconEditor(QWidget):
    applied = Signal()  # the running matcher now uses the edited lexicon

    def __init__(self, manager_provider, registry: WorkerRegistry, *, default_path: Path | None = None,
                 user_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._manager_provider = manager_provider
        self.registry = registry
        self.default_path = Path(default_path) if default_path else default_lexicon_path()
        self.user_path = Path(user_path) if user_path else user_lexicon_path()
        self.model = LexiconTableModel(self)
        self.model.changed.connect(self._schedule_apply)
        self.proxy = LexiconFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("搜索词条、变体、建议、依据…")
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.category_combo.addItem("全部类别", "")
        for cat in CATEGORIES:
            self.category_combo.addItem(cat, cat)
        self.search_edit.textChanged.connect(self._filter)
        self.category_combo.currentIndexChanged.connect(self._filter)
        add_btn = QPushButton("＋ 新增词条")
        add_btn.clicked.connect(self.add_entry)
        disable_btn = QPushButton("停用/启用选中")
        disable_btn.clicked.connect(self.toggle_selected)
        import_btn = QPushButton("导入 CSV/XLSX…")
        import_btn.clicked.connect(self._import_dialog)
        export_btn = QPushButton("导出…")
        export_btn.clicked.connect(self._export_dialog)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.category_combo)
        bar.addStretch(1)
        for btn in (add_btn, disable_btn, import_btn, export_btn):
            bar.addWidget(btn)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        keys = [key for key, _label in COLUMNS]
        self.table.setItemDelegateForColumn(keys.index("category"), ChoiceDelegate([(c, c) for c in CATEGORIES], self))
        self.table.setItemDelegateForColumn(keys.index("severity"), ChoiceDelegate(
            [(cn, key) for key, cn in SEVERITY_CN.items()], self))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((44, 90, 130, 150, 90, 50, 200, 190, 130, 90, 60, 120)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.class_label = QLabel("")  # the word classes of the current row (read-only)
        self.class_label.setWordWrap(True)
        self.class_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.class_label.hide()
        self.table.selectionModel().currentRowChanged.connect(self._show_classes)
        self.model.dataChanged.connect(self._show_classes)
        self.model.modelReset.connect(self._show_classes)
        entries_page = QWidget()
        layout = QVBoxLayout(entries_page)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.class_label)
        layout.addWidget(self.status_label)
        self.class_editor = ClassEditor(default_classes_path(self.default_path), user_classes_path(self.user_path))
        self.class_editor.saved.connect(self.reload_matcher)
        self.pages = QTabWidget()
        self.pages.addTab(entries_page, "词条")
        self.pages.addTab(self.class_editor, "词类")
        self.pages.setTabToolTip(1, "词条里 {疾病} 这样的词类：查看成员，添加自己的成员或新词类")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(400)
        self._apply_timer.timeout.connect(self.apply_now)

    def reload_from_manager(self) -> None:
        manager = self._manager_provider()
        files = manager.last_load.files if manager is not None and manager.last_load else ()
        if files:
            self.default_path = Path(files[0])  # the default lexicon the running manager really uses
        self.model.load(self.default_path, self.user_path)
        self.class_editor.set_paths(default_classes_path(self.default_path), user_classes_path(self.user_path))
        count = len(manager.entries) if manager else 0
        self.status_label.setText(f"共 {len(self.model.rows)} 条，启用 {count} 条。修改后自动校验并立即生效；"
                                  f"你的修改保存在 {self.user_path}")

    def _show_classes(self, *_args) -> None:
        """Show the word classes of the current row under the table (hidden when it uses none)."""
        current = self.proxy.mapToSource(self.table.currentIndex())
        summary = self.model.class_summary(current.row()) if current.isValid() else ""
        self.class_label.setText(summary)
        self.class_label.setVisible(bool(summary))

    def _filter(self) -> None:
        self.proxy.set_filter(self.search_edit.text(), self.category_combo.currentData() or "")

    # editing ---------------------------------------------------------------------------------------
    def add_entry(self) -> int:
        category = self.category_combo.currentData() or CATEGORIES[0]
        row = {"id": self.model.new_id(), "term": "", "variants": "", "category": category, "severity": "medium",
               "suggestions": "", "basis": "", "exemptions": "", "product_categories": "", "enabled": "1", "note": ""}
        self.search_edit.clear()
        index = self.model.add_row(row)
        view_index = self.proxy.mapFromSource(self.model.index(index, 2))
        self.table.scrollTo(view_index)
        self.table.setCurrentIndex(view_index)
        self.table.edit(view_index)
        return index

    def toggle_selected(self) -> None:
        for view_index in self.table.selectionModel().selectedRows():
            src = self.proxy.mapToSource(view_index)
            row = self.model.rows[src.row()]
            value = Qt.CheckState.Checked if row["enabled"] == "0" else Qt.CheckState.Unchecked
            self.model.setData(self.model.index(src.row(), 0), value, Qt.ItemDataRole.CheckStateRole)

    def _schedule_apply(self) -> None:
        self._apply_timer.start()

    def apply_now(self) -> bool:
        """Validates the user rows; when clean, writes the user lexicon and reloads the matcher."""
        self._apply_timer.stop()
        overlay = self.model.overlay_rows()
        errors, _warnings = validate_rows(overlay)
        positions = {id(r): i for i, r in enumerate(self.model.rows)}
        by_row = {positions[id(overlay[i])]: msgs for i, msgs in errors.items() if i < len(overlay)}
        self.model.set_errors(by_row)
        if by_row:
            first = min(by_row)
            row = self.model.rows[first]
            self.status_label.setText(f"<span style='color:#c62828'>有 {len(by_row)} 行需要修改才能生效（红色行，鼠标停留可看原因）。"
                                      f"例如「{row['term'] or row['id']}」：{by_row[first][0]}</span>")
            return False
        try:
            write_csv(self.user_path, overlay)
        except OSError as exc:
            warn(self, "保存词库失败", f"无法写入 {self.user_path}：{exc}")
            return False
        self.reload_matcher()
        return True

    def reload_matcher(self) -> None:
        """Reload the running lexicon on a worker (after the user lexicon or the user's classes changed)."""
        manager = self._manager_provider()
        if manager is None:
            return
        job = JobThread(manager.reload, name="lexicon-reload")
        job.result.connect(self._reloaded)
        job.failed.connect(self._reload_failed)
        self.registry.start(job)

    def _reload_failed(self, message: str) -> None:
        self.status_label.setText(f"词库重新加载失败：{message}")
        self.class_editor.reloaded(f"词库重新加载失败：{message}", ok=False)

    def _reloaded(self, load) -> None:
        manager = self._manager_provider()
        if load.errors:
            text = f"词库文件有 {len(load.errors)} 处问题，仍使用上一次正确的词库：{load.errors[0]}"
            self.status_label.setText(text)
            self.class_editor.reloaded(text, ok=False)
            return
        self.model.classes = dict(load.classes)  # tooltips and the class line show the new members
        self._show_classes()
        text = f"已保存并生效：启用 {len(manager.entries)} 条（版本 {manager.version}）。"
        self.status_label.setText(text)
        self.class_editor.reloaded(text)
        emit(self.applied)

    # import / export -------------------------------------------------------------------------------
    def import_file(self, path: Path) -> int:
        rows = read_table(path)
        for row in rows:
            self.model.add_row(row)
        self.apply_now()
        return len(rows)

    def export_file(self, path: Path) -> None:
        rows = [{k: v for k, v in r.items() if k != "origin"} for r in self.model.rows]
        if Path(path).suffix.lower() == ".xlsx":
            write_xlsx(Path(path), rows)
        else:
            write_csv(Path(path), rows)

    def _import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "导入词库", "", "词库 (*.csv *.xlsx)")
        if name:
            try:
                count = self.import_file(Path(name))
            except (OSError, ValueError) as exc:
                warn(self, "导入失败", str(exc))
                return
            self.status_label.setText(self.status_label.text() + f"　（已导入 {count} 条）")

    def _export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "导出词库", "词库导出.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if name:
            try:
                self.export_file(Path(name))
            except OSError as exc:
                warn(self, "导出失败", f"无法写入 {name}：{exc}")
