"""Who does an act, by rules stated from what a doer is, one illustrative sentence per
construction (table-driven): a person's nationality said once holds for every later mention
of the name, whatever role the person has; the doer of an event noun is the kind of party its
modifier names; coordinated countries before an act's noun are each a doer; a plain noun for
fighters in a report about one armed group is that group's; a person named once as acting for
a body of no country is of no country at every mention; a state's name of several words
names the state, and a group of states' ministers are the group's."""

from __future__ import annotations

import pytest

PUBDATE = "2018-03-19"


def _events(events_in, text, trigger):
    return [e for e in events_in(text, PUBDATE) if e.trigger == trigger]


# (text, trigger, the source's country): the nationality the first mention states, not the
# country of the places of a later sentence
SAID_ONCE = [
    # a demonym before the name states it; a later mention gives the person a role
    ("Syrian troops shelled Idlib on Monday. The Russian-born Boris Sokolov arrived in Syria "
     "last year. The opposition leader Boris Sokolov criticised the government in Damascus on "
     "Tuesday.", "criticised", "RUS"),
    # a demonym before a coordination of two names states it for both
    ("Turkish jets bombed Afrin on Monday. Kurdish commanders said two British volunteers, "
     "Tom Ward and Jack Holden, had joined them. Holden accused the Syrian government of "
     "abandoning Afrin.", "accused", "GBR"),
    ("Turkish jets bombed Afrin on Monday. Two British volunteers, Tom Ward and Jack Holden, "
     "joined the Kurdish militia. Holden, a former soldier, criticised the Turkish government.",
     "criticised", "GBR"),
    # a singular noun before the first of two names describes that one only
    ("The Dutch doctor Piet Jansen and Laura Conti arrived in Idlib. Conti condemned the "
     "government.", "condemned", None),
    # none stated: a named person with a role is of the report's country, not of the country
    # of the places their sentence names
    ("Russian mercenaries were killed in Syria last week, Russian officials said. The Kremlin "
     "denied it. Boris Sokolov, an opposition politician, spoke to reporters. Sokolov said he "
     "demanded an explanation of why soldiers fight in Syria.", "demanded", "RUS"),
]


@pytest.mark.parametrize("text, trigger, country", SAID_ONCE)
def test_actor_document_memory_nationality_said_once(event_on, text, trigger, country):
    source = event_on(text, trigger, PUBDATE).source
    assert source.country == country, source


# (text, trigger, the source's name, its country): the kind of party an event noun's modifier
# names is its doer
KIND_MODIFIERS = [
    ("Government forces attacked Idlib. The regime offensive killed 20 civilians in Idlib.",
     "offensive", "Syria government", "SYR"),
    ("A militant ambush killed five police officers in Kabul.", "ambush",
     "Afghanistan rebels", "AFG"),
]


@pytest.mark.parametrize("text, trigger, name, country", KIND_MODIFIERS)
def test_actor_document_memory_kind_modifier_is_the_doer(event_on, text, trigger, name,
                                                         country):
    source = event_on(text, trigger, PUBDATE).source
    assert (source.name, source.country) == (name, country), source


# an act done to the men its modifier names, or one that moves them, is not done by them
def test_actor_document_memory_moved_men_do_not_act(events_in):
    found = _events(events_in, "The troop withdrawal from Syria began on Monday.",
                    "withdrawal")
    assert all(e.source is None for e in found), found


# (text, trigger, the doers' countries): coordinated countries before an act's noun, or before
# the noun of its doer, are each a doer of their own
COORDINATED = [
    ("US, British and French strikes destroyed three chemical sites in Syria.", "strikes",
     ["USA", "GBR", "FRA"]),
    ("Raids by US, British and French jets destroyed two army depots in Homs.", "Raids",
     ["USA", "GBR", "FRA"]),
    ("US and British strikes destroyed three chemical sites in Syria.", "strikes",
     ["USA", "GBR"]),
]


@pytest.mark.parametrize("text, trigger, countries", COORDINATED)
def test_actor_document_memory_coordinated_doers(events_in, text, trigger, countries):
    found = _events(events_in, text, trigger)
    assert sorted(e.source.country for e in found if e.source) == sorted(countries), found


