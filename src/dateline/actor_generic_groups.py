"""The armed group a generic noun for fighters stands for in a report about one group.

"Militants", "jihadists", "extremists", "fighters" with no name, people or country of their own
("militants in Raqqa", "the remaining jihadists", "about 100 fighters") are, in a report that
names one armed organisation far more than any other (a report about Islamic State), that
organisation's members: not some country's rebels. Where the report names no such group, or
two alike, the noun keeps the generic reading the dictionary gives it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .actor_describe import describe
from .actor_dictionary import load_dictionary, not_initials
from .actor_places import place_country, said_place_country
from .focus import dominant_country
from .records import Actor
from .sentences import doc_ents
from .tokens import ent_types, per_doc, tags, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .coref import Antecedents

__all__ = ["GENERIC_FIGHTERS", "group_meant"]

#: Nouns for members of armed groups that name no group ("rebels" are most often a state's
#: opposition, not the group a report is about, and are left out).
GENERIC_FIGHTERS = frozenset({"militant", "militants", "jihadist", "jihadists", "jihadi",
                              "jihadis", "extremist", "extremists", "insurgent", "insurgents",
                              "terrorist", "terrorists", "fighter", "fighters"})
#: Modifiers that keep the noun generic: what they say is not whose the fighters are.
_PLAIN_DEPS = frozenset({"det", "nummod", "quantmod", "amod", "advmod", "predet", "prep",
                         "punct", "cc"})
#: Words that make the fighters someone else's than the report's group.
_OTHERS = frozenset({"foreign", "other", "rival", "opposition", "rebel", "pro-government",
                     "government", "kurdish", "local", "tribal", "loyal", "backed", "allied",
                     "international", "western", "volunteer", "volunteers", "both"})
#: Entity types of modifiers that say whose the fighters are.
_OWNERS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: Bodies of several states that forces serve ("coalition jets").
_ALLIANCES = frozenset({"coalition", "alliance"})
#: Forces and arms that serve a coalition.
_ARMS = frozenset({"jets", "jet", "warplanes", "warplane", "planes", "aircraft", "drones",
                   "drone", "forces", "troops", "aviation", "bombers", "helicopters"})
#: Sectors of armed groups.
_ARMED = frozenset({"REB", "UAF"})


def group_meant(core: Span, antecedents: Antecedents | None = None
                ) -> tuple[str, str | None, str | None, str | None] | None:
    """The armed group (name, country, sector, parent) the fighters of ``core`` (the
    actor's words: head and modifiers; "militants in Raqqa") are members of: the one the
    document names far more than any other; ``None`` when the words are not plain fighters
    or no armed group dominates. Forces or arms named by the coalition or alliance they
    serve ("coalition jets") are of the one named before (by ``antecedents``)."""
    root = core.root
    body = next((c for c in root.lefts if c.dep_ == "compound" and c.lower_ in _ALLIANCES
                 and c.i >= core.start), None)
    if body is not None and antecedents is not None and root.lower_ in _ARMS and \
            not any(t.ent_type_ in _OWNERS for t in core):
        found = antecedents.same_head(body.i, body.lower_, anywhere=True)
        if found is not None and found.country is not None:
            return found.name or found.text, found.country, "MIL", found.parent
    if root.lower_ not in GENERIC_FIGHTERS and root.lemma_.lower() not in GENERIC_FIGHTERS:
        return None
    if core[0].lower_ in ("the", "these", "those") and len(core) > 2 and \
            core[1].dep_ == "nummod":
        return None  # "the two fighters": people named before, whoever's they are
    orgs = load_dictionary().organisations
    for tok in core:
        if tok.i < root.i and (tok.dep_ not in _PLAIN_DEPS or tok.ent_type_ in _OWNERS) or \
                tok.ent_type_ in ("ORG", "PERSON") or tok.lower_ in _OTHERS or \
                tok.i != root.i and tok.lower_ in orgs:
            return None  # "Kurdish fighters", "Isis militants", "fighters loyal to Assad"
    mentions = _named_groups(core.doc)
    groups = [a for _, a in mentions]
    counts = Counter(a.name for a in groups if a.name)
    top = dominant_country(counts)
    if top is None or sum(n == counts[top] for n in counts.values()) > 1:
        return None  # two named alike: neither is safe
    group = next(a for a in groups if a.name == top)
    if group.sector not in _ARMED or group.name is None:
        return None
    if _elsewhere(core, group, [i for i, a in mentions if a.name == top]):
        return None  # "In Nigeria, militants killed ..." in a report about Hamas
    return group.name, group.country, group.sector, group.parent


def _elsewhere(core: Span, group: Actor, named_at: list[int]) -> bool:
    """Whether the sentence of ``core`` names a place of a country that is neither the
    group's, nor one of the places of the sentences naming it, nor of a place the report
    named before: fighters of another story ("In Nigeria, militants killed ...")."""
    sent = core.sent
    places = _places(core.doc)
    own = {iso for i, iso in places if sent.start <= i < sent.end}
    if not own:
        return False
    doc = core.doc
    known = {group.country} | {iso for i, iso in places if i < sent.start or any(
        doc[n].sent.start <= i < doc[n].sent.end for n in named_at)}
    return bool(own - known)


@per_doc
def _places(doc: Doc) -> list[tuple[int, str]]:
    """The places the document names, each with a token of it and its country: its place
    entities, and the names it writes as places whatever their tag ("In Mali" as a person)."""
    countries = load_dictionary().countries
    found = []
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC"):
            iso = place_country(countries, list(ent))
            if iso is not None:
                found.append((ent.start, iso))
    ents, (_, pos, deps, _) = ent_types(doc), tags(doc)  # a Token for the proper nouns only
    for i, p in enumerate(pos):
        if p == "PROPN" and ents[i] not in ("GPE", "LOC") and deps[i] != "compound":
            iso = said_place_country(doc[i])
            if iso is not None:
                found.append((i, iso))
    return found


@per_doc
def _named_groups(doc: Doc) -> list[tuple[int, Actor]]:
    """The organisations the document names, once a mention, each with its first token:
    its ORG entities the dictionary knows, and names of its organisations the parse tags no
    entity ("Isis")."""
    d, date = load_dictionary(), None  # (a group's name and sector hold through its years)
    found = []
    for ent in doc_ents(doc):
        if ent.label_ == "ORG":
            name, country, sector, parent = describe(d, ent, date)
            if name is not None and name.lower() in d.organisations:
                found.append((ent.start, Actor(text=ent.text, name=name, country=country,
                                               sector=sector, parent=parent)))
    texts, lowers, pos, ents = words(doc).texts, words(doc).lowers, tags(doc).pos, ent_types(doc)
    for i, low in enumerate(lowers):  # "Isis", which the parse may take for a common noun
        if low in d.organisations and pos[i] in ("PROPN", "NOUN") and texts[i][:1].isupper() \
                and not ents[i] and low not in d.agents and not not_initials(low, texts[i]):
            tok = doc[i]
            org = d.organisations[tok.lower_]
            found.append((tok.i, Actor(text=tok.text, name=org.name, country=org.country,
                                       sector=org.sector, parent=org.parent)))
    return found
