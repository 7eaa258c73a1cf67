"""A conjunct that names no country of its own takes the one the words before the noun it is
joined to name ("Syrian troops and militiamen"), not when it names its own or the list is
longer than two."""

from __future__ import annotations

import pytest

from dateline.actor_conjuncts import conjunct_country
from dateline.actor_dictionary import load_dictionary

# (sentence, the conjunct's head word, the country it takes or None, why)
CONJUNCTS = [
    ("The Bosnian Serb army and paramilitaries overran the village.", "paramilitaries", "BIH",
     "the first noun's country word"),
    ("Syrian troops and militiamen stormed the town.", "militiamen", "SYR",
     "the first noun's demonym"),
    ("Turkish soldiers and Kurdish fighters clashed near the border.", "fighters", None,
     "a people of its own"),
    ("The army and paramilitaries overran the village.", "paramilitaries", None,
     "no country before the first noun"),
    ("Syrian troops and militiamen stormed the town.", "troops", None,
     "the first of the two, not a conjunct"),
]


@pytest.mark.parametrize("text, word, country, why", CONJUNCTS)
def test_actor_conjuncts_second_noun_takes_the_first_ones_country(nlp, text, word, country, why):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    span = doc[tok.left_edge.i:tok.i + 1] if tok.dep_ == "conj" else doc[tok.i:tok.i + 1]
    assert conjunct_country(load_dictionary().countries, span) == country, why
