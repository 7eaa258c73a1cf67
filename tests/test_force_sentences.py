"""The sentences the police pack looks at: only those whose words may name police or armed
forces (``code.force_sentences``), which a force found in any phrase of them needs."""

from __future__ import annotations

import pytest

from dateline.code.force_sentences import names_forces
from dateline.code.forces import security_sector
from dateline.code.police import security_acts

SENTENCES = [  # (text, whether its words may name a force)
    ("Police fired tear gas at the crowd.", True),
    ("Two policemen were on duty at the gate.", True),  # by the lemma ("policeman")
    ("Anti-terrorism squads raided the house.", True),  # a word of several tokens
    ("The soldiers' families waited outside.", True),
    ("The minister opened a new school on Monday.", False),
    ("Farmers sold their crops at the market.", False),
]


@pytest.mark.parametrize(("text", "forces"), SENTENCES)
def test_force_sentences_names_forces(nlp, text, forces):
    doc = nlp(text)
    assert names_forces(doc, 0, len(doc)) is forces


@pytest.mark.parametrize("text", [t for t, forces in SENTENCES if not forces])
def test_force_sentences_no_force_no_act(nlp, text):
    """What the filter passes over holds no force and gives the police pack nothing."""
    doc = nlp(text)
    assert all(security_sector(t) is None for t in doc)
    assert list(security_acts(list(doc), set())) == []


def test_force_sentences_per_sentence(nlp):
    doc = nlp("The minister opened a school. Troops then sealed the road.")
    first, second = list(doc.sents)
    assert not names_forces(doc, first.start, first.end)
    assert names_forces(doc, second.start, second.end)
