"""脚本预审: paste or open a script, see risky phrases highlighted as you type, replace them in one click.

The scan is debounced (``DEBOUNCE_MS`` after the last keystroke) and runs on the main thread: the matcher
is an Aho-Corasick automaton, a few milliseconds for a long script, so no worker is needed and the result
can never arrive for a stale text. Offsets from the matcher index the Python string; they are converted to
Qt's UTF-16 positions (emoji in scripts are common). Main thread only.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.rules.model import SEVERITY_CN, Hit
from app.rules.second_opinion import fmt_probability, reviewed
from ui.qt_compat import emit
from ui.theme import SEVERITY_COLORS, SEVERITY_HIGHLIGHT

DEBOUNCE_MS = 250


def utf16_index_map(text: str) -> list[int] | None:
    """``map[i]`` = UTF-16 position of Python index ``i`` (None when the text has no astral characters)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) >= 0x10000 else 1
    out.append(pos)
    return out


def read_script(path: Path) -> str:
    """Text of a .txt (UTF-8, UTF-8 with BOM or GB18030) or .docx file. Raises ValueError in Chinese."""
    if path.suffix.lower() == ".docx":
        import docx

        try:
            document = docx.Document(str(path))
        except Exception as exc:  # noqa: BLE001 - python-docx raises several types for a bad file
            raise ValueError(f"无法读取 Word 文件 {path.name}：{exc}。请确认它是 .docx（不是旧版 .doc）。") from exc
        return "\n".join(p.text for p in document.paragraphs)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"无法识别 {path.name} 的文字编码。请用记事本另存为 UTF-8 后再打开。")


def write_script(path: Path, text: str) -> None:
    if path.suffix.lower() == ".docx":
        import docx

        document = docx.Document()
        for line in text.split("\n"):
            document.add_paragraph(line)
        document.save(str(path))
    else:
        path.write_text(text, encoding="utf-8")


