"""Screenshots of every window with realistic demo data, saved as docs/*.png.

Runs the real console in a fresh data folder, rehearses the bundled demo script (real popups, prompter,
recorded show), then captures: console, popup, prompter, script check, lexicon editor (词条 and 词类), review (and its
复核排除 tab) and the first-run dialog. Needs an X display with CJK fonts (scripts/system_deps.sh installs fonts-noto-cjk):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def wait_until(app, condition, timeout: float = 30.0) -> bool:
    """Spin the event loop until ``condition()`` (a script, not app code: nested processing is fine here)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def pause(app, seconds: float) -> None:
    wait_until(app, lambda: False, seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--lexicon", type=Path, help="lexicon CSV instead of the bundled default")
    parser.add_argument("--cps", type=float, default=12.0, help="rehearsal pace (characters per second)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["LIVEGUARD_DATA_DIR"] = tempfile.mkdtemp(prefix="lg-shots-")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("LiveGuard")
    from ui.console import ConsoleWindow, demo_script_path
    from ui.settings import AppSettings
    from ui.theme import apply_theme

    apply_theme(app)
    from ui.gc_guard import MainThreadGC

    collector = MainThreadGC(parent=app)
    settings = AppSettings()
    settings.set("model/dir", str(Path(os.environ["LIVEGUARD_DATA_DIR"]) / "vosk-cn"))
    settings.set("popup/seconds", 120)
    settings.set("popup/sound", False)
    settings.set("prompter/seconds", 120)
    settings.set("rehearsal/chars_per_second", args.cps)
    settings.set("show/room", "美妆旗舰店 1 号直播间")
    settings.set("show/anchors", "小美,小王")
    settings.set("show/product_category", "化妆品")
    factory = None
    if args.lexicon:
        from app.rules.lexicon import LexiconManager

        def factory():
            return LexiconManager(default_path=args.lexicon)

    window = ConsoleWindow(settings=settings, lexicon_factory=factory, probe_devices=True)
    window.resize(1400, 880)
    window.move(20, 20)
    window.show()
    saved = []

    def save(widget, name: str) -> None:
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    if not wait_until(app, lambda: window.lexicon is not None and window.store is not None, 60):
        print("词库或数据库没有加载完成", file=sys.stderr)
        return 1
    # first run (no model in the fresh data folder)
    wait_until(app, lambda: getattr(window, "first_run_dialog", None) is not None, 15)
    dialog = getattr(window, "first_run_dialog", None)
    if dialog is not None:
        pause(app, 0.3)
        save(dialog, "first_run")
        dialog.continue_btn.click()
    pause(app, 0.3)
    save(window, "script_check")

    # a rehearsal of the demo script: real popups and prompter
    window.settings.set("mode/name", "dual")
    window.prompter.resize(1000, 400)
    from ui.script_check import read_script

    window.start_rehearsal(read_script(demo_script_path()))
    wait_until(app, lambda: window.session is not None, 10)
    wait_until(app, lambda: len(window.popups.popups) >= 3, 60)
    pause(app, 0.3)
    save(window.popups.popups[0], "popup")
    save(window.prompter, "prompter")
    window.prompter.move(60, 560)  # one screen under Xvfb: keep the prompter off the popups
    pause(app, 0.2)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(args.out / "console_with_popups.png"))
    saved.append(args.out / "console_with_popups.png")
    # the demo's 4th line has no lexicon term: the second opinion finds it (on the final) and pops it up as a
    # whole-sentence judgement
    def model_popup():
        return next((p for p in window.popups.popups if p.hit_event.hit.by_model), None)

    window.popups.dismiss_all()
    if wait_until(app, lambda: model_popup() is not None, 60):
        pause(app, 0.3)
        save(model_popup(), "popup_model")
    wait_until(app, lambda: window.session is None, 120)
    pause(app, 0.5)
    window.popups.dismiss_all()
    save(window, "console")

    window.tabs.setCurrentWidget(window.lexicon_editor)
    editor = window.lexicon_editor
    editor.search_edit.setText("{疾病}")  # rows written with a word class: the line under the table lists it
    pause(app, 0.3)
    editor.table.setCurrentIndex(editor.proxy.index(0, 2))
    pause(app, 0.3)
    save(window, "lexicon_editor")
    window.lexicon_editor.search_edit.clear()
    editor.pages.setCurrentWidget(editor.class_editor)  # the 词类 tab: classes and their members
    editor.class_editor.select_class("疾病")
    pause(app, 0.3)
    save(window, "lexicon_classes")
    editor.pages.setCurrentIndex(0)

    window.tabs.setCurrentWidget(window.review)
    wait_until(app, lambda: window.review.table.rowCount() > 0, 20)
    review = window.review
    for row, status, note in ((0, "false_alarm", "识别到半句话，整句不违规"), (1, "confirmed", "演练：主播已知晓，改用合规说法")):
        review.table.selectRow(row)
        review.note_edit.setText(note)
        review.mark_selected(status)
        wait_until(app, lambda r=row, st=status: review.visible_rows[r].get("review_status") == st, 10)
    review.table.selectRow(1)
    pause(app, 0.3)
    save(window, "review")
    # the demo's 师傅 line only talks about the word 最: the second opinion set it aside (no popup, no score);
    # the 复核排除 tab lists it for the supervisor to overrule
    review.tabs.setCurrentWidget(review.set_aside)
    if wait_until(app, lambda: review.set_aside.table.rowCount() > 0, 10):
        review.set_aside.table.selectRow(0)
        pause(app, 0.3)
        save(window, "review_set_aside")
    review.tabs.setCurrentIndex(0)

    window.close()
    collector.stop()
    for path in saved:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
