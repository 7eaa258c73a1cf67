"""The doer of a death or a wound told by the act it came in (``code/cause_doers``), one
sentence written for these tests per construction."""

from __future__ import annotations

import pytest

# (text, trigger, the (actor, recipient) countries; None: unknown or not asked)
CAUSES = [
    # a fight "with" a side: that side did the killing
    ("Six Russian contractors were killed in clashes with US forces near Deir Ezzor.", "killed",
     ("USA", "RUS")),
    # a death in an act whose modifier names its doer: the dead are the recipient
    ("Two Iraqi soldiers died in an American airstrike near the border.", "died",
     ("USA", "IRQ")),
    # an act's "by" phrase, the parse joining the second act to the verb
    ("The toll rose to 300 killed in airstrikes and shelling by Syrian government forces.",
     "killed", ("SYR", None)),
    ("Nine villagers were wounded in shelling by Ethiopian troops.", "wounded", ("ETH", None)),
    # an attack that names no doer: the dead are still no doer
    ("The girl, whose father died in an airstrike last March, now stays in a tent near Idlib.",
     "died", (None, None)),
]


def _countries(event):
    return tuple(a.country if a is not None and a.sector != "UAF" else None
                 for a in (event.source, event.target))


@pytest.mark.parametrize("text, trigger, pair", CAUSES)
def test_actor_causes_doer_of_the_act_a_death_came_in(event_on, text, trigger, pair):
    found = _countries(event_on(text, trigger))
    assert found[0] == pair[0] and pair[1] in (None, found[1]), found
