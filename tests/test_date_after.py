"""Stage ``date``: a shift anchored to a happening named again ("a day after the Kabul assault")
counts from the time the anchor tells for it, else from its time as the story dates it; a named
happening the article never dates leaves the event undated (sentences written for the project)."""

from __future__ import annotations

import pytest

from test_date import _dated


# (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    # the named happening the story dates, not the time told last ("In October")
    ("Last Thursday, dozens of people in Kabul were killed in a bomb attack on a school. In "
     "October, gunmen killed 30 worshippers in a mosque in Herat. A day after the Kabul "
     "assault, the group claimed a shooting in Cairo.", "2017-12-31", "claimed", "2017-12-29",
     "day", "story"),
    # ... also when the shift ends the sentence
    ("Gunmen stormed a hotel in Kabul on Saturday, killing 20 people. The Taliban claimed "
     "another attack in the south a day after the Kabul assault.", "2018-01-24", "claimed",
     "2018-01-21", "day", "story"),
    # a happening named by a name the article never told before: no day to count from
    ("Last December, she handed out flowers at a station in Edmonton. The day after the "
     "Quebec City mosque shooting, she organised a vigil.", "2018-05-13", "vigil",
     "2018-05-13", None, "publication"),
    # ... but one told before with its place keeps the day after the time told for it
    ("A gunman opened fire in a Quebec City mosque on Sunday, killing six. The day after the "
     "Quebec City mosque shooting, police arrested a student.", "2017-02-02", "arrested",
     "2017-01-30", "day", "sentence"),
    # the time the anchor tells for its happening, whatever the story dates
    ("A week after the Salisbury poisoning on 4 March, Britain expelled 23 diplomats.",
     "2018-03-20", "expelled", "2018-03-11", "week", "sentence"),
    ("Russia expelled two diplomats a week after the Salisbury poisoning, which took place on "
     "4 March.", "2018-03-20", "expelled", "2018-03-11", "week", "sentence"),
    # a poisoning is an attack: "the Salisbury attack" is the poisoning the story dates
    ("Skripal was poisoned in Salisbury on 4 March. The prime minister spoke to Trump on "
     "Monday. Ten days after the Salisbury attack, Britain expelled 23 diplomats.",
     "2018-03-20", "expelled", "2018-03-14", "day", "story"),
    # ... and the happening itself keeps it
    ("Police arrested three men two days after the attack on the mosque, which took place on "
     "Friday.", "2018-12-20", "attack", "2018-12-14", "day", "clause"),
    ("Police arrested three men two days after the attack on the mosque, which took place on "
     "Friday.", "2018-12-20", "arrested", "2018-12-16", "day", "sentence"),
])
def test_date_shift_from_a_named_happening(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
