"""The subject pronoun of a clause a verb of speech reports stands for the named sayer; a clause
that hangs on a verb of no speech has no sayer. One sentence written for these tests per
construction."""

from __future__ import annotations

import pytest

# (text, trigger, the words the pronoun stands for, or None where it stands for no one named)
SAYERS = [
    # "it" of the reported clause: the body that says it
    ("The Elysee said it had condemned the strikes on the port.", "condemned", "The Elysee"),
    # a clause the parse hangs on a verb of no speech: "families" say nothing
    ("The bombing went on until the port was lost. They hit the clinic; families were running.",
     "hit", None),
]


@pytest.mark.parametrize("text, trigger, words", SAYERS)
def test_coref_pronoun_of_a_reported_clause(event_on, text, trigger, words):
    source = event_on(text, trigger).source
    if words is None:
        assert source is None or source.antecedent is None, source
    else:
        assert source is not None and words in (source.text, source.antecedent), source
