"""The ``liveguard`` executable (installed script and PyInstaller bundle): one program, three ways in.

    liveguard --version                 prints the version (no Qt loaded)
    liveguard scan|report|model|... ... runs that CLI subcommand (``app.cli.main``; no Qt loaded)
    liveguard [--smoke]                 starts the console (``ui.__main__.main``)

``--smoke`` (or ``LIVEGUARD_SMOKE=1``) is for the bundle check and the start-up benchmark: the GUI starts as
usual, and once a top-level window has been visible for a moment the application quits by itself, printing
``LIVEGUARD_SMOKE window_shown_ms=<ms> title=<title>`` on stdout. The milliseconds count from
``LIVEGUARD_LAUNCH_T0`` (a ``time.time()`` the caller sets just before launching) or, without it, from the
start of this module. No window within ``LIVEGUARD_SMOKE_TIMEOUT`` seconds (default 30) → exit status 3.

Threading: everything runs on the main thread except ``_SmokeWatcher``'s short-lived thread, which only waits
for the QApplication to exist and then emits a signal; the polling and quitting happen in a main-thread slot.
"""

from __future__ import annotations

import os
import sys
import threading
import time

_T_IMPORT = time.time()
SMOKE_FLAG = "--smoke"


def _launch_t0() -> float:
    try:
        return float(os.environ["LIVEGUARD_LAUNCH_T0"])
    except (KeyError, ValueError):
        return _T_IMPORT


def _is_cli(argv: list[str]) -> bool:
    if not argv:
        return False
    if argv[0] in ("--version", "-V", "-h", "--help"):
        return True
    if argv[0].startswith("-"):
        return False
    from app.cli import command_names

    return argv[0] in command_names()


def _install_smoke_watcher(hold_ms: int = 400):
    """Quit the GUI shortly after its first window shows; see the module docstring. Returns a state dict."""
    from PySide6.QtCore import QObject, QTimer, Signal, Slot
    from PySide6.QtWidgets import QApplication

    state = {"shown_ms": None, "title": "", "visible_since": None}
    t0 = _launch_t0()
    deadline = time.monotonic() + float(os.environ.get("LIVEGUARD_SMOKE_TIMEOUT", "30"))

    class _SmokeWatcher(QObject):
        app_ready = Signal()

        def __init__(self) -> None:
            super().__init__()  # created on the main thread, before the QApplication: lives there
            self.app_ready.connect(self._start_polling)
            self.timer: QTimer | None = None

        @Slot()
        def _start_polling(self) -> None:  # main thread, inside the first event loop
            self.timer = QTimer(self)
            self.timer.setInterval(20)
            self.timer.timeout.connect(self._poll)
            self.timer.start()
            self._poll()

        @Slot()
        def _poll(self) -> None:
            app = QApplication.instance()
            shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowHandle() is not None
                     and w.windowHandle().isExposed()] or [w for w in app.topLevelWidgets() if w.isVisible()]
            if shown and state["shown_ms"] is None:
                state["shown_ms"] = (time.time() - t0) * 1000
                state["title"] = shown[0].windowTitle()
                print(f"LIVEGUARD_SMOKE window_shown_ms={state['shown_ms']:.0f} title={state['title']}",
                      flush=True)
            if shown:
                state["visible_since"] = state["visible_since"] or time.monotonic()
                if time.monotonic() - state["visible_since"] >= hold_ms / 1000:
                    for widget in shown:
                        widget.close()
                    app.quit()  # also ends a modal dialog's nested loop; polling continues if another opens
            elif time.monotonic() > deadline:
                print("LIVEGUARD_SMOKE error=no-window", flush=True)
                app.exit(3)

    watcher = _SmokeWatcher()

    def wait_for_app() -> None:
        while QApplication.instance() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        watcher.app_ready.emit()  # queued to the main thread: runs once an event loop spins

    threading.Thread(target=wait_for_app, name="smoke-watcher", daemon=True).start()
    state["watcher"] = watcher
    return state


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _is_cli(argv):
        from app.cli import main as cli_main

        return cli_main(argv)

    smoke = SMOKE_FLAG in argv or os.environ.get("LIVEGUARD_SMOKE") == "1"
    argv = [a for a in argv if a != SMOKE_FLAG]
    state = _install_smoke_watcher() if smoke else None

    from ui.__main__ import main as gui_main

    status = gui_main(argv)
    if state is not None and state["shown_ms"] is None:
        print("LIVEGUARD_SMOKE error=no-window（界面没有显示任何窗口）", flush=True)
        return 3
    return int(status or 0)


if __name__ == "__main__":
    sys.exit(main())
