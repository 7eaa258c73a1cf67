"""A focus town is lent no finer than its evidence; a battle takes its town
(:mod:`dateline.place_guess`). Sentences written for the project."""

from __future__ import annotations

import pytest

#: A report told from Washington: the capital is its focus town.
_CAPITAL = ("The White House said on Monday it would review the rules. Officials in Washington "
            "met Senate leaders in Washington. The president spoke at the White House. ")
#: A report about one town of Syria.
_AFRIN = ("Turkish troops advanced on Afrin on Sunday. Shelling hit Afrin again. Turkish jets "
          "bombed Afrin. ")


@pytest.mark.parametrize(("text", "trigger", "place", "precision"), [
    # a sub-state official acts in their state, not in the capital the story is told from
    (_CAPITAL + "New York's attorney general sued the company on Tuesday.", "sued",
     "New York City", 2),
    (_CAPITAL + "The governor of California agreed to a settlement with the firm.", "agreed",
     "California", 3),
    # ... named so earlier: the same person named again by surname
    (_CAPITAL + "Ohio Attorney General Jane Roe filed a lawsuit. Roe accused the firm of fraud.",
     "accused", "Ohio", 3),
    # a group named for another town of the focus's country
    (_AFRIN + "Rebels from Douma accepted the deal.", "accepted", "Duma", 2),
    # what was done during the doer's own earlier period: the country, as far as the text says
    (_CAPITAL + "The president had promised during his campaign to build a wall.", "promised",
     "United States", 3),
    # parties of the story's town keep it
    (_CAPITAL + "The Senate leaders rejected the proposal.", "rejected", "Washington", 2),
    (_AFRIN + "The Kurdish militia vowed to resist.", "vowed", "‘Afrīn", 2),
])
def test_place_guess_focus_town_for_its_parties(event_on, text, trigger, place, precision):
    event = event_on(text, trigger)
    assert event.place_source == "focus"
    assert (event.location.name, event.location.precision) == (place, precision)


@pytest.mark.parametrize(("text", "trigger", "place", "source"), [
    # a fight whose town the sentence before names
    ("Syrian troops shelled Idlib last week. Government forces surrounded the town of Baghuz on "
     "Monday. The siege killed dozens of civilians.", "siege", "Baghuz", "carried"),
    # ... and what the fight itself does
    ("Syrian troops shelled Idlib last week. Government forces surrounded the town of Baghuz on "
     "Monday. The siege killed dozens of civilians.", "killed", "Baghuz", "carried"),
    # a fight named after its town, though its clause names the country
    ("Turkish troops shelled Afrin last week. Kurds fled to Manbij. The offensive on Afrin "
     "killed dozens of civilians in Syria.", "offensive", "‘Afrīn", "clause"),
    # the story's fight, told after a section naming no town, is at the story's town
    ("Fighters held out in Baghuz on Monday. Jets bombed Baghuz. Shelling hit Baghuz again. "
     "Women from France and Canada were taken to a camp. \u201cI cannot describe it,\u201d he "
     "said. Since then the fighting has intensified, killing dozens.", "fighting", "Baghuz",
     "focus"),
    # the place of what was lost before the retreat is the loss's, not the retreat's
    ("Syrian troops shelled the town of Hajin on Monday. The militants retreated into the "
     "desert after losing the town of Mayadin to the army.", "retreated", "Syria", "focus"),
    # ... but one gone to is where the goer then is
    ("Syrian troops shelled the town of Hajin on Monday. The man was detained after arriving "
     "in Damascus.", "detained", "Damascus", "clause"),
    # ... and so is a place where the doers went on to act, not ground they lost or left
    ("Syrian troops shelled the town of Hajin on Monday. Police detained six men after "
     "raiding a workshop in Homs.", "detained", "Homs", "clause"),
    ("Syrian troops shelled the town of Hajin on Monday. The family was detained after fleeing "
     "to Jordan.", "detained", "Jordan", "clause"),
])
def test_place_guess_battle_and_other_deeds(event_on, text, trigger, place, source):
    event = event_on(text, trigger)
    assert (event.location.name, event.place_source) == (place, source)


def test_place_guess_country_named_by_the_clause_stays(event_on):
    # the event's own clause names the country: no town the sentence before named
    text = ("Government forces surrounded the town of Baghuz on Monday. The offensive killed "
            "hundreds of civilians across Syria.")
    event = event_on(text, "offensive")
    assert event.location.name == "Syria"
