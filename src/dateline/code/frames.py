"""Status frames kept as data: the words that give an event a status other than "actual"
(control verbs, framing nouns, claim nouns, modal auxiliaries, subordinators of unreal clauses,
verbs of wishing and speculating, adverbs of hearsay and of hedging), read from
``dateline/data/lexicon/status_frames.tsv`` and validated on load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataFileError

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["StatusFrames", "load_frames", "read_frames", "STATUSES", "UNREAL"]

#: The statuses an event can have.
STATUSES = ("actual", "attempted", "failed", "threatened", "proposed", "demanded", "denied",
            "alleged", "negated")
#: What no one commits to (a hypothesis, a wish, speculation): not reported as an event at all.
UNREAL = "unreal"

_MOODS = ("demanded", "proposed", "possible")
_MARKS = ("conditional", "purpose")
_REACHES = ("control", "clause", "any", "passive", "gerund", "subjunctive")


def gerund_reached(reach: str, cur: Token) -> bool:
    """A "gerund" frame reaches an infinitive or a gerund after its preposition ("hinted at
    relaxing the ban"), not a noun there ("hinted at the killing", a deed alluded to)."""
    return reach == "gerund" and cur.dep_ == "prep" and any(
        c.dep_ == "pcomp" for c in cur.children)


def subjunctive_reached(reach: str, cur: Token) -> bool:
    """A "subjunctive" frame reaches a that-clause whose verb is in the bare form or takes
    "should" ("suggested that the two sides meet in Cairo", "that talks should resume"): a
    course put forward; not an indicative one ("suggests the army shelled the town", "suggested
    they are lying"), which tells what the speaker holds so."""
    if reach != "subjunctive" or cur.dep_ != "ccomp" or cur.pos_ != "VERB":
        return False
    auxes = [c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")]
    return auxes == ["should"] or not auxes and cur.tag_ in ("VB", "VBP")


@dataclass(frozen=True, slots=True)
class StatusFrames:
    #: control verb or adjective → (status, reach: control, clause, any or passive)
    verbs: dict[str, tuple[str, str]]
    #: noun framing an infinitive → status
    nouns: dict[str, str]
    #: nouns whose that-clause is a claim
    claims: frozenset[str]
    #: modal auxiliary → mood (demanded, proposed, possible)
    auxes: dict[str, str]
    #: subordinator → the kind of clause it opens (conditional, purpose)
    marks: dict[str, str]
    #: verbs and nouns whose complement is wished for, feared or guessed at, never reported
    unreal: frozenset[str]
    #: adverbs that pass an act on as others tell it ("reportedly", "allegedly")
    hearsay: frozenset[str] = frozenset()
    #: adjectives on an act's noun that tell its status ("a failed coup", "the planned raid")
    adjectives: dict[str, str] = field(default_factory=dict)
    #: adverbs that pass an act on as others tell it or tell it as likely, not as known
    #: (hearsay, "reportedly", and hedges, "likely", "probably"): either makes an act alleged
    passed_on: frozenset[str] = frozenset()

    def moods(self, tok_auxes: Sequence[str]) -> set[str]:
        """The moods a verb's auxiliaries give it."""
        return {self.auxes[a] for a in tok_auxes if a in self.auxes}


def read_frames(path: Path) -> StatusFrames:
    """Read and check a status-frame table (see the header of the bundled file)."""
    verbs: dict[str, tuple[str, str]] = {}
    nouns: dict[str, str] = {}
    claims: set[str] = set()
    auxes: dict[str, str] = {}
    marks: dict[str, str] = {}
    unreal: set[str] = set()
    hearsay: set[str] = set()
    adjectives: dict[str, str] = {}
    hedges: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        row = [c.strip() for c in line.split("\t")]
        where = f"{path.name} line {lineno}"
        if len(row) not in (3, 4) or not all(row[:3]):
            raise DataFileError(f"{where}: expected 'kind<TAB>word<TAB>status[<TAB>reach]'")
        kind, word, status = row[0], row[1].lower(), row[2]
        if (kind, word) in seen:
            raise DataFileError(f"{where}: {kind} {word!r} is listed twice")
        seen.add((kind, word))
        if len(row) == 4 and kind != "verb":
            raise DataFileError(f"{where}: only verb rows take a reach")
        if kind in ("verb", "noun", "adj") and status not in STATUSES:
            raise DataFileError(f"{where}: unknown status {status!r}; one of {', '.join(STATUSES)}")
        if kind == "verb":
            reach = row[3] if len(row) == 4 else "control"
            if reach not in _REACHES:
                raise DataFileError(f"{where}: reach must be one of {', '.join(_REACHES)}")
            verbs[word] = (status, reach)
        elif kind == "noun":
            nouns[word] = status
        elif kind == "claim":
            if status != "alleged":
                raise DataFileError(f"{where}: a claim noun's status is 'alleged'")
            claims.add(word)
        elif kind == "aux":
            if status not in _MOODS:
                raise DataFileError(f"{where}: an auxiliary's mood is one of {', '.join(_MOODS)}")
            auxes[word] = status
        elif kind == "mark":
            if status not in _MARKS:
                raise DataFileError(f"{where}: a subordinator opens one of {', '.join(_MARKS)}")
            marks[word] = status
        elif kind == "wish":
            if status != UNREAL:
                raise DataFileError(f"{where}: a wish row's status is {UNREAL!r}")
            unreal.add(word)
        elif kind in ("hearsay", "hedge"):
            if status != "alleged":
                raise DataFileError(f"{where}: a {kind} adverb's status is 'alleged'")
            (hearsay if kind == "hearsay" else hedges).add(word)
        elif kind == "adj":
            adjectives[word] = status
        else:
            raise DataFileError(f"{where}: unknown kind {kind!r}; one of verb, noun, claim, aux, "
                                "mark, wish, hearsay, hedge, adj")
    return StatusFrames(verbs, nouns, frozenset(claims), auxes, marks, frozenset(unreal),
                        frozenset(hearsay), adjectives, frozenset(hearsay | hedges))


@lru_cache(maxsize=1)
def load_frames() -> StatusFrames:
    """The bundled status frames."""
    return read_frames(Path(str(resources.files("dateline") / "data" / "lexicon"
                                / "status_frames.tsv")))
