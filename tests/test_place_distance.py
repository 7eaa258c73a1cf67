"""Stage ``locate``: a town named as a distance away from the event ("40 miles from X") is
near the event, not its place itself (precision 2, as ACLED's "near a town")."""

from __future__ import annotations

import pytest

_STORY = "Islamic State fighters are besieged in Baghuz, the last village they hold. "


@pytest.mark.parametrize(("text", "trigger", "town", "precision"), [
    (_STORY + "Coalition jets hit a bridge about 40 miles from Baghuz.", "hit", "Baghuz", 2),
    (_STORY + "Coalition jets hit a bridge 10 km away from Hajin.", "hit", "Hajin", 2),
    # short distances, in metres or yards
    (_STORY + "Shells hit a school 300 metres from Hajin.", "Shells", "Hajin", 2),
    (_STORY + "Jets bombed a bridge a few hundred yards from Hajin.", "bombed", "Hajin", 2),
    # a bare "hit" with a distance is not yet read as an attack
    pytest.param(_STORY + "Coalition jets hit a bridge 40 miles from Hajin.", "hit", "Hajin", 2,
                 marks=pytest.mark.xfail(reason="'hit' before a distance yields no event",
                                         strict=True)),
    # a direction of a distance, as before
    (_STORY + "Coalition jets hit a bridge 10 km north of Hajin.", "hit", "Hajin", 2),
    # a town the event is in keeps its own precision
    (_STORY + "Coalition jets hit a bridge in Hajin.", "hit", "Hajin", 1),
])
def test_place_distance_from_a_town_is_near_it(event_on, text, trigger, town, precision):
    place = event_on(text, trigger).location
    assert place is not None and (place.name, place.precision) == (town, precision)


@pytest.mark.parametrize(("before", "relation"), [
    ("Shells hit a school 300 metres from ", "near"),
    ("Shells hit a school 300m from the town of ", "near"),
    ("Jets struck 40 miles away from ", "near"),
    # "from" alone, or after a word ending in a unit's letters, is no distance
    ("The family fled from ", "in"),
    ("The team from ", "in"),
    ("Ships left the shipyards from ", "in"),
])
def test_place_distance_words_before_a_name(before, relation):
    from dateline.toponym_relation import relation_before

    assert relation_before(before) == relation
