"""Typed, immutable records passed between pipeline stages.

JSON appears only at the edges (``Event.to_dict`` / ``Event.from_dict``); inside the pipeline
the stages exchange these records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any, Protocol

from .schema import column, from_json, to_json

__all__ = ["Article", "Actor", "Place", "Event", "FLAT_TAIL", "content_hash"]


def content_hash(text: str) -> str:
    """Stable identity of a document's text (whitespace-normalised SHA-256)."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class _Filed(Protocol):
    @property
    def doc_id(self) -> str: ...
    @property
    def path(self) -> str | None: ...
    @property
    def where(self) -> str | None: ...


def record_source(record: _Filed) -> str:
    """What an error line names: the record in its file, else the file, else the id (the
    ``source`` of an :class:`Article` and of a :class:`dateline.read.RawDocument`)."""
    return record.where or record.path or record.doc_id


@dataclass(frozen=True, slots=True)
class Article:
    """One news document, after reading and cleaning.

    ``pubdate`` is ISO ``YYYY-MM-DD`` or ``None``; ``pubdate_guessed`` marks dates guessed from the
    text rather than taken from markup, a record field or the user. ``notes`` tell the user what
    reading and cleaning had to cut.
    """

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    pubdate: str | None = None
    pubdate_guessed: bool = False
    dateline_place: str | None = None
    path: str | None = None
    notes: tuple[str, ...] = ()
    language: str | None = None  # ISO 639-1; None when not known
    #: news, opinion, letter, review or obituary (``dateline.genre``); None when not yet told
    genre: str | None = None
    #: the record's place in a file of many documents ("export.jsonl:12"), for error lines
    where: str | None = None

    source = property(record_source)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor or recipient: the words in the text and who they stand for."""

    text: str = column("VARCHAR")
    name: str | None = column("VARCHAR", default=None)
    country: str | None = column("VARCHAR", default=None)
    sector: str | None = column("VARCHAR", default=None)
    parent: str | None = column("VARCHAR", default=None, flat=False)
    char_start: int | None = column("INTEGER", default=None, flat=False)
    char_end: int | None = column("INTEGER", default=None, flat=False)
    #: where a country not said in the actor's own words came from: "event place" (a state
    #: agent acts for the place's authority; a country or capital an act is done in stands for
    #: its state as the recipient), "place struck" (the town or area an act of force that
    #: names no party strikes stands for its state as the recipient), "document focus",
    #: "sentence focus" (the only country its sentence names), "antecedent", "possessor"
    #: ("its troops": the country of the actor "its" stands for), "nearby actor" (the country
    #: of the nearest earlier actor of its sector, when the document and the sentence name no
    #: one country), "counterpart" (a government's, from the party or opposition it deals with),
    #: "conjunct" ("militiamen" of "Syrian troops and militiamen": the first noun's country)
    country_from: str | None = column("VARCHAR", default=None, flat=False)
    #: the earlier words a pronoun or definite description ("he", "the movement") stands for,
    #: or that name the doer of an act its own sentence leaves unnamed (then ``text`` is empty:
    #: "the town was shelled again" after "the army shelled the town")
    antecedent: str | None = column("VARCHAR", default=None, flat=False)

    def to_dict(self) -> dict[str, Any]:
        return to_json(self)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place; coordinates are ``None`` when unknown, never invented.

    ``precision`` follows ACLED: 1 the town itself, 2 near or part of a region, 3 region or country.
    """

    name: str = column("VARCHAR", store="loc_name", flat="location")
    country: str | None = column("VARCHAR", default=None, store="loc_country")
    admin1: str | None = column("VARCHAR", default=None, store="loc_admin1")
    lat: float | None = column("DOUBLE", default=None)
    lon: float | None = column("DOUBLE", default=None)
    geonameid: int | None = column("BIGINT", default=None, flat=False)
    precision: int | None = column("INTEGER", default=None, store="geo_precision",
                                   flat="geo_precision")

    def to_dict(self) -> dict[str, Any]:
        return to_json(self)


def _sources(e: Event) -> list[str]:
    """The documents reporting the event: the cluster's, else the event's own."""
    return list(e.sources) or [e.doc_id]


def _stored_sources(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(row.get("sources") or (row["doc_id"],))


def _stored_outlets(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(o for o in (row.get("outlets") or [row.get("outlet")]) if o)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence.

    Character offsets are into the article's (cleaned) text; ``sentence`` is the sentence text and
    ``sent_start`` its offset, so that ``char_start - sent_start`` indexes into ``sentence``.

    Each field declares how it appears in JSON, in the store and in flat tables (see ``schema``);
    the field order is the order of the JSON keys and of the store's columns.
    """

    event_id: str = column("VARCHAR PRIMARY KEY")
    doc_id: str = column("VARCHAR NOT NULL")
    event_type: str = column("VARCHAR NOT NULL")
    mode: str | None = column("VARCHAR")
    status: str = column("VARCHAR NOT NULL")
    cameo_root: str | None = column("VARCHAR")
    acled_event_type: str | None = column("VARCHAR", group="acled", key="event_type")
    acled_sub_event_type: str | None = column("VARCHAR", group="acled", key="sub_event_type")
    source: Actor | None = column(nested=Actor, prefix="source_")
    target: Actor | None = column(nested=Actor, prefix="target_")
    location: Place | None = column(nested=Place)
    date: str | None = column("DATE")
    date_precision: str | None = column("VARCHAR")
    fatalities: int | None = column("INTEGER")
    injuries: int | None = column("INTEGER")
    attribution: str | None = column("VARCHAR")
    sentence: str = column("VARCHAR NOT NULL")
    char_start: int = column("INTEGER NOT NULL")
    char_end: int = column("INTEGER NOT NULL")
    sent_start: int = column("INTEGER NOT NULL", default=0, flat=False)
    trigger: str = column("VARCHAR", default="", flat=False)
    rule: str = column("VARCHAR", default="", flat=False)
    confidence: float = column("DOUBLE", default=1.0)
    #: what is acted on that is not a party: a thing, a proposal, a place ("a ceasefire")
    object: str | None = column("VARCHAR", default=None, flat=False)
    # the cluster's documents and outlets, filled when events are read back after dedupe
    sources: tuple[str, ...] = column(default=(), json_value=_sources,
                                      flat_value=lambda e: ";".join(_sources(e)),
                                      load=_stored_sources)
    outlets: tuple[str, ...] = column("VARCHAR", default=(), store="outlet", flat=False,
                                      store_value=lambda e: e.outlets[0] if e.outlets else None,
                                      load=_stored_outlets)
    n_sources: int = column(default=1, load=lambda row: len(_stored_sources(row)))
    #: where the place came from: clause, sentence, carried, dateline or focus (None: no place)
    place_source: str | None = column("VARCHAR", default=None)
    #: where the date came from: clause, sentence, carried, story or publication; before
    #: publication for an act told as done before the report at no time given (no date)
    date_source: str | None = column("VARCHAR", default=None)

    def with_(self, **changes: Any) -> Event:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The event as the JSON object of the public contract (DESIGN.md)."""
        return to_json(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return from_json(cls, d)  # type: ignore[no-any-return]


#: Flat tables (CSV, data frames, Parquet) end with the sourcing, the evidence and its confidence;
#: every other flat column comes in field order.
FLAT_TAIL = ("n_sources", "sources", "sentence", "char_start", "char_end", "confidence")


def by_police(e: Event) -> bool:
    """Whether an event's doer is a police force (its source's sector is COP)."""
    return e.source is not None and e.source.sector == "COP"
