"""Whom an "it" stands for as the subject of what a party says of itself, or as the party a
verb asks, orders or urges to act.

"Downing Street said it had been consulted", "Turkey said it was asked to join the talks":
an "it" that is the subject of the clause a verb of speech reports stands for the party that
speaks (the verb's own subject), as the speaker tells of itself; the coder reads no party in a
bare "it" otherwise ("it is clear", "it was agreed"), nor the speaker in what it asks of
itself ("the ministry insists it will not pay": no one else is asked).

"The council met Hollis Karan's envoy. The League urged it to attend": an "it" that is the
object of a verb whose object does what its active "to" complement says (``object_control``)
is a party to act, named just before, which the actor stage finds for it as for a subject
"it". The coder keeps it only where such a party is there to find: the name of a state or a
body (or a body a nationality or a state's name qualifies: "the Vostrian government") before
it, in its own sentence or the one before, that is the subject of no verb (the subject of the
asking verb would be asked "itself"; a subject before is more often the asker's own side than
the one it asks), no place where a thing happens ("in Doha"), and no name of the asker's. A
thing ("urged it to go further" after "the bill") or a body named by no name ("the council")
leaves no party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SPEECH_VERBS", "addressed_it", "said_it"]

#: Verbs of speech whose clause reports what their subject says (shared with coref_sayers).
SPEECH_VERBS = word_class("speech_verbs_statement") | \
    word_class("speech_verbs_attribution") | frozenset({"argue", "suggest", "accuse"})
#: Event types of verbs of speech that ask or blame someone ("insisted", "demanded").
_ASKING = frozenset({"REQUEST", "ACCUSE"})
#: Verbs whose object does what their "to" complement says ("urged it to attend").
_OBJECT_CONTROL = word_class("object_control")
#: Nouns of a body that a nationality or a state's name before them names ("the Vostrian
#: government").
_BODIES = word_class("bodies")
#: Prepositions whose object is where a thing happens, not a party ("met in Doha").
_PLACE_PREPS = frozenset({"in", "at", "to", "from", "into", "near", "across", "inside"})
#: How "it" is the subject of the reported clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def said_it(tok: Token | None) -> Token | None:
    """The subject of the verb of speech whose reported clause has ``tok`` ("it") as its
    subject, when that subject names a party (a noun or a name, not a pronoun); ``None``
    otherwise."""
    if tok is None or tok.lower_ != "it" or tok.dep_ not in _SUBJECTS:
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if tok.dep_ == "nsubj" and _asks(verb.head):
        return None  # "the SDF insists it cannot house them": no one else is asked
    sayer = subject(verb.head)
    return sayer if sayer is not None and sayer.pos_ in ("NOUN", "PROPN") else None


def _asks(say: Token) -> bool:
    """Whether a verb of speech is also one of asking or blaming, whose clause's doer is whom
    it asks or blames: an "it" there that stands for the speaker is itself, no other party."""
    return any(s.event_type in _ASKING for s in load_lexicon().verbs.get(say.lemma_.lower(), ()))


def addressed_it(tok: Token | None) -> Token | None:
    """``tok`` when it is an "it" asked, ordered or urged to act with a named party before it
    to stand for, as the module's description says (the actor stage finds which); ``None``
    otherwise."""
    if tok is None or tok.lower_ != "it" or tok.dep_ not in ("dobj", "obj"):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in _OBJECT_CONTROL or not any(
            c.dep_ == "xcomp" and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to"
                                                      for a in c.children)
            and not any(a.dep_ in ("auxpass", "nsubjpass") for a in c.children)
            for c in verb.children):
        return None  # "urged it to be withdrawn": a thing to be dealt with
    asker = subject(verb)
    own = set() if asker is None else {asker.lower_, *(t.lower_ for t in asker.subtree
                                                       if t.ent_type_)}
    sent = tok.sent
    start = sent.start if sent.start == 0 else tok.doc[sent.start - 1].sent.start
    for cand in reversed(tok.doc[start:tok.i]):
        if _named_party(cand) and cand.lower_ not in own:
            return tok
    return None


def _named_party(tok: Token) -> bool:
    """Whether ``tok`` heads the name of a state or a body, or a body noun a nationality or a
    state's name qualifies, that is no verb's subject and no place where a thing happens."""
    if tok.dep_ in ("nsubj", "nsubjpass", "compound", "amod", "poss") or \
            tok.tag_ in ("NNS", "NNPS"):
        return False
    if tok.ent_type_ == "GPE" and tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
        return False  # "met in Doha"
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "GPE"):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _BODIES and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
        for c in tok.children)  # "the British government"
