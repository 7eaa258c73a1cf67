"""Stage ``locate``: a deed told first in a country and told again next in a town is in that
town (:mod:`dateline.place_lead`). Short reports written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where


@pytest.mark.parametrize(("text", "word", "where"), [
    # a death told in the country, then again by its other word in a town of it
    ("A Danish medic who was killed by a landmine while working in Syria has been named as "
     "Lars Holm. The 41-year-old died during a convoy journey near Manbij on Monday.",
     "killed", ("Manbij", "SYR", "carried")),
    # the same word of the happening, its party named again
    ("Karen Ellis was arrested in Turkey on Tuesday. Ellis was arrested at a hotel in Didim "
     "after a raid, her lawyer said.", "arrested", ("Didim", "TUR", "carried")),
    # ... or pointed at by a pronoun, a sentence later
    ("Two aid workers were kidnapped in Nigeria last week. Their families appealed for help. "
     "They were kidnapped on a road outside Maiduguri, police said.", "kidnapped",
     ("Maiduguri", "NGA", "carried")),
    # a deed told as the time of a death is where the death, told again, was
    ("A Dutch volunteer who was killed by a mine while fighting against Isis in Syria was named "
     "on Friday. The 29-year-old died near Manbij during a night patrol.", "fighting",
     ("Manbij", "SYR", "carried")),
    # a deed only the article's focus places in a country, told again in a town of it
    ("Fighting raged across Syria for a week. Two farmers were killed by snipers, residents "
     "said. They were killed near Manbij as they crossed a field.", "killed",
     ("Manbij", "SYR", "carried")),
    # a definite noun with the head of the one it befell points back at that party
    ("A Canadian medic was killed in Syria on Sunday. The medic was killed by a shell near "
     "Manbij, a colleague said.", "killed", ("Manbij", "SYR", "carried")),
    # a deadly deed told again by a definite noun of another deadly kind ...
    ("Fighting raged across Syria for a week. A car bomb killed eight people on Tuesday. The "
     "blast, near the town of Azaz, destroyed a bus.", "bomb", ("I‘zāz", "SYR", "carried")),
    ("Fighting raged across Syria for a week. Twelve people were killed in an airstrike on "
     "Tuesday. The attack took place in Saraqeb, a town south of Idlib.", "killed",
     ("Saraqib", "SYR", "carried")),
    # ... or by a verb of happening whose subject points back at it
    ("Fighting raged across Syria for a week. Gunmen opened fire on a bus on Tuesday, killing "
     "nine passengers. It happened near Saraqeb.", "opened", ("Saraqib", "SYR", "carried")),
    # ... but not by another blast, nor by a happening of another subject
    ("Fighting raged across Syria for a week. A car bomb killed eight people on Tuesday. "
     "Another blast, near the town of Azaz, destroyed a bus.", "bomb", ("Syria", "SYR", "focus")),
    ("Fighting raged across Syria for a week. Gunmen opened fire on a bus on Tuesday, killing "
     "nine passengers. The meeting happened near Saraqeb.", "opened", ("Syria", "SYR", "focus")),
    # ... or the other noun of a deed named by two ("a bomb attack")
    ("Fighting raged across Syria for a week. A bomb attack killed eight people on Tuesday. "
     "The blast, near Azaz, destroyed a bus.", "bomb", ("I‘zāz", "SYR", "carried")),
    # ... or by any verb of happening ("broke out")
    ("Fighting raged across Syria for a week. Gunmen opened fire on a bus on Tuesday, killing "
     "nine passengers. It broke out near Saraqeb.", "opened", ("Saraqib", "SYR", "carried")),
    # a noun with a time, a party or a frame of its own tells another deed
    ("Fighting raged across Syria for a week. A car bomb killed eight people on Tuesday. The "
     "attack in Azaz last month killed 20.", "bomb", ("Syria", "SYR", "focus")),
    ("Fighting raged across Syria for a week. A car bomb killed eight people on Tuesday. The "
     "killing of a rebel commander in Idlib on Monday had raised tensions.", "bomb",
     ("Syria", "SYR", "focus")),
    ("A Dutch nurse died in Syria on Sunday. The death was the first since the attack on Azaz "
     "in 2016.", "died", ("Syria", "SYR", "clause")),
    # ... and a noun whose clause tells of something else said of it names no place of it
    ("Fighting raged across Syria for a week. A car bomb killed eight people on Tuesday. The "
     "attack was condemned by officials in Damascus.", "bomb", ("Syria", "SYR", "focus")),
    # a happening denied, negated, told again as another, or told of another noun is no telling
    ("Fighting raged across Syria for a week. Twelve people were killed in an airstrike on "
     "Tuesday. Rebels denied that it happened in Saraqeb.", "killed", ("Syria", "SYR", "focus")),
    ("Fighting raged across Syria for a week. Twelve people were killed in an airstrike on "
     "Tuesday. The attack has not happened in Saraqeb, the army said.", "killed",
     ("Syria", "SYR", "focus")),
    ("Fighting raged across Syria for a week. Twelve people were killed in an airstrike on "
     "Tuesday. The attack did not take place in Saraqeb, officials said.", "killed",
     ("Syria", "SYR", "focus")),
    ("Fighting raged across Syria for a week. Gunmen opened fire on a bus on Tuesday, killing "
     "nine passengers. It happened again near Saraqeb on Thursday, when gunmen killed four.",
     "opened", ("Syria", "SYR", "focus")),
    ("Fighting raged across Syria for a week. Gunmen opened fire on a bus on Tuesday, killing "
     "nine passengers. Residents recalled a massacre that happened near Saraqeb in 2012.",
     "opened", ("Syria", "SYR", "focus")),
    # ... nor "it" told after another happening: it points at that one
    ("Fighting raged across Syria for a week. A car bomb killed eight people on Tuesday. "
     "Funerals were held on Wednesday. It took place in Azaz.", "bomb", ("Syria", "SYR", "focus")),
    # a deed done to a whole country keeps it: the country is its object
    ("Fighting raged across Syria for a week. Israeli jets bombed Syria on Tuesday. The "
     "attack, near Azaz, killed six.", "bombed", ("Syria", "SYR", "clause")),
    # ... not a deed done to things in it: the next telling's town is the deed's
    ("Fighting raged across Syria for a week. Russian jets bombed targets in Syria on Tuesday. "
     "The attack, near Azaz, killed six.", "bombed", ("I‘zāz", "SYR", "carried")),
    # a killing done by a party new to the story is another deed, not this one told again
    ("A Canadian medic was killed in Syria on Sunday. The Turkish army killed twelve "
     "militiamen near Afrin on Monday.", "killed", ("Syria", "SYR", "clause")),
    # ... and so is one done by the party the first deed befell
    ("A Canadian medic was killed in Syria on Sunday. The medic had killed a looter near "
     "Afrin a year before.", "killed", ("Syria", "SYR", "clause")),
    # another happening of the kind is no telling of this one
    ("Rebels attacked an army post in Syria on Friday. Another attack hit a market in Aleppo "
     "last year.", "attacked", ("Syria", "SYR", "clause")),
    # a town of another country is no part of the deed's country
    ("A Briton was arrested in Turkey on Tuesday. He was arrested after a flight from Athens "
     "landed in Thessaloniki.", "arrested", ("Turkey", "TUR", "clause")),
    # a tally over a span has no one scene
    ("Six volunteers have been killed in Syria since 2014. They were killed in Raqqa and "
     "Manbij, the group said.", "killed", ("Syria", "SYR", "clause")),
    # what only may happen keeps its own clause's place
    ("The minister said troops would be deployed in Mali. They were deployed in Gao last "
     "year.", "deployed", ("Mali", "MLI", "clause")),
    # too far on: three sentences later tells of something else
    ("A journalist was detained in Egypt on Sunday. The ministry gave no reason. The paper "
     "protested. Its editor said he was detained at the airport in Cairo.", "detained",
     ("Egypt", "EGY", "clause")),
])
def test_place_lead_next_telling(nlp, text, word, where):
    assert _where(nlp, text, word) == where
