"""Typed, immutable records passed between pipeline stages.

JSON appears only at the edges (``Event.to_dict`` / ``Event.from_dict``); inside the pipeline
the stages exchange these records.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

__all__ = ["Article", "Actor", "Place", "Event", "content_hash"]


def content_hash(text: str) -> str:
    """Stable identity of a document's text (whitespace-normalised SHA-256)."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news document, after reading and cleaning.

    ``pubdate`` is ISO ``YYYY-MM-DD`` or ``None``; ``pubdate_guessed`` marks dates guessed from the
    text rather than taken from markup, a record field or the user.
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

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor or recipient: the words in the text and who they stand for."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    parent: str | None = None
    char_start: int | None = None
    char_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "parent": self.parent,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place; coordinates are ``None`` when unknown, never invented.

    ``precision`` follows ACLED: 1 the town itself, 2 near or part of a region, 3 region or country.
    """

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence.

    Character offsets are into the article's (cleaned) text; ``sentence`` is the sentence text and
    ``sent_start`` its offset, so that ``char_start - sent_start`` indexes into ``sentence``.
    """

    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    status: str
    cameo_root: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    source: Actor | None
    target: Actor | None
    location: Place | None
    date: str | None
    date_precision: str | None
    fatalities: int | None
    injuries: int | None
    attribution: str | None
    sentence: str
    char_start: int
    char_end: int
    sent_start: int = 0
    trigger: str = ""
    rule: str = ""
    confidence: float = 1.0
    sources: tuple[str, ...] = field(default_factory=tuple)
    outlets: tuple[str, ...] = field(default_factory=tuple)
    n_sources: int = 1

    def with_(self, **changes: Any) -> Event:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The event as the JSON object of the public contract (DESIGN.md)."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "status": self.status,
            "cameo_root": self.cameo_root,
            "acled": {
                "event_type": self.acled_event_type,
                "sub_event_type": self.acled_sub_event_type,
            },
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "fatalities": self.fatalities,
            "injuries": self.injuries,
            "attribution": self.attribution,
            "sentence": self.sentence,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "sent_start": self.sent_start,
            "trigger": self.trigger,
            "rule": self.rule,
            "confidence": self.confidence,
            "sources": list(self.sources) or [self.doc_id],
            "outlets": list(self.outlets),
            "n_sources": self.n_sources,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        acled = d.get("acled") or {}
        src = d.get("source")
        tgt = d.get("target")
        loc = d.get("location")
        names = {f.name for f in fields(cls)}
        plain = {k: v for k, v in d.items() if k in names}
        plain.update(
            acled_event_type=acled.get("event_type"),
            acled_sub_event_type=acled.get("sub_event_type"),
            source=Actor(**src) if src else None,
            target=Actor(**tgt) if tgt else None,
            location=Place(**loc) if loc else None,
            sources=tuple(d.get("sources") or ()),
            outlets=tuple(d.get("outlets") or ()),
        )
        return cls(**plain)
