"""How a record's fields appear at the edges: JSON keys, store columns, flat (CSV/frame) columns.

Each field of a record declares its own :class:`Column` (through :func:`column`) where it is defined
in ``records``; everything that writes or reads events (JSON, the store's table and rows, CSV, data
frames, exports) is derived here from those declarations, so a new scalar field is one line in
``records``.

A field holding another record (an :class:`~dateline.records.Actor`, a
:class:`~dateline.records.Place`) is *nested*: it is one JSON object, and its own fields' columns
become store and flat columns under the field's ``prefix``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any

__all__ = ["Column", "column", "Leaf", "leaves", "to_json", "from_json", "store_columns",
           "store_values", "from_store", "flat_columns", "flat_values"]


@dataclass(frozen=True, slots=True)
class Column:
    """How one field appears at the edges.

    ``sql``: the DuckDB column type (with constraints); ``None`` when the field is not stored as
    such. ``store``: the store column's name when it is not the field's. ``flat``: ``False`` leaves
    the field out of flat tables, a string renames it there. ``group``/``key``: the JSON object the
    field sits in and its key there, when not at the top under its own name. ``nested``: the record
    class of a nested field, whose columns are named with ``prefix``.

    The four functions replace the plain reading and writing of the value for the few fields that
    are derived rather than kept as they are (the list of sources, the first outlet).
    """

    sql: str | None = None
    store: str | None = None
    flat: str | bool = True
    group: str | None = None
    key: str | None = None
    nested: type | None = None
    prefix: str = ""
    json_value: Callable[[Any], Any] | None = None
    flat_value: Callable[[Any], Any] | None = None
    store_value: Callable[[Any], Any] | None = None
    load: Callable[[dict[str, Any]], Any] | None = None


def column(sql: str | None = None, *, default: Any = MISSING, **spec: Any) -> Any:
    """A dataclass field declaring its :class:`Column` (used in the record class body)."""
    return field(default=default, metadata={"column": Column(sql, **spec)})


def _spec(f: Field[Any]) -> Column:
    try:
        return f.metadata["column"]  # type: ignore[no-any-return]
    except KeyError:
        raise TypeError(f"field {f.name!r} declares no column (use schema.column)") from None


@dataclass(frozen=True, slots=True)
class Leaf:
    """One scalar column of a record: the field (and sub-field, for a nested one) it comes from."""

    field: str
    sub: str | None
    spec: Column
    store: str | None
    flat: str | None


def leaves(cls: type) -> Iterator[Leaf]:
    """The scalar columns of ``cls`` in field order, nested records expanded in place."""
    for f in fields(cls):
        spec = _spec(f)
        if spec.nested is None:
            yield Leaf(f.name, None, spec, _name(spec, f.name, "") if spec.sql else None,
                       _flat(spec, f.name, ""))
            continue
        for sf in fields(spec.nested):
            sub = _spec(sf)
            yield Leaf(f.name, sf.name, sub, _name(sub, sf.name, spec.prefix),
                       _flat(sub, sf.name, spec.prefix) if spec.flat else None)


def _name(spec: Column, name: str, prefix: str) -> str:
    return prefix + (spec.store or name)


def _flat(spec: Column, name: str, prefix: str) -> str | None:
    if spec.flat is False:
        return None
    return prefix + (spec.flat if isinstance(spec.flat, str) else name)


# --- JSON ------------------------------------------------------------------------------------


def to_json(record: Any) -> dict[str, Any]:
    """The record as a JSON-ready dict, keys in field order (a group's object where it first
    appears)."""
    out: dict[str, Any] = {}
    for f in fields(record):
        spec = _spec(f)
        value = getattr(record, f.name)
        if spec.json_value is not None:
            value = spec.json_value(record)
        elif spec.nested is not None:
            value = to_json(value) if value is not None else None
        elif isinstance(value, tuple):
            value = list(value)
        if spec.group:
            out.setdefault(spec.group, {})[spec.key or f.name] = value
        else:
            out[spec.key or f.name] = value
    return out


def from_json(cls: type, d: dict[str, Any]) -> Any:
    """The record ``to_json`` wrote; fields absent from ``d`` take their defaults."""
    values: dict[str, Any] = {}
    for f in fields(cls):
        spec = _spec(f)
        holder = (d.get(spec.group) or {}) if spec.group else d
        key = spec.key or f.name
        if key not in holder and (f.default is not MISSING or (
                spec.group is None and spec.nested is None)):
            continue  # a default, or the record's constructor names what is missing
        value = holder.get(key)
        if spec.nested is not None:
            value = from_json(spec.nested, value) if value else None
        elif isinstance(f.default, tuple):
            value = tuple(value or ())
        values[f.name] = value
    return cls(**values)


# --- the store -------------------------------------------------------------------------------


def store_columns(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, DuckDB type) of every stored column of ``cls``, in field order."""
    return tuple((leaf.store, leaf.spec.sql) for leaf in leaves(cls)
                 if leaf.store is not None and leaf.spec.sql is not None)


def store_values(record: Any) -> list[Any]:
    """The record's values in the order of :func:`store_columns`."""
    return [_leaf_value(record, leaf, leaf.spec.store_value) for leaf in leaves(type(record))
            if leaf.store is not None and leaf.spec.sql is not None]


def _leaf_value(record: Any, leaf: Leaf, derive: Callable[[Any], Any] | None) -> Any:
    value = getattr(record, leaf.field)
    if leaf.sub is not None:
        return getattr(value, leaf.sub) if value is not None else None
    return derive(record) if derive is not None else value


def from_store(cls: type, row: dict[str, Any]) -> Any:
    """The record of a store row (a nested record is absent when its first column is NULL)."""
    values: dict[str, Any] = {}
    for f in fields(cls):
        spec = _spec(f)
        if spec.nested is not None:
            sub = {sf.name: row.get(_name(_spec(sf), sf.name, spec.prefix))
                   for sf in fields(spec.nested)}
            values[f.name] = spec.nested(**sub) if next(iter(sub.values())) is not None else None
            continue
        value = spec.load(row) if spec.load is not None else row.get(_name(spec, f.name, ""))
        if isinstance(value, dt.date):
            value = value.isoformat()
        if value is None and f.default is not MISSING:
            value = f.default
        values[f.name] = value
    return cls(**values)


# --- flat tables (CSV, data frames, Parquet) -------------------------------------------------


def flat_columns(cls: type, tail: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Flat column names of ``cls`` in field order, those named in ``tail`` moved to the end."""
    names = tuple(leaf.flat for leaf in leaves(cls) if leaf.flat is not None)
    missing = set(tail) - set(names)
    if missing:
        raise TypeError(f"flat tail names unknown columns: {', '.join(sorted(missing))}")
    return tuple(n for n in names if n not in tail) + tail


def flat_values(record: Any) -> dict[str, Any]:
    """The record's flat columns and values, in field order."""
    return {leaf.flat: _leaf_value(record, leaf, leaf.spec.flat_value)
            for leaf in leaves(type(record)) if leaf.flat is not None}
