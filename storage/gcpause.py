"""Python's cycle collector paused while millions of rows go by (imports, export previews).

Each row makes short-lived tuples; enough of them trigger full collections, which scan every
object the process holds and keep the GIL for 100 ms and more: the window's event loop, on
the GUI thread, would stall meanwhile. Reference counting frees those rows anyway, so the
collector can rest until the work is over. Pauses nest and may overlap across threads: the
collector comes back (if it was on) when the last one ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def cycle_collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
