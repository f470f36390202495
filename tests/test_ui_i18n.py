"""Qt's own strings (context menus, standard buttons) speak Chinese once the app installs its translations."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.i18n import install_qt_translations


def test_standard_buttons_are_chinese_after_install(qtbot):
    app = QApplication.instance()
    translators = install_qt_translations(app)
    try:
        assert translators, "PySide6 的 qtbase_zh_CN.qm 应能加载"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        assert "是" in box.button(QDialogButtonBox.StandardButton.Yes).text()
    finally:
        for t in translators:
            app.removeTranslator(t)
