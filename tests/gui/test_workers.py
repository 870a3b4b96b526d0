"""The background job wrapper: results, user errors, bugs, cancel, throttled progress."""

from __future__ import annotations

import threading
import time

from gui.workers import Job, WorkspaceJob
from storage.errors import Cancelled, UserError


def test_finished_carries_the_result_in_the_gui_thread(qtbot) -> None:
    gui_thread = threading.get_ident()
    worker_thread: list[int] = []

    def fn(on_progress, is_cancelled):
        worker_thread.append(threading.get_ident())
        return 42

    job = Job(fn)
    received: list[tuple[object, int]] = []
    job.finished.connect(lambda result: received.append((result, threading.get_ident())))
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    assert received == [(42, gui_thread)]
    assert worker_thread and worker_thread[0] != gui_thread


def test_user_error_becomes_its_message(qtbot) -> None:
    def fn(on_progress, is_cancelled):
        raise UserError("The file is empty. Choose another one.")

    job = Job(fn)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["The file is empty. Choose another one.", False]


def test_a_bug_is_logged_and_reported_politely(qtbot, caplog) -> None:
    def fn(on_progress, is_cancelled):
        raise ZeroDivisionError("boom")

    job = Job(fn)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    message, is_bug = blocker.args
    assert is_bug is True
    assert "boom" not in message and "went wrong" in message
    assert any("ZeroDivisionError" in (r.exc_text or "") for r in caplog.records)


def test_cancel_is_seen_by_the_function(qtbot) -> None:
    started = threading.Event()

    def fn(on_progress, is_cancelled):
        started.set()
        while not is_cancelled():
            time.sleep(0.005)
        raise Cancelled()

    job = Job(fn)
    finished: list[object] = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        assert started.wait(5)
        job.cancel()
    assert finished == []


def test_progress_is_throttled_but_reaches_the_end(qtbot) -> None:
    def fn(on_progress, is_cancelled):
        deadline = time.monotonic() + 0.35
        done = 0
        while time.monotonic() < deadline:
            done += 1
            on_progress(done, 10**9, "working")
        on_progress(10**9, 10**9, "working")
        return done

    job = Job(fn)
    seen: list[tuple[int, int, str]] = []
    job.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    qtbot.wait(50)
    assert 2 <= len(seen) <= 7  # ~10 a second over 0.35 s, plus the final one
    assert seen[-1] == (10**9, 10**9, "working")


def test_workspace_job_uses_its_own_connection(qtbot, ws) -> None:
    def fn(own, on_progress, is_cancelled):
        assert own is not ws and own.conn is not ws.conn
        return own.contact_count()

    job = WorkspaceJob(ws, fn)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [0]


def test_jobs_run_independently(qtbot) -> None:
    jobs = [Job(lambda p, c, i=i: i * 10) for i in range(3)]
    results: list[object] = []
    for job in jobs:
        job.finished.connect(results.append)
    with qtbot.waitSignals([j.done for j in jobs], timeout=5000):
        for job in jobs:
            job.start()
    assert sorted(results) == [0, 10, 20]


def test_a_slot_connected_just_after_start_still_hears_the_end(qtbot) -> None:
    job = Job(lambda p, c: "quick")
    job.start()
    assert job.wait(5)  # the function has returned before anybody listened
    with qtbot.waitSignal(job.done, timeout=5000):
        pass
    assert job.result == "quick"


def test_a_job_whose_window_was_closed_stops_quietly(qtbot) -> None:
    """Closing a window deletes the jobs it started while they still run (quitting the app
    during an export preview, say): the job then stops at its next progress report, and its
    end is not delivered to anybody, without an error in the worker thread."""
    import shiboken6
    from PySide6.QtCore import QObject

    from gui import workers

    owner = QObject()
    started, release = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def fn(on_progress, is_cancelled):
        started.set()
        assert release.wait(5)
        on_progress(1, 2)  # the owner is gone: this asks the function to stop
        seen["cancelled"] = is_cancelled()
        raise Cancelled()

    job = Job(fn, owner)
    job.start()
    assert started.wait(5)
    shiboken6.delete(owner)  # the job's C++ side goes with its owner
    release.set()
    assert job.wait(5)
    deadline = time.monotonic() + 5
    while job in workers._RUNNING and time.monotonic() < deadline:
        time.sleep(0.01)
    assert seen == {"cancelled": True}
    assert job not in workers._RUNNING
