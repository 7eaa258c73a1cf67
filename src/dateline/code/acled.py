"""ACLED event and sub-event types from the event, its parties and its sentence.

The ACLED codebook defines each sub-type by who the parties are (state forces, rebels, militias,
rioters, protesters, civilians), whether both sides fight, the weapon, territory changing hands,
and a crowd and what is done to it. Those definitions are a decision table in
``dateline/data/acled/subtypes.tsv`` (the kinds of party in ``parties.tsv``, the words looked
for in ``cues.tsv``), read and validated once; this module only evaluates it.

ACLED records political violence, demonstrations and strategic developments, not disasters,
accidents or ordinary crime: :func:`not_political_violence` tells the coder which assaults are
none of its business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..datafiles import per_overlay, read_table, table_rows
from ..errors import DataFileError
from ..records import Actor
from ..sectors import PARTY_KINDS, load_sectors
from ..tokens import tags
from ..wordclasses import word_class
from .lexicon import ACLED_SUBTYPES, PLOVER_TYPES
from .type_weapons import WEAPON_CUES, tied_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["acled_types", "party_kind", "not_political_violence", "load_rules", "read_table",
           "SUBTYPE_TO_TYPE", "PARTY_KINDS"]

#: sub-event type → its ACLED event type (sub-types are unique across event types)
SUBTYPE_TO_TYPE: dict[str, str] = {sub: etype for etype, subs in ACLED_SUBTYPES.items()
                                   for sub in subs}
_ARMED = frozenset({"forces", "rebels", "militia"})
# communities that arm themselves (herders, hunters): an identity militia when they do the
# violence, civilians when it is done to them
_COMMUNAL = "communal"
_ALIASES = {"armed": _ARMED}
# a mode this general gives way to the one the table names ("fired tear gas": crowd-control)
_GENERAL_MODES = frozenset({None, "firearms", "demo"})
_REPORTED = frozenset({"actual", "attempted", "alleged"})
_ANY = None  # a column that holds for every value
_FIRED_WEAPONS = word_class("fired_weapons")  # "artillery fire" is no disaster


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the decision table; ``None`` in a condition means any value."""

    where: str  # the file and line it was read from
    plover: frozenset[str] | None
    mode: frozenset[str | None] | None
    lexicon: frozenset[str | None] | None
    source: frozenset[str] | None
    target: frozenset[str] | None
    cues: tuple[tuple[str, bool], ...]  # (cue set, must be present)
    fatal: bool | None
    sub_event_type: str | None  # "=": the lexicon's
    mode_out: str | None


@dataclass(frozen=True, slots=True)
class Rules:
    rules: tuple[Rule, ...]
    cues: dict[str, frozenset[str]]
    kinds_by_noun: dict[str, str]
    kinds_by_sector: dict[str, str]
    by_type: dict[str, tuple[Rule, ...]] = field(default_factory=dict)  # see :meth:`of_type`

    def of_type(self, event_type: str) -> tuple[Rule, ...]:
        """The rows that can hold for an event of ``event_type``, in the table's order."""
        rows = self.by_type.get(event_type)
        if rows is None:
            rows = self.by_type[event_type] = tuple(
                r for r in self.rules if r.plover is None or event_type in r.plover)
        return rows


def _read_parties(rel: str) -> dict[str, str]:
    by_noun: dict[str, str] = {}
    for where, (kind, nouns) in table_rows(rel, ("kind", "nouns")):
        if kind not in PARTY_KINDS and kind != _COMMUNAL:
            raise DataFileError(f"{where}: unknown party kind {kind!r}")
        for noun in nouns.lower().split():
            by_noun.setdefault(noun, kind)
    return by_noun


def _read_cues(rel: str) -> dict[str, frozenset[str]]:
    cues: dict[str, set[str]] = {}
    for where, (name, words) in table_rows(rel, ("name", "words")):
        if not name or not words:
            raise DataFileError(f"{where}: a cue set needs a name and words")
        cues.setdefault(name, set()).update(w.replace("_", " ") for w in words.lower().split())
    return {k: frozenset(v) for k, v in cues.items()}


