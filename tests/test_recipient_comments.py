"""Whom a public comment is about (CAMEO 012, 013, 018), one illustrative sentence per
construction (table-driven): the party a topic phrase of the comment's noun, of the verb that
tells it, or of an adjective of stance names; for a thing, the party whose thing or act it is.
A noun's "of" names who feels it, an "at" a place where it was said, a time when: no topic.
A verb of criticism with no object of its own is aimed at whom its "about" or "over" names."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words, or a word in them)
ABOUT = [
    # the noun's own "about" phrase names a party
    ("The Varnian foreign ministry voiced concern about the Ostrelian army on Monday.",
     "concern", "the Ostrelian army"),
    # "over" a thing a party owns: whose it is
    ("The envoy expressed concern over the Varnian government's crackdown on students.",
     "concern", "Varnian government"),
    # a thing a demonym says whose act it is
    ("The bloc expressed alarm about the Ostrelian offensive near the river.", "alarm",
     "Ostrelian"),
    # an adjective of stance in the speaker's reported words, with its "of"
    ("The agency said it was sceptical of the Varnian ministry's figures.", "sceptical",
     "Varnian ministry"),
    # "with" a person
    ("The senator expressed scepticism with the finance minister.", "scepticism",
     "the finance minister"),
    # a verb of criticism with no object: whom its "about" or "over" names
    ("The union complained about the riot police on Tuesday.", "complained", "the riot police"),
    ("The envoy protested bitterly over the Varnian navy's seizure of the ferry.", "protested",
     "Varnian navy"),
]

# (sentence, trigger): no topic that names a party
NO_TOPIC = [
    # a venue after "at"
    ("The minister voiced concern at a news conference in the capital.", "concern"),
    # a thing that is no party's
    ("Farmers expressed concern about the weather this spring.", "concern"),
    # a time
    ("The envoy expressed optimism for the first time in months.", "optimism"),
    # a complaint about a thing that is no party's
    ("Fishermen complained about the storms along the coast.", "complained"),
    # a pronoun for a thing told before
    ("Norland unveiled a plan to build a dam. The Sarnian minister voiced concern about it.",
     "concern"),
]


@pytest.mark.parametrize("text, trigger, words", ABOUT)
def test_recipient_comments_topic_party(event_on, text, trigger, words):
    target = event_on(text, trigger).target
    assert target is not None and words in target.text, target


@pytest.mark.parametrize("text, trigger", NO_TOPIC)
def test_recipient_comments_no_topic(event_on, text, trigger):
    assert event_on(text, trigger).target is None
