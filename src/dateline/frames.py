"""Events as data frames: ``EventList.to_pandas()`` and ``EventList.to_polars()``."""

from __future__ import annotations

from typing import Any

from .formats import flat_row
from .records import Event

__all__ = ["EventList"]


class EventList(list[Event]):
    """A list of events that converts to pandas or polars frames (one row per event)."""

    def to_records(self) -> list[dict[str, Any]]:
        return [flat_row(e) for e in self]

    def to_pandas(self) -> Any:
        import pandas as pd

        from .formats import FLAT_COLUMNS

        return pd.DataFrame(self.to_records(), columns=list(FLAT_COLUMNS))

    def to_polars(self) -> Any:
        import polars as pl

        from .formats import FLAT_COLUMNS

        rows = self.to_records()
        if not rows:
            return pl.DataFrame({c: [] for c in FLAT_COLUMNS})
        return pl.DataFrame(rows, infer_schema_length=None)
