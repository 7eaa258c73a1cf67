"""Every state's people named by the plural of its demonym ("two Fijians", "three Bulgarians"),
and the people of a region that lies all in one state by theirs ("Gazans"); a region's people
who live in several states name none (table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest


def _recipient(pipeline, sentence):
    events = pipeline.extract(sentence, pubdate="2012-06-01")
    return next(e.target for e in events if e.target is not None)


@pytest.mark.parametrize("sentence, country", [
    # a state's demonym the country terms gave only as an adjective
    ("Police arrested two Fijians on Monday.", "FJI"),
    ("Police arrested three Mauritians on Monday.", "MUS"),
    ("Police arrested two Trinidadians at the airport.", "TTO"),
    # a demonym read before by place resolution only
    ("Police arrested three Bulgarians on Monday.", "BGR"),
    ("Police arrested two Central Africans on Monday.", "CAF"),
    # a plural of its own row
    ("Police arrested two Monegasques on Monday.", "MCO"),
    # the adjective, as before
    ("Police arrested two Maltese fishermen on Monday.", "MLT"),
    # the people of a region all in one state
    ("Soldiers killed three Gazans on Monday.", "PSE"),
    ("Militiamen attacked Darfuri villagers on Monday.", "SDN"),
])
def test_demonyms_states_people_named(pipeline, sentence, country):
    assert _recipient(pipeline, sentence).country == country


@pytest.mark.parametrize("sentence", [
    # a people of several states names none of them
    "Police arrested three Kashmiris on Monday.",
    "Police arrested three Pashtuns on Monday.",
])
def test_demonyms_states_people_of_several_states(pipeline, sentence):
    assert _recipient(pipeline, sentence).country is None


def test_demonyms_states_rows_read_by_actors():
    from dateline.demonyms import load_demonyms

    actors = dict(load_demonyms("actors"))
    assert actors["Fijian"] == "FJI" and actors["Bulgarian"] == "BGR"
    assert "Kashmiri" not in actors and "Bulgarian" in dict(load_demonyms("places"))
