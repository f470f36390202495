"""The 词类 tab of the lexicon editor: word classes (``{疾病}`` …) listed, members shown, user members edited.

Left: every class (name, member count, where defined, description), filtered by class name or member.
Right: the selected class's members — bundled ones grey (cannot be removed; the message says what to do),
the user's own blue — a field to add members (| or 、 between them, Enter adds), and 删除 for the user's
members. 新建词类 asks for a name, members and a description. Changes go through :class:`ui.class_io.ClassBook`
(the loader's own validation, then ``user_classes.csv``); a refused change keeps what was typed and shows the
loader's Chinese message. After a write ``saved`` fires: the lexicon editor reloads the matcher on a worker.

Shortcuts (while the tab has focus): Enter in the add field adds, Delete removes the selected user members,
Ctrl+Shift+N opens 新建词类, Ctrl+F jumps to the filter. Main thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.class_io import ClassBook, Outcome
from ui.qt_compat import emit

BUNDLED_FG = QColor("#5f6b7a")
USER_FG = QColor("#1565c0")
ERROR_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"


class MemberModel(QAbstractListModel):
    """The members of one class: ``(member, is_user)`` rows; bundled grey, the user's blue and bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.members: list[tuple[str, bool]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_members(self, members: list[tuple[str, bool]]) -> None:
        self.beginResetModel()
        self.members = members
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.members)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        member, user = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return member
        if role == Qt.ItemDataRole.ForegroundRole:
            return USER_FG if user else BUNDLED_FG
        if role == Qt.ItemDataRole.FontRole and user:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return "你添加的成员：可删除（Delete）" if user else "默认成员：不能删除"
        return None


class NewClassDialog(QDialog):
    """Name, members and description of a new class. ``accept`` is left to the caller (it validates)."""

    submitted = Signal(str, str, str)  # name, members text, description

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("新建词类")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("中文名称，例如：网红病")
        self.members_edit = QPlainTextEdit()
        self.members_edit.setPlaceholderText("成员，用 | 或顿号分隔，也可以一行一个，例如：鼠标手|手机颈")
        self.members_edit.setFixedHeight(90)
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText("说明（可不填）：这类词是什么、依据哪条规定")
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color:{ERROR_COLOUR}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(lambda: emit(self.submitted, self.name_edit.text(),
                                              self.members_edit.toPlainText(), self.description_edit.text()))
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("词类名", self.name_edit)
        form.addRow("成员", self.members_edit)
        form.addRow("说明", self.description_edit)
        form.addRow(self.message_label)
        form.addRow(buttons)
        self.resize(460, 260)


