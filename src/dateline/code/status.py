"""The status of an event: actual, attempted, failed, threatened, proposed, demanded, denied,
alleged or negated, from negation and the verbs that govern the trigger."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .words import CONFLICT_TYPES, WILL

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Sense

__all__ = ["status_of", "deontic", "frame_root", "conditional_threat", "FRAME_ROOTS",
           "STATUSES"]

STATUSES = ("actual", "attempted", "failed", "threatened", "proposed", "demanded", "denied",
            "alleged", "negated")

# Control and aspect verbs pass the event to their complement with a status.
_FRAMES = {
    "fail": "failed", "neglect": "failed",
    "try": "attempted", "attempt": "attempted", "seek": "attempted", "struggle": "attempted",
    "threaten": "threatened", "vow": "threatened", "warn": "threatened",
    "plan": "proposed", "propose": "proposed", "offer": "proposed", "agree": "proposed",
    "promise": "proposed", "pledge": "proposed", "intend": "proposed", "want": "proposed",
    "decide": "proposed", "prepare": "proposed", "aim": "proposed", "hope": "proposed",
    "consider": "proposed", "expect": "proposed", "commit": "proposed",
    "willing": "proposed", "ready": "proposed", "prepared": "proposed",
    "demand": "demanded", "urge": "demanded", "ask": "demanded", "call": "demanded",
    "order": "demanded", "appeal": "demanded", "request": "demanded", "press": "demanded",
    "refuse": "negated", "decline": "negated", "reject": "negated", "unwilling": "negated",
    "reluctant": "negated",
    "deny": "denied",
    "accuse": "alleged", "allege": "alleged", "blame": "alleged", "charge": "alleged",
    "suspect": "alleged", "claim": "alleged",
    "free": "proposed", "likely": "proposed", "determined": "proposed",
}
# Nouns that frame an infinitive the same way: "a bid to storm", "steps to arrest", "the
# decision to deploy", "orders to shoot", "a threat to strike".
_NOUN_FRAMES = {
    "bid": "attempted", "attempt": "attempted", "effort": "attempted",
    "plan": "proposed", "decision": "proposed", "proposal": "proposed", "offer": "proposed",
    "promise": "proposed", "pledge": "proposed", "move": "proposed", "step": "proposed",
    "alternative": "proposed", "option": "proposed", "readiness": "proposed",
    "intention": "proposed", "preparation": "proposed", "way": "proposed",
    "threat": "threatened", "warning": "threatened", "ultimatum": "threatened",
    "call": "demanded", "demand": "demanded", "order": "demanded", "need": "demanded",
    "instruction": "demanded", "direction": "demanded", "directive": "demanded",
    "appeal": "demanded", "request": "demanded", "plea": "demanded",
}
# Nouns whose that-clause is a claim: "the allegation that he ran a hit squad".
_CLAIM_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "report", "rumour",
                          "rumor", "suggestion", "suspicion", "assertion", "speculation"})
# "should be arrested", "must withdraw": the event is called for, not reported.
_DEONTIC = frozenset({"should", "must", "ought"})
#: The CAMEO root a non-actual event takes from its frame (a threatened attack is a threat).
# Appeals ("urged X to", "called on X to") are CAMEO 02; a denial is a statement (016); a
# promised concession keeps its PLOVER type (CONCEDE) but is CAMEO 035, intent to yield.
FRAME_ROOTS = {"threatened": "13", "proposed": "03", "demanded": "02", "denied": "01",
               "alleged": "11"}
_FRAME_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "dobj"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_FUTURE = frozenset({"will", "shall", "'ll", "would"})


def _negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in _NEG_WORDS):
            return True
    return False


def deontic(tok: Token) -> bool:
    """"must withdraw", "should be arrested": what is called for."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _DEONTIC for c in tok.children)


