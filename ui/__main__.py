"""`python -m ui` / `liveguard`: starts the console.

SIGTERM/SIGINT post a quit to the event loop (a 200 ms QTimer lets the Python interpreter run signal
handlers while Qt's loop is idle); quitting closes the window, whose ``shutdown`` stops monitoring, joins
the workers and flushes the store. ``--quit-after SECONDS`` starts and quits by itself (start-up checks of
the frozen bundle; ``LIVEGUARD_STARTUP_REPORT=1`` prints how long the window took to appear).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    parser = argparse.ArgumentParser(prog="liveguard", description="LiveGuard 直播合规助手（图形界面）")
    parser.add_argument("--quit-after", type=float, default=0.0, help="启动后若干秒自动退出（自检用）")
    parser.add_argument("--no-first-run", action="store_true", help="不弹出首次使用向导")
    args, _unknown = parser.parse_known_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.console import ConsoleWindow
    from ui.gc_guard import MainThreadGC
    from ui.i18n import install_qt_translations
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LiveGuard")
    app.setOrganizationName("LiveGuard")
    install_qt_translations(app)
    apply_theme(app)
    collector = MainThreadGC(parent=app)  # Qt objects must never be freed on a worker thread
    window = ConsoleWindow(first_run=not args.no_first_run)
    app.aboutToQuit.connect(window.shutdown)

    def request_quit(signum=None, _frame=None):
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)

    signal.signal(signal.SIGTERM, request_quit)
    signal.signal(signal.SIGINT, request_quit)
    ticker = QTimer()
    ticker.start(200)  # wake the interpreter so Python-level signal handlers run
    ticker.timeout.connect(lambda: None)

    window.show()
    if os.environ.get("LIVEGUARD_STARTUP_REPORT"):
        QTimer.singleShot(0, lambda: print(f"window shown after {time.perf_counter() - started:.2f} s", flush=True))
    if args.quit_after > 0:
        QTimer.singleShot(int(args.quit_after * 1000), request_quit)
    code = app.exec()
    window.shutdown()
    collector.stop()
    if window.stuck_workers:
        # Monitoring is stopped and the store is closed (flushed); what is left is a load that cannot be
        # interrupted and holds no data. Exiting now keeps the "quits within seconds" promise, and avoids
        # Qt aborting on a QThread destroyed while running during interpreter shutdown.
        print(f"退出时仍在加载：{', '.join(window.stuck_workers)}（不影响已保存的数据）", file=sys.stderr, flush=True)
        sys.stdout.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
