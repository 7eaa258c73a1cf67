"""Stage ``date`` across a story: an act named again ("the attack") with no time of its own takes
the time the story gives it; a thing's own dated modifier ("December's decision") dates it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.date import DATE_SOURCES, dater
from dateline.records import Article


def _dated(nlp, text: str, pubdate: str, word: str):
    """(date, date_precision, date_source) of the last token ``word`` of ``text`` (the first
    for ``word#0``)."""
    word, _, first = word.partition("#")
    nth = 0 if first else -1
    doc = nlp(text)
    found = [t.i for t in doc if t.text == word]
    assert found, f"no {word!r} in {text!r}"
    i = found[nth]
    m = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None)
    return dater(doc, Article(doc_id="t", text=text, pubdate=pubdate))(m)


# (article written for the project, publication date, trigger (the last of its word; "#0": the
# first), date, precision, date_source)
CASES = [
    # what was done in an act named again takes the story's time of it, not the sentence's before
    ("Gunmen attacked a police post in the north on Tuesday. The governor visited the town on "
     "Friday. Two officers were killed in the attack.", "2018-03-31", "killed", "2018-03-27",
     "day", "story"),
    # a definite description of an act the story dated before
    ("Gunmen attacked a police station in Kano on 4 March. The attack left six officers dead.",
     "2019-04-10", "attack", "2019-03-04", "day", "story"),
    # ... told by a noun of the verb's word, as the topic of another act
    ("Two men were poisoned with a nerve agent in Salisbury on 4 March 2018. Britain expelled "
     "23 diplomats over the poisoning.", "2019-01-10", "poisoning", "2018-03-04", "day",
     "story"),
    # ... by a noun made of the verb ("invaded" / "the invasion", "kidnapped" / "the kidnapping")
    ("Russian troops invaded Crimea in February 2014. Sanctions followed the invasion.",
     "2019-01-10", "invasion", "2014-02-01", "month", "story"),
    ("Gunmen kidnapped two engineers on 4 March. Police blamed a local gang for the kidnapping.",
     "2019-06-10", "kidnapping", "2019-03-04", "day", "story"),
    # ... by a word of the same kind of happening ("detained" / "the arrest", "attacked" / "the
    # bombing")
    ("Police detained the opposition leader on 22 July. Protests followed the arrest.",
     "2019-09-10", "arrest", "2019-07-22", "day", "story"),
    ("Militants attacked a market in Kano on 4 March. Nobody has claimed the bombing.",
     "2019-04-10", "bombing", "2019-03-04", "day", "story"),
    ("Gunmen abducted two aid workers in May. The kidnapping was condemned by the UN.",
     "2019-09-10", "kidnapping", "2019-05-01", "month", "story"),
    # ... named by the place it was carried out in ("an operation in Afrin", "the Afrin
    # operation"), not by another place
    ("The army launched an operation in Afrin last month. The town lies near the border. The "
     "army stepped up the Afrin operation on the orders of the president.", "2018-02-19",
     "operation", "2018-01-01", "month", "story"),
    ("The army launched an operation in Afrin last month. The town lies near the border. The "
     "army stepped up the Manbij operation on the orders of the president.", "2018-02-19",
     "operation", "2018-02-19", None, "publication"),
    # a day the act on it was done is no name of the happening
    ("Militants attacked a checkpoint in Kabul on Saturday. The government condemned the "
     "attack on Monday.", "2020-03-10", "attack", "2020-03-07", "day", "story"),
    # a word of another kind of happening is not that happening
    ("Police detained the opposition leader on 22 July. Protests followed the attack.",
     "2019-09-10", "attack", "2019-09-10", None, "publication"),
    # ... with the precision the story gives it
    ("Rebels shelled the airport in June. The government blamed Iran for the shelling.",
     "2019-01-10", "shelling", "2018-06-01", "month", "story"),
    # ... whose time the story tells only later
    ("Britain condemned the attack. The attack on 4 March killed six soldiers.", "2019-04-10",
     "attack#0", "2019-03-04", "day", "story"),
    # an alleged one that names the happening's place, and what it did
    ("The gas attack in Duma last Saturday killed dozens. Inspectors will visit the site of an "
     "alleged gas attack on Duma.", "2018-04-13", "attack", "2018-04-07", "day", "story"),
    ("The gas attack in Duma last Saturday was condemned. Inspectors will visit the site of an "
     "alleged attack on Duma which killed dozens.", "2018-04-13", "killed", "2018-04-07", "day",
     "story"),
    # ... but not another party's later act told of it in a clause of its own subject
    ("A bomb attack killed dozens of people in Kano on 4 March. The attack, which the police "
     "blamed on a local gang, drew protests.", "2019-04-10", "blamed", "2019-04-10", None,
     "publication"),
    # ... nor what is told of a thing that is no happening
    ("The unit he led cleared mines on 4 March. A man of the unit with which he fought spoke.",
     "2019-04-10", "fought", "2019-04-10", None, "publication"),
    # ... not one that names no place
    ("Rebels attacked a market in Kano on 4 March. Police are investigating an alleged attack "
     "on a teacher.", "2019-04-10", "attack", "2019-04-10", None, "publication"),
    # ... nor a reported one: news of a new happening at the place
    ("Jets bombed Kano on 4 March, killing 40 people. A reported attack on Kano killed six more "
     "people, medics said.", "2019-04-10", "attack", "2019-04-10", None, "publication"),
    # another happening of the kind is not the one dated
    ("Militants attacked a checkpoint on 4 March. Another attack killed six soldiers.",
     "2019-04-10", "attack", "2019-04-10", None, "publication"),
    ("Militants attacked a checkpoint on 4 March. The latest attack killed six soldiers.",
     "2019-04-10", "attack", "2019-04-10", None, "publication"),
    # nor is one of another place
    ("Militants attacked a checkpoint in Kano on 4 March. Officials discussed the Maiduguri "
     "attack.", "2019-04-10", "attack", "2019-04-10", None, "publication"),
    # a long happening told again is no happening of one time
    ("The war in the north began in 2012. Envoys tried again to end the war.", "2019-04-10",
     "war", "2019-04-10", None, "publication"),
    # what was only threatened dates nothing told again
    ("Militants threatened to attack the base on Friday. The attack was foiled.", "2019-04-10",
     "attack", "2019-04-10", None, "publication"),
    # a time of its own clause stays its own
    ("Forces began an offensive on Mosul in late 2016. The offensive on Raqqa started in "
     "mid-2017.", "2019-03-23", "offensive", "2017-01-01", "year", "clause"),
    # nothing in the story dates it: the report's date, with no precision
    ("Britain expelled 23 diplomats over the poisoning.", "2019-01-10", "poisoning",
     "2019-01-10", None, "publication"),
    # a dated modifier of the event noun
    ("Critics condemned December's decision to close the border.", "2019-01-10", "decision",
     "2018-12-01", "month", "clause"),
    ("Voters turned against the party after last year's election.", "2019-01-10", "election",
     "2018-01-01", "year", "clause"),
    ("Russia was blamed for the March 2018 poisoning of a former spy.", "2019-01-10",
     "poisoning", "2018-03-01", "month", "clause"),
    ("Tensions have risen since the 2014 annexation of Crimea.", "2019-01-10", "annexation",
     "2014-01-01", "year", "clause"),
    # the killing of one person told with no time: the time a later sentence gives the death
    # of one person named or pointed to
    ("A British engineer was killed in Syria, a court heard. He had joined a militia. He died "
     "on 25 November in Raqqa.", "2018-06-20", "killed", "2017-11-25", "day", "story"),
    ("The mother of a nurse killed in Syria has paid tribute to her. Anna Smith died on 3 May "
     "while treating the wounded.", "2018-06-20", "killed", "2018-05-03", "day", "story"),
    # ... not of many, nor the death of another told far later
    ("Two engineers were killed in Syria, a court heard. He died on 25 November in Raqqa.",
     "2018-06-20", "killed", "2018-06-20", None, "publication"),
    ("A British aid worker was killed in Syria, officials said. Another Briton, John Smith, "
     "died on 3 March in Raqqa.", "2018-06-20", "killed", "2018-06-20", None, "publication"),
    ("A British engineer was killed in Syria. He had joined a militia. It fought in Raqqa. Its "
     "base lay near the river. The town was bombed. Aid was sent. He died on 25 November.",
     "2018-06-20", "killed", "2018-06-20", None, "publication"),
    # "she was killed" with no time of its own, after the text dates the death of one person:
    # that death, also when a sentence between or a shift tells another time
    ("Maria Lopez died on 4 May. Her brother spoke to reporters on Monday. She was killed as "
     "she carried a wounded boy.", "2018-06-20", "killed", "2018-05-04", "day", "story"),
    ("Maria Lopez died on 4 May when a shell hit her post. In April she joined a medical unit. "
     "Two weeks later, she was killed.", "2018-06-20", "killed", "2018-05-04", "day", "story"),
    # ... told twice, at two precisions that agree: the last telling's
    ("Maria Lopez was killed near the town three weeks ago. Her sister said she had died in "
     "late May. Their families want answers. \u201cShe was killed by a sniper,\u201d a nurse "
     "said.", "2018-06-20", "killed", "2018-05-01", "month", "story"),
    # ... not when the deaths of two are dated, nor one of many
    ("Maria Lopez died on 4 May. Tom Reed died on 9 May. Their families want answers. He was "
     "killed by a sniper.", "2018-06-20", "killed", "2018-06-20", None, "publication"),
    ("Five people died on 4 May. Their families want answers. He was killed by a sniper.",
     "2018-06-20", "killed", "2018-06-20", None, "publication"),
    ("Maria Lopez died on 4 May. Two soldiers were killed on 9 May. Their families want answers. "
     "He was killed by a sniper.",
     "2018-06-20", "killed", "2018-06-20", None, "publication"),
    # a happening named again as going on now is of the report's time
    ("Jets killed dozens of people in the town last week. The killing continues unabated.",
     "2019-01-10", "killing", "2019-01-10", None, "publication"),
    # a happening named again by another word of an armed attack: "the assault" of "stormed",
    # "the blast" of "exploded", not the day of the sentence between
    ("Gunmen stormed a hotel in Kabul in early January. The minister spoke on Tuesday. The "
     "assault killed 14 guests.", "2019-03-16", "assault", "2019-01-01", "month", "story"),
    ("A car bomb exploded near a checkpoint in Kabul in early January. The minister spoke on "
     "Tuesday. The blast killed 14 soldiers.", "2019-03-16", "blast", "2019-01-01", "month",
     "story"),
    ("A truck bomb blew up near a checkpoint in Kabul in early January. The minister spoke on "
     "Tuesday. The blast killed 14 soldiers.", "2019-03-16", "blast", "2019-01-01", "month",
     "story"),
    # ... but a storming is no blast: "the blast" is the explosion of another day
    ("Gunmen stormed a hotel in Kabul on 20 January. On Saturday, a truck packed with explosives "
     "blew up near a checkpoint in the city. The blast killed 95 people.", "2018-01-30",
     "blast", "2018-01-27", "day", "story"),
    ("Gunmen stormed a hotel in Kabul on 20 January. On Saturday, a bomber blew himself up at a "
     "mosque in the city. The blast killed 12 worshippers.", "2018-01-30", "blast",
     "2018-01-27", "day", "story"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_story_dates_an_act_named_again(nlp, text, pubdate, word, date, precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)


def test_date_story_events_carry_the_story_source(pipeline):
    from dateline import Article as PublicArticle

    text = ("Gunmen attacked a police station in Kano on 4 March. The attack left six officers "
            "dead, police said.")
    events = pipeline.extract(PublicArticle(doc_id="t", text=text, pubdate="2019-04-10"))
    told_again = [e for e in events if e.trigger == "attack"]
    assert told_again, [(e.event_type, e.trigger) for e in events]
    assert (told_again[0].date, told_again[0].date_precision,
            told_again[0].date_source) == ("2019-03-04", "day", "story")
