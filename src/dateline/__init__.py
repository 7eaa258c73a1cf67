"""dateline: political event data from news reports.

Who did what to whom, where, when, and according to whom, with every event traceable to the
sentence that produced it.
"""

from __future__ import annotations

from .errors import ConfigError, DatelineError, ModelError, ReadError, StoreError
from .pipeline import Pipeline, Result, extract
from .records import Actor, Article, Event, Place

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "ConfigError", "DatelineError", "Event", "ModelError", "Pipeline", "Place",
    "ReadError", "Result", "StoreError", "extract", "__version__",
]
