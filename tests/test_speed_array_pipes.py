"""The array components set the attributes spaCy's own set, with fewer objects and look-ups:
the attribute rules one ``Token`` a match, the lemmatizer a cached answer for every word."""

from __future__ import annotations

import pytest

from dateline.array_pipes import ArrayAttributeRuler


# written for the project: one row per kind of word the rules keep as it is
@pytest.mark.parametrize("text, word", [
    ("The convoy reached the checkpoint at dawn.", "convoy"),       # a singular noun
    ("They will negotiate with the mediators.", "negotiate"),        # a base verb
    ("Officials in Kandor condemned the attack.", "Kandor"),         # a proper noun
    ("Every crossing was closed.", "Every"),                         # a determiner
    ("A tense calm held in the old quarter.", "tense"),              # an adjective as it is
])
def test_speed_array_pipes_lemmatizer_keeps_the_lemma_of_a_word_kept_as_it_is(
        nlp, stock_nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    # asked of the rules once, then read from the cache
    assert (tok.orth, tok.pos, tok.morph.key) in nlp.get_pipe("lemmatizer").cache
    again = nlp(text)  # the cached answers: the lemmas spaCy's own lemmatizer gives
    assert [t.lemma_ for t in again] == [t.lemma_ for t in stock_nlp(text)]


# one row per place of the word a rule sets: the first, the last (a negative index), the
# second of two
@pytest.mark.parametrize("pattern, index", [
    ([{"LOWER": "the"}, {"LOWER": "border"}], 0),
    ([{"LOWER": "the"}, {"LOWER": "border"}], -1),
    ([{"LOWER": "near"}, {"LOWER": "the"}], 1),
])
def test_speed_array_pipes_rules_set_the_word_spacy_sets(nlp, pattern, index):
    from spacy.attrs import LEMMA, TAG
    from spacy.pipeline import AttributeRuler

    ours, stock = ArrayAttributeRuler(nlp.vocab, "t"), AttributeRuler(nlp.vocab, "s")
    for ruler in (ours, stock):
        ruler.add([pattern], {"TAG": "XX", "LEMMA": "marked"}, index=index)
    text = "Clashes near the border went on; the border stayed shut."
    a, b = nlp.make_doc(text), nlp.make_doc(text)
    ours(a)
    stock(b)
    assert a.to_array([TAG, LEMMA]).tolist() == b.to_array([TAG, LEMMA]).tolist()
    assert any(t.lemma_ == "marked" for t in a)


def test_speed_array_pipes_rules_tell_spacys_error_for_a_word_outside_the_match(nlp):
    from spacy.pipeline import AttributeRuler

    errors = []
    for ruler in (ArrayAttributeRuler(nlp.vocab, "t"), AttributeRuler(nlp.vocab, "s")):
        ruler.add([[{"LOWER": "border"}]], {"TAG": "XX"}, index=2)
        with pytest.raises(ValueError) as caught:
            ruler(nlp.make_doc("Clashes near the border."))
        errors.append(str(caught.value))
    assert errors[0] == errors[1]
