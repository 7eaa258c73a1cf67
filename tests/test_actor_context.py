"""Actors' countries from the document around them, one illustrative sentence per construction
(table-driven): "the two sides" and "both countries" stand for the two parties named just before,
one event each; a town's name shared by places of several countries names the one of a country
the report names."""

from __future__ import annotations

import pytest

PUBDATE = "2015-03-16"


# (text, the trigger of the event the phrase acts in, the countries of its events' sources)
SIDES = [
    # "the two sides" after two coordinated parties
    ("Israel and Hamas agreed to a truce on Monday. The two sides had fought for eleven days.",
     "fought", {"ISR", "PSE"}),
    # "both sides" after a meeting of two countries' envoys
    ("Russia's foreign minister met his Ukrainian counterpart in Geneva. Both sides agreed to "
     "exchange prisoners.", "exchange", {"RUS", "UKR"}),
    # "the two countries" after a body of each named in one phrase
    ("The Ethiopian government accused Eritrean forces of shelling the border town. The two "
     "countries fought a war over the border.", "fought", {"ETH", "ERI"}),
    # three countries before: "the two sides" is not safe to resolve
    ("France, Germany and Italy met in Rome. The two sides disagreed on the budget.",
     "disagreed", set()),
    # "both parties" are most often two political parties, not the two countries before
    ("Britain and Egypt signed a gas deal on Monday. Both parties accused the opposition of "
     "spreading lies.", "accused", set()),
    # nothing before: unresolved
    ("The two sides agreed to meet again next month.", "agreed", set()),
]


@pytest.mark.parametrize("text, trigger, countries", SIDES)
def test_actor_context_the_two_sides_are_the_two_parties_before(events_in_unfiltered, text, trigger,
                                                                countries):
    events = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    found = {e.source.country for e in events if e.source is not None and e.source.country}
    assert found == countries, [(e.event_type, e.source) for e in events]


# (text, role, expected country): a town's name that places of several countries bear
NAMESAKES = [
    # the report names Lebanon's people: Tripoli is the Lebanese port, not Libya's capital
    ("Syrian troops shelled rival militias in Tripoli as Lebanese officials called for calm.",
     "target", "LBN"),
    # no country named: the best-known place of the name
    ("Gunmen attacked militias in Tripoli on Sunday.", "target", "LBY"),
    # a namesake far smaller than the best-known place does not win over it (Paris, Texas)
    ("American tourists said police in Paris detained two of them.", "source", "FRA"),
    # the document names Pakistan: Hyderabad is the Pakistani city
    ("Pakistani officials said police in Hyderabad arrested three men.", "source", "PAK"),
]


@pytest.mark.parametrize("text, role, country", NAMESAKES)
def test_actor_context_a_namesake_town_of_a_country_the_report_names(events_in, text, role,
                                                                     country):
    found = [getattr(e, role) for e in events_in(text, PUBDATE) if getattr(e, role) is not None]
    assert found, text
    assert found[0].country == country, found


# (text, trigger, role, expected country): an organisation the dictionary does not know, in a
# report about one country, is of that country (provenance: the document's focus)
UNKNOWN_BODIES = [
    ("Police in Cairo detained dozens of students on Friday. Egyptian officials said the "
     "marches were illegal. In Alexandria, the Tamarod group staged a rally against the "
     "government.", "rally", "source", "EGY"),
    # a report about no one country: no country is given
    ("The Tamarod group staged a rally on Friday.", "rally", "source", None),
]


@pytest.mark.parametrize("text, trigger, role, country", UNKNOWN_BODIES)
def test_actor_context_unknown_body_takes_the_report_country(event_on, text, trigger, role,
                                                             country):
    event = event_on(text, trigger, PUBDATE)
    actor = getattr(event, role)
    assert actor is not None and actor.country == country, actor
    if country is not None:
        assert actor.country_from == "document focus", actor


def test_actor_context_unknown_body_in_a_one_place_report_takes_its_country(event_on):
    # a report of one sentence: the country of the place it names
    event = event_on("The Tamarod group staged a rally in Cairo on Friday.", "rally", PUBDATE)
    assert event.source is not None and event.source.country == "EGY", event.source
    assert event.source.country_from == "sentence focus", event.source


# (text, trigger, expected country): a person the dictionary does not know, in a report about
# one country, is of it, unless their mention says they act for a body of no one country
UNKNOWN_PEOPLE = [
    ("Soldiers shelled Idlib on Monday. Residents of Idlib fled to the Syrian border. Aid "
     "convoys reached Aleppo and Homs in Syria. Ahmad Darwish condemned the attack on Tuesday.",
     "condemned", "SYR"),
    ("Soldiers shelled Idlib on Monday. Residents of Idlib fled to the Syrian border. Aid "
     "convoys reached Aleppo and Homs in Syria. Clara Lindqvist, of the legal charity Amicus "
     "Libera, condemned the attack on Tuesday.", "condemned", None),
    ("Soldiers shelled Idlib on Monday. Residents of Idlib fled to the Syrian border. Aid "
     "convoys reached Aleppo and Homs in Syria. Clara Lindqvist, of the legal nonprofit Amicus "
     "Libera, condemned the attack on Tuesday.", "condemned", None),
]


