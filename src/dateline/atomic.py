"""Output files written whole or not at all."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import WriteError

__all__ = ["atomic_output"]


def _write_in_place(path: Path) -> bool:
    """Whether ``path`` is written directly rather than beside and renamed: a device, a pipe,
    or anything under /dev or /proc (``/dev/stdout`` may lead to a file the shell opened)."""
    real = path.resolve()
    if real.exists() and not real.is_file():
        return True
    return any(len(p.parts) > 1 and p.parts[1] in ("dev", "proc") for p in (path.absolute(), real))


@contextmanager
def atomic_output(path: str | Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A stream for ``path``: stdout for ``-``; a device or a pipe written directly; else a file
    beside ``path`` (beside a symlink's target, so the link stays) renamed into place when the
    block gets through, and removed on any exception, Ctrl-C included, so the file is either
    whole or as it was. :class:`WriteError` when the file cannot be opened or put in place."""
    if str(path) == "-":
        stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    path = Path(path)
    direct = _write_in_place(path)
    dest = path if direct else path.resolve()
    tmp = dest if direct else dest.with_name(dest.name + ".partial")
    try:
        fh = tmp.open("wb") if binary else tmp.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise WriteError(f"cannot write {path}: {err.strerror or err}") from err
    try:
        with fh:
            yield fh
        if not direct:
            try:
                tmp.replace(dest)
            except OSError as err:
                raise WriteError(f"cannot write {path}: {err.strerror or err}") from err
    except BaseException:
        if not direct:
            tmp.unlink(missing_ok=True)
        raise
