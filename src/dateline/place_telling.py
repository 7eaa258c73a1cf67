"""Clauses of telling and counting that decide whether a place carries on to an event
(:mod:`dateline.locate`): what a verb of telling reports, a tally over a span of time, a chain
of sentences led by one pronoun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import irrealis
from .date_clauses import SAYING
from .place_anaphora import told_earlier
from .tokens import children, heads, lower_set, tags, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["PRONOUN_CHAIN", "apart_from_the_story", "may_only_be", "others_of_its_kind",
           "pronoun_led", "reported", "since", "telling_content"]


def since(tok: Token) -> bool:
    """``tok``'s clause, or one it hangs on, counts events over a span from a time on ("have
    died since 2014", "was one of eight volunteers killed since the first arrived"): many
    scenes, not one. The happening that opens the span is one ("Since the operation began,
    thousands have left the town": the operation). A document with no word "since" is not
    walked: only that word says so, and the answer is no."""
    doc, i = tok.doc, tok.i  # walked on the document's arrays: no Token made
    if "since" not in lower_set(doc):
        return False
    up, below, deps, lowers = heads(doc), children(doc), tags(doc).deps, words(doc).lowers
    came = -1  # the head walked up from: a span's bound ``tok`` is in is no tally of its own
    for _ in range(len(doc) + 1):  # the word and its heads (as many as ``Token.ancestors``)
        if any(c != came and (deps[c] == "prep" and lowers[c] == "since" or deps[c] == "advcl"
                              and any(deps[m] == "mark" and lowers[m] == "since"
                                      for m in below[c])) for c in below[i]):
            return True
        if up[i] == i:
            break
        came, i = i, up[i]
    return False


def others_of_its_kind(tok: Token) -> bool:
    """``tok`` names other happenings than those told before ("Tillerson's other visits this
    week", "other raids"): not the story's scene, which they are set apart from."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "other"
                                      for c in tok.children)


def apart_from_the_story(tok: Token) -> bool:
    """``tok``'s event is none the story's place carries on to: it only may happen, is a tally
    over a span (:func:`since`), a noun's past told of it (:func:`.place_anaphora.told_earlier`)
    or other happenings than those told (:func:`others_of_its_kind`)."""
    return irrealis(tok) or since(tok) or told_earlier(tok) or others_of_its_kind(tok)


def reported(tok: Token) -> bool:
    """Whether ``tok`` is in what a verb of telling reports ("she confirmed that he had been
    killed")."""
    return any(a.dep_ in ("ccomp", "parataxis") and a.head.lemma_.lower() in SAYING
               for a in (tok, *tok.ancestors))


def may_only_be(tok: Token) -> bool:
    """Whether ``tok``'s event only may be, or is only wanted, allowed or refused: irrealis
    itself, or the complement of a verb that is, other than a verb of telling ("he will not
    allow troops to leave": the leaving; not "he will say that troops left")."""
    return irrealis(tok) or (tok.dep_ in ("ccomp", "xcomp")
                             and tok.head.lemma_.lower() not in SAYING and irrealis(tok.head))


def telling_content(sent: Span) -> range | None:
    """The tokens of what the main verb of ``sent`` reports, when it is a verb of telling ("a
    woman said she knew them"); else ``None``."""
    root = sent.root
    if root.lemma_.lower() not in SAYING:
        return None
    told = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    if not told:
        return range(0)
    return range(min(c.left_edge.i for c in told), max(c.right_edge.i for c in told) + 1)


#: How many sentences back a chain of sentences told of by one pronoun may reach for the
#: speaker's name.
PRONOUN_CHAIN = 4


def pronoun_led(sent: Span, pronoun: str) -> bool:
    """Whether ``pronoun`` is the subject of the main verb of ``sent``, or of a clause
    it governs directly ("While he said …, he denounced …")."""
    root = sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == pronoun
               for v in (root, *root.children) for c in v.children)
