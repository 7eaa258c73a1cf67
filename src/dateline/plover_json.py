"""Events as PLOVER JSON records, with the field names and types of the PLOVER manual's JSON
tables: ``id``, ``date``, ``actor``/``recipient`` (lists of entity objects with ``code``,
``sector``, ``entity_text``), ``event``/``mode``/``context`` (lists), ``event_loc`` (a location
object with PLOVER's ``resolution``), ``quad_code``, ``text``/``text_info`` and ``cite_info``.
dateline's own fields that PLOVER has no name for are kept under names of their own, as the
manual allows."""

from __future__ import annotations

from typing import Any

from .code.lexicon import PLOVER_TYPES
from .datafiles import per_overlay, table_rows
from .errors import DataFileError
from .records import Actor, Event, Place

__all__ = ["plover_record", "quad_code", "quad_of_root", "resolution", "verbal_type", "CODEBOOK"]

CODEBOOK = "plover-base"
CODER = "dateline"


@per_overlay
def _quads() -> dict[str, int]:
    table: dict[str, int] = {}
    for where, (etype, quad) in table_rows("plover_quad.tsv", ("event_type", "quad_code")):
        if etype not in PLOVER_TYPES or quad not in ("1", "2", "3", "4"):
            raise DataFileError(f"{where}: expected a PLOVER type and 1-4")
        table.setdefault(etype, int(quad))
    if set(table) != PLOVER_TYPES:
        raise DataFileError("plover_quad.tsv: every PLOVER type needs a quad code")
    return table


def verbal_type(event_type: str | None) -> bool:
    """Whether a PLOVER type is one of words (verbal cooperation or conflict, quad 1 or 3)."""
    return event_type is not None and _quads().get(event_type) in (1, 3)


def quad_of_root(root: str | None) -> int | None:
    """The CAMEO quad class of a root code: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4."""
    if not root or not root.isdigit():
        return None
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def quad_code(e: Event) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict:
    from the CAMEO root when there is one, else from the PLOVER type."""
    return quad_of_root(e.cameo_root) or _quads()[e.event_type]


def resolution(p: Place) -> int:
    """PLOVER's resolution (5 sub-city, 4 city, 3 district, 2 province, 1 country) from an
    ACLED-style precision (1 the town, 2 near it or part of a region, 3 the region or country)."""
    if p.precision == 1:
        return 4
    if p.precision == 2:
        return 3
    return 2 if p.admin1 else 1


def _entity(a: Actor | None) -> list[dict[str, Any]]:
    if a is None:
        return []
    entity = {"entity_text": a.text, "code": a.country, "sector": a.sector,
              "identifier_text": a.name}
    if a.parent:
        entity["parent"] = a.parent
    return [entity]


def _location(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"extracted_place": p.name, "resolved_place": p.name, "geonameid": p.geonameid,
            "lat": p.lat, "lon": p.lon, "province": p.admin1, "country_code": p.country,
            "resolution": resolution(p)}


def plover_record(e: Event, *, urls: tuple[str, ...] = (), title: str | None = None,
                  language: str | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record (newline-delimited JSON, one event a line)."""
    record: dict[str, Any] = {
        "id": e.event_id,
        "date": e.date,
        "actor": _entity(e.source),
        "recipient": _entity(e.target),
        "event": [e.event_type],
        "mode": [e.mode] if e.mode else [],
        "context": [],
        "event_loc": _location(e.location),
        "quad_code": quad_code(e),
        "event_text": [e.trigger] if e.trigger else [],
        "text": e.sentence,
        "text_info": {"start": e.char_start - e.sent_start, "end": e.char_end - e.sent_start},
        "cite_info": {
            "citation": e.doc_id,
            "url": next((u for u in urls if u), None),
            "title": title,
            "language": language,
            "publication": "; ".join(e.outlets) or None,
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        # dateline's own fields (PLOVER lets providers add named fields)
        "status": e.status,
        "date_precision": e.date_precision,
        "size": {"dead": e.fatalities, "injured": e.injuries},
        "cameo_root": e.cameo_root,
        "acled": {"event_type": e.acled_event_type, "sub_event_type": e.acled_sub_event_type},
        "attribution": e.attribution,
        "sources": list(e.sources or (e.doc_id,)),
        "confidence": e.confidence,
    }
    return record
