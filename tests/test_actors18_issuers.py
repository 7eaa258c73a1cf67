"""A participle on a document or decision noun is done by the document's issuer, not by the
subject of the clause the document stands in; with no issuer said, by no one."""

from __future__ import annotations

import pytest

PUBDATE = "2017-06-01"

# (text, trigger, the source's words, or None for no source)
ISSUERS = [
    # a modifier names the issuer: the document, resolved by its words
    ("Russia blocked a Security Council statement criticising Syria.", "criticising",
     "a Security Council statement"),
    # a nationality names the issuer: the document, resolved by its words
    ("Iraq rejected a Russian statement criticising Syria.", "criticising",
     "a Russian statement"),
    # a party noun as a modifier: that noun
    ("Russia blocked a council statement criticising Syria.", "criticising", "council"),
    # a possessor
    ("Germany rejected the EU's statement criticising Turkey.", "criticising", "the EU"),
    # a date as possessor is no issuer: the subject of the verb of issuing
    ("The council adopted Tuesday's resolution condemning the attacks on Iraq.", "condemning",
     "The council"),
    # a "by" phrase
    ("France welcomed a report by Amnesty International accusing the army of torture.",
     "accusing", "Amnesty International"),
    # a "from" phrase naming a place says where, not who: the subject of the verb of issuing
    ("The UN issued a report from Geneva accusing the army of torture.", "accusing", "The UN"),
    # a verb of issuing: its subject
    ("The ministry issued a statement urging calm.", "urging", "The ministry"),
    # a verb made public by "out"
    ("The charity put out a report accusing the police of torture.", "accusing", "The charity"),
    # no issuer said: no doer rather than the one who opposed it
    ("China opposed the resolution condemning North Korea.", "condemning", None),
]


@pytest.mark.parametrize("text, trigger, source", ISSUERS)
def test_actors18_issuers_participle_on_document_is_its_issuers(event_on, text, trigger,
                                                                 source):
    event = event_on(text, trigger, PUBDATE)
    assert (event.source.text if event.source else None) == source, event.source
