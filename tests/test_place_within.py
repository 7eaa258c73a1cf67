"""Stage ``locate``: a country said of a deed, in a story set in one town of that country, is
near the story's town (:mod:`dateline.place_within`). Short reports written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where

#: A story set in one Syrian town, named again and again as the scene.
_AFRIN = ("Shelling hit the town of Afrin on Monday, residents said. Rockets fell on a market "
          "in Afrin and families fled Afrin for the hills. ")
#: A story set in one Turkish resort.
_DIDIM = ("Armed police raided a hotel in the resort of Didim on Saturday. Officers searched "
          "rooms in Didim for hours. ")


@pytest.mark.parametrize(("text", "word", "where"), [
    # the clause names only the country the story's town is in: near the town
    (_AFRIN + "Turkey launched a ground offensive in Syria last week.", "offensive",
     ("‘Afrīn", "SYR", "focus")),
    (_DIDIM + "A British tourist was detained in Turkey on terrorism charges.", "detained",
     ("Didim", "TUR", "focus")),
    # ... or the region the story is set in
    ("Government jets bombed the enclave of eastern Ghouta on Monday. Families in eastern "
     "Ghouta hid in basements as shells fell on eastern Ghouta for a third day. Militias "
     "launched a ground assault in Syria at dawn.", "assault", ("Eastern Ghouta", "SYR", "focus")),
    # a tally over a span is the country's
    (_AFRIN + "Turkish jets have struck targets in Syria since 2016.", "struck",
     ("Syria", "SYR", "clause")),
    # a country the story's town is not in keeps its own name
    (_DIDIM + "Police arrested a British tourist in Greece two years ago.", "arrested",
     ("Greece", "GRC", "clause")),
    # going into the country is no scene of the town
    (_AFRIN + "Volunteers from Europe travelled to Syria to join the fight.", "travelled",
     ("Syria", "SYR", "clause")),
    # a part of the country the text names may not hold the town
    (_AFRIN + "Turkish troops detained two fighters in northern Syria.", "detained",
     ("Syria", "SYR", "clause")),
    # ... however it is named: by a noun with "of", by the country's own, or near something
    (_AFRIN + "Turkish troops detained two fighters in the north of Syria.", "detained",
     ("Syria", "SYR", "clause")),
    (_AFRIN + "Turkish troops detained two fighters in Syria's north.", "detained",
     ("Syria", "SYR", "clause")),
    (_AFRIN + "Turkish troops detained two fighters in Syria, near the Iraqi border.",
     "detained", ("Syria", "SYR", "clause")),
])
def test_place_within_story_town(nlp, text, word, where):
    assert _where(nlp, text, word) == where
