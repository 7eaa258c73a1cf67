"""A place named again and again in a report is read the same way each time it is named."""

from __future__ import annotations

from dateline.records import Article
from dateline.toponyms import toponyms


def test_a_town_named_again_is_the_same_place(nlp):
    text = ("Shelling hit Aleppo on Monday. Residents of Aleppo fled to Idlib, and aid "
            "reached Idlib and Aleppo on Tuesday.")
    found = toponyms(nlp(text), Article(doc_id="t", text=text))
    places = {(t.text, t.place.geonameid) for t in found}
    assert {t.text for t in found} == {"Aleppo", "Idlib"}
    assert len(places) == 2
    assert all(t.place.country == "SYR" for t in found)
