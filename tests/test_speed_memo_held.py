"""The per-document look-ups of tokens.py tell documents apart by the document itself, and let
go of a document once its memos are dropped."""

import gc
import weakref

from dateline.tokens import forget, memo_named, per_doc, per_token

_DOC_CALLS: list[str] = []
_TOKEN_CALLS: list[tuple[str, int]] = []


@per_doc
def _length(doc):
    _DOC_CALLS.append(doc.text)
    return len(doc)


@per_token
def _lower(tok):
    _TOKEN_CALLS.append((tok.doc.text, tok.i))
    return tok.lower_


_memo = memo_named("test.speed.held")


def test_speed_memo_held_answers_each_document_its_own(nlp):
    _DOC_CALLS.clear()
    _TOKEN_CALLS.clear()
    a, b = nlp("Troops shelled the village."), nlp("Police fired tear gas at them.")
    for _ in range(2):
        assert (_length(a), _length(b)) == (5, 7)
        assert [_lower(a[1]), _lower(b[1])] == ["shelled", "fired"]
        _memo(a)["k"] = "a"
        _memo(b)["k"] = "b"
        assert (_memo(a)["k"], _memo(b)["k"]) == ("a", "b")
    assert _DOC_CALLS == [a.text, b.text]
    assert _TOKEN_CALLS == [(a.text, 1), (b.text, 1)]


def test_speed_memo_held_worked_out_anew_after_forget(nlp):
    _DOC_CALLS.clear()
    _TOKEN_CALLS.clear()
    doc = nlp("Troops shelled the village.")
    assert (_length(doc), _lower(doc[0])) == (5, "troops")
    _memo(doc)["k"] = 1
    forget(doc)
    assert (_length(doc), _lower(doc[0])) == (5, "troops")
    assert "k" not in _memo(doc)
    assert _DOC_CALLS == [doc.text, doc.text]
    assert _TOKEN_CALLS == [(doc.text, 0), (doc.text, 0)]


def test_speed_memo_held_lets_go_of_a_forgotten_document(nlp):
    doc = nlp("Police fired tear gas.")
    _length(doc)
    _lower(doc[0])
    _memo(doc)
    forget(doc)
    try:
        gone = weakref.ref(doc)
    except TypeError:  # a document that takes no weak reference: nothing to see
        return
    del doc
    gc.collect()
    assert gone() is None
