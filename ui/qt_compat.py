"""``emit(signal, *args)``: emits a Qt signal, compensating a PySide6 reference-count bug.

PySide6 6.12.0 returns the bool result of ``SignalInstance.emit()`` without taking a reference. On
Python 3.11 (where ``True``/``False`` are not immortal) every Python-side emit therefore drops one
reference to ``True``; after some thousands of emits — minutes of a live show, one per transcript
event — the interpreter aborts with "bool_dealloc: deallocating True or False". (Measured here:
100 emits lower ``sys.getrefcount(True)`` by exactly 100; Qt's own C++ emits are not affected.)

``emit`` gives the returned bool one reference back, always. That is exact with the buggy PySide6, and
harmless with a fixed one: ``True``/``False`` are static singletons that are never freed, so an extra
reference costs nothing (on Python >= 3.12 they are immortal and the call is a no-op). A probe that
measured the leak at run time was tried first and rejected: worker threads touching ``True`` at the same
moment made it unreliable. Safe on any thread.
"""

from __future__ import annotations

import ctypes

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal, *args) -> None:
    result = signal.emit(*args)
    if result is True or result is False:
        _incref(result)
