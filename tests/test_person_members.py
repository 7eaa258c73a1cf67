"""A member of a named armed group takes the group's kind, and a foreign volunteer with a group
keeps a country of their own (:mod:`dateline.actor_person_members`,
:mod:`dateline.actor_fighters`). Sentences written for the project."""

from __future__ import annotations

import pytest

from dateline.actor_person_members import member_sector

PUBDATE = "2019-05-20"

# (phrase, its group's sector, the sector its head noun alone gives, expected)
SECTORS = [
    ("a British Isis member", "REB", "UNK", "REB"),
    ("an American Isis fighter", "REB", "UAF", "REB"),
    ("two Isis bombers", "REB", "UAF", "REB"),
    ("a Labour member", "PTY", "UNK", "PTY"),
    ("an Isis convoy", "REB", "MIL", "MIL"),  # no member's noun: as the noun says
    ("a Cabinet member", "GOV", "UNK", "UNK"),  # a state's body lends no kind
    ("a NATO member", "IGO", "UNK", "UNK"),  # a member state, not the alliance
    ("the wife of a YPG fighter", "REB", "CVL", "CVL"),  # the head is the wife, not the fighter
]


@pytest.mark.parametrize(("phrase", "group", "own", "expected"), SECTORS)
def test_person_members_sector(nlp, phrase, group, own, expected):
    doc = nlp(phrase)
    root = next(t for t in doc if t.head == t)
    assert member_sector(group, root, doc[-1], own) == expected


# (text, trigger, the recipient's expected (country, sector))
MEMBERS = [
    # a member's noun after an armed group's name: the group's kind, the demonym's country
    ("A suspected British Isis member was arrested by Kurdish forces in Erbil.", "arrested",
     ("GBR", "REB")),
    ("The American Isis fighter was killed in a Russian airstrike.", "killed", ("USA", "REB")),
    # one of a count of people fighting with a group is a fighter of it, of their own country
    ("Ana Renas, one of a handful of British women fighting with the YPJ, was wounded by a "
     "Turkish airstrike.", "wounded", ("GBR", "REB")),
    # a foreign volunteer is not of the group's country when the text says none of theirs
    ("Tom Bell, one of the volunteers with the YPG, was killed by a mine near Raqqa.", "killed",
     (None, "REB")),
    # in a report about Britons, a volunteer whose own country is not said is of the people
    # the report is about, not of the group's country
    ("The British government faced questions over Britons in Syria. British police arrested a "
     "man in Leeds. Tom Bell, one of the volunteers with the YPG, was killed by a mine near "
     "Raqqa.", "killed", ("GBR", "REB")),
    # the volunteer's own demonym is kept
    ("Tom Bell, a British volunteer with the YPG, was killed by a mine near Raqqa.", "killed",
     ("GBR", "REB")),
    # so is the town the text says they are from
    ("Tom Bell, from Leeds, was a volunteer with the YPG. Turkish jets killed Bell near Afrin.",
     "killed", ("GBR", "REB")),
    # a fighter not called a volunteer or a foreigner takes the group's country
    ("Jon Halver was a YPG fighter. Police arrested Halver in Kobani on Monday.", "arrested",
     ("SYR", "REB")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEMBERS)
def test_person_members_recipient(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.country, target.sector) == expected
