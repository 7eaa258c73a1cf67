"""A named person unknown to the dictionary takes the sector of the title in apposition to the
name."""

import pytest

PUBDATE = "2021-03-14"


@pytest.mark.parametrize(("text", "trigger", "role", "country", "sector"), [
    # a country's adjective before the title: the minister is its government's, no civilian
    ("The Danish defence minister, Anders Holm, praised the Swedish general.", "praised",
     "source", "DNK", "GOV"),
    # a country's possessive before the title
    ("Norway's justice minister, Lars Berntsen, on Sunday called for a joint Nordic plan.",
     "called", "source", "NOR", "GOV"),
    # the title after the name, read with the name itself
    ("Police arrested Omar Haddad, a journalist, in Cairo.", "arrested", "target", "EGY",
     "JRN"),
    ("Soldiers shot Karim Nasser, a local doctor, in Kabul.", "shot", "target", "AFG", "HLH"),
])
def test_person_titles_sector(event_on, text, trigger, role, country, sector):
    party = getattr(event_on(text, trigger, PUBDATE), role)
    assert party is not None and (party.country, party.sector) == (country, sector), party


@pytest.mark.parametrize(("text", "trigger", "role", "sector"), [
    # a nationality beside the name is no role: the person stays a civilian of the country
    ("Turkish police detained Tomas Berg, a Swedish citizen, in Ankara.", "detained", "target",
     "CVL"),
])
def test_person_titles_no_role(event_on, text, trigger, role, sector):
    party = getattr(event_on(text, trigger, PUBDATE), role)
    assert party is not None and party.sector == sector, party


# (text, the name, the title expected to head it, or None)
HEADS = [
    # the name hangs on the title
    ("The Danish defence minister, Anders Holm, praised the plan.", "Anders Holm",
     "The Danish defence minister"),
    # a possessive before the title is the title's
    ("Norway's justice minister, Lars Berntsen, called for a plan.", "Lars Berntsen",
     "Norway's justice minister"),
    # the name hung on the place in the title: the title is the place's head
    ("Britain's special envoy for Syria, Tom Ashby, met the rebels.", "Tom Ashby",
     "Britain's special envoy for Syria"),
    # a title after the name heads no one
    ("Omar Haddad, a journalist, was arrested in Cairo.", "Omar Haddad", None),
    # nor does a name beside another name
    ("Anders Holm, Lars Berntsen, and the Danish defence minister met on Monday.",
     "Lars Berntsen", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), HEADS)
def test_person_titles_heading_title(nlp, text, name, expected):
    from dateline.person_title_heads import heading_title

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    title = heading_title(span)
    assert (title.text if title is not None else None) == expected
