"""Stage ``date``: acts the text tells as background to what it says now, at a time it does not
give: done before the report, so not of the report's day (:mod:`dateline.date_before`).

* What an account tells: "the former hostage told reporters how his captors beat him", "she
  described how soldiers had burned the village" (what someone tells of how things happened is
  done before the telling, as what someone remembers is);
* what a clause in the past tells of a party or a thing of a statement told in the present:
  "he is making the mistake he blamed his rival for", "it is the town the army shelled" (a
  description of what is now, by what was done before it); not in the article's first sentence,
  whose news a clause may tell ("A man who stabbed three people has been arrested").

An act told so that the text dates keeps its date: only acts dated by the publication date alone
are undated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import clause_of, simple_past
from .date_clauses import told_in_present

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["recounted", "described_before_now", "told_as_background"]

#: Verbs whose complement opened by "how" is an account of what happened.
_ACCOUNTS = frozenset({"tell", "describe", "recount", "explain", "relate", "detail", "narrate"})


def told_as_background(tok: Token) -> bool:
    """``tok``'s act is told as background: in an account (:func:`recounted`) or in a past
    description within a statement of now (:func:`described_before_now`)."""
    return recounted(tok) or described_before_now(tok)


def recounted(tok: Token) -> bool:
    """The act is in the past, in what a "how" clause of a verb of telling recounts: "told me
    how gunmen had broken into his farm and beaten him" (not "told reporters that troops
    attacked on Monday", nor "describes how they are treated")."""
    verb = clause_of(tok)
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    for a in (verb, *verb.ancestors):
        if a.dep_ == "ccomp" and a.head.lemma_.lower() in _ACCOUNTS and any(
                c.lower_ == "how" and c.i < a.i for c in a.children):
            return True
    return False


def described_before_now(tok: Token) -> bool:
    """The act is told in the simple past in a clause describing a party or a thing of a clause
    told in the present, past the article's first sentence: "he is committing the same blunder
    he blamed Obama for"."""
    verb = clause_of(tok)
    if tok.sent.start == 0 or verb.dep_ not in ("relcl", "acl") or not simple_past(verb):
        return False
    main = clause_of(verb.head)
    return main.i != verb.i and main.pos_ in ("VERB", "AUX") and told_in_present(main)
