"""The mode of a request or a rejection from the thing asked for or turned down.

PLOVER's REQUEST and REJECT share the modes assist, change, yield and meet: what is asked for.
An act asked for in a clause ("urged them to start talks") gives it by the table
``lexicon/ask_modes.tsv`` (:mod:`.merge`); a thing named as the object or after "for" gives it
the same way: help, aid or funds asked for are assistance ("asked the coalition for help",
"requested more aid"), talks or a meeting a meeting ("requested a meeting"), a withdrawal asked
for a yielding ("demanded the withdrawal of troops").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..wordclasses import word_class
from .merge import ask_modes
from .senses import noun_sense

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon
    from .mention import Mention

__all__ = ["asked_for"]

_ASKING = frozenset({"REQUEST", "REJECT"})
# things asked for that name no act of their own: help and the means of it
_HELP = word_class("asked_help")


def _things(tok: Token) -> list[Token]:
    """What ``tok`` asks for or turns down: its object and what it asks "for" (of the verb or
    of its object: "asked the coalition for help")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return objs + [g for h in [tok, *objs] for g in prep_objects(h, "for")]


def asked_for(m: Mention, tok: Token, lex: Lexicon) -> Mention:
    """``m`` with the mode of the thing its request or rejection names, where it has none."""
    if m.sense.event_type not in _ASKING or m.sense.mode is not None:
        return m
    table = ask_modes()
    for thing in _things(tok):
        if thing.lemma_.lower() in _HELP:
            mode: str | None = "assist"
        else:
            found = noun_sense(lex, thing)
            if found is None:
                continue
            kind, its_mode = found[0].event_type, found[0].mode
            mode = table.get((kind, its_mode or "*")) or table.get((kind, "*"))
        if mode is not None:
            return replace(m, sense=replace(m.sense, mode=mode))
    return m
