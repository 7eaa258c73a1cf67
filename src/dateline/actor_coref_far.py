"""A person "he" or "she" stands for a few sentences back, when the sentence before names no
one it could stand for: the one person of that gender the few sentences before name ("The
crown prince, Mohammed bin Salman, arrived in Paris. The visit had been planned for months.
He met the president."). Only where it is safe: one person of the pronoun's gender, and no
person of unknown gender, and no other person's name, in those sentences. A person named by part
of a name the document gives in full ("Anna" after "Anna Campbell") is that person, named there;
an actor that stands for another (a description resolved to an earlier party) is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coref_binding import named_as
from .sentences import sentence_bounds, sentence_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .coref import Antecedents
    from .records import Actor

__all__ = ["person_further_back"]

#: The gender a pronoun of one person asks for.
_GENDER = {"he": "m", "she": "f"}
#: How many sentences before the one before the pronoun's a person may be named in.
_FURTHER = 3


def person_further_back(antecedents: Antecedents, doc: Doc, at: int, word: str,
                        not_in: range = range(0),
                        not_named: tuple[frozenset[str], ...] = ()) -> Actor | None:
    """The one person of the gender of the pronoun ``word`` at token ``at`` named in the few
    sentences before the one before its own, or ``None`` when there is none or more than one
    (or one of no known gender); who speaks the quotation the pronoun is in (the words of
    their names, ``not_named``) is none of them, and their names are not counted."""
    gender = _GENDER.get(word)
    start = sentence_bounds(doc, at)[0]
    if gender is None or start == 0:
        return None
    before = sentence_bounds(doc, start - 1)[0]
    window = before
    for _ in range(_FURTHER):
        if window == 0:
            break
        window = sentence_bounds(doc, window - 1)[0]
        antecedents.add_names(sentence_bounds(doc, window)[1] - 1)  # names no event made
    people = [s for s in antecedents.seen if window <= s.at < before and s.kind == "person"
              and s.at not in not_in and _named_itself(s.actor)
              and not named_as(s.actor, not_named)]
    named = {frozenset(e.text.lower().split()) for e in sentence_ents(doc, window, before)
             if e.label_ == "PERSON" and not any(
                 n and n <= frozenset(e.text.lower().split()) for n in not_named)}
    named = {n for n in named if not any(n < other for other in named)}  # "Anna": "Anna Weber"
    if len(named) > 1 or any(s.gender is None for s in people):
        return None  # "John Smith and Ahmed Khan arrived ...": which one is unsaid
    names = {s.actor.name or s.actor.text for s in people if s.gender == gender}
    if len(names) != 1:
        return None
    return next(s.actor for s in reversed(people) if s.gender == gender)


def _named_itself(actor: Actor) -> bool:
    """Whether an actor is named by its own words: by none that stand for another, or by part
    of the full name its antecedent is ("Anna" of "Anna Campbell")."""
    said = actor.text.lower().split()
    return actor.antecedent is None or bool(said) and \
        set(said) <= set(actor.antecedent.lower().split())
