"""Stage ``locate``: the one other country a sentence names places an event only when it is
not the place of another deed named on its noun (illustrative sentences, written for the
project)."""

from __future__ import annotations

import pytest

_ALEPPO = ("Rebels shelled Aleppo on Monday. Syrian troops fought back near Aleppo. "
           "Thousands fled Aleppo. ")


@pytest.mark.parametrize(("text", "trigger", "country", "source"), [
    # "the war in Yemen" is the war's place, not that of the killing the clause beside tells of
    (_ALEPPO + "Congress has cut its aid for Riyadh's war in Yemen and accused the king of "
     "ordering the hit on a blogger.", "hit", "SYR", "focus"),
])
def test_place_country_not_anothers_deed(event_on, text, trigger, country, source):
    e = event_on(text, trigger)
    assert e.location is not None and (e.location.country, e.place_source) == (country, source)
