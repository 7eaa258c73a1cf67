"""A plural pronoun with no plural party before it stands for the two persons one clause
names as its parties, when they are of one country and nothing competes. One text written for
these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the names the pronoun's actor stands for, or None: left unresolved)
PAIRS = [
    # subject and object of one verb, the object by apposition
    ("Angela Merkel, the German chancellor, met her deputy Olaf Scholz. They criticised the "
     "plan.", "criticised", "Angela Merkel and Olaf Scholz"),
    # in the pronoun's own sentence, after a subordinate clause
    ("The last time Mira Tolland saw her colleague Sofia Brandt, they were travelling by train "
     "into Dorvale to help defend the town from a rebel assault.", "defend",
     "Mira Tolland and Sofia Brandt"),
    # two persons of two countries are two sides, not one party
    ("Angela Merkel met Emmanuel Macron in Paris. They criticised the plan.", "criticised", None),
    # a third person named: which two is unsaid
    ("Angela Merkel met Olaf Scholz after Horst Seehofer left. They criticised the plan.",
     "criticised", None),
    # a person qualifying a noun is no party of the verb above it
    ("Mark Jones condemned the detention of Sarah Brown. They called for an inquiry.",
     "called", None),
    ("Mark Jones praised the courage of Sarah Brown. They called for an inquiry.", "called",
     None),
    # a preposition of the verb itself
    ("Mark Jones met with Sarah Brown in Leeds. They called for an inquiry.", "called",
     "Mark Jones and Sarah Brown"),
]


# (text, trigger, the country of the doer: a relative or aide named by a possessive pronoun)
OWNED = [
    ("Lina Haddad, a Jordanian-born teacher, travelled to Syria in 2015. Haddad, who gave "
     "birth last year, has said she wished to come home. Her father accused the authorities of "
     "failing her.", "accused", "JOR"),
    # a person the text gives no country leaves her relative none of her own
    ("Lina Haddad travelled abroad in 2015. Her father accused the authorities of failing her.",
     "accused", None),
]


# (text, trigger, whom the kin phrase stands for, or None: left to the possessor)
RELATIVES_NAMED = [
    # a spouse: the one the owner married
    ("Lina Mansour married Omar Saleh, a Dutch convert, in 2015. She later fled to a camp and "
     "her husband surrendered to Syrian forces.", "surrendered", "Omar Saleh"),
    # a child named beside the kin noun of the same owner
    ("Karim Mansour phoned his daughter, Maya, on Monday. His daughter later accused the "
     "authorities of lying.", "accused", "Maya"),
    # two daughters named: which one is unsaid
    ("Karim Mansour phoned his daughters, Maya and Noor, on Monday. His daughter later accused "
     "the authorities of lying.", "accused", None),
    # another man's daughter
    ("Karim Mansour phoned his daughter, Maya, on Monday. Omar Saleh said his daughter had "
     "accused the authorities of lying.", "accused", None),
    # another man of the same surname: one name word in common is not one owner
    ("Karim Haddad phoned his daughter, Maya, on Friday. Sami Haddad said his daughter had "
     "accused the police of lying.", "accused", None),
    ("Omar Darwish married Huda Darwish in 2012. Tarek Darwish later left for Lebanon and his "
     "wife surrendered to the army.", "surrendered", None),
    # the surname alone of the owner named in full before
    ("Karim Mansour phoned his daughter, Maya, on Friday. Mansour said his daughter had "
     "accused the police of lying.", "accused", "Maya"),
]


# (text, trigger, whom the recipient pronoun stands for): a family is people, not a person
FAMILIES = [
    ("In January 2017, the family left Raqqa. They were attacked by gunmen on the road.",
     "attacked", "the family"),
    ("In January 2017, the family left Raqqa. She was attacked by gunmen on the road.",
     "attacked", None),
]

CASES = [(*case, "source", "antecedent") for case in PAIRS + RELATIVES_NAMED] + \
    [(*case, "source", "country") for case in OWNED] + \
    [(*case, "target", "antecedent") for case in FAMILIES]


@pytest.mark.parametrize("text, trigger, expected, role, field", CASES)
def test_coref_pronoun_or_kin_phrase_for_whom_it_names(event_on, text, trigger, expected, role,
                                                         field):
    actor = getattr(event_on(text, trigger), role)
    assert actor is not None and getattr(actor, field) == expected, actor
