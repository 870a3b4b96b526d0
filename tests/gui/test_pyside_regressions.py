"""Bugs of the Qt binding itself that would take the app down, pinned in pyproject.toml."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(str, bool)


def test_emitting_a_signal_keeps_true_and_false_alive() -> None:
    """PySide6 6.12.0 drops a reference to True on every emit() from Python: on Python 3.11,
    where True can die, the process aborts ('bool_dealloc') after a few thousand emits, which
    a long session (progress bars, background jobs) reaches. 6.11.3 does not."""
    emitter = _Emitter()
    seen: list[object] = []
    emitter.flag.connect(lambda text, value: seen.append(value))
    gc.collect()
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.plain.emit()
        emitter.flag.emit("x", False)
    seen.clear()
    gc.collect()
    # A few references may come and go elsewhere; 400 emits losing one each would not hide.
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(False) - false_before) < 50
