"""A member of a named armed group takes the group's kind, and a volunteer the text calls foreign
keeps a country of their own or none (:mod:`dateline.actor_person_members`,
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
    ("two Fatah militants", "PTY", "UAF", "UAF"),  # a party's armed men: as the noun says
    ("a Labour volunteer", "PTY", "UNK", "PTY"),  # guard: a party's member, a noun of no arms
    ("a former Isis fighter", "REB", "UAF", "UAF"),  # a past member
    ("an SNC member", "OPP", "UNK", "UNK"),  # an opposition body may sit abroad
    # an armed group's offices a state would hold are the group's own
    ("an Isis emir", "REB", "GOV", "REB"),
    ("an Isis judge", "REB", "JUD", "REB"),
    ("Isis police", "REB", "COP", "REB"),
    ("two Isis intelligence officers", "REB", "SPY", "REB"),
    ("the Taliban governor", "REB", "GOV", "REB"),
    ("a former Isis judge", "REB", "JUD", "JUD"),  # an office held no more: as the noun says
    ("a Labour minister", "PTY", "GOV", "GOV"),  # a party's minister is the government's
    ("the wife of an Isis judge", "REB", "CVL", "CVL"),  # the head is the wife
]


# (phrase, its group's name and sector, the sector its head noun alone gives, expected)
NAMED_SECTORS = [
    ("an Isis judge", "Islamic State", "REB", "JUD", "REB"),
    ("Isis troops", "Islamic State", "REB", "MIL", "REB"),
    # guards: a governing group's offices, a body of government, one from outside
    ("Taliban police", "Taliban", "REB", "COP", "COP"),
    ("a Hezbollah minister", "Hezbollah", "REB", "GOV", "GOV"),
    ("the Isis ministry", "Islamic State", "REB", "GOV", "GOV"),
    ("an Isis lawyer", "Islamic State", "REB", "JUD", "JUD"),
    ("an Isis-targeted Iraqi judge", "Islamic State", "REB", "JUD", "JUD"),
]


@pytest.mark.parametrize(("phrase", "name", "group", "own", "expected"), NAMED_SECTORS)
def test_person_members_named_group_sector(nlp, phrase, name, group, own, expected):
    doc = nlp(phrase)
    root = next(t for t in doc if t.head == t)
    assert member_sector(group, root, doc[-1], own, name) == expected


@pytest.mark.parametrize(("phrase", "group", "own", "expected"), SECTORS)
def test_person_members_sector(nlp, phrase, group, own, expected):
    doc = nlp(phrase)
    root = next(t for t in doc if t.head == t)
    assert member_sector(group, root, doc[-1], own) == expected


# (text, trigger, the recipient's expected (country, sector))
MEMBERS = [
    # a member's noun after an armed group's name: the group's kind, the demonym's country
    ("A British Isis member they suspected was held by Kurdish guards in Erbil.", "held",
     ("GBR", "REB")),
    ("The American Isis fighter was killed in a Russian airstrike.", "killed", ("USA", "REB")),
    # one of a count of people fighting with a group is a fighter of it, of their own country
    ("Ana Renas, one of a handful of Welsh women fighting with the YPJ, was wounded by a "
     "Turkish airstrike.", "wounded", ("GBR", "REB")),
    # one the text calls foreign is not of the group's country when it says none of theirs
    # (the first row a guard)
    ("Tom Bell, one of the foreign volunteers with the YPG, was killed by a mine near Raqqa.",
     "killed", (None, "REB")),
    ("Tom Bell, one of the foreign volunteers who joined the YPG, was killed by a Turkish drone "
     "near Kobani.", "killed", (None, "REB")),
    ("Ana Renas, one of dozens of foreigners fighting with the YPJ, was wounded by a Turkish "
     "airstrike.", "wounded", (None, "REB")),
    # nor of the country the report is about: a foreign volunteer's own is not said
    ("The British government faced questions over Britons in Syria. British police arrested a "
     "man in Leeds. Tom Bell, one of the foreign volunteers with the YPG, was killed by a mine "
     "near Raqqa.", "killed", (None, "REB")),
    # a bare "volunteer" says nothing of coming from abroad: the group's country
    ("Tom Bell, one of the volunteers with the YPG, was killed by a mine near Raqqa.", "killed",
     ("SYR", "REB")),
    ("Omar Said, one of the volunteers with the Free Syrian Army, was killed by government "
     "forces in Idlib.", "killed", ("SYR", "REB")),
    ("Sami Darwish, a volunteer with Hamas, was killed by an Israeli airstrike in Gaza.",
     "killed", ("PSE", "REB")),
    ("Sami Darwish, a volunteer with the Houthis, was killed by a Saudi airstrike in Saada.",
     "killed", ("YEM", "REB")),
    ("Delal Sino, a Kurdish volunteer with the YPG, was killed by Turkish jets near Kobani.",
     "killed", ("SYR", "REB")),
    # a report about the side that struck the volunteer lends them no country of its own
    ("Turkish police arrested dozens of Turkish students in Ankara. Turkish officials said "
     "Turkish troops had crossed the border. Tom Bell, one of the volunteers with the YPG, was "
     "killed by a Turkish drone near Kobani.", "killed", ("SYR", "REB")),
    # in a report that speaks of foreign volunteers, a volunteer is one: of the people the
    # report names more than the country it is about (the first row a guard), never of the
    # report's own country, which may be the side that struck them
    ("Britons have fought in Syria ever since foreign volunteers first went to the war on "
     "Isis. British officials said British citizens should not travel to Syria. Tom Bell, one "
     "of the volunteers with the YPG, was killed by a mine near Raqqa.", "killed",
     ("GBR", "REB")),
    ("Turkish officials said foreign volunteers had joined the YPG. Turkish police arrested "
     "Turkish students in Ankara. Tom Bell, one of the volunteers with the YPG, was killed by a "
     "Turkish drone near Kobani.", "killed", (None, "REB")),
    # a "volunteer" noun that is not said of the fight (a clinic's volunteer) changes nothing
    ("YPG fighter Delal Sino, who was a volunteer at a Kobani clinic before the war, was killed "
     "by Turkish jets near Kobani.", "killed", ("SYR", "REB")),
    ("Turkish jets killed YPG fighter Delal Sino near Kobani. Sino had been a volunteer at a "
     "local clinic.", "killed", ("SYR", "REB")),
    ("YPG fighter Tom Bell was killed by Turkish jets near Afrin. Bell had been a volunteer in "
     "Kenya.", "killed", ("SYR", "REB")),
    # guard: the volunteer's own demonym is kept
    ("Tom Bell, a British volunteer with the YPG, was killed by a mine near Raqqa.", "killed",
     ("GBR", "REB")),
    # guard: so is the town the text says they are from
    ("Tom Bell, from Leeds, was a volunteer with the YPG. Turkish jets killed Bell near Afrin.",
     "killed", ("GBR", "REB")),
    # guard: a fighter not called foreign takes the group's country
    ("Jon Halver was a YPG fighter. Police arrested Halver in Kobani on Monday.", "arrested",
     ("SYR", "REB")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEMBERS)
def test_person_members_recipient(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.country, target.sector) == expected


# (text, trigger, the recipient's expected name): one of no country said is still named for
# their side's kind, not left nameless
NAMES = [
    ("Tom Bell, who had been a foreign volunteer with the YPG, was killed by a Turkish drone "
     "near Kobani.", "killed", "rebels"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMES)
def test_person_members_name(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.name, target.country) == (expected, None)


# (text, trigger, "source" or "target", expected sector): a party's armed men keep their
# noun's kind, a former member is no longer of the group, a party's member is of the party
SECTORS_OF_EVENTS = [
    ("Two Fatah militants opened fire on Hamas fighters in Gaza.", "opened", "source", "REB"),
    ("A Fatah gunman was killed by Israeli troops in Nablus.", "killed", "target", "UAF"),
    ("A former Isis fighter was arrested in Leeds on Monday.", "arrested", "target", "UAF"),
    ("An ex-Isis fighter was arrested by police in Leeds.", "arrested", "target", "UAF"),
    # guard: a party's member, by a noun of no arms
    ("An ANC member was shot dead by police in Durban.", "shot", "target", "PTY"),
    # an opposition body's member: its words are not placed in the country's capital
    ("A Syrian National Coalition member criticised the Assad regime.", "criticised", "source",
     "UNK"),
    # an armed group's offices are the group's: no state's government, court or police
    ("An Isis emir ordered the execution of two shepherds near the Syrian town of Kafr Laha.",
     "execution", "source", "REB"),
    ("Isis police detained three women in the Syrian town of Kafr Laha.", "detained", "source",
     "REB"),
    ("An Isis judge sentenced a Syrian farmer to death.", "sentenced", "source", "REB"),
    ("Isis intelligence officers seized a shepherd near the Syrian town of Kafr Laha.", "seized",
     "source", "REB"),
    ("Syrian forces detained the Isis governor of the province near Raqqa.", "detained",
     "target", "REB"),
    # members of the group's own body are the group's
    ("Members of the Isis police detained three women in the Syrian town of Kafr Laha.",
     "detained", "source", "REB"),
    # guard: members of a state's police are the police
    ("Members of the Syrian police detained three women in the town of Kafr Laha.",
     "detained", "source", "COP"),
    # guards: a group that governs keeps its bodies' and offices' state kinds
    ("The Hamas interior ministry arrested five men in the Gaza Strip.", "arrested", "source",
     "GOV"),
    ("A Hezbollah minister criticised the Israeli strikes on southern Lebanon.", "criticised",
     "source", "GOV"),
    ("Houthi police arrested two journalists in Sanaa.", "arrested", "source", "COP"),
    ("A Houthi court sentenced four journalists to death in Sanaa.", "sentenced", "source",
     "JUD"),
    # an armed group's troops are its own armed men, not a state's army
    ("SDF troops detained two men near the town of Kafr Laha.", "detained", "source", "REB"),
    # guard: the group did the act that befell the judge; the judge is the state's
    ("An Isis-targeted Iraqi judge was shot dead in Mosul.", "shot", "target", "JUD"),
    # guard: one who deals with the group from outside is not its member
    ("An Isis lawyer appealed the sentence in a Baghdad court.", "appealed", "source", "JUD"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "expected"), SECTORS_OF_EVENTS)
def test_person_members_event_sector(event_on, text, trigger, role, expected):
    actor = getattr(event_on(text, trigger, PUBDATE), role)
    assert actor is not None
    assert actor.sector == expected
