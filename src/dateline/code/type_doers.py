"""Event types that only some kinds of doer can carry out.

An arrest is an act of state power (PLOVER COERCE arrest; CAMEO 173): the police, the courts,
the army, or armed groups whose seizures the ACLED table reads as abductions. A reporter, a
charity or a company that "tracks down", "catches" or "holds" someone finds or keeps them but
arrests no one, so such a reading is no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import replace

from .acled import load_rules

if TYPE_CHECKING:
    from ..records import Actor
    from .mention import Mention

__all__ = ["arrest_without_power", "mobilized_by", "taken_captive"]

#: sectors whose members act by their trade, without force: media, journalists, schools,
#: business, health workers, NGOs (crowds, communities and parties are left to other rules)
_POWERLESS = frozenset({"MED", "JRN", "EDU", "BUS", "HLH", "NGO"})


def arrest_without_power(m: Mention, source: Actor | None) -> bool:
    """Whether ``m`` reads as an arrest by a doer who has no power to arrest."""
    return m.sense.mode == "arrest" and source is not None and source.sector in _POWERLESS


#: the PLOVER modes of forces put on alert or deployed, by who the forces are (CAMEO 151-154)
_FORCE_MODES = frozenset({"police", "troops", "militia"})
_MODE_OF_SECTOR = {"COP": "police", "MIL": "troops", "REB": "militia", "INS": "militia",
                   "SEP": "militia", "UAF": "militia", "IMG": "militia"}


def mobilized_by(event_type: str, mode: str | None, source: Actor | None) -> str | None:
    """The mode of a mobilisation by the forces that move: troops for an army ("jets circled
    the town", "troops patrolled the border"), police for the police, militia for armed groups;
    the trigger's own mode when the doer tells nothing."""
    if event_type != "MOBILIZE" or mode not in _FORCE_MODES or source is None:
        return mode
    return _MODE_OF_SECTOR.get(source.sector or "", mode)


_ABDUCTION = "Abduction/forced disappearance"
#: The CAMEO root of an abduction (181, under 18: assault).
_ABDUCTION_ROOT = "18"


def _abduction_mode(mode: str | None) -> str | None:
    """The mode the ACLED table (``data/acled/subtypes.tsv``) gives a seizure it reads as an
    abduction ("abduct"); ``mode`` where it gives none."""
    return next((r.mode_out for r in load_rules().of_type("COERCE")
                 if r.sub_event_type == _ABDUCTION and r.mode_out), mode)


def taken_captive(m: Mention, mode: str | None, acled_sub: str | None
                  ) -> tuple[Mention, str | None]:
    """People seized by those with no power to arrest (rebels, militias, gunmen), which the
    ACLED table reads as an abduction, are abducted: PLOVER ASSAULT, the table's mode for it
    (abduct; CAMEO 181; the manual: "combatants captured during conflict" are abducted, not
    arrested)."""
    if acled_sub != _ABDUCTION or m.sense.event_type != "COERCE":
        return m, mode
    sense = replace(m.sense, event_type="ASSAULT", cameo_root=_ABDUCTION_ROOT)
    return replace(m, sense=sense), _abduction_mode(mode)
