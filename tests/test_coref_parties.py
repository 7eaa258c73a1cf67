"""Pronouns that stand for a party named in a way the table of parties must read right, on
sentences written for the project (table-driven): a surname after a title the model takes for
an organisation's name, a person brought in by a noun of her or his
sex, and a phrase that is denied, which names no one."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-12"

# (text, trigger, role, the party's words, what they stand for, its name): the party's
# antecedent and name, or none when the pronoun is left unresolved
_TITLED = ("Laura Whitmore has argued before the Supreme Court twenty times. Her spokeswoman, "
           "Anna Price, spoke to reporters on Monday. Price praised the judges. AG Whitmore sued "
           "the foundation. She accused the charity of fraud.")

PARTIES = [
    # a surname after a title the model labels an organisation's ("AG", "PM"): the person
    # named in full, and so is the pronoun after it
    (_TITLED, "sued", "source", "AG Whitmore", "Laura Whitmore", "Laura Whitmore"),
    (_TITLED, "accused", "source", "She", "Laura Whitmore", "Laura Whitmore"),
    # a person brought in by "there was a" and a noun of her sex no kind of actor is of
    ("In Kano there was a lady in a cell for days. She was there because she threatened to "
     "kill a guard.", "threatened", "source", "she", "a lady", "a lady"),
    # "they" of a clause of time shares its main clause's plural subject: no other party
    # ("these two", of no name here), and the one named when it is one
    ("Kurdish fighters captured Omar Haddad and Karim Nasser in Idlib. “The SDF has no "
     "interest in foreign jihadists,” an official said. “These two were identified by the "
     "coalition after they were arrested.”", "arrested", "target", "they", None, None),
    ("The rebels surrounded the town before they attacked the army base.", "attacked",
     "source", "they", "The rebels", "rebels"),
    # a denied phrase names no one: "he" is left unresolved
    ("No minister attended the talks in Paris. Officials said he rejected the deal.",
     "rejected", "source", "he", None, None),
    ("Not one minister attended the talks in Paris. Officials said he rejected the deal.",
     "rejected", "source", "he", None, None),
    # "none of" names the set it counts none of: "they" stands for it
    ("None of the rebel commanders attended the talks. They rejected the deal on Monday.",
     "rejected", "source", "They", "the rebel commanders", "rebels"),
]


@pytest.mark.parametrize("text, trigger, role, words, antecedent, name", PARTIES)
def test_coref_parties_pronoun_stands_for_the_party_named(event_on_unfiltered, text, trigger,
                                                          role, words, antecedent, name):
    party = getattr(event_on_unfiltered(text, trigger, PUBDATE), role)
    if antecedent is None:
        assert party is None or party.antecedent is None and party.name is None, party
        return
    assert party is not None
    assert (party.text, party.antecedent, party.name) == (words, antecedent, name), party


# (text, the short name, the full name it is part of or None): a name the model labels an
# organisation's is a person's after the title words that open it, and only then
TITLED = [
    ("Laura Whitmore spoke on Monday. AG Whitmore sued the foundation.", "AG Whitmore",
     "Laura Whitmore"),
    ("Gerald Harcourt won the vote. PM Harcourt rejected the deal.", "PM Harcourt",
     "Gerald Harcourt"),
    # no title before the name: the organisation's name is no one person's
    ("Gerald Harcourt won the vote. Harcourt Holdings rejected the deal.", "Harcourt Holdings",
     None),
]


@pytest.mark.parametrize("text, short, full", TITLED)
def test_coref_parties_titled_name_is_the_person_named_in_full(nlp, text, short, full):
    from dateline.full_names import full_name

    doc = nlp(text)
    start = text.index(short)
    span = doc.char_span(start, start + len(short))
    found = full_name(doc, span, lambda words: False)
    assert (found.text if found is not None else None) == full
