"""Sentences and clauses of a parsed document, shared by the stages that walk them (``locate``,
``date``, the pipeline)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .tokens import (doc_span, doc_text, entity_bounds, heads, memo_named, per_doc, per_token,
                     span_root, subtree, tags, words)
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["OPENING_MARKS", "Sentences", "chars_span", "event_token", "sentence_bounds",
           "sentence_of", "sentence_before_start", "sentence_ents", "doc_ents", "clause_tokens",
           "first_conjunct",
           "is_caseless", "governing_clauses", "aside", "continues_story", "same_section",
           "quoted_account", "quotation_closes", "wholly_quoted",
           "in_quotation", "QUOTE_MARKS", "sentence_starts", "back_to_scene", "goes_on",
           "sentence_spans", "sentences_held"]

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence bounds and text of a doc, found once: ``Token.sent`` walks the doc and
    ``Doc.text`` joins every token anew on each access."""

    starts: tuple[int, ...]  # token index of each sentence's first token
    ends: tuple[int, ...]
    start_chars: tuple[int, ...]
    end_chars: tuple[int, ...]
    spans: tuple[Span, ...] = ()
    text: str = ""

    @classmethod
    def of(cls, doc: Doc) -> Sentences:
        spans = sentence_spans(doc)
        return cls(tuple(s.start for s in spans), tuple(s.end for s in spans),
                   tuple(s.start_char for s in spans), tuple(s.end_char for s in spans), spans,
                   doc_text(doc))

    def index(self, token: int) -> int:
        return max(0, bisect_right(self.starts, token) - 1)

    def text_of(self, k: int) -> str:
        """The text of sentence ``k`` (what ``Span.text`` gives, without making its tokens)."""
        return self.text[self.start_chars[k]:self.end_chars[k]]

    def bounds(self, token: int) -> tuple[int, int, int, int]:
        """(start, end, start_char, end_char) of the sentence holding ``token``."""
        k = self.index(token)
        return self.starts[k], self.ends[k], self.start_chars[k], self.end_chars[k]


