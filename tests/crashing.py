"""A coder that kills its process on one document, as a crash in compiled code would: imported by
the scripts the crash tests run, with this folder on ``PYTHONPATH``."""

from __future__ import annotations

import os


def crash_on(word: str) -> None:
    """Patch the coder in this process to die on any document holding ``word``."""
    import dateline.pipeline as pl

    real = pl.find_mentions

    def find_mentions(doc, sents=None, tokens=None):
        if word in doc.text:
            os._exit(70)
        return real(doc, sents, tokens)

    pl.find_mentions = find_mentions


def env() -> dict[str, str]:
    """The environment for a crash test's script: this folder importable."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + path if path else "")}
