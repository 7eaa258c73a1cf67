"""Stage ``date`` by construction: what a sentence's other clauses, its verbs' tenses and the
story around it tell of an event's time."""

from __future__ import annotations

import pytest

from dateline.date import time_expressions

from test_date import _date_of, _dated, _dated_as


# A later sentence about the same happening, in the simple past and with no time of its own,
# takes the time of the happening it goes on telling of; background, reactions and what is
# told in the present keep the report's date. (text, pubdate, trigger, event type, date,
# precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "event_type", "date", "precision",
                          "source"), [
    ("Rebels attacked a checkpoint last week. Six soldiers were killed.", "2018-03-14",
     "killed", "ASSAULT", "2018-03-07", "week", "carried"),
    ("Protesters gathered in the capital on Saturday. Police fired tear gas.", "2018-03-14",
     "fired", "ASSAULT", "2018-03-10", "day", "carried"),
    ("Jets struck targets near Damascus on Saturday, the army said. The raids destroyed a "
     "radar.", "2018-03-14", "raids", "ASSAULT", "2018-03-10", "day", "carried"),
    ("Last week, militants stormed a hotel in Kabul. Gunmen killed 22 people.", "2018-03-14",
     "killed", "ASSAULT", "2018-03-07", "week", "carried"),
    # ... told in the past perfect, with its own time or shifted from one told before
    ("Rebels had stormed the barracks on 8 March. Six soldiers were killed.", "2018-03-14",
     "killed", "ASSAULT", "2018-03-08", "day", "carried"),
    ("Troops entered the town on 10 March. Two days earlier, rebels had stormed the barracks. "
     "Six soldiers were killed.", "2018-03-14", "killed", "ASSAULT", "2018-03-08", "day",
     "carried"),
    # ... or by a "when" clause of the main verb, which tells the moment of the same happening
    ("Rebels attacked a checkpoint last week. Soldiers were sleeping when the gunmen opened "
     "fire.", "2018-03-14", "opened", "ASSAULT", "2018-03-07", "week", "carried"),
    ("Rebels attacked a checkpoint in 2015. Soldiers were sleeping when the gunmen opened "
     "fire.", "2018-03-14", "opened", "ASSAULT", "2018-03-14", None, "publication"),
    # ... also past what is told in the present around the story, with no time of its own
    ("Rebels attacked a checkpoint last week. The town lies on the main road. Six soldiers "
     "were killed.", "2018-03-14", "killed", "ASSAULT", "2018-03-07", "week", "carried"),
    ("The engineer died on 25 November. He was trying to rescue a girl who had wandered into a "
     "building when a bomb exploded.", "2017-12-05", "exploded", "ASSAULT", "2017-11-25", "day",
     "carried"),
    # ... and through sentences of it told in the simple past with no time of their own
    ("Gunmen stormed a hotel in the capital last Thursday. The raid was the third on the "
     "road. Guards fled. A bomber blew himself up.", "2018-03-14", "blew", "ASSAULT",
     "2018-03-08", "day", "carried"),
    ("Gunmen stormed a hotel in the capital last Thursday. The raid was the worst of the "
     "war. Six guards were killed.", "2018-03-14", "killed", "ASSAULT", "2018-03-08", "day",
     "carried"),
    # ... also when a past saying at the head of the sentence reports it
    ("Rebels attacked a checkpoint last week. Six soldiers were killed, officials said.",
     "2018-03-14", "killed", "ASSAULT", "2018-03-07", "week", "carried"),
    # a few words in quotation marks name a thing: no one's account
    ("Last week, militants stormed a village of people they call \u201cdevil worshippers\u201d. "
     "Gunmen killed 22 people.", "2018-03-14", "killed", "ASSAULT", "2018-03-07", "week",
     "carried"),
    # a reaction is not the happening: it keeps the report's date
    ("On Saturday, gunmen kidnapped an aid worker. The kidnappers demanded a ransom.",
     "2018-03-14", "demanded", "REQUEST", "2018-03-14", None, "publication"),
    # history told after it is not the happening either
    ("Rebels attacked a checkpoint last week. The army has shelled the town for years.",
     "2018-03-14", "shelled", "ASSAULT", "2018-03-14", None, "publication"),
    # a time told long before the report is background, never carried this way ...
    ("Rebels attacked a checkpoint in March 2016. Six soldiers were killed.", "2018-03-14",
     "killed", "ASSAULT", "2018-03-14", None, "publication"),
    # ... unless it opens the sentence: it sets the scene of the story told on, however old
    ("In the summer of 2014, militants overran the village. Fighters captured her on the "
     "road.", "2018-09-09", "captured", "COERCE", "2014-01-01", "year", "carried"),
    ("Four years ago, militants swept into the valley. Helicopters were dispatched to the "
     "mountain.", "2018-09-09", "dispatched", "MOBILIZE", "2014-09-09", "year", "carried"),
    # ... for any act told on, in a scene older than the news (not a reply to news of the week)
    ("In 2015, rebels overran the village. The government refused to negotiate with them.",
     "2018-09-09", "refused", "REJECT", "2015-01-01", "year", "carried"),
    ("Last week, rebels overran the village. The government refused to negotiate with them.",
     "2018-09-09", "refused", "REJECT", "2018-09-09", None, "publication"),
    # ... and so does a shift that opens it
    ("The president spoke on 31 August 2013. Ten days earlier, the army had launched a gas "
     "attack. The gas killed hundreds of people.", "2018-02-10", "killed", "ASSAULT",
     "2013-08-21", "day", "carried"),
    # ... but not one told after the subject
    ("The president spoke on 31 August 2013. The army had launched a gas attack ten days "
     "earlier. The gas killed hundreds of people.", "2018-02-10", "killed", "ASSAULT",
     "2018-02-10", None, "publication"),
    # ... nor a time past a sentence told in the past perfect, before the scene by a span not said
    ("Gunmen stormed a hotel in the capital last Thursday. The guards had fled. Six guards "
     "were killed.", "2018-03-14", "killed", "ASSAULT",
     "2018-03-14", None, "publication"),
    # ... nor what is told as done before the story ("previously")
    ("Rebels attacked a checkpoint last week. Jets previously bombed the town.", "2018-03-14",
     "bombed", "ASSAULT", "2018-03-14", None, "publication"),
    # nor is a quotation
    ("Rebels attacked a checkpoint last week. \u201cSix soldiers were killed,\u201d he said.",
     "2018-03-14", "killed", "ASSAULT", "2018-03-14", None, "publication"),
])
def test_date_carries_the_happening_told_on(nlp, text, pubdate, word, event_type, date,
                                            precision, source):
    assert _dated_as(nlp, text, pubdate, word, event_type) == (date, precision, source)


