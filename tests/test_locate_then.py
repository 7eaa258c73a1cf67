"""Stage ``locate``: a clause opened by "when" after a phrase naming a place."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import locator
from dateline.records import Article

#: Two sentences that make Syria the article's focus, and no place for what follows.
_STORY = ("Government troops shelled Idlib on Monday. Rebels shelled Idlib again on Tuesday, "
          "and aircraft struck Maarat al-Numan. ")


def _place(nlp, sentence: str, word: str, event_type: str):
    text = _STORY + sentence
    doc = nlp(text)
    i = max(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                              sense=SimpleNamespace(event_type=event_type))
    return locator(doc, Article(doc_id="t", text=text))(mention)


@pytest.mark.parametrize(("sentence", "word", "event_type", "name"), [
    # what happened then is where the phrase before it is, its town before its province
    ("Since the gas strike on Khan Sheikhun in Idlib province, when over 60 people "
     "were killed, talks have stalled.", "killed", "ASSAULT", "Khan Shaykhun"),
    ("In the attack, when dozens were killed in Saraqib, rebels fled.", "killed", "ASSAULT",
     "Saraqib"),
])
def test_locate_then_clause_takes_the_place_before_it(nlp, sentence, word, event_type, name):
    place, source = _place(nlp, sentence, word, event_type)
    assert place is not None, sentence
    assert (place.name, source) == (name, "clause")


@pytest.mark.parametrize(("sentence", "word", "event_type", "town"), [
    # a "when" clause with no comma after the place is not that phrase's ("the talks in
    # Geneva stalled when the envoy resigned")
    ("The talks in Geneva stalled when the rebels attacked a convoy.", "attacked", "ASSAULT",
     "Geneva"),
])
def test_locate_then_clause_needs_the_phrase_just_before(nlp, sentence, word, event_type, town):
    place, _ = _place(nlp, sentence, word, event_type)
    assert (place.name if place else None) != town
