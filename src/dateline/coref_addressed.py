"""An "it" that a party is asked, told or made to act as: a party the actor stage resolves.

In most of its uses "it" names no one ("it was clear", "rejected it"), so the coder leaves it
out as a party. As the object of a verb whose object does what the verb's "to" complement says
("urged it to attend", "asked it to allow convoys in": ``object_control``), it is the one who is
to act, a state or a body named before, which the actor stage looks for as it does for a
subject "it" ("Turkey, a sponsor of the council, had been urging it to attend": the council).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["addressed_it"]

_OBJECT_CONTROL = word_class("object_control")


def addressed_it(tok: Token) -> bool:
    """Whether ``tok`` is an "it" that is the object of a verb of :data:`_OBJECT_CONTROL` with
    an active "to" complement after it, which says what "it" is to do (a passive one says what
    is to be done with it, a thing: "urged it to be withdrawn")."""
    if tok.lower_ != "it" or tok.dep_ not in ("dobj", "obj"):
        return False
    verb = tok.head
    return verb.lemma_.lower() in _OBJECT_CONTROL and any(
        c.dep_ == "xcomp" and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to"
                                                  for a in c.children)
        and not any(a.dep_ == "auxpass" for a in c.children)  # "urged it to be withdrawn"
        for c in verb.children)
