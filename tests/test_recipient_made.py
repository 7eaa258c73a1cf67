"""A thing's maker as the recipient of an act that judges it, and whom an act on a town killed,
one illustrative sentence per construction (table-driven): a participle of making joined to its
party before the thing ("the government-backed plan"); a participle of recording names no
maker; the victims the act's own clause names when the words struck are a town told by a
common noun."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words, its country)
MADE_BY = [
    # a body joined to a participle of backing
    ("Dairy farmers rejected the government-backed water plan on Friday.", "rejected",
     "government", None),
    # a state's name joined to a participle of brokering
    ("The Varnian opposition rejected the US-brokered truce on Tuesday.", "rejected", "US",
     "USA"),
    # a nationality joined to a participle of drafting
    ("Several delegations condemned the Saudi-drafted resolution at the assembly.",
     "condemned", "Saudi", "SAU"),
    # an international organisation joined to a participle of backing
    ("Both militias welcomed the UN-backed ceasefire in the hills.", "welcomed", "UN", "IGO"),
]

# (sentence, trigger, the recipient's sector): a "by" phrase after the thing
MADE_BY_AFTER = [
    # a thing made by saying it: its teller is its maker
    ("The Pelran party rejected the final result announced by the commission.", "rejected", "GOV"),
    # a maker that is no party word of the dictionaries but no thing either
    ("The Pelran opposition condemned the ruling issued by the court.", "condemned", "JUD"),
]


@pytest.mark.parametrize("text, trigger, sector", MADE_BY_AFTER)
def test_recipient_made_by_phrase_names_the_maker(event_on_unfiltered, text, trigger, sector):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.sector == sector, event.target


@pytest.mark.parametrize("text, trigger, words, country", MADE_BY)
def test_recipient_made_participle_names_the_maker(event_on_unfiltered, text, trigger, words,
                                                   country):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target
    assert event.target.country == country, event.target


# (sentence, trigger): a participle of telling or recording names who told of it, no maker
NO_MAKER = [
    ("The monitors condemned the widely reported abuses in the camps.", "condemned"),
    # an act told of by a monitor is no thing the monitor made
    ("Rights groups condemned the killings reported by the monitor.", "condemned"),
]


@pytest.mark.parametrize("text, trigger", NO_MAKER)
def test_recipient_made_recording_names_no_maker(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target


# (sentence, trigger, the recipient's words, the event's object)
KILLED_IN_TOWN = [
    # a town told by a common noun: whom the clause of killing names
    ("The army shelled the city overnight, killing nine civilians.", "shelled",
     "nine civilians", "the city"),
    # a counted common noun of places
    ("Jets bombed two villages near the river, killing 14 people.", "bombed", "14 people",
     "two villages"),
    # a common noun with the place's name after "of"
    ("Rebel artillery shelled the town of Vessa at dawn, killing seven farmers.", "shelled",
     "seven farmers", "the town of Vessa"),
]


@pytest.mark.parametrize("text, trigger, words, thing", KILLED_IN_TOWN)
def test_recipient_made_victims_of_an_act_on_a_town(event_on_unfiltered, text, trigger, words,
                                                    thing):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target
    assert event.object == thing


# (sentence, trigger, the recipient's words): no clause of killing, the town stays
TOWN_ONLY = [
    ("Troops shelled the town on Monday.", "shelled", "the town"),
    # ground a named side holds is that side's, whoever the clause says was killed
    ("Turkish jets struck a PKK position in the hills and killed six fighters.", "struck",
     "a PKK position"),
]


@pytest.mark.parametrize("text, trigger, words", TOWN_ONLY)
def test_recipient_made_town_kept_without_victims(event_on_unfiltered, text, trigger, words):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == words, event.target


# (story, trigger, the maker's words as the recipient's antecedent)
MADE_BEFORE = [
    # the verb of the thing's own family, in the sentence before
    ("President Tarvel decided to close the northern border. Opposition deputies criticised "
     "the decision.", "criticised", "President Tarvel"),
    # the verb of the made thing named by the compound
    ("The governor withdrew the police from the square last week. Local councillors "
     "criticised the withdrawal decision.", "criticised", "The governor"),
    ("The guard commander withdrew his men from the bridge. Traders condemned the "
     "withdrawal plan.", "condemned", "The guard commander"),
    # a proposal told by its verb
    ("The city council proposed a new curfew on Monday. Shopkeepers rejected the proposal.",
     "rejected", "The city council"),
    # a noun of the same kind that names its maker
    ("Tarvel told Osmin of the Morvanian withdrawal. Two of the neighbours welcomed the "
     "pullout.", "welcomed", "Morvanian"),
    # the made thing of the compound, told before by its own noun
    ("The army announced its withdrawal from the valley. Local councillors criticised the "
     "withdrawal decision.", "criticised", "The army"),
]


@pytest.mark.parametrize("text, trigger, words", MADE_BEFORE)
def test_recipient_made_by_the_earlier_act(event_on_unfiltered, text, trigger, words):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.antecedent == words, event.target
    assert event.target.text == ""


# (story, trigger): a pronoun subject names no maker here
NO_EARLIER_MAKER = [
    ("They decided to stay in the valley. Critics rejected the decision.", "rejected"),
]


@pytest.mark.parametrize("text, trigger", NO_EARLIER_MAKER)
def test_recipient_made_pronoun_decider_is_no_maker(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None, event.target
