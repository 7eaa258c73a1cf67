"""An apposition that names an alliance or international body a state belongs to is not who the
actor is: "Turkey, a Nato member, shelled Afrin" is Turkey's act, "Jordan, a member of the Arab
League" and "Hungary, an EU member state" speak for their states. Only a state's name is read
so: a person or a unit "a member of" a party, a council or a group acts for it ("Ali Khan, a
member of Hamas"), and a relation ("an ally of Iran", "rebel backer Turkey") is left as the
parse gives it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["belonging", "without_belonging"]

#: Heads of an apposition naming a body a state belongs to ("a member", "part of").
_BELONGING = word_class("belonging_nouns")
#: Heads that say membership with a compound "member" before them ("an EU member state").
_MEMBER_STATES = frozenset({"state", "states", "country", "countries", "nation", "nations"})


def _member_head(tok: Token) -> bool:
    """Whether ``tok`` heads a phrase of membership: "member", "part", "member state"."""
    lemma = tok.lemma_.lower()
    return lemma in _BELONGING or lemma in _MEMBER_STATES and any(
        c.dep_ == "compound" and c.lemma_.lower() in _BELONGING for c in tok.lefts)


def _a_state(tok: Token) -> bool:
    """Whether ``tok`` is a state's name (a place entity the model tags GPE, a proper noun)."""
    return tok.ent_type_ == "GPE" and tok.pos_ == "PROPN"


def _names_body(appos: Token) -> bool:
    """Whether the apposition's words name an organisation ("Nato", "the Arab League")."""
    return any(t.ent_type_ == "ORG" for t in appos.subtree)


def belonging(appos: Token) -> bool:
    """Whether an apposition to a state's name says it is a member of an alliance or body ("a
    Nato member", "part of the alliance", "an EU member state")."""
    return appos.dep_ == "appos" and _a_state(appos.head) and _member_head(appos) and \
        _names_body(appos)


def without_belonging(core: Span) -> Span:
    """``core`` up to an apposition to its head that names a body the state belongs to, without
    the comma before it; the state's name alone when it stands in apposition to such a noun
    ("a Nato member, Turkey"); ``core`` itself when it has neither."""
    root = core.root
    if _member_head(root) and _names_body(root):
        name = next((c for c in root.rights if c.dep_ == "appos" and _a_state(c)
                     and c.right_edge.i < core.end and not any(
                         d.dep_ in ("cc", "conj") for d in c.children)), None)
        if name is not None:
            return core.doc[name.left_edge.i:name.i + 1]
    appos = next((c for c in root.rights if c.i < core.end and belonging(c)), None)
    if appos is None or appos.left_edge.i <= core.start:
        return core
    end = appos.left_edge.i
    while end > core.start + 1 and core.doc[end - 1].is_punct:
        end -= 1
    return core.doc[core.start:end]
