"""Non-events told with the words of events: a charge named only as what a rebuttal turns away
(dateline.code.charges_turned_away), force said not to be used (dateline.code.refusal_terms),
allowing as another act's purpose (dateline.code.enabling_aims),
acts expected of others or said to be due (dateline.code.expectations), conditions told by
inversion (dateline.code.hypotheticals), what a plea asks parsed as its purpose
(dateline.code.plea_content),
the eagerness to act (the status frames' wish nouns) and a request to be named so (the
non-event lexicon); beside them, the refusals, charges and concessions that stay events
(sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (sentence, the (trigger, type, status) of its events, in order)
CASES = [
    # a charge a rebuttal turns away is no new accusation, whoever made it
    ("Russia rejected Britain's accusation that it had poisoned the defector.",
     [("poisoned", "ASSAULT", "alleged")]),
    ("The envoy said his country was not involved, rejecting an accusation by the defence "
     "ministry.", []),
    ("The ministry dismissed the allegation of torture in its prisons.", []),
    ("The army denied the charge that its troops had shelled the town.",
     [("shelled", "ASSAULT", "alleged")]),
    ("The accusation of spying was rejected by the embassy.", []),
    ("Officials disputed the accusations and allegations of the monitors.", []),
    # a charge made, or answered by someone else's act, stays
    ("Britain accused Russia of poisoning the defector.",
     [("accused", "ACCUSE", "actual"), ("poisoning", "ASSAULT", "alleged")]),
    ("The court dismissed the charges against the opposition leader.",
     [("dismissed", "REJECT", "actual")]),
    # "will not …" on terms is still a refusal (CAMEO: refusing to ease)
    ("The government will not lift the embargo until the reforms are made.",
     [("embargo", "REJECT", "actual")]),
    # force held back is restraint, no rejection of anyone
    ("The president announced the army would not attack the rebels.", []),
    ("The rebels said they would not launch an offensive.", []),
    # a refusal with no terms stays a rejection
    ("The government will not release the prisoners.", [("release", "REJECT", "actual")]),
    ("The army will not withdraw from the town.", [("withdraw", "REJECT", "actual")]),
    ("Varnia insisted it will not allow the exiles to attend the talks.",
     [("allow", "REJECT", "actual")]),
    # allowing as another act's purpose is what that act was for
    ("The engineers cleared the road to allow the refugees to leave the city.", []),
    ("The army lifted the blockade in order to allow the convoys to enter.",
     [("blockade", "CONCEDE", "actual")]),
    ("The governor allowed the refugees to leave the city.", [("allowed", "CONCEDE", "actual")]),
    # the eagerness to act is no act
    ("The statement showed the ministry's eagerness to blame the rebels.", []),
    ("Their desperation to shift responsibility onto the opposition was plain.", []),
    ("The ministry blamed the rebels for the blast.", [("blamed", "ACCUSE", "actual")]),
    # what others are expected, or it is time for them, to do is foretold or wanted
    ("The council expects the militia to release the hostages.", []),
    ("It is time for the government to release the prisoners.", []),
    ("The time has come for the army to withdraw from the valley.", []),
    # a party's own plan stays one, and so does its plan as others know it
    ("The ministry expects to hold talks with the rebels.", [("talks", "CONSULT", "proposed")]),
    ("The army is expected to launch an offensive.", [("offensive", "ASSAULT", "proposed")]),
    # a condition told by inversion is supposed, not reported
    ("Had the rebels attacked the town, thousands would have fled.", []),
    ("Were the rebels to attack the capital, the army would respond.",
     [("respond", "MOBILIZE", "proposed")]),
    # what a plea asks, parsed as its purpose, is asked of the one pleaded with: no second event
    ("The president pleaded with Russia to halt the offensive.",
     [("pleaded", "REQUEST", "actual")]),
    ("The envoy pleaded with the rebels to stop the shelling.",
     [("pleaded", "REQUEST", "actual")]),
    ("Police fired tear gas to disperse the crowd.",
     [("fired", "ASSAULT", "actual"), ("disperse", "COERCE", "attempted")]),
    # asking to be named so is how a story is told
    ("A guard who asked to be called by a nickname said the town had fallen.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_nonevent_terms_told_not_done(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type, e.status) for e in events] == expected
