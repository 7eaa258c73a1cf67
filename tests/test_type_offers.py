"""What is offered, proposed, suggested or invited is not yet done, and what is put forward
gives its type: material help offered is aid to come (AID), an invitation of a party to talks
or a visit is a meeting to come (CONSULT), as a promise of them is (code/type_offers.py)."""

from __future__ import annotations

import pytest

OFFERED = [
    # material help offered is aid to come, made or to be made, active or passive
    ("The government offered 5 million dollars to the families of the victims.", "offered",
     "AID", "proposed"),
    ("The provincial council offered the flood victims compensation.", "offered", "AID",
     "proposed"),
    ("The donors offered food and medicine to the displaced villagers.", "offered", "AID",
     "proposed"),
    ("The government will offer compensation to the families.", "offer", "AID", "proposed"),
    ("Compensation was offered to the families by the government.", "offered", "AID",
     "proposed"),
    ("The field hospital offered free treatment to the wounded.", "offered", "AID", "proposed"),
    # an offer named as a noun is aid to come as the verb's is
    ("The union's offer of cash gives the member states a say over the talks.", "offer", "AID",
     "proposed"),
    ("Increasingly isolated in the dispute, the bloc's offer of cash at least gives the "
     "member states a say.", "offer", "AID", "proposed"),
    # aid promised, pledged or to be sent is aid to come, as aid offered is
    ("The government pledged aid to the flood victims.", "aid", "AID", "proposed"),
    ("The government will send aid to the flood victims.", "aid", "AID", "proposed"),
    ("The neighbouring state offered to help the flood victims.", "help", "AID", "proposed"),
    # an invitation of a party to talks, a place or a visit is a meeting to come
    ("The prime minister invited the opposition leaders to talks in the capital.", "invited",
     "CONSULT", "proposed"),
    ("The foreign minister invited two rebel commanders to Rome to discuss a truce.", "invited",
     "CONSULT", "proposed"),
    ("The prime minister will invite the opposition leaders to talks next week.", "invite",
     "CONSULT", "proposed"),
    ("The mediators invited the rebel leaders to join the negotiations.", "invited", "CONSULT",
     "proposed"),
    ("The envoy will hold talks with the rebel commanders.", "talks", "CONSULT", "proposed"),
    ("The envoy suggested meeting the rebel commanders in Cairo.", "meeting", "CONSULT",
     "proposed"),
    # help or talks named as what is offered are still to come
    ("The regional government offered aid to the flooded districts.", "aid", "AID",
     "proposed"),
    ("The envoy offered talks to the rebel commanders.", "talks", "CONSULT", "proposed"),
    # a deal offered is an agreement put forward, not reached
    ("The government offered a deal to the rebels.", "deal", "AGREE", "proposed"),
    # aid an offerer is accused of is alleged
    ("The ministry was accused of offering aid to the militia.", "aid", "AID", "alleged"),
    # an apology offered is made in the offering
    ("The minister offered a public apology to the victims' families.", "apology", "SUPPORT",
     "actual"),
    # a course proposed is an offer to cooperate, not an agreement reached
    ("The mediators proposed a new timetable for the elections.", "proposed", "AGREE",
     "proposed"),
    # an agreement to act is reached
    ("The health ministry agreed to pause the vaccination campaign.", "agreed", "AGREE",
     "actual"),
    # a meeting held beside an invitation is done
    ("The president invited the rebel leaders to Paris after they met in Doha last week.",
     "met", "CONSULT", "actual"),
    ("The president invited the rebels to Paris, meeting them at the airport.", "meeting",
     "CONSULT", "actual"),
    # what an invitation asks a party to do is demanded of it
    ("The mediators invited the rebels to sign the ceasefire agreement.", "agreement",
     "SUPPORT", "demanded"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type", "status"), OFFERED)
def test_type_offers_type_and_status(event_on, text, trigger, event_type, status):
    event = event_on(text, trigger)
    assert (event.event_type, event.status) == (event_type, status)


NO_AID = [
    # help not put forward
    "The ministry did not offer aid to the flooded districts.",
    "The ministry offered no aid to the flooded districts.",
    "Neither country offered aid to the flooded districts.",
    "The ministry refused to offer aid to the flooded districts.",
    "The ministry failed to offer aid to the flooded districts.",
    "The ministry has yet to offer aid to the flooded districts.",
    # a price, a reward or a ransom is no aid
    "The club offered 50 million pounds for the striker.",
    "Police offered a reward of 10,000 dollars for information about the killers.",
    "The family offered a ransom for the kidnapped engineer.",
]


@pytest.mark.parametrize("text", NO_AID)
def test_type_offers_no_aid_to_come(events_in, text):
    events = events_in(text)
    assert not [e for e in events if e.event_type == "AID"], events


NO_MEETING = [
    # an invitation of a thing, or of a party to do something other than meet, is no meeting
    "The president's remarks invited a sharp rebuke from the neighbouring states.",
    "The defence ministry invited bids for new fighter jets.",
    "The ministry invited applications from foreign journalists.",
    "The court invited the government to respond to the petition.",
    "The mediators invited the rebels to sign the ceasefire agreement.",
]


@pytest.mark.parametrize("text", NO_MEETING)
def test_type_offers_invitation_to_no_meeting(events_in, text):
    events = events_in(text)
    assert not [e for e in events if e.event_type == "CONSULT"], events


def test_type_offers_invitation_and_its_talks_are_one_event(events_in):
    events = events_in("The foreign minister invited two rebel commanders to Rome to discuss "
                       "a truce.")
    assert [e.trigger for e in events if e.event_type == "CONSULT"] == ["invited"], events


def test_type_offers_invited_visit_keeps_its_place(events_in):
    events = events_in("Jordan invited the Iraqi prime minister to visit Amman next month.")
    found = [(e.event_type, e.mode, e.status, e.location and e.location.name) for e in events]
    assert found == [("CONSULT", "visit", "proposed", "Amman")], found


PROPOSED = [
    # what a proposal or suggestion puts forward is not reported done
    ("The minister proposed that the talks resume next week.", "talks", "CONSULT"),
    ("The army proposed that the rebels withdraw from the town.", "withdraw", "CONCEDE"),
    ("The envoy suggested that the two sides meet in Cairo.", "meet", "CONSULT"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type"), PROPOSED)
def test_type_offers_what_is_proposed_is_not_done(event_on, text, trigger, event_type):
    event = event_on(text, trigger)
    assert (event.event_type, event.status) == (event_type, "proposed")


def test_type_offers_what_a_report_suggests_is_no_proposal(event_on):
    event = event_on("The report suggests that the army shelled the town.", "shelled")
    assert event.status != "proposed"


TAKEN = [
    # people seized are taken into custody; who takes them decides arrest or abduction
    ("Troops seized three suspected militants in a dawn raid.", "seized", "COERCE", "arrest"),
    ("Police seized two suspects outside the station.", "seized", "COERCE", "arrest"),
    ("Gunmen seized the mayor on his way to the office.", "seized", "ASSAULT", "abduct"),
    ("Soldiers seized the president at his residence.", "seized", "COERCE", "arrest"),
    ("Soldiers seized the minister at his home.", "seized", "COERCE", "arrest"),
    ("The border guards seized two migrants and a smuggler.", "seized", "COERCE", "arrest"),
    # things and ground seized stay seizures, named or as "it"
    ("Police seized weapons and ammunition from the house.", "seized", "COERCE", "seize"),
    ("The rebels reached the airport on Monday and seized it after a brief battle.", "seized",
     "COERCE", "seize"),
    ("The tanker entered the strait, where the navy seized it.", "seized", "COERCE", "seize"),
    # a force that strengthens its own defences mobilises, as with "boost" or "bolster"
    ("Government forces enhanced the air defences around the capital.", "enhanced",
     "MOBILIZE", "troops"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type", "mode"), TAKEN)
def test_type_offers_people_seized_and_defences_enhanced(event_on, text, trigger, event_type,
                                                         mode):
    event = event_on(text, trigger)
    assert (event.event_type, event.mode) == (event_type, mode)


def test_type_offers_a_firm_enhancing_its_defence_mobilises_no_troops(events_in):
    events = events_in("The software firm enhanced its defence against cyber attacks.")
    assert not [e for e in events if e.event_type == "MOBILIZE"], events


# (sentence, a word, the word of offering that puts it forward or None): the one reading of
# what an offer puts forward, which the real-event filter shares
OFFERING_WORDS = [
    ("The minister offered compensation to the families.", "offered", "offered"),
    ("The minister offered compensation to the families.", "compensation", "offered"),
    ("Compensation was offered to the families.", "Compensation", "offered"),
    ("Norway offered to mediate between the two sides.", "mediate", "offered"),
    ("His offer of cash was turned down.", "offer", "offer"),
    ("The minister sent compensation to the families.", "compensation", None),
    ("The army shelled the town.", "shelled", None),
]


@pytest.mark.parametrize(("text", "word", "offering"), OFFERING_WORDS)
def test_type_offers_offering_word(nlp, text, word, offering):
    from dateline.code.type_offers import offering_word

    doc = nlp(text)
    found = offering_word(next(t for t in doc if t.text == word))
    assert (found.text if found is not None else None) == offering
