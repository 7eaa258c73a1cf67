"""Which words of a phrase name an actor: not a body's one-word name inside a person's name, not
a name after a stance prefix, not a surname after someone else's given name, not a people's
word; an envoy acts for the state that sends them, not for where they are sent; a body named for
its seat of government is named as its state's (table-driven, one illustrative sentence per
construction, written for the project); a group or a faction is of the kind its modifier
names; civilians are of the place of the rally they hold, not of the summit they go to."""

from __future__ import annotations

import pytest

from dateline.actor_names import load_named

PUBDATE = "2018-03-14"


def _parties(some_events_in, text, role):
    return [getattr(e, role) for e in some_events_in(text, PUBDATE)
            if getattr(e, role) is not None]


# (sentence, role, the actor's name or None for no name of the dictionaries, country)
NAME_PARTS = [
    # a body's one-word name ("Fatah") inside a person's name of several words
    ("The Russian president met Egypt's president Abdel Fatah al-Sisi in Cairo on Monday.",
     "target", "Abdel Fattah el-Sisi", "EGY"),
    # a stance prefix before a body's name: its opponents, not the body
    ("The Turkish army was targeted by the counter-Isis coalition.",
     "source", None, None),
    # ... and before a person's name: the person's supporters, not the person
    ("Pro-Assad militias shelled the town of Douma on Sunday.", "source", None, "SYR"),
    # ... but partisans who would take a land out of another state are not the leader's
    ("Pro-Putin separatists shelled a checkpoint on Sunday.", "source", None, None),
    # a surname of the dictionaries after another given name and a particle: someone else
    ("Nadia al-Faour accused the council of corruption.", "source", None, None),
    # an envoy "for" a country is sent there by the state whose envoy they are
    ("Britain's special envoy for Syria met opposition leaders in Geneva.", "source", None,
     "GBR"),
    # a person the dictionaries do not know, in apposition to such a title: the title's state
    ("Britain's special envoy for Syria, Alan Smithee, wrote that he will only help with "
     "Syria's reconstruction when a transition is under way.", "source", "Alan Smithee", "GBR"),
]


@pytest.mark.parametrize("text, role, name, country", NAME_PARTS)
def test_actor_name_parts_whose_name_the_words_are(some_events_in, text, role, name, country):
    parties = _parties(some_events_in, text, role)
    assert parties, f"no {role} in {text!r}"
    actor = parties[0]
    if name is not None:
        assert actor.name == name, actor
    else:
        assert actor.name is None or actor.name.split()[0] not in (
            "Islamic", "Bashar", "Wael"), actor
    assert actor.country == country, actor


# (words, cased, date): a people's word is no one's surname alone, whoever bears it
PEOPLES = [
    (["kurd"], [True], "2018-06-01"),
    (["baloch"], [True], "2018-06-01"),
]


@pytest.mark.parametrize("words, cased, date", PEOPLES)
def test_actor_name_parts_a_peoples_word_is_no_surname(words, cased, date):
    named = load_named()
    assert named.lookup(words, cased) is None
    assert named.in_office(words, cased, date) is None


# (words, cased): the surname after a given name and a particle is part of someone else's name;
# after a title it is the surname alone
PARTICLES = [
    (["nadia", "al", "faour"], [True, False, True], False),
    (["minister", "faour"], [True, True], True),
]


@pytest.mark.parametrize("words, cased, found", PARTICLES)
def test_actor_name_parts_surname_after_a_particle(words, cased, found):
    assert (load_named().lookup(words, cased) is not None) is found


# (sentence, country, name): a body named for its seat of government is its state's, named
# as the state's body of its kind
SEATS = [
    ("The Home Office stripped the woman of her citizenship.", "GBR",
     "United Kingdom government"),
    ("The Kremlin condemned the strike on Monday.", "RUS", "Kremlin"),
]


@pytest.mark.parametrize("text, country, name", SEATS)
def test_actor_name_parts_seat_of_government_is_the_states(some_events_in, text, country, name):
    source = _parties(some_events_in, text, "source")
    assert source and source[0].country == country and source[0].name == name, source


# (sentence, sector): a group or faction is of the kind its modifier names
GROUPS_OF = [
    ("Rebel factions attacked the airport near Aleppo on Monday.", "REB"),
    ("Jihadist groups attacked an army post in northern Mali on Sunday.", "REB"),
    ("Syrian opposition groups boycotted the summit in Sochi.", "OPP"),
]


@pytest.mark.parametrize("text, sector", GROUPS_OF)
def test_actor_name_parts_group_is_of_its_modifiers_kind(some_events_in, text, sector):
    source = _parties(some_events_in, text, "source")
    assert source and source[0].sector == sector, source


# (sentence, role, the name the words must not be read as): a party's friends are others than
# the party; "House" alone is no name of the White House
NOT_THEM = [
    ("Assad's main backers met in Sochi to discuss the war.", "source", "Bashar al Assad"),
    ("Putin's allies accused the opposition of treason.", "source", "Vladimir Putin"),
    ("House committees are probing the FBI over the investigation.", "source", "White House"),
    # a body's friend or critic is a person, not the body
    ("A close ally of the Kremlin denounced the opposition leader.", "source", "Kremlin"),
]


@pytest.mark.parametrize("text, role, wrong", NOT_THEM)
def test_actor_name_parts_words_that_name_someone_else(some_events_in, text, role, wrong):
    parties = _parties(some_events_in, text, role)
    assert parties and parties[0].name != wrong, parties


# (sentence, country): civilians take the country of a rally, vigil or funeral held where they
# act, never of a summit they come to from abroad
GATHERED = [
    ("Protesters marched during a rally in Cairo on Friday.", "EGY"),
    ("Mourners attacked police at a funeral in Cairo on Friday.", "EGY"),
    ("Students protested at a vigil in Karachi on Monday.", "PAK"),
    ("Activists boycotted a summit in Sochi on Monday.", None),
    ("Opposition factions met in Geneva on Monday.", None),
    # a state's envoys come to a meeting: the place they meet in is not their state
    ("The foreign ministers met in Geneva on Tuesday.", None),
    ("Senior officials met in Brussels on Monday to discuss the crisis.", None),
    # police meet where they serve, and officials who meet the place's own people are its own
    ("Police met community leaders in Ahmedabad on Monday.", "IND"),
    ("Government officials met protest leaders in Bangkok on Monday.", "THA"),
]


@pytest.mark.parametrize("text, country", GATHERED)
def test_actor_name_parts_a_gathering_is_local_a_summit_is_not(some_events_in, text, country):
    source = _parties(some_events_in, text, "source")
    assert source and source[0].country == country, source


# (sentence, country, sector): a critic or opponent of a state's body or leader is of that
# state's opposition, not the body or leader
CRITICS = [
    ("A Kremlin critic accused the government of fraud.", "RUS", "OPP"),
    ("Critics of the Kremlin staged a rally in the capital.", "RUS", "OPP"),
    ("Assad opponents attacked an army checkpoint near Hama.", "SYR", "OPP"),
]


@pytest.mark.parametrize("text, country, sector", CRITICS)
def test_actor_name_parts_critic_of_a_body_is_of_its_opposition(some_events_in, text, country,
                                                                 sector):
    source = _parties(some_events_in, text, "source")
    assert source and (source[0].country, source[0].sector) == (country, sector), source
