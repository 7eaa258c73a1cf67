"""Work on a document's whole text done once gives what working it out each time gives."""

import pytest

from dateline.doc_once import parsed_text, per_doc_text
from dateline.tokens import forget
from dateline.timex import time_expressions

_TEXTS = [
    ("Police arrested two men in Lahore on Tuesday.", "2021-06-03"),
    ("Rebels shelled the town last week; two days later the army struck back.", "2021-06-03"),
    ("The talks were held in March 2019.  They failed.", None),
    ("  Two spaces first,\nthen a line break on Monday. ", "2020-01-01"),
    ("Nothing here tells a time.", "2021-06-03"),
    ("", "2021-06-03"),
]


@pytest.mark.parametrize(("text", "pubdate"), _TEXTS)
def test_doc_once_time_expressions_as_found_anew(nlp, text, pubdate):
    doc = nlp(text)
    first = time_expressions(text, pubdate, doc)
    again = time_expressions(text, pubdate, doc)
    assert first == again == time_expressions.__wrapped__(text, pubdate, doc)
    assert first is not again  # each caller has a list of its own
    first.clear()
    assert time_expressions(text, pubdate, doc) == again
    forget(doc)
    assert time_expressions(text, pubdate, doc) == again


@pytest.mark.parametrize(("text", "pubdate"), _TEXTS)
def test_doc_once_keyed_by_text_and_date(nlp, text, pubdate):
    doc = nlp(text)
    for date in (pubdate, "2010-05-05", None):
        assert time_expressions(text, date, doc) == time_expressions.__wrapped__(text, date, doc)
    shorter = text[:len(text) // 2]
    assert time_expressions(shorter, pubdate, doc) == time_expressions.__wrapped__(
        shorter, pubdate, doc)


def test_doc_once_without_a_document_nothing_kept():
    calls = []

    @per_doc_text
    def found(text, pubdate, doc=None):
        calls.append(text)
        return [text]

    assert found("a", None) == found("a", None) == ["a"]
    assert calls == ["a", "a"]


@pytest.mark.parametrize(("text", "_pubdate"), _TEXTS)
def test_doc_once_parsed_text_is_the_docs(nlp, text, _pubdate):
    doc = nlp(text)
    assert parsed_text(doc) == doc.text
    assert parsed_text(doc) == doc.text  # from the memo


@pytest.mark.parametrize(("text", "pubdate"), _TEXTS)
def test_doc_once_parsed_text_as_spacy_joins_it(nlp, text, pubdate):
    doc = nlp(text)
    assert parsed_text(doc) == doc.text
    forget(doc)
    assert parsed_text(doc) == doc.text