def _choice(value: str, known: frozenset[str] | None, what: str, where: str,
            aliases: dict[str, frozenset[str]] | None = None) -> frozenset | None:
    if value == "*":
        return _ANY
    out: set[str | None] = set()
    for part in value.split("|"):
        if aliases and part in aliases:
            out |= aliases[part]
        elif part == "-":
            out.add(None)
        elif known is not None and part not in known:
            raise DataFileError(f"{where}: unknown {what} {part!r}")
        else:
            out.add(part)
    return frozenset(out)


_COLUMNS = ("plover", "mode", "lexicon", "source", "target", "cues", "fatal", "sub_event_type",
            "mode_out")


def _read_rules(rel: str, cues: dict[str, frozenset[str]]) -> tuple[Rule, ...]:
    rules = []
    subs = frozenset(SUBTYPE_TO_TYPE)
    for where, row in table_rows(rel, _COLUMNS):
        plover, mode, lexicon, source, target, cue_col, fatal, sub, mode_out = row
        conds = []
        for cue in filter(None, cue_col.split(",")) if cue_col != "*" else ():
            name = cue.lstrip("!")
            if name not in cues:
                raise DataFileError(f"{where}: unknown cue set {name!r} (see cues.tsv)")
            conds.append((name, not cue.startswith("!")))
        if fatal not in ("yes", "no", "*"):
            raise DataFileError(f"{where}: fatal must be yes, no or *")
        if sub not in subs and sub not in ("=", "-"):
            raise DataFileError(f"{where}: {sub!r} is not an ACLED sub-event type")
        rules.append(Rule(
            where=where,
            plover=_choice(plover, PLOVER_TYPES, "PLOVER type", where),
            mode=_choice(mode, None, "mode", where),
            lexicon=_choice(lexicon, subs, "ACLED sub-event type", where),
            source=_choice(source, PARTY_KINDS, "party kind", where, _ALIASES),
            target=_choice(target, PARTY_KINDS, "party kind", where, _ALIASES),
            cues=tuple(conds),
            fatal=None if fatal == "*" else fatal == "yes",
            sub_event_type=None if sub == "-" else sub,
            mode_out=None if mode_out in ("-", "") else mode_out,
        ))
    if not rules:
        raise DataFileError(f"{rel}: no rules")
    return tuple(rules)


@per_overlay
def load_rules() -> Rules:
    """The ACLED decision table with its cue sets and party kinds, validated."""
    cues = _read_cues("acled/cues.tsv")
    by_noun = _read_parties("acled/parties.tsv")
    by_sector = {code: s.party for code, s in load_sectors().items()}
    return Rules(_read_rules("acled/subtypes.tsv", cues), cues, by_noun, by_sector)


def party_kind(actor: Actor | None, acting: bool = False) -> str:
    """The ACLED kind of a party: forces, state, rebels, militia, rioters, protesters, ...

    ``acting``: the party does the deed (a community that arms itself is then a militia)."""
    if actor is None or actor.country_from == "place struck":
        return "none"  # a town attacked stands for its state but names no one it hit
    rules = load_rules()
    for word in (actor.text or actor.name or "").lower().replace("-", " ").split():
        word = word.strip(".,;:'\"()")
        for form in (word, word[:-1] if word.endswith("s") else word,
                     word[:-2] if word.endswith("es") else word):
            if form in rules.kinds_by_noun:
                kind = rules.kinds_by_noun[form]
                if kind == _COMMUNAL:
                    return "militia" if acting else "civilians"
                return kind
    if actor.sector and actor.sector in rules.kinds_by_sector:
        return rules.kinds_by_sector[actor.sector]
    return "unknown"


#: a word after these is named as absent ("withdrew without fighting"): only the phrase counts
_ABSENT = frozenset({"without"})
_DETERMINERS = frozenset({"a", "an", "any", "the"})


def _lemmas(sent: Span) -> frozenset[str]:
    """The sentence's lemmas and two-lemma phrases, found once per sentence; a word that follows
    "without" counts only in its phrase ("without fighting" names no fight)."""
    cache = sent.doc.user_data.setdefault("dateline.lemmas", {})
    found = cache.get(sent.start)
    if found is None:
        words = tags(sent.doc).lemmas[sent.start:sent.end]
        absent = {i for i in range(len(words)) if _absent(words, i)}
        found = cache[sent.start] = frozenset(
            w for i, w in enumerate(words) if i not in absent) | {
            f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} | {
            f"without {words[i]}" for i in absent}
    return found


