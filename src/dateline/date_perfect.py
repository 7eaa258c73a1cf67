"""Stage ``date``: acts told as done before the clause they hang on, whose time is not that
clause's.

The past perfect ("had fled") and the perfect participle ("having fled") both tell an act done
before the time of the clause around them, by a span the text does not say: "Having surrendered
to the army last year, the commander urged his men to lay down their arms" dates the surrender
to last year, not the urging; and with no time of its own, "a nurse, having fled to the camp,
urged the fighters ..." tells a flight done before the urging, on no day the text gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aspect import past_perfect, perfect_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["told_before_its_clause"]


def told_before_its_clause(verb: Token) -> bool:
    """``verb``'s clause tells an act done before the clause it hangs on: a past perfect ("had
    fled") or a perfect participle ("having fled")."""
    return verb.pos_ in ("VERB", "AUX") and (past_perfect(verb) or perfect_participle(verb))
