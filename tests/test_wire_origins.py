"""The country of a party that comes "from" a town the model tags as no place: the town's
country when the gazetteer knows a town of some size of the name and no dictionary knows the
name as an actor's (table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest


def _parties(pipeline, sentence):
    return [a for e in pipeline.extract(sentence, pubdate="2019-04-01")
            for a in (e.source, e.target) if a is not None]


@pytest.mark.parametrize("sentence, words, country", [
    # a head with "from" a town
    ("A former soldier from Bournemouth was killed in an air strike.", "Bournemouth", "GBR"),
    ("Volunteers from Bournemouth were wounded in the shelling.", "Bournemouth", "GBR"),
    # the town in an apposition to the party
    ("The fighter, a former soldier from Bournemouth, was killed in an air strike.",
     "Bournemouth", "GBR"),
])
def test_wire_origins_town_gives_country(pipeline, sentence, words, country):
    parties = [a for a in _parties(pipeline, sentence) if words in a.text]
    assert parties and all(a.country == country for a in parties)


@pytest.mark.parametrize("sentence, words", [
    ("A nurse from Hope was detained by the police.", "Hope"),  # too small a place
    # an organisation's name: towns of several countries bear it, or only a small one
    ("A technician from Mercedes was abducted by gunmen.", "Mercedes"),
    ("A chemist from Stanford was detained in Iran.", "Stanford"),
])
def test_wire_origins_no_town_no_country(pipeline, sentence, words):
    parties = [a for a in _parties(pipeline, sentence) if words in a.text]
    assert parties and all(a.country is None for a in parties)


def test_wire_origins_organisation_is_no_town(nlp):
    from dateline.actor_places import origin_town_country

    doc = nlp("A spokesman from Oxfam criticised the decision.")
    assert origin_town_country(doc[3]) is None
