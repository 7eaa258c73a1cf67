"""The speaker of a participle of saying that opens a sentence: the main clause's subject.

In plain grammar a participial clause set off by a comma before the main clause has no subject
of its own and takes the main clause's: "Insisting the country is essential to Europe's
security, he said ..." (he insists), "Arguing the vote was flawed, the party appealed" (the
party argues). Verbs of saying take a clause, not a party, for their object, so the noun after
"insisting" is the subject of that clause; the parse often reads the opening words instead as a
gerund subject ("[Insisting Turkey] is essential"), which leaves the act with no doer. Only
verbs of saying that take no noun for their object are read so: "Defending the city is
essential, he said" and "Recalling the ambassador would be a mistake, he said" keep their
gerund subjects, since "defend" and "recall" take a party for their object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deps import SUBJECTS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["opening_speaker"]

#: Verbs of saying whose object is what is said, a clause ("insisting (that) X is ..."), and
#: never a party or a thing: "recalling", "declaring" or "announcing" may take a noun for their
#: object ("Recalling the ambassador would be a mistake, he said" keeps its gerund subject).
_SAYING = frozenset({"insist", "argue", "contend", "suggest", "stress", "maintain", "assert",
                     "affirm", "say", "add", "note", "explain"})
#: Words a sentence may open with before its first word ("“Insisting ...").
_OPENING_MARKS = frozenset({"“", '"', "‘", "'", "(", "-", "—", "–"})


def opening_speaker(verb: Token, subject_of: Callable[[Token], Token | None]) -> Token | None:
    """The subject of the main clause after a sentence-opening gerund of saying ``verb``, which
    the parse hung inside the said clause ("Insisting X is essential ..., he said": he);
    ``None`` when ``verb`` is no such word or the main clause names no subject after a comma."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _SAYING or \
            any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    sent = verb.sent
    if any(t.lower_ not in _OPENING_MARKS for t in verb.doc[sent.start:verb.i]):
        return None  # not the sentence's opening words
    main = sent.root
    if main.pos_ != "VERB" or main.i <= verb.i:
        return None
    subj = next((c for c in main.children if c.dep_ in SUBJECTS and c.i > verb.i), None)
    if subj is None or verb.doc[subj.left_edge.i - 1].text != "," or \
            any(a.i == subj.i for a in verb.ancestors):
        return None  # the subject follows the opening clause and its comma; not its own part
    return subject_of(main)
