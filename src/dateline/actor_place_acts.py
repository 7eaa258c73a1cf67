"""The doer of an act named for its place, from the acts of its kind the story told before.

"Turkey launched an offensive on Afrin ... The Afrin offensive came after ...": the town names
where the act is, not who does it (``actor_things``); the doer is the one state that the story
said did acts of that noun before, when every such act's named doer is of that one country.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_things import named_for_place

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from .records import Actor

__all__ = ["place_act_doer"]


def place_act_doer(trigger: Token, lemma: str,
                   earlier: Iterable[tuple[str, str, Actor | None]]) -> Actor | None:
    """The doer of the act noun ``trigger`` (lemma ``lemma``) that a town's name modifies ("the
    Afrin offensive"), from the ``earlier`` acts of the document as (lemma, status, doer): the
    latest named doer of an actual act of the same noun, when all such doers are of one
    country; else ``None``."""
    if trigger.pos_ != "NOUN" or not any(
            c.dep_ in ("compound", "nmod") and c.i < trigger.i and named_for_place(
                trigger.doc[c.i:c.i + 1]) for c in trigger.children):
        return None
    doers = [a for lem, status, a in earlier if lem == lemma and status == "actual"
             and a is not None and a.name and a.country and a.country != "IGO"]
    if not doers or len({a.country for a in doers}) > 1:
        return None
    last = doers[-1]
    return replace(last, text="", char_start=None, char_end=None,
                   antecedent=last.antecedent or last.text,
                   country_from=last.country_from or "antecedent")
