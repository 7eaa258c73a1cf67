"""Of whom a request is made when the verb's words hold it in a noun: "insisted on its
demands that the government grant more rights", "pressed its call for the army to withdraw"
(the government, the army). The noun names the request; the subject of its "that" clause, or
of its "for … to" clause, is the one asked, as for the request nouns themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load_lexicon
from .phrases import thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asked_in_noun", "asked_of"]

_HOLDERS = frozenset({"dobj", "obj", "pobj"})


def _request_noun(tok: Token) -> bool:
    senses = load_lexicon().nouns.get(tok.lemma_.lower(), ())
    return any(s.event_type == "REQUEST" for s in senses)


def asked_of(noun: Token) -> Token | None:
    """Of whom a demand named by a noun asks, named as the subject of its "that" clause or of
    its "for … to" clause: "Trump's demand that Germany repatriate its citizens" (Germany),
    "its call for Assad to stand aside" (Assad)."""
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp", "advcl"):
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if "that" in marks and c.dep_ != "advcl" or "for" in marks and to:
            found = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                          and not thing(g)), None)
            if found is not None:
                return found
    return None


def asked_in_noun(verb: Token) -> Token | None:
    """The one a request verb asks, named in the clause of a request noun that is the verb's
    object or the object of one of its prepositions ("insisted on its demand that …")."""
    for c in verb.children:
        nouns = [c] if c.dep_ in _HOLDERS else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        for noun in nouns:
            if noun.pos_ == "NOUN" and _request_noun(noun):
                found = asked_of(noun)
                if found is not None:
                    return found
    return None
