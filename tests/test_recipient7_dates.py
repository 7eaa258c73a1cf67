"""Recipients the date span ran over (table-driven): a party named just before a bare "weeks
ago" is still the party, while the words of a date stay a time."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dateline.code.time_swallowed import outside_its_date

# (sentence, trigger, recipient words): the party before "weeks ago" or "days before"
SWALLOWED = [
    ("The envoy met the Norland president weeks ago.", "met", "the Norland president"),
    ("The fighters surrendered to the militia weeks ago.", "surrendered", "the militia"),
    ("Having surrendered to the rebels weeks before, the guards were sent home.", "surrendered",
     "the rebels"),
    ("Police arrested the protesters days before the vote.", "arrested", "the protesters"),
]


@pytest.mark.parametrize("text, trigger, recipient", SWALLOWED)
def test_recipient7_party_before_a_bare_date(event_on, text, trigger, recipient):
    event = event_on(text, trigger, pubdate="2021-06-01")
    assert event.target is not None and event.target.text == recipient, event.target


# (words, heads, dependency labels, entity span, index of the word, whether it is no time)
WORDS = [
    # "the president weeks ago": the span's time words stand beside the noun
    (["met", "the", "president", "weeks", "ago"], [0, 2, 0, 4, 0],
     ["ROOT", "det", "dobj", "npadvmod", "advmod"], (1, 5), 2, True),
    # "the first day of Ramadan": the holiday hangs on the day, and is a time
    (["on", "the", "first", "day", "of", "Ramadan"], [0, 3, 3, 0, 3, 4],
     ["ROOT", "det", "amod", "pobj", "prep", "pobj"], (1, 6), 5, False),
    # "the 2014 war": the year hangs on the war
    (["during", "the", "2014", "war"], [0, 3, 3, 0],
     ["ROOT", "det", "nummod", "pobj"], (1, 4), 3, False),
    # "Eid al-Adha": a holiday's name without time words is a time of its own
    (["before", "Eid", "al-Adha"], [0, 2, 0], ["ROOT", "compound", "pobj"], (1, 3), 2, False),
]


@pytest.mark.parametrize("words, heads, deps, ent, index, outside", WORDS)
def test_recipient7_time_words_beside_a_noun(nlp, words, heads, deps, ent, index, outside):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, ent[0], ent[1], label="DATE")]
    assert outside_its_date(doc[index]) is outside
