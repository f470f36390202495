"""Run Python's cyclic garbage collector on the main thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed — often a worker
(lexicon loading, the pipeline). If a cycle it frees holds a Qt widget or QObject, that object's C++
destructor then runs on the worker thread, which crashes Qt (seen here as a segfault while a worker was
"Garbage-collecting"). ``MainThreadGC`` disables automatic collection and collects from a main-thread
QTimer instead (the pattern long used by PyQt applications). Main thread only.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGC(QObject):
    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds (as gc would)."""
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 0
            if counts[1] > self._threshold[1]:
                generation = 2 if counts[2] > self._threshold[2] else 1
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
