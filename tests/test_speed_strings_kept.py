"""Look-ups that try many strings of a document, made without a ``Span`` or a new string per
try, answer as they did: a span's text cut from the parse's text joined once
(``tokens.parse_span_text``), the holiday pattern cut to the names a text may hold
(``holidays.pattern_in``), the report's table of named parties (``actor_party_table``) and
the learned models' columns of a sentence's words, lemmas and word pairs
(``feature_columns``)."""

from __future__ import annotations

import pytest

TEXT = "Police in the Punjab arrested 12 men; officials said they didn't resist."

SPANS = [  # (start, end): a word, several words, a clitic, the last word, clamped, empty
    (0, 1), (1, 4), (10, 13), (13, 15), (14, 99), (3, 3), (5, 2),
]

HOLIDAY_TEXTS = [  # texts naming holidays (or none), written and spaced in several ways
    "Troops left on the eve of Eid al-Adha, before Christmas Day.",
    "Fighting resumed after Eid al Adha and again on New Year\u2019s Eve.",
    "Shops closed for Yom  Kippur; the ceasefire held through Easter.",
    "The talks ended on Tuesday without a deal.",
    "A rally on eid al-fitr drew thousands.",
]

PARTY_TEXTS = [  # texts naming armed groups the parse may tag as no one entity
    "Islamic State fighters attacked the town, and the Peshmerga pushed them back.",
    "Isis claimed the bombing. The Kurdistan Workers' Party denied any part in it.",
    "Rebels of the Free Syrian Army shelled the base.",
]

SENTENCES = [  # sentences of words, numbers, punctuation and lemmas that differ
    "Soldiers killed 12 men in the village on Friday.",
    "The police were deployed after protesters stormed the ministry!",
    "\u201cWe will not negotiate,\u201d the rebels' spokesman said.",
    "Talks resumed.",
]


@pytest.mark.parametrize("start, end", SPANS)
def test_tokens_parse_span_text_is_the_span_text(nlp, start, end):
    from dateline.tokens import parse_span_text

    doc = nlp(TEXT)
    assert parse_span_text(doc, start, end) == doc[start:end].text


@pytest.mark.parametrize("text", HOLIDAY_TEXTS)
def test_holidays_pattern_in_finds_what_the_whole_pattern_finds(text):
    from dateline import holidays
    from dateline.date_patterns import needle_text

    whole = [(m.start(), m.end(), m.group("name"))
             for m in holidays.table()[1].finditer(text)]
    cut = holidays.pattern_in(needle_text(text))
    found = [] if cut is None else [(m.start(), m.end(), m.group("name"))
                                    for m in cut.finditer(text)]
    assert found == whole
    assert (cut is None) is (not holidays.may_name(needle_text(text)))


@pytest.mark.parametrize("text", PARTY_TEXTS)
def test_actor_party_table_names_parties_by_their_words(nlp, text):
    from dateline.actor_party_table import named_parties
    from dateline.tokens import forget

    doc = nlp(text)
    table = named_parties(doc)
    forget(doc)
    rows = [row for rows in table.values() for row in rows]
    for *_, words, at in rows:  # the words named, as written from their first token
        assert doc.text[doc[at].idx:].startswith(words)
        assert any(doc[at:end].text == words for end in range(at + 1, len(doc) + 1))


@pytest.mark.parametrize("text", SENTENCES)
def test_learned_columns_are_the_hashed_features(nlp, text):
    from dateline.learned import _features, hashed, load_classifier

    clf = load_classifier()
    tokens = list(nlp(text))
    expected = hashed(_features(tokens, [], None), clf.n_features).tolist()
    assert clf._columns(tokens, [], None).tolist() == expected
    assert clf._columns(tokens, [], None).tolist() == expected  # the columns kept, read again


@pytest.mark.parametrize("text", SENTENCES)
def test_feature_columns_word_columns_hash_each_word_feature(nlp, text):
    from dateline.feature_columns import word_columns, word_forms
    from dateline.learned import hashed

    words, lemmas = word_forms(list(nlp(text)))
    feats = {"w:" + w for w in words} | {"l:" + lemma for lemma in lemmas} | {
        f"b:{a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True)}
    assert sorted(word_columns(words, lemmas, 4096)) == hashed(feats, 4096).tolist()
