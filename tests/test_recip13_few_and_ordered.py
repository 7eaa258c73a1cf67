"""Recipients named by what the text says of them (table-driven): a description of a few
people by their number stands for the people named together; a plural pronoun read as one of
them stands for all; a predicate noun stands for the subject named; an act ordered by a noun
is ordered to the party carrying it out."""

from __future__ import annotations

import pytest

# (text, trigger, the names the recipient stands for)
FEW = [
    # the people named with their count, then described by it in the next sentence
    ("Police in Norland detained two reporters, Lena Vogt and Mira Holt, on Monday. The pair "
     "were questioned by officers for hours.", "questioned", "Lena Vogt and Mira Holt"),
    # the description repeats the head word the names were given with, sentences later
    ("The minister said the two men from Leeds, Tomas Brandt and Erik Berg, should face a "
     "court. Their lawyers met the family. The campaign went on for weeks. Officials said the "
     "two men were captured by the border guards.", "captured", "Tomas Brandt and Erik Berg"),
    # a report's opening sentence describes them; the next names them with their count
    ("Families welcomed news that the two remaining suspects have been arrested. The two men, "
     "John Marsh and Peter Ward, were held in the north.", "arrested", "John Marsh and Peter Ward"),
    # a plural pronoun of a subordinate clause stands for the main clause's subject
    ("Rebels seized John Marsh and Peter Ward near the border. Officials said these two were "
     "identified by the guards after they were arrested.", "arrested", "John Marsh and Peter Ward"),
]

# (text, trigger, the recipient's words, a name it must not be given)
NOT_FEW = [
    # the nearest coordination names one of them by a noun only: no names for "both victims"
    ("Mira Holt and Lena Vogt spoke on Monday. Tomas Brandt and his daughter were poisoned "
     "last year. Investigators said militants had targeted the phones of both victims.",
     "targeted", "Mira Holt and Lena Vogt"),
]


@pytest.mark.parametrize("text, trigger, names", FEW)
def test_recip13_few_people_are_the_people_named(event_on, text, trigger, names):
    event = event_on(text, trigger, pubdate="2021-06-01")
    assert event.target is not None and event.target.name == names, event.target


@pytest.mark.parametrize("text, trigger, wrong", [(t, g, w) for t, g, _, w in
                                                  [(*r[:2], None, r[2]) for r in NOT_FEW]])
def test_recip13_few_people_not_named_by_others(event_on, text, trigger, wrong):
    event = event_on(text, trigger, pubdate="2021-06-01")
    assert event.target is None or event.target.name != wrong, event.target


# (text, trigger, the recipient's words)
SAID_TO_BE = [
    ("John Carver, 52, is thought to be the first man prosecuted under the new law.",
     "prosecuted", "John Carver, 52"),
    ("John Smith was the last journalist detained by the police.", "detained", "John Smith"),
]

# (text, trigger, the recipient's words)
ORDERED = [
    ("The militia fighters, about 3,000 strong, who are leading an offensive ordered by the "
     "council, have stalled.", "ordered", "The militia fighters, about 3,000 strong"),
    ("Government troops launched an assault ordered by the defence minister.", "ordered",
     "Government troops"),
]


@pytest.mark.parametrize("text, trigger, recipient", SAID_TO_BE + ORDERED)
def test_recip13_said_to_be_and_ordered(event_on, text, trigger, recipient):
    event = event_on(text, trigger, pubdate="2021-06-01")
    assert event.target is not None and event.target.text == recipient, event.target


def test_recip13_place_said_to_be_stays_out(event_on):
    # "it" names no one: the town seized is no party of its own
    event = event_on("It was the first town seized by the rebels.", "seized",
                     pubdate="2021-06-01")
    assert event.target is None or event.target.text != "It", event.target
