"""The per-document arrays of tokens.py read what the parse says of each token."""

import pytest

from dateline.tokens import (children, doc_memo, doc_span, doc_text, ent_types, fine_tags, forget,
                             heads, like_nums, marks, memo_named, per_doc, per_token, span_root,
                             span_text, subtree, tags, tokens_with, words)

_TEXTS = [
    "Police arrested two men in Lahore on Tuesday.",
    "Islamic State claimed responsibility.  The ministry said it was investigating!",
    "  Two spaces first,\nthen a line break \t and a tab. ",
    "Marchers carried signs reading \"end the siege\", which the troops they passed had torn.",
    "",
    "Three of the 40 protesters held since 2019 were freed, 1,200 remain.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_tags_match_the_parse(nlp, text):
    doc = nlp(text)
    found = tags(doc)
    assert len(found.lemmas) == len(doc)
    assert found.lemmas == [t.lemma_.lower() for t in doc]
    assert found.pos == [t.pos_ for t in doc]
    assert found.deps == [t.dep_ for t in doc]
    assert found.blank == [t.is_punct or t.is_space for t in doc]
    assert words(doc).lowers == [t.lower_ for t in doc]
    assert words(doc).texts == [t.text for t in doc]
    assert ent_types(doc) == [t.ent_type_ for t in doc]
    assert fine_tags(doc) == [t.tag_ for t in doc]


def test_tokens_tags_read_once_per_document(nlp):
    doc = nlp("Troops shelled the village.")
    first = tags(doc)
    assert first.pos[1] == "VERB"
    assert tags(doc) is first
    assert tags(nlp("Troops shelled the village.")) is not first


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_doc_text_is_the_docs_text(nlp, text):
    doc = nlp(text)
    assert doc_text(doc) == doc.text


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_like_nums_are_the_tokens(nlp, text):
    doc = nlp(text)
    assert like_nums(doc) == [t.like_num for t in doc]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_span_text_is_the_spans_text(nlp, text):
    doc = nlp(text)
    n = len(doc)
    for start in range(n + 1):
        for end in (*range(start, n + 1), n + 3):
            assert span_text(doc, start, end) == doc[start:end].text


_CALLS: list[int] = []


@per_doc
def _counted(doc):
    _CALLS.append(len(doc))
    return len(doc)


def test_tokens_per_doc_works_out_once_per_document(nlp):
    _CALLS.clear()
    doc = nlp("Troops shelled the village.")
    assert _counted(doc) == _counted(doc) == 5
    assert _counted(nlp("Police fired.")) == 3
    assert _CALLS == [5, 3]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_tree_arrays_match_the_parse(nlp, text):
    doc = nlp(text)
    assert heads(doc) == [t.head.i for t in doc]
    assert [list(k) for k in children(doc)] == [[c.i for c in t.children] for t in doc]
    for t in doc:
        assert sorted(subtree(doc, t.i)) == sorted(s.i for s in t.subtree)
    quote, space = marks(doc)
    assert quote == [t.is_quote for t in doc] and space == [t.is_space for t in doc]


_TOKEN_CALLS: list[tuple[str, int]] = []


@per_token
def _word(tok):
    _TOKEN_CALLS.append((tok.doc.text, tok.i))
    return tok.lower_


# (which document, whether the tables' folder is set) asked in turn; each ask reads token 0 and
# token 1 twice: worked out again only for a document or tables not seen before
_ASKS = [
    ([("a", False), ("a", False)], 2),
    ([("a", False), ("b", False), ("a", False)], 4),
    ([("a", False), ("a", True), ("a", False)], 4),
    ([("a", True), ("b", True), ("b", False), ("a", True)], 6),
]


@pytest.mark.parametrize(("asks", "worked_out"), _ASKS)
def test_tokens_per_token_is_per_document_and_tables(nlp, monkeypatch, tmp_path, asks,
                                                     worked_out):
    docs = {"a": nlp("Troops shelled the village."), "b": nlp("Police fired tear gas.")}
    _TOKEN_CALLS.clear()
    for name, overlay in asks:
        if overlay:
            monkeypatch.setenv("DATELINE_DATA_PATH", str(tmp_path))
        else:
            monkeypatch.delenv("DATELINE_DATA_PATH", raising=False)
        doc = docs[name]
        assert [_word(doc[i]) for i in (0, 1, 0, 1)] == [doc[i].lower_ for i in (0, 1, 0, 1)]
    assert len(_TOKEN_CALLS) == worked_out



# a document, and the token asked about before and after its memos are dropped: the same
# answer, worked out anew (the dropped memo is emptied, not left to answer)
_FORGOTTEN = [
    ("Troops shelled the village.", 1),
    ("Police fired tear gas.", 0),
    ("Islamic State claimed responsibility.", 3),
]


@pytest.mark.parametrize(("text", "i"), _FORGOTTEN)
def test_tokens_forget_drops_the_documents_memos(nlp, text, i):
    doc = nlp(text)
    _TOKEN_CALLS.clear()
    first, size = _word(doc[i]), _counted(doc)
    forget(doc)
    assert not any(isinstance(k, tuple) and k[:1] == ("dateline.memo",) for k in doc.user_data)
    assert (_word(doc[i]), _counted(doc)) == (first, size) == (doc[i].lower_, len(doc))
    assert _TOKEN_CALLS == [(text, i), (text, i)]


@pytest.mark.parametrize(("start", "end", "wanted"), [
    (0, 99, ("NOUN",)), (2, 6, ("VERB", "NOUN")), (-3, 4, ("NOUN",)), (5, 2, ("NOUN",)),
    (0, 99, ()),
])
def test_tokens_tokens_with_are_the_spans_tokens_so_labelled(nlp, start, end, wanted):
    doc = nlp("Troops shelled the village and police arrested two men in the town.")
    found = [t.i for t in tokens_with(doc, start, end, tags(doc).pos, wanted)]
    assert found == [t.i for t in doc[max(start, 0):end] if t.pos_ in wanted]


@pytest.mark.parametrize("text", [t for t in _TEXTS if t])
def test_tokens_doc_span_and_span_root_are_the_slices(nlp, text):
    doc = nlp(text)
    n = len(doc)
    # every slice, offsets before the start, past the end and reversed included
    for start in range(-n - 2, n + 3):
        for end in range(-n - 2, n + 3):
            cut, made = doc[start:end], doc_span(doc, start, end)
            assert (made.start, made.end) == (cut.start, cut.end)
            assert made.text == cut.text
            if cut.start < n:
                assert span_root(doc, start, end).i == cut.root.i


# (which document, whether the tables' folder is set) asked in turn: each time the memo of that
# document for those tables, the one doc_memo gives
_MEMO_ASKS = [
    [("a", False), ("a", False)],
    [("a", False), ("b", False), ("a", False)],
    [("a", False), ("a", True), ("a", False)],
    [("a", True), ("b", True), ("b", False), ("a", True)],
]


@pytest.mark.parametrize("asks", _MEMO_ASKS)
def test_tokens_memo_named_is_the_documents_memo(nlp, monkeypatch, tmp_path, asks):
    docs = {"a": nlp("Troops shelled the village."), "b": nlp("Police fired tear gas.")}
    memo_of = memo_named("test.memo")
    for name, overlay in asks:
        if overlay:
            monkeypatch.setenv("DATELINE_DATA_PATH", str(tmp_path))
        else:
            monkeypatch.delenv("DATELINE_DATA_PATH", raising=False)
        assert memo_of(docs[name]) is doc_memo(docs[name], "test.memo")


@pytest.mark.parametrize(("start", "end"), [(0, 4), (2, 4), (5, 9), (0, 99), (-3, 99), (6, 7)])
def test_tokens_span_root_asked_again_is_the_same_head(nlp, start, end):
    doc = nlp("Police arrested two men who had fled the town.")
    first, again = span_root(doc, start, end), span_root(doc, start, end)
    assert first.i == again.i == doc[start:end].root.i


# (start, end): a word, several words, a clitic, the last word, clamped, empty, reversed
_SPANS = [(0, 1), (1, 4), (10, 13), (13, 15), (14, 99), (3, 3), (5, 2), (0, 4), (3, 4)]
_PARSED = [
    "Police in the Punjab arrested 12 men; officials said they didn't resist.",
    # clitics written apart: the parse joins them, the text as written keeps their spaces
    "The Kestrel Front \u2019 s fighters shelled the town , and the army \u2019 s commander "
    "said they did n\u2019t retreat .",
]


@pytest.mark.parametrize("text", _PARSED)
@pytest.mark.parametrize("start, end", _SPANS)
def test_tokens_parse_span_text_is_the_parses_span_text(text, start, end):
    from dateline.annotate import parse
    from dateline.tokens import parse_span_text

    doc = next(parse([text]))
    assert parse_span_text(doc, start, end) == doc[start:end].text


@pytest.mark.parametrize("start, end, parsed, written", [
    (0, 4, "The Kestrel Front\u2019s", "The Kestrel Front \u2019"),
    (3, 4, "\u2019s", " \u2019"),
    (9, 13, ", and the army", ", and the army"),
])
def test_tokens_parse_span_text_differs_from_the_text_as_written(start, end, parsed, written):
    from dateline.annotate import parse
    from dateline.tokens import parse_span_text

    doc = next(parse([_PARSED[1]]))
    assert (parse_span_text(doc, start, end), span_text(doc, start, end)) == (parsed, written)
