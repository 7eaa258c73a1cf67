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
    # a charge, a report, a claim or criticism rejected, disputed or refuted: no event
    ("The minister rejected the accusations.", []),
    ("The embassy rejected claims that its staff had spied.", []),
    ("The army disputed the claims of civilian deaths.", []),
    ("The ministry refuted the reports.", []),
    ("The government rebuffed the charges.", []),
    ("The president rejected criticism of his policy.", []),
    ("The president rejected the accusations in an interview with a broadcaster.", []),
    ("The militia repudiated the findings of the inquiry.", []),
    ("The army disputed the account of the witnesses.", []),
    ("The ministry rejected the casualty figures.", []),
    ("The ministry rejected the readout of the call.", []),
    ("The accusations were rejected by the ministry.", []),
    ("The ministry did not dispute the findings.", []),
    # one's own part in a deed turned away is a statement too
    ("The militia rejected responsibility for the bombing.", []),
    ("The general rejected any role in the killings.", []),
    # the act a rejected allegation names is still told, as alleged
    ("The minister rejected allegations that his guards had beaten the reporter.",
     [("beaten", "ASSAULT", "alleged")]),
    # whatever else is denied (a story, "it", "everything") tells what happened: no event
    ("The ministry denied the story.", []),
    ("The spokesman denied everything.", []),
    ("The ministry denied it.", []),
    ("The reports were denied by the ministry.", []),
    # a measure denied is told as denied, not done
    ("The army denied the detentions.", [("detentions", "COERCE", "denied")]),
    # the denier's own clause of what it aimed at tells what was so: no demand
    ("Varnia denies it is moving families into the town, insisting it aimed only to secure the "
     "border.", []),
    ("The army denied the reports, insisting it aimed only at militants.", []),
    # the denier's own act beside the denial is done, not denied
    ("The ministry denied the reports, calling on the UN to investigate.",
     [("calling", "REQUEST", "actual"), ("investigate", "ACCUSE", "demanded")]),
    ("The ministry denied the reports, threatening to sue the newspaper.",
     [("threatening", "THREATEN", "actual"), ("sue", "ACCUSE", "threatened")]),
    ("The militia denied the killings, accusing the army of staging them.",
     [("accusing", "ACCUSE", "actual")]),
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
    ("The request was denied by the council.", [("denied", "REJECT", "actual")]),
    ("The government denied the families' claims for compensation.",
     [("denied", "REJECT", "actual")]),
    ("The rebels rejected the claim to the disputed valley.", [("rejected", "REJECT", "actual")]),
    ("The minister rejected calls for an inquiry.", [("rejected", "REJECT", "actual")]),
    ("The minister rejected a call to resign.", [("rejected", "REJECT", "actual")]),
    ("The government dismissed the idea of talks with the rebels.",
     [("dismissed", "REJECT", "actual")]),
    # a suggestion with an infinitive of its own is a proposal: the talks proposed are no event
    ("The minister rejected a suggestion to hold talks with the rebels.",
     [("rejected", "REJECT", "actual")]),
    ("The suggestion to open the border was rejected by the minister.",
     [("rejected", "REJECT", "actual")]),
    # a proposal joined to what was said is turned down all the same
    ("The government rejected the findings and recommendations of the inquiry.",
     [("rejected", "REJECT", "actual")]),
    # a post offered or a duty turned down is a rejection
    ("The general rejected a role in the new government.", [("rejected", "REJECT", "actual")]),
    ("The council rejected responsibility for the refugees.", [("rejected", "REJECT", "actual")]),
    # a court that dismisses charges or claims rules on a party
    ("The court dismissed the charges against the opposition leader.",
     [("dismissed", "REJECT", "actual")]),
    ("A judge dismissed the claims brought by the families against the army.",
     [("dismissed", "REJECT", "actual")]),
    ("The court rejected the charges against the journalists.", [("rejected", "REJECT", "actual")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_types_statements_denials_and_condolences(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type, e.status) for e in events] == expected
