"""Stage ``date``: what was done is never dated after the report, whatever clause around it
tells a later time; a text's act by its issuing; one death by the blow a later sentence dates
(sentences written for the project)."""

from __future__ import annotations

import pytest

from test_date import _dated, _dated_as


# (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    # an event noun of a clause told in the past takes no later time of the clause governing it
    ("The envoy is expected to hold talks in Ankara on Tuesday, after he placed conditions on "
     "the withdrawal.", "2019-01-07", "withdrawal", "2019-01-07", None, "publication"),
    ("The minister will visit the capital on Tuesday, after the army launched an offensive "
     "against the rebels.", "2019-01-07", "offensive", "2019-01-07", None, "publication"),
    # ... but the time of its own clause stays, and so does what is still to come
    ("The minister will visit the capital on Tuesday, after the army launched an offensive "
     "against the rebels.", "2019-01-07", "visit", "2019-01-08", "day", "clause"),
    ("The president announced the withdrawal of the troops on Tuesday.", "2019-01-07",
     "withdrawal", "2019-01-01", "day", "clause"),
    ("Leaders agreed to hold talks on the withdrawal next month.", "2019-01-07", "talks",
     "2019-02-01", "month", "clause"),
])
def test_date_done_is_never_after_the_report(nlp, text, pubdate, word, date, precision,
                                             source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# A text does what it says when it is issued, also where the parse hangs the verb on the text
# as its modifier ("The resolution, which was approved on Saturday, called for …").
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("The resolution, which was approved on Saturday, called for a ceasefire.", "2018-02-26",
     "called", "2018-02-24", "day", "clause"),
    ("The assembly motion, which was narrowly approved on Saturday, called for a ceasefire "
     "at once.", "2018-02-26", "called", "2018-02-24", "day", "clause"),
    ("The report, which was released on Saturday, accused the police of torture.",
     "2018-02-26", "accused", "2018-02-24", "day", "clause"),
    # ... not what it covers
    ("The report, which covers abuses committed in 2015, accused the police of torture.",
     "2018-02-26", "accused", "2018-02-26", None, "publication"),
])
def test_date_text_issued_misparsed_as_modifier(nlp, text, pubdate, word, date, precision,
                                                source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# One person's death told with no time ("has been killed") is dated by a later sentence telling
# what that person was doing when a blow struck, dated in the blow's own clause.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("A British volunteer has been killed in Syria, her commanders said. Ann Reed was "
     "travelling with her unit near the town when the convoy was struck by a missile on 16 "
     "March.", "2018-03-19", "killed", "2018-03-16", "day", "story"),
    ("A British volunteer has been killed in Syria, his family said. Tom Hall was clearing "
     "mines in the city when a bomb exploded on 25 November.", "2017-12-05", "killed",
     "2017-11-25", "day", "story"),
    # ... also where the parse hangs the "when" clause on a noun ("the city of Afrin when …")
    ("A British volunteer has been killed in Syria, her commanders have said. Ann Reed, from "
     "Leeds, was volunteering with the Kurdish Women's Units (YWU) – the all-female army of the "
     "People's Units (PU) – in the encircled town of Jindires when the truck she was riding in "
     "was struck by a Turkish shell on 16 March.", "2018-03-19", "killed", "2018-03-16", "day",
     "story"),
    # ... not by a blow the sentence dates elsewhere, nor one struck at another person
    ("A British volunteer has been killed in Syria, his family said. Tom Hall was clearing "
     "mines last year when a bomb exploded near his unit.", "2017-12-05", "killed",
     "2017-12-05", None, "publication"),
    ("A British volunteer has been killed in Syria, his family said. Another Briton, Tom Hall, "
     "was clearing mines when a bomb exploded on 25 November.", "2017-12-05", "killed",
     "2017-12-05", None, "publication"),
    # ... nor a "when" clause of what someone says
    ("A British volunteer has been killed in Syria, his family said. Tom Hall said he wept "
     "when the news hit him on 25 November.", "2017-12-05", "killed", "2017-12-05", None,
     "publication"),
])
def test_date_death_by_the_blow_told_after(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# The nights up to the report are its last days, as "in recent days" is.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("For the past two nights, jets have attacked the town.", "2019-03-04", "attacked",
     "2019-03-02", "week", "clause"),
    ("Jets have bombed the town over the last three nights.", "2019-03-04", "bombed",
     "2019-03-02", "week", "clause"),
    # ... not the last nights of another time
    ("Jets bombed the town in the last nights of the siege.", "2019-03-04", "bombed",
     "2019-03-04", None, "publication"),
])
def test_date_nights_up_to_the_report(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# "The attack" told again, when the story tells it by no word of its kind, is the happening of
# the death told a few sentences before, not the time of the sentence just before.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("Gunmen killed two officers in Kano on Thursday. The governor spoke on Saturday. Five "
     "others were wounded in the attack.", "2018-03-31", "wounded", "2018-03-29", "day",
     "story"),
    ("The soldier died alongside a comrade during an operation near the town on Thursday. "
     "Later on Saturday the comrade was named by the ministry. Five others were wounded in the "
     "attack.", "2018-03-31", "wounded", "2018-03-29", "day", "story"),
    # ... but a telling of its own kind comes first
    ("Gunmen attacked a checkpoint near Kano on Tuesday. Two officers died in hospital on "
     "Thursday. Five others were wounded in the attack.", "2018-03-31", "wounded", "2018-03-27",
     "day", "story"),
])
def test_date_attack_named_again_after_a_death(nlp, text, pubdate, word, date, precision,
                                               source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# A finite past verb with an object that the parse hangs on a noun as its modifier is the
# sentence's own clause, carrying on the story like any main verb.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("On 31 August 2013 the president spoke in the garden. Ten days earlier, the army had "
     "launched an attack near the capital. Chlorine gas dropped from helicopters killed more "
     "than 300 people, dozens of them children.", "2018-02-10", "killed", "2013-08-21",
     "day", "carried"),
    # ... not a participle with an object under a copula ("one of eight nationals killed")
    ("Ann Reed died on 15 March when her post was hit by a shell. She was one of "
     "eight British nationals killed fighting alongside the militia since the first volunteers "
     "arrived in 2014.", "2018-04-01", "killed", "2018-04-01", None, "publication"),
])
def test_date_misparsed_main_verb_carries_the_story(nlp, text, pubdate, word, date, precision,
                                                    source):
    assert _dated_as(nlp, text, pubdate, word, "ASSAULT") == (date, precision, source)


