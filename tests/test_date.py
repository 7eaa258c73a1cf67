"""Stage ``date``: time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.date import dater, holiday_date, time_expressions
from dateline.records import Article


def _dated(nlp, text: str, pubdate: str | None, word: str):
    """(date, date_precision, date_source) of the event whose trigger is ``word``."""
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    m = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None)
    return dater(doc, Article(doc_id="t", text=text, pubdate=pubdate))(m)


def _dated_as(nlp, text: str, pubdate: str | None, word: str, event_type: str):
    """Like :func:`_dated`, for an event of ``event_type``."""
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    m = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                        sense=SimpleNamespace(event_type=event_type))
    return dater(doc, Article(doc_id="t", text=text, pubdate=pubdate))(m)


def _date_of(nlp, text: str, pubdate: str | None, word: str):
    return _dated(nlp, text, pubdate, word)[:2]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision"), [
    ("Police arrested two men yesterday.", "2024-03-18", "arrested", "2024-03-17", "day"),
    ("Police arrested two men last night.", "2024-03-18", "arrested", "2024-03-17", "day"),
    ("Police arrested two men today.", "2024-03-18", "arrested", "2024-03-18", "day"),
    ("Rebels attacked the town two months ago.", "2024-03-16", "attacked", "2024-01-16",
     "month"),
    ("Rebels attacked the town more than two months ago.", "2024-03-16", "attacked",
     "2024-01-16", "month"),
    ("Rebels attacked the town a few days ago.", "2024-03-16", "attacked", "2024-03-13", "week"),
    ("Rebels attacked the town days ago.", "2024-03-16", "attacked", "2024-03-13", "week"),
    ("Rebels attacked the town weeks ago.", "2024-03-16", "attacked", "2024-02-24", "month"),
    ("Troops raided the camp last week.", "2024-03-16", "raided", "2024-03-09", "week"),
    ("Troops raided the camp in recent days.", "2024-03-16", "raided", "2024-03-14", "week"),
    # the hours up to the report: a day's are its day, more are their middle, to the week
    ("Police detained nine men in the past 24 hours.", "2024-03-16", "detained", "2024-03-16",
     "day"),
    ("Police detained nine men in the last 48 hours.", "2024-03-16", "detained", "2024-03-15",
     "week"),
    ("Police detained nine men over the past seventy-two hours.", "2024-03-16", "detained",
     "2024-03-15", "week"),
    ("Police have detained nine men in recent hours.", "2024-03-16", "detained", "2024-03-16",
     "day"),
    ("Troops raided the camp two decades ago.", "2024-03-16", "raided", "2004-03-16", "decade"),
    ("Protesters clashed with police earlier this month.", "2024-03-16", "clashed", "2024-03-01",
     "month"),
    ("The group met about one week before the attack.", "2024-03-16", "met", "2024-03-09",
     "week"),
    ("Planes struck Rafah yesterday, one day after a raid that killed two men.", "2009-06-10",
     "killed", "2009-06-08", "day"),
    ("Planes struck Rafah yesterday, one day after a raid that killed two men.", "2009-06-10",
     "struck", "2009-06-09", "day"),
    ("Militants attacked a checkpoint on the eve of Eid al-Adha.", "2009-12-01", "attacked",
     "2009-11-26", "day"),
    ("Settlers attacked farmers during Passover.", "2009-04-20", "attacked", "2009-04-09",
     "week"),
    ("Jets bombed the area during Ramadan.", "2024-04-20", "bombed", "2024-03-11", "month"),
    ("Rebels shelled the city on March 3, 2009.", "2009-05-01", "shelled", "2009-03-03", "day"),
    ("Rebels shelled the city on 3 March.", "2009-05-01", "shelled", "2009-03-03", "day"),
    ("Rebels shelled the city on December 30.", "2010-01-04", "shelled", "2009-12-30", "day"),
    ("Rebels shelled the city in March.", "2009-05-01", "shelled", "2009-03-01", "month"),
    ("Rebels shelled the city in 2008.", "2009-05-01", "shelled", "2008-01-01", "year"),
    ("Rebels shelled the city.", "2009-05-01", "shelled", "2009-05-01", None),
    ("Drones hit an oil depot over the weekend.", "2024-05-13", "hit", "2024-05-11", "week"),
    # the weekend before last week's end; the middle of the report's week up to it
    ("Drones hit an oil depot last weekend.", "2024-05-15", "hit", "2024-05-11", "week"),
    ("Troops raided the camp earlier this week.", "2024-03-16", "raided", "2024-03-13", "week"),
    ("Troops raided the camp this week.", "2024-03-17", "raided", "2024-03-14", "week"),
    ("Earlier in the week, troops raided the camp.", "2024-03-17", "raided", "2024-03-14",
     "week"),
    # the day of a year ago, an anniversary told as today
    ("A year ago today, troops raided the camp.", "2024-03-16", "raided", "2023-03-16", "day"),
    # "that night" is the day told last
    ("Rebels stormed the town on Friday. That night, troops shelled the village.", "2024-03-16",
     "shelled", "2024-03-15", "day"),
    # ... and with no day told before, the report's, marked as such (no precision)
    ("Rebels stormed the town. That night, troops shelled the village.", "2024-03-16",
     "shelled", "2024-03-16", None),
    ("Rebels attacked the town a fortnight ago.", "2024-03-16", "attacked", "2024-03-02",
     "week"),
    # the edge or a week of a named month is of that month; "the last week of" is no last week
    ("Rebels attacked the town at the end of February.", "2024-03-16", "attacked",
     "2024-02-01", "month"),
    ("Rebels attacked the town at the start of March.", "2024-03-16", "attacked", "2024-03-01",
     "month"),
    ("Rebels attacked the town in the last week of February.", "2024-03-16", "attacked",
     "2024-02-01", "month"),
    # a span of days is told by its first; a number after a month is no day of it past 31
    ("On 16 and 17 July 45 villagers were killed in the shelling.", "2017-08-11", "killed",
     "2017-07-16", "day"),
    ("Protesters marched on 3-4 May.", "2017-08-11", "marched", "2017-05-03", "day"),
])
def test_date_expressions(nlp, text, pubdate, word, date, precision):
    assert _date_of(nlp, text, pubdate, word) == (date, precision)


@pytest.mark.parametrize("text", [
    "Police arrested two men yesterday.",
    "Police arrested two men on Friday.",
    "Police arrested two men two months ago.",
    "Police arrested two men during Passover.",
    "Police arrested two men.",
])
def test_date_without_pubdate_is_null_never_today(nlp, text):
    assert _date_of(nlp, text, None, "arrested") == (None, None)


def test_date_explicit_dates_need_no_pubdate(nlp):
    assert _date_of(nlp, "Police arrested two men on 3 March 2009.", None, "arrested") == (
        "2009-03-03", "day")


@pytest.mark.parametrize(("text", "word", "date"), [
    ("Police raided a house in Hebron on Friday. A day earlier, militants attacked a checkpoint.",
     "attacked", "2024-03-14"),
    ("Police raided a house in Hebron on Friday. The next day, protesters blocked the road.",
     "blocked", "2024-03-16"),
    # nothing to count from: the publication date, never a day after it
    ("Two days later, troops stormed the village and arrested three men.", "arrested",
     "2024-03-18"),
])
def test_date_relative_to_the_text_before(nlp, text, word, date):
    assert _date_of(nlp, text, "2024-03-18", word)[0] == date


def test_date_follows_the_paragraph(nlp):
    text = "Police raided a house in Hebron on Friday. They arrested two men."
    assert _date_of(nlp, text, "2024-03-18", "arrested") == ("2024-03-15", "day")


@pytest.mark.parametrize(("name", "year", "date"), [
    ("Eid al-Fitr", 2009, "2009-09-20"),
    ("Eid al-Adha", 2024, "2024-06-16"),
    ("Passover", 2009, "2009-04-09"),
    ("Yom Kippur", 2023, "2023-09-25"),
    ("Easter", 2024, "2024-03-31"),
    ("Orthodox Easter", 2024, "2024-05-05"),
    ("Christmas", 2020, "2020-12-25"),
])
def test_date_holidays_by_calendar(name, year, date):
    assert holiday_date(name, year) == dt.date.fromisoformat(date)


@pytest.mark.parametrize("pub", ["1800-06-01", "2095-06-01"])
def test_date_holidays_outside_the_calendar_tables_are_null(pub):
    [t] = time_expressions("on the eve of Eid al-Adha", pub)
    assert (t.date, t.precision) == (None, None)


def test_date_may_the_verb_is_not_a_month():
    assert time_expressions("The talks may resume soon.", "2024-03-16") == []


_WORDS = ["on", "Friday", "3000", "99999", "years", "Ramadan", "Hanukkah", "Easter", "last",
          "week", "two", "months", "ago", "yesterday", "March", "3", "2009", "the", "eve", "of",
          "Eid", "al-Adha", "during", "Passover", "in", "days", "before", "after", "attack", "31",
          "February", "30", "1999-02-30", "earlier", "this", "month", "weekend", "Sept.", "a",
          "few", "later", "next", "day", "May", "may"]


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.dates(dt.date(1800, 1, 1),
                                                            dt.date(2099, 12, 31)))
@settings(max_examples=300, deadline=None)
def test_date_hostile_text_never_crashes(words, pub):
    for t in time_expressions(" ".join(words), pub.isoformat()):
        if t.date is not None:
            dt.date.fromisoformat(t.date)
        assert t.precision in (None, "day", "week", "month", "year", "decade")


# One sentence per construction: (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    # the event's own clause: an explicit date, a year of history, a decade, a recent span
    ("Rebels shelled the city on March 3, 2009.", "2009-05-01", "shelled", "2009-03-03", "day",
     "clause"),
    ("Iraq in 1980 launched the invasion of Iran, officials recalled.", "2018-03-10",
     "launched", "1980-01-01", "year", "clause"),
    ("Italian forces used gas against villagers during the 1930s.", "2018-03-10", "used",
     "1930-01-01", "decade", "clause"),
    ("Troops raided the camp last week.", "2024-03-16", "raided", "2024-03-09", "week",
     "clause"),
    ("Jets spared the valley last autumn.", "2019-02-12", "spared", "2018-09-01", "year",
     "clause"),
    ("Volunteers were killed fighting the militia in the past year.", "2017-11-30", "killed",
     "2017-06-01", "year", "clause"),
    # background history in a relative clause keeps its year; the main event keeps its own
    ("The envoy, who was jailed in 2015, accused the governor of torture in January 2018.",
     "2018-03-10", "accused", "2018-01-01", "month", "clause"),
    ("The envoy, who was jailed in 2015, accused the governor of torture in January 2018.",
     "2018-03-10", "jailed", "2015-01-01", "year", "clause"),
    ("The group, which seized the town in 2014, released two hostages on Monday.", "2024-03-20",
     "released", "2024-03-18", "day", "clause"),
    # the sentence: the time of the clause that governs the event
    ("On Monday, police said that gunmen attacked a bus.", "2024-03-20", "attacked",
     "2024-03-18", "day", "sentence"),
    # "since 2002" bounds a span and dates no event
    ("The party, in power since 2002, was accused of corruption.", "2018-06-22", "accused",
     "2018-06-22", None, "publication"),
    # a past perfect with no time of its own lies before the text's time by a span not said:
    # the report's date, marked as the article's; told by a dated saying, by the saying's time
    ("The men had been arrested, police said.", "2024-03-20", "arrested",
     "2024-03-20", None, "publication"),
    ("Police said on Monday that the men had been arrested.", "2024-03-20", "arrested",
     "2024-03-18", "day", "sentence"),
    # ... and with a time of its own, that time: "that May" is of the year told last
    ("In August 2016, a report said she had been killed in an airstrike that May.",
     "2019-02-14", "killed", "2016-05-01", "month", "clause"),
    # "in recent days", "over the past few days": the days up to the report, to the week
    ("Turkey has threatened a new incursion in recent days.", "2018-12-22", "threatened",
     "2018-12-20", "week", "clause"),
    ("Over the past few days, police arrested 30 protesters.", "2018-12-22", "arrested",
     "2018-12-20", "week", "clause"),
    # an infinitive has no tense of its own: "to be held on Friday" is the Friday nearest
    ("A summit to be held in Sochi on Friday is seen as a final chance.", "2018-09-05",
     "summit", "2018-09-07", "day", "clause"),
    # a story carried on through sentences that carry it on ("They then …", "He …")
    ("Troops entered Tulkarm on Monday. They then searched the camp. They arrested two men.",
     "2024-03-20", "arrested", "2024-03-18", "day", "carried"),
    # the time of a past-perfect aside is its own, not the main clause's
    ("At his inauguration, the president condemned the regime, though he had been filmed with "
     "its leader in 1991.", "2005-04-10", "condemned", "2005-04-10", None, "publication"),
    ("By 2003, the fighters were able to repel the soldiers.", "2017-10-04", "repel",
     "2003-01-01", "year", "clause"),
    # a participle describing a noun keeps no time of the sentence around it; the bound of a
    # span dates no other clause
    ("Mourners filled the hall on Friday to remember a volunteer killed in Syria.", "2018-02-02",
     "killed", "2018-02-02", None, "publication"),
    ("Six volunteers were killed since the first of them joined the fight in the autumn of 2014.",
     "2018-02-02", "killed", "2018-02-02", None, "publication"),
    # around a holiday, not on it
    ("The talks ended in failure before Christmas.", "2018-01-04", "ended", "2017-12-25",
     "month", "clause"),
    # a month in the present tense (or with no tense): the one nearest the report
    ("The new parliament meets in January.", "2018-12-23", "meets", "2019-01-01", "month",
     "clause"),
    # what would or is threatened to happen takes no time from the clause that tells of it
    ("France on Tuesday announced it would accept the fighters.", "2019-01-30", "accept",
     "2019-01-30", None, "publication"),
    ("France on Tuesday announced it would accept the fighters.", "2019-01-30", "announced",
     "2019-01-29", "day", "clause"),
    ("On Monday the envoy said the council would uphold the truce and threaten sanctions.",
     "2018-12-20", "threaten", "2018-12-20", None, "publication"),
    # a relative clause's conjoined verbs are described too, not of the sentence's time
    ("On Tuesday the envoy met the emir, whose rivals have attacked the port and destroyed the "
     "bridges.", "2018-02-14", "destroyed", "2018-02-14", None, "publication"),
    # the end of a span dates no event
    ("A deal was reached to allow the funding of government into the New Year.", "2018-12-23",
     "allow", "2018-12-23", None, "publication"),
    # a phrase bounding a span dates what is inside it only
    ("Turkey has threatened to push deeper since sending troops into Afrin in February.",
     "2018-12-12", "threatened", "2018-12-12", None, "publication"),
    ("Turkey has threatened to push deeper since sending troops into Afrin in February.",
     "2018-12-12", "sending", "2018-02-01", "month", "clause"),
    ("He threatened a fresh assault in recent days, like the one mounted in Manbij earlier "
     "this year.", "2018-12-22", "threatened", "2018-12-20", "week", "clause"),
    # a shift moves the event it is anchored to, not the clause it modifies
    ("On Monday, three days after the two leaders spoke by phone, Ankara pledged $3.5bn.",
     "2018-12-20", "pledged", "2018-12-17", "day", "clause"),
    ("On Monday, three days after the two leaders spoke by phone, Ankara pledged $3.5bn.",
     "2018-12-20", "spoke", "2018-12-14", "day", "sentence"),
    # "by Wednesday" in the past tense lies before the report
    ("That plan was by Wednesday night redundant when the president declared the war over.",
     "2018-12-20", "declared", "2018-12-19", "day", "sentence"),
    # "when" describing a date: the date it describes
    ("The volunteer was killed on 23 October when a mine exploded in the town.", "2018-02-02",
     "exploded", "2017-10-23", "day", "sentence"),
    ("Relations are warmer than they were, after the low of 2016, when Turkey shot down a plane.",
     "2018-01-24", "shot", "2016-01-01", "year", "sentence"),
    # a "when" clause told in the past dates the act it modifies, a participle's too
    ("The land held by the militants when they swept through the valley in 2014 has shrunk.",
     "2019-02-10", "held", "2014-01-01", "year", "clause"),
    ("Police arrested the man when he returned to the country in 2016.", "2019-02-10",
     "arrested", "2016-01-01", "year", "clause"),
    # an event inside a clause bounding a span takes that clause's time, and only it does
    ("The jihadists swept to power in Mosul after the US quit in 2011.", "2018-12-22", "quit",
     "2011-01-01", "year", "clause"),
    ("The jihadists swept to power in Mosul after the US quit in 2011.", "2018-12-22", "swept",
     "2018-12-22", None, "publication"),
    # a weekday in the present tense: the one nearest the report
    ("The congress, meeting in Sochi on Monday and Tuesday, is being boycotted by the Kurds.",
     "2018-01-28", "meeting", "2018-01-29", "day", "clause"),
    ("Police are investigating an attack on Monday.", "2018-01-31", "attack", "2018-01-29",
     "day", "clause"),
    # "in the last month": the month up to the report
    ("Government forces have swept through the south in the last month.", "2018-07-19", "swept",
     "2018-07-04", "month", "clause"),
    # "will" with no time: the report's date, marked as such
    ("The minister will visit Amman.", "2024-03-13", "visit", "2024-03-13", None,
     "publication"),
    # a story told in the past: its time counted back ("ten days earlier"); a sentence after it
    # with no time of its own is of the episode the opening time set, at its month
    # (:mod:`dateline.date_episode`)
    ("On Saturday 31 August 2013 the president spoke. Ten days earlier, the army had launched "
     "an attack near the capital.", "2018-02-10", "attack", "2013-08-21", "day", "sentence"),
    ("On Saturday 31 August 2013 the president spoke. Ten days earlier, the army had launched "
     "an attack near the capital. Gas killed hundreds of people.", "2018-02-10", "killed",
     "2013-08-31", "month", "carried"),
    ("The minister backed the revolts in 2011. He condemns the coup.", "2018-10-13", "condemns",
     "2018-10-13", None, "publication"),
    ("Police arrested three men on Monday. The minister condemned the arrests.", "2018-10-17",
     "condemned", "2018-10-17", None, "publication"),
    # a date without its year in a story of another year is of the story's year
    ("On 31 August 2013 the president spoke. A vote had been lost two days earlier, on 29 "
     "August, when the motion was defeated.", "2018-02-10", "defeated", "2013-08-29", "day",
     "sentence"),
    # "the same month", "in October last year", "at the beginning of the year"
    ("The executioner was killed in November 2015, and his accomplice was captured in Istanbul "
     "in the same month.", "2018-02-09", "captured", "2015-11-01", "month", "sentence"),
    ("In October last year, the committee criticised the government.", "2017-10-12",
     "criticised", "2016-10-01", "month", "clause"),
    ("The plan was first advanced by the envoy at the beginning of the year.", "2018-09-04",
     "advanced", "2018-01-01", "year", "clause"),
    # a shift moves the clause it is in, not the clauses that govern it
    ("They accuse the militia of helping the army by seizing a road six months earlier.",
     "2018-01-26", "accuse", "2018-01-26", None, "publication"),
    ("The mediator asked the sides to meet on 11 September, followed two days later by a "
     "session with France.", "2018-09-04", "meet", "2018-09-11", "day", "clause"),
    # "the day after an October attack" is of October, not of a day
    ("A church was attacked in Cairo the day after an October attack in Kabul.", "2017-11-02",
     "attacked", "2017-10-01", "month", "clause"),
    # a span the event itself began
    ("The US and the EU have supported the militia since 2014.", "2018-04-01", "supported",
     "2014-01-01", "year", "clause"),
    # what happened just after or before the event told shares its time
    ("On 1 August, activists said 50 people were killed after a bombing raid struck a "
     "building.", "2017-08-11", "raid", "2017-08-01", "day", "sentence"),
    ("A group of boys spray-painted a wall on Monday. The boys were arrested.", "2024-03-20",
     "arrested", "2024-03-18", "day", "carried"),
    # the time of an infinitive complement is the complement's, not the asking's
    ("The envoy said he was asking the parties to meet on 11 September.", "2018-09-04",
     "asking", "2018-09-04", None, "publication"),
    ("The ministry promised to open an inquiry in January.", "2024-05-15", "promised",
     "2024-05-15", None, "publication"),
    ("The ministry made a promise to open an inquiry in January.", "2024-05-15", "promise",
     "2024-05-15", None, "publication"),
    # a scheduled act is yet to come, whatever the tense of the scheduling
    ("The two ministers were scheduled to meet in Cairo on Friday.", "2024-05-15", "meet",
     "2024-05-17", "day", "clause"),
    # ... but what was tried or forced was done at the time of the trying or forcing
    ("Police tried to detain the suspect on Friday.", "2024-05-15", "tried", "2024-05-10", "day",
     "clause"),
    ("Police tried to detain the suspect on Friday.", "2024-05-15", "detain", "2024-05-10",
     "day", "clause"),
    ("Villagers were forced to leave their homes on Friday.", "2024-05-15", "forced",
     "2024-05-10", "day", "clause"),
    # "the same month" is the month told last, wherever in the sentence
    ("The cell had included a man killed by a drone in November 2015, and another, who was "
     "captured in Istanbul in the same month.", "2018-02-09", "captured", "2015-11-01", "month",
     "sentence"),
    # "since last April's attack" names the attack's time; "since late 2011" starts a span that
    # the acts told with it began
    ("Since last April's raid on the village, when over 60 people were killed, there have "
     "been a few incidents.", "2018-02-10", "killed", "2017-04-01", "month", "sentence"),
    ("Ankara has been a backer of the opposition since late 2011, arming rebel groups.",
     "2018-01-16", "arming", "2011-01-01", "year", "clause"),
    # counted acts spread over a span are not dated by its start
    ("Thirty-eight journalists have been murdered since 1992.", "2018-05-01", "murdered",
     "2018-05-01", None, "publication"),
    # a sentence with a time of its own is not carried on from a story told before it
    ("He moved to the UK in 1982 and went back home in 1997. The minister ordered that she be "
     "stripped of her citizenship last month.", "2019-03-06", "ordered", "2019-02-01", "month",
     "clause"),
    # the sentence before, when the story goes on; never a neighbour telling another story
    ("Troops entered Tulkarm on Monday. They arrested two men.", "2024-03-20", "arrested",
     "2024-03-18", "day", "carried"),
    ("Troops entered Tulkarm on Monday. Officials met in Ramallah to discuss aid.", "2024-03-20",
     "met", "2024-03-20", None, "publication"),
    # what is told in the present or present perfect is of the report's time, never carried
    ("The three men were seized in early January. All three have supplied information to "
     "interrogators.", "2018-02-08", "supplied", "2018-02-08", None, "publication"),
    ("Troops entered the town on Monday. It is being hailed as the end of the war.",
     "2019-02-20", "hailed", "2019-02-20", None, "publication"),
    # an event noun takes the time of the clause describing it
    ("His sons were injured by an airstrike that also killed their father in January.",
     "2019-03-23", "airstrike", "2019-01-01", "month", "clause"),
    ("He accused the bloc of breaking a bargain struck in March 2016.", "2017-11-27",
     "bargain", "2016-03-01", "month", "clause"),
    # "three months earlier than believed" compares two times: it moves neither
    ("A witness said the clash took place in September, three months earlier than officials "
     "believed.", "2019-02-10", "clash", "2018-09-01", "month", "clause"),
    # ... and "for five weeks before" tells a span, no shift
    ("He trained for five weeks before working in Raqqa, where he was killed on 25 November.",
     "2018-01-10", "killed", "2017-11-25", "day", "clause"),
    ("He trained for about five weeks before working in Raqqa, where he was killed on 25 "
     "November.", "2018-01-10", "killed", "2017-11-25", "day", "clause"),
    # what a relative clause tells of the happening an act was done in is of the act's time
    ("Last Thursday, dozens of people were killed in an attack that targeted a school.",
     "2018-03-14", "targeted", "2018-03-08", "day", "sentence"),
    # ... not what it tells of a place or thing
    ("Six people were killed on Monday in a town that rebels captured.", "2018-03-14",
     "captured", "2018-03-14", None, "publication"),
    # a conjunct of a relative clause shares that clause's time
    ("The militia, which seized the town in 2016 and killed ten people, denied the charge on "
     "Monday.", "2018-02-19", "killed", "2016-01-01", "year", "sentence"),
    # the purpose of what only would happen is not of the time it is said
    ("Reports emerged on Monday that militiamen would enter Afrin to assist Kurdish fighters.",
     "2018-02-21", "assist", "2018-02-21", None, "publication"),
    # what is told in the present goes on now, whenever it is said
    ("Tillerson outlined the strategy last month, saying the US would keep fighting Isis as it "
     "retreats into the desert.", "2018-02-19", "retreats", "2018-02-19", None, "publication"),
    ("On Monday, police said that gunmen have attacked a bus.", "2024-03-20", "attacked",
     "2024-03-18", "day", "sentence"),
    # a time of what only would happen dates no other clause
    ("The envoy said there was a long way to go to form a committee, and his successor would "
     "pick up the work in the new year.", "2018-12-18", "form", "2018-12-18", None,
     "publication"),
    # what is told of a thing deeper in the sentence is not of the time of the telling
    ("The state department said last year they were members of a cell which was responsible "
     "for holding and beheading hostages.", "2018-02-09", "beheading", "2018-02-09", None,
     "publication"),
    ("In 2015, activists launched a petition asking for the rescuers to be provided with radar "
     "information held by the coalition.", "2018-05-11", "provided", "2015-01-01", "year",
     "sentence"),
    # what someone is judged or blamed for was done before, by a span not said
    ("He was jailed on Monday for smuggling weapons.", "2018-02-14", "smuggling", "2018-02-14",
     None, "publication"),
    ("He was jailed for smuggling weapons in 2015.", "2018-02-14", "smuggling", "2015-01-01",
     "year", "clause"),
    ("The court on Monday heard the case of a man accused of funding the militia.",
     "2018-02-14", "funding", "2018-02-14", None, "publication"),
    ("In October last year, a committee criticised the government for refusing to explain "
     "its targets.", "2017-10-12", "refusing", "2016-10-01", "month", "sentence"),
    # a present however written goes on now
    ("Its staff have been in jail since the failed putsch in 2017, and it’s now being run "
     "by party loyalists.", "2019-02-01", "run", "2019-02-01", None, "publication"),
    # what was done is never dated after the report
    ("The envoy is expected to hold talks in Ankara on Tuesday, after he placed conditions on "
     "the withdrawal.", "2019-01-07", "placed", "2019-01-07", None, "publication"),
    ("As the New Year starts, the Senate has accused the prince of ordering the killing.",
     "2018-12-27", "accused", "2018-12-27", None, "publication"),
    ("As the New Year starts, the Senate has accused the prince of ordering the killing.",
     "2018-12-27", "ordering", "2018-12-27", None, "publication"),
    ("The talks planned for next week were called off.", "2018-12-18", "talks", "2018-12-25",
     "week", "clause"),
    # an elapsed span dates what its "since" tells, counted back from the report at the span's
    # unit; the span itself is no act of that time
    ("It is six weeks since the woman surrendered to Kurdish forces.", "2019-02-18",
     "surrendered", "2019-01-07", "week", "clause"),
    ("It has been three months since rebels seized the town, the governor says.", "2019-02-18",
     "seized", "2018-11-18", "month", "clause"),
    ("A lawyer who has represented her in the four years since her family left home spoke.",
     "2019-02-18", "left", "2015-02-18", "year", "clause"),
    ("Much has changed in the fifteen years since the invasion of Iraq.", "2019-02-18",
     "invasion", "2004-02-18", "year", "clause"),
    ("It was four years since Russia seized Crimea and helped arm separatists in Ukraine.",
     "2018-03-04", "helped", "2014-03-04", "year", "clause"),
    ("A lawyer who has represented her in the four years since her family left home spoke.",
     "2019-02-18", "represented", "2019-02-18", None, "publication"),
    # a later conjunct's time is not that of the one before it
    ("Turkey had trained the groups, but earlier this year used them against Afrin.",
     "2018-09-08", "trained", "2018-09-08", None, "publication"),
    ("Turkey had trained the groups, but earlier this year used them against Afrin.",
     "2018-09-08", "used", "2018-01-01", "year", "clause"),
    # a conjunct with a doer of its own keeps its time to itself
    ("She was stripped of her citizenship, but the minister said on Sunday he would help.",
     "2019-03-12", "stripped", "2019-03-12", None, "publication"),
    ("Rebels attacked the town on Friday and the army shelled it.", "2018-09-08", "shelled",
     "2018-09-07", "day", "sentence"),
    # decades count back from the report, never shift another time
    ("Following in the tradition of the brigades eight decades earlier, the volunteer has "
     "risked his life to fight the militants.", "2018-03-06", "fight", "2018-03-06", None,
     "publication"),
    # a present participle describing a thing of the clause tells the event's time; what lies
    # under a past perfect is background
    ("A doctor was kidnapped by armed men wearing masks in November 2013.", "2018-01-06",
     "kidnapped", "2013-11-01", "month", "clause"),
    ("He condemned the regime, even though he had been seen embracing its leader in 1991.",
     "2017-10-04", "condemned", "2017-10-04", None, "publication"),
    ("He condemned the regime, even though he had been seen embracing its leader in 1991.",
     "2017-10-04", "embracing", "1991-01-01", "year", "clause"),
])
def test_date_sources_by_construction(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


@pytest.mark.parametrize("text, expected", [
    ("Police arrested him yesterday.", ["yesterday"]),
    ("On Friday troops shelled the town; two months ago the army left.",
     ["On Friday", "two months ago"]),
    ("On 3 March 2024 troops shelled the town.", []),
    ("Troops shelled the town one day after the raid.", []),
    ("Troops shelled the town.", []),
])
def test_date_needs_pubdate_names_what_only_a_pubdate_places(text, expected):
    from dateline.date import needs_pubdate

    assert needs_pubdate(text) == expected


@pytest.mark.parametrize("pubdate, expected", [
    ("2018-03-31", "2018-03-31"),
    (None, None),
    ("", None),
    ("2018-13-01", None),        # no such month
    ("31/03/2018", None),        # not ISO
    ("2018-03-31T10:00", None),  # a time, not a date
])
def test_date_checked_pubdate_is_a_date_or_a_clear_error(pubdate, expected):
    from dateline.date import checked_pubdate
    from dateline.errors import ConfigError

    if expected is not None or not pubdate:
        assert checked_pubdate(pubdate) == expected
        return
    with pytest.raises(ConfigError, match="publication date must be a date YYYY-MM-DD"):
        checked_pubdate(pubdate)


# one phrase or more of every kind of time expression, and holiday names in their variants
_EXPRESSIONS = [
    "2024-03-05", "March 3, 2009", "Sept. 12th", "3rd of March 2010", "in early May 2011",
    "late-June", "February 2020", "in 1998", "mid-2004", "throughout the early 1990s",
    "during the summer of 2016", "last autumn", "in the fall", "about two weeks ago",
    "a couple of months ago", "more than three days before", "one week prior to",
    "a day earlier", "the following week", "the preceding day", "earlier in the month",
    "later this year", "the day before yesterday", "overnight", "this evening", "tomorrow",
    "over the weekend", "last Friday night", "since Mondays", "on the eve of Eid al-Adha",
    "Eid ul Fitr", "Bakr Eid", "Eid alAdha", "Rosh\tHashanah", "New Year's Eve",
    "holy month of Ramadan", "Rosh Hashana",
    "FRİDAY", "SUNDAY", "Chriſtmas", "Saturday 31 August 2013", "in October last year",
    "4 July this year", "an October attack", "the same month", "later that day",
    "at the beginning of the year", "the end of last month", "the day before",
    "a fortnight ago", "last weekend", "the mid-90s", "in the late nineties", "the '80s",
    "at the turn of the millennium", "since the turn of the century", "the end of February",
    "the first week of May",
]


@pytest.mark.parametrize("text", _EXPRESSIONS)
def test_date_patterns_words_needed_are_in_every_match(text: str) -> None:
    """A pattern skipped for want of its words would have found nothing: each match of each
    pattern holds a word of each of its groups."""
    from dateline import holidays
    from dateline.date_patterns import NEEDS, may_occur, needle_text
    from dateline.timex import _PATTERNS

    found = [(kind, m.group(0)) for kind, pattern in _PATTERNS for m in pattern.finditer(text)]
    found += [("holiday", m.group(0)) for m in holidays.table()[1].finditer(text)]
    assert found, text
    for kind, match in found:
        folded = needle_text(match)
        assert holidays.pattern_in(folded) is not None if kind == "holiday" else \
            may_occur(NEEDS.get(kind, ()), folded), (kind, match)


# texts whose matches lie far from the start of the words they need, or next to near misses
_FAR_FROM_THEIR_WORDS = [
    "On Saturday,   the 31st  of\n August 2013 the talks ended.",
    "It happened more than a couple of days after the vote, just over two weeks later.",
    "Troops left in - early - March; x-last Monday evening they came back.",
    "Later  the same\nweek, at  the  start of this year, in-  -2012 and 2011-03-04.",
    "A decade of decline: the decision in Mar. 2011 and the market that May.",
    "Prices rose during the  mid-1990s and in the late '90s; the parties met in the nineties.",
    "It was more than a couple of days ago, or just over a few weeks ago, at least.",
    "The day  before\nyesterday and overnight; over the weekend, in the recent few days.",
    "Last summer, in the autumn of 2003, the following-week, since the turn of the century.",
    "Watched since  as  early  as 2013, and since as far\nback as 2011.",
]


@pytest.mark.parametrize("text", _EXPRESSIONS + _FAR_FROM_THEIR_WORDS)
def test_date_patterns_matches_as_a_full_scan_finds_them(text: str) -> None:
    """Trying a pattern only where a match can start finds what scanning every position finds."""
    from dateline.date_patterns import Layout, matches, needle_text
    from dateline.timex import _PATTERNS

    layout = Layout(text, needle_text(text))
    scanned = [(kind, m.span(), m.groupdict()) for kind, pattern in _PATTERNS
               for m in pattern.finditer(text)]
    assert scanned or text in _EXPRESSIONS, text  # some of those name only holidays
    assert [(kind, m.span(), m.groupdict()) for kind, pattern in _PATTERNS
            for m in matches(kind, pattern, layout)] == scanned


def test_date_patterns_skipped_only_without_their_words() -> None:
    from dateline import holidays
    from dateline.date_patterns import NEEDS, may_occur, needle_text

    assert not may_occur(NEEDS["weekday"], needle_text("Police arrested two men."))
    assert may_occur(NEEDS["weekday"], needle_text("FRİDAY"))  # İ is an i to a case-blind match
    assert may_occur(NEEDS["shift"], needle_text("two days after the raid"))
    assert not may_occur(NEEDS["shift"], needle_text("two days of talks"))
    assert holidays.pattern_in(needle_text("A new law took effect this year.")) is None
    assert holidays.pattern_in(needle_text("Celebrations of the New\nYear went on.")) is not None

