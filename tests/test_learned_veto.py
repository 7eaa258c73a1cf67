"""The pentacode head's class veto re-roots an act said by parties its trigger governs, and
drops the others (``learned_veto``)."""

from __future__ import annotations

import pytest

from dateline.learned_veto import held_parties
from dateline.pipeline import events_from_doc
from dateline.records import Article


@pytest.mark.parametrize("text, event_type, held", [
    # the actor the trigger's subject, the recipient the object of its preposition
    ("The Dutch government agreed with the European Commission that farmers should be paid "
     "more.", "AGREE", True),
    # the actor the subject of the speech verb the trigger complements
    ("The mayor said she agreed with the governor that the schools must stay open.", "AGREE",
     True),
    # coordinated actors: each hangs from the trigger as the first does
    ("Brazil and Peru signed a trade agreement with Chile.", "SUPPORT", True),
    # a possessive pronoun for the actor
    ("The Knesset supports its plan to expel the Cuban diplomats.", "SANCTION",
     False),
    # a pronoun for the recipient
    ("The cabinet vowed to repatriate them within a month.", "RETREAT", False),
    # the recipient in a modifier of the trigger's object, not governed by the trigger
    ("The ministry welcomed the visit of the Turkish president to Athens.", "SUPPORT", False),
])
def test_learned_veto_held_parties_by_construction(nlp, text, event_type, held):
    doc = nlp(text)
    events = [e for e in events_from_doc(doc, Article(doc_id="t", text=text), learned=False)
              if e.event_type == event_type]
    assert events, text
    sent = next(iter(doc.sents))
    assert {held_parties(e, sent, 0) for e in events} == {held}
    # only a reading as a statement re-roots: another class's reading denies the type
    assert not any(held_parties(e, sent, 3) for e in events)


@pytest.mark.parametrize("text, kept", [
    # read as a statement: the call's parties stay, its root the statement class's
    ("The Chilean president called his Argentine counterpart to assure him of his support.",
     [("CONSULT", "01", "The Chilean president", "his Argentine counterpart")]),
    # read as a statement too, but the expulsion's actor is a pronoun: dropped
    ("The Knesset supports its plan to expel the Cuban diplomats.",
     [("SUPPORT", "05", "The Knesset", None)]),
])
def test_learned_veto_rerooted_or_dropped(pipeline, text, kept):
    assert [(e.event_type, e.cameo_root, e.source.text if e.source else None,
             e.target.text if e.target else None) for e in pipeline.extract(text)] == kept
