"""Crossings of the real-event model's features (``dateline/realness.py``), each stated from
what makes an event real: a particular act by a party, at a time, told as having happened.

Each crossing reads two of the features an event already has and names their pair, so the
model can weigh the pair apart from its parts:

- ``mood``: the status the rules gave with the sentence's mood (a question, a conditional, a
  modal on the trigger): an act told as done inside an "if" is not told as done;
- ``doer``: whether the doer is a named party (resolved to a country, named, a description, a
  pronoun, none) with the event's type: an attack by "they" and one by a named army differ;
- ``tally``: a count or a habit reading (a running total, "every", a habitual adverb, a
  quantified subject) with the event's type: a tally of strikes is no strike;
- ``sense``: the kind of the trigger's object with the status: one charges a person, not a phone;
- ``quote``: an event inside a quotation with its type: a quoted accusation is said, a quoted
  assault may be opinion;
- ``date``: the date's precision with its source: a day read from the text and the report's
  own day are not alike.

:data:`CROSSINGS` names them; :func:`crossed` gives the features of the crossings asked for.
``realness_trials.py`` adds them to the features the shipped model reads, to see whether the
model reads better with them (``src/dateline/data/model/REALNESS_CARD.md`` says which did and
why the model shipped reads none of them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["CROSSINGS", "crossed"]


def _value(feats: set[str], prefix: str, default: str = "-") -> str:
    return next((f[len(prefix):] for f in feats if f.startswith(prefix)), default)


def _doer(feats: set[str]) -> str:
    if "src:pronoun" in feats:
        return "pronoun"
    return _value(feats, "src:")


def _mood(feats: set[str]) -> set[str]:
    status = _value(feats, "status:")
    moods = {f for f in feats if f in ("question", "sent_if")}
    moods.update(f for f in feats if f.startswith(("aux:", "govaux:")))
    return {f"xmood:{status}/{m}" for m in moods} or {f"xmood:{status}/plain"}


_TALLY = ("cum:", "tclass:habitual", "tclass:iterative", "near:habitual", "near:iterative",
          "near:many_counts", "near:quantifiers", "sent:habitual", "sent:iterative")


def _tally(feats: set[str]) -> set[str]:
    etype = _value(feats, "type:")
    kinds = {f.split(":")[0] + ":" + f.split(":")[1].split("/")[0] for f in feats
             if f.startswith(_TALLY)}
    return {f"xtally:{etype}/{k}" for k in kinds}


def _sense(feats: set[str]) -> set[str]:
    kind = next((f[5:] for f in feats if f.startswith("objk:") and "/" not in f), None)
    return set() if kind is None else {f"xsense:{_value(feats, 'status:')}/{kind}"}


def _quote(feats: set[str]) -> set[str]:
    if not feats & {"quoted", "quote_start"}:
        return set()
    return {f"xquote:{_value(feats, 'type:')}", f"xquote:{_value(feats, 'genre:')}"}


CROSSINGS: dict[str, Callable[[set[str]], set[str]]] = {
    "mood": _mood,
    "doer": lambda f: {f"xdoer:{_value(f, 'type:')}/{_doer(f)}"},
    "tally": _tally,
    "sense": _sense,
    "quote": _quote,
    "date": lambda f: {f"xdate:{_value(f, 'date:')}/{_value(f, 'dprec:')}"},
}


def crossed(feats: set[str], names: Iterable[str]) -> set[str]:
    """The features of the crossings ``names`` (of :data:`CROSSINGS`) of an event's ``feats``."""
    out: set[str] = set()
    for name in names:
        out |= CROSSINGS[name](feats)
    return out
