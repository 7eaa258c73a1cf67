"""An act of words made in a message is addressed to whom the message is: the "to" of a letter,
a petition or a statement that the act's clause writes or sends, or that opens it. An audience,
a private person, or a message with no "to" names no party addressed; nor does a message to
another subject's act, a threat or a rejection made in it."""

from __future__ import annotations

import pytest

# (sentence, trigger, recipient words): one row per construction
ADDRESSED = [
    # the message the verb the act's clause hangs on writes
    ("The minister wrote a letter to the UN asking for help.", "asking", "the UN"),
    # the message the act's participle hangs on
    ("The group sent a petition to the council demanding his release.", "demanding",
     "the council"),
    # the message the act's own verb is made in
    ("In a letter to the security council, Syria demanded an inquiry.", "demanded",
     "the security council"),
    # ... an act named by the verb's object
    ("In a message to the rebels, the president promised an amnesty.", "amnesty", "the rebels"),
]


@pytest.mark.parametrize("text, trigger, recipient", ADDRESSED)
def test_recipient_letters_message_addressee(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target
    assert event.rule.endswith("+letter_party"), event.rule


# (sentence, trigger): no party is addressed
NOT_ADDRESSED = [
    ("In a statement to reporters, the envoy called for a ceasefire.", "called"),
    ("The minister wrote a letter asking for help.", "asking"),
    ("In a letter to his wife, the soldier demanded money.", "demanded"),
    # another subject's act: a clause joined to the writing, or one set on it
    ("The minister wrote a letter to the UN, and the rebels demanded a ceasefire.", "demanded"),
    ("The president sent a letter to the UN after protesters demanded a recount.", "demanded"),
    # a threat is aimed at whom it threatens, a rejection at whom put forward what is rejected
    ("In a letter to the UN, Syria threatened to respond.", "threatened"),
    ("In a letter to the UN, the council rejected the ceasefire proposal.", "rejected"),
]


@pytest.mark.parametrize("text, trigger", NOT_ADDRESSED)
def test_recipient_letters_no_party_addressed(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None, event.target
