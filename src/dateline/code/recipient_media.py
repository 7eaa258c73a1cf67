"""The medium a statement is made to, as its hearer: "told the Times newspaper it would not
withdraw", "warned in an interview with the BBC", "said in an interview with Reuters that it
rejected the plan", "speaking to Al Jazeera, he called for a ceasefire".

A threat, a demand, an accusation, a refusal or a promise is told to someone; when the act's
own words name no one it is aimed at, the outlet or the medium it was told to (the object of
"tell", the "with" of an interview, the "to" of a verb of speaking) is who heard it. Only an
outlet the dictionary knows or words whose head is a medium ("the newspaper", "state
television") are taken: a person told ("told his aides") is the addressee rules' business.

The outlet hears the act only when the act is itself the telling: the medium hangs on the act's
own verb, or the act is what its own doer said to it ("told the newspaper that he would never
accept the plan", "“We will not accept it,” the minister told Reuters"). Another's act told to
an outlet ("residents told Reuters that the fighters surrendered"), an act beside the telling
("told Reuters the girl was a victim, and rejected the claims") and a denial of claims (aimed
at whoever made them) have no outlet as their hearer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_dictionary import is_outlet
from ..deps import prep_object
from ..sentences import in_quotation
from ..tokens import doc_text
from ..wordclasses import word_class
from .phrases import np_span
from .recipient_hearers import SPEAKING, hearers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention

__all__ = ["medium_told"]

#: Acts done by saying them, whose hearer is their recipient when no party is named.
_SPOKEN = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE", "CONCEDE"})
#: Acts aimed at a party of their own when they have a mode ("vowed to retake the city").
_AIMED = frozenset({"THREATEN"})
#: Nouns of a medium or an outlet ("the newspaper", "state television", "the agency").
_MEDIA = word_class("outlet_nouns")
#: The verb of telling whose object is the outlet told ("told the newspaper").
_TELLING = frozenset({"tell"})
#: Nouns of an exchange with a medium whose "with" phrase names it ("in an interview with").
_EXCHANGES = frozenset({"interview", "conversation"})
#: How the words said hang on the verb of saying that tells them ("told Reuters he would …").
_TOLD = frozenset({"ccomp", "xcomp"})
#: Subjects of the words said that are their speaker: outside a quotation ("told Reuters he
#: would …") and inside one ("“We will not …,” he told Reuters").
_SPEAKER_SAID = frozenset({"he", "she", "it"})
_SPEAKER_QUOTED = frozenset({"i", "we"})
#: What a rejection may be of that another party put forward ("denied the claims"): aimed at
#: its makers, never at the outlet the denial was made to.
_PUT_FORWARD = frozenset({"claim", "report", "accusation", "allegation", "charge", "rumour",
                          "rumor", "suggestion", "speculation"})


def _medium(tok: Token) -> bool:
    """Whether words name an outlet or a medium, not a person."""
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
        return False
    start, end = np_span(tok, with_conj=False)
    words = tok.doc[start:end]
    return is_outlet(words.text) or tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEDIA


def _with_of(noun: Token) -> Token | None:
    """The object of the "with" phrase of an interview noun."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def _heard_by(verb: Token) -> Token | None:
    """The medium a verb's own words say it was told to: its hearer (the object of "tell", the
    "to" of a verb of speaking, :func:`.recipient_hearers.hearers`), the "with" of an
    interview it was said in; else ``None``."""
    told = next((h for h in hearers(verb, _TELLING) if _medium(h)), None)
    if told is not None:
        return told  # "told the newspaper", "said to the newspaper", "speaking to Al Jazeera"
    for c in verb.children:
        pobj = prep_object(c) if c.dep_ == "prep" and c.lower_ in ("in", "during") else None
        if pobj is not None and pobj.lemma_.lower() in _EXCHANGES:
            other = _with_of(pobj)  # "in an interview with the BBC"
            if other is not None and _medium(other):
                return other
    for c in verb.children:  # "speaking to Al Jazeera, he called for …"
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING:
            found = _heard_by(c)
            if found is not None:
                return found
    return None


def _of_claims(trigger: Token, m: Mention) -> bool:
    """Whether a rejection is of claims another party put forward ("denied the claims")."""
    return m.sense.event_type == "REJECT" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PUT_FORWARD
        for c in trigger.children)


def _said_by_speaker(clause: Token) -> bool:
    """Whether words said are their speaker's own act: the clause's subject is a pronoun of
    the speaker ("he", "it"; "I" or "we" within a quotation) or it has none of its own
    ("wanted to accept"); a passive's doer is unsaid, a named subject is someone else."""
    if clause.dep_ == "xcomp":
        return True
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
        return False
    quoted = in_quotation(doc_text(clause.doc), clause.idx)
    return subjects[0].lower_ in (_SPEAKER_QUOTED if quoted else _SPEAKER_SAID)


def _told_openly(verb: Token) -> bool:
    """Whether a verb of saying is a telling that took place: said, not denied ("did not tell
    Reuters"), by a speaker of its own."""
    return not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


def medium_told(trigger: Token, m: Mention) -> tuple[int, int] | None:
    """The words of the medium an act done by saying it was told to, found on its own verb or
    on the verb of saying by which its own doer said it ("told the newspaper he would not
    …"), or ``None``."""
    if m.sense.event_type not in _SPOKEN or m.sense.event_type in _AIMED and m.sense.mode:
        return None  # (a threat of force is aimed at whom it would strike, not the hearer)
    if _of_claims(trigger, m):
        return None
    verb, steps, reported = trigger, 0, False
    while verb is not None and steps < 3:
        if verb.pos_ in ("VERB", "AUX"):
            found = _heard_by(verb)
            if found is not None:
                if m.source is not None and m.source[0] <= found.i < m.source[1] or \
                        reported and not _told_openly(verb):
                    return None
                return np_span(found, with_conj=False)
        if steps == 0 and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
            verb, steps = verb.head, 1  # "repeated the demand in an interview with …"
            continue
        if verb.dep_ not in _TOLD or not _said_by_speaker(verb):
            return None
        verb, steps, reported = verb.head, steps + 1, True
    return None
