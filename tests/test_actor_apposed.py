"""Who speaks when the parse takes the speaker's name for the apposition of a name before it
("after the resignation of the minister, Jane Roe, Smith said"), and who when the name is
truly set beside a title (table-driven, one illustrative sentence per construction, written
for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-12-24"

# (text, the actor's name)
APPOSED = [
    # a name after the apposition of a preposition's object: the clause's subject
    ("After the resignation of the defence secretary, Jim Mattis, Trump said he would not "
     "allow US troops to leave.", "Donald Trump"),
    # a name set beside its title at the head of the clause: that person
    ("The US defence secretary, Jim Mattis, said he would not allow US troops to leave.",
     "Jim Mattis"),
]


@pytest.mark.parametrize(("text", "name"), APPOSED)
def test_actor_apposed_subject_is_who_speaks(some_events_in, text, name):
    sources = [e.source for e in some_events_in(text, PUBDATE) if e.event_type == "REJECT"]
    assert [s.name for s in sources if s is not None] == [name]
