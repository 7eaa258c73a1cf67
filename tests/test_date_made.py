"""Stage ``date``: a verb that makes the happening its noun tells ("the deal signed in Sochi",
"the offensive the army launched") is that happening told again and takes the story's time of
it; what is done to the happening ("the deal Russia broke") keeps no time but its own."""

from __future__ import annotations

import pytest

from test_date_story import _dated


# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # a participle after a pact the story dated
    ("Russia and Turkey signed a deal in Sochi last September. The deal signed in Sochi has "
     "since collapsed.", "2019-05-10", "signed", "2018-09-01", "month", "story"),
    # a relative clause with its own subject
    ("Russia and Turkey signed a deal in Sochi last September. On Monday, Ankara said Moscow "
     "had broken the deal it signed.", "2019-05-10", "signed", "2018-09-01", "month", "story"),
    # a happening of another kind
    ("Turkey launched an offensive on Afrin in January. The offensive the army launched has "
     "displaced thousands.", "2019-05-10", "launched", "2019-01-01", "month", "story"),
    # what is done to the pact is another act
    ("Russia and Turkey signed a deal in Sochi last September. On Monday, Ankara condemned the "
     "deal Moscow broke.", "2019-05-10", "broke", "2019-05-10", None, "publication"),
    # no telling dates the pact: no time
    ("The deal signed in Sochi has not been implemented, officials said on Tuesday.",
     "2019-02-10", "signed", "2019-02-10", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_made_happening_takes_the_storys_time(nlp, text, pubdate, word, date, precision,
                                                   source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
