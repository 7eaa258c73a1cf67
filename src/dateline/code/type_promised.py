"""What a promise promises decides its type: a vow of conflict is a threat.

PLOVER's AGREE is an agreement or a promise to *cooperate* (CAMEO 03, "express intent to
cooperate"); a signal of intent to do an act of conflict is THREATEN (CAMEO 13). So a verb of
promising ("vowed", "pledged", "swore", "promised") is typed by its complement, the act it
promises, through verbs of going on with it ("vowed to keep fighting", "pledged to continue the
offensive"): an act of conflict (an event of a conflict type found there, a verb whose doing to a
party is conflict done to one, or a conflict noun it takes: "vowed to win the war against the
gangs") makes the promise one THREATEN event, whose mode is what it threatens and whose
recipient is the act's; a promised act of cooperation (aid, support, cooperation, a
meeting) is the promise's own content, one AGREE, as is a promise to fight a cause ("poverty")
or to destroy what the promiser owns ("its stockpile"). The act itself, only promised, is no
event of its own either way.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .merge import _acts, _carried_mode, threat_modes
from .senses import ends, noun_sense
from .shared_objects import named_party
from .words import CONFLICT_TYPES, UNDONE, agent_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon
    from .mention import Mention

__all__ = ["done_to", "party_word", "promised_content"]

_PROMISING = word_class("promising_verbs")
_CARRYING_ON = word_class("carrying_on_verbs")
_CONFLICT_AIMS = word_class("conflict_aims")
_CONFLICT_NOUNS = word_class("conflict_aim_nouns")
#: acts of cooperation a promise to do is an AGREE with (CAMEO 03's intents)
_COOPERATION = frozenset({"AID", "COOPERATE", "SUPPORT", "CONSULT", "AGREE"})
_OBJECTS = frozenset({"dobj", "obj"})
#: Prepositions a verb of harm names its party with when it takes no object ("fight against").
_AGAINST = frozenset({"against", "on"})
#: Words owning the object as the promiser's own ("destroy its stockpile"): no party harmed.
_OWN = frozenset({"its", "their", "his", "her", "our", "my"})


def _complement(verb: Token) -> Token | None:
    """The verb of what ``verb`` promises: its infinitive or clause, through verbs of going on
    ("vowed he would continue to clear the border" → clear)."""
    clauses = ("acl", "xcomp", "ccomp") if verb.pos_ == "NOUN" else ("xcomp", "ccomp")
    act = next((c for c in verb.children if c.dep_ in clauses), None)
    seen = 0
    while act is not None and act.lemma_.lower() in _CARRYING_ON and seen < 3:
        nxt = next((c for c in act.children if c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ in _OBJECTS and c.tag_ == "VBG")), None)
        if nxt is None:
            break
        act, seen = nxt, seen + 1
    return act


def done_to(verb: Token) -> list[Token]:
    """What a verb of harm is done to: its objects, or, with none, the objects of its "against"
    or "on" ("fight against the rebels")."""
    return [c for c in verb.children if c.dep_ in _OBJECTS] or [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in _AGAINST
        for o in p.children if o.dep_ == "pobj"]


def _party_aimed(verb: Token) -> bool:
    """Whether what the verb is done to is a party: a name, a group, a force or a people ("defeat
    the insurgency", "clear the militants"), or no one named at all ("vowed to retaliate");
    not a thing or a cause ("fight poverty", "clear landmines"), nor the promiser's own
    ("destroy its stockpile")."""
    objs = done_to(verb)
    if not objs:
        return verb.lemma_.lower() != "fight" or not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return any(party_word(o) for o in objs)


def party_word(tok: Token) -> bool:
    if _own(tok) or tok.ent_type_ in ("DATE", "TIME", "MONEY", "QUANTITY"):
        return False
    return named_party(tok) or tok.lemma_.lower() in agent_words()


def _own(tok: Token) -> bool:
    """The thing is the promiser's own ("its stockpile", "their weapons")."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in tok.children)


def _done_to_own(verb: Token, act: Mention) -> bool:
    """A promised act done to what the promiser owns ("pledged to destroy its stockpile"): a
    promise of disarmament, not a threat to anyone; not the act itself as the promiser's
    ("vowed to continue their offensive")."""
    return any(c.dep_ in _OBJECTS and c.i != act.trigger and _own(c) for c in verb.children)


def _aim(lex: Lexicon, verb: Token) -> tuple[bool, str | None]:
    """Whether the verb is an act of conflict done to a party though no event stands for it,
    and the mode a threat of it has: a verb of harm done to a party ("defeat the rebels",
    "clear the militants"), or one that takes a conflict noun ("win the war", "impose
    sanctions": its threat mode, if any)."""
    if verb.lemma_.lower() in _CONFLICT_AIMS:
        return (True, "violence") if _party_aimed(verb) else (False, None)
    if ends(lex, verb):  # "pledged to end the wars": a promise of peace
        return False, None
    for c in verb.children:
        if c.dep_ not in _OBJECTS:
            continue
        if c.lemma_.lower() in _CONFLICT_NOUNS:
            return True, "violence"
        found = noun_sense(lex, c)
        if found is not None and found[0].event_type in CONFLICT_TYPES:
            kind, mode = found[0].event_type, found[0].mode
            table = threat_modes()
            return True, table.get((kind, mode or "*")) or table.get((kind, "*"))
    return False, None


def _threat_mode(lex: Lexicon, m: Mention, t: Token) -> Mention:
    """A threat of a conflict act that no event stands for ("threatened to clear the militants
    from the town"): its mode is what the act threatens."""
    act = _complement(t)
    mode = _aim(lex, act)[1] if act is not None else None
    return replace(m, sense=replace(m.sense, mode=mode)) if mode else m


def promised_content(lex: Lexicon, verbs: list[tuple[Mention, Token]],
                     nouns: list[tuple[Mention, Token]]
                     ) -> tuple[list[tuple[Mention, Token]], list[tuple[Mention, Token]]]:
    """``verbs`` and ``nouns`` with each AGREE of a word of promising ("vowed", "a pledge")
    typed by what it promises: THREATEN when an act of conflict, the act folded into it; AGREE
    with a promised act of cooperation folded into it; else as it was."""
    acts = _acts(lex, verbs, nouns)
    objects = {t.head.i: m for m, t in nouns if t.dep_ in _OBJECTS}
    gone: set[int] = set()

    def typed(m: Mention, t: Token) -> Mention:
        if m.sense.event_type == "THREATEN" and m.sense.mode is None:
            return _threat_mode(lex, m, t)
        act_tok = _complement(t) if m.sense.event_type == "AGREE" and \
            t.lemma_.lower() in _PROMISING else None
        if act_tok is None:
            return m
        act = acts.get(act_tok.i) or objects.get(act_tok.i)
        kind = act.sense.event_type if act is not None and act is not m else None
        aimed, aim_mode = _aim(lex, act_tok) if kind is None else (False, None)
        if kind in CONFLICT_TYPES and act is not None and _done_to_own(act_tok, act):
            kind = "AGREE"  # its own weapons destroyed: what is promised is the promise's own
        if kind in CONFLICT_TYPES or aimed:
            mode = _carried_mode(threat_modes(), act) if act is not None else aim_mode
            m = replace(m, sense=replace(m.sense.with_type("THREATEN", "13"), mode=mode))
        elif kind not in _COOPERATION:
            return m
        if act is not None and act is not m and act.status in UNDONE:
            gone.add(id(act))
            m = replace(m, target=m.target or act.target)
        return m

    verbs = [(typed(m, t), t) for m, t in verbs]
    nouns = [(typed(m, t), t) for m, t in nouns]
    return ([(m, t) for m, t in verbs if id(m) not in gone],
            [(m, t) for m, t in nouns if id(m) not in gone])
