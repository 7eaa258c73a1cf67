"""A deed told first in a country and told again, next, in a town: the deed is in that town.

News tells its news twice: a lead that says what happened and in which country ("A soldier
was killed fighting in Syria"), then the sentences that say it again with where exactly ("He
died during an operation in Manbij"). The deed's place is where it happened; the lead's
country is true of it but says less than its own story does. So a deed whose own clause or
sentence places it only in a whole country, or that only the article's focus places in one,
takes the town that the next telling of the same
happening names in its own clause, when that town lies in the country:

* the same happening: a word of the same happening (:func:`dateline.date_story.happening_word`:
  "attacked" and "the attack"), or a death told by either of its words ("killed", "died"); a
  deed told as the time of another ("killed while fighting") is told again by either;
* the next telling: the first later one, within :data:`_REACH` sentences of the same section,
  told as done (not what only may happen), of the same party: its subject points back (a
  pronoun, a definite noun) or is named in the deed's sentence ("Holmes");
* no place for what only may happen, a tally over a span ("killed in Syria since 2014"), a
  noun's past or other happenings of the kind, nor for going into or out of the country.

The town is near the deed (precision 2) and ``carried``: the story names it for the deed,
another sentence does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import irrealis
from .date_story import Tellings, happening_word
from .deps import subject
from .place_focus import coarser
from .place_roles import MOTION, TERRITORIAL
from .place_telling import apart_from_the_story
from .place_within import whole_country
from .sentences import Sentences, same_section
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Place

__all__ = ["told_next"]

#: How many sentences after the deed's the next telling may be.
_REACH = 2
#: The words of a death, by whichever it is told ("killed", "died").
_DEATHS = word_class("deaths")
#: Subjects that point back at a party named before.
_BACK = frozenset({"he", "she", "they", "it", "the", "this", "these", "his", "her", "their"})


def told_next(trig: Token, place: Place | None, sents: Sentences, tellings: Tellings,
              place_of: Callable[[Token], tuple[Place | None, str | None]]) -> Place | None:
    """The town the next telling of ``trig``'s happening names in its own clause (``place_of``
    gives a telling's place and its source), for a deed its own words place only in a whole
    country (``place``), at precision 2; else ``None`` (see the module's rule)."""
    if place is None or not place.country or not whole_country(place) \
            or apart_from_the_story(trig) or trig.lemma_.lower() in MOTION | TERRITORIAL:
        return None
    k = sents.index(trig.i)
    later = _next_telling(trig, sents, tellings, k)
    if later is None or irrealis(later) or not _same_party(later, trig):
        return None
    town, source = place_of(later)
    if town is None or source != "clause" or town.country != place.country \
            or whole_country(town) or (town.precision or 3) >= 3:
        return None
    return coarser(town, 2)


def _next_telling(trig: Token, sents: Sentences, tellings: Tellings, k: int) -> Token | None:
    """The first telling of ``trig``'s happening in the next :data:`_REACH` sentences of its
    section, if any."""
    # (a deed told as the time of another, "killed while fighting", is told again by either)
    told = [trig, trig.head] if trig.dep_ == "advcl" else [trig]
    words = {happening_word(t) for t in told}
    death = any(t.lemma_.lower() in _DEATHS for t in told)
    for i in range(k + 1, min(k + 1 + _REACH, len(sents.spans))):
        if not same_section(sents.text, sents.start_chars[k], sents.start_chars[i]):
            return None
        for tok in sents.spans[i]:
            if tok.pos_ in ("VERB", "NOUN") and (happening_word(tok) in words or (
                    death and tok.lemma_.lower() in _DEATHS)):
                return tok
    return None


def _same_party(later: Token, trig: Token) -> bool:
    """The later telling is of a party the deed's sentence told of: its subject points back
    (a pronoun, a definite noun) or is a name the deed's sentence holds."""
    doer = subject(later) if later.pos_ == "VERB" else None
    if doer is None:
        return later.pos_ == "NOUN" and any(
            c.dep_ in ("det", "poss") and c.lower_ in _BACK for c in later.children)
    first = doer.left_edge
    if doer.lower_ in _BACK or first.lower_ in _BACK:
        return True
    names = {t.lower_ for t in trig.sent if t.pos_ == "PROPN"}
    return doer.pos_ == "PROPN" and doer.lower_ in names
