"""Pronouns that stand for a party named in a way the table of parties must read right, on
sentences written for the project (table-driven): a surname after a title the model takes for
an organisation's name, a person brought in by a noun of her or his
sex, a "they" of a clause of time, and a phrase that is denied, which names no one."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-12"

# (text, trigger, role, the party's words, what they stand for, its name): the party's
# antecedent and name, or none when the pronoun is left unresolved
_TITLED = ("Laura Whitmore has argued before the Supreme Court twenty times. Her spokeswoman, "
           "Anna Price, spoke to reporters on Monday. Price praised the judges. AG Whitmore sued "
           "the bank. She accused the lender of fraud.")

PARTIES = [
    # a surname after a title the model labels an organisation's ("AG", "PM"): the person
    # named in full, and so is the pronoun after it
    (_TITLED, "sued", "source", "AG Whitmore", "Laura Whitmore", "Laura Whitmore"),
    (_TITLED, "accused", "source", "She", "Laura Whitmore", "Laura Whitmore"),
    # a person brought in by "there was a" and a noun of her sex no kind of actor is of
    ("In Kano there was a lady held in a small room for days. She was kept there because she "
     "threatened to kill a guard.", "threatened", "source", "she", "a lady", "a lady"),
    # "they" of a clause of time whose main clause's subject is a noun of no party ("clashes")
    # stands for the party told before, as any "they" does
    ("Army troops raided the camp on Monday. Clashes broke out after they arrested two men.",
     "arrested", "source", "they", "Army troops", "military"),
    ("Army troops entered the valley on Monday. Prices soared after they blockaded the town.",
     "blockaded", "source", "they", "Army troops", "military"),
    ("The rebels surrounded the town before they attacked the army base.", "attacked",
     "source", "they", "The rebels", "rebels"),
    # a denied phrase names no one: "he" is left unresolved
    ("No minister attended the talks in Paris. Officials said he rejected the deal.",
     "rejected", "source", "he", None, None),
    ("Not one minister attended the talks in Paris. Officials said he rejected the deal.",
     "rejected", "source", "he", None, None),
    ("Neither minister attended the talks in Paris. Officials said he rejected the deal.",
     "rejected", "source", "he", None, None),
    # "none of" names the set it counts none of: "they" stands for it
    ("None of the rebel commanders attended the talks. They rejected the deal on Monday.",
     "rejected", "source", "They", "the rebel commanders", "rebels"),
    # "not" before a phrase denies it only when it counts it as none ("not one"): a definite
    # phrase after "not even", "not all" or "whether or not" names a real party
    ("Not even the president attended the funeral. He later condemned the killings.",
     "condemned", "source", "He", "Not even the president", "government"),
    ("Not all the rebel commanders attended the talks. They rejected the deal on Monday.",
     "rejected", "source", "They", "Not all the rebel commanders", "rebels"),
    ("It is unclear whether or not the president will sign the bill. He accused parliament "
     "of sabotage.", "accused", "source", "He", "the president", "government"),
    # "not" after the head denies the phrase set beside it, not the one the sentence affirms
    ("The rebels, not the army, attacked the town. They killed ten villagers.", "killed",
     "source", "They", "The rebels, not the army", "rebels"),
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
    ("Laura Whitmore spoke on Monday. AG Whitmore sued the bank.", "AG Whitmore",
     "Laura Whitmore"),
    ("Daniel Okafor won the vote. DA Okafor rejected the deal.", "DA Okafor", "Daniel Okafor"),
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


# (text, the pronoun, the main clause's subject it shares or None): only a number with no
# noun is shared ("the three"); a noun of another kind may be no party at all ("clashes")
MAIN_SUBJECTS = [
    ("The three were freed after they paid a fine.", "they", "three"),
    ("Clashes broke out after they arrested two men.", "they", None),
    ("Prices soared after they blockaded the town.", "they", None),
    ("They were freed after they paid a fine.", "they", None),
]


@pytest.mark.parametrize("text, pronoun, main", MAIN_SUBJECTS)
def test_coref_parties_clause_of_time_shares_a_number_subject(nlp, text, pronoun, main):
    from dateline.coref_phrases import main_clause_subject

    doc = nlp(text)
    pron = [t for t in doc if t.lower_ == pronoun][-1]
    found = main_clause_subject(pron)
    assert (found.text if found is not None else None) == main


# (text, a noun, whether its phrase is denied and so names no party)
NEGATED = [
    ("The rebels, not the army, attacked the town.", "rebels", False),
    ("The rebels, not the army, attacked the town.", "army", True),
    ("Not even the president attended the funeral.", "president", False),
    ("Not all the rebel commanders attended the talks.", "commanders", False),
    ("It is unclear whether or not the president will sign the bill.", "president", False),
    ("Not a single soldier was hurt in the raid.", "soldier", True),
    ("Neither minister attended the talks.", "minister", True),
    ("No group claimed the attack.", "group", True),
]


@pytest.mark.parametrize("text, noun, denied", NEGATED)
def test_coref_parties_denied_phrase(nlp, text, noun, denied):
    from dateline.coref_phrases import negated

    doc = nlp(text)
    assert negated(next(t for t in doc if t.text == noun)) is denied
