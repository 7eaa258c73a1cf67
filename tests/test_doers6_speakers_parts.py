"""Doers named elsewhere in the sentence: the speaker of a sentence-opening gerund of saying is
the main clause's subject; a part of a body's members named by a quantity acts for the body as
its members do (table-driven, one illustrative text per construction, written for the
project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, trigger, words of the doer shown, the doer's country; None: no doer)
DOERS = [
    # the opening gerund of saying: the main clause's subject after the comma
    ("Omar Farid, the Vostrian foreign minister, spoke in Paris on Monday. Insisting the "
     "rebels must withdraw from the border, he said: “We will not wait.”", "Insisting", "he", None),
    # a gerund subject of a verb that takes a party for its object is no speaker's act
    ("Defending the city is essential, the general said.", "Defending", None, None),
    # a participle on one's own life or time given or spent: the subject's act
    ("Captain Rhys Dalton gave his life defending the bridge from an armoured assault.",
     "defending", "Captain Rhys Dalton", None),
    # a quantity of a body's members: the body's members
    ("Hamas made its decision with most of its leaders opposing the truce.", "opposing",
     "most of its leaders", "PSE"),
    ("Islamic State said 26 of its fighters attacked the base.", "attacked",
     "26 of its fighters", "IRQ"),
    # initials the text defines stand for the name they spell
    ("The Syrian Negotiations Commission (SNC) met in Riyadh. The SNC rejected the plan.",
     "rejected", "The SNC", "SYR"),
    # a lawyer for a named person speaks for that person, no court
    ("The lawyer for Maria Kovan, who was detained last year, demanded her release.",
     "demanded", "Maria Kovan", None),
]

# (text, trigger, the doer's words, country, sector): the kind of party a state's envoy is
KINDS = [
    # a state's envoy to a body named before the title is the state's, not the body's
    ("Vostria's UN ambassador condemned the strikes.", "condemned",
     "Vostria's UN ambassador", None, "GOV"),
    ("The Dutch permanent representative at the UN condemned the strikes.", "condemned",
     "The Dutch permanent representative", "NLD", "GOV"),
    # a letters page: the signature before the mark is no part of the next letter's subject
    ("Our silence makes us complicit. Ann Mills Secretary, Peace in Vostria • Last week Tom "
     "Reid, the Dutch permanent representative at the UN, complained to the Russians.",
     "complained",
     "Tom Reid, the Dutch permanent representative at the UN", "NLD", "GOV"),
]


@pytest.mark.parametrize(("text", "trigger", "words", "country", "sector"), KINDS)
def test_doers6_kind_of_doer(events_in_unfiltered, text, trigger, words, country, sector):
    found = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    source = found[0].source
    assert source is not None and source.text == words and source.sector == sector
    assert country is None or source.country == country


# (text, initials -> the words of the name they are defined for; {}: none)
INITIALS = [
    ("The Syrian Negotiations Commission (SNC) met in Riyadh.",
     {"SNC": "Syrian Negotiations Commission"}),
    ("The Movement for Democratic Change (MDC) won the vote.",
     {"MDC": "Movement for Democratic Change"}),
    # a bracket that spells no name's initials defines nothing
    ("Fighters of the YPG (People's Protection Units) held the town.", {}),
    ("The Kurdish Workers Party (PKK) fought on.", {}),
]


@pytest.mark.parametrize(("text", "trigger", "words", "country"), DOERS)
def test_doers6_doer_named_elsewhere(events_in_unfiltered, text, trigger, words, country):
    found = [e for e in events_in_unfiltered(text, PUBDATE) if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    source = found[0].source
    if words is None:
        assert source is None or not source.text
        return
    assert source is not None and source.text == words
    if country is not None:
        assert source.country == country


@pytest.mark.parametrize(("text", "expected"), INITIALS)
def test_doers6_initials_defined(nlp, text, expected):
    from dateline.actor_initials import defined_initials

    doc = nlp(text)
    found = {k: doc[a:b].text for k, (a, b) in defined_initials(doc).items()}
    assert found == expected
