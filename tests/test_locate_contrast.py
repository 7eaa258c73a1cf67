"""Stage ``locate``: clauses set against each other ("while") or telling a doer's past keep
their own places."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import locator
from dateline.records import Article


def _place(nlp, sentence: str, word: str, event_type: str):
    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                              sense=SimpleNamespace(event_type=event_type))
    place, _ = locator(doc, Article(doc_id="t", text=sentence))(mention)
    return place.name if place is not None else None


@pytest.mark.parametrize(("sentence", "word", "event_type", "other"), [
    # the other side's town is not the event's, whichever side the event is on
    ("A farmer died in the city of Mosul, while a former soldier was killed fighting near the "
     "front.", "killed", "ASSAULT", "Mosul"),
    ("The first woman had been killed, while the other had decided to stay in Kirkuk.",
     "killed", "ASSAULT", "Kirkuk"),
    ("Police arrested two men, whereas soldiers raided a house in Basra.", "arrested", "ARREST",
     "Basra"),
])
def test_locate_contrast_lends_no_place_across(nlp, sentence, word, event_type, other):
    assert _place(nlp, sentence, word, event_type) != other


@pytest.mark.parametrize(("sentence", "word", "event_type", "town"), [
    # each side keeps its own place
    ("Rebels shelled Mosul, while troops attacked Kirkuk.", "attacked", "ASSAULT", "Kirkuk"),
    ("Rebels shelled Mosul, while troops attacked Kirkuk.", "shelled", "ASSAULT", "Mosul"),
    # a "while" telling when, with no doer of its own, is the deed's scene
    ("The soldier was killed while fighting in Mosul.", "killed", "ASSAULT", "Mosul"),
])
def test_locate_contrast_keeps_each_side_its_place(nlp, sentence, word, event_type, town):
    assert _place(nlp, sentence, word, event_type) == town


@pytest.mark.parametrize(("sentence", "word", "event_type", "news"), [
    # a relative clause telling of the doer's past takes no place from the news after it
    ("Jones, who joined the militia to fight the insurgents, appeared at a court in Leeds.",
     "fight", "ASSAULT", "Leeds"),
])
def test_locate_background_clause_takes_no_later_place(nlp, sentence, word, event_type, news):
    assert _place(nlp, sentence, word, event_type) != news


@pytest.mark.parametrize(("sentence", "word", "event_type", "town"), [
    # ... though its own place, and a scene set before it, are its
    ("Jones, who fought the insurgents in Mosul, appeared at a court in Leeds.", "fought",
     "ASSAULT", "Mosul"),
    ("In Mosul, the soldiers, who had stormed the town, arrested two men.", "stormed",
     "ASSAULT", "Mosul"),
])
def test_locate_background_clause_keeps_its_own_place(nlp, sentence, word, event_type, town):
    assert _place(nlp, sentence, word, event_type) == town
