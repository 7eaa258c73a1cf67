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
    # a bare count opening a report, named with its count in the next sentence
    ("Two men have been captured. The two men from London, Tom Hale and Sam Ward, were held "
     "in a cell.", "captured", "Tom Hale and Sam Ward"),
    # three people named in a list: all three, never the last two alone
    ("Police detained Ana Ruiz, Lena Vogt and Mira Holt on Monday. The three women were "
     "questioned for hours.", "questioned", "Ana Ruiz and Lena Vogt and Mira Holt"),
]

# (text, trigger, the recipient's words, a name it must not be given)
NOT_FEW = [
    # the nearest coordination names one of them by a noun only: no names for "both victims"
    ("Mira Holt and Lena Vogt spoke on Monday. Tomas Brandt and his daughter were poisoned, "
     "and investigators said militants had targeted the phones of both victims.",
     "targeted", "Mira Holt and Lena Vogt"),
    # a count of things, not of people
    ("Lena Vogt and Mira Holt mediated the dispute. The army later shelled the two villages.",
     "shelled", "Lena Vogt and Mira Holt"),
    # others than the two named
    ("Of the four detainees, Ali Reza and Hamid Karimi were freed on Monday. Guards beat the "
     "other two.", "beat", "Ali Reza and Hamid Karimi"),
    # another pair of names stands between: the head word "men" names neither
    ("Tom Hale and Sam Ward were arrested in Leeds on Monday. Police also questioned Lena Vogt "
     "and Mira Holt as witnesses. The two men were charged with arson on Friday.", "charged",
     "Lena Vogt and Mira Holt"),
    # the pair was named before one of them was named alone
    ("Lena Vogt and Mira Holt founded the paper in 2001. Vogt said on Monday that police had "
     "arrested her brothers and beaten them.", "beaten", "Lena Vogt and Mira Holt"),
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
    ("Detectives who opened an investigation ordered by the prosecutor found nothing.",
     "ordered", "Detectives"),
    ("Engineers carried out the repairs ordered by the mayor.", "ordered", "Engineers"),
]


@pytest.mark.parametrize("text, trigger, recipient", SAID_TO_BE + ORDERED)
def test_recip13_said_to_be_and_ordered(event_on, text, trigger, recipient):
    event = event_on(text, trigger, pubdate="2021-06-01")
    assert event.target is not None and event.target.text == recipient, event.target


# (text, trigger, the subject's words the recipient must not be)
NOT_SAID_TO_BE = [
    # denied: she is not the one detained
    ("Officials stressed that Sara Klein was not the activist detained in Minsk.", "detained",
     "Sara Klein"),
]


@pytest.mark.parametrize("text, trigger, subject", NOT_SAID_TO_BE)
def test_recip13_denied_is_not_said_to_be(event_on, text, trigger, subject):
    event = event_on(text, trigger, pubdate="2021-06-01")
    assert event.target is None or event.target.text != subject, event.target


def test_recip13_place_said_to_be_stays_out(event_on):
    # "this" names no one: the description keeps its words
    event = event_on("This is the fourth journalist arrested by the regime this year.",
                     "arrested", pubdate="2021-06-01")
    assert event.target is not None and event.target.text == "the fourth journalist", \
        event.target
