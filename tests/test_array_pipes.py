"""The spaCy components done on arrays do what spaCy's own do."""

from __future__ import annotations

import pytest

from dateline.array_pipes import ArrayAttributeRuler

# written for the project: each row exercises a kind of rule (a tag's part of speech, a word
# and tag exception, a two-word rule, a regular expression, spaces, an existential "there")
SENTENCES = [
    "Police arrested two men in the capital on Friday.",
    "There were clashes near the border, and there is no truce yet.",
    "The minister didn't say whether talks got anywhere; nothin' was agreed.",
    "Y' know, the rebels gets what they want, the spokesman said.",
    "Troops  \n\n withdrew from the town.\n",
    "The army staged raids and cordoned off the district, overran two posts.",
    "",
]


@pytest.fixture(scope="module")
def rules(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    stock = AttributeRuler(nlp.vocab, "stock")
    stock.add_patterns(ruler.patterns)
    return ruler, stock


def test_array_pipes_rules_pipeline_uses_the_array_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)


@pytest.mark.parametrize("text", SENTENCES)
def test_array_pipes_rules_match_as_the_matcher_does(nlp, rules, text):
    ruler, stock = rules
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    assert ruler.match(doc) == stock.match(doc)


@pytest.mark.parametrize("pattern, readable", [
    ({"LOWER": "gets", "TAG": {"IN": ["VBZ"]}}, True),
    ({"LOWER": {"REGEX": "^n'?t$"}}, True),
    ({"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}, True),
    ({"LOWER": "gets", "OP": "?"}, False),
    ({"POS": "NOUN"}, False),
    ({"LENGTH": {">=": 3}}, False),
])
def test_array_pipes_rules_read_plain_patterns_and_leave_others_to_the_matcher(
        nlp, pattern, readable):
    from spacy.pipeline import AttributeRuler

    ruler = ArrayAttributeRuler(nlp.vocab, "t")
    ruler.add([[pattern]], {"LEMMA": "x"})
    assert (ruler._read_patterns() is not None) == readable
    doc = nlp("The rebels gets   what they want.")
    stock = AttributeRuler(nlp.vocab, "s")
    stock.add([[pattern]], {"LEMMA": "x"})
    assert ruler.match(doc) == stock.match(doc)


def test_array_pipes_pipeline_uses_the_array_lemmatizer(nlp):
    from dateline.array_pipes import ArrayLemmatizer

    assert isinstance(nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert nlp.pipe_names == ["tok2vec", "tagger", "dateline_cap_sentences", "parser",
                              "attribute_ruler", "lemmatizer", "ner"]


@pytest.mark.parametrize("text", SENTENCES)
def test_array_pipes_annotate_as_spacy_does(nlp, stock_nlp, text):
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    ours, theirs = nlp(text), stock_nlp(text)
    assert ours.to_array(attrs).tolist() == theirs.to_array(attrs).tolist()
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
