"""A verb the parse coordinates with a preposition of another verb's clause ("are gathering
outside parliament, in protest at the freeze and calling for ...") shares that verb's subject;
a verb with a subject of its own keeps it (table-driven, one illustrative text per
construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (text, the act's trigger, the doer's words)
SHARED = [
    ("Hundreds of teachers are gathering outside parliament in Lisbon, in protest at the pay "
     "freeze and calling for the minister to resign.", "calling", "Hundreds of teachers"),
    ("Doctors are protesting in Nairobi over unpaid wages and nurses are demanding talks with "
     "the health minister.", "demanding", "nurses"),
]


@pytest.mark.parametrize(("text", "trigger", "doer"), SHARED)
def test_doers5_prep_conjuncts_share_the_clause_subject(some_events_in, text, trigger, doer):
    acts = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert acts
    assert acts[0].source is not None and acts[0].source.text == doer, acts[0].source


# (text, the act's trigger): a verb of the coordinated verb's form between them ("blocking")
# may be the one it goes with, so the head verb's subject is not its doer
NOT_SHARED = [
    ("Police are removing fishermen who are blocking roads across the region, in protest at the "
     "new quota and demanding its end.", "demanding", "Police"),
]


@pytest.mark.parametrize(("text", "trigger", "not_doer"), NOT_SHARED)
def test_doers5_prep_conjuncts_not_past_another_verb(some_events_in, text, trigger, not_doer):
    acts = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert all(e.source is None or e.source.text != not_doer for e in acts), acts
