"""First run without a speech model: choose a model folder, download it, or continue with 脚本预审/模拟演练.

The download runs ``app.asr.fetch.fetch_model`` on a ``JobThread`` with a cancellable progress dialog; the
fetcher's progress callback runs on that worker thread and only emits a signal. Main thread only.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from app.asr.model_files import SMALL_MODEL_NAME, check_model_dir
from ui.dialogs import warn
from ui.qt_compat import emit
from ui.workers import JobThread, WorkerRegistry


class _ProgressRelay(QObject):
    """Carries (done, total) from the download thread to the main thread (queued signal)."""

    progress = Signal(object, object)


class FirstRunDialog(QDialog):
    """``choice`` after ``exec()``: "folder" (``model_path`` set), "download" (``model_path`` set) or "continue"."""

    def __init__(self, model_dir: Path, message: str, registry: WorkerRegistry, *, fetch=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("LiveGuard · 首次使用")
        self.setMinimumWidth(560)
        self.model_dir = Path(model_dir)
        self.registry = registry
        self._fetch = fetch
        self.choice = "continue"
        self.model_path: Path | None = None
        self._cancel = threading.Event()
        self._progress_dialog: QProgressDialog | None = None

        title = QLabel("欢迎使用 LiveGuard 直播合规助手")
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        intro = QLabel(
            "实时监听需要离线中文语音模型，本机还没有找到。\n"
            "没有模型也可以先用「脚本预审」检查直播脚本，并用「模拟演练」按正常语速演练，弹窗和提词屏都会真实出现。"
        )
        intro.setWordWrap(True)
        detail = QLabel(message)
        detail.setWordWrap(True)
        detail.setObjectName("hint")
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folder_btn = QPushButton("选择已下载的模型文件夹…")
        self.folder_btn.setToolTip(f"选择解压后的 {SMALL_MODEL_NAME} 文件夹（里面有 am、conf、graph 等文件夹）")
        self.folder_btn.clicked.connect(self._choose_folder)
        self.download_btn = QPushButton(f"⬇  下载官方小模型 {SMALL_MODEL_NAME}（约 42 MB）")
        self.download_btn.setObjectName("primary")
        self.download_btn.setToolTip(f"从 alphacephei.com 下载并安装到 {self.model_dir}")
        self.download_btn.clicked.connect(self._download)
        self.continue_btn = QPushButton("先用脚本预审和模拟演练（以后再装模型）")
        self.continue_btn.clicked.connect(self._continue)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(detail)
        for btn in (self.download_btn, self.folder_btn, self.continue_btn):
            btn.setMinimumHeight(40)
            layout.addWidget(btn)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

    # choices -----------------------------------------------------------------------------------------
    def _continue(self) -> None:
        self.choice = "continue"
        self.accept()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择中文语音模型文件夹", str(self.model_dir.parent))
        if folder:
            self.use_folder(Path(folder))

    def use_folder(self, folder: Path) -> bool:
        check = check_model_dir(folder)  # stats a few dozen files; fine for a click
        if not check.ok:
            self.status_label.setText(check.message)
            self.status_label.setObjectName("status_bad")
            self.status_label.setStyleSheet("color: #c62828;")
            return False
        self.choice, self.model_path = "folder", check.path
        self.accept()
        return True

    def _download(self) -> None:
        fetch = self._fetch
        if fetch is None:
            from app.asr.fetch import fetch_model as fetch
        self._cancel.clear()
        relay = _ProgressRelay(self)
        dialog = QProgressDialog("正在下载中文语音模型…", "取消", 0, 100, self)
        dialog.setWindowTitle("下载模型")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._cancel.set)
        relay.progress.connect(lambda done, total: self._on_progress(dialog, done, total))
        self._progress_dialog = dialog

        def progress(done, total):  # download thread: signal only
            emit(relay.progress, done, total)

        job = JobThread(fetch, self.model_dir, progress=progress, cancel=self._cancel, name="model-fetch")
        job.result.connect(self._downloaded)
        job.failed.connect(self._download_failed)
        self.registry.start(job)
        dialog.show()

    def _on_progress(self, dialog: QProgressDialog, done, total) -> None:
        if total:
            dialog.setMaximum(100)
            dialog.setValue(min(99, int(done * 100 / total)))
            dialog.setLabelText(f"正在下载中文语音模型… {done / 1e6:.1f} / {total / 1e6:.1f} MB")
        else:
            dialog.setMaximum(0)
            dialog.setLabelText(f"正在下载中文语音模型… {done / 1e6:.1f} MB")

    def _close_progress(self) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.canceled.disconnect()
            self._progress_dialog.close()
            self._progress_dialog = None

    def _downloaded(self, check) -> None:
        self._close_progress()
        if getattr(check, "ok", False):
            self.choice, self.model_path = "download", check.path
            self.accept()
        else:
            self.status_label.setText(getattr(check, "message", "下载的模型不可用。"))

    def _download_failed(self, message: str) -> None:
        self._close_progress()
        if self._cancel.is_set():
            self.status_label.setText("已取消下载。已下载的部分会保留，下次点击下载会从断点继续。")
            return
        warn(self, "下载失败", message)
        self.status_label.setText("下载没有完成。可以稍后重试，或先用脚本预审和模拟演练。")
