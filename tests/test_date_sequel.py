"""Stage ``date``: a time told in a clause of what happened just before or after the main act
("begged to be sent to the front after the army launched an offensive in January") is that
other act's time; the sentences that go on with the story do not take it."""

from __future__ import annotations

import pytest

from test_date_story import _dated

_BEGGED = ("Relatives say the 31-year-old originally travelled to the area to join the Kurdish "
           "fight against Islamic State, but begged her officers to send her to the front after "
           "the army launched a ground and air offensive to drive Kurdish forces from its border "
           "areas in January. “They refused at the start, but she pressed on, and even sold "
           "her car,” a militia source told reporters. “At last they gave in and let her join.”")

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # the offensive's month is not when her officers refused, nor when they gave in
    (_BEGGED, "2019-03-19", "refused", "2019-03-19", None, "publication"),
    (_BEGGED, "2019-03-19", "gave", "2019-03-19", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_sequel_time_is_not_carried(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# a time of the main clause itself is still carried into the account that goes on with it
MAIN = [
    ("In January the nurse travelled to the front to join the fight against the militants. "
     "“They sent her to the north at first, and she was wounded there,” a militia source told "
     "reporters.", "2019-03-19", "wounded", "2019-01-01", "month", "carried"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), MAIN)
def test_date_sequel_main_time_is_carried(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
