"""A description of a few people ("the two", "these two", "the pair", "both men") stands for
the persons a phrase before it joins by "and", as one party, when as many persons are joined
and no other such phrase competes; "they" in a clause hanging from one whose subject is such
a description stands for the same people. One text written for these tests per
construction."""

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
    # another person named between: who "the two" are is unsaid
    ("Omar Haddad and Karim Nasser fled north in May. Lena Vogt stayed in Dorvale. An "
     "official said Britain had made no approach. The two were arrested by police on Friday.",
     "arrested", None),
    # "both men"
    ("Omar Haddad and Karim Nasser were wanted for years. Both men were arrested by police in "
     "Dorvale.", "arrested", "Omar Haddad and Karim Nasser"),
]


@pytest.mark.parametrize(("text", "trigger", "names"), JOINED)
def test_coref_joined_description_of_two(event_on_unfiltered, text, trigger, names):
    target = event_on_unfiltered(text, trigger).target
    meant = None if target is None else target.name
    if names is None:
        assert meant in (None, "", target and target.text), target
    else:
        assert meant == names, target


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

    def person(tok):
        return tok.ent_type_ == "PERSON"

    doc = nlp("Omar Haddad and Karim Nasser were wanted. The two were arrested.")
    at = next(t.i for t in doc if t.lower_ == "two")
    assert [t.text for t in joined_people(doc, at - 1, "the two", person)] == \
        ["Haddad", "Nasser"]
    assert joined_people(doc, at - 1, "the three", person) == []
    doc = nlp("Omar Haddad, Karim Nasser and Sami Jaber were wanted. The two were arrested.")
    at = next(t.i for t in doc if t.lower_ == "two")
    assert joined_people(doc, at - 1, "the two", person) == []  # three are not "the two"
    doc = nlp("Omar Haddad or Karim Nasser was wanted. The two were arrested.")
    at = next(t.i for t in doc if t.lower_ == "two")
    assert joined_people(doc, at - 1, "the two", person) == []


# (text, trigger, the name the pronoun recipient stands for): a name with a given name is a
# person's, though the document writes it after a preposition of place
GIVEN_NAMED = [
    ("Gunmen attacked the convoy of Ahmed Saleh near Kandahar. He said the men who tried to "
     "kill him were Taliban fighters.", "kill", "Ahmed Saleh"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), GIVEN_NAMED)
def test_coref_joined_given_named_person_after_of(event_on_unfiltered, text, trigger, name):
    target = event_on_unfiltered(text, trigger).target
    assert target is not None and target.name == name, target
