"""Stage ``locate``: what a doer says or does is placed where its own phrase says it is kept or
stays ("the women, held in a camp near Erbil, pleaded", "urged patience and stayed in
Baghuz"), and words where a phrase of "from"
set before their speaker says it spoke from."""

from __future__ import annotations

import pytest

_STORY = "The war in Syria goes on. "


@pytest.mark.parametrize(("text", "trigger", "town", "precision"), [
    # a participle on the doer's phrase: where it is kept, through a camp lying near a town
    (_STORY + "The women, held in a camp near Erbil, pleaded to be brought home.",
     "pleaded", "Erbil", 2),
    # ... kept in the town itself
    (_STORY + "A fighter detained in Qamishli denied the charges.", "denied", "Al Qamishli", 1),
    # ... a participle set before the doer
    (_STORY + "Stranded in Idlib, the families appealed for help.", "appealed", "Idlib", 1),
    (_STORY + "Held in a camp near Erbil, the women pleaded to be brought home.",
     "pleaded", "Erbil", 2),
    # a verb of staying joined to the event's, of the same doer
    (_STORY + "The families urged patience and stayed in Baghuz.", "urged", "Baghuz", 1),
    (_STORY + "The families pleaded for help and remain in a camp near Erbil.", "pleaded",
     "Erbil", 2),
    # a phrase of "from" set before the speaker: where the words were said from
    (_STORY + "From a camp near Erbil, the women pleaded to be brought home.",
     "pleaded", "Erbil", 2),
])
def test_place_kept_doer_whereabouts(event_on, text, trigger, town, precision):
    place = event_on(text, trigger).location
    assert place is not None and (place.name, place.precision) == (town, precision)


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # where the speaker came from is not where it speaks
    (_STORY + "The women, who fled from Erbil, pleaded to be brought home.", "pleaded", "Erbil"),
    (_STORY + "The women, deported from Erbil, pleaded to be brought home.", "pleaded", "Erbil"),
    # another doer's staying says nothing of the speaker's whereabouts
    (_STORY + "The families pleaded for help but their sons stayed in Baghuz.", "pleaded",
     "Baghuz"),
    # a participle of another party's phrase says nothing of the doer
    (_STORY + "The women pleaded with the guards held in a camp near Erbil.", "pleaded",
     "Erbil"),
])
def test_place_kept_not_where_it_came_from(event_on, text, trigger, town):
    event = event_on(text, trigger)
    place = event.location
    # (the story's focus may still lend the town; the clause does not)
    assert place is None or place.name != town or event.place_source == "focus"
