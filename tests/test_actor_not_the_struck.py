"""A verb the parse joins to a passive across a clause of time is no second act of the passive's
subject: in "one man was killed and 20 hurt after a shell from the hills hit the post" (the
parse making "hit" a conjunct of "killed") the man hit nothing. Only a verb joined by
"and"/"but" right before it shares the passive's subject. Parses written by hand, so the test
does not hang on the tagger's reading."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.code.lost_subjects import beside_passive
from dateline.code.roles import is_passive

# (words, heads, deps, tags, index of the verb, the subject it must get or None)
PARSES = [
    # "One man was killed and 20 hurt after a shell from the hills hit the post ."
    ("One man was killed and 20 hurt after a shell from the hills hit the post .".split(),
     [1, 3, 3, 3, 3, 6, 3, 6, 9, 7, 9, 12, 10, 3, 15, 13, 3],
     ["nummod", "nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj", "prep", "det", "pobj",
      "prep", "det", "pobj", "conj", "det", "dobj", "punct"],
     ["CD", "NN", "VBD", "VBN", "CC", "CD", "VBN", "IN", "DT", "NN", "IN", "DT", "NNS", "VBD",
      "DT", "NN", "."], 13, None),
    # "The office was told of the plan and rejected it ."
    ("The office was told of the plan and rejected it .".split(),
     [1, 3, 3, 3, 3, 6, 4, 3, 3, 8, 3],
     ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "cc", "conj", "dobj",
      "punct"],
     ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "CC", "VBD", "PRP", "."], 8, 1),
]
_POS = {"CD": "NUM", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "VBN": "VERB", "CC": "CCONJ",
        "IN": "ADP", "DT": "DET", "PRP": "PRON", ".": "PUNCT"}


@pytest.mark.parametrize("words, heads, deps, tags, verb, subject", PARSES)
def test_actor_not_the_struck(words, heads, deps, tags, verb, subject):
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags,
              pos=[_POS[t] for t in tags])
    doc[2].pos_ = "AUX"
    found = beside_passive(doc[verb], is_passive)
    assert (found.i if found is not None else None) == subject, found
