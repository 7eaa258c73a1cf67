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
]

# (text, trigger, a sector the recipient must not have)
NOT_READ = [
    # a clause with a subject of its own tells of someone else
    ("Omar Salih was arrested by Turkish police after his brother fought with the PKK.",
     "arrested", "REB"),
    # fighting "with" a state's force is a clash with it
    ("Tomas Varga, who fought with police during the protest, was arrested on Monday.",
     "arrested", "COP"),
    ("Tomas Varga, who fought with the army during the riot, was arrested by police on Monday.",
     "arrested", "MIL"),
    # deserting in a clause joined to the joining
    ("Dana Moor joined the PKK and later deserted the group. Turkish police arrested Moor on "
     "Monday.", "arrested", "REB"),
    # refusing or planning to join is not joining
    ("Karim Dastani refused to join the PKK. Turkish police arrested Dastani in March.",
     "arrested", "REB"),
    ("Karim Dastani planned to fight with the PKK. Turkish police arrested Dastani in March.",
     "arrested", "REB"),
    # a term served in prison is no service with the party
    ("Omar Dastani served five years in prison for the PKK. Turkish police arrested Dastani in "
     "March.", "arrested", "REB"),
    # a fighter's kin, named by the fighter's possessive
    ("Anna Schmidt was killed in March. Schmidt had fought with the YPJ for two years. Police "
     "arrested Anna Schmidt's father in London on Monday.", "arrested", "REB"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), READ)
def test_fighters_guards_read(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.name, target.country, target.sector) == expected


@pytest.mark.parametrize(("text", "trigger", "sector"), NOT_READ)
def test_fighters_guards_not_read(event_on, text, trigger, sector):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert target.sector != sector
