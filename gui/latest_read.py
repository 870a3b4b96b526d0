"""Reads that may take a moment on a big workspace (counts, lists), off the GUI thread.

`LatestRead.request(fn)` runs `fn(ws)` on a worker connection; only the answer to the latest
request is delivered (`ready`), so typing in a filter never shows a stale count, and at most one
read runs at a time: a request made while one runs replaces any waiting one and starts after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from .workers import WorkspaceJob

ReadFn = Callable[[Any], Any]  # (a Workspace of the worker's own) -> result


class LatestRead(QObject):
    ready = Signal(object)  # the latest request's result
    failed = Signal(str, bool)  # a sentence, is_bug

    def __init__(self, ws: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._job: WorkspaceJob | None = None
        self._pending: ReadFn | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._job is not None or self._pending is not None

    def request(self, fn: ReadFn) -> None:
        if self._closed:
            return
        if self._job is not None:
            self._pending = fn
            return
        self._start(fn)

    def wait(self, timeout_s: float = 10.0) -> None:
        """Block until the running read has returned (tests and shutdown)."""
        if self._job is not None:
            self._job.wait(timeout_s)

    def shutdown(self) -> None:
        """The workspace is about to close: drop waiting reads, let the running one end."""
        self._closed = True
        self._pending = None
        self.wait()

    def _start(self, fn: ReadFn) -> None:
        job = WorkspaceJob(self._ws, lambda own, _progress, _cancelled: fn(own), self)
        self._job = job
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        job.start()

    def _finished(self, result: Any) -> None:
        if self._pending is None and not self._closed:
            self.ready.emit(result)

    def _failed(self, message: str, is_bug: bool) -> None:
        if self._pending is None and not self._closed:
            self.failed.emit(message, is_bug)

    def _done(self) -> None:
        self._job = None
        pending, self._pending = self._pending, None
        if pending is not None and not self._closed:
            self._start(pending)
