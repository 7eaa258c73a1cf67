"""The doer of an act a relative clause tells of a deed: the deed's own doer.

"The regime's attack on Tellis, which killed 30 people": a relative clause on a deed (an
attack, a strike, a bombing) tells what the deed did, so the one who did the deed did the
clause's act. The clause's subject is the deed ("the gas attack, which killed"), or, as the
parse hangs the clause on the nearest noun, the place the deed's phrase names ("the attack
on Douma, which killed dozens"): a place kills no one. The deed's doer is the one its own
words name, read as the coder reads the doer of the deed told as an event of its own: its
possessor ("the regime's attack"), its "by" agent ("an attack by government forces"), a party
named in a modifier ("a Turkish airstrike", "coalition shelling"); else the one the sentence
holds responsible for it ("officials said the army was
responsible for the attack on Tellis, which killed 30"). With none of these the act keeps
the doer its clause gives, or none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_keepers import CAPTORS, KEPT, keeper_span
from .actor_prep_conjuncts import prep_conjunct_subject
from .actor_things import is_act
from .code.lexicon import load_lexicon
from .code.nouns import noun_mentions
from .code.phrases import np_span
from .code.words import INJURE, LETHAL, PLACE_NOUNS
from .tokens import span_root

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from .code.mention import Mention
    from .records import Actor

__all__ = ["deed_of", "deed_doer_span", "clause_doer"]

#: Prepositions by which a deed's phrase names its scene ("the attack on Douma").
_SCENE = frozenset({"on", "in", "at", "against", "near"})
#: Words that hold a party answerable for a deed ("responsible for", "to blame for").
_ANSWERABLE = frozenset({"responsible", "accountable", "blame", "culpable"})


def deed_of(doc: Doc, m: Mention, party: Callable[[tuple[int, int]], bool]) -> Token | None:
    """The deed whose act a relative-clause verb tells: the verb's subject when it is a deed,
    or the deed whose phrase names the subject as its scene or target when the clause kills or
    wounds and the subject is no party (``party``: whether words name one; a town the parse
    tags a person is none); else ``None``."""
    if m.source is None or m.construction != "verb" or doc[m.trigger].dep_ != "relcl":
        return None
    root = span_root(doc, *m.source)
    if is_act(root):
        return root  # "the gas attack on the town, which killed"
    if doc[m.trigger].lemma_.lower() not in LETHAL | INJURE or \
            root.lemma_.lower() not in PLACE_NOUNS and party(m.source):
        return None
    node = root
    if node.dep_ == "pobj" and node.head.lower_ == "of" and \
            node.head.head.lemma_.lower() in PLACE_NOUNS:
        node = node.head.head  # "the town of Douma"
    if node.dep_ != "pobj" or node.head.lower_ not in _SCENE:
        return None
    deed = node.head.head
    return deed if is_act(deed) else None


def deed_doer_span(deed: Token) -> tuple[int, int] | None:
    """The words naming who did ``deed``: the doer the coder reads in the deed's own phrase
    (as for the deed told as an event of its own: its possessor, its "by" agent, a party in
    its modifiers, the one who claimed it), or the subject of a clause holding one
    responsible for it."""
    own = next((m.source for m, _ in noun_mentions(list(deed.sent), load_lexicon(), set())
                if m.trigger_span[0] <= deed.i < m.trigger_span[1]), None)
    if own is not None:
        return own
    prep = deed.head
    if deed.dep_ == "pobj" and prep.lower_ in ("for", "behind") and (
            prep.head.lemma_.lower() in _ANSWERABLE or prep.lower_ == "behind"):
        clause = prep.head.head if prep.head.dep_ in ("acomp", "attr") else prep.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return np_span(subject, with_conj=False)
    return None


def clause_doer(doc: Doc, m: Mention,
                resolve: Callable[[tuple[int, int]], Actor | None]) -> Actor | None:
    """The actor of mention ``m`` from its own clause, resolved by ``resolve``: for a relative
    clause told of a deed (see the module), the deed's doer, or none when the deed names
    none (the deed or its scene is no party); else the clause's subject."""
    deed = deed_of(doc, m, lambda span: _party(resolve(span)))
    if deed is None:  # "are marching in X and demanding Y": the marchers demand
        span = m.source or prep_conjunct_subject(doc, m)
        if span is None and (kept := keeper_span(doc[m.trigger], m)) is not None:
            keeper = resolve(kept)  # "… and held by X": a taker of people, not a carer
            if keeper is None or keeper.sector not in CAPTORS:
                return None
            return replace(keeper, country_from=keeper.country_from or KEPT)
        return resolve(span) if span else None
    span = deed_doer_span(deed)
    return resolve(span) if span is not None else None


def _party(actor: Actor | None) -> bool:
    """Whether a resolved actor is a party (a state, a body, a group, a person): one the
    dictionary gives a sector, or a name it knows; a place's name alone is none."""
    return actor is not None and (actor.sector is not None or actor.name is not None)
