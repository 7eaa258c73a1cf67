"""Walks of the parse read from the document's arrays (``tokens``) answer as the walks over
``Token`` objects did: a word's heads (``aspect``, ``place_telling``), a word's prepositional
objects (``deps``), a noun phrase cut before a charge (``code/phrases``)."""

from __future__ import annotations

import pytest

SINCE = [  # (text, word, counted from a time on)
    ("Forty people have died since the fighting began.", "died", True),
    ("Nine soldiers have been killed since 2014 in the province.", "killed", True),
    ("Police arrested two men in the city on Monday.", "arrested", False),
    ("Rebels shelled the town after the talks failed.", "shelled", False),
]

IRREALIS = [  # (text, word, only possible, wanted or planned)
    ("The army would withdraw from the town.", "withdraw", True),
    ("Rebels threatened to attack the base.", "attack", True),
    ("The army withdrew from the town on Monday.", "withdrew", False),
    ("Police arrested the men who attacked the base.", "attacked", False),
]

BOUNDS = [  # (text, word, in a clause or phrase that bounds a span of time)
    ("Since the war broke out, thousands have fled the city.", "broke", True),
    ("The troops stayed until the rebels surrendered the town.", "surrendered", True),
    ("Police arrested two men in the city on Monday.", "arrested", False),
]

CLAUSES = [  # (text, word, the verb heading its clause)
    ("Police said the rebels attacked the base.", "base", "attacked"),
    ("The men who attacked the base fled.", "base", "attacked"),
    ("Troops fired on protesters in the square.", "square", "fired"),
    ("Troops fired on protesters in the square.", "fired", "fired"),
]


def _word(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, expected", SINCE)
def test_place_telling_since_reads_heads(nlp, text, word, expected):
    from dateline.place_telling import since

    assert since(_word(nlp(text), word)) is expected


@pytest.mark.parametrize("text, word, expected", IRREALIS)
def test_aspect_irrealis_reads_heads(nlp, text, word, expected):
    from dateline.aspect import irrealis

    assert irrealis(_word(nlp(text), word)) is expected


@pytest.mark.parametrize("text, word, expected", BOUNDS)
def test_aspect_bounds_a_span_reads_heads(nlp, text, word, expected):
    from dateline.aspect import bounds_a_span

    assert bounds_a_span(_word(nlp(text), word)) is expected


@pytest.mark.parametrize("text, word, verb", CLAUSES)
def test_aspect_clause_of_once_per_token_of_each_document(nlp, text, word, verb):
    from dateline.aspect import clause_of

    other = nlp("Protesters gathered outside parliament while riot police watched them closely.")
    doc = nlp(text)
    tok = _word(doc, word)
    first = clause_of(tok)
    assert first.text == verb and first.doc is doc
    assert clause_of(tok).i == first.i  # asked again: the same answer, from the memo
    # the same position in another document is that document's own
    assert clause_of(other[tok.i]).doc is other
    assert clause_of(_word(other, "watched")).text == "watched"
    assert clause_of(tok) is tok if verb == word else clause_of(tok).i != tok.i


def test_deps_prep_objects_match_the_children(nlp):
    from dateline.deps import prep_objects

    doc = nlp("Troops fired on protesters in the main square of the city.")
    fired = _word(doc, "fired")
    by_tokens = [g for c in fired.children if c.dep_ == "prep" for g in c.children
                 if g.dep_ == "pobj"]
    assert [g.i for g in prep_objects(fired)] == [g.i for g in by_tokens]
    assert [g.text for g in prep_objects(fired, "in")] == [
        g.text for g in by_tokens if g.head.lower_ == "in"]
    assert list(prep_objects(_word(doc, "Troops"), "by")) == []


def test_phrases_np_span_stops_before_a_charge(nlp):
    from dateline.code.phrases import np_span

    doc = nlp("The minister accused the members of the opposition of plotting a coup.")
    start, end = np_span(_word(doc, "members"))
    assert doc[start:end].text == "the members of the opposition"


OWN_NAMES = [  # (text, place word, party head, the place is of the party's own words)
    ("The governor of Texas ordered troops to the border.", "Texas", "governor", True),
    ("New York's attorney general sued the company.", "York", "general", True),
    ("The Ohio governor visited the troops.", "Ohio", "governor", True),
    ("The governor sent troops to Texas.", "Texas", "governor", False),
]


@pytest.mark.parametrize("text, place, head, expected", OWN_NAMES)
def test_place_owned_names_party_reads_heads(nlp, text, place, head, expected):
    from dateline.place_owned import names_party

    doc = nlp(text)
    assert names_party(_word(doc, place), _word(doc, head)) is expected


SEAT_SPANS = [  # (text, sentence, seats counted in it)
    ("The Kremlin said it would respond. Downing Street and the White House were silent.", 0,
     {("Moscow", "RUS"): 1}),
    ("The Kremlin said it would respond. Downing Street and the White House were silent.", 1,
     {("London", "GBR"): 1, ("Washington", "USA"): 1}),
    ("Officials met on Monday. Nobody spoke.", 0, {}),
]


@pytest.mark.parametrize("text, k, expected", SEAT_SPANS)
def test_seats_counts_of_a_sentence_are_its_own(nlp, text, k, expected):
    # the document's seats are read once; each sentence counts those within it
    from dateline.seats import seat_towns

    doc = nlp(text)
    assert dict(seat_towns(list(doc.sents)[k])) == expected
    assert sum(seat_towns(doc).values()) == sum(
        sum(seat_towns(s).values()) for s in doc.sents)
