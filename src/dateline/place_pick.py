"""Which of several places a clause names is its event's: the one hung on the event's own
word, and for a border named by a pair of countries, the side the story is on.

:mod:`dateline.locate` asks these questions when an event's clause names more than one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .aspect import governing_verb
from .date_clauses import SAYING
from .deps import subjects
from .place_anaphora import staying
from .place_roles import PLACE_HEADS, head_of_list, said_at, telling_verb
from .tokens import lower_set, span_root
from .toponyms import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Place

__all__ = ["among", "border_pairs", "doer_at", "elsewhere", "hangs_on", "named_doer",
           "left_behind", "placed_by_deixis", "speech_venues", "told_as_before", "venue_doers"]

_VERBAL = frozenset({"VERB", "AUX"})
_HYPHENS = frozenset({"-", "–"})


def hangs_on(doc: Doc, t: Toponym, tok: Token) -> bool:
    """Whether the place phrase of ``t`` hangs on the event's word ``tok`` itself, or on the verb
    that governs it, with no other verb between: "not to take military action in Syria" (not
    the "letter signed … to Downing Street" the same clause names), "killed by an airstrike on a
    mosque in Al-Jinah"."""
    node = span_root(doc, t.start, t.end).head
    while node.i != tok.i and node.pos_ not in _VERBAL and node.head.i != node.i:
        node = node.head
    return node.i == tok.i or node.i == governing_verb(tok).i


def border_pairs(doc: Doc, places: Sequence[Toponym]) -> dict[int, Toponym]:
    """For each of two places joined by a hyphen ("the Syria-Iraq border", "the Turkey-Syria
    frontier"), the other one (by start token): the pair names a line between them, and an event
    near it is on one side."""
    out: dict[int, Toponym] = {}
    ordered = sorted(places, key=lambda p: p.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if second.start == first.end + 1 and doc[first.end].text in _HYPHENS \
                and not doc[first.end - 1].whitespace_ and not doc[first.end].whitespace_:
            out[first.start], out[second.start] = second, first
    return out


#: Links that leave the doer's own phrase for another clause's ("officials who visited Aleppo").
_OTHER_CLAUSE = frozenset({"relcl", "ccomp", "advcl", "conj", "parataxis"})


def doer_at(doc: Doc, t: Toponym, source: tuple[int, int]) -> bool:
    """The place is where the doer (tokens ``source``) is, named with it: "police in Canada",
    "a court in Istanbul", "the parliament in Kiev", "officials at the embassy in Baghdad",
    "was asked by officials in Mosul", "a statement issued by the delegation in Riyadh",
    "authorities in Syria's Kurdish region", "the minister, who is in Moscow for talks" (the
    place may follow the doer's own words, hang on a noun of its phrase or name what the
    phrase's place is part of, never hang on a relative clause save one saying where the doer
    is). A doer acts where it is when its clause names no other place; "its allies in
    Moscow" are a party (:func:`dateline.place_roles.is_actor_use`), "a man from Leeds" an
    origin."""
    root = head_of_list(doc, t)
    # (a part of the place: "authorities in Syria's Kurdish region", "officials in the north of
    # Syria")
    if root.dep_ == "poss" and root.head.lower_ in PLACE_HEADS:
        root = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_HEADS:
        root = root.head.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in ("in", "at") and staying(prep.head) \
            and source[0] <= prep.head.head.i < source[1]:
        return True  # "the minister, who is in Moscow for talks, condemned …"
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at") \
            or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if source[0] <= prep.head.i < source[1]:
        return True
    doer = doc[source[0]:source[1]].root
    node = prep.head
    while node.i != doer.i:
        if node.dep_ in _OTHER_CLAUSE or node.head.i == node.i:
            return False
        node = node.head
    return True


#: Prepositions that name a place of its own to an event said to be "elsewhere": "elsewhere in
#: the province".
_WITHIN = frozenset({"in", "across", "around", "near", "inside", "throughout"})


def elsewhere(tok: Token) -> bool:
    """Whether the event's word or its verb says it happened elsewhere than the places the text
    names ("when rebel groups elsewhere surrendered", "militants attacked checkpoints
    elsewhere"), naming no place of its own ("elsewhere in the province" names one)."""
    if "elsewhere" not in lower_set(tok.doc):
        return False  # (most texts: no word of the verbs is looked at)
    verbs = (tok, governing_verb(tok))
    marks = [c for v in verbs for c in v.children if c.dep_ == "advmod" and c.lower_ == "elsewhere"]
    own = [c for w in (*verbs, *marks) for c in w.children
           if c.dep_ == "prep" and c.lower_ in _WITHIN]
    return bool(marks) and not own


#: Verbs of leaving a place: what their doer does after is done elsewhere.
_LEAVING = frozenset({"flee", "leave", "escape", "quit", "abandon", "desert"})


def left_behind(doc: Doc, t: Toponym, tok: Token) -> bool:
    """The place is one a verb other than ``tok`` leaves ("she fled the US to join Isis",
    "escaped from Raqqa and was detained"): no scene for what is done after leaving it."""
    root = head_of_list(doc, t)
    if root.dep_ == "dobj":
        verb = root.head
        leaves = verb.lemma_.lower() in _LEAVING
    elif root.dep_ == "pobj" and root.head.lower_ == "from":
        # (a distance from it tells no leaving: "hit a school 300 metres from Hajin")
        verb, leaves = root.head.head, t.relation != "near"
    else:
        return False
    return leaves and verb.i != tok.i and verb.pos_ == "VERB"


#: Adverbs placing a deed by where its teller or doer is, not by a name: "arrested here",
#: "tried at home", "fought abroad".
_DEICTIC = frozenset({"here", "home", "abroad", "overseas"})


def placed_by_deixis(tok: Token) -> bool:
    """Whether the event's word is placed by an adverb of its own ("was arrested here"), so that
    a place the sentence names for another act ("flew to Syria, got back, and was detained
    here") is not its own."""
    return any(c.dep_ == "advmod" and c.lower_ in _DEICTIC for c in tok.children)


#: Verbs of speaking whose place is where the words were said: "spoke in Moscow", "told
#: reporters in Paris", "addressed the assembly in New York".
_SPEECH = SAYING | frozenset({"speak", "talk", "address", "brief"})


def speech_venues(doc: Doc, sent: Span, places: Sequence[Toponym]) -> list[Place]:
    """The places of ``sent`` (of ``places``) where its main verb, one of speaking, says the
    words were said ("The minister spoke in Moscow on Monday"): the venue of a speech, which
    is no scene for a deed the next sentence tells of ("Gunmen killed three soldiers")."""
    root = sent.root
    if root.lemma_.lower() not in _SPEECH:
        return []
    # ("she said from her base in the city of Qamishli")
    return [t.place for t in places if said_at(doc, t, root) or telling_verb(doc, t) == root]


#: Words opening a clause or phrase told as before its sentence's own occasion.
_BEFORE_IT = frozenset({"after", "since", "following"})


def told_as_before(tok: Token) -> bool:
    """Whether the event's word opens a clause or phrase told as earlier than the occasion its
    sentence tells ("is to hold talks in Ankara on Tuesday, after he placed conditions on the
    withdrawal", "since his warning"): where the doer is for that occasion, or the next
    sentence says it is ("Bolton is in Turkey"), is not where this was said or done."""
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _BEFORE_IT for c in tok.children)
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in _BEFORE_IT \
        and tok.head.head.i != tok.head.i


