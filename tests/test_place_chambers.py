"""Chambers of international organisations (stage ``locate``): what they say is said where they
sit, not in the place it is about."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.datafiles import OVERLAY_ENV, REPLACE_MARK
from dateline.locate import locator
from dateline.place_chambers import chamber_named, load_chambers
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
    ("It called for an immediate truce in Idlib.", "called", "REQUEST",
     Actor(text="It", name="UN Security Council", sector="IGO",
           antecedent="the Security Council"), "New York City"),
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
    # a name states share, told as a state's own: by its owner, its people, its place
    ("Borvia's Security Council demanded a report on Idlib.", "demanded", "REQUEST"),
    ("Premier Velk chaired a meeting of Russia's Security Council, which condemned the raid "
     "on Idlib.", "condemned", "ACCUSE"),
    ("The Russian Security Council demanded a report on Idlib.", "demanded", "REQUEST"),
    ("The Security Council of Iran demanded a report on Idlib.", "demanded", "REQUEST"),
    ("The Kurdistan Region Security Council condemned the raid on Idlib.", "condemned",
     "ACCUSE"),
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


@pytest.mark.parametrize(("sentence", "word", "event_type", "told"), [
    # a state's own council, though the actor's name makes it the chamber
    ("Premier Velk chaired a meeting of Russia's Security Council, which condemned the raid "
     "on Idlib.", "condemned", "ACCUSE", "Russia's Security Council"),
    ("It condemned the raid on Idlib.", "condemned", "ACCUSE", "It"),
])
def test_place_chambers_actor_told_as_a_state_s_own_body(nlp, sentence, word, event_type, told):
    actor = Actor(text=told, name="UN Security Council", sector="IGO",
                  antecedent="the Iraqi Security Council" if told == "It" else None)
    place, _source = _place(nlp, _STORY + sentence, word, event_type, actor)
    assert (place.name if place else None) != "New York City", sentence


@pytest.mark.parametrize(("words", "city"), [
    ("the Security Council", "New York City"),
    ("the UN's Security Council", "New York City"),
    ("the Security Council of the United Nations", "New York City"),
    ("Borvia's Security Council", None),
    ("Borvia 's Security Council", None),
    ("the Iraqi Human Rights Council", None),
    ("the Human Rights Council of Somalia", None),
    ("the Kurdistan Region Security Council", None),
])
def test_place_chambers_shared_name_is_the_chamber_only_as_no_state_s(words, city):
    place = chamber_named(words)
    assert (place.name if place else None) == city


def test_place_chambers_empty_table_names_no_chamber(tmp_path, monkeypatch):
    # an overlay that empties the table makes no pattern matching the empty string
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    (folder / "chambers.tsv").write_text(f"{REPLACE_MARK}\nchamber\tcity\tcountry\n",
                                         encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    try:
        assert load_chambers()[1] == {}
        assert chamber_named("the UN Security Council demanded a truce") is None
    finally:
        monkeypatch.delenv(OVERLAY_ENV)
