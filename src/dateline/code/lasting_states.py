"""States told, not acts: how a party stands after an act, said with a verb of being or
remaining, in the perfect since a time, or described in a relative clause ("the town remains
under siege", "the district is under curfew", "the reporter, who is detained in the capital",
"two activists are still held", "she has been held ever since") is no act at a time: the
detaining or besieging happened at some other, untold time. Not the act's onset ("came under
siege in March", "was placed under arrest", "was detained on Monday"). Part of
:func:`~dateline.code.modality.unreal`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import load_frames
from ..aspect import PRESENT_PERFECT
from ..date_clauses import PRESENT_BE
from ..wordclasses import word_class
from .lexicon import load_lexicon
from .occasions import auxes, own_time, present, span
from .speakers import SPEECH_VERBS
from .taking_part import act_noun, taking_part

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["act_noun", "lasting_state"]

#: verbs that tell a condition lasting, not its onset ("come under", "be placed under")
_BEING = word_class("state_verbs")
_REMAINING = frozenset({"remain", "stay"})
#: their forms, as a passive's helper carries them unlemmatised ("remained detained")
_REMAINING_FORMS = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays",
                              "stayed", "staying"})
_PARTICIPLE_DEPS = frozenset({"acomp", "xcomp", "oprd", "attr"})
#: verbs of keeping someone held, not of seizing them ("held", "jailed"; not "arrested")
_HOLDING = word_class("holding_restraints")
#: a restraint's grounds after "on" or "under" ("held on charges of fraud", "under suspicion")
_CHARGES = frozenset({"charge", "suspicion", "accusation", "allegation"})
#: a deed one is held over, after "in" ("in connection with the theft", "in relation to it")
_LINKS = frozenset({"connection", "relation"})
#: participles that tell the charge itself ("held accused of arson", "held suspected of theft")
_CHARGING = frozenset({"accuse", "charge", "suspect"})
#: the helpers of a present passive, simple or progressive ("are held", "is being held")
_NOW = PRESENT_BE | {"being"}


def _restraint(word: Token, noun: bool = False) -> bool:
    """A verb (or, with ``noun``, a noun) the lexicon reads as a restraint (CAMEO 17: detain,
    besiege, hold; siege, curfew, blockade, arrest)."""
    lexicon = load_lexicon()
    senses = (lexicon.nouns if noun else lexicon.verbs).get(word.lemma_.lower(), ())
    return any(s.event_type == "COERCE" for s in senses)


def _under(tok: Token) -> bool:
    """"remains under siege", "the town is under curfew": a restraint one is under, on a verb of
    being (``tok`` the restraint's noun or that verb), is how one stands over a time, not the
    act at a time ("came under siege" is). Force one is under ("the town was under attack by
    the militia", "under fire") is fighting going on, an act of those days, and stays one."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head
        return verb.lemma_.lower() in _BEING and _restraint(tok, noun=True) and not own_time(verb)
    if tok.lemma_.lower() not in _BEING or own_time(tok):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and _restraint(g, noun=True) for g in c.children) for c in tok.children)


def _holding(tok: Token) -> bool:
    """A verb of keeping someone held that the lexicon reads as a restraint ("held", "jailed")."""
    return tok.lemma_.lower() in _HOLDING and _restraint(tok)


def _held_since(tok: Token) -> bool:
    """"where she has been held ever since", "has been jailed since the coup", "has been held
    for three months": keeping someone held, told in the perfect passive over a stretch since a
    time or for weeks, months or years, is the state a restraint left. A verb of the restraint's
    onset is not ("have been arrested since Monday" tells the arrests made over those days)."""
    helpers = auxes(tok)
    return "been" in helpers and any(a in PRESENT_PERFECT for a in helpers) and any(
        c.dep_ in ("prep", "advmod") and (c.lower_ == "since" or c.dep_ == "prep" and span(c))
        for c in tok.children) and _holding(tok)


def _held_now(tok: Token) -> bool:
    """"the children are held by the militia in camps", "he is being held in the capital":
    keeping someone held, told in the present passive (simple or progressive) with no time of
    its own, is how the held stand now, no act at a time: the seizing was at some other, untold
    time. A verb of the restraint's onset is not ("protesters are being detained" tells arrests
    going on), nor a past ("were held on Tuesday"), nor one told with its ground, why one is
    held ("two men are held for the killing", "held on charges of fraud", "in connection with
    the fire"): a hold told with its reason or charge is the act, told as news."""
    helpers = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok.tag_ == "VBN" and _holding(tok) and any(
        c.dep_ == "auxpass" for c in tok.children) and bool(helpers) and all(
        a in _NOW for a in helpers) and not own_time(tok) and not _ground(tok)


def _ground(tok: Token) -> bool:
    """A restraint's ground on the verb: any phrase telling why one is held, its reason or its
    charge. "For" or "over" a deed, not a span ("for the killing", "over the riot"; not "for
    three months"); "on" or "under" a charge or a suspicion ("on charges of fraud", "under
    suspicion of theft"); "in connection with" or "in relation to" a deed; or a participle of
    the charge ("held accused of arson")."""
    for c in tok.children:
        if c.dep_ == "prep":
            objects = {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
            if c.lower_ in ("for", "over") and not span(c) or (
                    c.lower_ in ("on", "under") and objects & _CHARGES) or (
                    c.lower_ == "in" and objects & _LINKS):
                return True
        elif c.tag_ == "VBN" and c.lemma_.lower() in _CHARGING:
            return True
    return False


def _held_participle(tok: Token) -> bool:
    """"remains detained", "are still held", "who is jailed in the capital": a participle of
    an act told as the state it left, with no time of its own; not a frame or a saying ("who
    is accused of", "is said to")."""
    if tok.tag_ != "VBN":
        return False
    if _held_since(tok) or _held_now(tok):
        return True
    if own_time(tok):
        return False
    lemma = tok.lemma_.lower()
    frames = load_frames()
    if lemma in SPEECH_VERBS or lemma in frames.verbs or lemma in frames.claims:
        return False
    if tok.dep_ in _PARTICIPLE_DEPS and tok.head.lemma_.lower() in _REMAINING:
        return not own_time(tok.head)  # "stays banned"
    if any(c.dep_ == "auxpass" and c.lower_ in _REMAINING_FORMS for c in tok.children):
        return True  # "remained detained" (the parse makes "remained" the passive's helper)
    if not present(tok) or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children):
        return True  # "two activists are still held"
    return tok.dep_ == "relcl"  # "the reporter, who is detained in the capital"


def lasting_state(tok: Token) -> bool:
    """Whether ``tok`` (a trigger or the verb it hangs on) tells a restraint's lasting state, or
    a party's part in something (:func:`~dateline.code.taking_part.taking_part`), no act."""
    return _under(tok) or _held_participle(tok) or taking_part(tok)
