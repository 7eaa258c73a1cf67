"""An act of force told again with no doer, paragraphs after the telling that named its doer,
takes that doer when both tell the same happening (same act, same place or same named patient);
and a fighter whose phrase names his armed group is of that group (table-driven, on short
articles written for the project)."""

from __future__ import annotations

import pytest

#: Sentences of other business between two tellings, more than the few-sentence windows of
#: the older rules reach.
_BETWEEN = ("The council met on Friday. Its members discussed the budget. The governor spoke "
            "about schools. Farmers asked for more water. Traders complained about taxes. "
            "Teachers went on strike over pay. ")


def _events(events_in, text, trigger, pubdate="2019-05-01"):
    return [e for e in events_in(text, pubdate) if e.trigger == trigger]


#: Expected of a later telling that takes no doer from an earlier one (another rule may give
#: it one of its own).
_NOT_EARLIER = "not the earlier doer"

# (text, trigger, which of its events, the doer's country and sector, None for no doer, or
# _NOT_EARLIER)
SAME = [
    # the same act at the same town, told again with no doer: the earlier doer
    ("Ethiopian troops shelled Dolo in March. " + _BETWEEN + "Dolo was shelled for a week.",
     "shelled", 1, ("ETH", "MIL")),
    # the same named person arrested, told again with no arrester: the earlier arrester
    ("Ethiopian police arrested Abdi Farah in March. " + _BETWEEN + "Abdi Farah was arrested at "
     "his home, his lawyer said.", "arrested", 1, ("ETH", "COP")),
    # another town: another happening
    ("Ethiopian troops shelled Dolo in March. " + _BETWEEN + "Mandera was shelled for a week.",
     "shelled", 1, None),
    # two sides did the act at that town: whose is not said
    ("Ethiopian troops shelled Dolo in March. " + _BETWEEN + "Kenyan troops shelled Dolo in "
     "April. " + _BETWEEN + "Dolo was shelled for a week.", "shelled", 2, None),
    # a state's police named only by kind and country, attacked in another town: no name
    # makes it one happening
    ("Ethiopian troops attacked Kenyan police in Dolo in March. " + _BETWEEN + "In April, "
     "Kenyan police officers were attacked at a checkpoint in Mandera, police said.",
     "attacked", 1, None),
    # the same named person, but the two tellings name two towns: two happenings
    ("Ethiopian police arrested Abdi Farah in Dolo in March. " + _BETWEEN + "Abdi Farah was "
     "arrested in Mandera in April, his lawyer said.", "arrested", 1, _NOT_EARLIER),
]


@pytest.mark.parametrize("text, trigger, nth, doer", SAME)
def test_doers7_same_happening_takes_the_earlier_doer(events_in, text, trigger, nth, doer):
    found = _events(events_in, text, trigger)
    assert len(found) > nth
    source = found[nth].source
    if doer == _NOT_EARLIER:
        assert source is None or not source.antecedent, source
        return
    if doer is None:
        assert source is None or not source.country or source.sector == "UAF", source
        return
    assert source is not None and (source.country, source.sector) == doer
    assert source.text == "" and source.antecedent  # shown with the earlier words


# (text, trigger, the doer's name, country and sector)
MEMBERS = [
    # a demonym, a kind's noun, and its group after "with": the group, his own country
    ("Two Jordanian jihadists with the Nusra Front shelled a village near Idlib.", "shelled",
     ("Jabhat al Nusra", "JOR", "REB")),
    # "from" a group, named by a common noun ("the X group"): the group
    ("The fighters from the Jaish al-Islam group attacked a checkpoint near Douma.",
     "attacked", ("Jaysh al-Islam", "SYR", "REB")),
    # "from" a country, which is no armed group: the kind stays
    ("Militants from Jordan attacked a checkpoint near Idlib.", "attacked",
     ("Jordan rebels", "JOR", "REB")),
    # no group named: the kind stays
    ("Jordanian militants attacked a checkpoint near Idlib.", "attacked",
     ("Jordan rebels", "JOR", "REB")),
    # "from" a place a group holds, which is no party: the kind stays
    ("Lebanese fighters from Hezbollah-held areas attacked a checkpoint near Homs.",
     "attacked", ("Lebanon rebels", "LBN", "REB")),
    # a group's name before a common noun that is no group word ("Houthi camps"): the kind
    ("Iraqi militants in Houthi camps attacked a checkpoint near Sanaa.", "attacked",
     ("Iraq rebels", "IRQ", "REB")),
    # gunmen, an unidentified armed group, "from" a named group: the group
    ("Gunmen from the Nusra Front attacked a checkpoint near Idlib.", "attacked",
     ("Jabhat al Nusra", "SYR", "REB")),
]


@pytest.mark.parametrize("text, trigger, doer", MEMBERS)
def test_doers7_group_member_takes_the_group(events_in, text, trigger, doer):
    found = _events(events_in, text, trigger, pubdate="2016-05-01")
    assert found
    source = found[0].source
    assert source is not None and (source.name, source.country, source.sector) == doer


def test_doers7_same_happening_finds_each_acts_place_once(events_in, monkeypatch):
    # many doerless tellings of one act: each act's own place is looked up once, not once
    # for every later telling it is compared with
    import dateline.story_actors as story

    calls: list[int] = []
    real = story.own_place

    def counted(located):
        calls.append(1)
        return real(located)

    monkeypatch.setattr(story, "own_place", counted)
    towns = ("Dolo", "Mandera", "Wajir", "Baidoa")
    text = "Ethiopian troops shelled Dolo in March. " + _BETWEEN + " ".join(
        f"{towns[i % len(towns)]} was shelled on day {i + 1}." for i in range(12))
    found = _events(events_in, text, "shelled")
    assert len(found) == 13
    assert len(calls) <= len(found)