# The year of a thing ("a 2015 airstrike", "the 2003 invasion") dates the act that is the thing
# or happened in it, not an act done to it; a count is no year; and a time bounding a span in
# one sentence ("since the intervention in 2015") is no story's time for the next.
# (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("The group's leader was killed in a 2015 airstrike.", "2018-02-08", "killed",
     "2015-01-01", "year", "clause"),
    ("Russia's 2015 intervention turned the war.", "2018-05-20", "intervention", "2015-01-01",
     "year", "clause"),
    ("His father was arrested during the 1982 crackdown on the city.", "2018-05-13", "arrested",
     "1982-01-01", "year", "clause"),
    # the time of a noun in a clause told in the present does not date a past act
    ("How they were captured is still unknown, with accounts on Friday suggesting they fled.",
     "2018-02-09", "captured", "2018-02-09", None, "publication"),
    # an act done to a thing of another year is not of that year
    ("Washington pulled out of the 2015 nuclear deal.", "2018-05-20", "pulled", "2018-05-20",
     None, "publication"),
    ("Washington pulled out of the 2015 nuclear deal last week.", "2018-05-20", "pulled",
     "2018-05-13", "week", "clause"),
    # a number counting people is no year
    ("Troops fired on the 2000 people who gathered in the square.", "2018-05-20", "fired",
     "2018-05-20", None, "publication"),
    # what is told in the present goes on now, whatever the time of a thing it names
    ("The navy is still recovering from the failed mutiny of July 2016.", "2018-01-28",
     "recovering", "2018-01-28", None, "publication"),
    ("The army recovered from the failed coup of July 2016.", "2018-01-28", "recovered",
     "2016-07-01", "month", "clause"),
    ("The president is visiting Paris in July 2017.", "2017-06-28", "visiting", "2017-07-01",
     "month", "clause"),
    ("The summit follows the collapse of the opposition since Moscow's armed intervention in "
     "2015. \u201cThe war is won,\u201d the president declared as he hosted the two leaders.",
     "2017-11-22", "hosted", "2017-11-22", None, "publication"),
    # so is the day or month of a thing an act is about, for or against ("Monday's bombing"),
    # but not of a thing it happened in or at, or took part in
    ("The group claimed responsibility for Monday's bombing.", "2018-03-14", "claimed",
     "2018-03-14", None, "publication"),
    ("Police arrested a man over Saturday's attack on the mosque.", "2018-03-14", "arrested",
     "2018-03-14", None, "publication"),
    ("Protesters marched against the March 2017 decision to close the border.", "2018-03-14",
     "marched", "2018-03-14", None, "publication"),
    ("Police fired tear gas at Saturday's rally.", "2018-03-14", "fired", "2018-03-10", "day",
     "clause"),
    # ... or takes a stance on, after it (but what one took part in was at its time)
    ("Officials condemned Monday's bombing of the market.", "2018-03-14", "condemned",
     "2018-03-14", None, "publication"),
    ("The minister welcomed last year's agreement with the rebels.", "2018-03-14", "welcomed",
     "2018-03-14", None, "publication"),
    ("Thousands of farmers joined Saturday's march on the capital.", "2018-03-14", "joined",
     "2018-03-10", "day", "clause"),
    ("At the end of Sunday's talks, the two sides agreed to a ceasefire.", "2018-03-14",
     "agreed", "2018-03-11", "day", "clause"),
    # ... nor the day of a thing the act came before
    ("Opposition leaders rejected the plan ahead of Monday's vote.", "2018-04-12", "rejected",
     "2018-04-12", None, "publication"),
    ("Troops were deployed on the eve of Sunday's election.", "2018-04-12", "deployed",
     "2018-04-12", None, "publication"),
    # what an act going on is done for is not reached yet
    ("The minister said on Sunday he was working with aid agencies to rescue the children.",
     "2018-04-12", "rescue", "2018-04-12", None, "publication"),
])
def test_date_year_of_a_thing_and_span_bounds(nlp, text, pubdate, word, date, precision,
                                             source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# What a relative clause tells of a dated thing is of its time ("a call on Friday in which he
# agreed"; done, so the Friday before the report), never of a time said of something else; a
# time carried from another sentence never dates what was done after the report.
# (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("The decision follows a phone call with the Turkish president on Friday where he agreed "
     "to do so, officials said.", "2018-12-19", "agreed", "2018-12-14", "day", "sentence"),
    ("The talks on Monday, which the opposition boycotted, ended without a deal.", "2018-12-19",
     "boycotted", "2018-12-17", "day", "sentence"),
    ("Attorneys for the family of a girl who died in custody called for an investigation into "
     "the death on Wednesday.", "2018-12-19", "died", "2018-12-19", None, "publication"),
    # a time under the relative clause is its own
    ("The guard, who shot himself to escape arrest on 21 December 2016, was 20.", "2018-03-14",
     "shot", "2016-12-21", "day", "sentence"),
    ("The rebels, who have been fighting for autonomy since the 1990s, were listed as "
     "terrorists in 2004.", "2018-12-19", "fighting", "1990-01-01", "decade", "clause"),
    # what was tried was done when it was tried; what would be tried was not
    ("It began in mid-September and it was a most determined attempt to kill him.",
     "2019-02-10", "kill", "2018-09-01", "month", "sentence"),
    ("In September the militants tried to capture him.", "2019-02-10", "capture", "2018-09-01",
     "month", "clause"),
    # a month or year opening the sentence sets the time of what a relative clause tells as
    # done; a day does not (what a man was jailed for was done before)
    ("In 2015, rebels who stormed the town killed ten people.", "2019-02-10", "stormed",
     "2015-01-01", "year", "sentence"),
    ("In the summer of 2015, she went north with families who fled to escape the militants' "
     "assault.", "2019-02-10", "assault", "2015-01-01", "year", "sentence"),
    ("On Monday a court jailed a man who attacked a policeman.", "2019-02-10", "attacked",
     "2019-02-10", None, "publication"),
    # nor what a clause on the act's object tells: that was done before the act
    ("In March, a court convicted the soldiers who killed a protester.", "2019-06-10", "killed",
     "2019-06-10", None, "publication"),
    ("Last month, the army launched an offensive against rebels who attacked a base.",
     "2019-06-10", "attacked", "2019-06-10", None, "publication"),
    ("In September the militants said they would try to capture him.", "2019-02-10", "capture",
     "2019-02-10", None, "publication"),
    ("We will be back early in the new year. The leader lashed out a day after agreeing to "
     "close his charity, accused of fraud by the prosecutor.", "2018-12-19", "accused",
     "2018-12-19", None, "publication"),
    # a text does what it says when it is issued; another doer's own time is not its act's
    ("The resolution, which the council approved on Saturday, demanded an immediate "
     "ceasefire.", "2018-02-26", "demanded", "2018-02-24", "day", "clause"),
    ("The rebels, who attacked the town on Saturday, killed six soldiers.", "2018-02-26",
     "killed", "2018-02-26", None, "publication"),
    # a clause of what the text covers or describes is not of its issuing
    ("The report, which covers abuses committed in 2015, accused the police of torture.",
     "2018-02-26", "accused", "2018-02-26", None, "publication"),
    ("The statement, which described the killings in January, condemned the army.",
     "2018-02-26", "condemned", "2018-02-26", None, "publication"),
])
def test_date_relative_clause_of_a_dated_thing(nlp, text, pubdate, word, date, precision,
                                              source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# An account quoted or reported over several sentences keeps the time it was told in, however
# long before the report; a shift counted from a time the text never gives is no date of its
# own; a period named by its decade or by the turn of the millennium is of that period.
# (text, pubdate, trigger, event type, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "event_type", "date", "precision",
                          "source"), [
    ("In September they tried to storm the town. There were many people killed.",
     "2018-03-14", "killed", "ASSAULT", "2017-09-01", "month", "carried"),
    ("\u201cIn September they tried to storm the town. Many people were killed,\u201d said a "
     "farmer.", "2018-03-14", "killed", "ASSAULT", "2017-09-01", "month", "carried"),
    ("A farmer said that in September the militia tried to storm the town. \u201cMany people "
     "were killed. Soldiers burned the market.\u201d", "2018-03-14", "burned", "ASSAULT",
     "2017-09-01", "month", "carried"),
    ("\u201cIn September the militia tried to storm the town,\u201d he said. \u201cSoldiers "
     "burned the market.\u201d", "2018-03-14", "burned", "ASSAULT", "2017-09-01", "month",
     "carried"),
    ("Farmers said that in September rebels stormed the town. They burned the market.",
     "2018-03-14", "burned", "ASSAULT", "2017-09-01", "month", "carried"),
    # an account told now of the past ("she recalls") goes on with the story told before it
    ("In 2015, he was beaten at a rally. \u201cHe told me a boy had been hurt and nobody was "
     "helping him,\u201d recalls his aunt. \u201cSo he ran to the boy. The thugs beat him "
     "with sticks.\u201d", "2018-04-01", "beat", "ASSAULT", "2015-01-01", "year", "carried"),
    # what the account tells as going on now, or as to come, is not of its time
    ("\u201cIn September they stormed the town. Now they are shelling the hospital,\u201d "
     "she said.", "2018-03-14", "shelling", "ASSAULT", "2018-03-14", None, "publication"),
    ("\u201cIn September they stormed the town. They will attack again,\u201d she said.",
     "2018-03-14", "attack", "ASSAULT", "2018-03-14", None, "publication"),
    ("\u201cIn September they stormed the town. They have burned the market,\u201d she said.",
     "2018-03-14", "burned", "ASSAULT", "2018-03-14", None, "publication"),
    # nor is what follows once the speaker turns to now
    ("\u201cIn September they stormed the town. I respect them. They burned the market,\u201d "
     "she said.", "2018-03-14", "burned", "ASSAULT", "2018-03-14", None, "publication"),
    # no quotation: a time opening the sentence sets the scene of the story told on
    ("In September rebels stormed the town. Many people were killed.", "2018-03-14", "killed",
     "ASSAULT", "2017-09-01", "month", "carried"),
    ("Last week there were six people killed in Homs.", "2018-03-14", "killed", "ASSAULT",
     "2018-03-07", "week", "clause"),
    # a shift from a named event counts from that event's time when the text gives it ...
    ("Gunmen attacked a mosque in the city on 15 March. The day after the mosque shooting, "
     "police arrested a man.", "2018-03-20", "arrested", "COERCE", "2018-03-16", "day",
     "sentence"),
    ("Rebels attacked the town in May 2016. Two weeks later, police arrested a man.",
     "2018-03-20", "arrested", "COERCE", "2016-05-15", "month", "sentence"),
    # ... and makes up no day when it does not
    ("The day after the mosque shooting, police arrested a man.", "2018-03-20", "arrested",
     "COERCE", "2018-03-20", None, "publication"),
    ("Two weeks later, police arrested a man.", "2018-03-20", "arrested", "COERCE",
     "2018-03-20", None, "publication"),
    ("The talks went well. Rebels attacked the town a week after troops withdrew.",
     "2018-03-20", "withdrew", "RETREAT", "2018-03-20", None, "publication"),
    # ... but what is told as news now is of the report's time, and the shift counts from it,
    # as does what the article opens with
    ("A volunteer has been killed in the town a week after it was liberated, his mother has "
     "said.", "2018-03-20", "liberated", "ASSAULT", "2018-03-13", "week", "sentence"),
    ("Rebels attacked the town a week after troops withdrew.", "2018-03-20", "withdrew",
     "RETREAT", "2018-03-13", "week", "sentence"),
    ("The leader lashed out at prosecutors a day after agreeing to close his charity.",
     "2018-12-19", "agreeing", "AGREE", "2018-12-18", "day", "sentence"),
    ("The leader lashed out at prosecutors a day after agreeing to close his charity.",
     "2018-12-19", "lashed", "ACCUSE", "2018-12-19", None, "publication"),
    ("In the late 1990s the army shelled the town.", "2018-03-20", "shelled", "ASSAULT",
     "1990-01-01", "decade", "clause"),
    ("In the mid-90s troops attacked the village.", "2018-03-20", "attacked", "ASSAULT",
     "1990-01-01", "decade", "clause"),
    ("In the late nineties troops attacked the village.", "2018-03-20", "attacked", "ASSAULT",
     "1990-01-01", "decade", "clause"),
    ("In the early 2000s rebels seized the port.", "2018-03-20", "seized", "SEIZE",
     "2000-01-01", "decade", "clause"),
    ("At the turn of the millennium troops attacked the village.", "2018-03-20", "attacked",
     "ASSAULT", "2000-01-01", "year", "clause"),
])
def test_date_accounts_shifts_and_periods(nlp, text, pubdate, word, event_type, date, precision,
                                          source):
    assert _dated_as(nlp, text, pubdate, word, event_type) == (date, precision, source)


