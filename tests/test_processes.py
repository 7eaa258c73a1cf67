"""Processes' housekeeping: the cyclic collector paused while a document is coded."""

from __future__ import annotations

import gc
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

