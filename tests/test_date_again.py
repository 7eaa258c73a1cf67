"""Stage ``date``: an act done to a person named (an arrest, a charge, a death), told again with
no time of its own, takes the time its first telling gives it (:mod:`dateline.date_again`)."""

from __future__ import annotations

import pytest

from test_date_story import _dated

# (article written for the project, publication date, trigger (the last of its word), date,
# precision, date_source)
CASES = [
    # an arrest told again in a relative clause of the person's name
    ("Police arrested Ahmed Khan on 3 May. Khan, who was arrested after a raid, denies the "
     "charges.", "2018-06-10", "arrested", "2018-05-03", "day", "story"),
    # ... by another verb of its kind, the time of the sentence's own act aside
    ("Troops detained Maria Lopez on 2 April. Lopez, who was seized at a checkpoint, was "
     "charged on Monday.", "2018-06-10", "seized", "2018-04-02", "day", "story"),
    # a death told again by a participle on a noun the person is said to be
    ("Tom Hale was killed in Raqqa on 23 October. Hale is believed to have been the sixth "
     "Briton killed in Syria.", "2018-02-02", "killed", "2017-10-23", "day", "story"),
    # another person's arrest is no telling again
    ("Police arrested Ahmed Khan on 3 May. Omar Ali, who was arrested after a raid, denies the "
     "charges.", "2018-06-10", "arrested", "2018-06-10", None, "publication"),
    # one arrested at two times: no one act to tell again
    ("Police arrested Ahmed Khan on 3 May and arrested Khan again on 9 May. Khan, who was "
     "arrested after a raid, denies the charges.", "2018-06-10", "arrested", "2018-06-10", None,
     "publication"),
    # what is only wanted is not the act told before
    ("Police arrested Ahmed Khan on 3 May. Officers want to arrest Khan for a second time.",
     "2018-06-10", "arrest", "2018-06-10", None, "publication"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_again_takes_the_first_tellings_time(nlp, text, pubdate, word, date, precision,
                                                  source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# what a happening named again did, told with no time of its own, is of the happening's time
# (:func:`dateline.date_story.death_date`)
DONE_BY = [
    ("The US invaded Iraq in 2003. The invasion toppled Saddam Hussein.", "2019-03-23",
     "toppled", "2003-01-01", "year", "story"),
    # a thing named again ("the regime") is no happening: only the story carried on dates it
    ("The regime attacked Ghouta in 2013. The regime used chemical weapons.", "2019-03-23",
     "used", "2013-01-01", "year", "carried"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), DONE_BY)
def test_date_again_what_a_happening_did(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
