"""Forces sent, moved or massed somewhere, read by their purpose (CAMEO 15 against 07).

CAMEO and PLOVER class troops, warships, tanks or jets sent, deployed, moved or massed to or
near a place as a force posture (MOBILIZE, CAMEO 15: 154 mobilise or increase armed forces,
153 police power), unless the text gives the forces a cooperative purpose: keeping a peace or
watching a truce (AID, 074), training or backing another's forces (AID, 072), relief after a
disaster (AID, 073). Where the forces fight, their fighting is its own event. The purpose is
read from the forces' own name ("peacekeepers", "relief troops"), from a purpose clause ("to
train the army", "to help after the earthquake") and from a phrase of the verb or the forces
("on a peacekeeping mission", "for relief work").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .effort_sense import effort
from .forces import security_sector
from .lexicon import NOT_AN_EVENT, Sense
from .words import ARMED, counted

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["posture_reading", "posture_force"]

_VERBS = word_class("posture_verbs")
_FORCES = word_class("posture_forces")
_CRAFT = word_class("posture_craft")
_CRAFT_MARKS = word_class("posture_craft_marks")
_KEEPERS = word_class("posture_keepers")
_OFFERS = word_class("posture_offers")
_NAMED_FORCES = _FORCES | ARMED | (_KEEPERS - {"un", "international", "peacekeeping"})
_GOING = word_class("posture_going")
_PEACE = word_class("posture_peace")
_MILITARY_AID = word_class("posture_military_aid")
_RELIEF = word_class("posture_relief") | word_class("disasters")
_SHOWS = word_class("posture_shows")
#: readings a force sent or moved overrides: the lexicon's general build-up, no reading, and
#: the dictionary's readings of the verb that do not fit forces (an agreement, a consultation);
#: the lexicon's specific readings (aid sent, people sent to jail) stay
_OVERRIDDEN = frozenset({"MOBILIZE", "AGREE", "CONSULT", "COOPERATE", NOT_AN_EVENT})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
_PHRASE_PREPS = frozenset({"for", "on", "as", "in", "to"})


def posture_force(verb: Token) -> Token | None:
    """The forces a sending or moving verb moves: its object, or its passive subject ("troops
    were deployed"), or the subject of a verb of their own going ("peacekeepers began
    deploying"), counted through ("2,000 of its troops"); ``None`` when they are no forces."""
    if verb.lemma_.lower() not in _VERBS:
        return None
    moved = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if moved is None and verb.lemma_.lower() in _GOING:  # "troops deployed to the border"
        moved = subject(verb) or (subject(verb.head) if verb.dep_ == "xcomp" else None)
    if moved is not None and _is_force(head := counted(moved)):
        return head
    return None


def _is_force(noun: Token) -> bool:
    """Whether a noun names armed forces, war machines or the police."""
    lemma = noun.lemma_.lower()
    if {lemma, noun.lower_.removesuffix("s")} & _NAMED_FORCES:  # "Marines", a proper noun
        return True
    if lemma in _CRAFT:  # "navy ships", "fighter jets"
        return any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in _CRAFT_MARKS
                   for m in noun.children)
    return security_sector(noun) == "COP"


def _words(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.subtree}


def _purposes(verb: Token, force: Token) -> list[tuple[str, set[str]]]:
    """What the text says the forces go for: (the purpose verb or noun, the words around it)."""
    out: list[tuple[str, set[str]]] = []
    for holder in (verb, force):
        for c in holder.children:
            if c.dep_ in _PURPOSE_DEPS and c.pos_ == "VERB" and any(
                    a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                out.append((c.lemma_.lower(), _words(c)))  # "to train the army"
            elif c.dep_ == "prep" and c.lower_ in _PHRASE_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":  # "on a peacekeeping mission", "for relief work"
                        out.append((p.lemma_.lower(), _words(p)))
    return out


def _purpose_sense(verb: Token, force: Token) -> Sense | None:
    lemma = verb.lemma_.lower()
    named = {force.lemma_.lower()} | {c.lemma_.lower() for c in force.children
                                      if c.dep_ in ("amod", "compound")}
    if named & _KEEPERS:
        return Sense(lemma, "AID", "peacekeeping", "07", None, None, cameo_code="074")
    for head, words in _purposes(verb, force):
        if head in _PEACE or words & _KEEPERS:
            return Sense(lemma, "AID", "peacekeeping", "07", None, None, cameo_code="074")
        if head in _MILITARY_AID:
            return Sense(lemma, "AID", "military", "07", None, None, cameo_code="072")
        if head in _RELIEF or words & _RELIEF:
            return Sense(lemma, "AID", "humanitarian", "07", None, None, cameo_code="073")
    if named & _RELIEF:  # "relief troops", "rescue teams of the army"
        return Sense(lemma, "AID", "humanitarian", "07", None, None, cameo_code="073")
    return None


def _sent_home(verb: Token) -> bool:
    """Whether forces go home ("sent the troops home") or back from where they were ("moved
    its troops back from the border"; not "sent troops back to Iraq", a return there)."""
    marks = {c.lower_: c for c in verb.children if c.dep_ in ("advmod", "prt")}
    back = marks.get("back")
    return "home" in marks or back is not None and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for h in (verb, back)
        for c in h.children)


def _on_show(verb: Token, force: Token) -> bool:
    """Forces shown at a display, a parade or a show ("deployed 1,000 drones in a light
    show") are put on no war footing."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _SHOWS
                                        for g in c.children)
               for h in (verb, force) for c in h.children)


def posture_reading(verb: Token, found: Sense | None) -> Sense | None:
    """The reading of a verb that sends or moves forces: a withdrawal when they go home or
    back, aid of the kind its purpose names, else a force posture (the police's or the armed
    forces'); any other verb, forces the lexicon reads specifically ("sent the soldiers to
    jail") and forces only offered keep ``found``; a verb of effort with an infinitive ("moved
    to seize the airport") moves nothing: the infinitive's act is the event."""
    if effort(verb):
        return None
    if found is not None and found.event_type not in _OVERRIDDEN:
        return found
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _OFFERS:
        return found  # forces offered: the offer is the event ("offered to send troops")
    force = posture_force(verb)
    if force is None or _on_show(verb, force):
        return found
    if _sent_home(verb):  # forces sent home or pulled back leave: a withdrawal (CAMEO 087)
        return Sense(verb.lemma_.lower(), "RETREAT", "withdraw", "08", None, None,
                     cameo_code="087")
    purpose = _purpose_sense(verb, force)
    if purpose is not None:
        return purpose
    police = security_sector(force) == "COP"
    return Sense(verb.lemma_.lower(), "MOBILIZE", "police" if police else "troops", "15",
                 None, None, cameo_code="153" if police else "154")
