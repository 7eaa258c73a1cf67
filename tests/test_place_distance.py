"""Stage ``locate``: a town named as a distance away from the event ("40 miles from X") is
near the event, not its place itself (precision 2, as ACLED's "near a town")."""

from __future__ import annotations

import pytest

_STORY = "Islamic State fighters are besieged in Baghuz, the last village they hold. "


@pytest.mark.parametrize(("text", "trigger", "town", "precision"), [
    (_STORY + "Coalition jets hit a bridge about 40 miles from Baghuz.", "hit", "Baghuz", 2),
    (_STORY + "Coalition jets hit a bridge 10 km away from Hajin.", "hit", "Hajin", 2),
    # a direction of a distance, as before
    (_STORY + "Coalition jets hit a bridge 10 km north of Hajin.", "hit", "Hajin", 2),
    # a town the event is in keeps its own precision
    (_STORY + "Coalition jets hit a bridge in Hajin.", "hit", "Hajin", 1),
])
def test_place_distance_from_a_town_is_near_it(event_on, text, trigger, town, precision):
    place = event_on(text, trigger).location
    assert place is not None and (place.name, place.precision) == (town, precision)