@pytest.mark.parametrize("text, trigger, country", UNKNOWN_PEOPLE)
def test_actor_context_unknown_person_takes_the_report_country(event_on, text, trigger, country):
    event = event_on(text, trigger, PUBDATE)
    assert event.source is not None and event.source.country == country, event


# the countries a report names: each name once, by its whole words ("South Sudan" is no Sudan)
NAMED = [
    ("Troops from South Sudan crossed the river on Monday.", {"SSD"}),
    ("Lebanese and Syrian officials met in Beirut.", {"LBN", "SYR"}),
    ("Officials met in Paris on Monday.", set()),
]


@pytest.mark.parametrize("text, countries", NAMED)
def test_actor_context_countries_a_report_names(text, countries):
    from dateline.actor_places import countries_named
    from dateline.annotate import load_model

    assert countries_named(load_model()(text)) == countries


# (text, expected country, sector): "Congress" with no country word is the body of the report's
# country when its body bears that name, else the US Congress; in a report about India, the
# party
BODY_NAMES = [
    ("Protesters marched in Manila on Monday. Congress condemned the attack on the embassy.",
     "PHL", "LEG"),
    ("The prime minister met the Kenyan president in Nairobi. Congress later condemned the "
     "attack on the embassy.", "USA", "LEG"),
    ("The Indian government banned the rally. Congress condemned the ban.", "IND", "PTY"),
]


@pytest.mark.parametrize("text, country, sector", BODY_NAMES)
def test_actor_context_shared_body_name_takes_its_country(events_in, text, country, sector):
    found = [e.source for e in events_in(text, PUBDATE)
             if e.source is not None and e.source.text == "Congress"]
    assert found, [(e.trigger, e.source) for e in events_in(text, PUBDATE)]
    assert (found[0].country, found[0].sector) == (country, sector), found[0]


# (text, trigger, the government's role, its expected country): a government with no country
# word that a party or the opposition of a named country deals with is that country's, whatever
# country the report is about; a legislature's counterpart is not decided so
GOVERNMENTS = [
    ("Syrian jets bombed Douma on Monday. Syrian forces shelled Ghouta on Tuesday. The Labour "
     "leader of Britain, Jeremy Corbyn, accused the government of waiting for instructions.",
     "accused", "target", "GBR"),
    ("Syrian jets bombed Douma on Monday. Syrian forces shelled Ghouta on Tuesday. The "
     "government rejected the demands of the Egyptian opposition.", "rejected", "source", "EGY"),
]


@pytest.mark.parametrize("text, trigger, role, country", GOVERNMENTS)
def test_actor_context_government_of_the_opposition_it_deals_with(event_on, text, trigger, role,
                                                                  country):
    event = event_on(text, trigger, PUBDATE)
    actor = getattr(event, role)
    assert actor is not None and actor.country == country, event


# (text, trigger, the source's and the target's countries): a sentence whose places name one
# country other than the report's gives it to both sides when neither names its own
SENTENCE_COUNTRY = [
    ("Two British volunteers returned to London on Monday. The Home Office said the men from "
     "Manchester would face questions in Britain. British police interviewed them in Leeds. "
     "Haddad, whose militia have been fighting pro-regime forces, said that rebels had held the "
     "line in Idlib.", "fighting", ("SYR", "SYR")),
]


@pytest.mark.parametrize("text, trigger, countries", SENTENCE_COUNTRY)
def test_actor_context_both_sides_take_the_sentence_country(event_on, text, trigger, countries):
    event = event_on(text, trigger, PUBDATE)
    assert (event.source and event.source.country, event.target and event.target.country) == \
        countries, (event.source, event.target)


# (text, trigger, the recipient's country): a town the parse tags no place, written as one
# ("in Baghuz"), names the country of the sentence, over the report's
UNTAGGED_TOWNS = [
    ("The British government said it would not help her. She said the bombings were wrong. "
     "\u201cThey killed people like the farmers and their sons in Baghuz who are being killed "
     "this very week by the bombings,\u201d she said. London officials disagreed.", "killed",
     "SYR"),
]


@pytest.mark.parametrize("text, trigger, country", UNTAGGED_TOWNS)
def test_actor_context_untagged_town_names_the_sentence_country(event_on, text, trigger,
                                                                 country):
    event = event_on(text, trigger, "2019-02-18")
    assert event.target is not None and event.target.country == country, event


# (text, trigger, role, country): a state named as the owner of an act ("Turkey's offensive")
# is no place of the sentence, nor is a place in the other party's own phrase ("who has said
# its forces will stay in Syria")
NOT_PLACES = [
    ("Turkish officials met in Ankara on Monday. Ankara said the talks went well. The Turkish "
     "army prepared. As many as 17 villagers have been killed in the opening four days of Turkey's "
     "campaign against a Kurdish pocket in northern Syria.", "killed", "target", "SYR"),
    ("Turkish officials met in Ankara on Monday. Ankara said the talks went well. The Turkish "
     "army prepared. The foreign minister also criticised the French leader, who has said "
     "French troops will stay on in Kurdish-held Syria.", "criticised", "source", "TUR"),
]


@pytest.mark.parametrize("text, trigger, role, country", NOT_PLACES)
def test_actor_context_owner_state_and_other_partys_phrase_are_no_places(event_on, text, trigger,
                                                                         role, country):
    actor = getattr(event_on(text, trigger, "2018-01-23"), role)
    assert actor is not None and actor.country == country, actor
