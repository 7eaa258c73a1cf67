"""A state agent named with no country of its own is of the state of the state agent it is
joined to, not of the place of the act; the place's own agents stay the place's
(table-driven, sentences written for the project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, countries", [
    # an adjective of the first conjunct is read over the agents joined to it
    ("US marines and soldiers raided a village in Helmand province on Monday.", "raided",
     {"USA"}),
    ("Russian warplanes and helicopters bombed rebel positions in Idlib on Monday.", "bombed",
     {"RUS"}),
    # a titled official and the officials with them
    ("The German chancellor and several ministers met Chinese leaders in Beijing on Monday.",
     "met", {"DEU"}),
    ("The French foreign minister and a group of deputies held talks with Romanian leaders "
     "in Bucharest on Tuesday.", "talks", {"FRA"}),
    # the place's own agents stay the place's
    ("US troops and local police arrested two men in Kandahar on Monday.", "arrested",
     {"USA", "AFG"}),
    ("Russian jets and Iranian-backed ground troops mounted an attack on the province of "
     "Idlib.", "attack", {"RUS", "SYR"}),
])
def test_actor_conjuncts_joined_agent_takes_its_conjuncts_state(events_in, text, trigger,
                                                                 countries):
    events = [e for e in events_in(text) if e.trigger == trigger]
    assert events
    assert {e.source.country for e in events if e.source is not None} == countries


@pytest.mark.parametrize("text, trigger, role, words, country", [
    # the government's forces are the place's state, whatever they are joined to
    ("Russian warplanes and government forces bombed rebel positions in Idlib on Monday.",
     "bombed", "source", "government forces", "SYR"),
    ("Iranian-backed militias and security forces opened fire on protesters in Baghdad on "
     "Monday.", "opened", "source", "security forces", "IRQ"),
    # ... and so is bare "police", as a doer or as a target
    ("US soldiers and police arrested two men in Kandahar on Monday.", "arrested", "source",
     "police", "AFG"),
    ("A suicide bomber attacked US soldiers and police at a checkpoint in Kandahar on Monday.",
     "attacked", "target", "police", "AFG"),
    # a stance or a backer names no state of the agents joined
    ("Pro-Russian separatists and police detained two journalists in Donetsk on Monday.",
     "detained", "source", "police", "UKR"),
    # a mutual act on a thing: the joined parties are its two sides
    ("The US envoy and officials signed a ceasefire deal in Kyiv on Monday.", "deal",
     "source", "officials", "UKR"),
    # a fight with no word of fighting each other is one side's
    ("Russian soldiers and special forces fought in Hostomel on Monday.", "fought",
     "source", "special forces", "RUS"),
])
def test_actor_conjuncts_joined_agent_of_the_place(events_in, text, trigger, role, words,
                                                   country):
    events = [e for e in events_in(text) if e.trigger == trigger]
    parties = {getattr(e, role).text: getattr(e, role).country for e in events
               if getattr(e, role) is not None}
    assert {c for t, c in parties.items() if t.endswith(words)} == {country}, parties
