"""Processes' housekeeping: ending a worker when its parent dies; sparing the collector the
loaded models."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time

__all__ = ["die_with_parent", "settle"]


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
