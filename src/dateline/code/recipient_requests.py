"""The parties of a request turned down in the passive, with no doer named.

"Their appeals to the British government were ignored", "her plea to the court was rejected":
the one a request is made to is the one who turns it down or ignores it (the doer the passive
leaves out), and the one who made it (its owner: "their", "her", "the family's") is whom
the act of turning down is aimed at, not the addressee the request's "to" phrase names. The
owner is whom it is aimed at when a "by" phrase names the doer too ("her plea was rejected by
the court").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from .lexicon import load_lexicon
from .words import is_when

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["asker", "asked"]

#: Nouns of asking someone for something ("an appeal", "a plea", "their request").
_REQUESTS = frozenset({"appeal", "plea", "request", "petition", "entreaty", "call"})
#: Event types of acts that turn down or ignore what they are asked.
_TURNING_DOWN = frozenset({"REJECT"})
#: How a passive's subject and doer hang on it.
_PASSIVE = frozenset({"nsubjpass", "csubjpass"})


def _request(verb: Token) -> Token | None:
    """The request noun that is the subject of a passive verb of turning down; ``None``
    otherwise."""
    if not any(s.event_type in _TURNING_DOWN
               for s in load_lexicon().verbs.get(verb.lemma_.lower(), ())):
        return None
    subj = next((c for c in verb.children if c.dep_ in _PASSIVE), None)
    if subj is None or subj.lemma_.lower() not in _REQUESTS:
        return None
    return subj


def asked(verb: Token, agent_of: Callable[[Token], Token | None]) -> Token | None:
    """The one a request turned down in the passive was made to ("appeals to the government
    were ignored": the government), who turns it down; ``None`` otherwise. ``agent_of`` reads
    the verb's "by" doer (:func:`dateline.code.roles.agent_of`, which imports this module)."""
    # (a doer named by "by" is the doer; "by Friday" names none)
    request = None if agent_of(verb) is not None else _request(verb)
    if request is None:
        return None
    return next((g for g in prep_objects(request, "to") if not is_when(g)), None)


def asker(verb: Token, agent_of: Callable[[Token], Token | None]) -> Token | None:
    """The one who made a request turned down in the passive, by its owner word ("their
    appeals", "the family's request"), when the request names whom it was made to or a "by"
    phrase names who turned it down ("her plea was rejected by the court"); ``None``
    otherwise."""
    request = _request(verb)
    if request is None or asked(verb, agent_of) is None and agent_of(verb) is None:
        return None
    return next((c for c in request.children if c.dep_ == "poss"), None)
