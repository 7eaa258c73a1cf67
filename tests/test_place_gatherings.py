"""Stage ``locate``: words of a party to a gathering told just before are said at the
gathering's town, not at the party's seat; a negotiator titled so where a story of talks
names their town speaks at the talks."""

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
    # the gathering told in a relative clause on the doer
    (_STORY + "Ahmed Bashir, who was hosted by Viktor Lenz in Sochi on Monday, urged a "
              "ceasefire.", "urged", "Sochi"),
    # a negotiator titled so where the text names the talks' town, later named alone
    ("UN-sponsored talks in Geneva on ending the war have collapsed. The Syrian government "
     "delegation refused to engage in Geneva, and the Syrian government lead negotiator "
     "Karim Ostrow said there was no point in talking with the opposition. He said he would "
     "not negotiate under pressure. At one point Ostrow accused the envoy of misleading "
     "him.", "accused", "Geneva"),
])
def test_place_gatherings_words_at_the_gathering(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


_HOSTED = _STORY + "Petr Valenko hosted Ahmed Bashir in Sochi on Monday. "
_TALKS = ("UN-sponsored talks in Geneva on ending the war have collapsed. The Syrian "
          "government delegation refused to engage in Geneva. ")
_SUMMIT = _STORY + "The leaders of Russia, Turkey and Iran met in Tehran on Friday. "


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a ministry is no party that went to the meeting
    (_STORY + "Putin hosted Erdogan in Sochi on Monday. The Turkish foreign ministry "
              "condemned the shelling.", "condemned", "Sochi"),
    # one who is no party to the gathering, and asks for none
    (_STORY + "Putin hosted Erdogan in Sochi on Monday. The German chancellor urged Russia "
              "to halt the offensive.", "urged", "Sochi"),
    # a nearer sentence puts the speaker at a place of his own
    (_HOSTED + "Bashir later told reporters in Ankara that he would not withdraw. He urged a "
               "ceasefire.", "urged", "Sochi"),
    (_HOSTED + "On Tuesday Valenko flew back to Moscow. He rejected calls for a ceasefire.",
     "rejected", "Sochi"),
    # words on a day of their own, after the gathering's
    (_HOSTED + "On Wednesday, Valenko rejected calls for a ceasefire.", "rejected", "Sochi"),
    # a meeting denied, or only planned, was held nowhere
    (_STORY + "Petr Valenko did not meet Ahmed Bashir in Sochi on Monday. He said he would "
              "not allow the militants to stay.", "allow", "Sochi"),
    (_STORY + "Petr Valenko will meet Ahmed Bashir in Sochi on Monday. He said he would not "
              "allow the militants to stay.", "allow", "Sochi"),
    # a party's name held by a body or an aide makes no party of them
    (_HOSTED + "Valenko's foreign ministry rejected calls for a ceasefire.", "rejected",
     "Sochi"),
    (_HOSTED + "Bashir's spokesman rejected calls for a ceasefire.", "rejected", "Sochi"),
    # by country, only one who speaks for the state there, and only words said at one time
    (_SUMMIT + "Meanwhile, the Turkish opposition leader criticised the government.",
     "criticised", "Tehran"),
    (_SUMMIT + "The Turkish president has repeatedly condemned the shelling.", "condemned",
     "Tehran"),
    # by country, only at a gathering of several states
    (_STORY + "Russian officials met regional governors in Sochi on Monday. The Russian "
              "president said he would not allow the militants to stay.", "allow", "Sochi"),
    # who backs talks is no party to them
    (_STORY + "UN-backed talks on Syria opened in Geneva on Monday. The UN security council "
              "demanded a ceasefire.", "demanded", "Geneva"),
    # words said before a gathering were not said at it
    (_STORY + "Before talks with the Turkish president in Sochi, the Russian president "
              "rejected calls for a ceasefire.", "rejected", "Sochi"),
    # a title posted elsewhere, or held no more, brings no one to the talks
    (_TALKS + "The US ambassador to Turkey, Daniel Moreau, backed the talks. Moreau accused "
              "Damascus of stalling.", "accused", "Geneva"),
    (_TALKS + "The former American envoy Tomas Halvik has criticised both sides. Halvik "
              "accused Damascus of stalling.", "accused", "Geneva"),
])
def test_place_gatherings_not_a_party(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is None or place.name != town