@pytest.mark.parametrize(("text", "pubdate", "date"), [
    ("the nineties", "2018-03-20", "1990-01-01"),
    ("the '20s", "2018-03-20", "1920-01-01"),
    ("the '20s", "2026-03-20", "2020-01-01"),
    ("the eighties", None, "1980-01-01"),
    ("the turn of the century", "2018-03-20", "2000-01-01"),
])
def test_date_decades_and_turns_by_the_report(text, pubdate, date):
    found = time_expressions(text, pubdate)
    assert [t.date for t in found] == [date]
    assert not time_expressions("a man in his 90s, after the turn of the century", pubdate)


@pytest.mark.parametrize("text", [
    "in the last days of the siege",  # the days of another time, not those up to the report
    "in the last hours before the vote",
])
def test_date_last_days_of_another_time(text):
    assert time_expressions(text, "2024-03-16") == []


# A deed named as what another act or thing is about keeps only a time of its own; one done
# before the report by a span the text does not say has the report's date, marked as the
# article's, with no precision. (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("On Friday the ministers were divided over the bombing.", "2019-05-04", "bombing",
     "2019-05-04", None, "publication"),
    ("The council opened an inquiry into the killing on Tuesday.", "2019-05-04", "killing",
     "2019-05-04", None, "publication"),
    ("On Friday the ministers were divided over the bombing of 2 April.", "2019-05-04",
     "bombing", "2019-04-02", "day", "clause"),
    ("A report about the raid in March 2017 was published on Friday.", "2019-05-04", "raid",
     "2017-03-01", "month", "clause"),
    # the time a deed was made known is no time of the deed
    ("Officials cited intelligence over the bombing made public by the ministry on Friday.",
     "2019-05-04", "bombing", "2019-05-04", None, "publication"),
    ("The raid on the depot, revealed on Tuesday, killed twelve guards.", "2019-05-04", "raid",
     "2019-05-04", None, "publication"),
    ("The raid on the depot, carried out on Tuesday, killed twelve guards.", "2019-05-04",
     "raid", "2019-04-30", "day", "clause"),
    # the act itself keeps its time
    ("The council opened an inquiry into the killing on Tuesday.", "2019-05-04", "opened",
     "2019-04-30", "day", "clause"),
    # a past perfect with no time of its own, nor a dated telling of it
    ("Troops had burned the market.", "2019-05-04", "burned", "2019-05-04", None, "publication"),
    # an act told as done later than the time around it, by a span not said
    ("The reporter was captured in 2012 with a photographer who was subsequently beheaded.",
     "2019-02-10", "beheaded", "2019-02-10", None, "publication"),
    ("Police arrested the man on Monday. He was later released.", "2019-02-10", "released",
     "2019-02-10", None, "publication"),
    # ... unless its own clause dates it, or the adverb is part of a shift
    ("Police arrested the man on Monday. He was later released on Friday.", "2019-02-10",
     "released", "2019-02-08", "day", "clause"),
    ("Police arrested the man on Monday and released him two days later.", "2019-02-10",
     "released", "2019-02-06", "day", "sentence"),
    # of two shifts, the one of the event's own clause
    ("Troops shelled the town on 3 May. On the same day, four people died in a raid, while "
     "ten were killed two days later in a village.", "2019-05-20", "killed", "2019-05-05",
     "day", "sentence"),
    ("Troops shelled the town on 3 May. On the same day, four people died in a raid, while "
     "ten were killed two days later in a village.", "2019-05-20", "died", "2019-05-03",
     "day", "sentence"),
])
def test_date_deeds_told_before_the_report(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# What a dated reporting clause tells as done was done by the time it was told: the telling's
# date, at its precision, is the act's latest bound (``sentence``), unless the act's own clause
# dates it; what is told as to come never takes it. The statements take their own time.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("The governor said on Friday that troops had burned the market.", "2019-05-04", "burned",
     "2019-05-03", "day", "sentence"),
    ("Officials said on Tuesday that troops captured the town.", "2024-03-15", "captured",
     "2024-03-12", "day", "sentence"),
    ("In a statement on Monday, the ministry announced it had arrested six men.", "2024-03-15",
     "arrested", "2024-03-11", "day", "sentence"),
    ("The minister told reporters in Ankara last week that the army had shelled the villages.",
     "2024-03-15", "shelled", "2024-03-08", "week", "sentence"),
    ("Speaking on Sunday, the president said rebels had attacked the convoy.", "2024-03-15",
     "attacked", "2024-03-10", "day", "sentence"),
    # the time between the saying and what is said, hung by the parse on what is said
    ("The army said on Thursday it had killed 12 militants.", "2024-03-15", "killed",
     "2024-03-14", "day", "sentence"),
    ("The army said on Thursday it had killed 12 militants.", "2024-03-15", "said",
     "2024-03-14", "day", "clause"),
    ("Iran warned on Thursday it would strike the bases.", "2024-03-15", "warned",
     "2024-03-14", "day", "clause"),
    # the act's own time comes first
    ("Officials said on Tuesday that troops captured the town in January.", "2024-03-15",
     "captured", "2024-01-01", "month", "clause"),
    # the content of a noun ("a claim … that …") is a clause of its own: the noun's time
    # ("a claim in an interview on Thursday") does not date it, its own time does
    ("He repeated the minister's claim in an interview on Thursday that the army has proof "
     "that rebels burned the depot.", "2024-03-15", "burned", "2024-03-15", None,
     "publication"),
    ("She dismissed reports that police beat the protesters on Monday.", "2024-03-15", "beat",
     "2024-03-11", "day", "clause"),
    # what is told in the present goes on now: no time of the sentence before or after the
    # report dates it
    ("They spoke on Sunday of how he planned to be home for Christmas now the war is over and "
     "the city is liberated.", "2017-10-24", "liberated", "2017-10-24", None, "publication"),
    # what is to come is not dated by the telling
    ("Officials said on Tuesday that troops would capture the town.", "2024-03-15", "capture",
     "2024-03-15", None, "publication"),
])
def test_date_reported_acts_by_the_telling(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# A month word that names a person is no time: after a first name or title, before a
# possessive, or, in a text naming such a person, as the one who acts. (text, pubdate, the
# dates found)
@pytest.mark.parametrize(("text", "pubdate", "dates"), [
    ("Erdoğan met Theresa May in London.", "2018-05-14", []),
    ("Mrs May said the talks went well.", "2018-05-14", []),
    ("May's government said it would act.", "2018-05-14", []),
    ("Erdoğan met Theresa May 12 days before the vote.", "2018-05-14", []),
    ("Theresa May flew to Ankara. She was praised by May's critics.", "2018-05-14", []),
    ("Theresa May flew to Ankara. The talks were criticised by May on Friday.", "2018-05-14",
     ["2018-05-11"]),
    ("Theresa May flew to Ankara. Since May took office, trade has grown.", "2018-05-14", []),
    ("Theresa May flew to Ankara. The May government said it would act.", "2018-05-14", []),
    # ... but a month is still a month, in such a text too
    ("Theresa May flew to Ankara. Rebels attacked the town in May.", "2018-05-14",
     ["2018-05-01"]),
    ("Rebels attacked the town on Saturday May 5.", "2018-05-14", ["2018-05-05"]),
    ("Since last April's attack, the town has been quiet.", "2018-05-14", ["2018-04-01"]),
    ("Talks resume in mid-May.", "2018-05-14", ["2018-05-01"]),
])
def test_date_month_names_of_people_are_no_time(nlp, text, pubdate, dates):
    found = [t.date for t in time_expressions(text, pubdate, nlp(text)) if t.date]
    assert found == dates



# An act done by saying so (a demand, an accusation, a refusal), told in the present as what a
# dated saying reports, was done when it was said; what the saying tells as going on is of
# now. (text, pubdate, trigger, event type, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "event_type", "date", "precision",
                          "source"), [
    ("\u201cWe demand the release of the prisoners,\u201d the minister told reporters on Monday.",
     "2018-02-08", "demand", "REQUEST", "2018-02-05", "day", "sentence"),
    ("The minister said on Monday that the country rejects the plan.", "2018-02-08",
     "rejects", "REJECT", "2018-02-05", "day", "sentence"),
    ("\u201cWe are asking Congress to act,\u201d the president said on Tuesday.", "2018-02-08",
     "asking", "REQUEST", "2018-02-06", "day", "sentence"),
    ("The minister said on Monday that troops are shelling the town.", "2018-02-08",
     "shelling", "ASSAULT", "2018-02-08", None, "publication"),
    # ... and so was a refusal or a request told as to come
    ("The minister said on Monday that the government would not negotiate with the rebels.",
     "2018-02-08", "negotiate", "REJECT", "2018-02-05", "day", "sentence"),
    # ... also by a speaker going on with a speech the sentence before dates
    ("On Monday the minister said the army had shelled the town. He added that the government "
     "would not negotiate with the rebels.", "2018-02-08", "negotiate", "REJECT", "2018-02-05",
     "day", "carried"),
    ("In a speech last month the president announced new sanctions. \u201cWe are asking "
     "Congress to fund the army,\u201d he said.", "2018-02-08", "asking", "REQUEST",
     "2018-01-01", "month", "carried"),
    # ... or by the speaker named again, not by another one
    ("On Monday the president, Anna Berg, told reporters the talks were over. Berg said the "
     "government would not negotiate with the rebels.", "2018-02-08", "negotiate", "REJECT",
     "2018-02-05", "day", "carried"),
    ("On Monday the president, Anna Berg, told reporters the talks were over. Tom Moss said the "
     "government would not negotiate with the rebels.", "2018-02-08", "negotiate", "REJECT",
     "2018-02-08", None, "publication"),
    ("On Monday the president, Anna Berg, told reporters the talks were over. Eva Berg said the "
     "government would not negotiate with the rebels.", "2018-02-08", "negotiate", "REJECT",
     "2018-02-08", None, "publication"),
    ("On Monday the Foreign Ministry told reporters the talks were over. The Defence Ministry "
     "said the government would not negotiate with the rebels.", "2018-02-08", "negotiate",
     "REJECT", "2018-02-08", None, "publication"),
    ("On Monday the foreign ministry told reporters the talks were over. The ministry said the "
     "government would not negotiate with the rebels.", "2018-02-08", "negotiate", "REJECT",
     "2018-02-05", "day", "carried"),
])
def test_date_acts_done_by_saying_so(nlp, text, pubdate, word, event_type, date, precision,
                                     source):
    assert _dated_as(nlp, text, pubdate, word, event_type) == (date, precision, source)


