"""Stage ``date``, across a speech: an act done by speaking, told in the simple past by the speaker
of a speech the text dates just before, is said in that speech.

"Speaking in Ankara on Monday, the minister said the talks had failed. He accused the envoy of
bias and urged the council to act": the accusing and the urging are what the minister said on
Monday, one happening told over two sentences; a reader gives them Monday, not the article's
date. :mod:`dateline.date` already carries a speech's time to a reporting verb that goes on with
it ("He added …", :func:`dateline.date_clauses.goes_on_speaking`); an act done by speaking goes on
with it the same way: a verb of a speech act (word class ``spoken_acts``) whose every reading
in the verb lexicon is an event of words (:func:`dateline.plover_json.verbal_type`: accusing,
urging, denouncing, vowing, welcoming; not suing, signing or inspecting, deeds the lexicon
codes as words too), but not a meeting or a visit (``CONSULT``: done in person, not in the
speech told), and told outside quotation marks (in the speaker's own words, "they urged" tells
what others did).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .datafiles import per_overlay
from .doc_once import parsed_text
from .sentences import in_quotation
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["spoken_act"]

#: Verbal event types not done by speaking: a meeting, a visit, a consultation.
_IN_PERSON = frozenset({"CONSULT"})


def spoken_act(verb: Token) -> bool:
    """``verb`` tells an act done by speaking: a verb of a speech act, every event reading of
    whose lemma in the verb lexicon is of an event type of words, none of a meeting; told
    outside quotation marks (in a speaker's own words, "“They urged patience,” she said" tells
    what others did)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _spoken() and not in_quotation(
        parsed_text(verb.doc), verb.idx)


@per_overlay
def _spoken() -> frozenset[str]:
    """The verbs of speech acts that the lexicon reads only as events of words."""
    from .code.lexicon import NOT_AN_EVENT, load_lexicon  # (the coder's package, loaded late)
    from .plover_json import verbal_type

    acts = word_class("spoken_acts")
    spoken = set()
    for lemma, senses in load_lexicon().verbs.items():
        if lemma not in acts:
            continue
        types = {s.event_type for s in senses} - {NOT_AN_EVENT}
        if types and all(verbal_type(t) and t not in _IN_PERSON for t in types):
            spoken.add(lemma)
    return frozenset(spoken)
