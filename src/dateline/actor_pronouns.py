"""Members of a body named by a possessive pronoun: "its leaders", "their fighters" after
"Islamic State" are Islamic State's leaders and fighters, read as the words "Islamic State's
leaders" are (the body's name with the members' noun, its country and sector, the body as
parent). Only where it is safe: the pronoun stands for an organisation the actor dictionary
names (not a state: "its citizens" are no part of a government), and the noun names members or
those who speak for a body (``group_member_nouns``, ``speaks_for_nouns``), not others it deals
with ("its allies", "their captives"). A part of the members named by a quantity ("26 of its 36
members", "most of its leaders") acts for the body as the members do."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .actor_generic_groups import group_meant
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .coref import Antecedents
    from .records import Actor

__all__ = ["group_or_members", "pronoun_left", "unnamed", "unresolved_pronoun",
           "unresolved_they"]

#: Nouns of a body's members and of those who speak for it.
_MEMBERS = word_class("group_member_nouns") | word_class("speaks_for_nouns")
#: Possessive pronouns that may stand for a body.
_BODY_OWNERS = frozenset({"its", "their"})
#: Plural personal pronouns of a doer.
_THEY = frozenset({"they"})
#: Personal pronouns of the third person that may stand for a doer named before.
_THIRD = frozenset({"he", "she", "it", "they"})
#: Sectors of a state's own bodies, whose "members" are the state's people, not its organs.
_STATE = frozenset({"GOV"})


def group_or_members(core: Span, antecedents: Antecedents
                     ) -> tuple[str, str | None, str | None, str | None] | None:
    """(name, country, sector, parent) of ``core`` (an actor's words) as the armed group a
    generic noun for fighters stands for (:func:`dateline.actor_generic_groups.group_meant`),
    else as members of the organisation its possessive pronoun stands for, else ``None``."""
    return group_meant(core, antecedents) or _members(core, antecedents)


def _members(core: Span, antecedents: Antecedents
             ) -> tuple[str, str | None, str | None, str | None] | None:
    root = _part_of(core.root)
    if root.pos_ != "NOUN" or not (root.lemma_.lower() in _MEMBERS or root.lower_ in _MEMBERS):
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in _BODY_OWNERS or owner.i < core.start:
        return None
    body = antecedents.pronoun(owner.i, owner.lower_)
    if body is None or body.name is None or body.sector in _STATE or \
            body.name.lower() not in load_dictionary().organisation_names:
        return None
    return f"{body.name} {root.lower_}", body.country, body.sector, body.name


#: Words of a quantity that name a part of a group ("most of its members").
_PART_WORDS = frozenset({"most", "many", "some", "several", "half", "all", "majority", "few",
                         "dozens", "scores", "hundreds"})


def _part_of(root: Token) -> Token:
    """The members' noun a quantity names part of ("26 of its 36 members": members), else
    ``root``."""
    if root.pos_ != "NUM" and root.lower_ not in _PART_WORDS:
        return root
    return next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), root)


def unresolved_they(actor: Actor | None) -> bool:
    """Whether an actor is the bare words "they" that resolved to no one: no name, country,
    sector nor antecedent."""
    return unresolved_pronoun(actor) and actor is not None and actor.text.lower() in _THEY


def unresolved_pronoun(actor: Actor | None) -> bool:
    """Whether an actor is a bare pronoun of the third person ("he", "she", "it", "they")
    that resolved to no one: no name, country, sector nor antecedent."""
    return actor is not None and actor.text.lower() in _THIRD and not (
        actor.name or actor.country or actor.sector or actor.antecedent)


def unnamed(actor: Actor) -> Actor:
    """An unresolved pronoun ("they", "she", "it") as an empty doer: no words, name, country
    nor sector of its own (the pronoun names no one), its offsets still the pronoun's, so the
    event shows where the text gives its doer only as a pronoun found for no one. It stays a
    doer, so no unidentified armed group of the place is put in its stead ("They stormed the
    Houses of Parliament" was not done by gunmen)."""
    return replace(actor, text="")


def pronoun_left(actor: Actor) -> bool:
    """Whether an actor is a pronoun found for no one, as :func:`unnamed` leaves it: no words,
    name, country, sector nor antecedent, and the pronoun's offsets."""
    return not (actor.text or actor.name or actor.country or actor.sector or
                actor.antecedent) and actor.char_start is not None
