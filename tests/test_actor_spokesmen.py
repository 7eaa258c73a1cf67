"""Who speaks for a body acts for it, and a doer striking across a border is not of the side it
strikes. One illustrative sentence per construction (table-driven)."""

from __future__ import annotations

import pytest


def _source(events_in, text, trigger):
    found = [e for e in events_in(text, "2018-03-19") if e.trigger == trigger]
    assert found, text
    return found[0].source


# (text, trigger, the source's country and sector)
SPOKESPEOPLE = [
    # a "for" phrase names the body spoken for
    ("A spokesman for the Russian defence ministry criticised Turkey.", "criticised", "RUS",
     "GOV"),
    ("A spokesman for the SDF criticised Turkey.", "criticised", "SYR", "REB"),
    # a group's name before the word: the group's sector, not a government's
    ("Talal Selo, an SDF spokesman, criticised Turkey.", "criticised", "SYR", "REB"),
    ("A NATO spokesman criticised Russia.", "criticised", "IGO", "IGO"),
    # fighters "from" a known group act as the group
    ("Fighters from the SDF stormed the village.", "stormed", "SYR", "REB"),
    # a group's hyphenated name, which the parse splits
    ("Jaish al-Islam agreed to leave the town.", "agreed", "SYR", "REB"),
    ("Hayat Tahrir al-Sham fighters attacked the post.", "attacked", "SYR", "REB"),
]


@pytest.mark.parametrize("text, trigger, country, sector", SPOKESPEOPLE)
def test_actor_spokesmen_speak_for_their_body(events_in, text, trigger, country, sector):
    source = _source(events_in, text, trigger)
    assert source is not None and (source.country, source.sector) == (country, sector), source


# (text, trigger): the sentence names only the struck side's country, and the act crosses
# a border: the doer is not of it
ACROSS_A_BORDER = [
    ("Militants shelled the Turkish town of Dervan across the border.", "shelled"),
    ("Rebels fired rockets across the border into the Turkish town of Kilis.", "fired"),
]


@pytest.mark.parametrize("text, trigger", ACROSS_A_BORDER)
def test_actor_spokesmen_across_a_border_not_of_the_struck_side(events_in, text, trigger):
    source = _source(events_in, text, trigger)
    assert source is not None and source.country != "TUR", source


def test_actor_spokesmen_without_a_border_the_sentence_country_stays(events_in):
    # nothing says the act came from elsewhere: the sentence's country is lent as before
    source = _source(events_in, "Kurdish fighters attacked a Turkish army post.", "attacked")
    assert source is not None and source.country == "TUR", source


# (text, trigger, a word the source must have, a name it must not be)
ORGANISERS_AND_OPPONENTS = [
    # who organised a protest is its doer
    ("A rally organised by the Kurdistan Solidarity Campaign was held outside Downing Street.",
     "rally", "Campaign", None),
    ("The protest was organised by the Kurdish community in London.", "protest", "community",
     None),
    # a group the party fights is not the party
    ("Officers of the coalition against Isis visited the camp on Friday.", "visited",
     "coalition", "Islamic State"),
]


@pytest.mark.parametrize("text, trigger, word, not_name", ORGANISERS_AND_OPPONENTS)
def test_actor_spokesmen_organisers_act_and_opponents_do_not(events_in, text, trigger, word,
                                                             not_name):
    source = _source(events_in, text, trigger)
    assert source is not None and word in source.text, source
    assert not_name is None or source.name != not_name, source


# (text, trigger, the source's name): "we" in a quotation is the body or state the speaker
# holds an office of
QUOTED_WE = [
    ("\"We have captured the stadium,\" Talal Selo, an SDF spokesman, said.", "captured",
     "Syrian Democratic Forces"),
    ("\"We will destroy the terrorists,\" said Sergei Rudskoy, a Russian general.", "destroy",
     "Russia military"),
]


@pytest.mark.parametrize("text, trigger, name", QUOTED_WE)
def test_actor_spokesmen_a_quoted_we_is_the_speaker_s_body(events_in, text, trigger, name):
    source = _source(events_in, text, trigger)
    assert source is not None and source.name == name, source


def test_actor_spokesmen_a_person_of_no_office_keeps_their_name(events_in):
    # a speaker who holds no office speaks for no body
    source = _source(events_in, "\"We met the minister on Monday,\" Jane Smith said.", "met")
    assert source is None or source.name in (None, "Jane Smith"), source
