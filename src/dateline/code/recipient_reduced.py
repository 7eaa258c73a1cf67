"""A relative clause with no "that" the parse reads as a clause with two subjects.

"Kurds it had backed to oust Isis would form a force", "the groups they armed were routed": the
parse gives the verb of the clause both the noun and the pronoun right after it as subjects;
the pronoun is the clause's subject (who backed, who armed) and the noun is whom the clause
describes, the verb's object (whom they backed or armed), as "Kurds that it had backed" reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import children, tags

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reduced_object", "reduced_subject"]

#: Pronouns that can be the subject of a relative clause with no "that".
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
#: What a verb with an object of its own has.
_OBJECTS = frozenset({"dobj", "obj"})


def _pair(verb: Token) -> tuple[Token, Token] | None:
    """(the pronoun subject, the noun described) of ``verb`` when it has exactly two subjects,
    a noun and a subject pronoun right after the noun's phrase, and no object of its own."""
    below, deps = children(verb.doc)[verb.i], tags(verb.doc).deps  # a Token for the two only
    subjects = [c for c in below if deps[c] == "nsubj"]
    if len(subjects) != 2 or any(deps[c] in _OBJECTS for c in below):
        return None
    noun, pronoun = verb.doc[subjects[0]], verb.doc[subjects[1]]
    if noun.pos_ not in ("NOUN", "PROPN") or pronoun.lower_ not in _SUBJECT_PRONOUNS or \
            pronoun.i != noun.right_edge.i + 1 or pronoun.i > verb.i:
        return None
    return pronoun, noun


def reduced_subject(verb: Token) -> Token | None:
    """The pronoun that is the subject of a relative clause with no "that" the parse read as
    a second subject ("Kurds it had backed": it); ``None`` otherwise."""
    pair = _pair(verb)
    return None if pair is None else pair[0]


def reduced_object(verb: Token) -> Token | None:
    """The noun such a clause describes, its verb's object ("Kurds it had backed": the
    Kurds); ``None`` otherwise."""
    pair = _pair(verb)
    return None if pair is None else pair[1]
