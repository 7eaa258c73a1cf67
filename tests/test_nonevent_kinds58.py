"""Non-events and one happening coded twice: orders told with the act they decide
(dateline.code.orders_carried), participles that describe a noun (dateline.code.idle), a
statement's verb said twice (dateline.realness_repeats) and views held by a kind of people
(dateline.realness_generic):
sentences written for the project."""

from __future__ import annotations

import pytest

from dateline.realness_generic import generic

LEAD = "Police arrested three men in Lomar on Tuesday. "

# (sentence, the (trigger, type, status, doer words) of its events, in order)
ORDERS = [
    # an order whose clause decides the act: the act, by the one who gave the order
    ("The home secretary ordered that she be stripped of her citizenship.",
     [("stripped", "COERCE", "actual", "The home secretary")]),
    ("The court ordered that the two men be deported.",
     [("deported", "COERCE", "actual", "The court")]),
    ("The judge ordered that the journalist be detained for 15 days.",
     [("detained", "COERCE", "actual", "The judge")]),
    ("The minister ordered that the prisoners be released.",
     [("released", "RETREAT", "actual", "The minister")]),
    # what a state grants, taken away: coercion, also as a noun ordered
    ("The minister revoked his citizenship.",
     [("revoked", "COERCE", "actual", "The minister")]),
    ("The interior minister ordered the revocation of her citizenship.",
     [("revocation", "COERCE", "actual", "The interior minister")]),
    ("The council revoked the ban on rallies.",
     [("revoked", "CONCEDE", "actual", "The council")]),
    # a demand and a "should" ask others to act: they stay requests
    ("The union demanded that the prisoners be released.",
     [("demanded", "REQUEST", "actual", "The union")]),
    ("The minister ordered that the prisoners should be released.",
     [("ordered", "REQUEST", "actual", "The minister")]),
]


def _events(extract, text):
    return [(e.trigger, e.event_type, e.status, e.source.text if e.source else None)
            for e in extract(text)]


@pytest.mark.parametrize(("sentence", "expected"), ORDERS)
def test_nonevent_orders_carried(events_in_unfiltered, sentence, expected):
    assert _events(events_in_unfiltered, sentence) == expected


# (sentence, trigger, whether an event is on it)
ATTRIBUTES = [
    # a past form joined to an infinitive describes the noun after it
    ("The navy held a drill in an attempt to deter US and allied naval manoeuvres.",
     "allied", False),
    # a participle of a tie right before a noun phrase parsed as its object
    ("The Vestian navy staged a gunnery exercise by the strait in an apparent bid to deter "
     "British and allied naval patrols around the islands on Monday.", "allied", False),
    # acts joined to an infinitive or to another act stay
    ("Troops moved in to disperse the crowd and arrested dozens.", "arrested", True),
    ("Police arrested and charged the two men.", "charged", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), ATTRIBUTES)
def test_nonevent_attributive_participles(events_in_unfiltered, sentence, trigger, kept):
    assert (trigger in [e.trigger for e in events_in_unfiltered(sentence)]) == kept


# (sentence, trigger, how many events are on it)
REPEATS = [
    # one speaker, one verb of saying, no party or the same: one statement
    ("We need government funding, we need police support.", "need", 1),
    ("We demand justice, we demand answers.", "demand", 1),
    # acts of force said twice, statements to two parties or on two days: each one
    ("They beat me in the yard, and they beat my brother.", "beat", 2),
    ("He urged Norland to withdraw and urged Vestia to stay out.", "urged", 2),
    ("The minister condemned the raids on Monday and condemned the arrests on Friday.",
     "condemned", 2),
]


@pytest.mark.parametrize(("sentence", "trigger", "n"), REPEATS)
def test_nonevent_statement_said_once(events_in_unfiltered, sentence, trigger, n):
    assert [e.trigger for e in events_in_unfiltered(LEAD + sentence)].count(trigger) == n


def test_nonevent_statement_said_once_keeps_the_first_as_told(events_in_unfiltered):
    # the first verb, parsed as the second's clause, takes the second's status
    found = [(e.char_start, e.status) for e in events_in_unfiltered(
        LEAD + "We demand justice, we demand answers.") if e.trigger == "demand"]
    assert found == [(len(LEAD) + 3, "actual")]


# (sentence, trigger, whether its event is kept)
HELD = [
    # a view of a kind of people in the simple present
    ("The minister faces what critics say is a lack of vision.", "say", False),
    # a statement made on a day
    ("Critics said on Monday that the minister lacked vision.", "said", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), HELD)
def test_nonevent_views_held(events_in_unfiltered, sentence, trigger, kept):
    assert (trigger in [e.trigger for e in events_in_unfiltered(LEAD + sentence)]) == kept


# (sentence, trigger, the form, or None for a happening)
FORMS = [
    ("Critics say the governor neglects the poor.", "say", "charge"),
    ("Residents complain that the roads are closed.", "complain", "charge"),
    ("The governor says the roads are closed.", "says", None),
    ("Critics said on Monday that the roads were closed.", "said", None),
    # an eagerness shown stays the act it is for
    ("The claims show their desperation to pin the fault on rivals.", "pin", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "form"), FORMS)
def test_nonevent_generic_forms(nlp, sentence, trigger, form):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert generic(tok) == form
