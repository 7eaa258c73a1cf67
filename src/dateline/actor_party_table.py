"""The named armed group a generic word for armed people stands for, from the report's own
table of the armed groups it names.

PLOVER and CAMEO code a member of an armed group with the group's code, and ACLED names the
group as the actor. A report often calls a group's members by a generic word after naming the
group ("jihadists", "two suicide bombers", "the Kurdish militias"); read alone, such a word is
only a kind of armed party ("Syria rebels"), and a kind that is not the group's ("rebels" for
Islamic State's bombers) is wrong where the report says whose they are.

So the report's table of parties is the non-state armed groups it names, each of a kind
(``actors/group_kinds.tsv``: jihadist, Kurdish, rebel; a group whose parent is jihadist is
jihadist; a group under two names is one group). A generic word of one of these kinds takes a
named group only when the group is of the word's kind and the ONLY group of that kind the
report names BEFORE the word (two alike: the word keeps its kind; nothing is guessed), and is
not named as the other side of the word's own event ("Kurdish forces arrested two PKK
suspects"):

- a jihadist word ("jihadists", "extremists", "Islamist militants") or a suicide bomber: the
  one jihadist group;
- a Kurdish armed word ("Kurdish fighters", "Kurdish militias", "Kurdish forces" read as a
  people's army): the one Kurdish armed group (the Peshmerga too);
- "rebels" ("the rebels", "rebel fighters"): the one rebel group.

A word of no kind ("fighters", "militants", "gunmen") is left to
:func:`dateline.actor_generic_groups.group_meant`, which gives it the group a report is about.

A word said to be of others ("rival jihadists", "another jihadist group", "anti-Kurdish
militias", "jihadists from a rival faction", "Isis fighters", which name their own group, "its
fighters", whose possessor says whose) is left as it is, and so is
a plural of a group's noun ("rebel groups": several groups, not the one named). A nationality
the words give ("British jihadists") stays the person's country beside the group; else the
group's own country is lent (``country_from`` "antecedent"); the mention that named the group,
the nearest before the word, is kept as the actor's ``antecedent``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .actor_branches import branch_countries
from .actor_describe import SECTOR_LABELS, describe
from .actor_dictionary import load_dictionary, not_initials
from .actor_names import load_named
from .datafiles import per_overlay, table_rows
from .errors import DataFileError
from .sentences import doc_ents
from .tokens import doc_span, ent_types, parse_span_text, parse_text, per_doc, tags, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Actor

__all__ = ["group_kinds", "named_parties", "party_of_kind", "word_kind"]

#: The kinds a named group may be of.
_KINDS = frozenset({"jihadist", "kurdish", "rebel"})
#: Sectors of a kind of armed party (rebels, an unidentified armed group).
_KIND_SECTORS = frozenset({"REB", "UAF"})
#: Sectors of the named armed groups of the table: an armed group, or the forces of a people
#: of no state (the Peshmerga), which a Kurdish word may stand for too.
_TABLE_SECTORS = frozenset({"REB", "UAF", "MIL"})
#: A named group of the table: name, country, sector, parent, its words, their first token.
_Party = tuple[str, "str | None", "str | None", "str | None", str, int]
#: Nouns of armed people or bodies that name no group.
_ARMED = frozenset({"fighter", "militant", "jihadist", "jihadi", "bomber", "gunman",
                    "insurgent", "militia", "militiaman", "extremist", "rebel", "guerrilla",
                    "group", "faction", "unit", "force", "islamist"})
#: Plurals of a group's noun, which stand for several groups.
_SEVERAL = frozenset({"groups", "factions", "units", "movements", "organisations",
                      "organizations"})
#: Nouns of jihadists themselves.
_JIHADIST = frozenset({"jihadist", "jihadi", "extremist"})
#: Modifiers that make an armed noun a jihadist's ("Islamist militants").
_JIHADIST_MODS = frozenset({"jihadist", "jihadi", "islamist", "extremist"})
#: Modifiers that make an armed noun a Kurdish one.
_KURDISH_MODS = frozenset({"kurdish", "kurd"})
#: Modifiers that make the armed people others than the group the report names, or past ones.
_OTHERS = frozenset({"rival", "other", "another", "former", "ex", "ex-", "opposing", "anti",
                     "non", "counter", "pro-government", "government", "loyalist", "allied",
                     "backed", "turkish-backed", "us-backed", "iranian-backed", "russian-backed"})


@per_overlay
def group_kinds() -> dict[str, tuple[str, str]]:
    """Group name (lower case) -> its kind and the name (lower case) of the group it is one
    of, its own or the one another of its names is (``actors/group_kinds.tsv``)."""
    found: dict[str, tuple[str, str]] = {}
    for where, (name, kind, same) in table_rows("actors/group_kinds.tsv",
                                                ("name", "kind", "same_as")):
        if kind not in _KINDS:
            raise DataFileError(f"{where}: expected a kind of {sorted(_KINDS)}, found {kind!r}")
        found[" ".join(name.lower().split())] = (kind, " ".join((same or name).lower().split()))
    return found


def _kind_of(name: str | None, parent: str | None) -> str | None:
    kinds = group_kinds()
    own = kinds.get((name or "").lower())
    up = kinds.get(parent.lower()) if parent else None
    return own[0] if own else (up[0] if up and up[0] == "jihadist" else None)


def _group(name: str) -> str:
    """The one group ``name`` names, under whichever of its names (lower case)."""
    return group_kinds().get(name.lower(), ("", name.lower()))[1]


@per_doc
def named_parties(doc: Doc) -> dict[str, list[_Party]]:
    """The report's table of parties: kind -> the armed groups of that kind it names, each
    as (name, country, sector, parent, the words that name it, their first token), in
    order."""
    d = load_dictionary()
    table: dict[str, list[_Party]] = {}

    def add(name: str | None, country: str | None, sector: str | None, parent: str | None,
            text: str, at: int) -> None:
        kind = _kind_of(name, parent)
        if name is not None and kind is not None and sector in _TABLE_SECTORS:
            table.setdefault(kind, []).append((name, country, sector, parent, text, at))

    for ent in doc_ents(doc):
        if ent.label_ in ("ORG", "NORP", "PERSON", "GPE"):
            add(*describe(d, ent, None), ent.text, ent.start)
    texts, lowers, pos, ents = words(doc).texts, words(doc).lowers, tags(doc).pos, ent_types(doc)
    start = None
    for i in range(len(doc) + 1):  # names tagged as no one entity ("Islamic State", "Peshmerga")
        if i < len(doc) and (pos[i] == "PROPN" or start is not None and texts[i] == "-"):
            start = i if start is None else start
            continue
        if start is not None and (i - start > 1 and not all(
                ents[j] == "ORG" for j in range(start, i)) or i - start == 1 and not ents[start]):
            add(*describe(d, doc_span(doc, start, i), None), parse_span_text(doc, start, i),
                start)
        start = None
    kinds = group_kinds()
    for i, low in enumerate(lowers):  # names the parse tags otherwise: "Isis" a common noun,
        if not texts[i][:1].isupper():  # "Islamic" of "Islamic State" an adjective,
            continue  # "Peshmerga" a noun
        for n in range(min(d.max_org_words, len(doc) - i), 0, -1):
            piece = parse_span_text(doc, i, i + n)  # (no Span made for each try)
            key = piece.lower()
            if n == 1 and (ents[i] or pos[i] not in ("PROPN", "NOUN") or low in d.agents or
                           not_initials(low, piece)) or \
                    key not in d.organisations and key not in kinds:
                continue
            org = d.organisations.get(key)
            if org is None:  # a group's own name, of the named actors ("Peshmerga")
                row = load_named().aliases.get(key)
                named = load_named().actor(row) if row is not None else None
                role = named.on(None) if named is not None else None
                if named is not None and role is not None:
                    add(named.name, role.country, role.sector, None, piece, i)
            else:
                add(org.name, org.country, org.sector, org.parent, piece, i)
            break
    return table


def word_kind(root: Token) -> str | None:
    """The kind of armed group a generic word (its head ``root``) is of: jihadist, Kurdish
    or rebel; ``None`` for a word of no kind ("fighters", "gunmen"), one of two kinds, one said
    to be of others ("rival jihadists") or one naming its own group ("Isis fighters")."""
    lemma = root.lemma_.lower()
    if lemma not in _ARMED and root.lower_.rstrip("s") not in _ARMED or \
            root.lower_ in _SEVERAL:
        return None  # ("rebel groups": several groups, not the one named)
    if any(c.dep_ == "poss" for c in root.children):
        return None  # "its foreign fighters", "the group's fighters": the possessor's
    if any(_others(m) for c in root.children if c.dep_ == "prep" for o in c.children
           if o.dep_ == "pobj" for m in o.children if m.i < o.i):
        return None  # "jihadists from a rival faction"
    if any(_others(c) for c in root.children if c.i < root.i):
        return None  # "another jihadist group", "anti-Kurdish militias"
    mods = [c for c in root.children if c.dep_ in ("amod", "compound", "nmod") and c.i < root.i]
    if any(m.pos_ == "PROPN" or m.ent_type_ == "ORG" for m in mods):
        return None
    mod_words = {m.lower_ for m in mods}
    found = set()
    if lemma in _JIHADIST or root.lower_.rstrip("s") in _JIHADIST or mod_words & _JIHADIST_MODS \
            or lemma == "bomber" and "suicide" in mod_words:
        found.add("jihadist")
    if mod_words & _KURDISH_MODS:
        found.add("kurdish")
    if lemma == "rebel" or root.lower_ == "rebels" or "rebel" in mod_words:
        found.add("rebel")
    return found.pop() if len(found) == 1 else None


def _others(mod: Token) -> bool:
    """Whether the modifier ``mod`` says the armed people are others than a group named, or
    against it ("rival", "another", "anti-" as a word of its own or a prefix)."""
    low = mod.lower_
    return low in _OTHERS or mod.lemma_.lower() in _OTHERS or \
        "-" in low and low.split("-")[0] in _OTHERS


def _other_side(span: Span, group: str) -> bool:
    """Whether ``group`` is named as the other side of the event of the words ``span`` (its
    object: "Kurdish forces arrested two PKK suspects")."""
    verb = span.root.head
    if verb.i == span.root.i:
        return False
    rows = [g for gs in named_parties(span.doc).values() for g in gs if _group(g[0]) == group]
    own = {t.i for t in span.root.subtree}
    return any(at in {t.i for t in verb.subtree} - own for *_, at in rows)


def _kind_name(actor: Actor, kind_names: frozenset[str | None]) -> bool:
    """Whether ``actor`` is named only as a kind: one of ``kind_names``, or the kind of a
    country's people ("Syria Kurdish rebels"), no organisation's name."""
    label = SECTOR_LABELS.get(actor.sector or "")
    return actor.name in kind_names or label is not None and actor.name is not None and \
        actor.name.endswith(" " + label) and actor.parent is None and \
        actor.name.lower() not in load_dictionary().organisation_names


def _meant(actor: Actor, span: Span) -> Token:
    """The head of the words ``actor`` stands for: its own, or, for a pronoun, its
    antecedent's last mention before it ("they" after "some Danish jihadists")."""
    root = span.root
    if root.pos_ != "PRON" or not actor.antecedent:
        return root
    doc = span.doc
    at = parse_text(doc).rfind(actor.antecedent, 0, span.start_char)  # (joined once)
    found = doc.char_span(at, at + len(actor.antecedent), alignment_mode="expand") \
        if at >= 0 else None
    return found.root if found is not None else root


