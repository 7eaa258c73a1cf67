"""The sides of a conflict, or all states, named together: one party of no country.

"Called on both sides to stop", "urged all parties to return to talks", "appealed to the
warring parties", "urged all states to act": a call made to every side of a conflict, or to
every state, is made to that collective, as CAMEO codes a call to "all parties". No one side
is meant, so the collective is no political party ("parties" here are sides), no government
("states" here are every state) and of no country: not the sentence's, not the report's,
only one its own words name ("all sides in Syria").

Only words that name the collective by a word of totality or of fighting are taken ("all",
"both", "each", "every", "the two", "warring", "rival"); "both states" and "the two
countries" stand for two states named before, and "opposition parties" or "all political
parties" are a kind of party, which the dictionary reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_places import attached_country
from .records import Actor

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

__all__ = ["collective", "collective_actor", "collective_words"]

#: Nouns for the sides of a conflict.
_SIDES = frozenset({"side", "party", "faction", "belligerent", "combatant"})
#: Nouns for states, which only "all" or "every" makes every state.
_STATES = frozenset({"state", "country", "nation"})
#: Determiners that take every side together.
_EVERY_SIDE = frozenset({"all", "both", "each", "every"})
#: Determiners that take every state together ("both states" are two named before).
_EVERY_STATE = frozenset({"all", "every"})
#: Adjectives of the sides that fight ("the warring parties").
_FIGHTING = frozenset({"warring", "rival", "opposing", "conflicting", "belligerent", "feuding",
                       "fighting", "competing"})
#: Modifiers that leave the collective every side ("all relevant parties", "all member states").
_NEUTRAL = frozenset({"relevant", "concerned", "involved", "member", "main", "key", "other",
                      "the", "of"})
_WORD = re.compile(r"[a-z]+")


def _determined(head: Token) -> tuple[set[str], list[Token]]:
    """The determiners and number words of ``head`` and its other left modifiers."""
    marks, others = set(), []
    for c in head.lefts:
        low = c.lower_
        if c.dep_ in ("det", "predet", "preconj") or c.dep_ == "nummod" and low == "two":
            marks.add(low)
        else:
            others.append(c)
    return marks, others


def collective(core: Span) -> bool:
    """Whether the words of a party name every side of a conflict, or every state, together
    (see the module's words)."""
    head = core.root
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in _SIDES | _STATES or head.ent_type_:
        return False
    marks, others = _determined(head)
    fighting = [c for c in others if c.lower_ in _FIGHTING]
    if any(c.lower_ not in _FIGHTING | _NEUTRAL for c in others):
        return False  # "opposition parties", "all political parties", "Gulf states"
    if lemma in _STATES:
        return head.tag_ == "NNS" and bool(marks & _EVERY_STATE) and not fighting
    plural = head.tag_ == "NNS"
    return bool(fighting) and plural or bool(marks & _EVERY_SIDE) or \
        plural and {"the", "two"} <= marks


def collective_words(text: str) -> bool:
    """Whether a party's words, as shown, are those of a collective :func:`collective` reads:
    a word of totality or of fighting before a noun of sides or states ("the warring
    parties", "all states in the region"); such a party takes no country from its context."""
    words = _WORD.findall(text.split(",")[0].lower())
    for i, w in enumerate(words):
        if w in {"side", "sides", "party", "parties", "faction", "factions", "belligerents",
                 "combatants", "states", "countries", "nations"}:
            before = set(words[:i])
            return bool(before & (_EVERY_SIDE | _FIGHTING)) or {"the", "two"} <= before
    return False


def collective_actor(countries: Mapping[str, str], core: Span, toks: Span, base: int
                     ) -> Actor:
    """The collective named by ``toks`` (``core``: who it is), of the country a place in its
    own words names, else of none; every state is of the states' governments' sector."""
    states = core.root.lemma_.lower() in _STATES
    return Actor(text=toks.text, name=None, country=attached_country(countries, core.root),
                 sector="GOV" if states else None, parent=None,
                 char_start=base + toks.start_char,
                 char_end=base + toks.end_char)
