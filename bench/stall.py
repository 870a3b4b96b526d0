"""The GUI thread's responsiveness while a background job runs: a 10 ms timer on the GUI thread
records the gaps between its ticks; the worst gap is the longest the window would not answer.
Used by bench_import (an import on a worker) and bench_export (the wizard's grouping)."""

from __future__ import annotations

import time
from typing import Any


def run_and_watch(job: Any) -> dict[str, Any]:
    """Start `job` (a gui.workers.Job, signals connected), run the event loop until it is done,
    and return the wall time and the timer's gaps (worst, 99th percentile, count) in ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    job.done.connect(app.quit)
    wall = time.perf_counter()
    clock.start()  # gaps count from here, not from whatever the caller did before
    timer.start()
    job.start()
    app.exec()
    timer.stop()
    gaps.sort()
    return {
        "wall_s": time.perf_counter() - wall,
        "max_stall_ms": gaps[-1] if gaps else None,
        "p99_stall_ms": gaps[int(len(gaps) * 0.99)] if gaps else None,
        "ticks": len(gaps),
    }
