"""A named person dies once: a death told again with no killer takes the doer of its earlier
telling, when the earlier sentence has that person dying at a named party's hands; not when the
person only speaks there, and never for a group (table-driven, one illustrative text per
construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-03-20"

# (text, the country of the later killing's doer; None: no doer lent)
DEATHS = [
    # the earlier telling: "died when … was struck by" a named party's weapon
    ("Maria Lopez died on 15 March when her position was struck by a Turkish missile near "
     "Afrin. Her brother said she was brave. Finally, her commanders gave in. Two weeks "
     "later, she was killed.", "TUR"),
    # the person only speaks in the earlier sentence: no death of hers is told there
    ("Turkish jets struck a village near Afrin on Monday, Maria Lopez said. Her brother said "
     "she was brave. Finally, her commanders gave in. She went to the front. Two weeks later, "
     "Lopez was killed.", None),
    # a group dies in many happenings
    ("Two soldiers died on Monday when their convoy was hit by a Turkish airstrike near Afrin. "
     "Her brother said she was brave. Finally, her commanders gave in. She went to the front. "
     "Two weeks later, two soldiers were killed.", None),
]


@pytest.mark.parametrize(("text", "country"), DEATHS)
def test_doers_deaths_retold_take_the_first_tellings_doer(some_events_in, text, country):
    killed = [e for e in some_events_in(text, PUBDATE) if e.trigger == "killed"]
    assert killed
    last = killed[-1]
    if country is None:
        assert last.source is None or last.source.country is None, last.source
    else:
        assert last.source is not None and last.source.country == country, last.source
        assert not last.source.text and last.source.antecedent, last.source
