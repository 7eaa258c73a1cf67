"""Whom an act done to a thing is done to, one illustrative sentence per construction
(table-driven): an object set after the verb's "as" phrase is the act's object, read as any
object is (its owner, whom it concerns or the party it names), and the adjective the phrase
calls it is no part of the recipient's words; the recipient of an act done to a deal is the
party the deal is made with, in the deal's own "with" phrase or that of a participle on it; a
preposition coordinated with the next shares its object ("to and from Bolivia"); one refused
leave to act ("refused to let them leave") is the refusal's recipient."""

from __future__ import annotations

import pytest

# (sentence, trigger, (event type or None, the recipient's words or None, its country or None))
THINGS = [
    # "as" and a predicate noun, the object set beside it: its owner
    ("Norway denounced as a grave crime Sweden's arrest of the fishermen.", "denounced",
     ("ACCUSE", "Sweden's arrest", "SWE")),
    # "as" and a predicate adjective before the object's possessor
    ("Chile condemned as reckless Peru's naval exercise.", "condemned",
     ("ACCUSE", "Peru's naval exercise", "PER")),
    # "as" and a predicate adjective before the object's determiner: whom the thing is on
    ("Germany rejected as unfair the sanctions imposed on Austria.", "rejected",
     ("REJECT", "Austria", "AUT")),
    # "as" and a predicate noun, the object a party
    ("The army branded as traitors the striking miners.", "branded",
     (None, "the striking miners", None)),
    # a deal made with a party: the "with" of a participle, after a time
    ("Norway denounced an agreement signed last year with Sweden.", "denounced",
     ("ACCUSE", None, "SWE")),
    ("Chile welcomed the accord reached with Peru.", "welcomed", ("SUPPORT", None, "PER")),
    # a clause with its own subject: the deal is its maker's, not the other party's
    ("Chile denounced the pact which Peru signed with Bolivia.", "denounced",
     ("ACCUSE", "Peru", "PER")),
    # the deal's own "with" phrase
    ("Austria backed the treaty with Hungary.", "backed", ("SUPPORT", None, "HUN")),
    # coordinated prepositions share their object: "to and from" Bolivia
    ("Chile eased travel curbs to and from Bolivia.", "eased", (None, "Bolivia", "BOL")),
    # a refusal to let someone act, a bare infinitive: the one not let act
    ("The commanders refused to let the volunteers leave.", "refused",
     ("REJECT", "the volunteers", None)),
    ("The governor refused to let Peru's inspectors enter the mine.", "refused",
     ("REJECT", "Peru's inspectors", "PER")),
]


@pytest.mark.parametrize("text, trigger, expected", THINGS)
def test_recipient_things_owner_or_party(event_on, text, trigger, expected):
    event = event_on(text, trigger)
    kind, words, country = expected
    assert event.target is not None
    assert kind is None or event.event_type == kind
    assert words is None or event.target.text == words
    assert country is None or event.target.country == country


# (sentence, trigger, the object's words): the adjective an "as" calls the object is no part
# of it, whether the parse hangs the "as" on the verb or on the adjective
AS_OBJECTS = [
    ("Egypt hailed as historic the pact between Ghana and Togo.", "hailed", "the pact"),
    ("Chile praised as fair the vote held in Peru.", "praised", "the vote"),
]


@pytest.mark.parametrize("text, trigger, words", AS_OBJECTS)
def test_recipient_things_as_adjective_not_in_object(event_on, text, trigger, words):
    assert event_on(text, trigger).object == words


# (sentence, trigger): "as many as" and "as ADJ as" count or compare; the recipient's words
# keep their first "as", which is no shifted "as" phrase
AS_COUNTS = [
    ("Troops detained as many as 50 men in Mosul.", "detained"),
    ("Militias detained as many as 40 men in Tikrit.", "detained"),
]


@pytest.mark.parametrize("text, trigger", AS_COUNTS)
def test_recipient_things_as_count_kept_whole(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text.split()[0] == "as", event.target


# (sentence, trigger): no party named: an "as" phrase with no object after it, a deal made in
# a place
NO_PARTY = [
    ("The minister resigned as head of the party.", "resigned"),
    ("The ministers refused, saying: let us wait for the vote.", "refused"),
    ("They refused, saying: let me speak to the judge.", "refused"),
    # "let" takes a thing for its clause's subject: no one let act
    ("The mayor refused to let the farmers' petition delay the vote.", "refused"),
    ("The council refused to let the deadline slip.", "refused"),
    ("Chile welcomed the accord reached in Lima.", "welcomed"),
]


@pytest.mark.parametrize("text, trigger", NO_PARTY)
def test_recipient_things_no_party(event_on, text, trigger):
    assert event_on(text, trigger).target is None


# (sentence, the preposition, its object): a preposition's own object, else that of the one
# coordinated after it
SHARED = [
    ("Troops blocked movement into and out of the valley.", "into", "valley"),
    ("Airlines halted flights to and from the island.", "to", "island"),
    ("Airlines halted flights to the island.", "to", "island"),
]


@pytest.mark.parametrize("text, prep, obj", SHARED)
def test_recipient_things_shared_prep_object(nlp, text, prep, obj):
    from dateline.deps import prep_object

    doc = nlp(text)
    word = next(t for t in doc if t.lower_ == prep)
    found = prep_object(word)
    assert found is not None and found.text == obj
