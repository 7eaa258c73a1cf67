"""Seats of government (stage ``locate``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.datafiles import OVERLAY_ENV
from dateline.errors import DataFileError
from dateline.locate import locator, toponyms
from dateline.records import Actor, Article
from dateline.seats import load_seats, seat_countries

#: Two sentences that make Syria the article's focus, and no place for what follows.
_STORY = ("Government troops shelled Idlib on Monday. Rebels shelled Idlib again on Tuesday, "
          "and aircraft struck Maarat al-Numan. ")


def _place(nlp, text: str, word: str, event_type: str, source=None):
    doc = nlp(text)
    i = max(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=source, target=None,
                              sense=SimpleNamespace(event_type=event_type))
    return locator(doc, Article(doc_id="t", text=text))(mention)


@pytest.mark.parametrize(("sentence", "word", "event_type", "name", "country"), [
    ("The Kremlin said it rejected the demand.", "rejected", "REJECT", "Moscow", "RUS"),
    ("Downing Street said it had opposed the strike.", "opposed", "REJECT", "London", "GBR"),
    ("The White House warned that the US would respond.", "warned", "THREATEN", "Washington",
     "USA"),
    ("A Kremlin spokesman, Dmitry Peskov, criticised the warnings.", "criticised", "ACCUSE",
     "Moscow", "RUS"),
    # a body every state has, with its country named
    ("The Iranian parliament approved the plan.", "approved", "AGREE", "Tehran", "IRN"),
    ("The UK cabinet backed the prime minister.", "backed", "SUPPORT", "London", "GBR"),
    ("The US Senate voted to end support for the war.", "voted", "SUPPORT", "Washington",
     "USA"),
])
def test_seats_institution_places_its_words(nlp, sentence, word, event_type, name, country):
    # (the text implies the seat, it does not name it: near it, as the article's places are)
    place, source = _place(nlp, _STORY + sentence, word, event_type)
    assert place is not None, sentence
    assert (place.name, place.country, place.precision) == (name, country, 2)
    assert source == "focus"


@pytest.mark.parametrize(("sentence", "word", "event_type", "sector", "city"), [
    # a government's institution issues its words from its seat, as a parliament's acts are
    # done where it sits, and police work from their headquarters
    ("The Kremlin said it rejected the demand.", "rejected", "REJECT", "GOV", "Moscow"),
    ("The Turkish foreign ministry condemned the raid.", "condemned", "ACCUSE", "GOV", "Ankara"),
    ("The Foreign Office said it had requested access to him.", "requested", "REQUEST", "GOV",
     "London"),
    ("The Iranian parliament approved the plan.", "approved", "AGREE", "LEG", "Tehran"),
    ("Scotland Yard examined the evidence.", "examined", "ACCUSE", "COP", "London"),
])
def test_seats_place_an_institutions_words_at_its_seat(nlp, sentence, word, event_type, sector,
                                                        city):
    doc = nlp(_STORY + sentence)
    i = max(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                              sense=SimpleNamespace(event_type=event_type))
    actor = Actor(text="them", country="GBR", sector=sector)
    place, source = locator(doc, Article(doc_id="t", text=doc.text))(mention, actor)
    assert place is not None, sentence
    assert (place.name, place.precision) == (city, 2), sentence
    assert source == "focus"


@pytest.mark.parametrize(("sentence", "word", "event_type"), [
    # a seat named in what the words are about, or words of no institution
    ("The minister, who had flown in from Moscow, rejected the demand.", "rejected",
     "REJECT"),
    ("A letter was handed in at Downing Street, and the group urged restraint.", "urged",
     "REQUEST"),
    # words of a doer of their own, which an institution only tells of
    ("Rebel and army officers agreed to a truce, the Turkish foreign ministry said.", "agreed",
     "AGREE"),
    # an institution undergoing the words does not say them
    ("The Kremlin was accused of lying about the strike.", "accused", "ACCUSE"),
    # deeds happen on the ground, not where their doer sits
    ("The Pentagon said its aircraft struck again overnight.", "struck", "ASSAULT"),
    # an institution that pays or backs the doer is not the doer
    ("The Kremlin-backed separatists rejected the demand.", "rejected", "REJECT"),
    ("The Home Office-funded charity urged restraint.", "urged", "REQUEST"),
    # a post held before is not the institution acting now
    ("The ambassador to the UN and a former director at the Foreign Office, Karen Pierce, "
     "criticised the plan.", "criticised", "ACCUSE"),
])
def test_seats_are_not_given_to_other_events(nlp, sentence, word, event_type):
    place, source = _place(nlp, _STORY + sentence, word, event_type)
    assert (place.name if place else None) not in ("Moscow", "London", "Washington", "Ankara")


@pytest.mark.parametrize(("sentence", "word", "event_type", "capital"), [
    # a capital standing for its government names a party, not where it spoke or acted
    ("Ankara rejects the plan to move families into the town.", "rejects", "REJECT", "Ankara"),
    ("Moscow called on the West to stop arming the rebels.", "called", "REQUEST", "Moscow"),
    ("Washington imposed new sanctions on Damascus.", "imposed", "SANCTION", "Washington"),
    ("Tehran warned against any strike on its allies.", "warned", "THREATEN", "Tehran"),
    ("Damascus said the convoy had entered without permission.", "said", "COMMENT",
     "Damascus"),
])
def test_seats_capital_as_doer_is_no_place(nlp, sentence, word, event_type, capital):
    place, source = _place(nlp, _STORY + sentence, word, event_type)
    assert (place.name if place else None) != capital, sentence
    assert source not in ("clause", "sentence")


@pytest.mark.parametrize(("sentence", "word", "event_type"), [
    # a named minister's words the text does not place keep the article's focus
    ("The French foreign minister, Claire Duval, said in a statement that France "
     "condemned the attack.", "condemned", "ACCUSE"),
    ("In a statement, the British foreign secretary urged all sides to hold back.", "urged",
     "REQUEST"),
])
def test_seats_unplaced_words_keep_the_focus(nlp, sentence, word, event_type):
    place, source = _place(nlp, _STORY + sentence, word, event_type)
    assert place is not None, sentence
    assert (place.country, source) == ("SYR", "focus")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Turkish troops attacked Kurdish fighters near Ras al-Ain in Syria on Sunday.", "Ras al-Ain",
     "SYR"),
    ("Families fled to the camp at Ain Issa last week.", "Ain Issa", "SYR"),
    ("Shells fell on Ayn Issa and on Ras al Ain overnight.", "Ras al Ain", "SYR"),
])
def test_seats_arabic_spring_names_are_syrian_towns(nlp, text, name, country):
    found = [t for t in toponyms(nlp(text), Article(doc_id="t", text=text)) if t.text == name]
    assert found, text
    assert found[0].place.country == country
    assert all(t.place.country != "ARE" for t in toponyms(nlp(text), Article(doc_id="t",
                                                                               text=text)))


@pytest.mark.parametrize("row", [
    "Palace of Nowhere\tNowhere\tXXX\n",
    "\tLondon\tGBR\n",
])
def test_seats_table_rejects_bad_rows(tmp_path, monkeypatch, row):
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    (folder / "seats.tsv").write_text("seat\tcity\tcountry\n" + row, encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    load_seats.cache_clear()
    try:
        with pytest.raises(DataFileError, match="seats.tsv line 2"):
            load_seats()
    finally:
        monkeypatch.delenv(OVERLAY_ENV)
        load_seats.cache_clear()


def test_seats_table_names_real_places():
    pattern, names = load_seats()
    assert {"kremlin", "downing street", "white house"} <= set(names)
    assert pattern.search("the kremlin s spokesman") is not None
    assert pattern.search("a kremlinologist") is None


@pytest.mark.parametrize(("text", "counts"), [
    ("The Home Office and Downing Street said no more.", {"GBR": 2}),
    # one seat, however many of its names it spells out
    ("The House of Commons voted on Tuesday.", {"GBR": 1}),
    ("The Kremlin rebuffed the White House.", {"RUS": 1, "USA": 1}),
    # a common word is no seat
    ("Grazing land held in common is a tragedy of the commons.", {}),
    # a name written with marks is a seat as one without them
    ("The Élysée and the Knesset declined to comment.", {"FRA": 1, "ISR": 1}),
    # a name that begins as a seat's does is no seat
    ("Whitehaven and Westbury voted on Tuesday.", {}),
])
def test_seats_counted_per_country(nlp, text, counts):
    assert dict(seat_countries(nlp(text))) == counts


def _doer_place(nlp, sentence: str, word: str, event_type: str, doer: str):
    """The place of ``word``'s event, its doer being the words ``doer`` of ``sentence``."""
    text = _STORY + sentence
    doc = nlp(text)
    start = text.index(doer, len(_STORY))
    span = doc.char_span(start, start + len(doer))
    i = max(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=(span.start, span.end),
                              target=None, sense=SimpleNamespace(event_type=event_type))
    return locator(doc, Article(doc_id="t", text=text))(mention)


