"""Processes' housekeeping: the cyclic collector paused while a document is coded."""

from __future__ import annotations

import gc
import os
import threading
from contextlib import nullcontext

import pytest

from dateline.processes import collector_paused


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize(("enabled", "nested", "fails"), [
    (True, False, False),   # paused while coding, running again after
    (True, True, False),    # a stretch within another: running again when the outer ends
    (True, False, True),    # a document that fails still resumes the collector
    (False, False, False),  # a collector the caller turned off stays off
    (False, True, True),
])
def test_processes_collector_paused(collector, enabled: bool, nested: bool,
                                    fails: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    with pytest.raises(RuntimeError) if fails else nullcontext():
        with collector_paused():
            assert not gc.isenabled()
            if nested:
                with collector_paused():
                    assert not gc.isenabled()
                assert not gc.isenabled()
            if fails:
                raise RuntimeError("a document that fails")
    assert gc.isenabled() == enabled



@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
@pytest.mark.parametrize("in_stretch", [
    True,   # forked inside a stretch (another thread coding): the child's collector runs
    False,  # forked outside any: the child's collector as the parent's
])
def test_processes_collector_paused_fork(collector, in_stretch: bool) -> None:
    gc.enable()
    with collector_paused() if in_stretch else nullcontext():
        pid = os.fork()
        if pid == 0:  # the child: its collector runs, and a stretch of its own pauses it
            ok = gc.isenabled()
            with collector_paused():
                ok = ok and not gc.isenabled()
            os._exit(0 if ok and gc.isenabled() else 1)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert gc.isenabled()


def test_processes_collector_paused_threads(collector) -> None:
    """Stretches in two threads that overlap: the collector runs again when the last ends,
    whichever began first."""
    gc.enable()
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)

    worker = threading.Thread(target=other)
    with collector_paused():
        worker.start()
        assert entered.wait(5)
    assert not gc.isenabled()  # the other thread's stretch goes on
    release.set()
    worker.join(5)
    assert gc.isenabled()
