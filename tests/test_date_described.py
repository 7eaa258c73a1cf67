"""Stage ``date``: what a relative clause tells a dated deed did, or what happened in it, takes
the deed's time, also where the parse hangs the clause on a place or thing after the deed; what
is done to the deed keeps no time but its own."""

from __future__ import annotations

import pytest

from test_date_story import _dated


# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # a possessive time of the deed; the clause hangs on the place after it
    ("The ministry condemned last month's attack on the embassy in Kabul, which killed five "
     "guards.", "2018-03-14", "killed", "2018-02-01", "month", "sentence"),
    # a month before the deed noun; the clause hangs on the thing attacked
    ("Police arrested the suspects on Tuesday. The February attack on the market, which wounded "
     "30 people, was the worst this year.", "2018-03-14", "wounded", "2018-02-01", "month",
     "sentence"),
    # what happened in the deed ("in which"), dated by its year
    ("The 2016 siege of Aleppo, in which Russian jets bombed hospitals, ended in December.",
     "2018-03-14", "bombed", "2016-01-01", "year", "sentence"),
    # what another party did to the deed is another act
    ("The ministry praised last month's raid on the camp near Idlib, which the rebels condemned.",
     "2018-03-14", "condemned", "2018-03-14", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_described_deed_gives_its_time(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
