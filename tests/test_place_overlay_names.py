"""Places of conflict reporting the curated overlay adds, and Persian names joined by their
ezafe (sentences written for the project)."""

import pytest

from dateline import toponyms
from dateline.records import Article


def _found(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    return [(t.text, t.place.name, t.place.country)
            for t in toponyms.toponyms(doc, Article(doc_id="t", text=text))]


@pytest.mark.parametrize(("text", "name", "place", "country"), [
    # towns and villages GeoNames' cities500 lacks or spells otherwise
    ("Iraqi troops entered Bashiqa on Monday.", "Bashiqa", "Bashiqa", "IRQ"),
    ("Militants shelled positions in Makhmour overnight.", "Makhmour", "Mexmur", "IRQ"),
    ("The fighting began in Keshma, a village near the river.", "Keshma", "Keshma", "SYR"),
    ("Turkish-backed rebels massed outside Minbij.", "Minbij", "Manbij", "SYR"),
    # a Persian name's ezafe is part of it
    ("Gunmen attacked a consulate in Mazar-i-Sharif in Afghanistan.", "Mazar-i-Sharif",
     "Mazar-e Sharif", "AFG"),
])
def test_place_overlay_names_resolve(nlp, text, name, place, country):
    assert (name, place, country) in _found(nlp, text)
