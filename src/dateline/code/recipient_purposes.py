"""The party an act of force, a threat or a mobilization is aimed at, named by its purpose.

"Turkey sent forces to oust Kurdish militants", "threatened an offensive to dismantle the
armed groups", "shelled the town in a bid to drive out the rebels": the recipient of MOBILIZE
is the party against whom forces are mobilized when that is clear (PLOVER manual), of a
threat the party the threatened force would be done to, of an assault the party attacked. A
purpose clause whose verb is an act of conflict against a party (the word class
``conflict_aims``: oust, defeat, expel, dismantle ...) or of force on a crowd ("fired in the
air to disperse the mob": ``crowd_control_aims``) names that party as its object.

Only a party is taken: a person, a group, a force or a people named as such; a place is taken
as the side holding it when the article says who holds it (:func:`.recipient_held.holder_of`),
a thing, a date or a proposal never; nor the act's own doer, nor a party of the doer's words.

The "against" of a campaign an act is set in ("troops deployed in the fight against Isis") is
read by :func:`.roles._against`, for a mobilization of the doer's own forces only: a passive
deployment or a restriction set in a campaign names no recipient by it, and its foe's country
is never given to the forces sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import to_infinitive
from ..wordclasses import word_class
from .phrases import a_place, np_span, thing
from .recipient_held import holder_of
from .type_promised import done_to, party_word
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["AIMED_TYPES", "purpose_party"]

#: Acts whose recipient is the party their force is aimed at.
AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
#: Verbs whose doing to a party is an act of conflict against it, or of force on a crowd.
_CONFLICT_AIMS = word_class("conflict_aims") | word_class("crowd_control_aims")
#: Nouns of an attempt a purpose hangs on ("in a bid to oust").
_ATTEMPTS = word_class("attempts")
#: How a purpose clause hangs from its act ("to oust" on "sent", on "offensive"; an infinitive
#: the parser reads as a relative clause: "vowed an assault to expel").
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
_OBJECTS = frozenset({"dobj", "obj"})


def _infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and to_infinitive(verb)


def _purposes(act: Token) -> list[Token]:
    """The verbs of conflict of the purpose clauses of ``act``: "to V" hung on the act, on the
    light verb that carries it, on the act's object ("sent forces to oust"), or on a noun of
    attempt ("in a bid to oust", "in order to oust")."""
    heads = [act]
    if act.pos_ == "NOUN" and act.dep_ in _OBJECTS:
        heads.append(act.head)  # "launched an offensive to oust"
    heads += [c for h in list(heads) for c in h.children if c.dep_ in _OBJECTS]
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" and (
                  o.lemma_.lower() in _ATTEMPTS or o.lower_ == "order")]  # "in order to"
    found = []
    for head in heads:
        for c in head.children:
            if c.dep_ in _PURPOSE_DEPS and c.i > act.i and _infinitive(c) and \
                    c.lemma_.lower() in _CONFLICT_AIMS:
                found.append(c)
    return found


def _object(verb: Token) -> Token | None:
    return next((o for o in done_to(verb) if not is_when(o)), None)


def _organisation(tok: Token) -> bool:
    """Whether a word is the head of a name of an organisation ("Islamic State")."""
    from ..actor_dictionary import load_dictionary
    words = np_span(tok, with_conj=False)
    name = " ".join(t.lower_ for t in tok.doc[words[0]:words[1]] if t.dep_ != "det")
    return name in load_dictionary().organisations


def purpose_party(doc: Doc, m: Mention, where: str | None) -> tuple[int, int] | None:
    """The words of the party the act of ``m`` is aimed at, named by the object of its purpose
    clause of conflict, or the holder of the place that object names; ``None`` for none."""
    if m.sense.event_type not in AIMED_TYPES:
        return None
    for verb in _purposes(doc[m.trigger]):
        obj = _object(verb)
        if obj is None:
            continue
        if a_place(obj) and not _organisation(obj):  # "to retake the town": its holder
            words = holder_of(doc, (obj.i, obj.i + 1), where)
        elif thing(obj) or not party_word(obj):
            continue
        else:
            words = np_span(obj, with_conj=False)
        if words is not None and not m.by_doer(words):
            return words
    return None
