"""The recipient of an appraisal of an act (a criticism, a rejection, praise): the act's doer.

"denounced US cooperation with the Kurds" is done to the US, not to the Kurds the act was with;
"Iran rejected his offer" to the one "his" stands for. The words of the act name the doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..full_names import entity_of
from ..wordclasses import word_class
from .phrases import doer_in_modifier
from .words import APPRAISALS, OWNERS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["judged_doer", "judged_owner", "place_named"]

#: Acts, decisions and words whose doer an appraisal of them is done to.
_JUDGED_ACTS = word_class("judged_acts")
#: Appraisals of an act owned by a pronoun that stand for someone else: one condemns or
#: criticises another's decision or remarks ("condemned his remarks"), and rejects another's offer
#: ("rejected his offer") though one denies or rejects one's own involvement or role as often.
_AGAINST_ANY = frozenset({"ACCUSE", "DISAPPROVE"})
#: ... when the act is words put to someone ("his offer", "its call").
_PUT_TO_ANOTHER = word_class("voiced")
#: Verbs of praising or welcoming, whose object owned by a pronoun is another's ("welcomed
#: their decision", "endorsed his plan"); one defends or explains one's own.
_PRAISING = word_class("praising_verbs")
#: Acts a pronoun owns as often as the one they are done to ("his sentence", "his murder"):
#: only words put to someone are another's then.
_UNDERGONE = word_class("owned_fates") | word_class("attack_nouns")


def _judged(obj: Token, types: frozenset[str], event_type: str) -> bool:
    return event_type in types and obj.lemma_.lower() in _JUDGED_ACTS


def judged_doer(obj: Token, event_type: str) -> Token | None:
    """An appraised act that names its doer before it, which stands for the doer: "denounced US
    cooperation with the Kurds", "condemned Israeli strikes on Gaza" (the US, Israel; not whom
    the act was with or on)."""
    if not _judged(obj, APPRAISALS, event_type) or any(
            c.dep_ == "poss" for c in obj.children):  # "May's Brexit deal": hers
        return None
    found = doer_in_modifier(obj)
    if found is None or place_named(found[0]):  # "the Kabul attack": where, not by whom
        return None
    return obj  # named with its doer's words


def place_named(tok: Token) -> bool:
    """Whether a name modifying an act is a town's or a region's ("the Kabul attack", "the Gaza
    strikes"), which says where the act was, not a state's or a body's ("US cooperation")."""
    if tok.dep_ not in ("compound", "nmod") or tok.ent_type_ not in ("GPE", "LOC"):
        return False
    from ..actor_dictionary import load_dictionary

    known = load_dictionary()
    name = " ".join(t.lower_ for t in entity_of(tok) if t.lower_ != "the")
    return name not in known.organisations and (
        name in known.capitals or known.countries.get(name) is None)


def judged_owner(obj: Token, event_type: str) -> Token | None:
    """The pronoun that owns an act or words appraised as another's, which stands for who did
    or said them: "Iran rejected his offer", "Russia dismissed its call", "condemned their
    decision", "welcomed his plan" (not "defended its decision" nor "denied its involvement":
    its own)."""
    lemma = obj.lemma_.lower()
    voiced = lemma in _PUT_TO_ANOTHER
    if lemma not in _JUDGED_ACTS or lemma in _UNDERGONE and not voiced:
        return None
    if event_type == "REJECT" and not voiced or event_type not in (
            _AGAINST_ANY | {"REJECT", "SUPPORT"}) or event_type == "SUPPORT" and (
            obj.dep_ not in ("dobj", "obj") or obj.head.lemma_.lower() not in _PRAISING):
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in OWNERS), None)
