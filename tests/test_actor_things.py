"""Things named after a place are no party and not the doing of that place's state, one
illustrative sentence per construction (table-driven): an agreement, a policy, a convention,
an operation or an attack named for a town or a region; a body named for its seat or a
place's government keeps its state. A protest names whom it is against in the clause that says
what it is over."""

from __future__ import annotations

import pytest


def _events(events_in, text, trigger):
    events = events_in(text, "2018-03-19")
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, e.source) for e in events]
    return found


# (text, trigger): the thing, or the place it is named for, acts for no one; an attack no one
# is named for is an unidentified armed group's, not the state's
NAMED_FOR_A_PLACE = [
    ("The Paris agreement forced governments to cut emissions.", "agreement"),
    ("The Geneva convention bans the torture of prisoners of war.", "bans"),
    ("The Kabul attack killed 20 people.", "attack"),
    ("Erdogan said the Afrin operation would continue until the militia was defeated.",
     "operation"),
    # a town the parse tags as a people, and one the dictionary lists under its country
    ("The Afrin offensive began on Saturday.", "offensive"),
    ("The Mosul offensive killed hundreds of fighters.", "offensive"),
]


def test_actor_things_a_by_phrase_names_the_doer_of_a_town_s_offensive(events_in):
    # the town says where; "by" says who
    [event] = _events(events_in, "The Idlib offensive by Syrian forces began in May.",
                      "offensive")
    assert event.source is not None and event.source.text == "Syrian forces", event.source
    assert event.source.country == "SYR" and event.target is None, event.target


@pytest.mark.parametrize("text, trigger", NAMED_FOR_A_PLACE)
def test_actor_things_named_for_a_place_act_for_no_state(events_in, text, trigger):
    for event in _events(events_in, text, trigger):
        source = event.source
        assert source is None or source.country is None or (
            source.sector == "UAF" and source.text == ""), source


def test_actor_things_attack_named_for_a_town_is_a_group_of_its_country(events_in):
    # no one is named for the attack: an unidentified armed group of the town's country
    [event] = _events(events_in, "The Kabul attack killed 20 people.", "attack")
    source = event.source
    assert source is not None and (source.sector, source.country) == ("UAF", "AFG"), source


# (text, trigger, the source's country): a place's government, court or people keep it
THE_PLACE_ITSELF = [
    ("The Baghdad government condemned the attack.", "condemned", "IRQ"),
    ("A Moscow court sentenced the activist to five years.", "sentenced", "RUS"),
    ("The Tehran regime arrested two journalists.", "arrested", "IRN"),
    # a name that is no place's, whatever one of its words may name
    ("The Pussy Riot case sparked street protests in Moscow.", "case", "RUS"),
]


@pytest.mark.parametrize("text, trigger, country", THE_PLACE_ITSELF)
def test_actor_things_a_place_s_own_body_keeps_its_state(events_in, text, trigger, country):
    source = _events(events_in, text, trigger)[0].source
    assert source is not None and source.country == country, source


# (text, trigger, the recipient's country): what a protest is over names whom it is against,
# before the government of the place it is held in
PROTEST_PURPOSES = [
    # the owner of the thing a purpose clause's object is about
    ("Demonstrators in Nairobi blocked a road to show their anger at the British government's "
     "policies.", "blocked", "GBR"),
    # a country's own word on the thing
    ("Thousands of people demonstrated in Baghdad to show their opposition to the US military "
     "presence.", "demonstrated", "USA"),
    # a purpose that names no party: the place's government
    ("Protesters in Athens marched against austerity on Friday.", "marched", "GRC"),
]


@pytest.mark.parametrize("text, trigger, country", PROTEST_PURPOSES)
def test_actor_things_protest_purpose_names_whom_it_is_against(events_in, text, trigger,
                                                               country):
    target = _events(events_in, text, trigger)[0].target
    assert target is not None and target.country == country, target


# (text, trigger, the recipient's words, the object): a "who" clause the parse hangs on a thing
# describes the person the thing's phrase hangs on; the thing is the object
WHO_ON_A_THING = [
    ("She married an American fighter with Somali heritage, who was killed in a Russian "
     "airstrike.", "killed", "an American fighter", "Somali heritage"),
]


@pytest.mark.parametrize("text, trigger, words, thing", WHO_ON_A_THING)
def test_actor_things_who_stands_for_a_person_not_a_thing(events_in, text, trigger, words,
                                                          thing):
    event = _events(events_in, text, trigger)[0]
    assert event.target is not None and event.target.text == words, event.target
    assert event.target.country == "USA" and event.object == thing, event


# (text, trigger): a thing whose word ends as a word for a person does ("banners", "posters")
# is no party; "bombers" and "critics" are
AGENTIVE_LOOKALIKES = [
    ("Protesters carried banners urging the government to resign.", "urging", None),
    ("Posters urging a boycott of the vote appeared overnight.", "urging", None),
    ("Critics urged the government to resign.", "urged", "Critics"),
]


@pytest.mark.parametrize("text, trigger, doer", AGENTIVE_LOOKALIKES)
def test_actor_things_agentive_lookalikes_are_no_party(events_in_unfiltered, text, trigger,
                                                       doer):
    events = [e for e in events_in_unfiltered(text, "2018-03-19") if e.trigger == trigger]
    assert all((e.source.text if e.source else None) in (doer, "Protesters") for e in events), \
        [(e.trigger, e.source) for e in events]


def test_actor_things_an_act_named_for_a_town_is_the_story_s_doer_s(events_in):
    # the story said who launched the offensive on the town; the town's offensive is theirs
    text = "Turkey opened an offensive on Idlib in January. The Idlib offensive began a week " \
           "after a US decision."
    found = [e for e in events_in(text, "2018-03-19") if e.trigger == "offensive"]
    assert len(found) == 2, found
    source = found[1].source
    assert source is not None and source.country == "TUR" and source.name != "Idlib", source
