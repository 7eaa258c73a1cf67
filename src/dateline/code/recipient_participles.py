"""A past participle the tagger reads as a past tense, and its phrase as a clause of its own.

"John Smith, the reporter taken hostage by the militia" is parsed as a clause whose subject is
"the reporter" and whose verb is "taken" in the past tense: the parse has the reporter take a
hostage. English past tenses never end in "-n" or "-ne" unless the verb's own stem does ("ran",
"began", "won"); "taken", "given", "shown", "done", "withdrawn" are participles. Such a verb
with no auxiliary is a passive set on the noun it follows: that noun is whom it befell, and the
object of its "by" phrase, if one names a party, is who did it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import doer_word

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["participle_form", "misread_participle"]

#: How a verb's own subject, auxiliary or second subject hangs on it.
_OWN = frozenset({"aux", "auxpass", "nsubjpass", "csubj", "expl"})
_ENDS = ("n", "ne")


def participle_form(verb: Token) -> bool:
    """Whether ``verb``, tagged as a past tense, has a form only a past participle has."""
    lower, lemma = verb.lower_, verb.lemma_.lower()
    return verb.tag_ == "VBD" and lower != lemma and lower.endswith(_ENDS) and \
        not lemma.endswith(_ENDS)


def misread_participle(verb: Token) -> tuple[Token | None, Token] | None:
    """The doer (``None`` when no "by" phrase names one) and the undergoer of a participle the
    parse reads as a past tense with its own subject (see the module's words), or ``None``."""
    if not participle_form(verb) or any(c.dep_ in _OWN for c in verb.children):
        return None
    undergoer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if undergoer is None or undergoer.pos_ not in ("NOUN", "PROPN"):
        return None
    doer = next((g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj" and doer_word(g)), None)
    return doer, undergoer
