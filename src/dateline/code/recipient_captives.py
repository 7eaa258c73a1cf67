"""Who is taken hostage is the party, not the word "hostage".

The recipient of an act is the party it is done to. "Took the mayor hostage", "a journalist
taken hostage by the militants", "held two aid workers prisoner": the word "hostage" (or
"prisoner", "captive") says what the party is made, not who; the parse often makes it the
verb's object, with the party as a word before it ("the mayor hostage") or as the noun the
participle describes ("a journalist taken hostage"). The recipient is then that party's words.
A counted or determined noun ("took 20 hostages", "freed the prisoners") names the captives
themselves and stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .phrases import np_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["captives"]

#: Words of what a captive is made ("taken hostage", "held prisoner").
_CAPTIVE = frozenset({"hostage", "prisoner", "captive"})
#: Verbs of taking or keeping someone captive.
_TAKING = frozenset({"take", "hold", "keep", "seize"})
#: Links of a word that makes a noun a phrase of its own ("the hostages", "20 hostages").
_DETERMINED = frozenset({"det", "nummod", "poss", "amod", "quantmod"})


def _as_captive(word: Token, verb: Token) -> bool:
    """Whether ``word`` is a word of captivity in the object of a verb of taking."""
    return word.lemma_.lower() in _CAPTIVE and word.head.i == verb.i and \
        word.dep_ in ("dobj", "obj", "oprd") and verb.lemma_.lower() in _TAKING


def _party(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The words of the party the mention's recipient word "hostage" stands for, or ``None``
    when it is no such word or no party is named beside it."""
    if m.target is None:
        return None
    word, verb = doc[m.target[0]:m.target[1]].root, doc[m.trigger]
    if not _as_captive(word, verb):
        return None
    # "took the mayor hostage", "took three aid workers hostage": the words before the word,
    # which the idiom keeps singular; a plural or possessed one is the noun of the captives
    # itself ("took two UN hostages", "their UN hostages") and stays whole
    if m.target[0] < word.i and any(c.dep_ == "compound" for c in word.children) and \
            word.tag_ != "NNS" and not any(c.dep_ == "poss" for c in word.children):
        return m.target[0], word.i
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in _DETERMINED for c in word.children):
        return np_span(verb.head, with_conj=False)  # "a journalist taken hostage"
    return None


def captives(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a recipient that is the word "hostage" (or "prisoner", "captive")
    replaced by the party taken."""
    out = []
    for m in mentions:
        party = _party(doc, m)
        out.append(m if party is None or m.source is not None and
                   m.source[0] <= party[0] < m.source[1] else replace(m, target=party))
    return out
