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


# (text, the noun, whether it names a relative of someone)
KIN_NOUNS = [
    ("The mother of Karim Haddad spoke to the court.", "mother", True),
    ("Karim Haddad's widow spoke to the court.", "widow", True),
    # an office or a job named by a word of one sex is no relative
    ("The spokeswoman of the ministry spoke to the court.", "spokeswoman", False),
    ("The queen of Norland spoke to the court.", "queen", False),
]


@pytest.mark.parametrize("text, noun, kin", KIN_NOUNS)
def test_coref_kin_only_relatives(nlp, text, noun, kin):
    from dateline.coref_kin import relative_of

    tok = next(t for t in nlp(text) if t.lower_ == noun)
    assert relative_of(tok) is kin, [(t.text, t.tag_, t.dep_) for t in tok.subtree]
