"""Strikes a story names with their doer in a noun phrase that tells no event of its own.

A report often says who makes a war's attacks in a phrase about them rather than in the
telling of one: "the assault was the latest in persistent attacks by an affiliate of Isis", "the
coalition's bombing campaign", "Turkish air strikes have pushed thousands from their homes".
Such a phrase is no event (it tells no one act, at no time), yet it names the side that makes
those attacks as plainly as a telling does. ``named_strikes`` gives these phrases, in the
sentences before an act, as acts the story told, for the lending of ``actor_attackers`` and
``actor_lent_kind``: an act of violence with no doer then takes that side as it would from an
act told with that doer.

A phrase counts when its head is a noun of assault in the lexicon, alone or joined to the
word before it ("air strike"), every sense of it an assault (not "strike", also a walkout);
when it is not an event's own word and not negated; and when its doer is named in it: the
party it is "by", or a name, a noun or a people owning or modifying it ("Isis's attacks",
"coalition air strikes", "Turkish strikes"), resolved to a named party of a known country
(not a pronoun: "its attacks").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .code.lexicon import load_lexicon
from .code.roles import np_span
from .tokens import heads, per_doc, tags, words

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

    from spacy.tokens import Doc, Token

    from .code.lexicon import Sense
    from .records import Actor
    from .sentences import Sentences
    from .tokens import Tags

__all__ = ["Named", "named_strikes"]

#: Entity kinds of a name modifying an act noun that tells its doer ("Turkish strikes").
_DOER_ENTS = frozenset({"NORP", "GPE", "ORG"})


@dataclass(frozen=True, slots=True)
class Named:
    """A strike a phrase names with its doer, as an act the story told (``actor_retold.Told``)."""

    at: int
    act: tuple[str, str]
    status: str
    mode: str | None
    source: Actor | None
    target: Actor | None = None


def named_strikes(doc: Doc, sents: Sentences, first: int, last: int, events: Collection[int],
                  resolve: Callable[[tuple[int, int]], Actor | None]) -> list[Named]:
    """The strikes named with their doer in sentences ``first`` to ``last`` (indices) whose
    word is no event's trigger (``events``), in text order."""
    acts = _assault_nouns(doc)
    found = []
    for k in range(max(first, 0), last + 1):
        span = sents.spans[k]
        at = bisect_left(acts, span.start)
        for i in acts[at:bisect_left(acts, span.end, at)]:
            if i in events:
                continue
            tok = doc[i]
            if _negated(tok):
                continue
            actor = next((a for w in _doer_words(tok)
                          if (a := resolve(np_span(w, with_conj=False))) is not None
                          and a.name and a.country), None)
            if actor is None:
                continue
            lemma, mode = _senses(doc, i)
            found.append(Named(i, (lemma, "ASSAULT"), "actual", mode, actor))
    return found


@per_doc
def _assault_nouns(doc: Doc) -> list[int]:
    """The indices, in text order, of the nouns whose every sense is an assault (alone or
    joined to a compound word before them, as :func:`_senses` reads them): the only words
    :func:`named_strikes` looks further at, found once per document from its arrays (the
    parse and the lexicon alone decide them)."""
    nouns, marks, lows, up = load_lexicon().nouns, tags(doc), words(doc).lowers, heads(doc)
    pos = marks.pos  # (the lexicon and the arrays fetched once, not for each noun)
    return [i for i in range(len(doc)) if pos[i] == "NOUN" and _read(nouns, marks, lows, up, i)]


def _senses(doc: Doc, i: int) -> tuple[str, str | None] | tuple[()]:
    """The lemma and mode of the first sense of word ``i`` when every sense of it in the
    lexicon is an assault, else ``()``; the word is read joined to a compound word before it
    ("air strike"), then by its lemma, then by its lower-case form."""
    return _read(load_lexicon().nouns, tags(doc), words(doc).lowers, heads(doc), i)


def _read(nouns: Mapping[str, tuple[Sense, ...]], marks: Tags, lows: Sequence[str],
          up: Sequence[int], i: int) -> tuple[str, str | None] | tuple[()]:
    """:func:`_senses` of word ``i`` from the lexicon's nouns and the document's arrays."""
    lemma = marks.lemmas[i]
    joined = lows[i - 1] + lemma if i and marks.deps[i - 1] == "compound" and \
        up[i - 1] == i else lemma
    senses = nouns.get(joined) or nouns.get(lemma) or nouns.get(lows[i])
    if not senses or any(s.event_type != "ASSAULT" for s in senses):
        return ()
    return senses[0].lemma, senses[0].mode


def _doer_words(noun: Token) -> Iterator[Token]:
    """The words that may name the party an act noun names as its doer: "by" X, X's, or a
    name, a noun or a people before it (a pronoun names none)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            yield from (o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"))
    for c in noun.children:
        if c.i < noun.i and (c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")
                             or c.dep_ == "amod" and c.ent_type_ in _DOER_ENTS):
            yield c


#: Verbs under which a phrase tells no strike done: one denied, feared or warned of.
_UNTOLD = frozenset({"deny", "dismiss", "refute", "reject", "warn", "fear", "threaten"})
#: Modals that make a strike only possible or to come ("Russian strikes could resume").
_MODALS = frozenset({"could", "may", "might", "would", "will", "should", "can", "must"})


def _negated(tok: Token) -> bool:
    """Whether the phrase, or a verb it hangs from, is negated ("no attacks by the army"),
    denied, feared or warned of ("Moscow denied that Russian air strikes had hit the town"),
    or only possible ("Russian air strikes could resume")."""
    for w in (tok, *tok.ancestors):
        if w.lemma_.lower() in _UNTOLD or any(
                c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" or
                c.dep_ == "aux" and c.lower_ in _MODALS for c in w.children):
            return True
    return False
