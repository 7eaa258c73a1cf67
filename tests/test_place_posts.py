"""Stage ``locate``: an ambassador's words are said at the post the title names, where the text
places them nowhere else (illustrative sentences written for the project)."""

from __future__ import annotations

import pytest

from dateline.place_posts import post_named

_STORY = "Government forces shelled rebel positions in Idlib, Syria, on Monday. "


@pytest.mark.parametrize(("words", "town"), [
    # an organisation's headquarters after the title
    ("Karen Pierce , the UK permanent representative at the UN", "New York City"),
    ("US ambassador to the United Nations Nikki Haley", "New York City"),
    # ... or right before it, ranks between
    ("the British UN ambassador", "New York City"),
    ("Britain's Nato deputy ambassador", "Brussels"),
    # a country's capital, a town
    ("Russia's ambassador to the UK , Alexander Yakovenko", "London"),
    ("the US ambassador in Kabul", "Kabul"),
    # the post after the title, before an organisation's name before it
    ("the UN representative in Yemen", "Sanaa"),
    # no post: a former ambassador, an envoy for a conflict, a title naming none
    ("the former ambassador to Syria , Robert Ford", None),
    ("the UN special envoy for Syria", None),
    ("Ambassador Yakovenko", None),
    ("the ambassador to the region", None),
    ("a representative of the rebels", None),
    # a town only "in" it: "at" names a body, not a town
    ("a representative at the Red Cross", None),
])
def test_place_posts_post_named(words, town):
    place = post_named(words)
    assert (place.name if place is not None else None) == town


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # the post in the speaker's apposition
    (_STORY + "Jane Doyle, the UK permanent representative at the UN, complained to the "
              "Russians about the shelling.", "complained", "New York City"),
    # the post before the title
    (_STORY + "British UN ambassador Jane Doyle said Britain was not involved, rejecting an "
              "accusation by Russia.", "rejecting", "New York City"),
    # a country's capital
    (_STORY + "Russia's ambassador to the UK, Pavel Orlov, denied the report.", "denied",
     "London"),
])
def test_place_posts_words_at_post(event_on, text, trigger, town):
    place = event_on(text, trigger).location
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "trigger"), [
    # a former ambassador holds no post
    (_STORY + "The former US ambassador to Syria, Tom Hale, criticised the government.",
     "criticised"),
    # a place the sentence names for the words is kept
    (_STORY + "Russia's ambassador to the UK, Pavel Orlov, speaking in Geneva, denied the "
              "report.", "denied"),
])
def test_place_posts_no_post_place(event_on, text, trigger):
    place = event_on(text, trigger).location
    assert place is None or place.name not in ("London", "Damascus")