class ScriptCheckWidget(QWidget):
    """Editor + hit list. ``checked(list[Hit])`` after each scan; ``rehearse_requested(str)`` for 模拟演练."""

    checked = Signal(list)
    rehearse_requested = Signal(str)

    def __init__(self, matcher_provider, *, product_category: str = "", second_opinion_provider=None,
                 parent: QWidget | None = None):
        """``matcher_provider()`` returns the current matcher (it changes when the lexicon is edited);
        ``second_opinion_provider()`` the second opinion in force, or None (rules alone)."""
        super().__init__(parent)
        self._matcher_provider = matcher_provider
        self._second_opinion_provider = second_opinion_provider or (lambda: None)
        self.product_category = product_category
        self.own_platform = ""  # the room's platform: naming it is no diversion (app.rules.platforms)
        self.hits: list[Hit] = []
        self.set_aside: list[tuple[Hit, float]] = []  # rule hits the second opinion reads as clean (shown greyed)
        self._index_map: list[int] | None = None
        self.path: Path | None = None

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("在这里粘贴直播脚本，或点击「打开脚本」。有风险的说法会自动标出，鼠标停在上面可看建议。")
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._context_menu)
        self.editor.viewport().installEventFilter(self)
        self.editor.setStyleSheet("QPlainTextEdit { font-size: 15px; line-height: 150%; }")

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.rescan)
        self.editor.textChanged.connect(self._debounce.start)

        open_btn = QPushButton("打开脚本…")
        open_btn.clicked.connect(self._open_dialog)
        save_btn = QPushButton("保存修改后的脚本…")
        save_btn.clicked.connect(self._save_dialog)
        self.replace_all_btn = QPushButton("全部替换为首选建议")
        self.replace_all_btn.clicked.connect(self.replace_all)
        self.rehearse_btn = QPushButton("▶ 模拟演练")
        self.rehearse_btn.setObjectName("primary")
        self.rehearse_btn.setToolTip("按正常语速把脚本送进实时检测流程，弹窗和提词屏会真实出现（无需语音模型）")
        self.rehearse_btn.clicked.connect(lambda: emit(self.rehearse_requested, self.editor.toPlainText()))
        bar = QHBoxLayout()
        for btn in (open_btn, save_btn, self.replace_all_btn):
            bar.addWidget(btn)
        bar.addStretch(1)
        bar.addWidget(self.rehearse_btn)

        self.summary_label = QLabel("还没有内容")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-size: 14px; padding: 4px;")
        self.hit_list = QTreeWidget()
        self.hit_list.setHeaderLabels(["说法", "类别", "风险", "建议改为"])
        self.hit_list.setRootIsDecorated(False)
        self.hit_list.setColumnWidth(0, 90)
        self.hit_list.setColumnWidth(1, 90)
        self.hit_list.setColumnWidth(2, 40)
        self.hit_list.itemDoubleClicked.connect(lambda item, _col: self._replace_item(item))
        self.hit_list.currentItemChanged.connect(lambda item, _prev: self._select_item(item))
        replace_btn = QPushButton("替换选中项")
        replace_btn.setToolTip("把选中的说法替换为首选建议（也可以双击列表项，或在正文里右键）")
        replace_btn.clicked.connect(lambda: self._replace_item(self.hit_list.currentItem()))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.summary_label)
        side_layout.addWidget(self.hit_list, 1)
        side_layout.addWidget(replace_btn)

        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # scanning ----------------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.rescan()

    def rescan(self) -> None:
        self._debounce.stop()
        text = self.editor.toPlainText()
        matcher = self._matcher_provider()
        hits = list(matcher.scan(text, self.product_category or None)) if matcher and text else []
        review = self._second_opinion_provider() if matcher else None  # no lexicon loaded yet: nothing is judged
        self.hits, self.set_aside = reviewed(text, hits, review, self.own_platform)
        self._index_map = utf16_index_map(text)
        self._paint()
        self._fill_list()
        emit(self.checked, self.hits)

    def _qpos(self, index: int) -> int:
        return self._index_map[index] if self._index_map else index

    def _paint(self) -> None:
        selections = []
        for hit in self.hits:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(SEVERITY_HIGHLIGHT.get(hit.severity, SEVERITY_HIGHLIGHT["medium"]))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(SEVERITY_COLORS.get(hit.severity, SEVERITY_COLORS["medium"]))
            sel.format = fmt
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(self._qpos(hit.start))
            cursor.setPosition(self._qpos(hit.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.editor.setExtraSelections(selections)

    def category_counts(self) -> Counter:
        return Counter(h.category for h in self.hits)

    def _fill_list(self) -> None:
        self.hit_list.clear()
        for i, hit in enumerate(self.hits):
            advice = hit.suggestions[0] if hit.suggestions else "（删除）"
            item = QTreeWidgetItem([hit.surface, hit.category, SEVERITY_CN.get(hit.severity, hit.severity),
                                    f"整句判断：{advice}" if hit.by_model else advice])
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            item.setForeground(2, SEVERITY_COLORS.get(hit.severity, SEVERITY_COLORS["medium"]))
            item.setToolTip(0, _tooltip(hit) if not hit.by_model else
                            f"词库里没有这种说法，复核模型读整句判断为{hit.category}（把握 {hit.confidence:.0%}）。\n"
                            f"{hit.suggestions[0]}。请自己改写这句；不能一键替换。")
            self.hit_list.addTopLevelItem(item)
        for k, (hit, p) in enumerate(self.set_aside):
            item = QTreeWidgetItem([hit.surface, hit.category, "—", f"复核排除：多半不是违规（违规可能 {fmt_probability(p)}）"])
            item.setData(0, Qt.ItemDataRole.UserRole, -(k + 1))
            for column in range(4):
                item.setForeground(column, QColor("#8a8f98"))
            item.setToolTip(0, "规则命中了，但复核模型读整句认为多半不是违规（如在谈论这个词、讲规定），所以不计入。\n"
                               "请自己再看一眼；确属违规时可照常替换。可在「设置 → 评分与熔断」里关闭复核模型。")
            self.hit_list.addTopLevelItem(item)
        if not self.hits:
            text = self.editor.toPlainText().strip()
            aside = f"\n另有 {len(self.set_aside)} 处经复核排除（灰色，请过目）" if self.set_aside else ""
            self.summary_label.setText(("✅ 没有发现风险说法" if text else "还没有内容") + aside)
            return
        high = sum(1 for h in self.hits if h.severity == "high")
        # Each "类别 N" stays on one line: a wrapped label may otherwise break between any two Chinese
        # characters. U+2060 WORD JOINER forbids a break between the characters it joins.
        parts = ["\u2060".join(f"{cat}\u00a0{n}") for cat, n in self.category_counts().most_common()]
        aside = f"；另有 {len(self.set_aside)} 处经复核排除" if self.set_aside else ""
        self.summary_label.setText(f"共 {len(self.hits)} 处风险（高风险 {high} 处）{aside}\n" + "　".join(parts))

    # replacing ---------------------------------------------------------------------------------------
    def replace_hit(self, hit: Hit, replacement: str) -> None:
        """Replaces one hit's text (undoable with Ctrl+Z) and rescans at once."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qpos(hit.start))
        cursor.setPosition(self._qpos(hit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self.rescan()

    def replace_all(self) -> int:
        """Replaces every hit that has a suggestion with its first suggestion, last to first."""
        count = 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for hit in sorted(self.hits, key=lambda h: h.start, reverse=True):
            if not hit.suggestions or hit.by_model:  # a whole-sentence judgement has advice, not a replacement
                continue
            cursor.setPosition(self._qpos(hit.start))
            cursor.setPosition(self._qpos(hit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(hit.suggestions[0])
            count += 1
        cursor.endEditBlock()
        self.rescan()
        return count

    def hit_at(self, qt_position: int) -> Hit | None:
        for hit in self.hits:
            if self._qpos(hit.start) <= qt_position < self._qpos(hit.end):
                return hit
        return None

    def _item_hit(self, item: QTreeWidgetItem) -> Hit:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        return self.hits[index] if index >= 0 else self.set_aside[-index - 1][0]

    def _replace_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        hit = self._item_hit(item)
        if hit.by_model:
            return  # advice, not a replacement phrase: the writer rewrites the sentence (the list's tooltip says so)
        self.replace_hit(hit, hit.suggestions[0] if hit.suggestions else "")

    def _select_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        hit = self._item_hit(item)
        cursor = self.editor.textCursor()
        cursor.setPosition(self._qpos(hit.start))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _context_menu(self, pos) -> None:
        menu = self.editor.createStandardContextMenu()
        hit = self.hit_at(self.editor.cursorForPosition(pos).position())
        if hit is not None:
            first = menu.actions()[0] if menu.actions() else None
            title = QAction(f"「{hit.surface}」· {hit.category}", menu)
            title.setEnabled(False)
            menu.insertAction(first, title)
            for suggestion in hit.suggestions or ("",):
                label = f"替换为：{suggestion}" if suggestion else "删除这个说法"
                action = QAction(label, menu)
                action.triggered.connect(lambda _=False, h=hit, s=suggestion: self.replace_hit(h, s))
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(self.editor.viewport().mapToGlobal(pos))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.editor.viewport() and event.type() == QEvent.Type.ToolTip:
            hit = self.hit_at(self.editor.cursorForPosition(event.pos()).position())
            if hit is not None:
                QToolTip.showText(event.globalPos(), _tooltip(hit), self.editor)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(obj, event)

    # files ---------------------------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.set_text(read_script(self.path))

    def _open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "打开脚本", "", "脚本 (*.txt *.docx);;所有文件 (*)")
        if name:
            try:
                self.open_file(Path(name))
            except (OSError, ValueError) as exc:
                QMessageBox.warning(self, "无法打开脚本", str(exc))

    def _save_dialog(self) -> None:
        suggested = str(self.path.with_name(self.path.stem + "_已修改" + self.path.suffix)) if self.path else "脚本_已修改.txt"
        name, _ = QFileDialog.getSaveFileName(self, "保存修改后的脚本", suggested, "文本 (*.txt);;Word (*.docx)")
        if name:
            try:
                write_script(Path(name), self.editor.toPlainText())
            except OSError as exc:
                QMessageBox.warning(self, "保存失败", f"无法保存到 {name}：{exc}。请换一个文件夹再试。")


def _tooltip(hit: Hit) -> str:
    suggestions = "、".join(hit.suggestions) if hit.suggestions else "建议删除"
    rank = SEVERITY_CN.get(hit.severity, hit.severity)
    return (f"<b>{hit.surface}</b>（{hit.category}，风险{rank}）<br>建议改为：{suggestions}"
            f"<br><span style='color:#666'>依据：{hit.basis or '平台规则'}</span>")


__all__ = ["ScriptCheckWidget", "read_script", "write_script", "utf16_index_map"]
