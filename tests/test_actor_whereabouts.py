"""Whose a party is, from what the text says of it, one illustrative sentence per construction
(table-driven): a person or a delegation is not of the place it is in; a people of no state
takes no country said of the other party; settlers are of the state that settles them."""

from __future__ import annotations

import pytest

from dateline.actor_whereabouts import sent_abroad
from dateline.records import Actor


def _event(events_in, text, trigger):
    found = [e for e in events_in(text, "2018-03-19") if e.trigger == trigger]
    assert found, text
    return found[0]


# (text, trigger, role): a place the party is in or at does not make it that place's
WHERE_NOT_WHOSE = [
    # a person's name followed by where they were (the parse tags the name no person's)
    ("Russia had been accused of poisoning Yulia Skripal in Salisbury.", "poisoning",
     "target"),
    # a delegation where the talks are held
    ("The opposition delegation in Riyadh demanded a political transition.", "demanded",
     "source"),
]


@pytest.mark.parametrize("text, trigger, role", WHERE_NOT_WHOSE)
def test_actor_whereabouts_a_place_one_is_in_is_not_whose(events_in, text, trigger, role):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and party.country is None, party


# (text, trigger, role, country): a place's own body, or where one is from, still says whose
STILL_WHOSE = [
    ("A court in Kenya sentenced the activist to five years.", "sentenced", "source", "KEN"),
    ("Jac Holmes from Bournemouth was killed by a mine.", "killed", "target", "GBR"),
]


@pytest.mark.parametrize("text, trigger, role, country", STILL_WHOSE)
def test_actor_whereabouts_own_place_or_origin_says_whose(events_in, text, trigger, role,
                                                           country):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and party.country == country, party


# (text, trigger): the one country the sentence names is said of the recipient (in its words
# or a phrase hung on them), not of the people of no state that acts
OTHER_PARTY_S_COUNTRY = [
    ("The Kurdish forces captured two British fighters.", "captured"),
    ("Kurdish officials have called on their European allies, including the UK, to take "
     "back their citizens.", "called"),
]


@pytest.mark.parametrize("text, trigger", OTHER_PARTY_S_COUNTRY)
def test_actor_whereabouts_a_people_takes_no_country_of_the_other_party(events_in, text,
                                                                        trigger):
    source = _event(events_in, text, trigger).source
    assert source is not None and source.country is None, source


# (text, trigger): settlers are of the state that settles them, not of the land's people
SETTLERS = [
    ("Jewish settlers attacked Palestinian farmers near Nablus.", "attacked"),
    ("A Jewish settler stabbed a Palestinian man in Hebron.", "stabbed"),
]


@pytest.mark.parametrize("text, trigger", SETTLERS)
def test_actor_whereabouts_settlers_are_of_the_settling_state(events_in, text, trigger):
    event = _event(events_in, text, trigger)
    assert event.source is not None and event.source.country == "ISR", event.source
    assert event.target is not None and event.target.country == "PSE", event.target


# (text, trigger, role, country): a party called foreign takes no country from the report or
# the place; a state's office for foreign affairs still does
FOREIGN = [
    ("Foreign troops killed three civilians in Kandahar.", "killed", "source", None),
    ("Syrian forces attacked foreign fighters near Idlib.", "attacked", "target", None),
    ("The foreign minister condemned the attack in Kabul.", "condemned", "source", "AFG"),
]


@pytest.mark.parametrize("text, trigger, role, country", FOREIGN)
def test_actor_whereabouts_foreign_parties_take_no_lent_country(events_in, text, trigger, role,
                                                                country):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and party.country == country, party


# (text, trigger, role, country): a person of a group is of the country the words before the
# group's name say; the group's own units and people named only by it keep the group's
GROUP_MEMBERS = [
    ("One alleged British Isis member was arrested by Iraqi Kurdish police.", "arrested", "target",
     "GBR"),
    # nor the group's branch where the event is
    ("One alleged British Isis member was arrested by Iraqi Kurdish police and remains held in "
     "Erbil.", "arrested", "target", "GBR"),
    ("Hamas security agencies arrested three salafi leaders.", "arrested", "source", "PSE"),
    ("Two Kurdistan Workers' Party members were killed by Turkish troops.", "killed", "target",
     "TUR"),
]


@pytest.mark.parametrize("text, trigger, role, country", GROUP_MEMBERS)
def test_actor_whereabouts_a_member_s_own_country_first(events_in, text, trigger, role, country):
    party = getattr(_event(events_in, text, trigger), role)
    assert party is not None and party.country == country, party


# (text, trigger, the place's country, whether the party takes it): a party sent abroad is not
# of the place it acts in (the report's country may still be its); the place's own police is
SENT_ABROAD = [
    ("Syrian forces shelled Idlib. Delegates met in Sochi on Monday.", "met", "RUS", False),
    ("Syrian forces shelled Idlib. The ambassador met officials in Moscow on Monday.", "met",
     "RUS", False),
    ("Police arrested two men in Kabul.", "arrested", "AFG", True),
]


@pytest.mark.parametrize("text, trigger, place, takes", SENT_ABROAD)
def test_actor_whereabouts_the_place_acted_in_is_not_an_envoy_s(events_in, text, trigger, place,
                                                                 takes):
    source = _event(events_in, text, trigger).source
    assert source is not None and (source.country == place) == takes, source


@pytest.mark.parametrize("text, antecedent, sent", [
    ("the ambassador", None, True),  # posted abroad
    ("delegates", None, True),  # a plural
    ("the US embassy spokesman", None, True),  # a word of the phrase, not only its head
    ("he", "the envoy Ali Khan", True),  # by the words a pronoun stands for
    ("the government", None, False),
])
def test_actor_whereabouts_sent_abroad(text, antecedent, sent):
    assert sent_abroad(Actor(text=text, antecedent=antecedent)) is sent
