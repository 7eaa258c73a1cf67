"""Which of several places a clause names is its event's: the place hung on the event's own word,
the side of a border the story is on, a party named as an example. One sentence per
construction, written for the project."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import locator
from dateline.records import Article

from test_locate import _mention
from test_locate_scenes import _locate


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
    (_AFRIN + "The US and close partners such as Britain were not ready to fight for a free "
     "Syria.", "fight", "ASSAULT", "GBR"),
    (_AFRIN + "Western backers such as France refused to send troops.", "send", "MOBILIZE",
     "FRA"),
])
def test_locate_example_party_is_no_place(nlp, text, word, event_type, country):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is None or place.country != country


@pytest.mark.parametrize(("text", "word", "event_type", "town"), [
    # words placed where their doer is, named in the doer's own phrase
    ("The envoy met both sides in Geneva. He said a statement issued by the opposition "
     "delegation in Riyadh demanded a transition.", "demanded", "REQUEST", "Riyadh"),
    ("Police in Manchester said two men were arrested.", "said", "ACCUSE", "Manchester"),
    ("The congress opened in Sochi on Monday. Authorities in Syria's Kurdish region said they "
     "would stay away.", "said", "REJECT", "Syria"),
    ("The congress opened in Sochi on Monday. Officials in the north of Syria said they would "
     "boycott it.", "said", "REJECT", "Syria"),
])
def test_locate_words_where_their_doer_is(nlp, text, word, event_type, town):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    subject = next(c for c in doc[i].children if c.dep_ == "nsubj")
    mention = _mention(doc, word, source=(subject.i, subject.i + 1))
    mention.sense = SimpleNamespace(event_type=event_type, mode=None)
    place, _ = locator(doc, Article(doc_id="t", text=text))(mention)
    assert place is not None and place.name == town


@pytest.mark.parametrize(("text", "word", "event_type", "name", "precision"), [
    # "the area", "the region", "the enclave" point back at the land named before, not a town
    ("Rebels hold much of Idlib province. Government jets struck targets across the area.",
     "struck", "ASSAULT", "Idlib", 3),
    ("Fighting raged in eastern Ghouta on Monday. Shelling continued in the area overnight.",
     "Shelling", "ASSAULT", "Ghouta", 3),
])
def test_locate_area_points_back(nlp, text, word, event_type, name, precision):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is not None and name in place.name and place.precision == precision


def test_locate_area_does_not_point_back_at_a_town(nlp):
    text = ("Fighting raged in eastern Ghouta on Monday. The envoy told the council in Geneva that "
            "it must stop. Jets struck the area overnight.")
    place, _ = _locate(nlp, text, "struck", "ASSAULT")
    assert place is None or place.country == "SYR"


@pytest.mark.parametrize(("text", "word", "event_type", "town", "country"), [
    # an event said to happen elsewhere is not at the place its sentence names
    ("Thousands fled to Idlib in 2016, when rebel groups elsewhere surrendered.", "surrendered",
     "RETREAT", "Idlib", "SYR"),
    ("Troops stormed Raqqa while militants attacked checkpoints elsewhere.", "attacked",
     "ASSAULT", "Ar Raqqah", "SYR"),
])
def test_locate_elsewhere_is_not_here(nlp, text, word, event_type, town, country):
    place, _ = _locate(nlp, text, word, event_type)
    assert place is None or (place.name != town and place.country == country)


def test_locate_elsewhere_in_a_named_place(nlp):
    place, _ = _locate(nlp, "Rebels shelled Afrin, and militants attacked checkpoints elsewhere "
                            "in Idlib province.", "attacked", "ASSAULT")
    assert place is not None and "Idlib" in place.name


@pytest.mark.parametrize(("text", "word", "itself", "verb"), [
    # a noun's event is told by the verb it hangs on
    ("The ministers agreed to take military action in the north.", "action", True, "take"),
    # a verb is its own, unless the verb above it is asked for
    ("Police officers arrested the men near the bridge.", "arrested", True, "arrested"),
    ("Police were called to the square after the protest.", "Police", False, "called"),
    # a word under no verb has the sentence's root
    ("Heavy fighting in the east.", "east", True, "fighting"),
])
def test_aspect_governing_verb(nlp, text, word, itself, verb):
    from dateline.aspect import governing_verb

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert governing_verb(tok, itself).text == verb
