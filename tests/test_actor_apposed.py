"""Who speaks when the parse takes the speaker's name for the apposition of a name before it
("after the resignation of the minister, Jane Roe, Smith said"), and who when the name is
truly set beside a title (table-driven, one illustrative sentence per construction, written
for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-12-24"

# (text, the actor's words, its name)
APPOSED = [
    # a name after the apposition of a preposition's object: the clause's subject
    ("After the dismissal of the home secretary, Nina Hollis, Castell rejected the union's "
     "demands.", "Castell", None),
    # a name set beside its title at the head of the clause: that person
    ("The home secretary, Nina Hollis, rejected the union's demands.",
     "The home secretary, Nina Hollis", "Nina Hollis"),
]


@pytest.mark.parametrize(("text", "words", "name"), APPOSED)
def test_actor_apposed_subject_is_who_speaks(some_events_in, text, words, name):
    sources = [e.source for e in some_events_in(text, PUBDATE) if e.event_type == "REJECT"]
    assert [(s.text, s.name) for s in sources if s is not None] == [(words, name)]
