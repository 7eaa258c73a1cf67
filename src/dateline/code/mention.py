"""The coder's record: :class:`Mention`, an event found in a sentence, and its provenance name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .lexicon import Sense
from .recipient_tags import noun_read
from .roles import RELATIVE_PRONOUNS, np_span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Mention", "Construction", "RULESET", "CLAIM_SUFFIX", "BLAME_SUFFIX", "span_of"]


#: Provenance name of the rules in this package.
RULESET = "dateline.lexicon_coder.v2"

#: Added to the rule of an event whose actor is the one who claimed it ("the attack, which was
#: claimed by al-Shabaab", "… claimed responsibility for the attack" after it was reported).
CLAIM_SUFFIX = "+claim"
#: Added to the rule of an event whose actor others lay it on, not the actor itself ("officials
#: blamed the attack on al-Shabaab", "police said the group was behind the bombing"): an
#: allegation, which the actor may deny, not a claim.
BLAME_SUFFIX = "+blamed"


#: How a mention was read from the parse: an event verb; an event noun as the object of a light
#: verb ("carried out a raid"), named by its agent ("a raid by the army"), as the subject of a
#: victim verb ("an air strike killed"), as the patient of an act ("the arrest of"), claimed,
#: existential ("there was firing"), undergone ("placed under curfew"), in a relative clause or
#: alone; an agent on hand ("police
#: were deployed"); a generic security act ("action was taken"); a refusal ("will not release");
#: a stance told ("said it is skeptical of").
Construction = Literal[
    "verb", "light_verb", "light_verb_by", "noun_subject", "patient_of", "claimed", "on_strike",
    "under",
    "existential", "noun_relcl", "nominal", "on_hand", "generic_security_act", "refusal",
    "stance",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """An event found in a sentence, before actors, places and dates are resolved.

    Spans are ``(start, end)`` token indices into the doc (end exclusive); ``trigger`` is the
    token whose sentence holds the event.
    """

    trigger: int
    trigger_span: tuple[int, int]
    sense: Sense
    status: str
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    fatalities: int | None
    injuries: int | None
    rule: str
    #: the construction the event was read from; ``rule`` is its provenance name for users
    construction: Construction
    confidence: float = 1.0
    #: COP or MIL when the source phrase names police or armed forces ("police commissioner
    #: R. Maria"); fills the actor's sector when the dictionary gives none.
    source_sector: str | None = None
    #: the place of this reading among the coordinated parties of one act ("X and Y attacked
    #: Z": 0 for X, 1 for Y); 0 for an act of one party
    conjunct: int = 0
    #: what the act was done to when a party other than its own recipient took the recipient's
    #: place ("told Pakistan to arrest the militants": the militants, the demand put to Pakistan)
    acted_on: tuple[int, int] | None = None

    def by_doer(self, words: tuple[int, int]) -> bool:
        """Whether ``words`` (token offsets) start inside the doer's words, or the doer's start
        inside them: the act's own doer, which is never its recipient too."""
        return self.source is not None and (self.source[0] <= words[0] < self.source[1]
                                            or words[0] <= self.source[0] < words[1])


def span_of(tok: Token | None) -> tuple[int, int] | None:
    if tok is None or tok.pos_ in ("VERB", "AUX") and not noun_read(tok) or \
            tok.lower_ in RELATIVE_PRONOUNS:  # (but "the White House readout": a noun)
        return None
    return np_span(tok)
