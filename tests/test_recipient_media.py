"""A statement told to an outlet has the outlet as its hearer when it names no party it is
aimed at: the object of "tell", the "with" of an interview, the "to" of a verb of speaking.
A person told, a statement's own form and an act aimed at a party of its own are not read so."""

from __future__ import annotations

import pytest

# (sentence, trigger, recipient words): one row per construction
TOLD = [
    ("The minister warned in an interview with the Guardian that the army would stay.",
     "warned", "the Guardian"),
    ("In an interview with the BBC, the president called for a ceasefire.", "called",
     "the BBC"),
    ("The president rejected the plan in an interview with Al Jazeera.", "rejected",
     "Al Jazeera"),
    ("The foreign minister told the Times newspaper that he would never accept the plan.",
     "accept", "the Times newspaper"),
    ("Speaking to Reuters, the general urged restraint.", "urged", "Reuters"),
    # the act is what its own doer said to the outlet, in a quotation of their words
    ("\u201cWe will never accept this plan,\u201d the minister told Reuters.", "accept",
     "Reuters"),
]


@pytest.mark.parametrize("text, trigger, recipient", TOLD)
def test_recipient_media_outlet_told_is_the_hearer(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger): no outlet is the recipient
NOT_TOLD = [
    # a person told is no outlet
    ("The minister told his aides that he would never accept the plan.", "accept"),
    # a statement is the form of the words, not their hearer
    ("The ministry said in a statement that it rejected the plan.", "rejected"),
    # a judgement is aimed at the maker of what it judges, not at the hearer
    ("The president criticised the decision in an interview with CNN.", "criticised"),
    # a threat of force is aimed at whom it would strike
    ("Speaking to Reuters, the commander vowed to retake the city.", "vowed"),
    # another party's act told to the outlet by a speaker who did not do it
    ("Residents confirmed to Reuters that the fighters surrendered in April and accepted "
     "being moved north.", "accepted"),
    ("The minister told Reuters that the rebels had rejected the offer.", "rejected"),
    ("The general said in an interview with the BBC that the rebels had refused to "
     "surrender.", "refused"),
    # an act beside the telling, not what was told: a refusal of calls is aimed at their makers
    ("Ms Varga, a lawyer for the family, told Reuters the girl was a victim, and rejected "
     "calls to send her back to the camp.", "rejected"),
]


@pytest.mark.parametrize("text, trigger", NOT_TOLD)
def test_recipient_media_no_outlet(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None or event.target.sector not in ("MED", "JRN"), event.target
