"""An agent "of" or "from" a country is of the sector its own head names: "the foreign minister
of France" is France's government, "officials from Russia" Russia's, "the army of Myanmar" its
military (table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest

from dateline.actors import agent_sector, load_dictionary

# (words of the phrase, sector)
PHRASES = [
    ("the foreign minister of france", "GOV"),
    ("the interior ministers of the uk", "GOV"),
    ("officials from russia", "GOV"),
    ("the army of myanmar", "MIL"),
    ("the police of kenya", "COP"),
    ("the people of france", "CVL"),
    # a unit of a body keeps the body's sector, a body named with "of" stays whole
    ("members of the police", "COP"),
    ("the council of ministers", "GOV"),
]


@pytest.mark.parametrize("phrase, sector", PHRASES)
def test_agent_of_a_country_has_its_head_sector(phrase, sector):
    words = phrase.removeprefix("the ").split()
    assert agent_sector(load_dictionary(), words, words)[0] == sector


# (sentence, source text start, country, sector): the members of a meeting of two states'
# ministers are each their state's government
MEETINGS = [
    ("The foreign ministers of France and Germany met in Paris on Monday.", "The foreign",
     "FRA", "GOV"),
    ("Ministers from Russia and Turkey met in Ankara on Monday.", "Ministers", "RUS", "GOV"),
]


@pytest.mark.parametrize("text, start, country, sector", MEETINGS)
def test_agents_of_coordinated_states_at_a_meeting(events_in, text, start, country, sector):
    sources = [e.source for e in events_in(text) if e.event_type == "CONSULT" and e.source]
    first = [s for s in sources if s.text.startswith(start)]
    assert first and (first[0].country, first[0].sector) == (country, sector), sources
