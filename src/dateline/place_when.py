"""Events that share the place of a neighbouring phrase by how they hang on it.

* A clause opened by "when" right after the phrase naming a place tells what happened then and
  there, with a comma ("since the attack on Khan Sheikhun, when 80 were killed, …") or without one
  ("there were celebrations in Sochi when the president's backers met", "… in Sochi last week
  when …"), so long as the clause names no place of its own (:func:`then_and_there`).
* A deed named as the doer of a passive verb's event is where that event is ("hospitals in the
  town have been hit by airstrikes or shelling"): :func:`agent_verb`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .place_roles import when_after
from .sentences import clause_tokens
from .tokens import span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .toponyms import Toponym


#: Entity labels of a time told between a phrase and the "when" clause after it.
_TIMES = frozenset({"DATE", "TIME"})


def _when_clause(tok: Token) -> Token | None:
    """The "when" opening the clause ``tok`` is in (ahead of the clause's head, first word of
    it), if any: not across a reported clause."""
    for a in [tok, *tok.ancestors]:
        when = next((c for c in a.children if c.dep_ == "advmod" and c.lower_ == "when"
                     and c.i == a.left_edge.i), None)
        if when is not None:
            return when if a.dep_ in ("advcl", "relcl") else None
        if a.dep_ in ("ccomp", "parataxis") or a.head.i == a.i:
            return None
    return None


def then_and_there(doc: Doc, t: Toponym, tok: Token, places: Sequence[Toponym]) -> bool:
    """``t`` is the place of the phrase a "when" clause holding ``tok`` follows (see the
    module's docstring); without a comma, only when the clause names no place of its own and
    the phrase ends right before "when"."""
    if when_after(doc, t, tok):
        return True
    when = _when_clause(tok)
    if when is None:
        return False
    # (a time told between the two is the phrase's: "celebrations in Sochi last week when …")
    edge = when.i
    while edge > t.end and doc[edge - 1].ent_type_ in _TIMES:
        edge -= 1
    if t.end != edge:
        return False
    own = clause_tokens(tok)
    if any(p.start in own or when.i < p.start <= tok.i for p in places):
        return False
    chain = [span_root(doc, t.start, t.end)]
    while chain[-1].head.i != chain[-1].i and chain[-1].head.pos_ in ("NOUN", "PROPN", "ADP",
                                                                      "NUM"):
        chain.append(chain[-1].head)
    top, clause = chain[-1], when.head
    if clause.dep_ == "relcl":  # ("celebrations in Sochi when they met": told of the phrase)
        return clause.head in chain
    # (the phrase belongs to the clause the "when" clause hangs on)
    return top.right_edge.i in (edge - 1, when.i - 1) and top.head.i == clause.head.i


def agent_verb(tok: Token) -> Token | None:
    """The passive verb whose doer the deed ``tok`` is named as ("have been hit by airstrikes or
    shelling": hit), if any."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.dep_ != "agent":
        return None
    verb = node.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
