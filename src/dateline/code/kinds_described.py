"""A party's repute told as it is described: "the militia, which has been condemned for
abuses, seized the town", "the envoy, who has been praised for his patience".

A relative clause describes the noun it hangs on. Where its verb is one of blame or praise
(word class ``repute_verbs``) in the present perfect passive, with no doer named and no time of
its own, it says what the party is known for, a standing record built over time, and no act
of judging by anyone at a time; the clause's grounds, when it gives them ("for abuses", "of
its tactics"), are a kind or the party's own ways, not one deed. "Which was condemned by the
council on Monday", "which has been condemned by rights groups" and "who has been accused of
the killing of the mayor" stay: a time, a doer, one deed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import PRESENT_PERFECT
from ..wordclasses import word_class
from .occasions import auxes, own_time
from .particulars import bare_plural
from .roles import agent_of
from .words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["repute_told"]

_REPUTE = word_class("repute_verbs")
#: the prepositions that give the grounds of blame or praise
_GROUNDS = frozenset({"for", "of", "over"})
#: owners that make the grounds the party's own ways ("for its tactics")
_OWN = frozenset({"its", "their", "his", "her"})


def _of_a_kind(noun: Token) -> bool:
    """"abuses", "its tactics": a kind of deeds, or the party's own ways, no one deed ("the
    killing of the mayor", "two raids", "killings in the north", "murder" bare)."""
    kids = list(noun.children)
    if any(c.dep_ in ("nummod", "prep", "acl", "relcl") for c in kids):
        return False  # "killings in the north", "two raids": these deeds, not a kind
    if bare_plural(noun):
        return True
    dets = [c for c in kids if c.dep_ in ("det", "poss")]
    return bool(dets) and all(c.lower_ in _OWN for c in dets)  # "accused of murder": a deed


def _grounds_of_a_kind(verb: Token) -> bool:
    """Every ground the verb gives is of a kind (none given: the repute alone)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _GROUNDS:
            for g in c.children:
                if g.dep_ == "pcomp" or g.dep_ == "pobj" and not _of_a_kind(g):
                    return False
    return True


def repute_told(tok: Token) -> bool:
    """Whether ``tok`` is a verb of blame or praise telling, in a relative clause, the repute
    of the party the clause describes (see the module)."""
    if tok.dep_ != "relcl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in _REPUTE:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in kids):
        return False
    if not any(a in PRESENT_PERFECT for a in auxes(tok)):
        return False
    return agent_of(tok) is None and not own_time(tok, clause=True) and \
        _grounds_of_a_kind(tok)
