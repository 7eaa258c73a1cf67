"""The doer of an act done by a weapon or a strike: the party named as the weapon's owner.

"Regime barrel bombs hit a hospital", "rebel rockets struck the market", "the army's shells
fell on the town": the words in the doer's place name an act or a weapon, which is how a
party acts, not who acts (``actor_things.is_act``); the one who acts is the party the
weapon's own phrase names as its owner: its possessor, or a word before it that names a
party (a body, a force, a state), itself or through another modifier ("regime barrel
bombs"); a town's or a region's name says where it was done, not who did it ("the Manchester
bombing"). Only assaults: the word before another act's noun may name those it moves or is
done to ("the troop withdrawal"), and civilians named before an assault are its victims
("civilian killings"), never its owners. A state or its
government owning the weapons of armed forces acts through its armed forces: the doer is its
military. With no owner named the act keeps no doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .actor_things import is_act
from .agents_peoples import state_military
from .sectors import family_sectors
from .tokens import span_root

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from .code.mention import Mention
    from .records import Actor

__all__ = ["weapon_owner"]

#: Sectors of those an assault's modifier names as its victims ("civilian killings").
_VICTIMS = family_sectors("civilian")
#: How an owner may be said before the weapon.
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def weapon_owner(doc: Doc, m: Mention,
                 resolve: Callable[[tuple[int, int]], Actor | None]) -> Actor | None:
    """The owner of the weapon or strike that does ``m`` (its trigger, when a noun, or the
    words in its doer's place), resolved by ``resolve``; ``None`` when no weapon does it or
    its phrase names no party."""
    weapon = _weapon(doc, m) if m.sense.event_type == "ASSAULT" else None
    if weapon is None:
        return None
    for c in weapon.subtree:  # "Regime barrel bombs": the owner may modify a modifier
        if c.i >= weapon.i:
            break
        if c.dep_ not in _OWNER_DEPS or c.pos_ not in ("NOUN", "PROPN") or is_act(c) or \
                m.target is not None and m.target[0] <= c.i < m.target[1]:
            continue  # (not whom the act befalls: "the governor's assassination")
        owner = resolve((c.left_edge.i, c.i + 1) if c.dep_ == "poss" else (c.i, c.i + 1))
        if owner is None or owner.sector in _VICTIMS or owner.sector == "UNK" or \
                owner.sector is None and (not owner.country or _town(owner)):
            continue
        return state_military(owner)
    return None


def _weapon(doc: Doc, m: Mention) -> Token | None:
    """The weapon or strike that does ``m``: its noun trigger, or the act noun the parse put
    in the doer's place ("airstrikes hit the town")."""
    trig = doc[m.trigger]
    if trig.pos_ == "NOUN" and is_act(trig):
        return trig
    if m.source is not None:
        root = span_root(doc, *m.source)
        if is_act(root):
            return root
    return None


def _town(owner: Actor) -> bool:
    """Whether an owner of no sector is only a place's name, of a town or a region (not a
    country, its people or its capital, which stand for its state, nor a party named before):
    "the Manchester bombing" was done there, not by its state."""
    return not owner.antecedent and owner.text.lower().removeprefix("the ") not in \
        load_dictionary().countries