# A participle describing a noun tells an act of its own: the time of the clause around the
# noun (another act's) does not date it; a time in its own phrase does.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("A man arrested in Kano was released on Monday.", "2018-02-10", "arrested", "2018-02-10",
     None, "publication"),
    ("A volunteer killed in Syria was named by the ministry on Monday.", "2018-02-10", "killed",
     "2018-02-10", None, "publication"),
    ("The men killed on Monday were buried.", "2018-02-10", "killed", "2018-02-05", "day",
     "clause"),
    # ... the main clause keeps its time
    ("A man arrested in Kano was released on Monday.", "2018-02-10", "released", "2018-02-05",
     "day", "clause"),
    # ... unless the parse has no main clause but the participle ("bombers linked to the group
    # killed": the killing misread as a participle of "group")
    ("In October, suicide bombers linked to the sect killed at least 41 pilgrims in a "
     "shrine in the capital.", "2017-12-31", "killed", "2017-10-01", "month", "clause"),
    ("On Friday night, up to ten fighters on motorbikes attempted to storm a military base near "
     "the oilfield.", "2019-02-10", "storm", "2019-02-08", "day", "clause"),
    # ... nor under a clause told in the present, which tells what holds
    ("Today the town is the object of an attack by militias backed by the army.", "2018-02-23",
     "backed", "2018-02-23", "day", "clause"),
    # ... and what an existential sentence tells of those it names is of its time
    ("Last week there were six people killed in the city.", "2018-03-14", "killed",
     "2018-03-07", "week", "clause"),
])
def test_date_participle_of_a_noun_keeps_its_own_time(nlp, text, pubdate, word, date,
                                                      precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# A month or weekday hung on an act of force told as done is past, whatever the tense of the
# clause governing it ("is investigating the attack in January" in a December report); a
# planned act or a plain occasion still takes the one nearest the report.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("Investigators are examining the January attack on the base.", "2018-12-27", "attack",
     "2018-01-01", "month", "clause"),
    ("Investigators are examining the attack on the base in January.", "2018-12-27",
     "attack", "2018-01-01", "month", "clause"),
    ("The families are still waiting for justice for the killings in January.",
     "2018-12-27", "killings", "2018-01-01", "month", "clause"),
    ("The army is investigating an attack in January that killed five soldiers.",
     "2018-12-27", "killed", "2018-01-01", "month", "sentence"),
    ("Police are investigating an attack on Friday in which five soldiers were killed.",
     "2018-12-05", "attack", "2018-11-30", "day", "clause"),
    ("Officials are investigating a raid in November that killed five soldiers.", "2019-01-10",
     "killed", "2018-11-01", "month", "sentence"),
    ("The ministers are meeting on Friday.", "2018-12-05", "meeting", "2018-12-07", "day",
     "clause"),
    ("Officials are preparing talks in January that were agreed last week.", "2018-12-05",
     "talks", "2019-01-01", "month", "clause"),
    ("The government is preparing an offensive in January.", "2018-12-27", "offensive",
     "2019-01-01", "month", "clause"),
    ("Voters will choose a new parliament in the elections in January.", "2018-12-27",
     "elections", "2019-01-01", "month", "clause"),
])
def test_date_month_of_a_done_act_is_past(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# "hours later", "shortly afterwards" keep the day told last; "the next morning" is the next day
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("Gunmen stormed a hotel in the capital on Tuesday. Hours later, police arrested two men.",
     "2021-05-14", "arrested", "2021-05-11", "day", "sentence"),
    ("Gunmen stormed a hotel in the capital on Tuesday. Police arrested two men hours later.",
     "2021-05-14", "arrested", "2021-05-11", "day", "sentence"),
    ("On Tuesday night, gunmen stormed a hotel in the capital. A few hours later, soldiers "
     "surrounded the building.", "2021-05-14", "surrounded", "2021-05-11", "day", "sentence"),
    ("Gunmen stormed a hotel in the capital on Tuesday. Shortly afterwards, police arrested "
     "two men.", "2021-05-14", "arrested", "2021-05-11", "day", "sentence"),
    ("Gunmen stormed a hotel in the capital on Tuesday. The next morning, police arrested two "
     "men.", "2021-05-14", "arrested", "2021-05-12", "day", "sentence"),
    ("Gunmen stormed a hotel in the capital on Tuesday. The following night, police arrested "
     "two men.", "2021-05-14", "arrested", "2021-05-12", "day", "sentence"),
    # ... with no day told before, no day
    ("Police arrested two men. Hours later, they were released.", "2021-05-14", "released",
     "2021-05-14", None, "publication"),
    ("Hours after the blast, police arrested two men.", "2021-05-14", "arrested", "2021-05-14",
     None, "publication"),
])
def test_date_hours_later_keeps_the_day_told(nlp, text, pubdate, word, date, precision,
                                             source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# The lead's act of force, told with no time, takes the day the next sentence gives the story
# it sums up; not an act the lead tells as the occasion of another, nor when the next sentence
# tells another act.
@pytest.mark.parametrize(("text", "pubdate", "word", "event_type", "date", "precision",
                          "source"), [
    ("Gunmen have stormed a hotel in the capital, killing 12 people. The attackers arrived at "
     "the hotel on Tuesday night and opened fire in the lobby.", "2021-05-14", "stormed",
     "ASSAULT", "2021-05-11", "day", "carried"),
    ("Gunmen have stormed a hotel in the capital, killing 12 people. The attackers arrived at "
     "the hotel on Tuesday night and opened fire in the lobby.", "2021-05-14", "killing",
     "ASSAULT", "2021-05-11", "day", "carried"),
    ("Gunmen have stormed a hotel in the capital, killing 12 people. Police arrested two men "
     "on Wednesday.", "2021-05-14", "stormed", "ASSAULT", "2021-05-14", None, "publication"),
    ("Gunmen have stormed a hotel in the capital. The attackers arrived at the hotel in 2019.",
     "2021-05-14", "stormed", "ASSAULT", "2021-05-14", None, "publication"),
    ("Troops have been deployed to the capital after gunmen stormed a hotel. They arrived on "
     "Tuesday.", "2021-05-14", "stormed", "ASSAULT", "2021-05-14", None, "publication"),
    ("The government has condemned the attack. The attackers arrived at the hotel on Tuesday "
     "night.", "2021-05-14", "condemned", "ACCUSE", "2021-05-14", None, "publication"),
])
def test_date_lead_takes_the_day_the_story_gives(nlp, text, pubdate, word, event_type, date,
                                                 precision, source):
    assert _dated_as(nlp, text, pubdate, word, event_type) == (date, precision, source)


# An act done by a happening, or in one, takes the time the clause telling when it took place
# gives; not a clause telling another act of its doer.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("The attack, which took place on Tuesday, killed 12 people.", "2021-05-14", "killed",
     "2021-05-11", "day", "clause"),
    ("Twelve people died in the clashes, which erupted on Saturday.", "2021-05-14", "died",
     "2021-05-08", "day", "clause"),
    ("Twelve people died in the fighting, which broke out on Saturday.", "2021-05-14", "died",
     "2021-05-08", "day", "clause"),
    ("The militants, who took the town on Saturday, killed 12 people.", "2021-05-14", "killed",
     "2021-05-14", None, "publication"),
    ("The attack, which was claimed by Isis on Wednesday, killed 12 people.", "2021-05-14",
     "killed", "2021-05-14", None, "publication"),
])
def test_date_act_of_a_happening_takes_its_time(nlp, text, pubdate, word, date, precision,
                                                source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
