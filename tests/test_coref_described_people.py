"""A bare definite description of men or fighters ("the men", "the fighters") stands for the
group of people named just before it; a name the parse breaks apart is still a party a later
pronoun stands for. One text written for these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, role, the words the party stands for, or None: left to its own words)
DESCRIBED = [
    # the doers named in the sentence before, carried on by "the men"
    ("Foreign fighters attacked a checkpoint near Dorvale on Monday. The men then killed two "
     "guards.", "killed", "source", "Foreign fighters"),
    # by "the fighters": an armed group
    ("Foreign fighters attacked a checkpoint near Dorvale on Monday. The fighters then killed "
     "two guards.", "killed", "source", "Foreign fighters"),
    # a count of them named as the subject ("hundreds of ...")
    ("Hundreds of foreign fighters have crossed into Syria this year. The men are accused of "
     "killing civilians in Raqqa.", "killing", "source", "Hundreds of foreign fighters"),
    # the same noun named before comes first, though another group is the subject
    ("Police arrested three men in Mosul on Monday. The men were charged with murder.",
     "charged", "target", "three men in Mosul"),
    # two groups named before: which one is unsaid
    ("Police arrested protesters in Mosul on Monday. The men were charged with murder.",
     "charged", "target", None),
    # "the fighters" does not stand for people of no armed side
    ("Protesters marched in Homs on Monday. The fighters then shelled the town.", "shelled",
     "source", None),
    # a name whose head the parse hangs apart from its first words
    ("President Bashar al-Assad addressed parliament on Sunday. Protesters in Homs called on "
     "him to resign.", "called", "target", "Assad"),
]


@pytest.mark.parametrize("text, trigger, role, expected", DESCRIBED)
def test_coref_described_people_for_the_group_named_before(event_on, text, trigger, role,
                                                           expected):
    actor = getattr(event_on(text, trigger), role)
    assert actor is not None and actor.antecedent == expected, actor
