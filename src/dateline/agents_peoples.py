"""A state's people named as the doer of an act of war stands for the state's forces: "the
Turks bombed a YPJ position", "the Russians shelled the town" (a people's plural name alone, of
a country's own people: not "the Kurds", a people of no state of its own, whose forces are not
one state's). Only acts that armies do (air strikes, shelling, taking ground): people of a
state throw stones and riot too.

So does a state named by its name or its people's adjective alone as the owner of the weapons
of an air strike, a drone strike or shelling ("a Turkish missile struck the convoy", "Russian
airstrikes", "Turkey launched an air offensive", "government airstrikes"): only a state's armed
forces wield them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .actor_peoples import stateless_people

if TYPE_CHECKING:
    from .code.mention import Mention
    from .records import Actor

__all__ = ["people_at_war", "state_military"]

#: The acts (type, mode) that only an army carries out: air and drone strikes, shelling, and
#: taking ground, which is an ASSAULT or a COERCE seizure ("the Turks seized the village").
_WAR_ACTS = frozenset({("ASSAULT", "aerial"), ("ASSAULT", "drone"), ("ASSAULT", "heavy-weapons"),
                       ("ASSAULT", "seize"), ("COERCE", "seize")})


def people_at_war(source: Actor | None, m: Mention) -> Actor | None:
    """``source`` as its state's military when it is a state's people named as the doer of
    an act of war (see the module), as its civilians when "the <people>" read as their state
    do what people do (see :func:`_people_act`), else ``source`` unchanged."""
    source = _state_armed(_people_act(source, m), m)
    if source is None or (m.sense.event_type, m.sense.mode) not in _WAR_ACTS or \
            source.sector not in ("CVL", "GOV") or source.country in (None, "IGO") or \
            source.antecedent:  # (GOV: "the Russians" read as their state)
        return source
    words = source.text.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    d = load_dictionary()
    if len(words) != 1 or words[0] not in d.peoples or stateless_people(words):
        return source
    return replace(source, sector="MIL",
                   name=f"{d.country_names.get(source.country, source.country)} military")


def _people_act(source: Actor | None, m: Mention) -> Actor | None:
    """``source`` as its state's civilians when it is "the <people>" read as their state
    ("the Russians" refused, an envoy pleaded with them) but does what people do, not states:
    protests, and attacks that are no act of war ("the Iranians protested", "the Russians beat
    Spain"); else ``source`` unchanged."""
    if source is None or source.sector != "GOV" or source.country in (None, "IGO") or \
            source.antecedent or not (m.sense.event_type == "PROTEST" or (
                m.sense.event_type == "ASSAULT"
                and (m.sense.event_type, m.sense.mode) not in _WAR_ACTS)):
        return source
    words = source.text.lower().split()
    d = load_dictionary()
    state = d.country_names.get(source.country, source.country)
    if len(words) != 2 or words[0] != "the" or words[1] not in d.peoples or \
            stateless_people(words[1:]) or source.name != state:
        return source
    return replace(source, sector="CVL", name=f"{state} civilians")


#: The assaults by weapons that only armed forces wield (their owner's forces did them).
_ARMED_MEANS = frozenset({"aerial", "drone", "heavy-weapons"})


def _state_armed(source: Actor | None, m: Mention) -> Actor | None:
    """``source`` as its state's military when it is the state by its bare name (its name or
    its people's adjective: "Turkish", "Turkey") or its government doing an assault by the
    weapons of armed forces; else ``source`` unchanged."""
    if source is None or m.sense.event_type != "ASSAULT" or m.sense.mode not in _ARMED_MEANS \
            or source.antecedent:  # ("it shelled": the state its antecedent names, as named)
        return source
    return state_military(source)


def state_military(source: Actor) -> Actor:
    """``source`` as its state's military when it is a state by its bare name or its
    government; else unchanged (a person, an office, a body: "Erdogan", "the court")."""
    if source.sector not in (None, "GOV") or source.country == "IGO":
        return source
    if source.country is None:  # "government airstrikes", its country found later
        return replace(source, sector="MIL", name="military") \
            if source.sector == "GOV" and source.name == "government" else source
    state = load_dictionary().country_names.get(source.country, source.country)
    if source.name not in (None, state, f"{state} government"):
        return source  # a person, an office or a body of the state ("Erdogan", "the court")
    return replace(source, sector="MIL", name=f"{state} military")
