"""Which side a party is on, one illustrative sentence per construction (table-driven): a people
of no state named with a country is that people, not the state or its army; a non-state body
at a place only meets there; a named person does not take the country of where they act or of
the nearest official; an opposition's leaders are the opposition, military factions are no
army, a government's armed partisans are paramilitaries; a passive shares the "by" agent of
the participle coordinated after it; "the two men" are the two people counted before."""

from __future__ import annotations

import pytest


def _event(events_in, text, trigger):
    found = [e for e in events_in(text, "2018-03-19") if e.trigger == trigger]
    assert found, text
    return found[0]


# (text, trigger, role, name, country): the people's, named for the people
PEOPLES = [
    ("Syrian Kurds attacked the town on Monday.", "attacked", "source", "Syria Kurds", "SYR"),
    ("Iraqi Kurdish forces captured the village on Monday.", "captured", "source",
     "Iraq Kurdish military", "IRQ"),
    ("The fighter surrendered to Kurdish forces in Syria last week.", "surrendered", "target",
     "Kurdish military", "SYR"),
    # who they are not, and a place a people holds
    ("Turkey is backing a fresh force of non-Kurdish Syrian rebel factions.", "backing", "target",
     "Syria rebels", "SYR"),
    ("US troops in Kurdish-held Syria were deployed to guard a convoy of grain lorries.",
     "deployed", "source", "United States military", "USA"),
]


@pytest.mark.parametrize("text, trigger, role, name, country", PEOPLES)
def test_actor_sides_people_of_no_state_not_the_state(events_in, text, trigger, role, name,
                                                      country):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and (party.name, party.country) == (name, country), party


# (text, trigger, role, sector)
SECTORS = [
    ("Syrian opposition leaders met the envoy in Riyadh.", "met", "source", "OPP"),
    ("The families urged the military factions to release the prisoners.", "urged", "target",
     "REB"),
    # a government's armed partisans are on the state's side; a stance towards another state
    # leaves rebels rebels
    ("Pro-government militias attacked the protesters in Baghdad.", "attacked", "source",
     "PRM"),
    ("Pro-Assad militiamen killed 20 civilians in Hama.", "killed", "source", "PRM"),
    ("Pro-Russian rebels shelled the town of Mariupol.", "shelled", "source", "REB"),
    # a person of a country named by no agent's word is one of its people, not its state
    ("A Cardiff pianist who left the UK to tour with a band was arrested in Portugal.",
     "arrested", "target", "CVL"),
]


@pytest.mark.parametrize("text, trigger, role, sector", SECTORS)
def test_actor_sides_sector_of_non_state_bodies(events_in, text, trigger, role, sector):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and party.sector == sector, party


# (text, trigger, role, country it must not get from the sentence; a report about that one
# country may still give it)
NOT_FROM_ELSEWHERE = [
    # a venue is not the home of a party met there
    ("The opposition at Geneva accused the government of bombing hospitals.", "accused",
     "source", "CHE"),
    # nor of the state of the nearest official
    ("The assembly cut funding for Cairo's campaign in Libya and accused General Varnak Oduya "
     "of ordering the raid.", "accused", "target", "LBY"),
]


@pytest.mark.parametrize("text, trigger, role, country", NOT_FROM_ELSEWHERE)
def test_actor_sides_country_not_taken_from_elsewhere(events_in, text, trigger, role, country):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None, text
    assert party.country != country or party.country_from == "document focus", party


def test_actor_sides_person_not_of_the_place_acted_in(events_in):
    # a person is not of the place the act happens in: in a report about another country (its
    # focus not the place), so neither the sentence nor the document may lend it
    text = _ABOUT_SYRIA + "Prince Mohammed met the Russian president in Moscow on Friday."
    party = _event(events_in, text, "met").source
    assert party is not None and party.country != "RUS", party


# (text, trigger, the source's name, or None when it must not be the agent of the next verb)
SHARED_AGENTS = [
    ("Forty fishermen have been detained and forcibly deported by Isis.", "detained",
     "Islamic State"),
    ("Two men were arrested and later released by the court.", "arrested", None),
]


@pytest.mark.parametrize("text, trigger, name", SHARED_AGENTS)
def test_actor_sides_passive_shares_next_agent(events_in, text, trigger, name):
    source = _event(events_in, text, trigger).source
    if name is None:
        assert source is None or source.sector != "JUD", source
    else:
        assert source is not None and source.name == name, source


# (text, trigger): "the two men", "the pair" stand for the few people counted sentences before
COUNTED = [
    ("Two British sailors were captured by pirates off Somalia. The Harbour Courier said the "
     "pair had been held on a trawler. The two men were interrogated by Kenyan forces.",
     "interrogated"),
]


@pytest.mark.parametrize("text, trigger", COUNTED)
def test_actor_sides_few_people_counted_before(events_in, text, trigger):
    target = _event(events_in, text, trigger).target
    assert target is not None and target.antecedent == "Two British sailors", target
    assert target.country == "GBR", target


_ABOUT_SYRIA = ("Syrian troops shelled Idlib and Aleppo on Monday. Damascus said rebels attacked "
                "first. ")

# (text, trigger, role, country): a person the dictionary does not know, in a report about one
# country, is of the one other country the sentence names besides the counterpart's, else of
# the report's
PERSONS = [
    (_ABOUT_SYRIA + "Scotland Yard has examined whether Jane Holbrook took part in a scheme "
     "that makes her a risk to British public safety.", "examined", "target", "GBR"),
    (_ABOUT_SYRIA + "Russian jets killed Abu Ahmed near the town.", "killed", "target", "SYR"),
]


@pytest.mark.parametrize("text, trigger, role, country", PERSONS)
def test_actor_sides_unknown_person_country(events_in, text, trigger, role, country):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and party.country == country, party


_FAR = ("{} arrived in Paris on Monday. The visit had been planned for months. Officials said "
        "the talks would cover trade. He met the French president on Tuesday.")

# (who arrived, whom "he" three sentences later stands for, or None when it is unsaid)
FAR_BACK = [
    ("The Saudi crown prince, Mohammed bin Salman,", "Mohammed bin Salman"),
    ("John Smith and Ahmed Khan", None),  # two men: which one is unsaid
    ("Maria Lopez", None),  # a woman: no "he"
]


@pytest.mark.parametrize("who, meant", FAR_BACK)
def test_actor_sides_person_a_few_sentences_back(events_in, who, meant):
    source = _event(events_in, _FAR.format(who), "met").source
    assert source is not None and source.antecedent == meant, source


def test_actor_sides_possessed_people_are_no_civilians(events_in):
    """"Iran's leaders" are of its state, not one of its people like "a London schoolgirl"."""
    target = _event(events_in, "The Russian president met Iran's leaders in Tehran on "
                    "Wednesday.", "met").target
    assert target is not None and target.country == "IRN" and target.sector != "CVL", target
