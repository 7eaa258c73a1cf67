"""Who "they" stands for in a quotation, as the doer of an act of force the document's
coreference found no one for.

A speaker tells of their own side as "we"; the "they" of a quoted act of force ("“They hit
the hospital,” she said", "“They beat me,” she says") is the other side: a party named earlier
in the quotation, or just before it opened, in the narrative that introduces it ("as rebels
took control of the city. “... They hit the hospital.”", "to free her from captors. ...
“They beat me.”"); a quotation of one speaker broken by who says it ("“...,” she said. “...”")
is one. The pronoun stands for the nearest such party before it, from the sentence the
quotation opens in and the few before it (``BEFORE``; none where no mark of its own opens it),
that is:

- plural: a plural noun ("rebels", "captors"), a conjunction of parties ("the army and the
  militias"), or an organisation or force named as one ("Islamic State", "the army"); not a
  state named alone ("Turkey": "it"), nor one person;
- compatible with the act: an act of force (an assault, a coercion) is done by a state's
  forces or an armed party (its sector) or by those who hold captives (``captor_nouns``), never by
  civilians, a business or a person of no such kind;
- not excluded by the sentence: not the act's own recipient, not a party the speaker owns
  ("her unit", "our men": the speaker's own side), not one that holds the speaker ("Her
  mother and I": "we"), not the speaker's own body ("said a YPJ fighter", "said Ahmed, a YPG
  commander", "an army spokesman said": not the YPJ, the YPG, the army).

Other acts ("they gave in", "they urged patience") have no such test of who is able to do
them, and keep no doer: see :func:`dateline.actor_pronouns.unresolved_they`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_coref import COREF_NOUNS, np_of
from .actor_retold import who
from .code.speakers import quotation_speaker
from .sectors import FORCE_SECTORS
from .sentences import QUOTE_MARKS, in_quotation
from .tokens import doc_text
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from .code.mention import Mention
    from .records import Actor
    from .sentences import Sentences

__all__ = ["BEFORE", "quoted_they"]

#: How many sentences before the one a quotation opens in may name the party it tells of.
BEFORE = 2
#: How many sentences of one speaker's quotation, each opening with a quotation mark and told
#: with its speaker ("“...,” she said."), the quotation may run back over.
_SEGMENTS = 3
#: Acts of force, which only an armed party (or one holding captives) does.
_FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})
#: Sectors of parties able to do an act of force: a state's forces and armed groups'.
_ARMED = FORCE_SECTORS
#: Nouns of those who hold captives, whatever their group.
_CAPTORS = word_class("captor_nouns")
#: Possessives by which a speaker or another person owns a party ("her unit", "our men").
_OWNED = frozenset({"my", "our", "your", "his", "her"})
#: First-person pronouns: a conjunction holding one is the speaker's "we".
_FIRST = frozenset({"i", "me", "we", "us"})
#: Relations of a word that is part of another's phrase, not a phrase's head.
_NOT_HEAD = frozenset({"compound", "amod", "nmod", "poss", "conj", "appos", "nummod"})
#: Plural tags of a noun.
_PLURAL = frozenset({"NNS", "NNPS"})


def quoted_they(doc: Doc, sents: Sentences, m: Mention, doer: Actor, target: Actor | None,
                resolve: Callable[[tuple[int, int]], Actor | None]) -> Actor | None:
    """The party a quoted "they", ``m``'s doer, stands for (see the module), shown with the
    pronoun's words and the party's as its antecedent; ``None`` where none is safe."""
    if m.sense.event_type not in _FORCE_ACTS or doer.char_start is None:
        return None
    text = doc_text(doc)
    span = doc.char_span(doer.char_start, doer.char_end or doer.char_start + len(doer.text))
    if span is None or not in_quotation(text, doer.char_start):
        return None
    pron = span.root
    opening = _opening(doc, text, pron.i)
    if opening is None:  # no mark of its own ("said,“the"): where it opens is not known
        return None
    k = sents.index(opening)
    speaker = quotation_speaker(pron)
    for _ in range(_SEGMENTS):  # "“It was chaos,” she said. “They hit ...”": one quotation
        if k == 0 or sents.spans[k - 1][0].text not in QUOTE_MARKS or \
                not _same_speaker(speaker, sents.spans[k - 1]):
            break
        k -= 1
    first = sents.spans[max(0, k - BEFORE)].start
    ours = _speakers_side(speaker, resolve)
    for tok in reversed(doc[first:pron.i]):
        if not _plural_party(tok) or _owned_or_ours(tok):
            continue
        actor = resolve(_phrase(tok))
        captors = tok.lower_ in _CAPTORS
        if actor is not None and captors and not actor.name:
            actor = replace(actor, name=tok.lower_, sector="UAF")  # whose, the words do not say
        if actor is None or not (actor.name or actor.country or actor.sector):
            continue
        if target is not None and who(actor) == who(target) or _side(actor) & ours:
            continue  # the act's recipient, or the speaker's own side ("we")
        if actor.sector in _ARMED or captors:
            return replace(actor, text=doer.text, char_start=doer.char_start,
                           char_end=doer.char_end,
                           antecedent=actor.antecedent or actor.text,
                           country_from=actor.country_from or (
                               "antecedent" if actor.country else None))
    return None


def _same_speaker(speaker: Token | None, segment: Span) -> bool:
    """Whether the part of a quotation ``segment`` opens is spoken by ``speaker``: the same
    words say who speaks both ("“...,” a baker said. “...,” a teacher said": two)."""
    if speaker is None or len(segment) < 2:
        return False
    theirs = quotation_speaker(segment[1])
    return theirs is not None and (theirs.i == speaker.i or
                                   _words(theirs) == _words(speaker))


def _words(tok: Token) -> str:
    """The lower-cased words of the noun phrase ``tok`` heads."""
    start, end = np_of(tok)
    return tok.doc[start:end].text.lower()


def _speakers_side(speaker: Token | None, resolve: Callable[[tuple[int, int]], Actor | None]
                   ) -> frozenset[str]:
    """What names the side of ``speaker``, who speaks the quotation: the speaker, what they
    are said to be, and the body they are part of ("a YPJ fighter": the YPJ; "Ahmed Hassan, a
    YPG commander": the YPG; "an army spokesman": the army; "a member of the militia"),
    lower-cased."""
    if speaker is None:
        return frozenset()
    heads = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]
    spans = [np_of(t) for t in heads]
    for t in heads:
        for c in t.children:
            if c.dep_ == "compound":
                spans.append((c.left_edge.i, c.i + 1))
            elif c.dep_ == "prep" and c.lower_ == "of":
                spans.extend(np_of(o) for o in c.children if o.dep_ == "pobj")
    ours: frozenset[str] = frozenset()
    for words in spans:
        actor = resolve(words)
        if actor is not None:
            ours |= _side(actor)
    return ours


def _side(actor: Actor) -> frozenset[str]:
    """What names a party's side: the party and the body it is part of, lower-cased."""
    return frozenset(w for w in (who(actor), (actor.parent or "").lower()) if w)


def _opening(doc: Doc, text: str, at: int) -> int | None:
    """The token of the mark that opens the quotation token ``at`` lies in; ``None`` when no
    token is that mark alone (one glued to a word: "said,“the")."""
    for i in range(at - 1, -1, -1):
        tok = doc[i]
        if tok.text in QUOTE_MARKS and not in_quotation(text, tok.idx):
            return i
    return None


def _plural_party(tok: Token) -> bool:
    """Whether a word heads a phrase of more than one party: a plural noun, a conjunction, an
    organisation's name or a force's noun (not a state named alone, not one person)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in _NOT_HEAD:
        return False
    if tok.tag_ in _PLURAL:
        return True
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if conj:
        return not any(c.lower_ in _FIRST for c in conj)
    return tok.ent_type_ == "ORG" or (tok.pos_ == "NOUN" and tok.lower_ in COREF_NOUNS)


def _owned_or_ours(tok: Token) -> bool:
    """Whether a phrase is owned by a person ("her unit") or holds the speaker ("Anna and
    I")."""
    return any(c.dep_ == "poss" and c.lower_ in _OWNED for c in tok.children) or \
        any(c.lower_ in _FIRST for c in tok.subtree if c.dep_ == "conj")


def _phrase(tok: Token) -> tuple[int, int]:
    """The words of the phrase ``tok`` heads, without a clause that describes it."""
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "punct", "prep", "appos"):
            break
        end = c.right_edge.i + 1
    return tok.left_edge.i, end
