"""Those who lead, speak or serve for an armed group named by its possessor are of the group.

"The group's commanders", "its spokesman", "the militants' intelligence chief": when the
possessor stands for an armed group of no state (Islamic State named before, "the group" of a
report about it), the people the phrase names are the group's members, of its kind and country,
as "Isis commanders" are. Read by the noun alone, "commander" is a state's army, "chief" its
government and "intelligence chief" its intelligence service; an armed group has none of those.
Not a past office ("the group's former commander"), not a thing of the group ("its convoy"), and
not those who deal with it from outside ("its allies", "its victims"): only nouns of members,
of those who speak for a body, and of offices a state would hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_former import FORMER
from .actor_person_members import STATELESS_GROUPS, group_office_noun
from .code.phrases import thing
from .sectors import STATE_FAMILY
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from .actor_dictionary import ActorDictionary
    from .coref import Antecedents
    from .records import Actor

__all__ = ["group_office"]

Described = tuple[str | None, str | None, str | None, str | None]
#: Nouns of a body's members and of those who speak for it.
_MEMBERS = word_class("member_nouns") | word_class("speaks_for_nouns")
#: Possessive pronouns that may stand for a body ("its commanders", "their leaders").
_BODY_PRONOUNS = frozenset({"its", "their"})


def group_office(d: ActorDictionary, core: Span, described: Described, antecedents: Antecedents,
                 owner_of: Callable[[Token], Actor | None]) -> Described | None:
    """(name, country, sector, parent) of ``core`` (an actor's words, which alone say
    ``described``) as the members of the armed group its possessor stands for: a pronoun as
    ``antecedents`` resolve it, other words as ``owner_of`` (the possessor's token → its actor)
    does; ``None`` when the possessor is no such group or the head is no member's or office's
    noun; ``d`` tells a named organisation from a kind. Members of a named group are named
    for it ("Islamic State commanders"); those of a group known only by its kind ("the
    militants' leader") are that group."""
    root = core.root
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None or owner.i < core.start or root.pos_ != "NOUN" or root.ent_type_:
        return None
    lemma = root.lemma_.lower()
    member = lemma in _MEMBERS or root.lower_ in _MEMBERS
    if not (member or described[2] in STATE_FAMILY) or thing(root) or \
            any(t.lower_ in FORMER for t in core if t.i < root.i):
        return None
    group = antecedents.pronoun(owner.i, owner.lower_) if owner.lower_ in _BODY_PRONOUNS \
        else owner_of(owner)
    if group is None or group.sector not in STATELESS_GROUPS or group.name is None or \
            not (member or group_office_noun(root, described[2], group.name)):
        return None
    body = group.parent or (group.name if group.name.lower() in d.organisation_names else None)
    if body is None:
        return group.name, group.country, group.sector, group.parent
    noun = " ".join(t.lower_ for t in core.doc[owner.i + 1:root.i + 1] if t.tag_ != "POS")
    own = any(t.ent_type_ in ("NORP", "GPE") for t in core.doc[owner.i + 1:root.i])  # "British"
    return f"{body} {noun}", own and described[1] or group.country, group.sector, body
