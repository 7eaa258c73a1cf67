"""A word of a person's name that is also a town's name is no place of the report
(illustrative sentences written for the project; the people are invented)."""

import pytest

from dateline import toponyms
from dateline.records import Article


def _places(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(t.text, t.place.country)
            for t in toponyms.toponyms(doc, Article(doc_id="t", text=text))]


@pytest.mark.parametrize(("text", "name"), [
    # a family name after a given name the model labels a place
    ("Ana Lima, a teacher, was detained by police on Monday.", "Lima"),
    # the family name of that person named again alone
    ("Police held Ana Lima overnight. Lima said she was beaten.", "Lima"),
    # a given name alone that is a small town somewhere
    ("Rebels killed Ana in the village.", "Ana"),
    # a title before the family name
    ("Police questioned Dr Lima about the raid.", "Lima"),
    # an apposition of a noun for a person
    ("Lima, a nurse at the clinic, was shot by soldiers.", "Lima"),
    # a relative clause on a person
    ("Lima, who ran the shelter, was arrested by troops.", "Lima"),
    # the family name of a person the model labels one, also a place later in the report
    ("Police detained John Paris, a nurse, at the border. Paris said he was beaten.", "Paris"),
])
def test_toponym_people_name_is_no_place(nlp, text, name):
    assert name not in [found for found, _ in _places(nlp, text)]


@pytest.mark.parametrize(("text", "name", "country"), [
    # place words before the name make it a place
    ("Police detained Ana Lima in Lima on Monday.", "Lima", "PER"),
    # an apposition of a place noun
    ("Aleppo, the rebels' last stronghold, fell to the army.", "Aleppo", "SYR"),
    # a given name that is a capital or a region stands
    ("Troops shelled Sofia overnight.", "Sofia", "BGR"),
    # a title word that opens a place name
    ("Dr Hama said the strike on Sheikh Maqsoud killed four.", "Sheikh Maqsoud", "SYR"),
    # a place in the relative clause on a person
    ("Jane Leeds, who runs a shelter in Mosul, was shot.", "Mosul", "IRQ"),
])
def test_toponym_people_place_stays(nlp, text, name, country):
    assert (name, country) in _places(nlp, text)
