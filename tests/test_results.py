"""A chunk coded again one document at a time (``results.one_by_one``)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, wait

import pytest

from dateline.records import Article
from dateline.results import Result, one_by_one


class _Died(Exception):
    """A stand-in for the error of a future whose worker died."""


def _coding(articles):
    """Codes each document, except that one whose text says 'stall' raises TimeoutError."""
    if any("stall" in a.text for a in articles):
        raise TimeoutError("the clock of Brindle ran out")
    return [Result(article=a, source=a.doc_id) for a in articles]


@pytest.mark.parametrize("limit", [None, 30.0])
def test_one_by_one_a_document_that_raises_timeout_error_fails_alone(limit):
    docs = [Article(doc_id="a1", text="Brindle met Ostra."),
            Article(doc_id="a2", text="Brindle said the stall went on."),
            Article(doc_id="a3", text="Ostra thanked Brindle.")]
    killed = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        out = list(one_by_one(docs, lambda arts: pool.submit(_coding, arts), _Died, wait,
                              "its worker died", limit=limit,
                              stuck=lambda: killed.append(True)))
    assert [r.source for r in out] == ["a1", "a2", "a3"]
    assert out[0].error is None and out[2].error is None
    message = str(out[1].error)
    assert "TimeoutError: the clock of Brindle ran out" in message
    assert "no progress" not in message and "\n" not in message
    assert not killed
