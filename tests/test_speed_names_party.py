"""Whether a place's word belongs to a party's own words is the same each time it is asked."""

from __future__ import annotations

from dateline.place_owned import names_party


def test_names_party(nlp):
    doc = nlp("The governor of Texas met rebels in Aleppo.")
    governor, texas = doc[1], doc[3]
    rebels, aleppo = doc[5], doc[7]
    for _ in range(2):
        assert names_party(texas, governor)
        assert not names_party(aleppo, rebels)