def _absent(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is named as absent: "without fighting", "without a fight"."""
    before = words[max(0, i - 2):i]
    if before and before[-1] in _DETERMINERS:
        before = before[:-1]
    return bool(before) and before[-1] in _ABSENT


def _names(rules: Rules, lemmas: frozenset[str], cue: str) -> bool:
    return not rules.cues[cue].isdisjoint(lemmas)


def _holds(rule: Rule, rules: Rules, mode: str | None, sub: str | None, src: str, tgt: str,
           lemmas: frozenset[str], fatal: bool) -> bool:
    """Whether a row of the event's type (:meth:`Rules.of_type`) holds for the event."""
    return ((rule.mode is None or mode in rule.mode)
            and (rule.lexicon is None or sub in rule.lexicon)
            and (rule.source is None or src in rule.source)
            and (rule.target is None or tgt in rule.target)
            and (rule.fatal is None or rule.fatal == fatal)
            and all(_names(rules, lemmas, cue) == wanted for cue, wanted in rule.cues))


def acled_types(event_type: str, mode: str | None, status: str, acled: str | None,
                sub: str | None, source: Actor | None, target: Actor | None,
                sent: Span, fatalities: int | None, trigger: Token | None = None,
                ) -> tuple[str | None, str | None, str | None]:
    """``(acled_event_type, acled_sub_event_type, mode)`` for one event, by the decision table.

    ``acled``/``sub`` are what the trigger's lexicon row suggests; ``trigger``, when given,
    limits the rows that a weapon named in the sentence decides to weapons tied to it
    (:mod:`.type_weapons`).
    """
    if status not in _REPORTED:
        return None, None, mode
    rules = load_rules()
    lemmas = _lemmas(sent)
    src, tgt = party_kind(source, acting=True), party_kind(target)
    # a death the sentence names counts though no number is given ("leaving one dead")
    fatal = bool(fatalities) or _names(rules, lemmas, "lethal")
    own: frozenset[str] | None = None  # the lemmas tied to the trigger, found when needed
    for rule in rules.of_type(event_type):
        if not _holds(rule, rules, mode, sub, src, tgt, lemmas, fatal):
            continue
        weapons = [cue for cue, wanted in rule.cues if wanted and cue in WEAPON_CUES]
        if trigger is not None and weapons:
            own = tied_lemmas(trigger, _span(trigger, source)) if own is None else own
            if not any(_names(rules, own, cue) for cue in weapons):
                continue  # the weapon is another act's or the target: "shot down a jet"
        found = sub if rule.sub_event_type == "=" else rule.sub_event_type
        if found is None:
            return None, None, mode
        if rule.mode_out and mode in _GENERAL_MODES:
            mode = rule.mode_out
        return SUBTYPE_TO_TYPE[found], found, mode
    return None, None, mode


def _span(trigger: Token, actor: Actor | None) -> Span | None:
    """The words that name an event's doer in its document (a doer is tied to its act)."""
    if actor is None or actor.char_start is None or actor.char_end is None:
        return None
    return trigger.doc.char_span(actor.char_start, actor.char_end, alignment_mode="expand")


def not_political_violence(source: Actor | None, sent: Span) -> bool:
    """Whether an assault in ``sent`` is a disaster, an accident or ordinary crime.

    ACLED leaves these out, and so does the coder: a factory fire, a flood, a bus crash, a
    robbery or a quarrel that turns deadly, unless armed groups, rioters or protesters act.
    Mobs that punish a thief are political disorder (mob violence), not crime; looters are
    named by what they do, not by a crime.
    """
    kind = party_kind(source, acting=True)
    if kind in _ARMED or kind in ("rioters", "protesters"):
        return False
    rules = load_rules()
    words = (source.text or source.name or "").lower().split() if source is not None else ()
    doer = {w.strip(".,;:'\"()") for w in words}
    doer |= {w[:-1] for w in doer if w.endswith("s")}
    if not rules.cues["disaster_agent"].isdisjoint(doer) and _FIRED_WEAPONS.isdisjoint(doer):
        return True  # "a fire destroyed 100 shops", not "artillery fire hit the town"
    lemmas = _lemmas(sent)
    if _names(rules, lemmas, "disaster"):
        return True
    # a crowd that punishes a suspected thief: "angry residents beat a thief to death"
    if _names(rules, lemmas, "mob_justice") or not rules.cues["crowd_doer"].isdisjoint(doer):
        return False
    return _names(rules, lemmas, "crime")
