"""The country of a person's own people: "Harwood's family", "the family of Jane Harwood",
"Begum's lawyer" are of the country the document gives the person they belong to.

A party whose phrase names a person as its possessor, or in an "of" phrase, is that person's
(their family, their lawyer, their spokesman), and so is of the person's country when the
document says which it is: the dictionary's, or the one the text says of them ("Jane Harwood, a
British nurse"). Not a country the person only takes from the report's context, which says no
more of the party than of anyone; not their allies, rivals or enemies, who are of other sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_kin import person_nationality
from .coref_kin import blood_relative
from .full_names import entity_of, name_words
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from .records import Actor

# (blood_relative: whose country a relative owned is of)
__all__ = ["blood_relative", "owner_country", "person_country"]

#: Nouns of parties that belong to no side of the one named with them ("Assad's allies").
_OTHER_SIDES = word_class("ally_nouns") | word_class("relation_nouns")
#: How a person's country was found when it says nothing of whose the person is.
_CONTEXT = frozenset({"document focus", "sentence focus", "event place", "place held",
                      "place struck"})


def owner_country(root: Token, resolve: Callable[[Token], Actor | None]) -> str | None:
    """The country of the person named as the possessor of ``root`` or in an "of" phrase on
    it, as ``resolve`` (a person's name token → its actor) gives it (:func:`person_country`);
    ``None`` when no person is named there or the document says no country of theirs. Only
    here, where the owner is named by the phrase itself: allies, rivals and enemies of the
    person are of other sides, so they take none."""
    if root.lemma_.lower() in _OTHER_SIDES or root.lower_ in _OTHER_SIDES:
        return None
    person = _owner(root)
    if person is None:
        return None
    return person_country(resolve(person), person)


def person_country(actor: Actor | None, person: Token | None) -> str | None:
    """The country of a person's own people, for every owner however named (by name here,
    by a possessive pronoun in :meth:`dateline.actor_coref.Coreference.owner_country_meant`):
    the person's ``actor``'s country when it is the person's own (not the report's context,
    not an organisation's "IGO"), else, when the person's name token ``person`` is known, the
    one the document says the person is of anywhere (:func:`dateline.actor_kin.
    person_nationality`)."""
    if actor is not None and actor.country not in (None, "IGO") and \
            actor.country_from not in _CONTEXT:
        return actor.country
    if person is None:
        return None
    return person_nationality(person.doc, name_words(entity_of(person)))


def _owner(root: Token) -> Token | None:
    owners = [c for c in root.children if c.dep_ == "poss"]
    owners += [o for p in root.rights if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return next((o for o in owners if o.ent_type_ == "PERSON" and o.pos_ == "PROPN"), None)
