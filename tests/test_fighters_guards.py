"""The forms :mod:`dateline.actor_fighters` reads and the ones it must not read as membership
of an armed party: each row names the construction. Sentences written for the project."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"

# (text, trigger, the recipient's expected (name, country, sector))
READ = [
    # leaving a place is not leaving the group
    ("Mara Quist joined the YPJ in 2016. Quist left Kobani in March. Turkish jets killed Quist "
     "on Friday.", "killed", ("Mara Quist", "SYR", "REB")),
    # the possessor names the party: the YPJ's battalion is no state's army
    ("Mara Quist, who fought with the YPJ's battalion, was killed by a Turkish drone.", "killed",
     ("Syria rebels", "SYR", "REB")),
    # a relative clause of a noun set beside the name
    ("Police arrested Jon Halver, a carpenter who fought with the YPG, in Kobani.", "arrested",
     ("Jon Halver", "SYR", "REB")),
    # a copula with "with": being with the group
    ("Mara Quist was with the YPJ in Kobani. Turkish jets killed Quist on Friday.", "killed",
     ("Mara Quist", "SYR", "REB")),
    # an armed person of no group said takes the group, and is named for its country and kind
    ("A gunman who fought with the YPG was killed by Turkish soldiers in Afrin.", "killed",
     ("Syria rebels", "SYR", "REB")),
    # a surname the parse tags as a common noun, capitalised
    ("Police arrested Lena Frost in Kobani on Monday. Frost joined the YPJ in 2016.", "arrested",
     ("Syria rebels", "SYR", "REB")),
    ("Turkish jets killed Sam Stone in Afrin. Stone fought with the YPG.", "killed",
     ("Syria rebels", "SYR", "REB")),
    # the person's own nationality, said beside a surname alone
    ("Turkish police arrested Jon Halver in Van. Halver, a Dane, joined the PKK in 2015.",
     "arrested", ("Denmark rebels", "DNK", "REB")),
]

# (text, trigger, the recipient's expected (country, sector): none taken from the party)
NOT_READ = [
    # a clause with a subject of its own tells of someone else
    ("Omar Salih was arrested by Turkish police after his brother fought with the PKK.",
     "arrested", (None, None)),
    ("Turkish police arrested Jon Halver, whose brother was a member of the PKK, in Van.",
     "arrested", ("TUR", None)),
    # fighting "with" a state's force is a clash with it
    ("Tomas Varga, who fought with police during the protest, was arrested on Monday.",
     "arrested", (None, None)),
    ("Tomas Varga, who fought with the army during the riot, was arrested by police on Monday.",
     "arrested", (None, None)),
    # deserting in a clause joined to the joining
    ("Dana Moor joined the PKK and later deserted the group. Turkish police arrested Moor on "
     "Monday.", "arrested", (None, None)),
    # refusing, planning or denying joining is not joining, nor what one would have done
    ("Karim Dastani refused to join the PKK. Turkish police arrested Dastani in March.",
     "arrested", (None, None)),
    ("Karim Dastani planned to fight with the PKK. Turkish police arrested Dastani in March.",
     "arrested", (None, None)),
    ("Karim Dastani denied joining the PKK. Turkish police arrested Dastani in March.",
     "arrested", (None, None)),
    ("Karim Dastani would have joined the PKK. Turkish police arrested Dastani in March.",
     "arrested", (None, None)),
    # a past allegiance told by the verb: history, not the side one acts for now
    ("Karim Dastani once fought for the PKK but now runs a shop. Turkish police arrested "
     "Dastani in March.", "arrested", (None, None)),
    # a term served in prison is no service with the party
    ("Omar Dastani served five years in prison for the PKK. Turkish police arrested Dastani in "
     "March.", "arrested", (None, None)),
    # a fighter's kin, named by the fighter's possessive
    ("Anna Schmidt was killed in March. Schmidt had fought with the YPJ for two years. Police "
     "arrested Anna Schmidt's father in London on Monday.", "arrested", ("GBR", None)),
    # ... or in the kin noun's "of", the fighter's clause after the name's comma
    ("Police arrested the father of Anna Quist, who fought with the YPJ, in Oslo.", "arrested",
     (None, None)),
]

# (text, trigger): one person fighting "with" a party on its side does not attack it
SIDES = [
    ("Mara Quist fought with the YPJ in Afrin.", "fought"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), READ)
def test_fighters_guards_read(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.name, target.country, target.sector) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), NOT_READ)
def test_fighters_guards_not_read(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.country, target.sector) == expected


@pytest.mark.parametrize(("text", "trigger"), SIDES)
def test_fighters_guards_side_not_attacked(event_on, text, trigger):
    event = event_on(text, trigger, PUBDATE)
    assert event.target is None
    assert (event.source.country, event.source.sector) == ("SYR", "REB")