# A time counted from "now" in quoted words counts from when they were said, when the sentence
# tells that day outside the quotation; else from the report.
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    ("On Monday, the minister told reporters: \u201cYesterday our forces destroyed three rebel "
     "positions.\u201d", "2018-03-16", "destroyed", "2018-03-11", "day", "sentence"),
    ("\u201cToday we liberated the city from the militants,\u201d the commander said on "
     "Tuesday.", "2018-03-16", "liberated", "2018-03-13", "day", "clause"),
    ("Yesterday the minister said: \u201cOur forces destroyed three rebel positions two days "
     "ago.\u201d", "2018-03-16", "destroyed", "2018-03-13", "day", "clause"),
    ("\u201cYesterday our forces destroyed three rebel positions,\u201d the minister said.",
     "2018-03-16", "destroyed", "2018-03-15", "day", "clause"),
    # a straight quotation mark closing a quotation opened in the sentence before
    ('"Our forces are strong. We destroyed three rebel positions yesterday," the minister '
     'said on Monday.', "2018-03-16", "destroyed", "2018-03-11", "day", "clause"),
    # ... or a curly one, and guillemets
    ("\u201cOur forces are strong. Yesterday we destroyed three rebel positions,\u201d the "
     "minister said on Monday.", "2018-03-16", "destroyed", "2018-03-11", "day", "clause"),
    ("\u00abYesterday our forces destroyed three rebel positions,\u00bb the minister said on "
     "Monday.", "2018-03-16", "destroyed", "2018-03-11", "day", "clause"),
])
def test_date_counted_in_speech_from_its_saying(nlp, text, pubdate, word, date, precision,
                                                source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


# A weekday told with a verb whose aspect says when: the coming one for what is planned now,
# the one before for what was done (text, pubdate, trigger, date, precision)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision"), [
    # "on Friday": the Friday before a Monday report; the report's own day when it is a Friday
    ("Police arrested two men on Friday.", "2024-03-18", "arrested", "2024-03-15", "day"),
    ("Police arrested two men on Friday.", "2024-03-15", "arrested", "2024-03-15", "day"),
    ("Police arrested two men last Friday.", "2024-03-15", "arrested", "2024-03-08", "day"),
    ("The minister will visit Amman on Friday.", "2024-03-13", "visit", "2024-03-15", "day"),
    # what is planned now ("are due to", "is to", "is expected to") is still to come; a plan
    # told in the past may have come to pass: the weekday nearest the report
    ("Talks are due to begin in Geneva on Tuesday.", "2024-03-15", "begin", "2024-03-19",
     "day"),
    ("The summit is to be held on Tuesday.", "2024-03-15", "held", "2024-03-19", "day"),
    ("The envoy is expected to arrive in Damascus on Tuesday.", "2024-03-15", "arrive",
     "2024-03-19", "day"),
    ("The leaders agreed to meet on Tuesday.", "2024-03-15", "meet", "2024-03-12", "day"),
    # ... but what is expected or thought to have been done was done before
    ("The rebels are expected to have attacked the base on Tuesday.", "2024-03-15", "attacked",
     "2024-03-12", "day"),
    ("The rebels are thought to have attacked the base on Tuesday.", "2024-03-15", "attacked",
     "2024-03-12", "day"),
    # a passive under a modal has no tense of its own, as its active has not
    ("The ministry said talks would be held on Sunday.", "2024-03-14", "held", "2024-03-17",
     "day"),
    ("The ministry said the leaders would meet on Sunday.", "2024-03-14", "meet", "2024-03-17",
     "day"),
])
def test_date_weekday_by_the_aspect_of_its_verb(nlp, text, pubdate, word, date, precision):
    assert _date_of(nlp, text, pubdate, word) == (date, precision)


