"""Qt's own strings in Chinese: the right-click menu of text fields (撤销/复制/粘贴), file dialogs, and
standard buttons we do not relabel ourselves come from Qt's translation catalogues (``qtbase_zh_CN.qm``),
which ship with PySide6 (and are kept in the bundle by ``build.spec``).

Call :func:`install_qt_translations` once on the main thread, after the ``QApplication`` exists and before
windows are built. A missing catalogue is not an error: Qt then falls back to English for those strings.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

CATALOGUES = ("qtbase",)


def install_qt_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's Chinese catalogues into ``app``; returns the installed translators (kept alive by ``app``)."""
    locale = locale or QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name in CATALOGUES:
        translator = QTranslator(app)  # parented: lives as long as the application
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
