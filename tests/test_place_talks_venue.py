"""Stage ``locate``: in a story about talks a town holds, those at the talks are placed there:
a meeting of any party, a delegation's words; a government speaking from home is not
(illustrative articles written for the project)."""

from __future__ import annotations

import pytest

_TALKS = ("UN-backed peace talks on Syria resumed in Geneva on Monday. The opposition arrived "
          "in Geneva on Sunday night, and the UN envoy opened the talks at the Palais des "
          "Nations in Geneva. ")


@pytest.mark.parametrize(("text", "trigger"), [
    # a meeting of two states' officials: either could host it, the talks are where they meet
    (_TALKS + "The Russian deputy foreign minister met the US envoy on Tuesday.", "met"),
    (_TALKS + "The French foreign minister held talks with his Iranian counterpart on "
              "Wednesday.", "talks"),
    # a delegation's words are said where it was sent
    (_TALKS + "The Syrian delegation accused the opposition of sabotage.", "accused"),
])
def test_place_talks_venue_holds_those_at_talks(event_on, text, trigger):
    place = event_on(text, trigger).location
    assert place is not None and place.name == "Geneva"


def test_place_talks_venue_not_a_government_at_home(event_on):
    # a government's words told with no sign of the talks are not said at them
    text = _TALKS + "The Turkish government condemned the Kurdish militias on Tuesday."
    place = event_on(text, "condemned").location
    assert place is None or place.name != "Geneva"