# forces named by the coalition they serve are of the coalition named before
def test_actor_document_memory_coalition_forces(event_on):
    text = ("The Saudi-led coalition began a new offensive in Yemen. Coalition warplanes struck "
            "a market in Saada.")
    source = event_on(text, "struck", PUBDATE).source
    assert (source.country, source.sector) == ("SAU", "MIL"), source


# (text, trigger, whether the source is the group): plain fighters in a report about one
# armed group are its own; fighters a people or a country names are not
FIGHTERS = [
    ("The Syrian army shelled Raqqa. Isis claimed the attack. Islamic State said it would "
     "fight on. Militants in Raqqa executed two men on Monday.", "executed", True),
    ("The Syrian army shelled Raqqa. Isis claimed the attack. Islamic State said it would "
     "fight on. Kurdish fighters captured two men on Monday.", "captured", False),
    # fighters in a country the report and the group's sentences have not named: another story
    ("The Syrian army shelled Raqqa. Isis claimed the attack. Islamic State said it would "
     "fight on. In Nigeria, militants burned a school on Tuesday.", "burned", False),
    # a report that names no armed group: the fighters stay generic
    ("Syrian rebels attacked Aleppo. Militants killed five soldiers in Idlib.", "killed", False),
]


@pytest.mark.parametrize("text, trigger, the_group", FIGHTERS)
def test_actor_document_memory_fighters_of_the_group(event_on, text, trigger, the_group):
    source = event_on(text, trigger, PUBDATE).source
    assert (source.name == "Islamic State") == the_group, source


# a person named once as acting for a charity is of no country at a later mention, and of
# none lent by the report's places
def test_actor_document_memory_serves_no_state_at_every_mention(event_on):
    text = ("Government forces shelled Idlib. The lawyer Paul Grant, of the legal charity "
            "Reprieve, arrived in Syria. Grant urged the Syrian authorities to free the boys.")
    source = event_on(text, "urged", PUBDATE).source
    assert (source.name, source.country) == ("Paul Grant", None), source


# (text, trigger, the recipient's or source's name, its country, its sector): a state's name of
# several words is the state, whatever its last word names alone ("union": labour); a group of
# states' ministers are of the group, not of the host country
WHOLE_NAMES = [
    ("The Soviet Union was blamed for deploying nerve gas near Herat in 1982.", "deploying",
     "Russia government", "RUS", "GOV"),
    ("G20 health ministers in Madrid appealed for quicker aid to flood victims.", "appealed",
     "Group of 20 health ministers", "IGO", "GOV"),
]


@pytest.mark.parametrize("text, trigger, name, country, sector", WHOLE_NAMES)
def test_actor_document_memory_whole_names(event_on, text, trigger, name, country, sector):
    source = event_on(text, trigger, PUBDATE).source
    assert (source.name, source.country, source.sector) == (name, country, sector), source


# (text, trigger, role, the party's name, its sector): "the <people>" of a state acting as a
# state is the state; a count of them, or a people of no state, is not
PEOPLES = [
    ("The Americans refused to intervene in Afrin.", "refused", "source", "United States",
     "GOV"),
    ("The envoy pleaded with the Russians to put pressure on the government.", "pleaded",
     "target", "Russia", "GOV"),
    ("Thousands of Russians protested in Moscow.", "protested", "source", "Russia civilians",
     "CVL"),
    # "the <people>" doing what people do, not states: a protest, an attack that is no act of war
    ("The Hungarians protested against bread prices in Budapest on Monday.", "protested",
     "source", "Hungary civilians", "CVL"),
    ("The Swedes beat Portugal in the hockey final on Sunday.", "beat", "source",
     "Sweden civilians", "CVL"),
]


@pytest.mark.parametrize("text, trigger, role, name, sector", PEOPLES)
def test_actor_document_memory_a_states_people(event_on, text, trigger, role, name, sector):
    party = getattr(event_on(text, trigger, PUBDATE), role)
    assert (party.name, party.sector) == (name, sector), party
