"""Which of several places a clause names is its event's: the place hung on the event's own word,
the side of a border the story is on, a party named as an example. One sentence per
construction, written for the project."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import locator
from dateline.records import Article

from test_locate import _mention


def _locate(nlp, text: str, word: str, event_type: str):
    doc = nlp(text)
    mention = _mention(doc, word)
    mention.sense = SimpleNamespace(event_type=event_type, mode=None)
    return locator(doc, Article(doc_id="t", text=text))(mention)


_AFRIN = ("Turkish jets struck Afrin on Monday. Shelling hit villages around Afrin, and rebels "
          "fought near Afrin. ")


@pytest.mark.parametrize(("text", "word", "event_type", "country", "not_town"), [
    # a town the clause names on another verb yields to the country named on the event's word
    ("Campaigners will hand a letter signed by hundreds to Downing Street urging the prime "
     "minister not to take military action in Syria.", "action", "MOBILIZE", "SYR",
     "Downing Street"),
    ("Protesters delivered a petition written in London asking ministers to halt the airstrikes "
     "in Yemen.", "airstrikes", "ASSAULT", "YEM", "London"),
])
def test_locate_place_on_the_event_word_first(nlp, text, word, event_type, country, not_town):
    place, source = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == country and place.name != not_town
    assert source == "clause"


@pytest.mark.parametrize(("text", "word", "event_type", "country"), [
    # a border named by two countries: the side the story is on
    (_AFRIN + "Two fighters were captured by Kurdish forces close to the Syria-Iraq border.",
     "captured", "COERCE", "SYR"),
    (_AFRIN + "A drone strike killed a commander near the Iraq-Syria border.", "killed",
     "ASSAULT", "SYR"),
])
def test_locate_border_pair_takes_the_story_side(nlp, text, word, event_type, country):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is not None and place.country == country


@pytest.mark.parametrize(("text", "word", "event_type", "country"), [
    # a country named as an example of a party is no place
    (_AFRIN + "The US and key allies such as Britain were not prepared to fight for a free "
     "Syria.", "fight", "ASSAULT", "GBR"),
    (_AFRIN + "Western backers such as France refused to send troops.", "send", "MOBILIZE",
     "FRA"),
])
def test_locate_example_party_is_no_place(nlp, text, word, event_type, country):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is None or place.country != country
