"""The clause that says of whom an act is asked or whom it blames: "demanded that Hamas renounce
violence", "called for the government to resign" (the parse hangs "for … to" as a clause whose
subject is the one asked), "complained that the police had beaten them", "forced the rebels
withdraw"; whom a verb of permitting lets act ("will not allow opposition leaders to
travel")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .phrases import thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asking_clause", "permitted"]

#: Acts that ask or blame whatever clause they take; others only a bare clause ("helped the
#: government try the fighters": not "helped after the rebels withdrew").
_ASKING = frozenset({"REQUEST", "ACCUSE"})


def asking_clause(clause: Token, event_type: str) -> bool:
    """Whether ``clause``, a dependent of the act's verb, says who is asked, blamed, helped or
    forced: a complement, or for a request a "for … to" clause ("called for Britain to stay")."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return False
    marks = [g.lower_ for g in clause.children if g.dep_ == "mark"]
    if clause.dep_ == "advcl":
        return event_type == "REQUEST" and marks == ["for"] and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)
    return clause.dep_ == "ccomp" and (event_type in _ASKING or not marks)


#: Verbs of letting someone act: the one let act is the act's recipient.
_PERMISSION = word_class("permission_verbs")


def permitted(verb: Token) -> Token | None:
    """Whom a verb of permitting lets (or, negated, does not let) act: "will not allow
    opposition leaders to travel", "permitted the inspectors to enter". The parse makes the
    one permitted the subject of a "to" clause or a bare one ("let them leave"), not the verb's
    object, so the act would name no recipient; a passive ("were allowed to leave") says it by
    its own subject. "Let us" and "let me" are a speaker's proposal, no permission; "will not
    allow us to enter" names the ones kept out. "Let" takes any subject ("let the deadline
    pass"), so after it only a party, no thing, is one let act."""
    if verb.lemma_.lower() not in _PERMISSION:
        return None
    let = verb.lemma_ == "let"
    return next((g for c in verb.children if c.dep_ == "ccomp" and (any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or let)
        for g in c.children if g.dep_ == "nsubj"
        and not (let and (g.lower_ in ("me", "us") or thing(g)))), None)
