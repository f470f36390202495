"""设置 dialog: edits ``AppSettings`` (written to settings.ini on OK). Main thread only."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.settings import CORNERS, MODES, AppSettings


def _screens() -> list[str]:
    out = []
    for i, screen in enumerate(QGuiApplication.screens()):
        geo = screen.geometry()
        out.append(f"屏幕 {i + 1}（{geo.width()}×{geo.height()}）")
    return out


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("设置")
        self.setMinimumWidth(520)
        self.settings = settings
        self.model_dir_changed = False
        self.db_changed = False
        s = settings

        self.mode_combo = _combo(MODES, s.get("mode/name"))
        self.popup_screen = _index_combo(_screens(), s.get("popup/screen"))
        self.popup_corner = _combo(CORNERS, s.get("popup/corner"))
        self.popup_seconds = _spin(2, 60, s.get("popup/seconds"), " 秒")
        self.popup_stack = _spin(1, 8, s.get("popup/max_stack"), " 个")
        self.popup_sound = QCheckBox("弹窗时播放提示音")
        self.popup_sound.setChecked(s.get("popup/sound"))
        self.prompter_screen = _index_combo(_screens(), s.get("prompter/screen"))
        self.prompter_full = QCheckBox("提词屏全屏显示")
        self.prompter_full.setChecked(s.get("prompter/fullscreen"))
        self.prompter_seconds = _spin(2, 60, s.get("prompter/seconds"), " 秒")
        self.cps = QDoubleSpinBox()
        self.cps.setRange(1.0, 12.0)
        self.cps.setSingleStep(0.5)
        self.cps.setSuffix(" 字/秒")
        self.cps.setValue(s.get("rehearsal/chars_per_second"))
        display = QWidget()
        f1 = QFormLayout(display)
        f1.addRow("工作模式", self.mode_combo)
        f1.addRow("弹窗显示在", self.popup_screen)
        f1.addRow("弹窗位置", self.popup_corner)
        f1.addRow("弹窗停留", self.popup_seconds)
        f1.addRow("最多同时显示", self.popup_stack)
        f1.addRow("", self.popup_sound)
        f1.addRow("提词屏显示在", self.prompter_screen)
        f1.addRow("", self.prompter_full)
        f1.addRow("提词停留", self.prompter_seconds)
        f1.addRow("模拟演练语速", self.cps)

        self.model_dir = QLineEdit(str(s.model_dir()))
        self.db_path = QLineEdit(str(s.db_path()))
        paths = QWidget()
        f2 = QFormLayout(paths)
        f2.addRow("语音模型文件夹", _with_browse(self.model_dir, folder=True))
        f2.addRow("数据库文件", _with_browse(self.db_path, folder=False))

        self.score = {sev: _spin(0, 100, s.get(f"score/{sev}"), " 分") for sev in ("high", "medium", "low")}
        self.warn_below = _spin(0, 100, s.get("score/warn_below"), " 分")
        self.breaker_hits = _spin(1, 50, s.get("breaker/hits"), " 次")
        self.breaker_window = _spin(1, 240, s.get("breaker/window_minutes"), " 分钟")
        self.second_opinion = QCheckBox("复核模型：规则命中后再读整句，多半不是违规的不弹窗、不扣分")
        self.second_opinion.setChecked(s.get("rules/second_opinion"))
        self.second_opinion.setToolTip("按过往盲测（第 30–64 批回溯），误报约减少四分之三。\n"
                                       "脚本预审里被排除的命中以灰色列出；直播中从下一场起生效。")
        self.second_opinion_find = QCheckBox("复核模型补报：词库没命中、但整句很像违规的，也提醒（整句判断）")
        self.second_opinion_find.setChecked(s.get("rules/second_opinion_find"))
        self.second_opinion_find.setToolTip("按过往盲测（第 30–64 批回溯），句级召回从约 88% 提到约 93%；提醒里标“整句判断”，只给改法提示。\n"
                                            "直播中在一句话说完后判断。")
        self.second_opinion_find.setEnabled(self.second_opinion.isChecked())
        self.second_opinion.toggled.connect(self.second_opinion_find.setEnabled)
        rules = QWidget()
        f3 = QFormLayout(rules)
        f3.addRow("高风险每次扣", self.score["high"])
        f3.addRow("中风险每次扣", self.score["medium"])
        f3.addRow("低风险每次扣", self.score["low"])
        f3.addRow("低于多少分预警", self.warn_below)
        f3.addRow("熔断：高风险达到", self.breaker_hits)
        f3.addRow("熔断：时间窗口", self.breaker_window)
        f3.addRow("", self.second_opinion)
        f3.addRow("", self.second_opinion_find)

        tabs = QTabWidget()
        tabs.addTab(display, "弹窗与提词屏")
        tabs.addTab(rules, "评分与熔断")
        tabs.addTab(paths, "模型与数据")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        s = self.settings
        s.set("mode/name", self.mode_combo.currentData())
        s.set("popup/screen", self.popup_screen.currentIndex())
        s.set("popup/corner", self.popup_corner.currentData())
        s.set("popup/seconds", self.popup_seconds.value())
        s.set("popup/max_stack", self.popup_stack.value())
        s.set("popup/sound", self.popup_sound.isChecked())
        s.set("prompter/screen", self.prompter_screen.currentIndex())
        s.set("prompter/fullscreen", self.prompter_full.isChecked())
        s.set("prompter/seconds", self.prompter_seconds.value())
        s.set("rehearsal/chars_per_second", self.cps.value())
        for sev, spin in self.score.items():
            s.set(f"score/{sev}", spin.value())
        s.set("score/warn_below", self.warn_below.value())
        s.set("breaker/hits", self.breaker_hits.value())
        s.set("breaker/window_minutes", self.breaker_window.value())
        s.set("rules/second_opinion", self.second_opinion.isChecked())
        s.set("rules/second_opinion_find", self.second_opinion_find.isChecked())
        if self.model_dir.text().strip() != str(s.model_dir()):
            s.set("model/dir", self.model_dir.text().strip())
            self.model_dir_changed = True
        if self.db_path.text().strip() != str(s.db_path()):
            s.set("db/path", self.db_path.text().strip())
            self.db_changed = True
        s.sync()
        super().accept()


def _combo(options: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    for key, label in options.items():
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _index_combo(labels: list[str], current: int) -> QComboBox:
    combo = QComboBox()
    combo.addItems(labels or ["屏幕 1"])
    combo.setCurrentIndex(min(max(0, current), combo.count() - 1))
    return combo


def _spin(lo: int, hi: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(lo, hi)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _with_browse(edit: QLineEdit, *, folder: bool) -> QWidget:
    button = QPushButton("浏览…")

    def browse():
        if folder:
            chosen = QFileDialog.getExistingDirectory(edit, "选择文件夹", edit.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(edit, "数据库文件", edit.text(), "SQLite (*.sqlite *.db)")
        if chosen:
            edit.setText(chosen)

    button.clicked.connect(browse)
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box
