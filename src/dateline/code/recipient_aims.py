"""Recipients a light-verb act names outside its noun's own phrases.

- The party an act's name is aimed at: "launched a military operation, Operation Black Thunder,
  against militants in the valley" — the parse hangs the "against" phrase on the operation's
  name, set off beside the verb, not on the operation.
- Whom aid goes to, named by the purpose it is sent for: "sent aid, including food and tents,
  to help victims of the flood" — the object of the purpose clause of helping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from .lexicon import load_lexicon
from .phrases import thing
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["aimed_party"]

#: How an act's name stands beside the verb or the act: an apposition, or a loose noun phrase.
_NAME_DEPS = frozenset({"appos", "npadvmod"})
#: How a purpose clause hangs from the verb of sending ("to help", "in order to assist").
_PURPOSE_DEPS = frozenset({"xcomp", "advcl", "conj"})


def _name_against(act: Token, frame: Token) -> Token | None:
    for head in (act, frame):
        for name in head.children:
            if name.dep_ in _NAME_DEPS and name.pos_ == "PROPN" and name.i > act.i:
                party = next((g for g in prep_objects(name, "against") if not is_when(g)), None)
                if party is not None:
                    return party
    return None


def _aiding(verb: Token) -> bool:
    return any(s.event_type == "AID" for s in load_lexicon().verbs.get(verb.lemma_.lower(), ()))


def _helped(frame: Token) -> Token | None:
    for clause in frame.children:
        if clause.dep_ in _PURPOSE_DEPS and clause.pos_ == "VERB" and clause.i > frame.i and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
                _aiding(clause):
            return next((c for c in clause.children if c.dep_ in ("dobj", "obj")
                         and not is_when(c) and not thing(c)), None)  # not "the economy"
    return None


def aimed_party(act: Token, frame: Token, event_type: str) -> Token | None:
    """The recipient of the act ``act`` that the light verb ``frame`` carries, named by the
    act's name ("Operation X against Y") or, for aid, by the purpose it is sent for."""
    party = _name_against(act, frame) if event_type != "AID" else None
    if party is None and event_type == "AID":
        party = _helped(frame)
    return party
