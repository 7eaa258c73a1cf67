"""Stage ``locate``: words of a party to a gathering told just before are said at the
gathering's town, not at the party's seat; a negotiator named in a story of talks speaks at
the talks."""

from __future__ import annotations

import pytest

_STORY = "Rebels hold Idlib, where shelling continues. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # the speaker ("he": by the name it stands for) is the host of the meeting told the
    # sentence before
    (_STORY + "Putin hosted Erdogan in Sochi on Monday. He said he would not allow the "
              "militants to stay.", "allow", "Sochi"),
    # by office and country, the subject of the talks held
    (_STORY + "Putin and Erdogan held talks in Sochi on Monday. The Russian president "
              "rejected calls for a ceasefire.", "rejected", "Sochi"),
    # by country, among those who met
    (_STORY + "The leaders of Russia, Turkey and Iran met in Tehran on Friday. Putin rejected "
              "Erdogan's calls for a ceasefire.", "rejected", "Tehran"),
    # the gathering phrase set on the words themselves
    (_STORY + "After talks with Erdogan in Sochi, Putin rejected calls for a ceasefire.",
     "rejected", "Sochi"),
    # a negotiator named once by title, later by name alone, speaks at the talks
    ("UN-sponsored talks in Geneva on ending the war have collapsed. The Syrian government "
     "delegation refused to engage in Geneva, and the Syrian government lead negotiator "
     "Karim Ostrow said there was no point in talking with the opposition. He said he would "
     "not negotiate under pressure. At one point Ostrow accused the envoy of misleading "
     "him.", "accused", "Geneva"),
])
def test_place_gatherings_words_at_the_gathering(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a ministry is no party that went to the meeting
    (_STORY + "Putin hosted Erdogan in Sochi on Monday. The Turkish foreign ministry "
              "condemned the shelling.", "condemned", "Sochi"),
    # a gathering the words ask for is not where they were said
    (_STORY + "Putin hosted Erdogan in Sochi on Monday. The German chancellor urged Russia "
              "to halt the offensive.", "urged", "Sochi"),
])
def test_place_gatherings_not_a_party(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is None or place.name != town
