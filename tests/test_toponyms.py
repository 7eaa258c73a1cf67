"""The words before a place name that put an event near it or in a part of it."""

import pytest

from dateline import toponym_relation as relation
from dateline import toponyms

_NEAR = [f"{w} " for w in relation._NEAR_WORDS] + [
    "40 km north-east of ", "near the town of ", "outside the ", "between the city of "]
_PART = [f"{w} " for w in relation._PART_WORDS] + ["north-west ", "southern ", "the heart of "]


@pytest.mark.parametrize("before", _NEAR)
def test_toponyms_near_endings_cover_the_pattern(before):
    assert relation._NEAR_BEFORE.search(before)
    assert before.rstrip().lower().endswith(relation._NEAR_ENDINGS)


@pytest.mark.parametrize("before", _PART)
def test_toponyms_part_endings_cover_the_pattern(before):
    assert relation._PART_BEFORE.search(before)
    assert before.rstrip().lower().endswith(relation._PART_ENDINGS)


@pytest.mark.parametrize("before", ["fled to ", "the town ", "in ", "the north "])
def test_toponyms_other_words_are_no_relation(before):
    assert not (before.rstrip().lower().endswith(relation._NEAR_ENDINGS)
                and relation._NEAR_BEFORE.search(before))


def _found(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    from dateline.records import Article

    doc = nlp(text)
    return [(t.text, t.place.name, t.place.country)
            for t in toponyms.toponyms(doc, Article(doc_id="t", text=text))]


@pytest.mark.parametrize(("text", "name", "place", "country"), [
    # transliterated Arabic names in spellings the gazetteer does not hold: a vowel written
    # otherwise, the article spelled "el" or "az" for "al" or "ez"
    ("Militants attacked a checkpoint in Dier ez-Zor on Friday.", "Dier ez-Zor",
     "Deir ez-Zor", "SYR"),
    ("Aircraft bombed a market in Maaret el-Noman on Friday.", "Maaret el-Noman",
     "Ma‘arrat an Nu‘mān", "SYR"),
    ("Rebels shelled Jisr el-Shughour on Monday.", "Jisr el-Shughour", "Jisr ash Shughur",
     "SYR"),
    # a name the model half labels an organisation is read whole
    ("Militants attacked a checkpoint in Deir el-Zour on Friday.", "Deir el-Zour",
     "Deir ez-Zor", "SYR"),
    # a curly apostrophe inside a name
    ("Police arrested two men at King’s Cross station on Friday.", "King’s Cross", "King's Cross",
     "GBR"),
    # a seat of government's name is in its own country, not a namesake town abroad
    ("Thousands marched on Westminster after rallies in Denver and Boston.", "Westminster",
     "Westminster", "GBR"),
    # ... but a seat's name with no namesake in its country is the town that has it
    ("Aircraft bombed a market in Duma on Friday, killing 12 people.", "Duma", "Duma", "SYR"),
    # a report on a country names its neighbours' towns more than their namesakes far away
    ("Israeli troops raided a house near Hebron. Police arrested a teenager in Bethlehem.",
     "Bethlehem", "Bethlehem", "PSE"),
    # a place the report names beyond doubt is the one its shorter name means, not a namesake
    # in another country
    ("Babies died of cold in the Rukban camp by the Jordanian border. No aid reached Rukban.",
     "Rukban", "Rukban camp", "SYR"),
    # a town the model takes for a number before a court's lower-case name
    ("A man was jailed for six years at Leeds crown court on Friday.", "Leeds", "Leeds", "GBR"),
])
def test_toponyms_name_variants_resolve(nlp, text, name, place, country):
    assert (name, place, country) in _found(nlp, text)


@pytest.mark.parametrize(("text", "allowed"), [
    # a capital named after "capital" is that town, not the capital of a people's country
    ("Only airstrikes saved the Kurdish capital, Erbil, from the militants.", {"Erbil"}),
    # a person's name with an inner article is not a town of a like spelling
    ("Bashar al-Assad met Vladimir Putin in Sochi on Monday.", {"Sochi"}),
])
def test_toponyms_variants_and_capitals_add_no_wrong_place(nlp, text, allowed):
    assert {p for _, p, _ in _found(nlp, text)} <= allowed


@pytest.mark.parametrize(("text", "allowed"), [
    # a village the gazetteer lacks, named with a generic head ("Kafr", "Tell"): its tail is no
    # namesake town elsewhere; the province named with it still stands
    ("Airstrikes hit Kafr Zeita, a village in Hama province, on Tuesday.", {"Hama"}),
    ("Troops stormed Tell Abyadh village in Raqqa province on Monday.", {"Ar Raqqah"}),
])
def test_toponyms_tail_of_an_unknown_name_is_no_place(nlp, text, allowed):
    assert {p for _, p, _ in _found(nlp, text)} == allowed


@pytest.mark.parametrize(("text", "name", "kind"), [
    # "the province of X", like "X province", names the province
    ("Gunmen killed three farmers in the northern province of Raqqa on Friday.", "Raqqa",
     "admin1"),
    ("Gunmen killed three farmers in Raqqa province on Friday.", "Raqqa", "admin1"),
])
def test_toponyms_province_of_names_the_region(nlp, text, name, kind):
    from dateline.records import Article

    doc = nlp(text)
    found = [t for t in toponyms.toponyms(doc, Article(doc_id="t", text=text)) if t.text == name]
    assert [t.kind for t in found] == [kind]


@pytest.mark.parametrize(("text", "name", "place", "country"), [
    # English counties, transliterations the overlay adds, and regions named on their own
    ("Police raided a house in Lancashire on Tuesday.", "Lancashire", "Lancashire", "GBR"),
    ("An airstrike near Shirkat killed three fighters on Monday.", "Shirkat", "Ash Sharqat",
     "IRQ"),
    ("Kurdish forces in Rojava detained dozens of suspects.", "Rojava", "Rojava", "SYR"),
    ("Two men were arrested at Gatwick on Friday.", "Gatwick", "Gatwick Airport", "GBR"),
])
def test_toponyms_overlay_names(nlp, text, name, place, country):
    assert (name, place, country) in _found(nlp, text)
