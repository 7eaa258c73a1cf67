"""The library API: ``dateline.extract`` and ``Pipeline``."""

from __future__ import annotations

import dataclasses
import json

import pytest

import dateline
from dateline import Article, ConfigError, Event, Pipeline

TEXT = (
    "Police arrested three protesters in Lahore on Friday, a police spokesman said. "
    "Militants attacked an army checkpoint near Quetta, killing two soldiers."
)


def test_pipeline_extract_returns_events_with_evidence(pipeline):
    events = pipeline.extract(TEXT, pubdate="2024-03-16")
    assert events, "an article rich in events yields events"
    for e in events:
        assert isinstance(e, Event)
        assert e.sentence and e.sentence in TEXT
        # the span points at the trigger inside the document and inside its sentence
        assert TEXT[e.char_start:e.char_end] == e.trigger
        local = e.char_start - e.sent_start
        assert e.sentence[local:local + len(e.trigger)] == e.trigger
        assert e.cameo_root is None or (len(e.cameo_root) == 2 and e.cameo_root.isdigit())
    types = {e.event_type for e in events}
    assert "COERCE" in types and "ASSAULT" in types


def test_pipeline_module_level_extract_matches_pipeline(pipeline):
    ids = [e.event_id for e in dateline.extract(TEXT, pubdate="2024-03-16")]
    assert ids == [e.event_id for e in pipeline.extract(TEXT, pubdate="2024-03-16")]


def test_pipeline_extract_accepts_article(pipeline):
    art = Article(doc_id="a-1", text=TEXT, pubdate="2024-03-16")
    events = pipeline.extract(art)
    assert events and all(e.doc_id == "a-1" for e in events)


def test_pipeline_records_are_frozen(pipeline):
    event = pipeline.extract(TEXT)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.event_type = "AID"  # type: ignore[misc]


def test_pipeline_event_json_has_contract_keys(pipeline):
    keys = {
        "event_id", "doc_id", "event_type", "mode", "status", "cameo_root", "acled", "source",
        "target", "location", "date", "date_precision", "fatalities", "attribution", "sentence",
        "char_start", "char_end", "sources", "n_sources", "place_source", "date_source",
    }
    events = pipeline.extract(TEXT, pubdate="2024-03-16")
    assert events
    for e in events:
        d = json.loads(json.dumps(e.to_dict()))
        assert keys <= d.keys()
        assert set(d["acled"]) == {"event_type", "sub_event_type"}
        assert Event.from_dict(d).to_dict() == d


def test_pipeline_process_keeps_order_and_passes_errors(pipeline):
    from dateline.errors import ReadError

    items = [
        Article(doc_id="one", text=TEXT),
        ReadError("bad.bin", "looks like a binary file"),
        Article(doc_id="two", text="The minister visited Nairobi."),
    ]
    results = list(pipeline.process(items))
    got = [r.article.doc_id if r.article else r.source for r in results]
    assert got == ["one", "bad.bin", "two"]
    assert results[1].error is not None and not results[1].events


def test_pipeline_undated_text_has_no_invented_date(pipeline):
    events = pipeline.extract(TEXT)
    assert events and all(e.date is None for e in events)


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"batch_size": 0}])
def test_pipeline_rejects_bad_settings(kwargs):
    with pytest.raises(ConfigError):
        Pipeline(**kwargs)


def test_pipeline_unknown_model_is_a_clear_error():
    with pytest.raises(dateline.ModelError, match="not installed"):
        Pipeline(model="xx_no_such_pipeline")
