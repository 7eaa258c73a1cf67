"""A place seized is taken from the side a "from" phrase names, on the act or on the place: that
side is the recipient, as for an active verb; a "from" naming a place leaves the place."""

from __future__ import annotations

import pytest

# (text, trigger, the recipient's name or words, why)
TAKEN = [
    ("Raqqa, which was liberated from Isis by the SDF in 2017, lies in ruins.", "liberated",
     "Islamic State", "a relative clause's passive on the place"),
    ("Weeks after the city was freed from Isis by Iraqi forces, residents returned.", "freed",
     "Islamic State", "a passive with the place as its subject"),
    ("The army's recapture of Palmyra from Isis was celebrated in Damascus.", "recapture",
     "Islamic State", "a noun of the act, the phrase on the place"),
    ("The village was seized from the rebels on Monday.", "seized", "rebels",
     "a side named by a common noun"),
    ("The army recaptured Palmyra from Isis on Sunday.", "recaptured", "Islamic State",
     "a side whose name the parse took for a place's, the town's for a person's"),
    ("The army recaptured Palmyra from Islamic State in March.", "recaptured", "Islamic State",
     "a side whose name ends in a place noun"),
    ("The town was shelled from the hills by the army.", "shelled", "The town",
     "a place the act is done from: no side"),
    ("Drone attacks on Odesa from Russian forces killed five.", "Drone attacks", "Odesa",
     "an attack's 'from' names its doer, not a side a place was taken from"),
    ("Rocket attacks on Sderot from Islamic Jihad continued.", "Rocket attacks", "Sderot",
     "an attack noun's 'from' is no seizure's side"),
]


@pytest.mark.parametrize("text, trigger, recipient, why", TAKEN)
def test_recipient_taken_from_side(event_on, text, trigger, recipient, why):
    e = event_on(text, trigger)
    assert e.target is not None and recipient in (e.target.name, e.target.text), why


def test_recipient_taken_side_of_the_places_country(event_on):
    e = event_on("Homs was retaken from rebels by the Syrian army, backed by Russian jets.",
                 "retaken")
    assert e.target is not None and e.target.text == "rebels" and e.target.country == "SYR"
