"""Names spelt otherwise in their vowels, doubled letters or a few letter pairs, as names from
other scripts reach English news: the skeleton two spellings share, and the named actor a name
so spelt stands for (table-driven, names and sentences written for the project)."""

from __future__ import annotations

import pytest

from dateline.actor_names import load_named, normal_words
from dateline.name_skeletons import doubled_key, skeleton


@pytest.mark.parametrize("one, other", [
    ("saeb erekat", "saeb erakat"),  # a vowel
    ("abdelaziz bouteflika", "abdelaziz bouteflicka"),  # "ck" for "k"
    ("volodymyr zelenskiy", "volodymyr zelensky"),
    ("francois mitterrand", "francois miterand"),  # letters doubled or single
])
def test_wire_skeletons_spellings_share_one(one, other):
    assert skeleton(one) is not None and skeleton(one) == skeleton(other)


@pytest.mark.parametrize("one, other", [
    ("michael browne", "michael brown"),  # a letter added at the end: another name
    ("charles clarke", "charles clark"),
    ("jan smith", "jon smith"),  # another given name
])
def test_wire_skeletons_other_names_differ(one, other):
    assert skeleton(one) != skeleton(other)


@pytest.mark.parametrize("name", [
    "hamas",  # one word: no skeleton
    "ali khan",  # too short to tell names apart
    "omar bakr",
])
def test_wire_skeletons_short_names_have_none(name):
    assert skeleton(name) is None


def test_wire_skeletons_doubled_letters_once():
    assert doubled_key("francois mitterrand") == "francois miterand"


@pytest.mark.parametrize("written, country", [
    ("Saeb Erakat", "PSE"),
    ("Abdelaziz Bouteflicka", "DZA"),
    ("Francois Mitterand", "FRA"),
])
def test_wire_skeletons_name_spelt_otherwise_is_known(written, country):
    words = normal_words(written)
    hit = load_named().lookup(words, [True] * len(words))
    assert hit is not None
    actor, start, end = hit
    assert (start, end) == (0, len(words))
    assert country in {r.country for r in actor.roles}


@pytest.mark.parametrize("written", [
    "Saeb Erakat Street",  # the longer name is looked up first and is no one's
    "Ahmad Khan",
])
def test_wire_skeletons_unknown_names_stay_unknown(written):
    words = normal_words(written)
    hit = load_named().lookup(words, [True] * len(words))
    assert hit is None or hit[2] - hit[1] < len(words)


@pytest.mark.parametrize("sentence, country", [
    ("Saeb Erakat criticised the new settlement plan on Monday.", "PSE"),
    ("Abdelaziz Bouteflicka met the visiting delegation in the capital.", "DZA"),
])
def test_wire_skeletons_actor_of_sentence(pipeline, sentence, country):
    events = pipeline.extract(sentence, pubdate="2005-06-01")
    assert any(e.source and e.source.country == country for e in events)
