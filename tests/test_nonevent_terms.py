"""Non-events told with the words of events: a charge named only as what a rebuttal turns away
(dateline.code.charges_turned_away), force said not to be used (dateline.code.refusal_terms),
allowing as another act's purpose (dateline.code.enabling_aims),
acts said to be due (dateline.code.expectations), conditions told by
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
    # a charge a rebuttal turns away is no new accusation, unless the sentence names its maker
    ("Russia rejected Britain's accusation that it had poisoned the defector.",
     [("accusation", "ACCUSE", "actual"), ("poisoned", "ASSAULT", "alleged")]),
    ("The envoy said his country was not involved, rejecting an accusation by the defence "
     "ministry.", [("accusation", "ACCUSE", "actual")]),
    ("Norland denied the accusations by Vestia.", [("accusations", "ACCUSE", "actual")]),
    ("The accusations by Vestia were denied by Norland.", [("accusations", "ACCUSE", "actual")]),
    ("Norland denied the accusations.", []),
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
    # another verb over an act of force tells of something else: the act goes on
    ("The ministry said the truce would not affect its offensive against the rebels.",
     [("offensive", "REJECT", "actual")]),
    # a refusal with no terms stays a rejection
    ("The government will not release the prisoners.", [("release", "REJECT", "actual")]),
    ("The army will not withdraw from the town.", [("withdraw", "REJECT", "actual")]),
    ("Varnia insisted it will not allow the exiles to attend the talks.",
     [("allow", "REJECT", "actual")]),
    # allowing as the purpose of another event is what that event was for; as the purpose of
    # no event, it is the sentence's event, done as its act was
    ("Police fired tear gas to allow the ambulances to pass.",
     [("fired", "ASSAULT", "actual")]),
    ("The engineers cleared the road to allow the refugees to leave the city.",
     [("allow", "CONCEDE", "actual")]),
    ("Norland opened the crossing on Sunday to allow aid trucks into the valley.",
     [("allow", "CONCEDE", "actual")]),
    ("The army lifted the blockade in order to allow the convoys to enter.",
     [("blockade", "CONCEDE", "actual")]),
    ("The governor allowed the refugees to leave the city.", [("allowed", "CONCEDE", "actual")]),
    # the eagerness to act is no act
    ("The statement showed the ministry's eagerness to blame the rebels.", []),
    ("Their desperation to blame the rebels was plain.", []),
    ("The ministry blamed the rebels for the blast.", [("blamed", "ACCUSE", "actual")]),
    # what it is time for others to do is wanted
    ("It is time for the government to release the prisoners.", []),
    ("The time has come for the army to withdraw from the valley.", []),
    # a party's own plan stays one, and so does its plan as others know it
    ("The ministry expects to hold talks with the rebels.", [("talks", "CONSULT", "proposed")]),
    ("The army is expected to launch an offensive.", [("offensive", "ASSAULT", "proposed")]),
    ("Officials expect the minister to meet the rebel leaders next month.",
     [("meet", "CONSULT", "proposed")]),
    ("The council expects the militia to release the hostages next week.",
     [("release", "CONCEDE", "proposed")]),
    # the first or the second time for a party to act counts acts done
    ("It was the first time for the army to shell the town.", [("shell", "ASSAULT", "actual")]),
    # a condition told by inversion is supposed, not reported
    ("Had the rebels attacked the town, thousands would have fled.", []),
    ("Were the rebels to attack the capital, the army would respond.",
     [("respond", "MOBILIZE", "proposed")]),
    # ... also when the police are its doers
    ("Were the police to arrest him, protests would erupt.",
     [("protests", "PROTEST", "proposed")]),
    ("Had police arrested the gunman, the massacre would have been prevented, the report "
     "found.", []),
    # force the police say they will not use is no act of theirs
    ("Police said they would not fire on the protesters.", []),
    ("Riot police said they would not shoot at the crowd.", []),
    # what a plea asks, parsed as its purpose, is asked of the one pleaded with: no second event
    ("The president pleaded with Russia to halt the offensive.",
     [("pleaded", "REQUEST", "actual")]),
    ("The envoy pleaded with the rebels to stop the shelling.",
     [("pleaded", "REQUEST", "actual")]),
    ("Police fired tear gas to disperse the crowd.",
     [("fired", "ASSAULT", "actual"), ("disperse", "COERCE", "attempted")]),
    # asking not to be named is how a story is told; asking to be called to talks is a request
    ("A guard who asked not to be named said the town had fallen.", []),
    ("The opposition asked to be called to the negotiating table.",
     [("asked", "REQUEST", "actual")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_nonevent_terms_told_not_done(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type, e.status) for e in events] == expected
