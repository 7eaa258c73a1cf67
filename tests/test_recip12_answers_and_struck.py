"""Recipients of a refusal or consent pressed for by a verb of asking (the asker), and of an act
of force whose doer struck people in an earlier act (not carried to another act): table-driven,
on short sentences written for the project."""

from __future__ import annotations

import pytest


def _event(events_in_unfiltered, text, trigger):
    """The last event on ``trigger``, the realness veto off (what is tested is the recipient)."""
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found[-1]


# (text, trigger, event type, the recipient's country and sector)
ANSWERS = [
    # a refusal, the infinitive of a verb of asking its object refuses: to the one who asked
    ("The African Union failed to persuade Kenya to agree to the truce on Monday.", "agree",
     "REJECT", ("IGO", "IGO")),
    ("The UN acknowledged it had failed to convince Chile to agree to talks with the rebels.",
     "agree", "REJECT", ("IGO", "IGO")),
]


# (text, trigger, event type, the recipient's country, the asker's) of a refusal or a consent
# whose thing names a party of its own: that party, not the one who asked
OWN_PARTY = [
    ("Peru persuaded Bolivia to agree to a truce with Chile.", "agree", "AGREE", "CHL", "PER"),
    ("Peru convinced Bolivia to accept a ceasefire with the Ecuadorian army.", "accept", "AGREE",
     "ECU", "PER"),
    ("Peru convinced Bolivia to reject the Chilean proposal.", "reject", "REJECT", "CHL", "PER"),
]


@pytest.mark.parametrize("text, trigger, kind, country, asker", OWN_PARTY)
def test_recipient_persuaded_thing_naming_a_party_keeps_it(events_in_unfiltered, text, trigger,
                                                           kind, country, asker):
    event = _event(events_in_unfiltered, text, trigger)
    assert event.event_type == kind, event
    assert event.target is not None and event.target.country == country != asker, event.target


@pytest.mark.parametrize("text, trigger, kind, party", ANSWERS)
def test_recipient_persuaded_answer_goes_to_the_asker(events_in_unfiltered, text, trigger,
                                                      kind, party):
    event = _event(events_in_unfiltered, text, trigger)
    assert event.event_type == kind, event
    assert event.target is not None and (event.target.country, event.target.sector) == party, \
        event.target


# (text, trigger of the later act, the recipient's country and sector; None for none)
STRUCK = [
    # people killed in one strike are not those of the same doer's next strike
    ("Peruvian jets bombed the market in Tacna, killing six people. Peruvian jets also struck "
     "in the south of the province.", "struck", None),
    # a telling again of the same act by a definite noun keeps them
    ("Peruvian jets bombed the market in Tacna, killing six people. The strikes destroyed "
     "dozens of stalls.", "strikes", ("PER", "CVL")),
    # a side the doer fought is still carried to its other act
    ("Peruvian troops shelled Bolivian rebels near the border on Monday. Peruvian troops also "
     "attacked on Tuesday.", "attacked", ("BOL", "REB")),
]


@pytest.mark.parametrize("text, trigger, party", STRUCK)
def test_actor_carried_people_struck_stay_with_their_act(events_in_unfiltered, text, trigger,
                                                         party):
    target = _event(events_in_unfiltered, text, trigger).target
    if party is None:
        assert target is None or target.text or not target.antecedent, target
        return
    assert target is not None and (target.country, target.sector) == party, target


# (text, the recipient's country) of a warning that the warner will meet another party's act
WARNED = [
    ("Chile warned it would respond to any Peruvian incursion.", "PER"),
    ("Kenya has warned it will not stand by and watch a Somali-led offensive on the border.",
     "SOM"),
    ("Peru warned that it would not tolerate Bolivia's blockade of the river.", "BOL"),
    # a noun of another party's act the lexicon gives no event of its own
    ("Chile warned it would respond to any Bolivian provocation.", "BOL"),
]


@pytest.mark.parametrize("text, country", WARNED)
def test_recipient_warned_is_the_doer_of_the_act_warned_of(events_in_unfiltered, text, country):
    event = _event(events_in_unfiltered, text, "warned")
    assert event.event_type == "THREATEN", event
    assert event.target is not None and event.target.country == country, event.target


# (text, the recipient's words; None for none) of a warning that tells the warner's own act:
# the words that name the warner's side ("Peruvian air strikes") name no one threatened
WARNER_OWN_ACT = [
    ("Peru warned that it would step up Peruvian air strikes against the rebels.", "the rebels"),
    ("Chile warned it would expand the Chilean incursion into Bolivia.", "Bolivia"),
    ("Peru warned it would launch an Ecuadorian-backed offensive against Bolivian forces.",
     "Bolivian forces"),
    ("Chile warned it would widen the Chilean offensive in Peru.", None),
]


@pytest.mark.parametrize("text, words", WARNER_OWN_ACT)
def test_recipient_warned_not_of_the_warners_own_act(events_in_unfiltered, text, words):
    target = _event(events_in_unfiltered, text, "warned").target
    assert (target.text if target is not None else None) == words, target
