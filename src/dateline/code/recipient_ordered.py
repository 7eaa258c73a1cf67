"""Who is ordered to carry out an act the order names by a noun: the party carrying it out.

The recipient of an order (CAMEO 10, PLOVER REQUEST) is the party ordered to act. When what is
ordered is named as an act ("an investigation ordered by the prosecutor", "the repairs the
mayor ordered"), the sentence tells who was ordered by saying who carries that act out: the
subject of the verb whose object is the act ("detectives, who opened an investigation ordered
by the prosecutor"; "engineers carried out the repairs ordered by the mayor"). A relative
pronoun as that subject stands for the noun its clause hangs on. The doer of the order itself
is no recipient. (An operation of force so ordered, "an offensive ordered by the general", is
coded as the operation by the one who ordered it, and no order is left to take a recipient.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import np_span, thing
from .words import RELATIVE_PRONOUNS, person_word, relative_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["ordered_party"]

#: Verbs of ordering an act.
_ORDERING = frozenset({"order", "command"})
#: Links of the act noun to the verb of carrying it out: its object.
_OBJECTS = frozenset({"dobj", "obj"})
#: Links of the subject of that verb.
_SUBJECTS = frozenset({"nsubj"})
#: The most words of an aside between a person word and the "who" of its clause.
_ASIDE = 6


def _party_word(tok: Token) -> bool:
    return person_word(tok) or tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")


def _before_aside(verb: Token, head: Token) -> Token | None:
    """The person word "who" speaks of past an aside set off by commas between them ("the
    detectives, about a dozen of them, who opened ..."), where the parse hung the clause on
    another word."""
    doc = verb.doc
    who = next((c for c in verb.children if c.lower_ == "who"), None)
    if who is None or who.i < 2 or doc[who.i - 1].text != ",":
        return None
    comma = next((k for k in range(who.i - 2, max(verb.sent.start, who.i - _ASIDE) - 1, -1)
                  if doc[k].text == ","), None)
    if comma is None or comma == verb.sent.start:
        return None
    near = doc[comma - 1]
    return near if near.i > head.i and _party_word(near) else None


def _carrier(verb: Token) -> Token | None:
    """The subject of the verb ``verb`` (past a relative pronoun to its noun), or ``None``."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return None
    if subj.lower_ in RELATIVE_PRONOUNS:
        if verb.dep_ != "relcl" and subj.lower_ not in ("who", "which"):
            return None  # "who" opens a relative clause however the parse hung it
        head = relative_antecedent(verb, frozenset())
        found = head if _party_word(head) else _before_aside(verb, head)
        if found is None:
            return None
        subj = found
    return None if subj.pos_ not in ("NOUN", "PROPN") or thing(subj) else subj


def ordered_party(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The words of the party ordered to carry out the act the order of ``m`` names by a noun
    (see the module), or ``None``."""
    if m.sense.event_type != "REQUEST":
        return None
    order = doc[m.trigger]
    if order.lemma_.lower() not in _ORDERING or order.dep_ not in ("acl", "relcl"):
        return None
    act = order.head  # "an investigation ordered by the prosecutor"
    if act.pos_ != "NOUN" or act.dep_ not in _OBJECTS or act.head.pos_ != "VERB":
        return None
    party = _carrier(act.head)
    if party is None:
        return None
    words = np_span(party, with_conj=False)
    if m.source is not None and m.source[0] < words[1] and words[0] < m.source[1]:
        return None
    return words
