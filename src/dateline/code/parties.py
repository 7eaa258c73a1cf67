"""Whether an event's parties make it a political event at all: talk and help between the
writer, the reader and people of private life ("I asked my father to translate", "the family
gathered to support their dad") is private life, and a thing of the mind does nothing ("the
perception that Assad is winning … backing"). The word classes say who is who."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..private_people import private_person as _private
from ..tokens import doc_span, span_root
from ..wordclasses import word_class
from .forces import armed, security_sector
from .mention import Mention
from .senses import abstract, of_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["political"]

_INTERPERSONAL = word_class("interpersonal_types")
_OFFICES = word_class("offices")
_BODIES = word_class("bodies")
_INERT = word_class("inert_nouns")


def _head(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    """The head word of a party's phrase, through "three of her sisters" to "sisters"."""
    if span is None:
        return None
    return of_head(span_root(doc, span[0], span[1]))


def _public(tok: Token) -> bool:
    """A party that makes an act political: a state, a group, an organisation, an office
    holder ("President Bush"), an armed or security body."""
    if tok.ent_type_ in ("ORG", "GPE", "NORP") or armed(tok) or security_sector(tok):
        return True
    return any(t.lemma_.lower() in _OFFICES or t.lemma_.lower() in _BODIES
               for t in tok.subtree if t.dep_ in ("compound", "amod", "appos") or t.i == tok.i)


def _public_source(doc: Doc, m: Mention) -> bool:
    """Whether any word of the source's phrase names a public party (:func:`_public`): asked
    only where a rule needs it (most mentions have an actor that is no thing of the mind), the
    same walk of the same words as before, so the same answer."""
    return m.source is not None and any(_public(t) for t in
                                        doc_span(doc, m.source[0], m.source[1]))


def political(doc: Doc, m: Mention) -> bool:
    """False for a mention that is no political event: its actor a thing of the mind, an act
    of talk or cooperation whose actor is a thing ("their mistakes offered glimpses"), or one
    whose parties are the writer, the reader or private people with no public party beside
    them."""
    source, target = _head(doc, m.source), _head(doc, m.target)
    if source is not None and abstract(source) and not _public_source(doc, m):
        return False  # (not "the image of the police", whose acts the police's are)
    if m.sense.event_type not in _INTERPERSONAL:
        return True
    if source is not None and not source.ent_type_ and source.lemma_.lower() in _INERT \
            and not _public_source(doc, m):
        return False  # "their mistakes offered glimpses", "the victory allowed them to attack"
    parties = [p for p in (source, target) if p is not None]
    return not (any(_private(p) for p in parties) and not any(_public(p) for p in parties))
