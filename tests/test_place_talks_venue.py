"""Stage ``locate``: in a story about talks a town holds, those at the talks are placed there:
a meeting of the talks' parties, a delegation's words; a government speaking from home, or
meeting its own people, is not (illustrative articles written for the project; the names are
invented)."""

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
    # ... an ambassador's who leads it too: the venue, not the post the title names
    (_TALKS + "Syria's ambassador to the UN, Omar Haddad, who leads the government delegation, "
              "accused the opposition of sabotage.", "accused"),
])
def test_place_talks_venue_holds_those_at_talks(event_on, text, trigger):
    place = event_on(text, trigger).location
    assert place is not None and place.name == "Geneva"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a government's words told with no sign of the talks are said at home
    (_TALKS + "The Turkish government condemned the Kurdish militias on Tuesday.", "condemned",
     "Turkey"),
    # a state's official meeting its own people is no meeting of the talks' parties
    (_TALKS + "Separately, the Iraqi prime minister met tribal leaders on Tuesday.", "met",
     "Iraq"),
])
def test_place_talks_venue_not_a_government_at_home(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert (place.name if place is not None else None) == town
