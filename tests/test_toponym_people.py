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
    ("Dr Hebron treated the wounded in Gaza.", "Hebron"),
    # an apposition of a noun for a person
    ("Lima, a nurse at the clinic, was shot by soldiers.", "Lima"),
    # ... after the person's age
    ("Lima, 34, a teacher, was detained by police on Monday.", "Lima"),
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
    # a lone given name after the place words of a place: "the town of", "south of", "shelled"
    ("Rebels shelled the Syrian town of Dana, killing three civilians.", "Dana", "SYR"),
    ("Jets struck farms south of Dana, in Idlib province, on Monday.", "Dana", "SYR"),
    ("Rebels shelled Sarmada and Dana in Idlib province.", "Dana", "SYR"),
    # ... and before an apposition of a place noun
    ("Ana, a village in Togo, was raided by gunmen.", "Ana", "TGO"),
    # a country is no person, whatever noun is set beside it
    ("Qatar, a key mediator in the talks, condemned the raid.", "Qatar", "QAT"),
    # a family name named again after a place word, elsewhere in the report
    ("Police held Ana Lima overnight. Protests broke out in central Lima on Tuesday.", "Lima",
     "PER"),
    # ... or named again where the model reads it as a place
    ("Police detained Ana Lima on Monday. She was later flown to Lima.", "Lima", "PER"),
    # the apposition after a place is of the name after it; "on" places the name
    ("As shells fell on Manbij, a Dutch nurse, Mia Hollander, having fled the town, begged for "
     "help.", "Manbij", "SYR"),
    # a place written without its article, then a place noun set beside it
    ("A farmer said the battle was fought in al Keshma, a hamlet close to Hajin.", "Keshma",
     "SYR"),
])
def test_toponym_people_place_stays(nlp, text, name, country):
    assert (name, country) in _places(nlp, text)
