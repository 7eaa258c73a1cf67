"""Recipients a light-verb act names outside its noun's own phrases.

- The party an act's name is aimed at: "launched a military operation, Operation Black Thunder,
  against militants in the valley" — the parse hangs the "against" phrase on the operation's
  name, set off beside the verb, not on the operation.
- Whom aid goes to, named by the purpose it is sent for: "sent aid, including food and tents,
  to help victims of the flood" — the object of the purpose clause of helping.
- What a strike or a protest is against, named by the clause that says so: "launched a hunger
  strike to protest the policy imposed by the ministry", "started a strike, protesting the
  board's decision" — the object of the clause of protesting or condemning (a thing's party,
  its author or owner, is found by the caller).
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


def _of_type(verb: Token, types: frozenset[str]) -> bool:
    return any(s.event_type in types for s in load_lexicon().verbs.get(verb.lemma_.lower(), ()))


_AIDING = frozenset({"AID"})
#: Clauses that say what a strike or a protest is against ("to protest", "condemning").
_AGAINST = frozenset({"ACCUSE", "PROTEST"})


def _purpose_object(frame: Token, types: frozenset[str], participle: bool = False
                    ) -> Token | None:
    """The object of a clause of one of ``types`` that ``frame`` is done for ("to help X");
    with ``participle``, one set off after it too ("…, protesting X")."""
    for clause in frame.children:
        if clause.dep_ not in _PURPOSE_DEPS or clause.pos_ != "VERB" or clause.i < frame.i or \
                not _of_type(clause, types):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or (
                participle and clause.tag_ == "VBG"):
            return next((c for c in clause.children if c.dep_ in ("dobj", "obj")
                         and not is_when(c)), None)
    return None


def _helped(frame: Token) -> Token | None:
    party = _purpose_object(frame, _AIDING)
    return None if party is None or thing(party) else party  # not "to help the economy"


def aimed_party(act: Token, frame: Token, event_type: str) -> Token | None:
    """The recipient of the act ``act`` that the light verb ``frame`` carries, named by the
    act's name ("Operation X against Y"), for aid by the purpose it is sent for, for a protest
    by the clause of protesting."""
    if event_type == "AID":
        return _helped(frame)
    party = _name_against(act, frame)
    if party is None and event_type == "PROTEST":
        party = _purpose_object(frame, _AGAINST, participle=True)
    return party
