"""Stage ``date``: a happening told again in other words ("the attack in Syria" after "the gas
attack on Douma") takes the time its first telling gives it, and only a time of its own."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES
from test_date_story import _dated


# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # named by the country that holds the place the story named it by
    ("Government jets carried out a gas attack on Douma on 7 April. Moscow claimed that the "
     "suspected gas attack in Syria was staged.", "2018-04-13", "attack", "2018-04-07", "day",
     "story"),
    # ... not by another country
    ("Government jets carried out a gas attack on Douma on 7 April. Moscow claimed that the "
     "suspected gas attack in France was staged.", "2018-04-13", "attack", "2018-04-13", None,
     "publication"),
    # ... not one of another party named beside the country, nor one on the country itself
    ("Government jets carried out a gas attack on Douma on 7 April. Moscow condemned the US "
     "attack in Syria.", "2018-04-13", "attack", "2018-04-13", None, "publication"),
    ("Government jets carried out a gas attack on Douma on 7 April. Moscow condemned the "
     "attack on Syria.", "2018-04-13", "attack", "2018-04-13", None, "publication"),
    # the day told in its own clause is no name of the happening
    ("Britain condemned the attack in Nigeria. The attack on Kano on 4 March killed six "
     "soldiers.", "2019-04-10", "attack", "2019-03-04", "day", "clause"),
    # a telling as what a thing is about ("a briefing on the attack") gives the happening no
    # time of the thing's
    ("Gunmen attacked a checkpoint in Kano on 4 March. On Monday the governor received a "
     "briefing on the Kano attack. Britain condemned the attack on Kano.", "2019-04-10",
     "attack", "2019-03-04", "day", "story"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_retold_takes_the_first_tellings_time(nlp, text, pubdate, word, date, precision,
                                                   source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# a demonstrative points back: "that meeting" is no meeting the story dates only later
POINTING = [
    ("The minister was granted a briefing. That meeting has now taken place. A statement after "
     "Thursday's cabinet meeting said nothing.", "2018-04-13", "meeting#0", "2018-04-13", None,
     "publication"),
    ("Britain condemned the meeting. The meeting on 4 March angered Paris.", "2019-04-10",
     "meeting#0", "2019-03-04", "day", "story"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), POINTING)
def test_date_retold_demonstrative_points_back(nlp, text, pubdate, word, date, precision,
                                               source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
