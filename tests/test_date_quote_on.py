"""Stage ``date``: a quotation going on in the next sentence takes no time from the saying that
introduced it ("“It was chaos,” she told me last week. “They hit the hospital.”"), as quoted
words in the saying's own sentence take none; a time told inside the quotation still carries on."""

from __future__ import annotations

import pytest

from test_date_story import _dated

# (text written for the project, publication date, trigger, date, precision, date_source)
CASES = [
    # the saying's time, outside the quotation, dates no act the quotation goes on telling
    ("\u201cIt was chaos,\u201d a nurse told me from the clinic last week. \u201cThey shelled the "
     "hospital; people were fleeing.\u201d", "2018-04-01", "shelled", "2018-04-01", None,
     "publication"),
    ("She told reporters on Monday: \u201cWe fled the town. They burned our house.\u201d",
     "2018-04-01", "burned", "2018-04-01", None, "publication"),
    # a time inside the quotation carries on into its next sentence
    ("\u201cIn September they tried to storm the town,\u201d he said. \u201cMany people were "
     "killed.\u201d", "2018-04-01", "killed", "2017-09-01", "month", "carried"),
    # ... and a time outside any quotation still carries on to the story told next
    ("Rebels stormed the town on Monday. They killed six soldiers.", "2018-04-01", "killed",
     "2018-03-26", "day", "carried"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_quote_on_takes_no_time_of_the_saying(nlp, text, pubdate, word, date, precision,
                                                   source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
