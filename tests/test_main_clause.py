"""A sentence's main act and the weak acts of its subordinate clauses (``main_clause``)."""

from __future__ import annotations

import pytest

from dateline.main_clause import describes_place, subordinate

# (sentence, word, whether the word stands in a clause subordinate to a noun or a clause)
SUBORDINATE = [
    ("The army shelled the town where rebels held out.", "held", True),  # relative clause
    ("Farmers protested against land seized by the army.", "seized", True),  # participle on a noun
    ("The minister resigned as protesters stormed the building.", "stormed", True),  # adverbial
    ("The court barred the party from contesting the vote.", "contesting", True),  # after "from"
    ("Police said the army shelled the town.", "shelled", False),  # reported main act
    ("The army shelled the town.", "shelled", False),  # the main clause
]


@pytest.mark.parametrize(("text", "word", "expected"), SUBORDINATE)
def test_main_clause_subordinate(nlp, text, word, expected):
    tok = next(t for t in nlp(text) if t.text == word)
    assert subordinate(tok) is expected


# (sentence, triggers kept, triggers dropped)
ACTS = [
    # a weak act of a clause after a preposition gives way to the sure main act
    ("Borduria has threatened to bar opposition parties from participating in the coming "
     "elections.", {"threatened"}, {"participating"}),
    # a sure act of a relative clause stays: it is often the news
    ("Rebels ambushed an army convoy in a raid that killed 12 soldiers.",
     {"ambushed", "raid"}, set()),
    # as does a sure act of a participle clause
    ("Farmers began a sit-in outside parliament to demand the return of land seized by army "
     "units in the 1980s.", {"seized"}, set()),
    # a weak act of a gerund under a threat gives way to the threat that tells it
    ("The rebels threatened to shell the town after withdrawing from the airport.",
     {"threatened"}, {"withdrawing"}),
    # a backing that names both its parties stays beside the act it backs
    ("Syria's offensive, backed by Russian jets, killed hundreds.", {"offensive", "backed"},
     set()),
    # force used by one named party on another stays in any clause
    ("The mayor resigned after being attacked by armed men in the square.",
     {"resigned", "attacked"}, set()),
    # but a weak act of a relative clause on a place's name tells the place's past, the
    # setting of the main act, whatever its kind
    ("Borduria lifted the curfew in the province of Kessa, where 40 people were killed in riots "
     "last year.", {"curfew"}, {"killed"}),
]


# (sentence, word, whether the word stands in a relative clause on a place's name)
PLACE_CLAUSES = [
    ("Troops entered Kandahar, where rebels had killed two guards.", "killed", True),
    ("Troops entered Kandahar, where rebels killed two guards in 2015.", "killed", True),
    # a clause telling no earlier time tells the same event, not the place's past
    ("Jets bombed Kandahar, where 12 patients were killed.", "killed", False),
    ("Rebels ambushed a convoy in a raid that killed 12 soldiers.", "killed", False),  # on an act
]


@pytest.mark.parametrize(("text", "word", "expected"), PLACE_CLAUSES)
def test_main_clause_describes_place(nlp, text, word, expected):
    tok = next(t for t in nlp(text) if t.text == word)
    assert describes_place(tok) is expected


@pytest.mark.parametrize(("text", "kept", "dropped"), ACTS)
def test_main_clause_weak_subordinate_acts(events_in, text, kept, dropped):
    triggers = {e.trigger for e in events_in(text)}
    assert kept <= triggers
    assert not dropped & triggers