def party_of_kind(actor: Actor, span: Span, kind_names: frozenset[str | None]) -> Actor:
    """``actor``, a kind of armed party (``kind_names``: the names it would have as a kind)
    whose words are ``span``, as the one named group of the report its word's kind matches
    (see the module); a pronoun is read by its antecedent's words; else ``actor`` as it is."""
    meant = _meant(actor, span)
    kind = word_kind(meant)
    if kind is None or not (actor.sector in _KIND_SECTORS and _kind_name(actor, kind_names) or
                            kind == "kurdish" and actor.sector == "MIL" and actor.parent is None
                            and (actor.name or "").endswith(" military")):
        return actor  # ("Kurdish forces": a people's forces, named as a kind of army)
    groups = sorted((g for g in named_parties(span.doc).get(kind, []) if g[5] < span.start),
                    key=lambda g: g[5])  # named before the word
    if len({_group(g[0]) for g in groups}) != 1 or _other_side(span, _group(groups[0][0])):
        return actor  # none, two of the kind, or the word's event's other side: its kind
    own_name = [g for g in groups if g[0].lower() == _group(g[0])]  # not a leader's name
    name, country, sector, parent, text, _ = (own_name or groups)[-1]  # the nearest before it
    said = actor.country_from is None or meant.i < span.start and any(  # "British jihadists"
        c.ent_type_ in ("NORP", "GPE") for c in meant.children if c.i < meant.i)
    own = actor.country if said else None
    held = branch_countries().get(name.lower(), frozenset())
    lent = not own and actor.country not in held and country is not None  # the group's
    iso = own or (actor.country if actor.country in held else None) or country or actor.country
    return replace(actor, name=name, sector=sector, parent=actor.parent or parent, country=iso,
                   country_from="antecedent" if lent else actor.country_from, antecedent=text)
