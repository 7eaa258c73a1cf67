"""Whom a commitment, a concession, a refusal, a demand or a threat is told to (table-driven,
one illustrative sentence per construction): the object of the verb of telling whose content
clause the act is, when the act is the teller's own; no audience, and no act of a third party
reported to someone."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
TOLD = [
    # a refusal told to a party, the teller speaking of itself by a pronoun
    ("The ministry informed the UN agency that it would not allow further visits.",
     "allow", "the UN agency"),
    ("Army commanders told the militia that they would not negotiate.", "negotiate",
     "the militia"),
    # a concession promised to a party
    ("The governor assured the protest leaders that he would withdraw the police.",
     "withdraw", "the protest leaders"),
]


@pytest.mark.parametrize("text, trigger, recipient", TOLD)
def test_recip_told_to(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


NOT_TOLD = [
    # an audience is no party addressed
    ("The general told reporters that he would not negotiate.", "negotiate",
     "reporters"),
    # a third party's act reported to someone is not addressed to them
    ("Officials told the committee that the rebels had refused to negotiate.", "refused",
     "the committee"),
    # ... nor by a pronoun standing for a party other than the teller
    ("The insurgents refused every offer. The governor told the envoy that they would not "
     "negotiate.", "negotiate", "the envoy"),
]


@pytest.mark.parametrize("text, trigger, hearer", NOT_TOLD)
def test_recip_not_told_to(event_on_unfiltered, text, trigger, hearer):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or event.target.text != hearer, event.target
