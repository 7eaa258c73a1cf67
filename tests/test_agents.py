"""Parties the text leaves to the reader (table-driven, illustrative sentences): the authority a
protest is against, and the unidentified armed group behind an attack no one is named for."""

from __future__ import annotations

import pytest

PUBDATE = "2012-04-02"


def _of_kind(events_in, text, kind):
    events = [e for e in events_in(text, PUBDATE) if e.event_type == kind]
    assert events, f"no {kind} event in {text!r}"
    return events


# (sentence, the government protested against): a protest that names no one it is against is
# against the government of its place, else of the protesters' own country
PROTESTS = [
    ("Thousands of Kurds demonstrated in the northern city of Kirkuk on Sunday.", "IRQ"),
    ("Egyptian demonstrators rioted after the funeral.", "EGY"),
    ("Palestinian prisoners rioted on Monday at a jail in northern Israel.", "ISR"),
]


@pytest.mark.parametrize("text, country", PROTESTS)
def test_agents_protest_against_no_one_named_is_against_the_government(events_in, text, country):
    target = _of_kind(events_in, text, "PROTEST")[0].target
    assert target is not None, text
    assert (target.country, target.sector) == (country, "GOV"), target
    assert target.name.endswith("(implied)") and target.country_from, target


def test_agents_protest_against_someone_named_keeps_them(events_in):
    target = _of_kind(events_in, "Students protested against the Kenyan government's decision.",
                      "PROTEST")[0].target
    assert target is not None and target.char_start is not None, target
    assert not (target.name or "").endswith("(implied)")


# (sentence, country of the unidentified armed group, or None: no doer is implied, where that
# country came from)
ATTACKS = [
    ("Three soldiers were killed by an improvised explosive device outside the city of Basra.",
     "IRQ", "event place"),
    ("Gunmen killed two policemen in Peshawar on Friday.", None, None),  # named: "Gunmen"
    ("Two civilians were killed in an airstrike on Idlib.", None, None),  # a state's weapon
    # an attempt that was foiled was still made by someone
    ("An attempt to assassinate the governor was foiled in the city of Basra.", "IRQ",
     "event place"),
    # no place found for the event: the one country its sentence names, its victim's
    ("An outspoken mayor was killed by a bomb in a market of largely Sunni northern Kessa, "
     "Libya.", "LBY", "sentence focus"),
]


@pytest.mark.parametrize("text, country, where", ATTACKS)
def test_agents_attack_with_no_doer_named_is_an_unidentified_groups(events_in, text, country,
                                                                   where):
    source = _of_kind(events_in, text, "ASSAULT")[0].source
    if country is None:
        assert source is None or source.sector != "UAF" or source.char_start is not None, source
        return
    assert source is not None, text
    assert (source.country, source.sector, source.country_from) == (country, "UAF", where), \
        source


# (sentence, trigger, CAMEO root): violence of no particular means is conventional military
# force (19) when a state's armed forces do it or aircraft or artillery, an unconventional
# assault (18) otherwise
ROOTS_BY_DOER = [
    ("Government troops killed four villagers near the border on Friday.", "killed", "19"),
    ("Rebel fighters killed four villagers near the border on Friday.", "killed", "18"),
    ("Enemy aircraft killed four villagers near the border on Friday.", "killed", "19"),
    ("Rebel artillery killed four villagers near the border on Friday.", "killed", "19"),
]


@pytest.mark.parametrize("text, trigger, root", ROOTS_BY_DOER)
def test_agents_armed_forces_violence_is_a_fight(event_on, text, trigger, root):
    assert event_on(text, trigger).cameo_root == root