def status_of(tok: Token) -> str:
    """Status of the event whose trigger (or governing light verb) is ``tok``."""
    if _negated(tok):
        return "negated"
    # "no one was killed", "no arrests were made"
    for c in tok.children:
        if c.dep_ in ("nsubjpass", "nsubj", "dobj") and any(
            g.dep_ == "det" and g.lower_ == "no" for g in c.children
        ) or (c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in ("nobody", "none", "noone")) \
                or (c.dep_ == "dobj" and c.lower_ == "nothing"):  # "the police did nothing"
            return "negated"
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            break
        lemma = head.lemma_.lower()
        if cur.dep_ in _FRAME_DEPS and lemma in _FRAMES:
            # "accused X of attacking": the pcomp hangs from "of" under accuse
            if _negated(head):
                return "negated" if _FRAMES[lemma] not in ("negated", "denied") else "actual"
            if cur.dep_ in ("xcomp", "pcomp", "prep") or lemma in ("deny", "accuse", "allege",
                                                                    "blame",
                                                            "claim", "suspect", "charge"):
                return _FRAMES[lemma]
            if cur.dep_ == "ccomp" and lemma in ("deny", "allege", "claim", "threaten", "warn",
                                                  "demand"):
                return _FRAMES[lemma]
        if cur.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma in _CLAIM_NOUNS:
            return "alleged"  # "rejected an allegation that he raped a girl"
        if cur.dep_ in ("acl", "relcl", "advcl") and head.pos_ == "NOUN" and \
                lemma in _NOUN_FRAMES and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in cur.children):
            return _NOUN_FRAMES[lemma]
        if cur.dep_ in ("pcomp", "pobj", "prep"):
            cur = head  # through "of" in "accused X of attacking"
            continue
        break
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return "proposed"  # "if Iran strikes any Americans": a condition, not a report
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if deontic(tok):
        return "demanded"
    if any(a in _FUTURE for a in auxes):
        return "proposed"
    if tok.dep_ == "advcl" and "to" in auxes and tok.head.i != tok.i:
        # a purpose shares its means' status: "urged him to take steps to arrest them"
        return status_of(tok.head)
    return "actual"


_FUTURE_RETYPE = {"RETREAT": ("CONCEDE", "03"), "AID": ("AGREE", "03"),  # CAMEO 03x intent
                  "COOPERATE": ("AGREE", "03"), "CONSULT": ("AGREE", "03")}
_MAYBE = frozenset({"may", "might", "could"})


def frame_root(sense: Sense, status: str, verb: Token | None = None) -> Sense:
    """Non-actual events take the CAMEO root of their frame and lose their ACLED type; what
    someone "must" or "should" do is a demand (CAMEO 10), not an appeal (02)."""
    if status == "actual" or status in ("attempted", "failed"):
        return sense
    if status == "negated":
        return replace(sense, cameo_root=None, acled_event_type=None, acled_sub_event_type=None)
    if status == "proposed" and sense.event_type in _FUTURE_RETYPE:
        etype, root = _FUTURE_RETYPE[sense.event_type]
        return sense.with_type(etype, root)
    root = FRAME_ROOTS.get(status, sense.cameo_root)
    if status == "demanded" and verb is not None and deontic(verb):
        root = "10"
    if status == "proposed" and sense.event_type in CONFLICT_TYPES:
        root = "13"  # "will attack": a threat
    return replace(sense, cameo_root=root, acled_event_type=None, acled_sub_event_type=None)


def conditional_threat(sense: Sense, status: str, verb: Token) -> str:
    """"will detain journalists if they publish", "could suspend relations": a conditional or
    possible act of conflict is a threat (PLOVER THREATEN; CAMEO 13)."""
    if status not in ("actual", "proposed") or sense.event_type not in CONFLICT_TYPES:
        return status
    if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return "threatened"
    if status == "proposed" or any(c.dep_ == "aux" and c.lower_ in WILL
                                   for c in verb.children):
        for c in verb.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children):
                return "threatened"
    return status
