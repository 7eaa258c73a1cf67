"""Who a verb of telling or speaking says was told: the object of a verb of telling, the "to"
of a verb of speaking; not a thing said, nor a "to" on a verb of no speech."""

from __future__ import annotations

import pytest

# (sentence, verb, hearer words, whether "to" phrases count)
HEARERS = [
    ("The minister told the newspaper that he would resign.", "told", ["newspaper"], True),
    ("Iran informed the agency that it would not allow inspections.", "informed", ["agency"],
     True),
    ("The general assured the villagers that they were safe.", "assured", ["villagers"], True),
    ("The envoy said to the council that the talks had failed.", "said", ["council"], True),
    ("The envoy said to the council that the talks had failed.", "said", [], False),
    ("The mayor spoke to the BBC about the floods.", "spoke", ["BBC"], True),
    ("The minister said that the talks had failed.", "said", [], True),
    ("The army sent troops to the border.", "sent", [], True),
]


@pytest.mark.parametrize("text, verb, expected, spoken_to", HEARERS)
def test_recipient_hearers_who_was_told(nlp, text, verb, expected, spoken_to):
    from dateline.code.recipient_hearers import hearers

    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert [h.text for h in hearers(tok, spoken_to=spoken_to)] == expected
