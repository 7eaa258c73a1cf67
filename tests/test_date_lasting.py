"""Stage ``date``: "after six days of questioning" is so long after the time told last, when the
sentence tells no time of its own (:func:`dateline.timex.time_expressions`)."""

from __future__ import annotations

import pytest

from test_date_story import _dated

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # opening the sentence: six days after the raid told before
    ("Police raided the resort on 22 July. After six days of questioning, the authorities "
     "released his fiancee.", "2017-08-06", "released", "2017-07-28", "day", "sentence"),
    # ... closing it
    ("Police raided the resort on 22 July. He was released after six days of questioning.",
     "2017-08-06", "released", "2017-07-28", "day", "sentence"),
    # a time of the sentence's own dates it
    ("Police raided the resort on 22 July. He was released on Tuesday after six days of "
     "questioning.", "2017-08-06", "released", "2017-08-01", "day", "clause"),
    ("Police raided the resort on 22 July. On Monday, after three days of fighting, rebels took "
     "the town.", "2017-08-06", "took", "2017-07-31", "day", "clause"),
    # no time told before: no day
    ("After six days of questioning, the authorities released his fiancee.", "2017-08-06",
     "released", "2017-08-06", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_lasting_counts_from_the_time_told_last(nlp, text, pubdate, word, date, precision,
                                                     source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
