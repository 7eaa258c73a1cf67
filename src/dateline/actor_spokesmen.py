"""A spokesman speaks for the body a "for" phrase names: "a spokesman for the Russian defence
ministry said", "a spokeswoman for the SDF denied": the words are the body's, and so is the
act they say it does. Fighters "from" or "of" a named group act as the group ("fighters from the
SDF stormed the village"). A lawyer acts in a client's name: "the lawyer for X", "X's lawyer"
called for ... is X's side speaking, a private party when X is a person, not the state's
judiciary (a lawyer is no court)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.words import agent_words
from .deps import prep_object
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["spoken_for"]

#: Words for the fighters or members of a group ("fighters from the SDF").
_MEMBERS = word_class("group_member_nouns")

#: Words for one who speaks for a body ("spokesman", "spokesperson"), of those who speak or
#: act for one (``speaks_for_nouns``).
_SPOKESPEOPLE = word_class("spokespeople")
#: Words for one who acts at law in a client's name.
_COUNSEL = word_class("counsel_nouns")


def spoken_for(head: Token) -> Token | None:
    """The body a spokesperson's "for" phrase names (a name, a country or a body word), or
    ``None``; not a cause or a matter ("a spokesman for peace"); the group a "from" or "of"
    phrase of its fighters names, when the actor dictionary knows it as a group."""
    if head.lemma_.lower() in _MEMBERS and head.pos_ == "NOUN":
        return _group_of(head)
    if head.lower_ in _COUNSEL and head.pos_ == "NOUN":
        return _client_of(head)
    if head.lower_ not in _SPOKESPEOPLE and head.lemma_.lower() not in _SPOKESPEOPLE:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            body = prep_object(child)
            if body is not None and (body.ent_type_ in ("ORG", "GPE", "NORP") or
                                     agent_words().get(body.lemma_.lower()) not in (None, "CVL")):
                return body
    return None


def _group_of(head: Token) -> Token | None:
    """The known group a "from" or "of" phrase of ``head`` names ("fighters from the SDF")."""
    from .actor_dictionary import load_dictionary, not_initials

    groups = load_dictionary().organisations
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
            group = prep_object(child)
            if group is not None and group.pos_ == "PROPN" and group.lower_ in groups and \
                    not not_initials(group.lower_, group.text):
                return group
    return None


def _client_of(head: Token) -> Token | None:
    """The person a lawyer acts for, named by a "for" or "of" phrase or a possessor ("the
    lawyer for Ana Diaz", "Diaz's lawyer"); ``None`` for a state's or a body's lawyers ("a
    lawyer for the government") and where no person is named."""
    clients = [c for c in head.children if c.dep_ == "poss"] + [
        o for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
        and (o := prep_object(c)) is not None]
    return next((c for c in clients if c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
