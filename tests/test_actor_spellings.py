"""Other ways a named actor's name is written: British and American spellings, transliterations,
and a person's name without the honorific before it; and the country of a region's name read as
the locator reads it (table-driven, one sentence written for the project per construction)."""

from __future__ import annotations

import pytest

from dateline.actor_names import load_named
from dateline.actor_spellings import add_spellings, spelt_otherwise, without_honorific

SPELLINGS = {"organization": ("organisation",), "organisation": ("organization",),
             "defense": ("defence",), "defence": ("defense",)}
HONORIFICS = frozenset({"sir", "sheikh", "crown", "prince", "ayatollah"})


@pytest.mark.parametrize("alias, expected", [
    ("north atlantic treaty organization", ["north atlantic treaty organisation"]),
    ("forces for defense of democracy", ["forces for defence of democracy"]),
    ("ministry of defense organization", ["ministry of defence organization",
                                          "ministry of defense organisation",
                                          "ministry of defence organisation"]),
    ("hamas", []),  # one word: no other spelling is read
    ("red crescent", []),
])
def test_actor_spellings_words_spelt_otherwise(alias, expected):
    assert spelt_otherwise(alias, SPELLINGS) == expected


@pytest.mark.parametrize("alias, expected", [
    ("sir dawda jawara", "dawda jawara"),
    ("ayatollah ruhollah khomeini", "ruhollah khomeini"),
    ("crown prince abdullah bin abdulaziz", "abdullah bin abdulaziz"),
    ("crown prince bin salman", None),  # the rest begins with a joining word
    ("prince johnson", None),  # one word left: a given name, not an honorific
    ("dawda jawara", None),
])
def test_actor_spellings_name_without_honorific(alias, expected):
    assert without_honorific(alias, HONORIFICS) == expected


@pytest.mark.parametrize("aliases, bare", [
    ({"   ": 0, "sir dawda jawara": 1}, 1),  # a blank alias is passed over, not read
    ({"": 0}, None),
])
def test_actor_spellings_blank_alias_skipped(aliases, bare):
    names, roles = ["Blank", "Sir Dawda Jawara"], ["", ""]
    add_spellings(names, roles, aliases, lambda name, role: name.startswith("Sir"))
    assert aliases.get("dawda jawara") == bare


@pytest.mark.parametrize("alias, name", [
    ("north atlantic treaty organisation", "NATO"),
    ("dawda jawara", "Sir Dawda Jawara"),
    ("ruhollah khomeini", "Ayatollah Ruhollah Khomeini"),
])
def test_actor_spellings_dictionary_reads_other_forms(alias, name):
    named = load_named()
    assert named.actor(named.aliases[alias]).name == name


# (sentence, publication date, the actor's words, its country)
NAMED = [
    ("The North Atlantic Treaty Organisation warned the government against the move.",
     "2019-05-01", "Organisation", "IGO"),
    ("Dawda Jawara welcomed the agreement with Senegal.", "1990-05-01", "Jawara", "GMB"),
    ("Ruhollah Khomeini denounced the new constitution's critics.", "1979-06-01", "Khomeini",
     "IRN"),
]


@pytest.mark.parametrize("text, pubdate, words, country", NAMED)
def test_actor_spellings_named_actor_found_in_text(some_events_in, text, pubdate, words,
                                                    country):
    sources = [e.source for e in some_events_in(text, pubdate)
               if e.source is not None and words in e.source.text]
    assert sources and all(s.country == country for s in sources), sources


# (sentence, the doer's country): a region's name written before its kind is the region the
# locator reads, not a town abroad that bears one of its names
REGIONS = [
    ("Gunmen kidnapped three aid workers in Borno state.", "NGA"),
    ("Soldiers killed ten rebels in Kachin state on Sunday.", "MMR"),
    ("Militants attacked a checkpoint in Anbar province.", "IRQ"),
]


@pytest.mark.parametrize("text, country", REGIONS)
def test_actor_places_region_read_as_the_locator_reads_it(some_events_in, text, country):
    events = some_events_in(text)
    assert any(e.source is not None and e.source.country == country for e in events), \
        [(e.source, e.location) for e in events]


# (sentence, publication date, the doer's country): a state's former name or adjective names
# the state that succeeded it (Yugoslavia as CAMEO codes it: Serbia)
FORMER_NAMES = [
    ("Yugoslav troops shelled the border villages.", "1991-09-01", "SRB"),
    ("Rhodesia accused Zambia of sheltering the guerrillas.", "1976-05-01", "ZWE"),
    ("Upper Volta recalled its ambassador from Ghana.", "1980-05-01", "BFA"),
    ("Kampuchean forces attacked the camp near the border.", "1984-05-01", "KHM"),
]


@pytest.mark.parametrize("text, pubdate, country", FORMER_NAMES)
def test_actor_demonyms_former_state_names(some_events_in, text, pubdate, country):
    events = some_events_in(text, pubdate)
    assert events[0].source is not None and events[0].source.country == country, events[0]


# (sentence, the recipient's country or None): a material act that names no party is done to
# the state of the land it is done in, when that is not the doer's own
ABROAD = [
    ("Russia eased its emergency rules on Friday in Abkhazia.", "GEO"),
    ("The French government lifted the curfew in Paris.", None),
    # support voiced in words: the land it was said in is its venue, no recipient
    ("Norway voiced support for the truce plan at a summit in Berlin.", None),
    ("Norway pledged support for the truce plan at a meeting in Lisbon.", None),
]


@pytest.mark.parametrize("text, country", ABROAD)
def test_actor_abroad_material_act_directed_at_the_land_it_is_done_in(events_in, text,
                                                                       country):
    from dateline.actor_abroad import directed_abroad
    from dateline.records import Actor

    assert directed_abroad("AID", Actor(text="Norway", country="NOR"), "LBR")
    assert not directed_abroad("AID", Actor(text="Norway", country="NOR"), "NOR")
    assert not directed_abroad("CONSULT", Actor(text="Norway", country="NOR"), "LBR")
    assert not directed_abroad("AID", Actor(text="the donors"), "LBR")
    events = [e for e in events_in(text) if e.event_type != "CONSULT"]
    targets = {e.target.country for e in events if e.target is not None}
    assert (country in targets) if country else not targets - {None, "FRA", "NOR"}, events
