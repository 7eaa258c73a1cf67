"""Stage ``date``: background history keeps its own time: what a happening named by its year
did ("the 2015 attacks killed 130 people"), a month and year written with a comma ("in
November, 2015") (sentences written for the project)."""

from __future__ import annotations

import pytest

from test_date import _dated


# (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    # what a thing named by its year did, in the simple past, was done in that year
    ("The 2015 attacks in Paris killed 130 people.", "2018-01-15", "killed", "2015-01-01",
     "year", "clause"),
    ("The regime wants to retake every town it lost after the 2011 uprising, which called for "
     "democratic reform.", "2017-11-28", "called", "2011-01-01", "year", "clause"),
    # ... not what is done to it, nor what it does now
    ("The US pulled out of the 2015 deal, which lifted sanctions on Iran.", "2018-06-01",
     "pulled", "2018-06-01", None, "publication"),
    ("The 2015 deal allows inspectors into the sites.", "2018-06-01", "allows", "2018-06-01",
     None, "publication"),
    ("The 2016 coup attempt has damaged relations with the west.", "2018-06-01", "damaged",
     "2018-06-01", None, "publication"),
    # a month and its year apart by a comma
    ("The two neighbours fell out in March, 2015 when Turkey shot down a Syrian drone.",
     "2018-04-11", "shot", "2015-03-01", "month", "sentence"),
    # ... but a count after the comma is no year
    ("In May, 2000 protesters marched through the capital.", "2018-06-20", "marched",
     "2018-05-01", "month", "clause"),
])
def test_date_background_keeps_its_time(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
