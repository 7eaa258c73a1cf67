"""The sides of a conflict, or all states, named together: one party of no country.

"Called on both sides to stop", "urged all parties to the conflict to return to talks",
"appealed to the warring parties", "urged all states to act": a call made to every side of a
conflict, or to every state, is made to that collective, as CAMEO codes a call to "all
parties". No one side is meant, so the collective is no political party ("parties" here are
sides), no government ("states" here are every state) and of no country: not the sentence's,
not the report's, only one its own words name ("all sides in Syria").

Only words that name the collective by a word of totality or of fighting are taken ("all",
"both", "each", "every", "the two", "warring", "rival"), and only in a report of a war or of
fighting: in home politics "both parties" or "the rival party" are political parties, and "all
states" of a federation its states, which the dictionary reads with the sentence's country; a
sentence that names a federal or home government is home politics too. "Both states" and "the
two countries" stand for two states named before; "opposition parties" or "all political
parties" are a kind of party, which the dictionary reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_places import attached_country
from .records import Actor
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span, Token

__all__ = ["collective", "collective_actor", "collective_words"]

#: Nouns for the sides of a conflict.
_SIDES = frozenset({"side", "party", "faction", "belligerent", "combatant"})
#: Nouns for states, which only "all" or "every" makes every state.
_STATES = frozenset({"state", "country", "nation"})
#: Determiners that take every state together ("both states" are two named before).
_EVERY_STATE = frozenset({"all", "every"})
#: Words of a sentence that make "all states" a federation's own ("the federal government").
_HOME = frozenset({"federal", "home", "interior", "governors"})
#: Determiners that take every side together.
_EVERY_SIDE = frozenset({"all", "both", "each", "every"})
#: Adjectives of the sides that fight ("the warring parties").
_FIGHTING_WORDS = frozenset({"warring", "rival", "opposing", "conflicting", "belligerent",
                             "feuding", "fighting", "competing"})
#: Modifiers that leave the collective every side ("all relevant parties").
_NEUTRAL = frozenset({"relevant", "concerned", "involved", "other"})
#: Words (lemmas or forms) that make a report one of a war or of fighting, in which "parties"
#: and "sides" are the sides that fight ("shelled", "the ceasefire", "the conflict").
_WAR_WORDS = word_class("war_deeds") | frozenset({
    "offensive", "siege", "bombardment", "ceasefire", "truce", "shell", "shelling",
    "airstrike", "airstrikes", "rebel", "insurgent", "militia", "hostilities", "warring",
    "belligerent", "combatant", "frontline"})
_WORD = re.compile(r"[a-z]+")
#: The forms of the nouns of sides, as a party's words show them.
_SIDE_FORMS = _SIDES | {w + "s" for w in _SIDES} | {"parties"}
#: The plural forms of the nouns of states ("all states").
_STATE_FORMS = frozenset({"states", "countries", "nations"})


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


def _of_war(doc: Doc) -> bool:
    """Whether the report ``doc`` tells of a war or of fighting (see ``_WAR_WORDS``)."""
    return any(t.lemma_.lower() in _WAR_WORDS or t.lower_ in _WAR_WORDS for t in doc)


def collective(core: Span) -> bool:
    """Whether the words of a party name every side of a conflict, or every state, together,
    in a report of a war or of fighting (see the module's words)."""
    head = core.root
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in _SIDES | _STATES or head.ent_type_:
        return False
    marks, others = _determined(head)
    fighting = [c for c in others if c.lower_ in _FIGHTING_WORDS]
    if any(c.lower_ not in _FIGHTING_WORDS | _NEUTRAL for c in others):
        return False  # "opposition parties", "all political parties", "the two main parties"
    plural = head.tag_ == "NNS"
    if lemma in _STATES:  # "all states", not those of "the federal government"
        return plural and bool(marks & _EVERY_STATE) and not fighting and \
            not any(t.lower_ in _HOME for t in head.sent) and _of_war(core.doc)
    named = bool(fighting) and plural or bool(marks & _EVERY_SIDE) or \
        plural and {"the", "two"} <= marks
    return named and _of_war(core.doc)


def collective_words(text: str) -> bool:
    """Whether a party's words, as shown, begin as those of a collective :func:`collective`
    reads: words of totality or of fighting, and nothing else, before a noun of sides ("the
    warring parties", "both sides in Syria", not "members of both parties"), or "all" or
    "every" before states ("all states", not "both states"); such a party takes no country
    from its context."""
    words = _WORD.findall(text.split(",")[0].lower())
    for i, w in enumerate(words):
        before = set(words[:i])
        if w in _STATE_FORMS:
            return before <= _EVERY_STATE | _NEUTRAL | {"the"} and bool(before & _EVERY_STATE)
        if w in _SIDE_FORMS:
            if not before <= _EVERY_SIDE | _FIGHTING_WORDS | _NEUTRAL | {"the", "two"}:
                return False
            return bool(before & (_EVERY_SIDE | _FIGHTING_WORDS)) or {"the", "two"} <= before
    return False


def collective_actor(countries: Mapping[str, str], core: Span, toks: Span, base: int
                     ) -> Actor:
    """The collective named by ``toks`` (``core``: who it is), of the country a place in its
    own words names, else of none; every state is of the states' governments' sector."""
    states = core.root.lemma_.lower() in _STATES
    return Actor(text=toks.text, name=None, country=attached_country(countries, core.root),
                 sector="GOV" if states else None, parent=None, char_start=base + toks.start_char,
                 char_end=base + toks.end_char)