# A wanting told in the simple past (an order, a promise, an appeal) whose complement is dated by
# a time counted back from the report: the wanting is of that time too, for what is wanted comes
# after it (text, pubdate, trigger, date, precision, date_source)
@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), [
    # a bare subjunctive, an infinitive
    ("The minister ordered that the two officers be dismissed last month.", "2019-03-06",
     "ordered", "2019-02-01", "month", "clause"),
    ("The general ordered the troops to withdraw from the town last week.", "2019-03-06",
     "ordered", "2019-02-27", "week", "clause"),
    ("The council urged residents to leave their homes yesterday.", "2019-03-06", "urged",
     "2019-03-05", "day", "clause"),
    # a time of the wish's own ("on 11 September", "in January", a weekday) may be long after
    # the wishing: the wishing has no time told
    ("The envoy asked the parties to meet on 11 September.", "2019-03-06", "asked",
     "2019-03-06", None, "publication"),
    ("The leaders agreed to meet on Tuesday.", "2024-03-15", "agreed", "2024-03-15", None,
     "publication"),
    # a span counted back that reaches the report's day is not over before it
    ("The minister ordered that the officers be dismissed this week.", "2019-03-06", "ordered",
     "2019-03-06", None, "publication"),
    # what is only said, not wanted, keeps the saying's own time
    ("The minister said that the troops withdrew last week.", "2019-03-06", "said",
     "2019-03-06", None, "publication"),
])
def test_date_wanting_dated_by_its_wish(nlp, text, pubdate, word, date, precision, source):
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
