"""Denials and condolences are statements (CAMEO 01, which PLOVER drops), no event of their own:
a denial of a report, a charge or one's part says what did or did not happen, it refuses nothing
asked; condolences and sympathy are felt with those who suffered, no backing of a party's policy
or acts. The act a denial names keeps the status "denied"; a demand, a proposal or an offer
turned down stays a rejection (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (sentence, the (trigger, type, status) of its events)
CASES = [
    # a report, a charge, one's part or a link denied: no event
    ("The ministry denied the reports.", []),
    ("The general denied the charges against him.", []),
    ("The militia denied any involvement in the killings.", []),
    ("The embassy denied responsibility for the blast.", []),
    ("The army dismissed the claims as propaganda.", []),
    # a deed denied is a denial of what happened too
    ("The government has always denied the attack.", []),
    ("The militia denied the killings.", []),
    ("The minister dismissed the allegations of torture.", []),
    # a denial with a clause of the act: the act is told as denied
    ("The army denied that its soldiers had shot the protesters.",
     [("shot", "ASSAULT", "denied")]),
    # condolences and sympathy, expressed, offered or sent: no event
    ("The president offered his condolences to the families of the victims.", []),
    ("The prime minister sent condolences to the people of Varnia.", []),
    ("The governor expressed sympathy for the families of the miners.", []),
    # what a party is asked or offered, turned down, is a rejection
    ("The government dismissed the demand for a ceasefire.", [("dismissed", "REJECT", "actual")]),
    ("The rebels rejected the peace proposal.", [("rejected", "REJECT", "actual")]),
    ("The council denied the request for a permit to march.", [("denied", "REJECT", "actual")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_types_statements_denials_and_condolences(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type, e.status) for e in events] == expected
