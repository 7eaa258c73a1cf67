"""A member of a named armed group takes the group's kind: "a British Isis member", "the
American Isis fighter", "two Hamas militants" are of the group's sector (PLOVER and CAMEO code
a member with the group's code; ACLED names the group as the actor), whatever kind the member's
noun alone would give ("member" says no kind, "fighter" an unidentified armed one). The
person's own country, said by a demonym before the name, is kept by the caller.

A party's member is of its kind only by a noun of no arms ("a Labour member", "a Labour
volunteer"): "two Fatah militants", "a Fatah gunman" are armed men, whatever party they
are of, and keep the kind their noun gives. A "former" or "ex-" member ("a former Isis
fighter") is of the group no more.

An armed group of no state has no state's offices: its "emir", "governor", "judge", "police" or
"intelligence officers" are the group's own, of its kind, not a government's, court's or
police force's ("an Isis judge" is no state's judiciary). Only the offices a word class lists:
not its bodies of government ("the Isis ministry") nor those who deal with it from outside ("an
Isis lawyer"). A group that holds a state's role (one that governs a territory or sits in a
cabinet) keeps its offices' state kinds ("Taliban police", "a Hezbollah minister"), as a party
does. A group named as the doer of what befell the person is not theirs ("an Isis-targeted
Iraqi judge")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.phrases import thing
from .sectors import STATE_FAMILY, family_sectors
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["group_office_noun", "member_sector", "STATELESS_GROUPS"]

#: Nouns of a person who belongs to a group and acts in its name.
_MEMBER_NOUNS = word_class("member_nouns")
#: Kinds of group whose members are of the group's kind: armed groups of no state, and
#: political parties ("a Labour member"). Not an opposition body's: one may sit in exile, and
#: words of its kind are placed in the country's capital.
_GROUP_SECTORS = (family_sectors("armed") - {"PRM"}) | frozenset({"PTY"})
#: Kinds of group of no arms, and the nouns of their members that say no arms either.
_UNARMED_GROUPS = frozenset({"PTY"})
_UNARMED = frozenset({"member", "volunteer"})
#: Kinds of group that hold no state's offices: an office named under their name is theirs.
STATELESS_GROUPS = _GROUP_SECTORS - _UNARMED_GROUPS
#: Offices such a group holds as its own, and groups that hold a state's role.
_OFFICES = word_class("armed_group_offices")
_GOVERNING = word_class("governing_armed_groups")
#: Tags of a participle, which between a group's name and the head makes the group its doer.
_PARTICIPLES = frozenset({"VBN", "VBD"})
#: Words that make a membership a past one ("a former Isis fighter", "an ex-Isis fighter").
_PAST = frozenset({"former", "ex", "ex-"})


def group_office_noun(root: Token, sector: str | None, group_name: str | None) -> bool:
    """Whether ``root`` (whose words alone say ``sector``) names an office an armed group of no
    state's role (``group_name``) holds as its own: "emir", "judge", "police"."""
    governing = bool(group_name) and group_name.lower().split()[0] in _GOVERNING
    return sector in STATE_FAMILY and not governing and not thing(root) and \
        (root.lemma_.lower() in _OFFICES or root.lower_ in _OFFICES)


def member_sector(group_sector: str | None, root: Token, last: Token,
                  sector: str | None, group_name: str | None = None) -> str | None:
    """The sector of a phrase (its head ``root``, its last word ``last``) whose last word
    follows a group's name of sector ``group_sector``: the group's when that word heads the
    phrase and names the group's member ("member", "fighter", "bomber") or, for an armed group,
    an office or body a state would hold ("emir", "judge", "police": ``sector`` of the state's
    family; not a thing of theirs, "an Isis convoy");
    ``sector`` (what the noun alone says) otherwise, as for "the wife of a YPG fighter", whose
    head is "wife", and for "an Isis-targeted judge", whom the group's act befell."""
    noun = root.lemma_.lower()
    if group_sector in STATELESS_GROUPS and root.i < last.i and noun in _MEMBER_NOUNS and \
            group_office_noun(last, sector, group_name):
        last = root  # "members of the Isis police": members of the group's own body
    before = root.doc[root.left_edge.i:root.i]
    if group_sector not in _GROUP_SECTORS or last != root or any(
            t.lower_ in _PAST or t.tag_ in _PARTICIPLES and t.i and t.nbor(-1).text == "-"
            for t in before):
        return sector
    if noun in _MEMBER_NOUNS and not (group_sector in _UNARMED_GROUPS and noun not in _UNARMED):
        return group_sector
    if group_sector in STATELESS_GROUPS and group_office_noun(root, sector, group_name):
        return group_sector  # "an Isis emir", "Isis police": the group's offices, not a state's
    return sector
