"""The doer of an act named by a noun, said in its "by" phrase, one illustrative sentence per
construction (table-driven): a day or a week named before the noun ("Sunday's attack") is when
the act was, not who did it, and the "by" phrase after it names the doer, a named group or a
body of armed men or police; a party named before the noun stays its doer."""

from __future__ import annotations

import pytest

# (sentence, trigger, actor words, recipient words or None)
NOUN_DOERS = [
    # a time before the noun, the doer in its "by" phrase
    ("Last week's bombing by Isis killed twelve people.", "bombing", "Isis", "twelve people"),
    # a doer named by the word for its members ("fighters"): the doer, not the recipient
    ("Friday's attack by Ansar al-Tawhid fighters was staged near the village.", "attack",
     "Ansar al-Tawhid fighters", None),
    # a party's own act, named before the noun
    ("Israel's attack on the convoy killed two soldiers.", "attack", "Israel",
     "two soldiers"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", NOUN_DOERS)
def test_noun_doers_by_phrase_after_a_time(event_on_unfiltered, text, trigger, actor,
                                           recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.source is not None and event.source.text == actor, event.source
    assert (event.target.text if event.target else None) == recipient, event.target
