"""Tallies to date (dateline.code.tallies): acts counted in the hundreds, and harm to hundreds
by acts named in the plural, told as a sum with no time of its own. Sentences written for the
project, read as the second sentence of a short story."""

from __future__ import annotations

import pytest

from dateline.code.habits import perfect

LEAD = "Officials met in Lomar on Monday. "

# (sentence, trigger, whether its event is kept)
CASES = [
    # acts counted in the hundreds or a great many, in the perfect
    ("The air force has carried out countless raids on the camps.", "raids", False),
    ("The air force has carried out hundreds of raids on the camps.", "raids", False),
    ("The air force has launched more than 400 airstrikes on the camps.", "airstrikes", False),
    ("The air force had launched thousands of raids on the camps.", "raids", False),
    # harm to hundreds by acts in the plural, in the perfect or a participle
    ("Airstrikes have killed hundreds of civilians.", "killed", False),
    ("Hundreds of civilians have been killed by airstrikes.", "killed", False),
    ("Airstrikes on rebel positions have killed hundreds of fighters.", "Airstrikes", False),
    # one occasion: a few acts, a day, a single act named, a count of victims alone
    ("The air force has carried out three raids on the camps.", "raids", True),
    ("The air force carried out hundreds of raids on the camps on Sunday.", "carried", True),
    ("An airstrike has killed 120 people in the market.", "airstrike", True),
    ("Airstrikes killed 12 people in the town on Sunday.", "killed", True),
    # harm to hundreds by acts in the plural told with a place or a target named as one
    ("Airstrikes have killed 130 villagers in Ostrava.", "Airstrikes", True),
    ("Hundreds of villagers have been killed by airstrikes in Ostrava.", "killed", True),
    ("Airstrikes on the Tamsa clinic have killed 140 patients.", "Airstrikes", True),
    # things fired counted in the hundreds: one clash may use that many
    ("The riot police have fired more than 600 tear gas shells at the marchers.", "fired", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "kept"), CASES)
def test_habit_tallies_to_date(events_in_unfiltered, sentence, trigger, kept):
    events = [e for e in events_in_unfiltered(LEAD + sentence) if e.trigger != "met"]
    assert (trigger in [e.trigger for e in events] if kept else not events)


# (sentence, verb, whether it is told in the perfect)
PERFECTS = [
    ("The militia has shelled the camps.", "shelled", True),
    ("The militia had shelled the camps.", "shelled", True),
    ("The militia has been shelling the camps.", "shelling", True),
    ("The militia shelled the camps.", "shelled", False),
    ("The militia is shelling the camps.", "shelling", False),
]


@pytest.mark.parametrize(("sentence", "verb", "want"), PERFECTS)
def test_habit_tallies_perfect(nlp, sentence, verb, want):
    assert perfect(next(t for t in nlp(sentence) if t.text == verb)) is want
