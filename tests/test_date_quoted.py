"""Stage ``date``: what quoted words tell as done takes no time from the saying outside them
("“They killed my brother,” she said on Monday"); times inside the quotation still count."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.date import DATE_SOURCES, dater
from dateline.records import Article


def _dated(nlp, text: str, pubdate: str, word: str):
    """(date, date_precision, date_source) of the last token ``word`` of ``text`` (an event of
    the type after a colon: ``demand:REQUEST``)."""
    word, _, event_type = word.partition(":")
    doc = nlp(text)
    i = [t.i for t in doc if t.text == word][-1]
    m = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                        sense=SimpleNamespace(event_type=event_type or None))
    return dater(doc, Article(doc_id="t", text=text, pubdate=pubdate))(m)


# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # the saying's day is not the quoted act's
    ("\u201cThey killed my brother,\u201d she said on Monday.", "2018-02-02", "killed",
     "2018-02-02", None, "publication"),
    ("\u201cI was detained for four months,\u201d he said on Monday.", "2018-02-02", "detained",
     "2018-02-02", None, "publication"),
    # ... but a time in the quotation is the act's, counted from the saying
    ("\u201cYesterday our forces destroyed three positions,\u201d the minister said on Monday.",
     "2018-02-02", "destroyed", "2018-01-28", "day", "clause"),
    # ... and an act done by saying so is done when it is said
    ("\u201cWe demand their release,\u201d the minister said on Monday.", "2018-02-02",
     "demand:REQUEST", "2018-01-29", "day", "sentence"),
    # ... but words quoted within a sentence that tells them are of its time
    ("In 2016, the minister said troops \u201ccrushed the rebels\u201d.", "2018-02-02",
     "crushed", "2016-01-01", "year", "sentence"),
    ("The minister said in 2016 that troops \u201ccrushed the rebels\u201d.", "2018-02-02",
     "crushed", "2016-01-01", "year", "sentence"),
    # ... and what a quotation of several sentences goes on telling is as said
    ("\u201cWe fled the town. They killed my brother,\u201d she said on Monday.", "2018-02-02",
     "killed", "2018-02-02", None, "publication"),
    ("She told reporters on Monday: \u201cThey killed my brother.\u201d", "2018-02-02",
     "killed", "2018-02-02", None, "publication"),
    # the saying itself keeps its day
    ("\u201cThey killed my brother,\u201d she said on Monday.", "2018-02-02", "said",
     "2018-01-29", "day", "clause"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_quoted_acts_take_no_time_of_the_saying(nlp, text, pubdate, word, date,
                                                     precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
