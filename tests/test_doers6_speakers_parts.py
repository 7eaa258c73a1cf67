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
    # nor of a verb of saying that may take a noun for its object
    ("Recalling the ambassador from Moscow would be a mistake, the Finnish foreign minister "
     "said.", "Recalling", None, None),
    ("Declaring a state of emergency in Lagos would be illegal, the Nigerian opposition leader "
     "said.", "Declaring", None, None),
    # a participle on one's own life or time given or spent: the subject's act
    ("Captain Rhys Dalton had given his life defending the bridge from an armoured assault.",
     "defending", "Captain Rhys Dalton", None),
    # a quantity of a body's members: the body's members
    ("Hamas made its decision with most of its leaders opposing the truce.", "opposing",
     "most of its leaders", "PSE"),
    ("Islamic State said 26 of its fighters attacked the base.", "attacked",
     "26 of its fighters", "IRQ"),
    # initials the text defines stand for the name they spell
    ("The Syrian Negotiations Commission (SNC) met in Riyadh. The SNC rejected the plan.",
     "rejected", "The SNC", "SYR"),
    # even when the dictionary knows the initials for another body
    ("Fighters of the Burundian Liberation Army (BLA) crossed into Rwanda on Monday. The BLA "
     "attacked a police station in Rusizi.", "attacked", "The BLA", "BDI"),
    # a lawyer for a named person speaks for that person, no court
    ("The lawyer for Maria Kovan, who was detained last year, demanded her release.",
     "demanded", "Maria Kovan", None),
]

# (text, trigger, the doer's words, country, sector): the kind of party a state's envoy is
KINDS = [
    # a state's envoy to a body named before the title is the state's, not the body's
    ("Ukraine's NATO envoy urged allies to send more air defence systems.", "urged",
     "Ukraine's NATO envoy", "UKR", "GOV"),
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
    # the words of the name the initials spell, small words and hyphens within it
    ("Fighters from the Sudanese Rapid Union Brigades (RUB) looted the market.",
     {"RUB": "Rapid Union Brigades"}),
    ("On Monday Syrian Democratic Forces (SDF) took Raqqa.",
     {"SDF": "Syrian Democratic Forces"}),
    ("The Front for the Liberation of Vostria (FLV) was founded in 2010.",
     {"FLV": "Front for the Liberation of Vostria"}),
    ("Hayat Tahrir al-Sham (HTS) took Idlib.", {"HTS": "Hayat Tahrir al-Sham"}),
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


# (text, gerund, the word of its doer by the parse; None: none): a life or time is the
# subject's own only when spent, given or lost and the subject's by its possessive
CONTROLLED = [
    ("He had given his life defending the bridge.", "defending", "He"),
    ("She recounts his time attacking police in Paris.", "attacking", None),
    ("The prosecutor described her life fighting the army in Mali.", "fighting", None),
]


@pytest.mark.parametrize(("text", "gerund", "doer"), CONTROLLED)
def test_doers6_own_time(nlp, text, gerund, doer):
    from dateline.actor_controllers import gerund_doer
    from dateline.code.verbs import subject_of

    verb = next(t for t in nlp(text) if t.text == gerund)
    found = gerund_doer(verb, subject_of)
    assert (found.text if found is not None else None) == doer
