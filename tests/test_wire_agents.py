"""Offices and ranks written as a common noun give an actor its sector, and with a country word
or an office one state has, its country (table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, sector, country", [
    ("The taoiseach criticised the plan to close the border on Monday.", "GOV", "IRL"),
    ("The Qatari emir criticised the plan to close the border on Monday.", "GOV", "QAT"),
    ("The emir criticised the plan to close the border on Monday.", "GOV", None),
    ("The ayatollah criticised the plan to close the border on Monday.", "REL", None),
    ("The grand ayatollah criticised the plan to close the border on Monday.", "REL", None),
])
def test_wire_agents_office_nouns(pipeline, sentence, sector, country):
    events = pipeline.extract(sentence, pubdate="2019-03-01")
    assert events and events[0].source is not None
    assert (events[0].source.sector, events[0].source.country) == (sector, country)
