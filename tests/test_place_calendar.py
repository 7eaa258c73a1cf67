"""A town's name the small model draws into a DATE entity is still a place; the calendar's own
words never are (sentences written for the project)."""

import pytest

from dateline import toponyms
from dateline.records import Article


def _found(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(t.text, t.place.country)
            for t in toponyms.toponyms(doc, Article(doc_id="t", text=text))]


@pytest.mark.parametrize(("text", "name", "country"), [
    # the town the model takes for a date beside a weekday
    ("Soldiers seized Mayadeen on Saturday.", "Mayadeen", "SYR"),
    ("Resistance from militants in Mayadeen collapsed on Saturday.", "Mayadeen", "SYR"),
])
def test_place_calendar_town_in_a_date_is_a_place(nlp, text, name, country):
    assert (name, country) in _found(nlp, text)


@pytest.mark.parametrize("text", [
    "He hoped to come home for Christmas.",
    "Last Sunday the talks ended without a deal.",
    "The ceasefire held through Ramadan.",
])
def test_place_calendar_calendar_words_are_no_place(nlp, text):
    assert _found(nlp, text) == []
