"""Chambers of international organisations (stage ``locate``): what they say is said where they
sit, not in the place it is about."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.locate import locator
from dateline.records import Actor, Article

#: Two sentences that make Syria the article's focus, and no place for what follows.
_STORY = ("Government troops shelled Idlib on Monday. Rebels shelled Idlib again on Tuesday, "
          "and aircraft struck Maarat al-Numan. ")


def _place(nlp, text: str, word: str, event_type: str, actor: Actor | None = None):
    doc = nlp(text)
    i = max(t.i for t in doc if t.text == word)
    mention = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                              sense=SimpleNamespace(event_type=event_type, mode=None))
    return locator(doc, Article(doc_id="t", text=text))(mention, actor)


@pytest.mark.parametrize(("sentence", "word", "event_type", "actor", "city"), [
    # the chamber is the subject
    ("The UN security council demanded a ceasefire in Idlib.", "demanded", "REQUEST", None,
     "New York City"),
    # a resolution of the chamber, with a clause hung on it
    ("The security council resolution, approved on Saturday, called for a truce in Idlib.",
     "called", "REQUEST", None, "New York City"),
    # a pronoun standing for the chamber
    ("It called for an immediate truce in Idlib.", "called", "REQUEST",
     Actor(text="It", name="UN Security Council", sector="IGO"), "New York City"),
    # words said before the chamber
    ("Addressing the Security Council, the secretary general urged restraint in Idlib.",
     "urged", "REQUEST", None, "New York City"),
    ("At the UN General Assembly, the minister condemned the siege of Idlib.", "condemned",
     "ACCUSE", None, "New York City"),
    ("The Human Rights Council condemned the shelling of Idlib.", "condemned", "ACCUSE", None,
     "Geneva"),
    # words said when speaking to the chamber
    ("The envoy recalled a note he gave to the UN security council last month when he "
     "urged both sides to stop fighting in Idlib.", "urged", "REQUEST", None, "New York City"),
    # a vote cast on the chamber's resolution
    ("Russia vetoed a security council resolution on the siege of Idlib.", "vetoed", "REJECT",
     None, "New York City"),
])
def test_place_chambers_words_are_said_where_the_chamber_sits(nlp, sentence, word, event_type,
                                                               actor, city):
    # (the text implies the chamber's town, it does not name it: near it)
    place, source = _place(nlp, _STORY + sentence, word, event_type, actor)
    assert place is not None, sentence
    assert (place.name, place.precision, source) == (city, 2, "focus")


@pytest.mark.parametrize(("sentence", "word", "event_type"), [
    # a state's own council of the same words
    ("The National Security Council demanded a report on Idlib.", "demanded", "REQUEST"),
    # a deed the chamber only tells of happens on the ground
    ("Rebels attacked Idlib despite a security council resolution.", "attacked", "ASSAULT"),
    # the chamber undergoing the words
    ("The security council has been accused of failing the people of Idlib.", "accused",
     "ACCUSE"),
    # words about the chamber, said elsewhere
    ("The high commissioner condemned the security council's failure in Idlib.", "condemned",
     "ACCUSE"),
])
def test_place_chambers_not_given_to_other_events(nlp, sentence, word, event_type):
    place, _source = _place(nlp, _STORY + sentence, word, event_type)
    assert (place.name if place else None) != "New York City", sentence
