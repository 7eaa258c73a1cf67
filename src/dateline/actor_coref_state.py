"""The state "the government" or "the ministry" stands for when the text has just told of one
state's acts: "Turkey launched an offensive in Afrin. The government said ..." is
Turkey's government, though the report is about another country.

Only where it is safe: the parties of the sentence before the description's that act for a
state (its government, forces or police, said with their country: "Turkey", "Turkish
troops", "the Turkish president, Recep Tayyip Erdogan") are all of one country. A state named
only as a place ("fled to Syria") is no such party; a country an actor has only from the
report's context says nothing of which state is meant. Only for the subject of its clause: a
government acted on is the one its counterpart's words say ("the shadow chancellor accused the
government": the chancellor's own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Actor
from .sectors import STATE_FAMILY
from .sentences import sentence_bounds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc

    from .coref import Antecedents

__all__ = ["OTHER_GOVERNMENTS", "STATE_DESCRIPTIONS", "state_meant"]

#: Heads of descriptions of a state's own government ("the regime" is most often the one a
#: report is about, whoever acted last).
STATE_DESCRIPTIONS = frozenset({"government", "ministry"})
#: Words that make a description another government than the one in office ("the deposed
#: government", "a future government").
OTHER_GOVERNMENTS = frozenset({"deposed", "former", "previous", "new", "interim", "transitional",
                               "ousted", "exiled", "rival", "provisional", "old", "future",
                               "incoming", "outgoing", "caretaker", "next", "parallel",
                               "opposition", "shadow", "unity", "military", "puppet"})
#: How an actor's country was found when it says nothing of whose the actor is.
_CONTEXT = frozenset({"document focus", "sentence focus", "event place", "place held",
                      "place struck"})
#: Prepositions of a place gone to, come from or in ("fled to Turkey"), which is no party.
_PLACE_PREPS = frozenset({"to", "in", "into", "from", "at", "across", "near", "towards",
                          "toward", "inside", "through", "within"})


def state_meant(antecedents: Antecedents, doc: Doc, at: int,
                country_names: Mapping[str, str]) -> Actor | None:
    """The government of the one state whose parties act in the sentence before the one of
    token ``at``, or ``None`` when they act for none or several, or when a party of another
    state acts in its own sentence before it ("Russia proposed the exit, but the government
    ...": another government)."""
    antecedents.add_names(at)
    own = sentence_bounds(doc, at)[0]
    if not own:
        return None
    before = sentence_bounds(doc, own - 1)[0]
    told = [s for s in sorted(antecedents.seen, key=lambda s: s.at) if before <= s.at < at and
            s.actor.sector in STATE_FAMILY and s.actor.country not in (None, "IGO") and
            s.actor.country_from not in _CONTEXT and not _a_place(doc, s.at, s.actor)]
    parties = [s.actor for s in told if s.at < own]
    if not parties or len({s.actor.country for s in told}) != 1:
        return None
    last = parties[-1]
    iso = last.country or ""
    name = f"{country_names.get(iso, iso)} government"
    return Actor(text=last.antecedent or last.text, name=name, country=iso, sector="GOV")


def _a_place(doc: Doc, at: int, actor: Actor) -> bool:
    """Whether the words of ``actor`` (from token ``at``) are a place in its sentence."""
    words = doc[at:min(len(doc), at + max(1, len(actor.text.split())))]
    root = words.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS
