"""A bare definite description of men or fighters ("the men", "the fighters") stands for the
group of people named just before it; a name the parse breaks apart is still a party a later
pronoun stands for. One text written for these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, role, the words the party stands for, or None: left to its own words)
DESCRIBED = [
    # the doers named in the sentence before, carried on by "the men"
    ("Foreign fighters attacked a checkpoint near Dorvale on Monday. The men then killed two "
     "guards.", "killed", "source", "Foreign fighters"),
    # by "the fighters": an armed group
    ("Foreign fighters attacked a checkpoint near Dorvale on Monday. The fighters then killed "
     "two guards.", "killed", "source", "Foreign fighters"),
    # a count of them named as the subject ("hundreds of ...")
    ("Hundreds of foreign fighters have crossed into Syria this year. The men are accused of "
     "killing civilians in Raqqa.", "killing", "source", "Hundreds of foreign fighters"),
    # the same noun named before comes first, though another group is the subject
    ("Police arrested three men in Mosul on Monday. The men were charged with murder.",
     "charged", "target", "three men in Mosul"),
    # two groups named before: which one is unsaid
    ("Police arrested protesters in Mosul on Monday. The men were charged with murder.",
     "charged", "target", None),
    # "the fighters" does not stand for people of no armed side
    ("Protesters marched in Homs on Monday. The fighters then shelled the town.", "shelled",
     "source", None),
    # a name whose head the parse hangs apart from its first words: the whole name
    ("President Karim al-Mansour addressed parliament on Sunday. Protesters in Homs called on "
     "him to resign.", "called", "target", "Karim al-Mansour"),
    # the men who suffer the act are not the force that did the one before
    ("Soldiers stormed the village of Dorvale on Monday. The men were rounded up and shot.",
     "shot", "target", None),
    ("Militiamen entered Dorvale in March. The men were executed in a basement.", "executed",
     "target", None),
    # ... but the men a relative clause makes the doers of an act are the doers named before
    ("On Monday, gunmen ambushed a convoy near Dorvale. Police later arrested the men who "
     "carried out the attack.", "arrested", "target", "gunmen"),
    ("On Monday, rebels of the Ansar Brigade ambushed Omar Haddad near Dorvale. Police later "
     "arrested the men who tried to shoot him.", "arrested", "target", "rebels"),
    # a relative clause of what was done to them makes no doers
    ("Militiamen entered Dorvale in March. Troops later executed the men who were held in "
     "the school.", "executed", "target", None),
    # ... nor one of an act that is no attack: living, witnessing, owning, rescuing
    ("Militiamen entered Dorvale in March. Troops later executed the men who lived in the "
     "school.", "executed", "target", None),
    ("On Monday, gunmen ambushed a convoy near Dorvale. Police later questioned the men who "
     "witnessed the attack.", "questioned", "target", None),
    ("On Monday, gunmen ambushed a convoy near Dorvale. Police later arrested the men who "
     "owned the car.", "arrested", "target", None),
    ("On Monday, gunmen ambushed a convoy near Dorvale. Soldiers killed the men who tried to "
     "rescue the drivers.", "killed", "target", None),
    # "the women" stands only for women named before, not for an armed group
    ("Gunmen stormed a school in Dorvale on Monday. The women were abducted.", "abducted",
     "target", None),
    ("Security forces fired tear gas at protesters in Dorvale on Monday. The women were "
     "arrested.", "arrested", "target", None),
    # "the attackers" are not the police who arrested people after an attack
    ("Police arrested two suspects in Dorvale on Monday after a bombing. The attackers had "
     "killed five people.", "killed", "source", None),
    # criminals are an armed group "the gunmen" may stand for
    ("Criminals attacked a bus in Dorvale on Monday. The gunmen killed six passengers.",
     "killed", "source", "Criminals"),
    # two groups of the description's own noun: which one is unsaid
    ("Kurdish fighters clashed with Arab fighters near Dorvale on Monday. The fighters then "
     "shelled the town.", "shelled", "source", None),
    # the dead of a killing are not the men arrested after it
    ("Gunmen shot dead two men in Dorvale on Monday. Police later arrested the men.",
     "arrested", "target", None),
    # a group that only gathered may be the men an act is done to
    ("Hundreds of protesters gathered in Dorvale on Monday. Soldiers beat the men with "
     "sticks.", "beat", "target", "Hundreds of protesters"),
    # who tells of the group is not the group told of
    ("Police said gunmen killed a farmer in Dorvale on Monday. The men also abducted his two "
     "sons.", "abducted", "source", "gunmen"),
    # the other party of the description's own clause is not the group it stands for
    ("Tribal fighters warded off an attack by the insurgents near Dorvale.", "attack", "source",
     None),
]


@pytest.mark.parametrize("text, trigger, role, expected", DESCRIBED)
def test_coref_described_people_for_the_group_named_before(event_on, text, trigger, role,
                                                           expected):
    actor = getattr(event_on(text, trigger), role)
    assert actor is not None and actor.antecedent == expected, actor
