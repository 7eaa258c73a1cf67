"""Words that tell no act where they stand, beside the acts of the same words that stay: a
party's repute told in a relative clause, a kind of acts described by one, a force's verb of no
act, an act asked not to be done, leave given by a thing, taking part in talk or in violence,
a course weighed or hinted at (sentences written for the project)."""

from __future__ import annotations

import pytest

# (text, trigger that must give no event)
NO_EVENTS = [
    # a repute in a relative clause: perfect passive of blame or praise, no doer, no time
    ("The militia, which has been condemned for abuses, seized the town on Monday.",
     "condemned"),
    ("The envoy, who has been praised for his patience, resigned on Friday.", "praised"),
    # a relative clause on a kind of acts names no side of the acts
    ("The mayor spoke on Monday. Bomb attacks, for which Chancellor Halvorsen's border policy "
     "has long been blamed, have taken their toll on the country.", "attacks"),
    # a force's verb that tells no act: letting, affording, seeing, revising a count
    ("The army did not let the protesters enter the square on Monday.", "let"),
    ("The troops cannot afford attacks while observers are there, the spokesman said.",
     "afford"),
    ("The police control room revised the death toll to 212 on Tuesday.", "revised"),
    # an act asked not to be done, or named only as what one does not call for, is neither
    # done nor a force's failure to act
    ("The mayor spoke on Monday. The council urged the army not to attack the town.", "attack"),
    ("The mayor spoke on Monday. Campaigners urged the prime minister not to take military "
     "action in the region.", "action"),
    ("The mayor spoke on Monday. She said she is not advocating any military action in the region.",
     "action"),
    # leave given by a thing no one wields is no concession
    ("Weak oversight had allowed the company to obtain the data, the prosecutor said.",
     "allowed"),
    # taking part in a debate is no cooperation
    ("The opposition members, while participating in the debate on the budget, did not "
     "mention the ordinance.", "participating"),
]

# (text, trigger, event type that stays)
ACTS = [
    ("The militia, which has been condemned for abuses, seized the town on Monday.",
     "seized", "COERCE"),
    ("The militia, which was condemned by the council on Monday, seized the town.",
     "condemned", "ACCUSE"),
    ("The militia, which has been condemned by rights groups, seized the town on Monday.",
     "condemned", "ACCUSE"),
    ("Police detained a man who has been accused of the killing of the mayor.",
     "accused", "ACCUSE"),
    ("The mayor spoke on Monday. Terror attacks by the militia, which the chancellor has "
     "condemned, have taken their toll.", "attacks", "ASSAULT"),
    # a relative clause with the doer of the acts for subject names their side
    ("The mayor spoke on Tuesday. Raids, which the army launched against the militia, have "
     "taken their toll.", "Raids", "ASSAULT"),
    # a charge of one deed, or deeds placed, is no repute of a kind
    ("The clerk, who has been accused of murder, was arrested on Friday.", "accused", "ACCUSE"),
    ("The gang, who have been condemned for killings in the valley, seized the village on "
     "Tuesday.", "condemned", "ACCUSE"),
    ("Police fired tear gas at the protesters on Monday.", "fired", "ASSAULT"),
    # letting off, letting go, ensuring and watching as others attack are a force's act or
    # its failure to act, kept as any other
    ("Police let off tear gas to scatter the marchers on Tuesday.", "let", "COERCE"),
    ("Police let the driver go without charge on Tuesday.", "let", "COERCE"),
    ("The police failed to ensure the safety of the marchers on Tuesday.", "ensure", "COERCE"),
    ("Police watched as the mob set fire to the shop on Tuesday.", "watched", "COERCE"),
    ("The mayor spoke on Monday. The council urged the army not to attack the town.", "urged",
     "REQUEST"),
    ("The mayor spoke on Monday. The police did not make any arrests.", "arrests", "COERCE"),
    ("The mayor spoke on Monday. The police did not stop the mob.", "stop", "COERCE"),
    ("The mayor spoke on Monday. Reporters asked why the riot police were not deployed "
     "earlier.", "deployed", "MOBILIZE"),
    ("Police patrolled the lanes of the old city on Monday.", "patrolled", "MOBILIZE"),
    ("The governor allowed aid convoys to enter the town on Monday.", "allowed", "CONCEDE"),
    ("Tribal fighters participated in the assault on the town on Monday.", "assault",
     "ASSAULT"),
    ("Soldiers participated in the violence against the marchers on Tuesday.", "participated",
     "ASSAULT"),
]

# (text, trigger, status)
STATUSES = [
    ("The minister hinted at relaxing the ban on arms exports on Monday.", "ban", "proposed"),
    ("The minister hinted at the killing of the judge in a speech on Tuesday.", "killing",
     "actual"),
    ("The minister is mulling lifting the ban on arms exports.", "ban", "proposed"),
    ("The government is weighing sending troops to the border.", "sending", "proposed"),
    ("The minister lifted the ban on arms exports on Monday.", "ban", "actual"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_EVENTS)
def test_nonevent_senses_give_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger)


@pytest.mark.parametrize(("text", "trigger", "event_type"), ACTS)
def test_nonevent_senses_keep_the_acts(event_on, text, trigger, event_type):
    assert event_on(text, trigger).event_type == event_type


@pytest.mark.parametrize(("text", "trigger", "status"), STATUSES)
def test_nonevent_senses_courses_weighed_are_proposed(event_on, text, trigger, status):
    assert event_on(text, trigger).status == status
