"""Background threads that wrap the core's blocking calls and streams for the UI.

Threading contract:
- ``JobThread`` runs one blocking call (model loading, device probing, a database query, an export) on
  its own QThread and emits ``result(object)`` or ``failed(str)``. The call must not touch any widget.
- ``StreamThread`` runs a long-lived producer (the live pipeline, a rehearsal). The producer receives
  ``emit(obj)`` and a ``threading.Event`` stop flag; it must return soon after the flag is set. Items
  cross to the main thread as queued Qt signals carrying plain (frozen) dataclasses.
- ``WorkerRegistry`` keeps every running thread so that shutdown is deterministic:
  stop flag → drain → join (``shutdown`` returns the names of threads that did not finish in time).
Signals are connected by the main thread; their slots run on the main thread (queued connections).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QThread, Signal

from ui.qt_compat import emit


class JobThread(QThread):
    """One blocking call off the UI thread."""

    result = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable, *args, name: str = "job", parent: QObject | None = None, **kwargs) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._stop = threading.Event()

    @property
    def stop_event(self) -> threading.Event:
        return self._stop

    def request_stop(self) -> None:
        self._stop.set()

    def run(self) -> None:  # worker thread
        try:
            value = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # noqa: BLE001 - reported to the UI as a message
            traceback.print_exc()
            emit(self.failed, str(exc) or exc.__class__.__name__)
        else:
            emit(self.result, value)


class StreamThread(QThread):
    """A producer that emits many items until it ends or is asked to stop."""

    item = Signal(object)
    failed = Signal(str)

    def __init__(self, producer: Callable[[Callable[[object], None], threading.Event], None], *,
                 on_stop: Callable[[], None] | None = None, name: str = "stream",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._producer = producer
        self._on_stop = on_stop
        self._stop = threading.Event()

    @property
    def stop_event(self) -> threading.Event:
        return self._stop

    def request_stop(self) -> None:
        """Main thread: sets the stop flag and pokes the producer (e.g. closes the audio stream)."""
        self._stop.set()
        if self._on_stop is not None:
            try:
                self._on_stop()
            except Exception:  # noqa: BLE001 - stopping must never raise into the UI
                traceback.print_exc()

    def run(self) -> None:  # worker thread
        try:
            self._producer(lambda obj: emit(self.item, obj), self._stop)
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            emit(self.failed, str(exc) or exc.__class__.__name__)


def iterate(factory: Callable[[], Iterable]) -> Callable[[Callable[[object], None], threading.Event], None]:
    """Adapts a generator factory to a ``StreamThread`` producer (checks the stop flag between items)."""

    def producer(emit: Callable[[object], None], stop: threading.Event) -> None:
        iterator = iter(factory())
        try:
            for value in iterator:
                if stop.is_set():
                    break
                emit(value)
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()

    return producer


class WorkerRegistry(QObject):
    """Owns the running threads of a window. Main thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: list[QThread] = []

    def start(self, thread: QThread) -> QThread:
        self._threads.append(thread)
        thread.finished.connect(lambda t=thread: self._forget(t))
        thread.start()
        return thread

    def running(self) -> list[QThread]:
        return [t for t in self._threads if t.isRunning()]

    def _forget(self, thread: QThread) -> None:
        if thread in self._threads and not thread.isRunning():
            self._threads.remove(thread)

    def shutdown(self, timeout_ms: int = 3000) -> list[str]:
        """Stops and joins every thread. Returns the names of those still running after the timeout."""
        threads = list(self._threads)
        for thread in threads:
            stop = getattr(thread, "request_stop", None)
            if stop is not None:
                stop()
        stuck = []
        for thread in threads:
            if not thread.wait(timeout_ms):
                stuck.append(thread.objectName())
        self._threads = [t for t in self._threads if t.isRunning()]
        return stuck

