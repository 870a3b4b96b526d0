"""Long work off the GUI thread: a plain function wrapped in a Qt job (Anki's `CollectionOp`).

The work itself is a plain function of `storage/` that knows nothing of Qt::

    def fn(on_progress, is_cancelled) -> result

`on_progress(done, total=0, message="")` may be called as often as the function likes: the job
forwards it to the GUI at most ~10 times a second (and always the last call, so a bar reaches
100 %). `is_cancelled()` turns True once the user pressed Cancel; the function then raises
`storage.errors.Cancelled` (its transaction rolls back, the workspace is as it was).

Usage, from a dialog or page (the job keeps itself alive until it has finished)::

    from gui.workers import WorkspaceJob

    def work(ws, on_progress, is_cancelled):        # ws: a connection of the worker's own
        return run_import(ws, path, options, on_progress, is_cancelled)

    job = WorkspaceJob(self.ws, work, parent=self)
    job.progress.connect(lambda done, total, message: bar.setRange(0, total) ...)
    job.finished.connect(self.on_import_done)     # finished(result: object)
    job.failed.connect(self.on_import_failed)     # failed(message: str, is_bug: bool)
    job.cancelled.connect(self.on_import_cancelled)
    cancel_button.clicked.connect(job.cancel)
    job.start()                                   # connect first, then start

`Job(fn)` is the same without a workspace: `fn(on_progress, is_cancelled)`.

Exactly one of `finished`, `failed` or `cancelled` is emitted, then `done`. A `UserError` becomes
`failed(its message, False)`; any other exception is a bug: its traceback goes to the log and
`failed` carries a polite sentence with `is_bug=True`. Show either with `show_failure(...)`.
SQLite connections are not shared between threads, hence `WorkspaceJob` opens its own with
`ws.reopen()` and closes it afterwards (one writer at a time: WAL mode lets the GUI keep reading).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.errors import Cancelled, UserError

from .messages import translate_message

log = logging.getLogger(__name__)

ProgressFn = Callable[..., None]
CancelledFn = Callable[[], bool]

# At most ~10 progress signals a second: more only makes the GUI thread busy repainting.
PROGRESS_INTERVAL_S = 0.1

# Jobs that are running, so that Python does not collect them while their thread works.
_RUNNING: set[Job] = set()


class Job(QObject):
    """Runs `fn(on_progress, is_cancelled)` on a QThreadPool; signals arrive in the GUI thread."""

    progress = Signal(int, int, str)  # done, total (0 when unknown), message
    finished = Signal(object)  # the function's return value
    failed = Signal(str, bool)  # a sentence for the user, is_bug
    cancelled = Signal()
    done = Signal()  # after any of the three above
    # The worker thread reports its end through this queued signal; the public signals above
    # are then emitted in the GUI thread, so a slot connected after start() (but before the
    # event loop runs again) still hears the end.
    _ended = Signal(str, object, bool)  # kind, payload, is_bug

    def __init__(
        self,
        fn: Callable[[ProgressFn, CancelledFn], Any],
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._finished_event = threading.Event()
        self._last_emit = 0.0
        self.result: Any = None
        self._ended.connect(self._deliver)

    # ------------------------------------------------------------------ GUI-thread API
    def start(self) -> None:
        """Queue the work (connect the signals before calling this)."""
        _RUNNING.add(self)
        self._pool.start(_Runnable(self._run))

    def cancel(self) -> None:
        """Ask the function to stop; it ends with `cancelled` once it has rolled back."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the function has returned (tests and shutdown only)."""
        return self._finished_event.wait(timeout_s)

    # ------------------------------------------------------------------ worker thread
    def _on_progress(self, done: int, total: int = 0, message: str = "") -> None:
        now = time.monotonic()
        last = bool(total) and done >= total
        if not last and now - self._last_emit < PROGRESS_INTERVAL_S:
            return
        self._last_emit = now
        try:
            self.progress.emit(int(done), int(total or 0), str(message))
        except RuntimeError:  # the window that started the job is gone: nobody is waiting
            self._cancel.set()

    def _run(self) -> None:
        try:
            self.result = self._call(self._on_progress, self._cancel.is_set)
        except Cancelled:
            log.info("job cancelled")
            self._end("cancelled", None)
        except UserError as exc:
            log.info("job failed: %s", type(exc).__name__)
            self._end("failed", exc.message)
        except Exception:  # a bug: the traceback goes to the log, the user gets a sentence
            log.exception("unexpected error in a background job")
            self._end("failed", bug_message(), is_bug=True)
        else:
            self._end("finished", self.result)

    def _call(self, on_progress: ProgressFn, is_cancelled: CancelledFn) -> Any:
        return self._fn(on_progress, is_cancelled)

    def _end(self, kind: str, payload: Any, *, is_bug: bool = False) -> None:
        self._finished_event.set()
        try:
            self._ended.emit(kind, payload, is_bug)
        except RuntimeError:
            # The window that started the job was closed (Qt deleted the job with it, say when
            # the app quits): there is nobody to tell, and nothing to deliver.
            log.info("a background job ended after its window closed (%s)", kind)
            _RUNNING.discard(self)

    # ------------------------------------------------------------------ GUI thread again
    def _deliver(self, kind: str, payload: Any, is_bug: bool) -> None:
        try:
            if kind == "finished":
                self.finished.emit(payload)
            elif kind == "failed":
                # A UserError's sentence is English (storage has no Qt): shown translated.
                text = str(payload)
                self.failed.emit(text if is_bug else translate_message(text), is_bug)
            else:
                self.cancelled.emit()
            self.done.emit()
        finally:
            _RUNNING.discard(self)


class WorkspaceJob(Job):
    """A `Job` whose function gets its own connection: `fn(ws, on_progress, is_cancelled)`."""

    def __init__(
        self,
        ws: Any,  # storage.workspace.Workspace
        fn: Callable[[Any, ProgressFn, CancelledFn], Any],
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(lambda *_: None, parent, pool=pool)
        self._ws = ws
        self._ws_fn = fn

    def _call(self, on_progress: ProgressFn, is_cancelled: CancelledFn) -> Any:
        own = self._ws.reopen()
        try:
            return self._ws_fn(own, on_progress, is_cancelled)
        finally:
            own.close()


class _Runnable(QRunnable):
    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        self._target = target
        self.setAutoDelete(True)

    def run(self) -> None:
        self._target()


def bug_message() -> str:
    return QCoreApplication.translate(
        "workers",
        "Something went wrong inside Clearlist; nothing was changed. The details are in the "
        "log file; please report them.",
    )


def show_failure(parent: QWidget | None, message: str, is_bug: bool = False) -> None:
    """The dialog for a `failed` signal: a warning for a UserError, an error for a bug."""
    title = QCoreApplication.translate("workers", "Clearlist")
    if is_bug:
        QMessageBox.critical(parent, title, message)
    else:
        QMessageBox.warning(parent, title, translate_message(message))
