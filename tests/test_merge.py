"""One event per happening in a sentence (``code.merge.one_per_happening``): two mentions of
one act, linked by the grammar, become one; distinct acts stay apart. Sentences written for
the project."""

from __future__ import annotations

import pytest

from dateline import Article

# (sentence, the event types it gives, in text order)
HAPPENINGS = [
    # coordinated verbs of one act on one object
    ("Rebels invaded and destroyed the town on Monday.", ["ASSAULT"]),
    # a purpose clause of the same type
    ("The ministers met in Geneva to discuss the ceasefire.", ["CONSULT"]),
    # a manner clause after a light verb's noun
    ("Jets renewed their bombardment of the city, attacking the market.", ["ASSAULT"]),
    # a relative clause on the noun that names the verb's act
    ("Scores were killed in a suicide attack which struck a market.", ["ASSAULT"]),
    # a participle that goes on with the same appeal
    ("The minister called for calm, urging both sides to talk.", ["REQUEST"]),
    # a participle describing the doer or the means named by "by"
    ("Ten militants were killed by guards repulsing an attack on the depot.", ["ASSAULT"]),
    ("The soldier was killed by a bomb planted by the militia.", ["ASSAULT"]),
    # distinct acts: other types, other victims, other doers
    ("Police arrested three men and killed a fourth.", ["COERCE", "ASSAULT"]),
    ("The protester was arrested by police investigating the riot.", ["COERCE", "ACCUSE"]),
    ("The soldiers beat him and beat his wife.", ["ASSAULT", "ASSAULT"]),
    ("The militia attacked the convoy and the army attacked the militia.",
     ["ASSAULT", "ASSAULT"]),
    # coordinated acts at another occasion, each on its own date, at its own place or recipient
    ("Gunmen shelled the depot near Goma and shelled it again at dawn.",
     ["ASSAULT", "ASSAULT"]),
    ("Farmers rallied in Lille on Monday and protested in Rouen on Friday.",
     ["PROTEST", "PROTEST"]),
    ("Nurses marched to the ministry and demonstrated outside the hospital.",
     ["PROTEST", "PROTEST"]),
    # an act only threatened is what the threat threatens, not a second event
    ("The rebels threatened to attack Goma.", ["THREATEN"]),
    ("The army warned it would shell the port.", ["THREATEN"]),
    ("The state threatened to launch an offensive against the rebels.", ["THREATEN"]),
    # ... but a named other party's act warned of is no content of the warner's threat
    ("Russia warned that Ukraine would attack Crimea.", ["THREATEN", "ASSAULT"]),
    # an act refused or only asked for is what the rejection or request is about
    ("The rebels refused to negotiate with the government.", ["REJECT"]),
    ("The envoy urged both parties to start talks.", ["REQUEST"]),
    ("The council demanded that the troops withdraw from the valley.", ["REQUEST"]),
]


@pytest.mark.parametrize("text, types", HAPPENINGS)
def test_merge_one_event_per_happening(pipeline, text, types):
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert [e.event_type for e in events] == types


def test_merge_keeps_what_the_other_mention_adds(pipeline):
    text = "Scores were killed in a suicide attack which struck a market."
    (event,) = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert event.trigger == "killed" and event.fatalities
    assert event.mode == "suicide-attack"


def test_merge_threatened_act_gives_the_threat_its_mode(pipeline):
    text = "The minister threatened to arrest the strikers."
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert [(e.event_type, e.mode, e.status) for e in events] == [
        ("THREATEN", "arrest", "actual")]


# (sentence, the one event's type and mode): the refused or asked-for act as the mode
ASKED = [
    ("The junta refused to release the detained journalists.", ("REJECT", "yield")),
    ("The opposition called on the governor to resign.", ("REQUEST", "change")),
    ("The envoy urged both parties to start talks.", ("REQUEST", "meet")),
]


@pytest.mark.parametrize("text, expected", ASKED)
def test_merge_asked_or_refused_act_gives_its_mode(pipeline, text, expected):
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert [(e.event_type, e.mode) for e in events] == [expected]
