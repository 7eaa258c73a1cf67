"""Stage ``date``: a verb that makes the happening its noun tells, told of that noun ("the deal
signed in Sochi", "the agreement they reached", "the offensive the army launched"), is that
happening told again, and takes the time the story gives it, whoever its subject is.

A making verb (``making_verbs``: "signed", "reached", "struck", "launched") in a relative clause
or a participle after a known happening noun (:func:`dateline.date_story.refers_back`, and a
``happening_<kind>`` word or a pact, ``pact_nouns``: "the offensive", "the deal"), with the noun
as what it makes (no object of its own but the relative pronoun), is no act apart from the
happening: "the deal signed in Sochi" is the signing the text dated before. What is done to the
happening ("the deal Moscow broke", "the attack the minister condemned") is another act, with a
time of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import tense_of
from .date_story import happening_word, refers_back
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_happening", "made_happening"]

_MAKING_VERBS = word_class("making_verbs")
_PACTS = word_class("pact_nouns")
#: Object dependents: a making verb with one of its own (not a relative pronoun) makes another
#: thing ("the deal under which they signed a protocol").
_OBJECTS = frozenset({"dobj", "dative", "attr"})


def made_happening(verb: Token) -> Token | None:
    """The happening noun ``verb`` makes, told of it in a relative clause or a participle after
    it ("the deal signed in Sochi", "the accord they struck"); else ``None``."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in _MAKING_VERBS:
        return None
    if verb.dep_ == "acl" and verb.tag_ != "VBN" or verb.dep_ == "relcl" and tense_of(
            verb) != "past":
        return None  # "the deal to be signed", "the deal they will sign": not made yet
    if any(c.dep_ in _OBJECTS and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return None
    if not (refers_back(noun) and (happening_word(noun).startswith("happening_")
                                   or noun.lemma_.lower() in _PACTS)):
        return None
    return noun


def described_happening(clause: Token) -> Token:
    """What the relative clause or participle ``clause`` tells of, for its time: the happening
    it makes ("the deal signed in Sochi"), else the nearest verb above it, the sentence's root
    or a known happening noun ("an alleged attack on Douma which killed dozens")."""
    return made_happening(clause) or next(
        a for a in [clause.head, *clause.head.ancestors] if a.pos_ in ("VERB", "AUX")
        or a.dep_ == "ROOT" or refers_back(a) and happening_word(a).startswith("happening_"))