class ClassEditor(QWidget):
    saved = Signal()  # user_classes.csv changed: reload the matcher

    def __init__(self, bundled_path: Path, user_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = ClassBook(bundled_path, user_path)
        self.dialog: NewClassDialog | None = None
        self._last_change = ""  # what the last saved change did, said again when the reload finished

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("筛选词类或成员（例如：湿疹） Ctrl+F")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._fill_classes)
        new_btn = QPushButton("＋ 新建词类… (Ctrl+Shift+N)")
        new_btn.clicked.connect(self.open_new_class)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(new_btn)

        self.class_table = QTableWidget(0, 4)
        self.class_table.setHorizontalHeaderLabels(["词类", "成员数", "定义于", "说明"])
        self.class_table.verticalHeader().setVisible(False)
        self.class_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.class_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.class_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.class_table.setWordWrap(False)
        header = self.class_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.class_table.currentCellChanged.connect(lambda *_: self._fill_members())

        self.title_label = QLabel("")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size:15px;")
        self.members = MemberModel(self)
        self.member_list = QListView()
        self.member_list.setModel(self.members)
        self.member_list.setFlow(QListView.Flow.LeftToRight)
        self.member_list.setWrapping(True)
        self.member_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.member_list.setSpacing(3)
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText("输入要加入本词类的成员，多个用 | 或顿号分隔，回车添加")
        self.add_edit.returnPressed.connect(self.add_typed)
        add_btn = QPushButton("添加")
        add_btn.clicked.connect(self.add_typed)
        self.remove_btn = QPushButton("删除选中的自定义成员 (Del)")
        self.remove_btn.clicked.connect(self.remove_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(add_btn)
        add_row.addWidget(self.remove_btn)
        legend = QLabel(f"<span style='color:{BUNDLED_FG.name()}'>灰色</span>＝默认成员（随程序提供，不能删除）　"
                        f"<span style='color:{USER_FG.name()}'><b>蓝色</b></span>＝你添加的成员（保存在 "
                        f"{self.book.user_path.name}，可删除）。保存后立即生效。")
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.member_list, 1)
        right_layout.addLayout(add_row)
        right_layout.addWidget(legend)

        splitter = QSplitter()
        splitter.addWidget(self.class_table)
        splitter.addWidget(right)
        splitter.setSizes([520, 640])
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence("Ctrl+Shift+N"), self.open_new_class),
                           (QKeySequence(QKeySequence.StandardKey.Find), self._focus_filter)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.member_list.installEventFilter(self)  # Delete / Backspace on the member list removes
        self._fill_classes()
        self._show_file_problems()

    # paths and reloading ---------------------------------------------------------------------------
    def set_paths(self, bundled_path: Path, user_path: Path) -> None:
        """Follow the lexicon the running manager uses (its class file is the one beside it)."""
        if (Path(bundled_path), Path(user_path)) != (self.book.bundled_path, self.book.user_path):
            self.book = ClassBook(bundled_path, user_path)
        else:
            self.book.reload()
        self._fill_classes()
        self._show_file_problems()

    def _show_file_problems(self) -> None:
        if self.book.problems:
            self.say(f"词类文件有 {len(self.book.problems)} 处问题（有问题的成员没有生效）：{self.book.problems[0]}",
                     ok=False)

    def reloaded(self, text: str, *, ok: bool = True) -> None:
        """The lexicon reload after a change finished: say what was changed and that it is in force."""
        done, self._last_change = self._last_change, ""
        self.say(f"{done}。{text}" if done else text, ok=ok)

    def say(self, text: str, *, ok: bool = True) -> None:
        colour = OK_COLOUR if ok else ERROR_COLOUR
        self.status_label.setText(f"<span style='color:{colour}'>{_escape(text)}</span>")

    # listing ---------------------------------------------------------------------------------------
    def current_class(self) -> str:
        item = self.class_table.item(self.class_table.currentRow(), 0) if self.class_table.currentRow() >= 0 else None
        return item.text() if item is not None else ""

    def select_class(self, name: str) -> bool:
        for row in range(self.class_table.rowCount()):
            if self.class_table.item(row, 0).text() == name:
                self.class_table.setCurrentCell(row, 0)
                return True
        return False

    def _fill_classes(self, *_args) -> None:
        keep = self.current_class()
        needle = self.filter_edit.text().strip()
        table = self.class_table
        table.setRowCount(0)
        for info in self.book.classes.values():
            if needle and needle not in info.name and not any(needle in m for m in (*info.bundled, *info.user)):
                continue
            row = table.rowCount()
            table.insertRow(row)
            values = (info.name, str(info.count), info.where, info.description)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setToolTip(value)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        if not (keep and self.select_class(keep)) and table.rowCount():
            table.setCurrentCell(0, 0)
        self._fill_members()

    def _fill_members(self) -> None:
        info = self.book.classes.get(self.current_class())
        if info is None:
            self.members.set_members([])
            self.title_label.setText("没有找到词类。" if self.filter_edit.text().strip() else "")
            return
        desc = f"<br><span style='color:#5f6b7a'>{_escape(info.description)}</span>" if info.description else ""
        self.title_label.setText(f"<b>{{{_escape(info.name)}}}</b>　{info.count} 个成员"
                                 f"（默认 {len(info.bundled)}，自定义 {len(info.user)}）{desc}")
        self.members.set_members([(m, False) for m in info.bundled] + [(m, True) for m in info.user])
        needle = self.filter_edit.text().strip()
        if needle:
            selection = self.member_list.selectionModel()
            for row, (member, _user) in enumerate(self.members.members):
                if needle in member:
                    index = self.members.index(row)
                    selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                    self.member_list.scrollTo(index)

    def members_shown(self, *, user: bool | None = None) -> list[str]:
        """The members listed for the current class (only the user's, or only bundled ones, if asked)."""
        return [m for m, mine in self.members.members if user is None or mine == user]

    def user_members_shown(self) -> list[str]:
        return self.members_shown(user=True)

    def selected_members(self) -> list[str]:
        rows = sorted(i.row() for i in self.member_list.selectionModel().selectedIndexes())
        return [self.members.members[r][0] for r in rows]

    def select_members(self, *members: str) -> None:
        """Select the given members in the list (the first becomes current)."""
        selection = self.member_list.selectionModel()
        selection.clearSelection()
        for row, (member, _user) in enumerate(self.members.members):
            if member in members:
                index = self.members.index(row)
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                if member == members[0]:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    # editing ---------------------------------------------------------------------------------------
    def add_typed(self) -> Outcome | None:
        name = self.current_class()
        if not name:
            self.say("请先在左侧选中一个词类。", ok=False)
            return None
        outcome = self.book.add_members(name, self.add_edit.text())
        if outcome.ok:
            self.add_edit.clear()  # a refused change keeps what was typed
        self._after(outcome, name)
        return outcome

    def remove_selected(self) -> Outcome | None:
        name = self.current_class()
        chosen = self.selected_members()
        if not name or not chosen:
            self.say("请先在右侧选中要删除的成员（可按住 Ctrl 多选）。", ok=False)
            return None
        outcome = None
        for member in chosen:
            outcome = self.book.remove_member(name, member)
            if not outcome.ok:
                break
        self._after(outcome, name)
        return outcome

    def create_class(self, name: str, members_text: str, description: str = "") -> Outcome:
        outcome = self.book.new_class(name, members_text, description)
        self._after(outcome, name.strip())
        return outcome

    def open_new_class(self) -> NewClassDialog:
        dialog = NewClassDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def submit(name: str, members: str, description: str) -> None:
            outcome = self.create_class(name, members, description)
            if outcome.ok:
                dialog.accept()
            else:  # keep the dialog and everything typed; say what to fix
                dialog.message_label.setText(outcome.message)

        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after(self, outcome: Outcome | None, name: str) -> None:
        if outcome is None:
            return
        if outcome.ok:
            self._fill_classes()
            if not self.select_class(name):  # filtered out: show it
                self.filter_edit.clear()
                self.select_class(name)
            extra = f"（注意：{'；'.join(outcome.warnings)}）" if outcome.warnings else ""
            self._last_change = outcome.message + extra
            self.say(f"{outcome.message}，正在重新加载词库…{extra}")
            emit(self.saved)
        else:
            self.say(outcome.message, ok=False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (watched is self.member_list and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
