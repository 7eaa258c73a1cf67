"""An actor's words: the noun phrase as written, with the place that locates the party and the
body that says whose an act is (table-driven, one illustrative sentence per construction)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-04-20"


def _party(events_in, text, role, kind):
    events = [e for e in events_in(text, PUBDATE)
              if e.event_type == kind and getattr(e, role) is not None]
    assert events, f"no {kind} event with a {role} in {text!r}"
    return getattr(events[0], role)


# (sentence, role, event type, the party's words, its country or None for any)
SPANS = [
    # a town the parse takes for a person still places the party, hung from the verb
    ("Armenian police detained dozens of demonstrators in Yerevan on Wednesday.", "target",
     "COERCE", "dozens of demonstrators in Yerevan", "ARM"),
    # a region named with its country's possessive, hung from the attack
    ("Russian jets launched strikes on militants in Syria's Idlib province.", "target",
     "ASSAULT", "militants in Syria's Idlib province", "SYR"),
    # a participle that places the party
    ("Turkish jets bombed rebel camps stationed in northern Iraq.", "target", "ASSAULT",
     "rebel camps stationed in northern Iraq", None),
    # a domestic party of no country of its own is of the place that locates it
    ("Israeli aircraft killed three militants in Gaza on Sunday.", "target", "ASSAULT",
     "three militants in Gaza", "PSE"),
    # the body after the country word says whose the weapons are
    ("Syrian government missiles struck a village near the frontier.", "source", "ASSAULT",
     "Syrian government", "SYR"),
    ("U.S. military airstrikes killed dozens of fighters near the border.", "source", "ASSAULT",
     "U.S. military", "USA"),
    # a long name of the dictionaries that the parse cuts at a preposition is read whole
    ("Government troops attacked the National Union for the Total Independence of Angola.",
     "target", "ASSAULT", "the National Union for the Total Independence of Angola", "AGO"),
    # a document stands for who issued it: by an agent, or "from" the issuer
    ("A statement issued by the Kenyan interior ministry accused the rebels of looting shops.",
     "source", "ACCUSE", "the Kenyan interior ministry", "KEN"),
    ("A letter from the Turkish foreign ministry accused Greece of breaking the deal.",
     "source", "ACCUSE", "the Turkish foreign ministry", "TUR"),
]


@pytest.mark.parametrize("text, role, kind, words, country", SPANS)
def test_actors_span_is_the_party_phrase_as_written(events_in, text, role, kind, words,
                                                    country):
    party = _party(events_in, text, role, kind)
    assert party.text == words, party
    if country is not None:
        assert party.country == country, party


def test_actors_of_a_place_keeps_an_office_to_its_country(events_in):
    party = _party(events_in, "The president of Kosovo condemned the killing of the journalist.",
                   "source", "ACCUSE")
    assert party.text == "The president of Kosovo" and party.country == "XKX", party


# (sentence, role, event type, the party's words): a possessive ending and an adjective of a
# person's state before a name are no part of the party's words
TRIMMED = [
    ("Activists protested against the pair's arrest.", "target", "COERCE", "the pair"),
    ("Protesters marched in support of jailed Alexei Navalny.", "target", "PROTEST",
     "Alexei Navalny"),
]


@pytest.mark.parametrize("text, role, kind, words", TRIMMED)
def test_actors_span_leaves_out_possessive_and_state_adjective(events_in_unfiltered, text, role,
                                                               kind, words):
    assert _party(events_in_unfiltered, text, role, kind).text == words


# (sentence, role, event type, the party's words): a conjunct set against the party by "but" is
# no part of it
CONTRASTED = [
    ("The villagers welcomed the aid sent by Norway but a rocket attack by the militia "
     "destroyed it.", "source", "AID", "Norway"),
]


@pytest.mark.parametrize("text, role, kind, words", CONTRASTED)
def test_actors_span_stops_at_a_contrasted_conjunct(events_in_unfiltered, text, role, kind,
                                                    words):
    assert _party(events_in_unfiltered, text, role, kind).text == words
