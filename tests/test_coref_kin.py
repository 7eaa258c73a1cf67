"""A relative of someone named ("the mother of X", "X's wife") is a person a later pronoun of
her or his sex may stand for, though no event made her an actor: not the one she is the
relative of. One text written for these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the words the pronoun's actor stands for)
RELATIVES = [
    # a possessor's relative who acts
    ("Karim Haddad's wife appealed to the government on Monday. She urged ministers to release "
     "him.", "urged", "Karim Haddad's wife"),
    # a relative named in an "of" phrase, who acts in no event before the pronoun
    ("On Monday the lawyers representing Karim Haddad's mother said their client had long "
     "opposed the group. Her request is a fair trial for her son, they said.", "request",
     "Karim Haddad’s mother"),
]


@pytest.mark.parametrize("text, trigger, words", RELATIVES)
def test_coref_pronoun_for_a_relative(event_on, text, trigger, words):
    source = event_on(text, trigger).source
    assert source is not None and source.antecedent is not None, source
    assert source.antecedent.replace("’", "'") == words.replace("’", "'"), source
