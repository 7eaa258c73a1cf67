"""Stage ``date``: an act done by saying so is done when it is said, whether its verb tells it
("“We welcome the ruling,” she said on Monday") or a light verb and its event noun do ("“We
express our condolences”", "“We make an urgent appeal”"), also deep in a quotation the saying
opened ("She said on Monday: “… . We demand …”"); what the quoted words tell as done before
keeps no time of the saying."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.date import DATE_SOURCES, dater
from dateline.records import Article

PUB = "2018-02-02"  # a Friday: Monday is 29 January, Sunday 28 January


def _dated(nlp, text: str, word: str, construction: str):
    """(date, date_precision, date_source) of the last token ``word`` of ``text``, an event of
    the type after the colon read by ``construction``."""
    word, _, event_type = word.partition(":")
    doc = nlp(text)
    i = [t.i for t in doc if t.text == word][-1]
    m = SimpleNamespace(trigger=i, trigger_span=(i, i + 1), source=None, target=None,
                        construction=construction,
                        sense=SimpleNamespace(event_type=event_type or None))
    return dater(doc, Article(doc_id="t", text=text, pubdate=PUB))(m)


# (sentence written for the project, trigger:type, construction, date, precision, source)
CASES = [
    # an event noun told by its light verb in the present: made when said
    ("The army commander said on Sunday: \u201cWe express our deep condolences to the "
     "families.\u201d", "condolences:SUPPORT", "light_verb", "2018-01-28", "day", "sentence"),
    ("\u201cWe make an urgent appeal to all sides,\u201d the envoy said on Monday.",
     "appeal:REQUEST", "light_verb", "2018-01-29", "day", "sentence"),
    ("\u201cWe issue a final warning to the militias,\u201d the governor said on Monday.",
     "warning:THREATEN", "light_verb", "2018-01-29", "day", "sentence"),
    # welcoming, praising and backing are done by saying so, as demands are
    ("\u201cWe welcome the court\u2019s ruling,\u201d the minister said on Monday.",
     "welcome:SUPPORT", "verb", "2018-01-29", "day", "sentence"),
    ("The minister said on Monday that the government backs the ceasefire.",
     "backs:SUPPORT", "verb", "2018-01-29", "day", "sentence"),
    # ... but support told as given before is not given when it is told of
    ("\u201cThey offered us their support,\u201d the mayor said on Monday.",
     "support:SUPPORT", "light_verb", PUB, None, "publication"),
    ("\u201cThe villagers welcomed the soldiers,\u201d the mayor said on Monday.",
     "welcomed:SUPPORT", "verb", PUB, None, "publication"),
    # a quotation of several sentences that a dated saying opens: said then
    ("The minister said on Monday: \u201cThe talks have failed. We demand the release of all "
     "prisoners.\u201d", "demand:REQUEST", "verb", "2018-01-29", "day", "sentence"),
    ("On Sunday the governor told reporters: \u201cThe roads are closed. We reject this "
     "offer.\u201d", "reject:REJECT", "verb", "2018-01-28", "day", "sentence"),
    # ... but not one a saying in another sentence stands apart from
    ("The minister spoke on Monday. \u201cThe talks have failed. We demand the release of all "
     "prisoners.\u201d", "demand:REQUEST", "verb", PUB, None, "publication"),
    # ... and a time of its own dates it
    ("\u201cIn 2015 they offered us their support,\u201d the mayor said on Monday.",
     "support:SUPPORT", "light_verb", "2015-01-01", "year", "clause"),
]


@pytest.mark.parametrize(("text", "word", "construction", "date", "precision", "source"), CASES)
def test_date_spoken_nouns_acts_done_by_saying_so(nlp, text, word, construction, date,
                                                  precision, source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, word, construction) == (date, precision, source)