@per_doc
def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """The token index of each sentence's first token, read once (from the sentences made
    once: ``Doc.sents`` scans the document's flags on each walk)."""
    return tuple(s.start for s in sentence_spans(doc))


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token ``i``: the bounds of
    ``doc[i].sent``, found without walking the doc (the sentences' starts are read once)."""
    starts = sentence_starts(doc)
    k = max(0, bisect_right(starts, i) - 1)
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def sentence_before_start(doc: Doc, i: int) -> int:
    """The first token index of the sentence before the one holding token ``i`` (of its own
    when it is the first): where a look back over a word's sentence and the one before begins."""
    start = sentence_bounds(doc, i)[0]
    return sentence_bounds(doc, start - 1)[0] if start else start


def sentence_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent``, from the sentences' starts read once."""
    start, end = sentence_bounds(doc, i)
    return doc_span(doc, start, end)


def sentence_spans(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)``, made once for the last document asked for: kept here, not in the
    document's memos, since a span ties the document to itself (as :func:`_spans`)."""
    global _LAST_SENTS
    last = _LAST_SENTS
    if last[0] is not doc:  # (one reference swapped: a thread never reads another's spans)
        last = _LAST_SENTS = (doc, tuple(doc.sents))
    return last[1]


#: The last document :func:`sentence_spans` made the sentences of, and those spans.
_LAST_SENTS: tuple[Doc | None, tuple[Span, ...]] = (None, ())


def _token_sent(tok: Token) -> Span:
    """``tok.sent`` as spaCy finds it (the same bounds), from the sentences made once: spaCy
    slices the document three times and scans the sentence's flags on every ``Token.sent``,
    which the stages ask for thousands of times a corpus."""
    doc = tok.doc
    return sentence_spans(doc)[max(0, bisect_right(sentence_starts(doc), tok.i) - 1)]


@contextmanager
def sentences_held(doc: Doc) -> Iterator[None]:
    """A stretch of work (one document's coding) in which ``Token.sent`` of ``doc`` reads the
    sentences found once (:func:`_token_sent`), unless the document has its own hook; the
    document is left as it was, and the spans are let go, when it ends."""
    global _LAST_SENTS
    hooks = doc.user_token_hooks
    own = "sent" not in hooks
    if own:
        hooks["sent"] = _token_sent
    try:
        yield
    finally:
        if own:
            hooks.pop("sent", None)
        if _LAST_SENTS[0] is doc:
            _LAST_SENTS = (None, ())


def sentence_ents(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities that lie wholly within tokens ``start:end`` (what ``doc[start:end].ents``
    gives), from the document's entities read once: ``Doc.ents`` builds every entity of the
    document on each access, and a sentence's ``ents`` asks for them all."""
    starts, ents = entity_bounds(doc)
    first = bisect_left(starts, start)
    last = first
    while last < len(ents) and ents[last][1] <= end:
        last += 1
    return list(_spans(doc)[first:last]) if last > first else []


def _spans(doc: Doc) -> tuple[Span, ...]:
    """The spans of the document's entities, made once for the last document asked for (its
    sentences' entities are asked for again and again, and each span made costs): kept here,
    not in the document's memos, since a span ties the document to itself."""
    global _LAST_SPANS
    last = _LAST_SPANS
    if last[0] is not doc:  # (one reference swapped: a thread never reads another's spans)
        from spacy.tokens import Span

        made = tuple(Span(doc, s, e, label=label, kb_id=kb_id, span_id=ent_id)
                     for s, e, label, kb_id, ent_id in entity_bounds(doc)[1])
        last = _LAST_SPANS = (doc, made)
    return last[1]


#: The last document :func:`_spans` made the entities of, and those spans.
_LAST_SPANS: tuple[Doc | None, tuple[Span, ...]] = (None, ())


def doc_ents(doc: Doc) -> list[Span]:
    """``doc.ents``, from the entities read once (:func:`sentence_ents`)."""
    return sentence_ents(doc, 0, len(doc))


def first_conjunct(tok: Token, pos: Collection[str] = ()) -> Token:
    """The first of the words coordinated with ``tok`` ("the US and the EU": "US"), which holds
    their place in the sentence; ``tok`` itself when it is not a conjunct. With ``pos``, only
    through words of those parts of speech ("killing" of "killing and wounding", for verbs)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and (not pos or tok.head.pos_ in pos):
        tok = tok.head
    return tok


@lru_cache(maxsize=8)  # asked by the place and time stages of the same document
def is_caseless(text: str) -> bool:
    """A text written all in lower (or upper) case, as some archives store it: capitals say
    nothing there about names."""
    sample = text[:5000]
    # the ASCII letters counted on bytes, the few others (runs of them joined) by the classes
    ascii_part = sample.encode("ascii", "ignore")
    rest = "".join(_NON_ASCII.findall(sample))
    letters = len(ascii_part.translate(None, _ASCII_NON_LETTERS)) + _LETTERS.subn("", rest)[1]
    upper = len(ascii_part.translate(None, _ASCII_NON_CAPITALS)) + _CAPITALS.subn("", rest)[1]
    return letters > 200 and (upper < 0.01 * letters or upper > 0.9 * letters)


_LETTERS = re.compile(r"[^\W\d_]")
_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_NON_CAPITALS = bytes(b for b in range(128) if not chr(b).isupper())


def _clause_head(tok: Token) -> Token:
    h = tok
    while h.dep_ not in _CLAUSE_DEPS and not (h.dep_ == "conj" and h.pos_ in ("VERB", "AUX")):
        if h.head.i == h.i:
            break
        h = h.head
    return h


@per_token  # the place and date of every event ask for it, and the clauses governing it
def clause_tokens(tok: Token) -> frozenset[int]:
    """Token indices of the clause of ``tok``, without the clauses embedded in it."""
    doc = tok.doc  # read from the arrays of the parse: no Token made for each word
    head = _clause_head(tok).i
    up = heads(doc)
    _, pos, deps, _ = tags(doc)
    path = {tok.i}
    a = tok.i
    while up[a] != a:
        a = up[a]
        path.add(a)
    below = subtree(doc, head)
    inside = set(below)
    for t in below:
        if t == head or t in path:
            continue
        dep = deps[t]
        if dep in _CLAUSE_DEPS or (dep == "conj" and pos[t] in ("VERB", "AUX")) or (
                dep == "acl" and up[t] not in path and deps[up[t]] not in _SUBJECTS):
            # ... nor what describes another thing than the event or its doer: "similar to the
            # one launched in Afrin", but "diplomats gathered in Munich warned"
            inside.difference_update(subtree(doc, t))
    return frozenset(inside)


#: Sentence openings that carry on the story of the sentence before.
_CONTINUES = re.compile(
    r"^\W*(?:he|she|they|it|his|her|their|its|there|then|later|afterwards|after\s+that|"
    r"the\s+(?:attack|attacks|raid|strike|strikes|incident|explosion|blast|bombing|fighting|"
    r"clashes|operation|assault|offensive|killing|killings|arrest|arrests|protest|protests|"
    r"victims?|men|gunmen|attackers|militants|group|city|town|village|area|camp|region)|"
    r"both|during|while\s+there|at\s+the\s+scene|shortly\s+(?:after|before)|"
    r"(?:(?:a|an|one|two|three|several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?)\s+"
    r"(?:earlier|later|after|before)|the\s+(?:next|following|previous)\s+(?:day|morning|night)|"
    r"the\s+day\s+(?:before|after))\b", re.IGNORECASE)
#: Words anywhere in a sentence that point back at the place before: "in the same district".
#: ... or at the event told before: "five others were wounded in the attack".
_SAME_PLACE = re.compile(r"\b(?:(?:the\s+same|that|this)\s+(?:district|town|city|village|area|"
                         r"province|region|neighbou?rhood|camp|street|place)|(?:in|during|by)\s+"
                         r"the\s+(?:attack|raid|blast|explosion|strike|bombing|ambush|clash|"
                         r"clashes|fighting|incident|shooting|assault))\b", re.IGNORECASE)


def governing_clauses(doc: Doc, tok: Token) -> list[frozenset[int]]:
    """Token sets of the clauses that govern ``tok``'s clause, nearest first."""
    out: list[frozenset[int]] = []
    head = _clause_head(tok)
    seen = {head.i}
    while head.head.i != head.i:
        head = _clause_head(head.head)
        if head.i in seen:
            break
        seen.add(head.i)
        out.append(clause_tokens(head))
    return out


def aside(doc: Doc, tok: Token, t_start: int) -> bool:
    """A name inside another clause's reported content or relative clause ("officials, who
    fled to Turkey, said"; "he said troops had raided Jenin" for the saying): not ``tok``'s."""
    path = {a.i for a in tok.ancestors} | {tok.i}
    name = doc[t_start]
    for a in [name, *name.ancestors]:
        if a.i in path:
            return False
        if a.dep_ in ("relcl", "ccomp", "parataxis", "acl"):
            return True
    return False


_BLANK_LINE = re.compile(r"\n\s*\n")


def same_section(text: str, start: int, end: int) -> bool:
    """Whether no blank line (a new section or a new item) lies between two offsets."""
    return _BLANK_LINE.search(text, start, end) is None


#: A sentence opening on a definite noun phrase: "The boys were arrested".
_DEFINITE = re.compile(r"^\W*the\s+(?:\w+\s+){0,2}?(?P<noun>[a-z]{3,})\b(?=\s+(?:were|was|had|"
                       r"have|has|are|is|[a-z]+ed)\b)", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked by the place and time stages of the same sentences
def continues_story(sentence: str, before: str | None = None) -> bool:
    """Whether a sentence carries on the story of the one before ("They then arrested …");
    given the sentence before, also when it opens on a definite noun that one named ("… when
    a group of boys spray-painted a wall. The boys were arrested")."""
    if _CONTINUES.match(sentence) or _SAME_PLACE.search(sentence):
        return True
    m = _DEFINITE.match(sentence) if before else None
    if m is None or before is None:
        return False
    noun = m.group("noun").lower()
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return re.search(rf"\b{re.escape(stem)}s?\b", before, re.IGNORECASE) is not None


_OPENS = ("\u201c", "\u00ab")
#: Every mark that opens a quotation, curly, guillemet or straight.
OPENING_MARKS = (*_OPENS, '"')
_CLOSES = ("\u201d", "\u00bb")
#: Every mark that opens or closes a quotation, curly, guillemet or straight.
QUOTE_MARKS = (*_OPENS, *_CLOSES, '"')


def in_quotation(text: str, char: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at ``char``: the last
    curly mark before it opens one, or an odd number of straight marks lie before it."""
    start = text.rfind("\n", 0, char) + 1  # (no generators: asked for every token)
    last_open = max(text.rfind(_OPENS[0], start, char), text.rfind(_OPENS[1], start, char))
    last_close = max(text.rfind(_CLOSES[0], start, char), text.rfind(_CLOSES[1], start, char))
    return last_open > last_close or _straight_open(text, char, start)


def wholly_quoted(doc: Doc, start: int) -> bool:
    """Whether every word of the sentence that begins at token ``start`` is quoted; kept per
    sentence of a document (the text and the parse alone decide it, and each pronoun looking
    back over quotations asks again of the same sentences: the same answer as read anew)."""
    memo = _wholly_quoted(doc)
    found = memo.get(start)
    if found is None:
        w, text = words(doc), doc_text(doc)  # the words read from arrays: no Token made
        at = [i for i in range(start, sentence_bounds(doc, start)[1]) if w.texts[i].isalpha()]
        found = memo[start] = bool(at) and all(in_quotation(text, w.starts[i]) for i in at)
    return found


_wholly_quoted = memo_named("wholly quoted sentences")


def _straight_open(text: str, char: int, start: int | None = None) -> bool:
    """Whether an odd number of straight quotation marks lie before ``char`` in its paragraph
    (which begins at ``start`` where the caller has found it)."""
    if start is None:
        start = text.rfind("\n", 0, char) + 1
    return text.count('"', start, char) % 2 == 1


def quotation_closes(text: str, char: int) -> bool:
    """Whether a closing quotation mark follows ``char`` before any mark opening another: a
    quotation left open where its paragraph ended (as multi-paragraph quotations are) holds
    no one account."""
    close = min((i for i in (text.find(q, char) for q in _CLOSES) if i >= 0), default=-1)
    reopen = min((i for i in (text.find(q, char + 1) for q in _OPENS) if i >= 0),
                 default=len(text))
    if 0 <= close < reopen:
        return True
    # a straight mark closes a quotation that an odd number of them opened in the paragraph
    end, mark = text.find("\n", char), text.find('"', char)
    return _straight_open(text, char) and 0 <= mark and (end < 0 or mark < end)


def quoted_account(text: str, before: tuple[int, int], sentence: tuple[int, int],
                   reports: bool) -> bool:
    """Whether a sentence (its character bounds) goes on with the account told in the one
    ``before`` it: both lie in one quotation ("“In September they stormed the town. Many people
    were killed,” he said"), or it opens a quotation right after a sentence that quotes or
    ``reports`` someone's words ("A resident said they came in September. “They burned the
    market.”")."""
    start, end = sentence
    if not same_section(text, before[0], start):
        return False
    if in_quotation(text, start):  # the quotation the sentence before is in goes on
        return True
    opens = text[start:end].lstrip()[:1] in (*_OPENS, '"')
    told = any(q in text[before[0]:before[1]] for q in QUOTE_MARKS)
    return opens and (told or reports)


def chars_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering the characters ``start``–``end`` (widened to whole tokens, at least
    one character), ``None`` where no token does."""
    found = _chars_bounds(doc, start, end)
    return None if found is None else doc_span(doc, *found)


def _chars_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token bounds of :func:`chars_span`, kept per document (three asks in four are of
    characters asked before: an event's trigger, by every stage after the rules)."""
    memo = _chars_memo(doc)
    key = (start, end)
    if key in memo:
        return memo[key]  # type: ignore[no-any-return]
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    found = memo[key] = (span.start, span.end) if span is not None and len(span) else None
    return found


_chars_memo = memo_named("chars spans")


def event_token(doc: Doc, event: object) -> Token | None:
    """The head token of an event's trigger (its ``char_start``–``char_end``)."""
    found = _chars_bounds(doc, event.char_start, event.char_end)  # type: ignore[attr-defined]
    return None if found is None else span_root(doc, *found)


#: A place phrase pointing back at a site named before, with no name of its own: "the battles
#: intensified in the city", "shelling resumed around the town", "three blasts hit the
#: compound": the place carries on, though the doer is new.
_SITES = "|".join(sorted(word_class("sites_named_before")))
_BACK_TO_SCENE = re.compile(
    rf"\b(?:in|at|inside|outside|near|around|across|into|throughout)\s+the\s+(?:{_SITES})\b"
    r"(?!\s+of\b)", re.I)


def back_to_scene(sentence: str) -> bool:
    """Whether a sentence's place phrase points back at a site named before ("at the
    compound", "in the city")."""
    return _BACK_TO_SCENE.search(sentence) is not None


_TOLL_VERBS = word_class("lethal") | word_class("injure")
#: Adverbs on a main verb that tell the next step of the story told before: "A bomber then blew
#: himself up".
_SEQUEL = frozenset({"then", "afterwards", "subsequently"})


def goes_on(sent: Span) -> bool:
    """Whether a sentence tells the next step of the story before it ("A bomber then blew
    himself up") or only counts its dead or hurt, by no one it names ("At least 41 people were
    killed and 90 others were injured", "Two policemen died"): the toll of what was told."""
    root = sent.root
    lemma = root.lemma_.lower()
    told = [c.dep_ for c in root.children]
    return any(c.dep_ == "advmod" and c.lower_ in _SEQUEL for c in root.children) or (
        lemma == "die" and "nsubj" in told) or (
        lemma in _TOLL_VERBS and "nsubjpass" in told and "agent" not in told)
