"""A description of a few people ("the two", "these two", "the pair", "both men") stands for
the persons a phrase before it joins by "and", as one party, when as many persons are joined
and no other such phrase competes; "they" in a clause hanging from one whose subject is such
a description stands for the same people."""

from __future__ import annotations

import pytest

# (text, trigger, the names the recipient stands for, or None: left to other readings)
JOINED = [
    # a number as the description, two sentences after the pair
    ("Omar Haddad and Karim Nasser were wanted for years. An official said Britain had made no "
     "approach. These two were arrested by the army in Dorvale.", "arrested",
     "Omar Haddad and Karim Nasser"),
    # "the pair", with no one named between
    ("Omar Haddad and Karim Nasser fled north in May. The border was closed on Monday. The "
     "pair were captured by the army on Friday.", "captured", "Omar Haddad and Karim Nasser"),
    # a noun with a person's name set beside it: the name
    ("Ahmed Saleh and his brother Karim were detained in Ankara in May. Both men were later "
     "released by a court.", "released", "Ahmed Saleh and Karim"),
    # "both men"
    ("Omar Haddad and Karim Nasser were wanted for years. Both men were arrested by police in "
     "Dorvale.", "arrested", "Omar Haddad and Karim Nasser"),
]


@pytest.mark.parametrize(("text", "trigger", "names"), JOINED)
def test_coref_joined_description_of_two(event_on_unfiltered, text, trigger, names):
    target = event_on_unfiltered(text, trigger).target
    assert target is not None and target.name == names, target


# (text, trigger, role, a name the party must not be read as): the joined people are not who
# the description stands for
APART = [
    # another person named between: who "the two" are is unsaid
    ("Omar Haddad and Karim Nasser fled north in May. Lena Vogt stayed in Dorvale. An "
     "official said Britain had made no approach. The two were arrested by police on Friday.",
     "arrested", "target", "Omar Haddad"),
    # two people of two countries are two sides, no one party
    ("French President Paul Marchand and Chinese Premier Li Wen met in Vienna on Monday. The "
     "two agreed to resume military talks.", "agreed", "source", "Paul Marchand"),
    # the nearer people described, though not named, are the pair
    ("Omar Haddad and Karim Nasser were killed in May. Police arrested a man and a woman on "
     "Friday. The pair were charged with murder.", "charged", "target", "Omar Haddad"),
    # the act's own doers are not the ones it is done to
    ("Omar Haddad and Karim Nasser attacked the two men with knives in Dorvale on Monday.",
     "attacked", "target", "Omar Haddad"),
    ("Police said Omar Haddad and Karim Nasser had beaten the pair before fleeing.", "beaten",
     "target", "Omar Haddad"),
    # "the two women" are not two men, by their given names
    ("Omar Haddad and Karim Nasser were wanted for years. The two women were arrested by "
     "police in Dorvale.", "arrested", "target", "Omar Haddad"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "wrong"), APART)
def test_coref_joined_not_the_people_joined(event_on_unfiltered, text, trigger, role, wrong):
    party = getattr(event_on_unfiltered(text, trigger), role)
    assert party is None or wrong not in (party.name or "") and \
        wrong not in (party.antecedent or ""), party


def test_coref_joined_deputy_of_the_same_body(event_on_unfiltered):
    # one told as the other's deputy is of the same body and country
    target = event_on_unfiltered("Hamas leader Yusuf Darwish and his deputy Sami Harb were in "
                                 "Beirut. The two were killed in an Israeli strike.",
                                 "killed").target
    assert target is not None and target.name == "Yusuf Darwish and Sami Harb", target
    assert (target.country, target.sector) == ("PSE", "REB"), target


# (text, trigger, the names "they" stands for)
THEY_OF_FEW = [
    ("Omar Haddad and Karim Nasser were wanted for years. An official said Britain had made no "
     "approach. “These two were identified by the army after they were arrested,” he said.",
     "arrested", "Omar Haddad and Karim Nasser"),
]


@pytest.mark.parametrize(("text", "trigger", "names"), THEY_OF_FEW)
def test_coref_joined_they_after_description(event_on_unfiltered, text, trigger, names):
    target = event_on_unfiltered(text, trigger).target
    assert target is not None and target.name == names, target


def test_coref_joined_heads(nlp):
    from dateline.coref_joined import joined_people

    doc = nlp("Omar Haddad and Karim Nasser were wanted. The two were arrested.")
    at = next(t.i for t in doc if t.lower_ == "two")
    assert [t.text for t in joined_people(doc, at - 1, "the two")] == \
        ["Haddad", "Nasser"]
    assert joined_people(doc, at - 1, "the three") == []
    doc = nlp("Omar Haddad, Karim Nasser and Sami Jaber were wanted. The two were arrested.")
    at = next(t.i for t in doc if t.lower_ == "two")
    assert joined_people(doc, at - 1, "the two") == []  # three are not "the two"
    doc = nlp("Omar Haddad or Karim Nasser was wanted. The two were arrested.")
    at = next(t.i for t in doc if t.lower_ == "two")
    assert joined_people(doc, at - 1, "the two") == []
