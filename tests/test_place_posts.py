"""Stage ``locate``: an ambassador's words are said at the post the title names, where the text
places them nowhere else (illustrative sentences written for the project; the names are
invented)."""

from __future__ import annotations

import pytest

from dateline.place_posts import post_named

_STORY = "Government forces shelled rebel positions in Idlib, Syria, on Monday. "
_YEMEN = ("Fighting between government forces and rebels killed 12 people in Marib, Yemen, on "
          "Monday. ")


@pytest.mark.parametrize(("words", "town"), [
    # an organisation's headquarters after the title
    ("Jane Doyle , the Irish permanent representative at the UN", "New York City"),
    ("US ambassador to the United Nations Mary Hollis", "New York City"),
    # ... or right before it, after the state's own words, ranks between
    ("the British UN ambassador", "New York City"),
    ("Britain's Nato deputy ambassador", "Brussels"),
    # a country's capital, a town
    ("Ruritania's ambassador to the UK , Pavel Orlov", "London"),
    ("the US ambassador in Kabul", "Kabul"),
    # ... or its embassy town where that is not the capital
    ("Turkey's ambassador to the Netherlands", "The Hague"),
    ("Britain's ambassador to Israel", "Tel Aviv"),
    # the post after the title, before an organisation's name before it
    ("the UN representative in Yemen", "Sanaa"),
    # no post: a former ambassador, an envoy for a conflict, a title naming none
    ("the former ambassador to Syria , Tom Hale", None),
    ("The former British permanent representative to the UN , Sir Tom Hale", None),
    ("Tom Hale , a retired US ambassador to Syria", None),
    ("The late US ambassador to Syria", None),
    ("Tom Hale , US ambassador to Syria until 2014", None),
    ("the UN special envoy for Syria", None),
    ("Ambassador Orlov", None),
    ("the ambassador to the region", None),
    ("a representative of the rebels", None),
    # an organisation's own representative is no state's ambassador to it
    ("The UN representative , Ali Hassan", None),
    ("The top UN representative in the country , Jane Doe", None),
    ("The EU ambassador , Hans Bauer", None),
    ("the UN representative for Yemen", None),
    # a town only "in" it: "at" names a body, not a town
    ("a representative at the Red Cross", None),
])
def test_place_posts_post_named(words, town):
    place = post_named(words)
    assert (place.name if place is not None else None) == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # the post in the speaker's apposition
    (_STORY + "Jane Doyle, the Irish permanent representative at the UN, complained angrily to the "
              "Russians about the shelling.", "complained", "New York City"),
    # the post before the title
    (_STORY + "British UN ambassador Jane Doyle spoke briefly, rejecting a demand by Russia.",
     "rejecting", "New York City"),
    # a country's capital
    (_STORY + "Ruritania's ambassador to the UK, Pavel Orlov, denied the request.", "denied",
     "London"),
    # a town after "in"
    (_STORY + "The US ambassador in Kabul, Mary Hollis, condemned the shelling.", "condemned",
     "Kabul"),
    # an embassy town that is not the capital
    (_STORY + "Turkey's ambassador to the Netherlands, Emre Aksoy, condemned the shelling.",
     "condemned", "The Hague"),
    # a place the sentence names for the words is kept
    (_STORY + "Ruritania's ambassador to the UK, Pavel Orlov, speaking in Geneva, denied the "
              "request.", "denied", "Geneva"),
    # a chamber's town is kept, not overridden by the organisation's headquarters
    (_STORY + "Britain's ambassador to the UN Human Rights Council, Tom Hale, condemned the "
              "attack.", "condemned", "Geneva"),
])
def test_place_posts_words_at_post(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # a former or retired ambassador holds no post
    (_STORY + "The former US ambassador to Syria, Tom Hale, criticised the government.",
     "criticised", None),
    (_STORY + "Tom Hale, a retired US ambassador to Syria, criticised the government.",
     "criticised", None),
    (_STORY + "Tom Hale, US ambassador to Syria until 2014, criticised the government.",
     "criticised", None),
    # an organisation's own representative travels
    (_YEMEN + "The UN representative, Ali Hassan, urged both sides to return to talks.",
     "urged", None),
    (_YEMEN + "The EU ambassador, Hans Bauer, called for an immediate ceasefire.", "called", None),
    # someone else's title in the doer's phrase is not the doer's post: the story's country
    (_STORY + "The son of Syria's ambassador to the UN denounced the government.", "denounced",
     "Syria"),
    # ... nor a companion's: the foreign secretary speaks from home
    (_STORY + "The foreign secretary, alongside the US ambassador to the UN, condemned the "
              "shelling.", "condemned", "United Kingdom"),
])
def test_place_posts_no_post_place(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert (place.name if place is not None else None) == town
