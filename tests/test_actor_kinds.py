"""Who an actor is when its words name a kind rather than a state, one illustrative sentence per
construction (table-driven): a people of no state's officials and forces are the people's, not
a state's government or army; aid and relief agencies are non-governmental; the international
community is international; a description in apposition to a name stands for the name."""

from __future__ import annotations

import pytest

PUBDATE = "2018-03-19"


# (text, trigger, the source's name, its country)
STATELESS = [
    # officials of a people of no state: named for the people; the sentence names two
    # countries, so neither is theirs
    ("Turkish jets bombed the border villages. Kurdish officials asked the Syrian government "
     "to stop the Turkish advance.", "asked", "Kurdish government", None),
    # "they" standing for them keeps the people's name, not the report's state
    ("Turkish jets bombed the border villages. Kurdish officials asked the Syrian government "
     "to stop the Turkish advance. They rejected a proposal for talks on Thursday.",
     "rejected", "Kurdish government", None),
    # forces of the people in a sentence that names one country: of that country
    ("Kurdish forces captured two fighters near the Syrian town of Hasakah.", "captured",
     "Kurdish military", "SYR"),
]


@pytest.mark.parametrize("text, trigger, name, country", STATELESS)
def test_actor_kinds_people_of_no_state_are_not_a_state(event_on, text, trigger, name,
                                                        country):
    source = event_on(text, trigger, PUBDATE).source
    assert (source.name, source.country) == (name, country), source


# (text, trigger, the source's country, where it came from): a people of no state's forces or
# officials take the country of where they act, else of their sentence, else of the document
STATELESS_FROM = [
    ("Kurdish forces attacked a checkpoint in Hasakah on Monday.", "attacked", "SYR",
     "event place"),
    ("Kurdish officials criticised the Syrian government on Monday.", "criticised", "SYR",
     "sentence focus"),
    ("Syria and Turkey traded accusations. Syria was quiet on Sunday. Kurdish officials "
     "condemned the raid on Monday.", "condemned", "SYR", "document focus"),
]


@pytest.mark.parametrize("text, trigger, country, where", STATELESS_FROM)
def test_actor_kinds_people_of_no_state_country_from(event_on, text, trigger, country, where):
    source = event_on(text, trigger, PUBDATE).source
    assert (source.country, source.country_from) == (country, where), source


# (text, trigger, the source's sector, its country)
KINDS = [
    ("Aid agencies condemned the bombing of the hospital in the town.", "condemned", "NGO",
     None),
    ("Humanitarian organisations criticised the Syrian government on Monday.", "criticised",
     "NGO", None),
    ("The international community condemned the killing of the protesters.", "condemned",
     "IGO", None),
    # an office of a body that is no state's: the body's sector, not the government's
    ("Rebel officials condemned the bombing of the hospital in the town.", "condemned", "REB",
     None),
    ("An opposition spokesman condemned the arrests of the students.", "condemned", "OPP",
     None),
]


@pytest.mark.parametrize("text, trigger, sector, country", KINDS)
def test_actor_kinds_agencies_and_the_international_community(event_on, text, trigger, sector,
                                                              country):
    source = event_on(text, trigger, PUBDATE).source
    assert (source.sector, source.country) == (sector, country), source


# (text, trigger, the source's name or None)
APPOSED = [
    # a description after a name and a comma stands for the name
    ("Some of the data comes from the Syrian Democratic Forces, the Kurdish-led fighters "
     "that freed Raqqa from Isis rule two years ago.", "freed", "Syrian Democratic Forces"),
    # not a place's: "In Syria, the army" is the army
    ("In Syria, the army attacked the town of Idlib on Monday.", "attacked", "Syria military"),
    # nor the party a report is told by: the army is not Hamas
    ("According to Hamas, the army shelled the town on Monday.", "shelled", "military"),
]


@pytest.mark.parametrize("text, trigger, name", APPOSED)
def test_actor_kinds_description_apposed_to_a_name(event_on, text, trigger, name):
    assert event_on(text, trigger, PUBDATE).source.name == name


# (text, trigger, the source's country): a person the dictionary does not know
PERSONS = [
    # a report about Britons in Syria: the nationality it names most wins over the place
    ("A British plumber was killed in Syria while searching a school in Raqqa. British "
     "volunteers say the British authorities ignore them. Tom Hale criticised the Syrian "
     "government.", "criticised", "GBR"),
    # a report about one country, naming no other nationality: the country it is about
    ("London, Manchester and Leeds are wet in the winter. Amelia Brook condemned the decision "
     "of the council.", "condemned", "GBR"),
]


@pytest.mark.parametrize("text, trigger, country", PERSONS)
def test_actor_kinds_unknown_person_of_the_nationality_named_most(event_on, text, trigger,
                                                                  country):
    assert event_on(text, trigger, PUBDATE).source.country == country


# (text, pubdate, trigger, the source's sector): a former office-holder is no longer the state
FORMER = [
    ("The former president, Hamid Karzai, criticised the Taliban.", "2018-03-01", "criticised",
     "ELI"),
    ("Former president Hamid Karzai criticised the Afghan government on Monday.", "2018-03-01",
     "criticised", "ELI"),
    # the title's holder in office: the government
    ("The president, Ashraf Ghani, condemned the attack.", "2018-03-01", "condemned", "GOV"),
    # a surname alone, read for the report's date: in office then, not since
    ("Karzai condemned the attack on the hospital in Kabul.", "2010-03-01", "condemned", "GOV"),
    ("Karzai condemned the attack on the hospital in Kabul.", "2018-03-01", "condemned", "ELI"),
]


@pytest.mark.parametrize("text, pubdate, trigger, sector", FORMER)
def test_actor_kinds_former_office_holder_is_no_government(event_on, text, pubdate, trigger,
                                                           sector):
    assert event_on(text, trigger, pubdate).source.sector == sector


# (text, trigger, the source's sector, a name it must not have): a cause's advocates are
# campaigners, not lawyers; whom a relative clause names is not the one it describes
KINDS_OF_WORDS = [
    ("The plan has been condemned by child welfare advocates.", "condemned", "CVL", None),
    ("Human rights advocates denounced the arrests.", "denounced", "NGO", None),
    ("Most of those who are fighting in the town against the YPG are Isis recruits.",
     "fighting", None, "People's Protection Units"),
]


@pytest.mark.parametrize("text, trigger, sector, not_name", KINDS_OF_WORDS)
def test_actor_kinds_words_beside_the_head(event_on_unfiltered, text, trigger, sector,
                                           not_name):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.sector == sector and source.name != not_name, source
