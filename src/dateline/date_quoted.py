"""Stage ``date``, in quotations of several sentences: an act done by saying so, told in quoted
words whose reporting verb comes sentences later, is done when that saying was.

"“We ask Congress to act. And we will win,” Trump said": the request is made in the speech that
"Trump said" reports, as in "“We ask Congress to act,” Trump said"; so it has the time of that
saying, which may go on with a speech the text dates before the quotation ("In his address
last month Donald Trump announced … . “We ask …. …,” Trump said": last month). The saying is
the main verb of the sentence where the quotation closes, after its closing mark, in the same
paragraph, told in the past (:func:`dateline.date_clauses.spoken_by` finds it in the sentence
of the act itself); with no saying after it, the saying that opened the quotation, told in the
past before its opening mark ("The minister said on Monday: “The talks have failed. We demand
their release.”": Monday).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import date_clauses as clauses
from .aspect import clause_of, tense_of
from .date_speech import quotation_opened as opened
from .sentences import first_conjunct, in_quotation, quotation_closes

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .sentences import Sentences

__all__ = ["spoken_in"]

#: How many sentences on a quotation's reporting verb is looked for.
_QUOTE_SENTENCES = 4
_CLOSES = ("”", '"')
_OPENS = ("“", '"')


def spoken_in(tok: Token, event_type: str | None, sents: Sentences,
              construction: str | None = None) -> Token | None:
    """The reporting verb whose saying is the act ``tok`` tells (:func:`clauses.spoken_by`),
    in its own sentence or, for words quoted over several sentences, in the sentence where the
    quotation closes. An event noun read as the object of a light verb (``construction``
    ``light_verb``) tells its act by that verb: "“We make an urgent appeal”, "“We express our
    condolences”" are made as "“We appeal”" is, when the saying was."""
    if construction == "light_verb" and tok.pos_ in ("NOUN", "PROPN"):
        tok = clause_of(tok)
    saying = clauses.spoken_by(tok, event_type)
    if saying is not None or tok.pos_ != "VERB" or event_type not in clauses.SPOKEN_ACTS:
        return saying
    verb = first_conjunct(clause_of(tok))
    if verb.dep_ != "ROOT" or not clauses.told_in_present(verb, perfect=False) or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    text, k = sents.text, sents.index(tok.i)
    start, end = sents.start_chars[k], sents.end_chars[k]
    if not (in_quotation(text, start) or any(q in text[start:tok.idx] for q in _OPENS)):
        return None
    if "\n" in text[start:end] or not quotation_closes(text, tok.idx):
        return None
    for j in range(k, min(k + _QUOTE_SENTENCES, len(sents.spans))):
        a, b = sents.start_chars[j], sents.end_chars[j]
        if "\n" in text[start:a]:
            return None  # another paragraph
        close = max(text.rfind(q, a, b) for q in _CLOSES)
        if close < 0 or close < tok.idx:
            continue
        root = first_conjunct(sents.spans[j].root)
        if root.idx > close and root.lemma_.lower() in clauses.SAYING:
            return root if j > k and tense_of(root) == "past" else None
        break
    return _opened_by(sents, k, tok.idx)


def _opened_by(sents: Sentences, k: int, char: int) -> Token | None:
    """The reporting verb, told in the past before the opening mark, of the sentence where the
    quotation still open at sentence ``k`` was opened, in the same paragraph: "The minister
    said on Monday: “The talks have failed. We demand their release.”" (the demand, Monday)."""
    text = sents.text
    j = opened(text, sents.start_chars, k)
    a, b = sents.start_chars[j], sents.end_chars[j]
    if j == k or "\n" in text[a:char]:
        return None
    opening = max(text.rfind(q, a, b) for q in _OPENS)
    root = first_conjunct(sents.spans[j].root)
    return root if root.idx < opening and (
        root.lemma_.lower() in clauses.SAYING and tense_of(root) == "past") else None