@pytest.mark.parametrize(("sentence", "word", "event_type", "doer", "name", "country", "source"), [
    # a body every state has, its country named after it or as an adjective: at its seat, a
    # place the text implies (``focus``)
    ("The parliament of Turkey approved the plan.", "approved", "AGREE",
     "The parliament of Turkey", "Ankara", "TUR", "focus"),
    ("The Turkish foreign ministry condemned the raid.", "condemned", "ACCUSE",
     "The Turkish foreign ministry", "Ankara", "TUR", "focus"),
    # a court sits in many towns of its country: the country, not its capital
    ("A Turkish court rejected the appeal.", "rejected", "REJECT", "A Turkish court",
     "Turkey", "TUR", "focus"),
    # a doer named with where it is acts there when its clause names no other place
    ("Police in Canada failed to detain the suspect.", "detain", "COERCE", "Police in Canada",
     "Canada", "CAN", "clause"),
    ("A court in Izmir sentenced the journalist to five years.", "sentenced", "SANCTION",
     "A court in Izmir", "Izmir", "TUR", "clause"),
    # ... and where its clause names one, there
    ("Police in Canada arrested the suspect in Toronto.", "arrested", "COERCE",
     "Police in Canada", "Toronto", "CAN", "clause"),
])
def test_seats_doer_named_with_its_place(nlp, sentence, word, event_type, doer, name, country,
                                         source):
    place, got = _doer_place(nlp, sentence, word, event_type, doer)
    assert place is not None, sentence
    assert (place.name, place.country, got) == (name, country, source)


@pytest.mark.parametrize(("sentence", "word", "event_type", "doer", "town"), [
    # allies named by their capital are a party; a man from a town comes from it
    ("Its allies in Moscow rejected the plan.", "rejected", "REJECT", "Its allies in Moscow",
     "Moscow"),
    ("A man from Leeds attacked the guards.", "attacked", "ASSAULT", "A man from Leeds",
     "Leeds"),
])
def test_seats_doer_place_is_not_a_party_or_origin(nlp, sentence, word, event_type, doer,
                                                     town):
    place, _ = _doer_place(nlp, sentence, word, event_type, doer)
    assert (place.name if place else None) != town
