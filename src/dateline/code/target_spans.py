"""The words of a recipient: its noun phrase with the phrases that say which one it is.

The coder reads who a recipient is from its head and naming words ("the rebel-held enclave",
"two inspectors", "the workers"); the words shown for it run on over the phrases hung on that
head that tell it apart, as event coders mark a recipient's words: "the rebel-held enclave of
Eastern Ghouta", "two inspectors for the nuclear monitoring agency", "the workers at the
textile unit", "other companies linked to the oligarch"; and a name or owner in the "of"
phrase of a place word is shown with it ("the town of Saraqib", "the home of a farmer"). A
clause ("who were killed"), a place an act is done in or near ("a base in Kandahar province",
"a village near the border": where, not which), the event's own words and its actor's are
never taken in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Actor
from ..sentences import chars_span, sentence_bounds
from ..tokens import doc_text
from ..wordclasses import word_class
from .phrases import a_place, charge_of, thing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["recipient_end", "whole_recipient"]

#: Prepositions whose phrase says which one a party or thing is: "members of", "leaders from",
#: "inspectors for", "workers at", "organisations across", "partners like".
_WHICH_PREPS = frozenset({"of", "from", "for", "at", "across", "like"})
#: Participles hung on a noun that say which one it is: "companies linked to", "people now
#: living in", "proposals laid out by", "a worker imprisoned in".
_PARTICIPLES = frozenset({"VBN", "VBG"})
_MAX_WORDS = 16
#: Words hung on a participle that make it a clause of its own ("charging that …", "using
#: funds", "held captive"), not a word of the name.
_CLAUSAL = frozenset({"dobj", "obj", "ccomp", "xcomp", "oprd", "advcl", "nsubj", "npadvmod"})
#: What a party says or asks: its words run on over what it says, not over which one it is
#: ("Trump's offer of talks", "a request for revocation").
_VOICED = word_class("voiced")
#: Tags of a verb that has its own tense: a clause, whatever the parse hung it on.
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _verb(tok: Token) -> bool:
    """Whether a word is a verb with its own tense or a bare verb: a clause the parse hung on a
    noun ("the plans for the budget look weak"), not a participle of the name."""
    return tok.tag_ in _FINITE or tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VB" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _which(tok: Token) -> bool:
    """Whether a word hung on a recipient's word opens a phrase that says which one it is."""
    if tok.dep_ == "prep":
        # "inspectors for the monitoring agency", not "people sent for trial": a party's
        return tok.lower_ in _WHICH_PREPS and any(c.dep_ == "pobj" and (
            tok.lower_ != "for" or not thing(c)) for c in tok.children) and not charge_of(tok)
    return tok.dep_ == "acl" and tok.tag_ in _PARTICIPLES and not any(
        c.dep_ in _CLAUSAL for c in tok.children)


def _phrase_end(opener: Token) -> int:
    """Where the phrase ``opener`` opens ends: before a comma or a clause hung in it ("reefs
    it claims in the islands", "the engine maker, a German firm"), else after its last word."""
    doc, last = opener.doc, opener.right_edge.i
    clause = min((c.left_edge.i for t in opener.subtree for c in t.children
                  if c.dep_ in ("relcl", "acl") and _verb(c) and c.i > opener.i), default=last + 1)
    comma = next((k for k in range(opener.i + 1, last + 1) if doc[k].text == ","), last + 1)
    return min(clause, comma, last + 1)


def recipient_end(doc: Doc, start: int, end: int, kept_out: set[int]) -> int:
    """The token end of the recipient's words ``doc[start:end]`` run on over the phrases that
    say which one it is, none of them taking in a token of ``kept_out`` (the trigger's, the
    actor's) or ending the sentence's clause."""
    if end <= start or end >= len(doc):
        return end
    sent_end = sentence_bounds(doc, start)[1]
    grown = True
    while grown and end < sent_end:
        grown = False
        for tok in doc[start:end]:
            if tok.lemma_.lower() in _VOICED:
                continue
            nxt = next((c for c in tok.children if c.i == end or c.left_edge.i == end), None)
            if nxt is None or not _which(nxt):
                continue
            new = _phrase_end(nxt)
            while new > end and doc[new - 1].is_punct and doc[new - 1].text not in (")", "%"):
                new -= 1
            if new <= end or new - start > _MAX_WORDS or new > sent_end or \
                    any(k in kept_out or _verb(doc[k]) for k in range(end, new)):
                continue
            end, grown = new, True
            break
    return _bracketed(doc, start, end, sent_end)


#: The most words a bracketed name or initials run to: "( PML - Q )", "( T . P . L . F . )".
_MAX_BRACKETED = 12


def _bracketed(doc: Doc, start: int, end: int, sent_end: int) -> int:
    """The end of a recipient's words taken past the brackets that close its own name's
    initials: a bracket the words open ("the Front ( T . P . L . F . )") or that follows them
    ("the Communist Party of Nepal ( CPN - Maoists )")."""
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened <= 0 and not (end < sent_end and doc[end].text == "("):
        return end
    close = next((k for k in range(end, min(sent_end, end + _MAX_BRACKETED))
                  if doc[k].text == ")"), None)
    if close is None:
        return end
    inside = [t for t in doc[end:close] if t.text != "("]
    if opened <= 0 and not all(t.is_upper or t.is_punct or t.pos_ == "PROPN" for t in inside):
        return end  # "( about 200 people )": no initials
    return close + 1


def whole_recipient(doc: Doc, target: Actor | None, m: Mention) -> Actor | None:
    """The recipient of the mention ``m`` with its words run on over the phrases that say
    which one it is (:func:`recipient_end`) and back over the place word whose "of" phrase
    names it; who it stands for stays as resolved."""
    text = doc_text(doc)
    if target is None or not target.text or target.char_start is None or \
            target.char_end is None or text[target.char_start:target.char_end] != target.text:
        return target  # (a party named by other words than those at its place)
    span = chars_span(doc, target.char_start, target.char_end)
    if span is None:
        return target
    kept = {m.trigger, *range(*m.trigger_span), *range(*(m.source or (0, 0)))}
    root = span.root  # an owner named with the thing owned ends at its head ("his plan")
    owned = thing(root) and any(c.dep_ == "poss" for c in root.children)
    end = span.end if owned else recipient_end(doc, span.start, span.end, kept)
    start = _named_place_start(doc, span.start, kept)
    if end == span.end and start == span.start:
        return target
    char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return replace(target, text=text[char_start:char_end], char_start=char_start,
                   char_end=char_end)


def _named_place_start(doc: Doc, start: int, kept_out: set[int]) -> int:
    """Where a recipient named in the "of" phrase of a place word starts: at that word's phrase,
    the place being the recipient's or named by it ("the rebel-held enclave of Eastern Ghouta",
    "the home of a farmer"), as an owner is named with the thing owned ("Trump's decision")."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 1].dep_ != "prep":
        return start
    place = doc[start - 1].head
    if place.i != start - 2 or not a_place(place) or place.ent_type_ or \
            any(k in kept_out for k in range(place.left_edge.i, start)):
        return start
    return place.left_edge.i
