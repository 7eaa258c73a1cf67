"""Processes' housekeeping: ending a worker when its parent dies; sparing the collector the
loaded models, and the coding of a document its many passes."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused", "die_with_parent", "settle"]


def die_with_parent(parent: int) -> None:
    """End this (worker) process when ``parent`` dies, even by SIGKILL: on Linux the kernel
    sends SIGKILL (prctl PR_SET_PDEATHSIG); elsewhere a thread watches the parent's pid."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        else:
            if os.getppid() != parent:  # the parent died before the request was made
                os._exit(1)
            return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="dateline-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


_SETTLED = False


def settle() -> None:
    """Once per worker process, after its first batch is coded: the models and tables loaded
    for it live as long as the process, and ``gc.freeze`` spares the collector walking them
    again at each full collection. Garbage waiting in cycles is collected first, so none is
    kept for good. Only a process that does nothing but code calls it (a library call must
    not freeze its caller's heap)."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()


_PAUSES = 0  # stretches of work under way that paused the collector
_PAUSE_LOCK = threading.Lock()
_EPOCH = 0  # counts forks: a stretch begun before a fork is not the child's to end


@contextmanager
def collector_paused() -> Iterator[None]:
    """A stretch of work (the coding of one document) during which the cyclic garbage collector
    waits, to run once after it. Coding makes containers by the hundred thousand, nearly all
    freed as soon as they are done with; a collection in the middle walks those still held (the
    document's tokens and memos), and so many survive collections that the oldest generation,
    with the loaded models and tables, is walked again every few dozen documents. Paused, the
    young collection after the document walks only what the document left, once. A collector
    the caller turned off stays off; stretches in several threads resume it when the last
    ends; a process forked while some are under way starts with it running
    (:func:`_after_fork`)."""
    global _PAUSES
    with _PAUSE_LOCK:
        epoch = _EPOCH
        paused = _PAUSES > 0 or gc.isenabled()
        if paused:
            _PAUSES += 1
            gc.disable()
    try:
        yield
    finally:
        if paused:
            with _PAUSE_LOCK:
                if epoch == _EPOCH:
                    _PAUSES -= 1
                    if _PAUSES == 0:
                        gc.enable()


def _after_fork() -> None:
    """In a child forked while another thread coded a document (a worker pool started then),
    no thread will end that stretch: the child's collector runs again, and the lock, which
    that thread may have held at the fork, is a new one."""
    global _PAUSES, _PAUSE_LOCK, _EPOCH
    _PAUSE_LOCK = threading.Lock()
    _EPOCH += 1
    if _PAUSES > 0:
        _PAUSES = 0
        gc.enable()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)
