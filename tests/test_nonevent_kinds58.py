"""Non-events and one happening coded twice: participles that describe a noun
(dateline.code.idle), a statement's verb said twice (dateline.realness_repeats), views held by a
kind of people (dateline.realness_generic); and what a state grants, taken away (the lexicon's
"revoke"), and orders told with the act they order in a clause of their own, which stay orders:
sentences written for the project, run through the default pipeline."""

from __future__ import annotations

import pytest

from dateline.realness_generic import generic

LEAD = "Police arrested three men in Lomar on Tuesday. "


def _events(extract, text):
    return [(e.trigger, e.event_type, e.status, e.source.text if e.source else None)
            for e in extract(text) if e.char_start >= len(LEAD) or not text.startswith(LEAD)]


# (sentence, the (trigger, type, status, doer words) of its events after the lead, in order)
REVOKED = [
    # what a state grants, taken away: coercion, also as a noun ordered
    ("The minister revoked his citizenship.",
     [("revoked", "COERCE", "actual", "The minister")]),
    ("The ministry revoked the residency permits of 40 foreign journalists.",
     [("revoked", "COERCE", "actual", "The ministry")]),
    ("The interior minister ordered the revocation of her citizenship.",
     [("revocation", "COERCE", "actual", "The interior minister")]),
    # a ban revoked is a concession
    ("The council revoked the ban on rallies.",
     [("revoked", "CONCEDE", "actual", "The council")]),
]


@pytest.mark.parametrize(("sentence", "expected"), REVOKED)
def test_nonevent_revoked(events_in, sentence, expected):
    assert _events(events_in, LEAD + sentence) == expected


# (text, the (trigger, type, status, doer words) of its events after the lead, in order)
ORDERS = [
    # an order told with the act it orders in a "that" clause stays a request, in a story too
    (LEAD + "The court ordered that the two men be deported.",
     [("ordered", "REQUEST", "actual", "The court")]),
    (LEAD + "The court ordered that the two men be deported and that their assets be frozen.",
     [("ordered", "REQUEST", "actual", "The court")]),
    (LEAD + "The minister denied ordering that the prisoners be released.",
     [("ordering", "REQUEST", "denied", "The minister")]),
    # an order to kill, only said to be given, is no killing done
    (LEAD + "Prosecutors say the general ordered that the prisoners be killed.",
     [("ordered", "REQUEST", "actual", "the general")]),
    # an act ordered not to be done is not done; an infinitive asks it
    ("The court ordered that the men not be deported.",
     [("ordered", "REQUEST", "actual", "The court"), ("deported", "COERCE", "negated", None)]),
    ("The judge ordered that she not be released.",
     [("ordered", "REQUEST", "actual", "The judge")]),
    ("The court ordered the two men to be deported.",
     [("ordered", "REQUEST", "actual", "The court"),
      ("deported", "COERCE", "demanded", "The court")]),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS)
def test_nonevent_orders_stay_orders(events_in, text, expected):
    assert _events(events_in, text) == expected


# (sentence, trigger, whether an event is on it)
ATTRIBUTES = [
    # a tie after a lone name or adjective, before a bare noun phrase, describes the noun
    ("The navy held a drill in an attempt to deter US and allied naval manoeuvres.",
     "allied", False),
    ("The Vestian navy staged a gunnery exercise by the strait in an apparent bid to deter "
     "British and allied naval patrols around the islands on Monday.", "allied", False),
    # ... though the parse hangs it on the sentence's own verb
    ("The Vestian navy held a live-fire drill near the cape in a likely bid to deter Norland "
     "and allied naval patrols near Lomar on May 3.", "allied", False),
    # acts of the police pack joined to an infinitive or to another act stay
    ("Police attempted to arrest the man and handcuffed him.", "handcuffed", True),
    ("Police went to arrest him and manhandled his wife.", "manhandled", True),
    ("The army supplied and armed the local militia.", "armed", True),
    ("Soldiers funded and armed the militia in the north.", "armed", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), ATTRIBUTES)
def test_nonevent_attributive_participles(events_in, sentence, trigger, kept):
    assert (trigger in [e.trigger for e in events_in(sentence)]) == kept


# (sentence, trigger, how many events are on it)
REPEATS = [
    # one speaker, one verb of saying, no party or the same: one statement
    ("We need government funding, we need police support.", "need", 1),
    ("We demand justice, we demand answers.", "demand", 1),
    # two speakers, though of one kind or told by pronouns: two statements
    ("The interior minister accused the protesters of violence, and the justice minister "
     "accused the protesters of looting.", "accused", 2),
    ("The president of Norland rejected the offer, and the president of Vestia rejected the "
     "compromise.", "rejected", 2),
    ("The president rejected the offer, and the prime minister rejected the compromise.",
     "rejected", 2),
    ("He rejected the offer, and she rejected the compromise.", "rejected", 2),
    # acts of force said twice, statements to two parties or on two days: each one
    ("They beat me in the yard, and they beat my brother.", "beat", 2),
    ("He urged Norland to withdraw and urged Vestia to stay out.", "urged", 2),
    ("The minister condemned the raids on Monday and condemned the arrests on Friday.",
     "condemned", 2),
]


@pytest.mark.parametrize(("sentence", "trigger", "n"), REPEATS)
def test_nonevent_statement_said_once(events_in, sentence, trigger, n):
    assert [e.trigger for e in events_in(LEAD + sentence)].count(trigger) == n


@pytest.mark.parametrize("lead", [LEAD, ""])
def test_nonevent_statement_said_once_keeps_the_first_as_told(events_in, lead):
    # the first verb, parsed as the second's clause, takes the second's status; a line alone
    # says it once as a story does
    found = [(e.char_start, e.status) for e in events_in(
        lead + "We demand justice, we demand answers.") if e.trigger == "demand"]
    assert found == [(len(lead) + 3, "actual")]


# (sentence, trigger, whether its event is kept)
HELD = [
    # a view of a kind of people in the simple present
    ("The minister faces what critics say is a lack of vision.", "say", False),
    # a statement made on a day
    ("Critics said on Monday that the minister lacked vision.", "said", True),
    # the charges of bodies and offices are statements
    ("UN investigators allege that the army executed civilians.", "allege", True),
    ("Human rights groups allege that the army tortured detainees.", "allege", True),
    ("Opposition lawmakers complain that the army shelled their villages.", "complain", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), HELD)
def test_nonevent_views_held(events_in, sentence, trigger, kept):
    assert (trigger in [e.trigger for e in events_in(LEAD + sentence)]) == kept


# (sentence, trigger, the form, or None for a happening)
FORMS = [
    ("Critics say the governor neglects the poor.", "say", "charge"),
    ("Residents complain that the roads are closed.", "complain", "charge"),
    ("Critics argue that the governor neglects the poor.", "argue", "charge"),
    ("Villagers insist that the roads are closed.", "insist", "charge"),
    ("Critics contend that the plan failed the poor.", "contend", "charge"),
    ("Residents claim that the water is unsafe.", "claim", "charge"),
    ("The governor says the roads are closed.", "says", None),
    ("Critics said on Monday that the roads were closed.", "said", None),
    ("UN investigators allege that the army executed civilians.", "allege", None),
    ("Human rights groups allege that the army tortured detainees.", "allege", None),
    ("Opposition lawmakers complain that the army shelled their villages.", "complain", None),
    # an eagerness shown stays the act it is for
    ("The claims show their desperation to pin the fault on rivals.", "pin", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "form"), FORMS)
def test_nonevent_generic_forms(nlp, sentence, trigger, form):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert generic(tok) == form
