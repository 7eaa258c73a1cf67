"""Who speaks for a pronoun in reported speech ("the commissioner said he had increased
security"), the subject word as written, and the accused of an accusation, who is the actor of
the act it names ("accused Israel of attacking")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SPEECH_VERBS", "accused_actor", "speaker_of", "written_subject"]

_BODIES = word_class("bodies")
SPEECH_VERBS = word_class("speech_verbs_quote")
_FIRST_PERSON = frozenset({"we", "i", "us", "me"})
_THIRD_PERSON = frozenset({"he", "she"})
_COLLECTIVE = frozenset({"it", "they"})  # "Bangladesh says it will not accept refugees"


def written_subject(verb: Token) -> Token | None:
    """The subject word of ``verb`` as written, a pronoun included, climbing through control
    ("it is willing to withdraw", "they agreed to release"): what :func:`speaker_of` reads."""
    cur = verb
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None or cur.head.i == cur.i:
            return subj
        if cur.dep_ == "xcomp" or (cur.dep_ == "acomp" and cur.head.lemma_.lower() == "be"):
            cur = cur.head
        else:
            return None
    return None


def speaker_of(tok: Token | None) -> Token | None:
    """The speaker a pronoun in reported speech stands for.

    "'we have launched a hunt,' the commissioner said" and "the commissioner said he had
    increased security": the actor of the quoted act is the one who speaks.
    """
    if tok is None or tok.lower_ not in _FIRST_PERSON | _THIRD_PERSON | _COLLECTIVE:
        return None
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            break
        if (head.lemma_.lower() in SPEECH_VERBS and cur.dep_ in ("ccomp", "parataxis")
                and head.pos_ == "VERB"):
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is None or speaker.pos_ == "PRON":
                return None
            if tok.lower_ in _THIRD_PERSON and speaker.tag_ not in ("NN", "NNP"):
                return None  # "officials said he …": he is someone else
            if tok.lower_ == "it" and not (speaker.ent_type_ in ("GPE", "ORG", "NORP")
                                          or speaker.lower_ in _BODIES):
                return None
            if tok.lower_ == "they" and speaker.tag_ not in ("NNS", "NNPS"):
                return None
            return speaker
        cur = head
    # the speech verb may come after the quote as the root: "'…,' X said."
    root = tok.sent.root
    if tok.lower_ in _FIRST_PERSON and root.lemma_.lower() in SPEECH_VERBS:
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON" and not (
                speaker.left_edge.i <= tok.i <= speaker.right_edge.i):
            return speaker
    return None


def accused_actor(verb: Token) -> Token | None:
    """For "X accused Y of attacking Z", the accused Y is the actor of "attacking"."""
    cur = verb
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lemma_.lower() in ("accuse", "blame", "charge", "suspect", "convict"):
            return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        cur = head
    return None
