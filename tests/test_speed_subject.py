"""A verb's first subject, active or passive, is the same word each time it is asked for."""

from __future__ import annotations

import pytest

from dateline.deps import subject


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police arrested two men.", "arrested", "Police"),
    ("Two men were arrested by police.", "arrested", "men"),
    ("Arrest them.", "Arrest", None),
])
def test_subject(nlp, text, word, expected):
    verb = next(t for t in nlp(text) if t.text == word)
    for _ in range(2):
        found = subject(verb)
        assert (found.text if found is not None else None) == expected
