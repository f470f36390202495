"""First run without a model (issue 6, GUI part): choose a folder, download with progress (real
``fetch_model`` against a local HTTP server), cancel a download, or continue with pre-check only."""

from __future__ import annotations

import functools
import http.server
import io
import threading
import time
import zipfile

import pytest

from app.asr.fetch import fetch_model
from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - autouse: GC only on the main thread
from ui.first_run import FirstRunDialog
from ui.workers import WorkerRegistry

MODEL_FILES = ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst",
               "graph/phones/word_boundary.int", "ivector/final.ie", "ivector/final.mat", "ivector/final.dubm",
               "ivector/global_cmvn.stats", "ivector/online_cmvn.conf", "ivector/splice.conf")


def write_model_layout(folder):
    for rel in MODEL_FILES:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"--x=1\n" * 400)
    return folder


def model_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for rel in MODEL_FILES:
            zf.writestr(f"vosk-model-small-cn-0.22/{rel}", b"--x=1\n" * 400)
        zf.writestr("vosk-model-small-cn-0.22/README", "Chinese Vosk model for tests")
    return buf.getvalue()


@pytest.fixture
def server():
    """Serves /model.zip; ``slow`` makes it trickle so a cancel can land mid-transfer."""
    payload = model_zip()
    state = {"slow": False}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = payload if not state["slow"] else payload + b"\0" * 2_000_000
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Type", "application/zip")
            self.end_headers()
            step = 16_384
            for i in range(0, len(body), step):
                try:
                    self.wfile.write(body[i:i + step])
                except (BrokenPipeError, ConnectionResetError):
                    return
                if state["slow"]:
                    time.sleep(0.05)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/model.zip", state
    httpd.shutdown()
    httpd.server_close()


def make_dialog(qtbot, model_dir, url=None):
    registry = WorkerRegistry()
    fetch = functools.partial(fetch_model, url=url, retries=0, retry_delay=0.1, timeout=5) if url else None
    dialog = FirstRunDialog(model_dir, "找不到模型文件夹。", registry, fetch=fetch)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, registry


def test_choose_folder_checks_it(qtbot, tmp_path):
    dialog, _ = make_dialog(qtbot, tmp_path / "vosk-cn")
    assert dialog.use_folder(tmp_path / "empty") is False
    assert "找不到模型文件夹" in dialog.status_label.text()
    good = write_model_layout(tmp_path / "good")
    assert dialog.use_folder(good) is True
    assert (dialog.choice, dialog.model_path) == ("folder", good)


def test_download_installs_model_with_progress(qtbot, tmp_path, server):
    url, _state = server
    model_dir = tmp_path / "models" / "vosk-cn"
    dialog, registry = make_dialog(qtbot, model_dir, url)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.download_btn.click()
    assert dialog.choice == "download"
    assert (dialog.model_path / "am" / "final.mdl").exists()
    assert registry.shutdown(2000) == []


def test_download_can_be_cancelled(qtbot, tmp_path, server):
    url, state = server
    state["slow"] = True
    dialog, registry = make_dialog(qtbot, tmp_path / "models" / "vosk-cn", url)
    dialog.download_btn.click()
    progress = dialog._progress_dialog  # noqa: SLF001 - the dialog the user sees
    qtbot.waitUntil(lambda: progress.value() > 0 or progress.maximum() == 0, timeout=10000)
    from PySide6.QtWidgets import QPushButton

    progress.findChild(QPushButton).click()  # the 取消 button
    qtbot.waitUntil(lambda: "已取消下载" in dialog.status_label.text(), timeout=10000)
    assert dialog.result() == 0 and dialog.model_path is None
    assert not (tmp_path / "models" / "vosk-cn" / "am").exists()
    assert registry.shutdown(3000) == []


def test_continue_without_model(qtbot, tmp_path):
    dialog, _ = make_dialog(qtbot, tmp_path / "vosk-cn")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.continue_btn.click()
    assert dialog.choice == "continue" and dialog.model_path is None
