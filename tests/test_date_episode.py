"""Stage ``date`` across a past episode: acts told in the simple past after a time with its year
that sets the scene keep that year while the episode goes on, a dozen sentences at most."""

from __future__ import annotations

import pytest

from test_date import _dated_as


# (text, pubdate, trigger, event type, date, precision, date_source); sentences written for the
# project
@pytest.mark.parametrize(("text", "pubdate", "word", "event_type", "date", "precision",
                          "source"), [
    # a scene opened before the subject, told on through sentences with no time of their own
    ("In 2014, militants overran the village. Many families fled. The army was far away. "
     "Nobody expected much. Help never came. The governor refused to negotiate with them.",
     "2018-09-09", "refused", "REJECT", "2014-01-01", "year", "carried"),
    # ... or by what "it was": the day of the scene, at its month's precision for what follows
    ("It was a cold morning on 14 May 2013 when the governor arrived. Nobody expected much. "
     "He announced a curfew. The rebels rejected the curfew.", "2018-09-09", "rejected",
     "REJECT", "2013-05-14", "month", "carried"),
    # ... or by a count of years before the report
    ("Four years ago, militants attacked the district. They killed hundreds of men. The US "
     "launched airstrikes. Kurdish fighters opened a corridor. The government promised help.",
     "2018-09-09", "promised", "AGREE", "2014-09-09", "year", "carried"),
    # ... or by a deed the sentence is about, dated by its own words, also after another scene
    ("In 2017, inspectors found a workshop. An incident in October 2016 showed the danger. A "
     "drone exploded in a village, killing two soldiers.", "2018-09-09", "exploded",
     "ASSAULT", "2016-10-01", "month", "carried"),
    # ... a deed of the last weeks is the news: its day, no episode's year
    ("An incident on 3 September 2018 showed the danger. A drone exploded in a village, "
     "killing two soldiers.", "2018-09-09", "exploded", "ASSAULT", "2018-09-03", "day",
     "carried"),
    # a clause cut from the next by a semicolon shares the time opening the sentence
    ("In 2014, the militia seized the city; the group then attacked the villages of the plain.",
     "2018-09-09", "attacked", "ASSAULT", "2014-01-01", "year", "sentence"),
    # a flashback inside the episode (a shift, a past perfect) neither opens nor ends it
    ("In 2014, militants overran the village. Two days earlier, they had cut the road. Many "
     "families fled. The army was far away. The governor refused to negotiate with them.",
     "2018-09-09", "refused", "REJECT", "2014-01-01", "year", "carried"),
    # a time after the subject is background to the news, no scene
    ("Rebels seized the town in 2014. Families fled. Nobody expected much. The governor "
     "refused to negotiate with them.", "2018-09-09", "refused", "REJECT", "2018-09-09", None,
     "publication"),
    # a quotation ends the episode
    ("In 2014, militants overran the village. \u201cWe lost everything,\u201d a farmer said. "
     "Many families fled. The governor refused to negotiate with them.", "2018-09-09",
     "refused", "REJECT", "2018-09-09", None, "publication"),
    # ... and so does another time of a main clause
    ("In 2014, militants overran the village. In 2016 the army returned. Many families "
     "fled. Nobody expected much. The governor refused to negotiate with them.", "2018-09-09",
     "refused", "REJECT", "2016-01-01", "year", "carried"),
    # an undated act far on from the opening is the news again, not the episode's
    ("In 2014, militants overran the village. Many families fled. The army was far away. "
     "Nobody expected much. Help never came. The mayor left. The rebels stayed. The roads "
     "closed. The school shut. The market emptied. The winter came. The river froze. The "
     "elders waited. The governor refused to negotiate with them.", "2018-09-09", "refused",
     "REJECT", "2018-09-09", None, "publication"),
    # ... or by a month without its year, once the whole month lies weeks before the report
    ("On a cold night in early January, militants overran the village. Many families fled. "
     "The governor refused to negotiate with them.", "2019-03-23", "refused", "REJECT",
     "2019-01-01", "month", "carried"),
    ("On 7 January, militants overran the village. Many families fled. The governor refused "
     "to negotiate with them.", "2019-03-23", "refused", "REJECT", "2019-01-07", "month",
     "carried"),
    # a scene of the last weeks is the news, not a past episode
    ("On 3 September 2018, militants overran the village. Many families fled. Nobody expected "
     "much. Help never came. The governor refused to negotiate with them.", "2018-09-09",
     "refused", "REJECT", "2018-09-09", None, "publication"),
])
def test_date_episode_keeps_its_year(nlp, text, pubdate, word, event_type, date, precision,
                                     source):
    assert _dated_as(nlp, text, pubdate, word, event_type) == (date, precision, source)
