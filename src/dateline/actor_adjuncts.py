"""The doer of a gerund after a preposition, hung from a passive clause: its subject.

In plain grammar a gerund clause with no subject of its own that tells when, why or how the
main clause's event came about ("after surrendering", "before fleeing", "for protesting") has
the main clause's subject as its own: "she was found after surrendering to Kurdish forces"
(she surrendered), "he was jailed for protesting" (he protested). The parse rules give such a
clause the subject of an active main verb already; for a passive main verb its subject is the
one the passive is about (the ``nsubjpass``), not its agent ("he was detained by police after
fleeing": he fled). "By" is left out: "by storming the walls" tells how the passive's event
was done, by its agent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.roles import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["passive_adjunct_subject"]

#: Prepositions of a gerund telling when or why, whose subject is the main clause's.
_ADJUNCT_PREPS = frozenset({"after", "before", "while", "for", "since", "upon", "on",
                            "without", "despite"})
#: Dependencies of a subject of the gerund's own.
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def passive_adjunct_subject(verb: Token) -> Token | None:
    """The subject of the passive clause a gerund ``verb`` hangs from through a preposition of
    time or cause ("Begum was found after surrendering" → "Begum"); ``None`` otherwise."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.dep_ != "prep" or \
            prep.lower_ not in _ADJUNCT_PREPS or is_passive(verb) or \
            any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        return None
    main = prep.head
    if main.pos_ != "VERB" or not is_passive(main):
        return None
    return next((c for c in main.children if c.dep_ == "nsubjpass"), None)
