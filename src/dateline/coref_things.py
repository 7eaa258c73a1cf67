"""The thing a bare "it" stands for when an act judges it: a plan, a decision, a proposal.

"The government unveiled a peace plan on Monday. Rebel leaders rejected it": "it" is no party
(nothing a party's "it" would stand for agrees with it here) but the plan, whose maker the act
of rejecting is aimed at. The thing is the nearest mention of something a party decides or
puts forward (``made_things``) before the pronoun, in its sentence or the one before, as the
object or subject of its clause; none when two things of different kinds stand there
("a plan ... a decision": which one is unsaid), and none when something else is done or
suffered between the thing and the pronoun ("The government unveiled a plan. The army launched
an assault, and Turkey condemned it": "it" is more likely the assault): an object or the
subject of a passive outside the thing's own words and those of the verbs the pronoun's is
said under ("are expected to reject it"), and not another pronoun ("welcomed it, but the army
criticised it"). The caller reads the maker from the thing's own words as it does for
"rejected the plan".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import sentence_before_start
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["thing_meant"]

#: What a party decides or puts forward ("the decision", "the plan").
_MADE = word_class("made_things")
#: Pronouns that may stand for a thing.
_IT = frozenset({"it", "this"})
#: Where a thing's noun stands in its clause when a later "it" may stand for it.
_PLACES = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "appos"})


def thing_meant(verb: Token) -> Token | None:
    """The noun of the made thing that the pronoun object of ``verb`` ("rejected it")
    stands for (see the module), or ``None``."""
    pron = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PRON"
                 and c.lower_ in _IT), None)
    if pron is None:
        return None
    doc = pron.doc
    window = sentence_before_start(doc, pron.i)
    things = [t for t in doc[window:pron.i] if t.pos_ == "NOUN" and t.dep_ in _PLACES
              and t.lemma_.lower() in _MADE]
    if not things or len({t.lemma_.lower() for t in things}) > 1:
        return None
    thing = things[-1]
    said = [verb]  # the pronoun's verb and those it is said under ("are expected to reject")
    while said[-1].dep_ in ("xcomp", "ccomp") and said[-1].head is not said[-1]:
        said.append(said[-1].head)
    own = {t.i for t in thing.subtree} | {thing.head.i} | {t.i for v in said for t in (
        v, *v.children)}
    if any(t.i not in own and t.dep_ in ("dobj", "obj", "nsubjpass") and t.pos_ != "PRON"
           for t in doc[thing.i + 1:pron.i]):
        return None  # "... launched an assault on Idlib, and Turkey condemned it"
    return thing
