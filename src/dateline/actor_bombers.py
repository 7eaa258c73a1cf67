"""A bomber who is a person ("a bomber blew himself up", "the Manchester bomber"), not a
military aircraft ("Russian bombers", "a B-52 bomber", "a stealth bomber").

The agents table reads "bomber" as an aircraft of the armed forces, which is what the plural and
a bomber of a nation's or a type's name most often are in the news. One bomber that no demonym,
number or aircraft's word describes is the person who set off a bomb, as one is whom the sentence
speaks of as "himself" or "herself": an armed person the text does not identify.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bomber_sector"]

#: The sector of an armed person no one identifies.
_PERSON = "UAF"
#: Words before "bomber" that make it an aircraft.
_CRAFT_WORDS = frozenset({"stealth", "strategic", "heavy", "nuclear", "fighter", "jet",
                          "long-range", "supersonic", "jets", "plane", "planes", "air", "force"})
#: Words by which a sentence speaks of a bomber as a person.
_SELF = frozenset({"himself", "herself"})


def bomber_sector(tok: Token, sector: str | None) -> str | None:
    """``sector``, the agents table's for ``tok``, unless ``tok`` is one bomber that is a
    person: then an unidentified armed person's."""
    if tok.lower_ != "bomber":
        return sector
    if any(t.lower_ in _SELF and t.head == tok.head and tok.dep_ in ("nsubj", "nsubjpass")
           for t in tok.sent):
        return _PERSON  # "a bomber blew himself up": the bomber's own verb
    if any(t.lower_ in _CRAFT_WORDS or t.ent_type_ in ("NORP", "GPE", "PRODUCT") or t.like_num
           or any(c.isdigit() for c in t.text) for t in tok.subtree if t.i < tok.i):
        return sector  # "a Russian bomber", "a B-52 bomber"
    return _PERSON
