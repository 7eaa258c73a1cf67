"""An act done to someone whose sentence names no recipient takes the one the story named for
the same act, or, for a surrender, the one side that used force just before (table-driven, on
short articles written for the project)."""

from __future__ import annotations

import pytest


def _event(events_in_unfiltered, text, trigger):
    """The last event on ``trigger``, the realness veto off (what is tested is the recipient)."""
    found = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert found, trigger
    return found[-1]


# (text, trigger of the later act, the recipient carried to it: country, sector and the
# earlier words; None where the story does not name it safely)
CASES = [
    # a blast told again is the bomber's, not that of gunmen who stormed a hotel the day before
    ("Gunmen stormed a hotel in Jalalabad on Saturday. On Sunday, a bomber blew himself up at a "
     "mosque in Herat. The UN condemned the blast.", "condemned", ("AFG", "UAF", "a bomber")),
    # an act of force told again by a definite noun
    ("Peruvian jets bombed Bolivian troops near the border on Friday. The strikes continued "
     "overnight.", "strikes", ("BOL", "MIL", "Bolivian troops")),
    # an accusation told again by the same accuser
    ("Hamas accused Israel of blocking aid convoys. The group also accused it of cutting "
     "power on Monday.", "accused", ("ISR", "GOV", "Israel")),
    # a surrender in a story of one side's offensive
    ("Chilean troops launched an offensive on rebel fighters near Arica on Monday. Dozens of "
     "fighters surrendered on Tuesday.", "surrendered", ("CHL", "MIL", "Chilean troops")),
    # a named doer's act of force, done to the one party it fought before
    ("Bolivian rebels attacked Peruvian troops near the border on Monday. Peruvian troops "
     "fought back on Tuesday.", "fought", ("BOL", "REB", "Bolivian rebels")),
    ("Peruvian troops shelled Bolivian rebels near the border on Monday. The rebels have held "
     "the hills since 2010. Farmers fled to the valley. Peruvian troops launched a new "
     "offensive on Sunday.", "offensive", ("BOL", "REB", "Bolivian rebels")),
    # the party it fought was fought in another place than the one the later act names
    ("Peruvian jets bombed Bolivian rebels in Tarija on Monday. On Tuesday, Peruvian jets "
     "struck a school in Sucre.", "struck", None),
    ("Peruvian jets bombed Bolivian rebels in Tarija on Monday. On Tuesday, Peruvian jets "
     "struck a school near Sucre.", "struck", None),
    ("Peruvian jets bombed Bolivian rebels in Tarija on Monday. On Tuesday, Peruvian jets "
     "struck a school in Tarija.", "struck", ("BOL", "REB", "Bolivian rebels in Tarija")),
    # it fought two parties before
    ("Bolivian rebels attacked Peruvian troops near the border on Monday. Chilean rebels "
     "attacked Peruvian troops on Tuesday. Peruvian troops fought back on Wednesday.", "fought",
     None),
    # an act told before, condemned: the accusation is made against its doer
    ("Kenyan jets bombed a market near Lamu on Friday. Human rights groups condemned the "
     "bombing.", "condemned", ("KEN", "MIL", "Kenyan jets")),
    ("Israeli troops raided the camp on Monday. The raid was condemned by the Palestinian "
     "Authority.", "condemned", ("ISR", "MIL", "Israeli troops")),
    # two parties did it
    ("Kenyan jets bombed a market near Lamu on Friday. Somali jets bombed a camp on Saturday. "
     "Human rights groups condemned the bombing.", "condemned", None),
    # two acts of one doer in one sentence are two acts
    ("Bolivian rebels kidnapped two Peruvian engineers near the border and bombed a bridge in "
     "La Paz on Monday.", "bombed", None),
    # the earlier act was done to two sides
    ("Peruvian jets bombed Bolivian troops and Chilean troops on Friday. The strikes continued "
     "overnight.", "strikes", None),
    # an indefinite noun by no named doer tells another act
    ("Peruvian jets bombed Bolivian troops near the border on Friday. An attack killed nine "
     "people in Lima.", "attack", None),
    # two sides used force before the surrender
    ("Chilean troops attacked rebel fighters near Arica. The rebels shelled an army post. "
     "Dozens of fighters surrendered on Tuesday.", "surrendered", None),
    # two armed groups of one country used force before it
    ("The SDF attacked Isis positions near Raqqa on Monday. Isis fighters shelled an SDF post "
     "on Tuesday. Dozens of fighters surrendered on Wednesday.", "surrendered", None),
    # soldiers of no named country yield after the government's forces fought: one side
    ("Government forces shelled rebel camps near Arica on Monday. Dozens of soldiers "
     "surrendered on Tuesday.", "surrendered", None),
    # a resignation is made to no side
    ("Chilean troops attacked rebel fighters near Arica on Monday. The defence minister "
     "resigned on Tuesday.", "resigned", None),
]


@pytest.mark.parametrize("text, trigger, carried", CASES)
def test_actor_carried_recipient_from_the_story(events_in_unfiltered, text, trigger, carried):
    target = _event(events_in_unfiltered, text, trigger).target
    if carried is None:  # none, one the sentence names, or the place struck
        assert target is None or target.text or not target.antecedent, target
        return
    assert target is not None and (target.country, target.sector, target.antecedent) == \
        carried, target
    assert target.text == "", target
