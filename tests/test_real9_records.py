"""Records that read as acts: harm to hundreds told by coordinated verbs (dateline.code.tallies),
a role's doings (dateline.habits.role_habit), and being called by a name
(data/lexicon/non_events.tsv). Sentences written for the project, read as the second sentence
of a short story."""

from __future__ import annotations

import pytest

LEAD = "Officials met in Lomar on Monday. "

# (sentence, whether an event of it is kept, the trigger kept)
CASES = [
    # harm to hundreds by acts in the plural, told by two verbs sharing the count
    ("Aid groups shared reports of airstrikes killing and wounding hundreds of villagers.",
     False, None),
    ("Airstrikes have killed and wounded hundreds of villagers.", False, None),
    ("Hundreds of civilians have been killed and wounded by airstrikes.", False, None),
    ("Militants killed and wounded more than 300 people in the province last year.", False,
     None),
    # one occasion: a target named as one, or a day
    ("Militants killed and wounded 300 people in the market on Tuesday.", True, "killed"),
    ("Airstrikes on the Tamsa clinic have killed and wounded 140 patients.", True, "Airstrikes"),
    ("Airstrikes killed and wounded hundreds of villagers on Sunday.", True, "killed"),
    # a verb joined to another with an object and a time of its own: its own occasion
    ("Rebels killed two guards on Tuesday and wounded hundreds of farmers over the past year.",
     True, "killed"),
    # a participle hung on what a person is or became: the doings of that role
    ("She soon became one of the movement's loudest advocates, urging strikes on the capital.",
     False, None),
    ("He was a fierce critic of the governor, calling for sanctions on his aides.", False, None),
    # an act's noun as the attribute, or a place: that occasion
    ("It was the deadliest attack of the year, killing 40 villagers.", True, "killing"),
    ("The minister was in Lomar on Monday, urging the rebels to disarm.", True, "urging"),
    ("He was the first envoy to visit the town, urging the rebels to disarm.", True, "urging"),
    # ... and a deed, no saying or appeal, is that occasion whatever the role
    ("The attacker was a former soldier, opening fire on the guests at the gate.", True,
     "opening"),
    # being called by a name is no request nor call
    ("The commander, called by his nom de guerre for his safety, said the bridge was shut.",
     False, None),
    # ... but a call or an appeal that names its addressee by name is one, and asking to be
    # called to a place or as a witness is a request
    ("The minister called out the militia leaders by name for the raids on the villages.", True,
     "called"),
    ("The jailed reporter asked to be called as a witness at the trial.", True, "asked"),
    ("The minister asked the rebels to disarm.", True, "asked"),
]


@pytest.mark.parametrize(("sentence", "kept", "trigger"), CASES)
def test_real9_records(events_in_unfiltered, sentence, kept, trigger):
    events = [e for e in events_in_unfiltered(LEAD + sentence) if e.trigger != "met"]
    assert (trigger in [e.trigger for e in events] if kept else not events)
