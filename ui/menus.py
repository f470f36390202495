"""The console's menus, app-wide shortcuts and tray icon (split out of ``ui.console``). Main thread only.

``self`` below is the ``ConsoleWindow``; these functions set ``start_action``, ``ack_action`` and ``tray``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from app import __version__
from ui.theme import app_icon

SHORTCUT_START = "F5"
SHORTCUT_SWITCH = "F6"
SHORTCUT_ACK = "F8"


def build_actions(self) -> None:
    """Menus, app-wide shortcuts (F5 start/stop, F6 switch anchor, F8/Space acknowledge)."""
    self.start_action = QAction(f"开始监听\t{SHORTCUT_START}", self)
    self.start_action.setShortcut(QKeySequence(SHORTCUT_START))
    self.start_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    self.start_action.triggered.connect(self.toggle_monitoring)
    switch = QAction(f"切换主播\t{SHORTCUT_SWITCH}", self)
    switch.setShortcut(QKeySequence(SHORTCUT_SWITCH))
    switch.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    switch.triggered.connect(self.switch_anchor)
    ack = QAction(f"确认最新提醒\t{SHORTCUT_ACK}", self)
    ack.setShortcut(QKeySequence(SHORTCUT_ACK))
    ack.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    ack.triggered.connect(self.popups.acknowledge_latest)
    self.ack_action = ack
    # Space acknowledges too while a popup is showing and no text field has the focus.
    space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
    space.activated.connect(self.popups.acknowledge_latest)
    prompter = QAction("显示提词屏", self)
    prompter.triggered.connect(self.show_prompter)
    settings = QAction("设置…", self)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.triggered.connect(self.open_settings)
    quit_action = QAction("退出", self)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(self.close)
    about = QAction("关于 LiveGuard", self)
    about.triggered.connect(lambda: QMessageBox.about(
        self, "关于 LiveGuard", f"LiveGuard 直播合规助手 {__version__}\n离线识别主播话术中的违规用语，给出合规替换建议。"))
    menu = self.menuBar()
    file_menu = menu.addMenu("文件")
    file_menu.addAction(settings)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    live_menu = menu.addMenu("直播")
    for action in (self.start_action, switch, ack, prompter):
        live_menu.addAction(action)
        self.addAction(action)
    help_menu = menu.addMenu("帮助")
    help_menu.addAction(about)
    self.monitor.start_btn.setToolTip(f"开始/停止实时监听（{SHORTCUT_START}）")
    self.monitor.switch_btn.setToolTip(f"换到下一位主播（{SHORTCUT_SWITCH}）")

def build_tray(self) -> None:
    """System tray icon with a small menu (when the desktop has a tray)."""
    self.tray = None
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return
    from PySide6.QtWidgets import QMenu

    tray = QSystemTrayIcon(app_icon(), self)
    tray.setToolTip("LiveGuard 直播合规助手")
    menu = QMenu(self)
    menu.addAction("显示主窗口", self.showNormal)
    menu.addAction(self.start_action)
    menu.addSeparator()
    menu.addAction("退出", self.close)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda reason: self.showNormal() if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
    tray.show()
    self.tray = tray
