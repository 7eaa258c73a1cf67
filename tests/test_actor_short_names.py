"""A person named again by the surname alone is the person the document named in full: a party
with the full mention's country, or with none, never a namesake of the dictionaries nor a place
(the model labels many a surname alone a place); "they" after two such names stands for them,
"he" for one the parse made its sentence's root, and "the pair" for two named (table-driven,
one illustrative sentence per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-03-14"

# (text, role, the actor's name, its country)
SHORT_NAMES = [
    # a victim named again by the surname: a party of no country, not dropped as a place
    ("John Makhlouf, who runs a charity in Leeds, spoke on Monday. The guards beat Makhlouf, "
     "his lawyer said.", "target", "John Makhlouf", None),
    # the full mention's apposition gives the country
    ("A British aid worker, John Makhlouf, was detained last week. Makhlouf accused the "
     "guards of lying.", "source", "John Makhlouf", "GBR"),
    # "them" after two people named by their surnames: the two of them
    # (a plural apposition after the two describes each of them)
    ("Marco Haddad and Leon Moreau, two British volunteers, went to Syria in 2015. Haddad "
     "and Moreau were spotted in Idlib in 2016. Rebels captured them in February.",
     "target", "Marco Haddad and Leon Moreau", "GBR"),
    # "he" after a surname the parse made its sentence's root ("Roberts, who ..., travelled")
    ("Dan Roberts, a former nurse, was held in Egypt. His sister, Kate Roberts, said her "
     "brother had done nothing wrong. Roberts, who lived in Tunis in 2012, travelled to Libya "
     "in 2015. On arriving in Leeds, he was detained by British police.", "target", "Roberts",
     "GBR"),
    # "the pair", "the two men" after two people named: the two of them
    ("Marco Haddad and Leon Moreau, two British volunteers, went to Syria in 2015. Rebels "
     "captured the two men in February.", "target", "Marco Haddad and Leon Moreau", "GBR"),
    # the two named again by their surnames in an active clause: of the country the pair's
    # apposition gives each of them
    ("Marco Haddad and Leon Moreau, two British volunteers, went to Syria in 2015. Rebels "
     "captured Haddad and Moreau in February.", "target", "Marco Haddad and Leon Moreau", "GBR"),
    # a surname the tagger reads as an adjective at the head of a sentence
    ("Russia's ambassador to Kenya, Pavel Petrenko, spoke in Nairobi. The Kenyan side is not "
     "open, Petrenko claims. Petrenko demands “evidence” that the detainees are well.",
     "source", "Pavel Petrenko", "RUS"),
]


@pytest.mark.parametrize("text", [
    # no one named before: "the two men" is not the force named before them
    "Police in Lagos raided a house on Monday. The two men were charged with murder.",
])
def test_actor_short_names_few_people_are_no_force(some_events_in, text):
    targets = [e.target for e in some_events_in(text, PUBDATE) if e.target is not None]
    assert all(t.sector != "COP" for t in targets), targets


@pytest.mark.parametrize(("text", "role", "name", "country"), SHORT_NAMES)
def test_actor_short_names_stand_for_the_full_name(some_events_in, text, role, name, country):
    parties = [getattr(e, role) for e in some_events_in(text, PUBDATE)
               if getattr(e, role) is not None]
    assert any(p.name == name and p.country == country for p in parties), parties
