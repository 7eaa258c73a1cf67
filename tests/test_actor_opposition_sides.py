"""An opposition or a rebel group that a state speaks of in a report about another country is
of the one country its sentence names: a government most often reports attacks by its own
insurgents ("Iraq said insurgents had killed five soldiers"), and the sentence cannot tell that
speaker from a foreign one. The report's own country is kept only where the sentence names
none (:meth:`dateline.actor_focus.DocumentFocus.sentence_place`)."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"
#: A report about Syria: its focus is the state the rebels fight.
_SYRIA = ("Syrian troops shelled Idlib on Monday. Government forces pounded Aleppo and Hama. ")
#: A report about Turkey, whose focus is not the state that speaks of its rebels.
_TURKEY = ("Turkish police detained dozens of protesters in Istanbul on Monday. Turkish "
           "officials in Ankara said the crackdown would go on. ")
#: A report about the United States.
_USA = ("The United States imposed new sanctions on Monday. Officials in Washington said more "
        "would follow. ")


@pytest.mark.parametrize("text, trigger, role, country", [
    # a state speaks of insurgents at home: they are its own, as is the army they struck
    (_TURKEY + "Iraq said insurgents had killed five soldiers.", "killed", "source", "IRQ"),
    (_TURKEY + "Syria said rebels had attacked an army post.", "attacked", "source", "SYR"),
    # ... the state named by its capital
    (_TURKEY + "Damascus said rebels had shelled a school.", "shelled", "source", "SYR"),
    # ... an opposition of another report's state
    (_USA + "Nicaragua said opposition groups had attacked police stations.", "attacked",
     "source", "NIC"),
    # a town of another clause names the country
    (_TURKEY + "Insurgents blew up a bridge after Mosul was retaken by the army.", "blew",
     "source", "IRQ"),
    # a state accuses rebels in a sentence naming no other country: the report's rebels
    (_SYRIA + "Turkey accused the rebels of shelling a convoy.", "accused", "target", "SYR"),
    # a place of the other state told as where the act is done gives its country
    (_SYRIA + "Rebels attacked a checkpoint in Turkey on Sunday.", "attacked", "source", "TUR"),
    # a state's army: the one country its sentence names is its own
    (_SYRIA + "Turkey said its army had bombed the border.", "bombed", "source", "TUR"),
])
def test_actor_opposition_sides_country(event_on, text, trigger, role, country):
    party = getattr(event_on(text, trigger, PUBDATE), role)
    assert party is not None and party.country == country, party
