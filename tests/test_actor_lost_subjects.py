"""The doer of a verb the parse leaves without a subject, one sentence written for these tests
per construction: an active verb coordinated with a passive, a verb of the sayer's coordinated
after a comma with what it says, a finite verb whose subject the parse hung elsewhere, and a
pronoun subject of a reported clause standing for its sayer."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's words, its country or None)
LOST_SUBJECTS = [
    # an active verb coordinated with a passive shares the passive's subject, not its agent
    ("The Elysee said it had been informed of the plan in advance and rejected it.", "rejected",
     None, "FRA"),
    ("The defence minister was questioned by reporters and denied the request.", "denied",
     "The defence minister", None),
    # after a comma, a verb coordinated with what is said is the sayer's own second act
    ("Dr Lena Vogt, a lawyer for the family, said the prisoner should be released at once, and "
     "condemned the decision to move him.", "condemned",
     "Dr Lena Vogt, a lawyer for the family", None),
    # a name the parse makes a second object of a preposition
    ("At one point Al’Zoubi accused the envoy of misleading him by putting the delegation in a "
     "side room.", "accused", "Al’Zoubi", None),
    # a name the parse coordinates with the object of the clause before
    ("Though Peru has objected to the blockade of the port and Chile had urged restraint, all "
     "three sides have taken part in the operation.", "urged", "Chile", "CHL"),
    # an apposition the parse hangs on a noun before it
    ("The general said Quito was preparing a ground offensive west of the lake in Ecuador, "
     "where Shuar-led forces, the Amazon Defence Forces, have fought the FARC.", "fought",
     "the Amazon Defence Forces", "ECU"),
    # a sentence whose root the parse made a noun: that noun is the subject of its verb
    ("Lawyers for the parents of a 9-year-old Chilean girl who drowned in a police cell called "
     "for a full inquiry into the drowning Monday.", "called", "Lawyers", None),
    # a verb coordinated right after a relative clause, whose parse gives it a thing's subject
    ("The blockade continued to alarm Peru, which sent warships to the coast last month, and "
     "threatened to seize the port.", "threatened", "Peru", "PER"),
    # a verb of trying, which no passive controls its complement with: the noun root tries
    ("Scores of Taliban gunmen on horseback attempted to storm an army post near the dam.",
     "storm", "Scores of Taliban gunmen", "AFG"),
    # a participle with an object of its own, hung on the noun root: the sentence's verb
    ("The coalition bombed Hajin.", "bombed", "The coalition", None),
    # one that urges a party named in its own phrase to act: the sentence's verb
    ("The UN envoy called on both sides to respect the truce.", "called", "The UN envoy",
     "IGO"),
]


@pytest.mark.parametrize("text, trigger, words, country", LOST_SUBJECTS)
def test_actor_lost_subject_found(event_on, text, trigger, words, country):
    event = event_on(text, trigger)
    assert event.source is not None, event
    if words is not None:
        assert event.source.text == words, event.source
    if country is not None:
        assert event.source.country == country, event.source


def test_an_urged_party_is_the_recipient_not_the_urger(event_on):
    """The envoy urges the sides: the sides, not the envoy, are whom the call is made to."""
    event = event_on("The UN envoy called on both sides to respect the truce.", "called")
    assert event.target is not None and "sides" in event.target.text, event.target


def test_one_ordered_with_no_party_named_is_the_recipient(event_on):
    """"ordered at gunpoint to surrender": no party is named in the phrase; the soldier is the
    one ordered, no urger."""
    event = event_on("A soldier ordered at gunpoint to surrender his weapon.", "ordered")
    assert event.target is not None and event.target.text == "A soldier", event


# (text, trigger, the party that must not be the doer): an act's subject, or the object the verb
# shares, is no relative clause's second act
NOT_AFTER_RELATIVE = [
    # an act as subject: the vote endangers the truce, Norway does not threaten itself
    ("The vote angered Norway, which had backed the treaty, and threatened the fragile truce.",
     "threatened", "NOR"),
    # a thing as subject, but the verb has no party or act of its own: Norway is its object
    ("The cooperation angered Norway, which had backed the treaty, and threatened the fragile "
     "truce.", "threatened", "NOR"),
]


@pytest.mark.parametrize("text, trigger, country", NOT_AFTER_RELATIVE)
def test_actor_lost_subject_not_the_recipient(event_on, text, trigger, country):
    source = event_on(text, trigger).source
    assert source is None or source.country != country, source
