"""The event schema: each field declared once on the record, every edge derived from it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, fields

from dateline import Event
from dateline.formats import FLAT_COLUMNS, render
from dateline.records import FLAT_TAIL, Actor, Place
from dateline.schema import (
    column, flat_columns, flat_values, from_json, from_store, store_columns, store_values, to_json,
)
from dateline.store import Store

EVENT = Event(
    event_id="e1", doc_id="d1", event_type="ASSAULT", mode="firearms", status="actual",
    cameo_root="18", acled_event_type="Battles", acled_sub_event_type="Armed clash",
    source=Actor("militants", "Militants", "PAK", "REB", None, 0, 9),
    target=Actor("soldiers", None, "PAK", "MIL", "army", 30, 38),
    location=Place("Quetta", "PAK", "Balochistan", 30.18, 66.99, 1167528, 1),
    date="2024-03-15", date_precision="day", fatalities=2, injuries=None, attribution="police",
    sentence="Militants attacked soldiers near Quetta.", char_start=10, char_end=18,
    trigger="attacked", rule="test:verb", confidence=0.9, outlets=("Dawn",),
)


@dataclass(frozen=True, slots=True)
class _WiderEvent(Event):
    """An event with one more scalar field, declared as any field of the record is."""

    certainty: str | None = column("VARCHAR", default=None)


def test_schema_json_keeps_the_contract_keys_in_order():
    d = EVENT.to_dict()
    assert list(d) == [
        "event_id", "doc_id", "event_type", "mode", "status", "cameo_root", "acled", "source",
        "target", "location", "date", "date_precision", "fatalities", "injuries", "attribution",
        "sentence", "char_start", "char_end", "sent_start", "trigger", "rule", "confidence",
        "object", "sources", "outlets", "n_sources", "place_source", "date_source"]
    assert d["acled"] == {"event_type": "Battles", "sub_event_type": "Armed clash"}
    assert list(d["source"]) == ["text", "name", "country", "sector", "parent", "char_start",
                                 "char_end", "country_from", "antecedent"]
    assert list(d["location"]) == ["name", "country", "admin1", "lat", "lon", "geonameid",
                                   "precision"]
    assert d["sources"] == ["d1"] and d["outlets"] == ["Dawn"]
    assert Event.from_dict(json.loads(json.dumps(d))) == EVENT.with_(sources=("d1",))


def test_schema_flat_columns_end_with_sourcing_and_evidence():
    assert FLAT_COLUMNS[-len(FLAT_TAIL):] == FLAT_TAIL
    assert FLAT_COLUMNS[:8] == ("event_id", "doc_id", "event_type", "mode", "status",
                                "cameo_root", "acled_event_type", "acled_sub_event_type")
    lines = list(render([EVENT], "csv"))
    assert len(lines) == 2
    row = next(csv.DictReader(io.StringIO("\n".join(lines))))
    assert row["location"] == "Quetta" and row["geo_precision"] == "1"
    assert row["source_sector"] == "REB" and row["sources"] == "d1" and row["n_sources"] == "1"


def test_schema_store_round_trip(tmp_path):
    art_text = "x" * 60
    from dateline import Article

    with Store(tmp_path / "s.duckdb") as st:
        stats = st.add([(Article(doc_id="d1", text=art_text, outlet="Dawn"), [EVENT])])
        assert stats.added == 1 and stats.events == 1
        [back] = st.events()
    assert back == EVENT.with_(sources=("d1",), n_sources=1)


def test_schema_a_new_scalar_field_is_one_declaration():
    wide = _WiderEvent(**{f.name: getattr(EVENT, f.name) for f in fields(Event)},
                       certainty="probable").with_(sources=("d1",))
    assert list(to_json(wide))[-1] == "certainty"
    assert to_json(wide)["certainty"] == "probable"
    assert from_json(_WiderEvent, to_json(wide)) == wide
    assert ("certainty", "VARCHAR") in store_columns(_WiderEvent)
    names = [name for name, _ in store_columns(_WiderEvent)]
    row = dict(zip(names, store_values(wide), strict=True))
    assert from_store(_WiderEvent, row) == wide
    flat = flat_columns(_WiderEvent, FLAT_TAIL)
    assert flat.index("certainty") < flat.index("n_sources")
    assert flat_values(wide)["certainty"] == "probable"