def named_doer(doc: Doc, source: tuple[int, int] | None) -> bool:
    """Whether the doer's words (token offsets ``source``) name it by a noun ("the prince"),
    not a pronoun ("it" after "the Kremlin")."""
    return source is not None and 0 <= source[0] < source[1] \
        and doc[source[0]:source[1]].root.pos_ in ("NOUN", "PROPN")


def venue_doers(doc: Doc, venue_tokens: Sequence[set[int]], placed: set[int]
                ) -> frozenset[str]:
    """The words of the names (lower case) of those who do what a venue holds ("John Bolton is
    expected to hold talks in Ankara": the subject of the talks' verb, or of the verb it
    completes): those who came to it. Words of place names (token offsets ``placed``: "Talks
    in Geneva ended") name no one."""
    out: set[str] = set()
    for tokens in venue_tokens:
        for i in tokens:
            for v in (doc[i], *list(doc[i].ancestors)[:2]):
                for c in subjects(v):
                    out.update(w.lower_ for w in c.subtree
                               if w.pos_ == "PROPN" and w.i not in placed)
    return frozenset(out)


def among(actor: object, names: frozenset[str]) -> bool:
    """Whether ``actor``'s words or canonical name share a name word with ``names``."""
    said = f"{getattr(actor, 'text', '') or ''} {getattr(actor, 'name', '') or ''}"
    return not names.isdisjoint(said.lower().replace(",", " ").split())
