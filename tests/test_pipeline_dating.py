"""A document's dates are worked out for its events only: one whose mentions all fail to become
events (ordinary crime, no act of any party) never has its time expressions resolved. Sentences
written for the project."""

from __future__ import annotations

import pytest

from dateline import pipeline
from dateline.records import Article


@pytest.mark.parametrize(("text", "events", "dated"), [
    ("Police arrested two men in the town of Vessa on Friday.", True, 1),
    ("The gang robbed a bank in Vessa and shot a guard.", False, 0),  # ordinary crime
    ("A burglar attacked the shopkeeper last week.", False, 0),
    ("The weather in Vessa stayed mild all week.", False, 0),  # no mention at all
])
def test_pipeline_dates_made_only_for_events(nlp, monkeypatch, text, events, dated):
    made = []
    real = pipeline.dater
    monkeypatch.setattr(pipeline, "dater", lambda *a, **k: made.append(1) or real(*a, **k))
    found = pipeline.events_from_doc(nlp(text), Article(doc_id="t", text=text,
                                                        pubdate="2024-03-01"), learned=False)
    assert bool(found) == events
    assert len(made) == dated
