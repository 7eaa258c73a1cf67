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
    # told again by the full name
    ("Maria Lopez died on 15 March when her position was struck by a Turkish missile near "
     "Afrin. Her brother said she was brave. Finally, her commanders gave in. Two weeks "
     "later, Maria Lopez was killed.", "TUR"),
    # the earlier cause is a noun strike
    ("Omar Haddad died on Friday when a Russian airstrike hit his house near Idlib. His "
     "cousins gathered. His sister stayed in the village. Finally, the neighbours left. Two "
     "weeks later, Haddad was killed.", "RUS"),
    # another person of the same surname
    ("Omar Haddad died on Friday when his house near Idlib was bombed by Russian jets. His "
     "cousins gathered. Karim Haddad, his brother, stayed in the village. Finally, the "
     "neighbours left. Two weeks later, Karim was killed.", None),
    # a strike joined by "and" is a happening of its own, not the death's cause
    ("A stray bullet killed Lina Odeh in Hebron on Monday, and Israeli jets bombed Gaza the "
     "same day. Her family mourned. The town was quiet. Finally, the neighbours left. Schools "
     "reopened. Hours after Odeh was killed, her mother spoke to reporters.", None),
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
