"""The cycle collector pause: nested and overlapping pauses, and the collector's state after."""

from __future__ import annotations

import gc
import threading

from storage.gcpause import cycle_collector_paused


def test_pauses_nest_and_the_collector_comes_back_after_the_last() -> None:
    assert gc.isenabled()
    with cycle_collector_paused():
        assert not gc.isenabled()
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still runs
    assert gc.isenabled()


def test_overlapping_pauses_on_two_threads() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with cycle_collector_paused():
            inside.set()
            assert leave.wait(5)

    thread = threading.Thread(target=other)
    with cycle_collector_paused():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # this pause ended, the other thread's has not
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_still_brings_the_collector_back() -> None:
    try:
        with cycle_collector_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()
