"""Speech-model state for the console: checks and loads the model off the UI thread.

``ModelController.load(path)`` checks the folder (``app.asr.model_files.check_model_dir``) and loads the
model on a ``JobThread``; the UI only sees ``state_changed(state, message)`` with state one of
"loading" / "ready" / "missing" / "error". The loader is injectable (tests pass a slow fake to prove the
UI thread keeps running). Main thread only; the loader runs on the worker thread and must not touch Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.asr.model_files import check_model_dir
from ui.qt_compat import emit
from ui.workers import JobThread, WorkerRegistry

STATE_CN = {"loading": "正在加载…", "ready": "已就绪", "missing": "未安装", "error": "加载失败", "idle": "未加载"}


def load_vosk_model(path: Path):
    """Default loader (worker thread): the Vosk model object the pipeline's recogniser is built from."""
    from app.asr import vosk_engine

    loader = getattr(vosk_engine, "load_model", None)
    if loader is not None:
        return loader(path)
    import vosk

    vosk.SetLogLevel(-1)
    return vosk.Model(str(path))


class ModelLoadFailed(Exception):
    pass


def _check_and_load(path: Path, loader: Callable[[Path], object]):
    check = check_model_dir(path)
    if not check.ok:
        return ("missing", check.message, None, check.path)
    try:
        model = loader(check.path)
    except Exception as exc:  # noqa: BLE001 - turned into a message for the status line
        return ("error", f"模型加载失败：{exc}。请重新下载模型，或在设置里选择另一个模型文件夹。", None, check.path)
    return ("ready", check.message, model, check.path)


class ModelController(QObject):
    state_changed = Signal(str, str)  # state, Chinese message

    def __init__(self, registry: WorkerRegistry, loader: Callable[[Path], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._loader = loader or load_vosk_model
        self.state = "idle"
        self.message = "尚未加载语音模型"
        self.model = None
        self.path: Path | None = None
        self._job: JobThread | None = None

    def load(self, path: Path) -> None:
        """Starts checking + loading ``path`` in the background; returns at once."""
        self.model = None
        self._set("loading", f"正在后台加载语音模型（{path}），界面可以照常使用…")
        job = JobThread(_check_and_load, Path(path), self._loader, name="model-loader")
        job.result.connect(self._loaded)
        job.failed.connect(lambda msg: self._set("error", f"模型加载失败：{msg}"))
        self._job = job
        self._registry.start(job)

    def _loaded(self, outcome) -> None:
        state, message, model, path = outcome
        self.model, self.path = model, path
        self._set(state, message)

    def _set(self, state: str, message: str) -> None:
        self.state, self.message = state, message
        emit(self.state_changed, state, message)
