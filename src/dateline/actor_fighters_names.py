"""The mentions of a person's name in a document, for :mod:`dateline.actor_fighters`: read
once per document into look-ups by word, so that asking for each actor's name costs the
mentions of that name, not the length of the document."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .full_names import name_words
from .sentences import doc_ents
from .tokens import doc_memo, per_doc, tags
from .tokens import words as token_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["name_tokens"]


class _Names(NamedTuple):
    """A document's PERSON names: each name's head and words, the names by word, the full
    names (two words or more) by surname, and the lone words of a name by their text."""
    heads: tuple[tuple[int, tuple[str, ...]], ...]
    by_word: dict[str, tuple[int, ...]]
    full_by_surname: dict[str, frozenset[tuple[str, ...]]]
    lone: dict[str, tuple[int, ...]]


@per_doc
def _names(doc: Doc) -> _Names:
    heads = []
    by_word: dict[str, list[int]] = {}
    full: dict[str, set[tuple[str, ...]]] = {}
    for ent in doc_ents(doc):
        words = name_words(ent) if ent.label_ == "PERSON" else ()
        if not words:
            continue
        for w in set(words):
            by_word.setdefault(w, []).append(len(heads))
        heads.append((ent.root.i, words))
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(words)
    lone: dict[str, list[int]] = {}
    said, tagged = token_words(doc), tags(doc)  # (read as arrays: no token made per word)
    for i, text in enumerate(said.texts):  # a surname alone, whatever entity the parse tags it
        if (tagged.pos[i] == "PROPN" or text.istitle()) and \
                tagged.deps[i] not in ("compound", "flat") and text.isalpha():
            lone.setdefault(said.lowers[i], []).append(i)  # ("Campbell" as an ORG)
    return _Names(tuple(heads), {w: tuple(ks) for w, ks in by_word.items()},
                  {w: frozenset(ns) for w, ns in full.items()},
                  {w: tuple(ks) for w, ks in lone.items()})


def name_tokens(doc: Doc, words: tuple[str, ...]) -> tuple[int, ...]:
    """The heads of the document's mentions of the person named by folded ``words``: the
    PERSON names holding its words or held by them ("Campbell" of "Anna Campbell"), and its
    surname alone; when the document names more than one person by the surname ("Anna
    Campbell" and her father "Dirk Campbell"), only the full names that hold all of ``words``."""
    if not words:
        return ()
    memo = doc_memo(doc, "actor_fighters_names.name_tokens")
    found = memo.get(words)
    if found is None:
        found = memo[words] = _name_tokens(_names(doc), words)
    return found


def _name_tokens(names: _Names, words: tuple[str, ...]) -> tuple[int, ...]:
    own = set(words)
    bearers = set(names.full_by_surname.get(words[-1], ()))
    if len(words) > 1:
        bearers.add(words)
    one = len(bearers) <= 1
    candidates = sorted({k for w in own for k in names.by_word.get(w, ())})
    out = []
    for k in candidates:
        head, theirs = names.heads[k]
        held = set(theirs)
        if own <= held and (one or len(words) > 1) or held <= own and one:
            # not "Campbell" alone when two people bear it
            out.append(head)
    if one:
        seen = set(out)
        out += [i for i in names.lone.get(words[-1], ()) if i not in seen]
    return tuple(out)
