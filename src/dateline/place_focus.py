"""The article's focus: the place most of its names point to, where events the text places
nowhere else happen (:mod:`dateline.locate` falls back to it, ``place_source`` ``focus``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from .date_clauses import SAYING
from .focus import dominant_country, set_by_opening
from .gazetteer import REGION_KINDS
from .records import Place
from .seats import seat_countries, seat_towns
from .tokens import span_root
from .toponym_words import REGION_NOUNS
from .toponyms import Toponym, country_place, distance_km, resolve_name
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .sentences import Sentences

__all__ = ["OPENING", "article_focus", "carries_on", "coarser", "focus_place", "lead_scene",
           "place_key", "same_scene", "scene_verb", "told_places"]


#: A town is the article's focus when it is named at least this often and in this share of
#: its country's places, or, named in the opening sentences, in this smaller share and this
#: many times as often as any other part of its country (the story's scene: "Baghuz" in a
#: report on the battle for it; not a town a long report on the war names often).
_FOCUS_TOWN_MIN = 3
_FOCUS_TOWN_SHARE = 0.5
_FOCUS_SCENE_SHARE = 1 / 3
_FOCUS_TOWN_LEAD = 2
#: The opening sentences of an article, which set its scene, and the kinds of place a scene is.
OPENING = 3
_SCENE_KINDS = frozenset({"city", "admin1", "admin2", "area"})
#: Places a lead names that set no scene of their own: a country ("fled to Syria") or a region.
_NO_SCENE = REGION_KINDS
#: Words before a place that tell where something is or happens ("in", "at", "near").
_WHERE = word_class("where_preps_clause")
#: The sentences whose places of doing set the story's scene.
_SCENE_SENTENCES = 2


def article_focus(doc: Doc, sents: Sentences, usable: Sequence[Toponym],
                  quoted: Collection[int], found: Sequence[Toponym] = ()) -> Place | None:
    """The article's focus (:func:`focus_place`) from the places it names as places
    (``usable``), save a country named only in someone's quoted words (token offsets
    ``quoted``): the focus is where the author tells things happen ("“Jerusalem is ours,” one
    speaker said" at a rally in Leeds is talked about); nor does a town named as the mark of a
    thing count (:func:`names_a_thing`). Where those decide nothing, the
    country the article names most as a party too (``found``: "Turkey is in crisis",
    "Turkey's leader" in a report on Turkey that names few of its towns), at precision 3.
    A focus that is a whole country gives way to the town its opening names as the scene
    (:func:`lead_scene`)."""
    lead = sents.spans[0] if sents.spans else doc[0:0]  # the lead says what the story is about
    opening = sents.spans[min(OPENING, len(sents.spans)) - 1].end if sents.spans else 0
    told_of = {t.place.country for t in usable if t.start not in quoted}
    told = told_places(doc, usable, quoted)
    seats = seat_towns(doc)
    focus = focus_place(told, {t.start for t in told if t.start < lead.end}, seats,
                        seat_countries(lead), {t.start for t in told if t.start < opening})
    whole = country_place(focus.country) if focus is not None and focus.country else None
    if focus is not None and whole is not None and whole.name == focus.name:
        # (a country: the town the opening tells its news happened in is nearer the story)
        scene = lead_scene(doc, told, sents, focus.country)
        return scene if scene is not None else focus
    if focus is not None or not found:
        return focus
    named = [t for t in found if not (t.start in quoted and t.place.country not in told_of)]
    # (a seat named as a party is among these already: "according to the Pentagon")
    wider = focus_place(named, {t.start for t in named if t.start < lead.end}, {},
                        seat_countries(lead), {t.start for t in named if t.start < opening})
    # (the country only: a capital named as a party is no scene, "Washington warned")
    country = country_place(wider.country) if wider is not None and wider.country else None
    return coarser(country, 3) if country is not None else None


def told_places(doc: Doc, usable: Sequence[Toponym], quoted: Collection[int]
                ) -> list[Toponym]:
    """The places of ``usable`` the author tells of as where things are: not a country named
    only in quoted words (token offsets ``quoted``), nor a town named as the mark of a thing
    (:func:`names_a_thing`)."""
    told_of = {t.place.country for t in usable if t.start not in quoted}
    return [t for t in usable if (t.start not in quoted or t.place.country in told_of)
            and not names_a_thing(doc, t)]


#: Nouns a town before them still places: a place in it ("Idlib province", "Raqqa city"), its
#: people ("a Leeds man") or a deed done there ("the Salisbury attack").
_STILL_PLACED = word_class("place_nouns") | REGION_NOUNS | word_class("person_nouns") \
    | word_class("deed_nouns")


def names_a_thing(doc: Doc, t: Toponym) -> bool:
    """A town named as the mark of a thing ("the UN's Geneva process", "the Minsk accords"),
    not as where the lead's news happens: it sets no scene (a place, people or a deed it names
    do: ``_STILL_PLACED``)."""
    root = span_root(doc, t.start, t.end)
    return t.kind != "country" and root.dep_ in ("compound", "nmod") \
        and root.head.pos_ == "NOUN" and root.head.lemma_.lower() not in _STILL_PLACED


def lead_scene(doc: Doc, places: Sequence[Toponym], sents: Sentences, iso: str
               ) -> Place | None:
    """The first town (or district) of country ``iso`` that the first two sentences name as
    where their doers are or act ("was on leave in the port of Vessa when masked troops
    stormed the harbour"; "has ordered a pause to begin in the enclave of eastern Ghouta"): the
    scene of the story where the article names its country most. Not one of several places
    named together, nor where words were said ("told supporters in Mokha"), nor a place
    hanging on a noun ("her base in Kandahar", "regime change in Damascus")."""
    end = sents.spans[min(_SCENE_SENTENCES, len(sents.spans)) - 1].end if sents.spans else 0
    for t in sorted(places, key=lambda t: t.start):
        if t.start >= end:
            break
        if t.kind not in _SCENE_KINDS or t.place.country != iso:
            continue
        verb = scene_verb(doc, t)
        if verb is not None and verb.lemma_.lower() not in SAYING:
            return coarser(t.place, 3 if t.kind in REGION_KINDS else 2)
    return None


def scene_verb(doc: Doc, t: Toponym) -> Token | None:
    """The verb ``t`` is named as the place of, by a preposition of place ("was on holiday in
    the town of Didim", "fighting went on in Aden"), if any: not a place hanging on a noun
    ("her base in Kandahar"), nor one of several places named together ("in Manbij, Tabqa
    and Raqqa")."""
    node = span_root(doc, t.start, t.end)
    while node.head.i != node.i and (node.dep_ in ("appos", "compound") or (
            node.dep_ == "pobj" and node.head.lower_ == "of"
            and node.head.head.pos_ in ("NOUN", "PROPN"))):
        node = node.head.head if node.dep_ == "pobj" else node.head  # "the town of Didim"
    if any(c.dep_ == "conj" for c in node.children) or node.dep_ == "conj":
        return None
    verb = node.head.head
    return verb if node.dep_ == "pobj" and node.head.lower_ in _WHERE \
        and verb.pos_ in ("VERB", "AUX") else None


#: Towns this close (km) are one scene of a story: a village next to the town it is about.
_SCENE_KM = 15.0


def same_scene(a: Place | None, b: Place | None) -> bool:
    """Whether two towns lie within :data:`_SCENE_KM` of each other."""
    return a is not None and b is not None and None not in (a.lat, a.lon, b.lat, b.lon) \
        and distance_km(a.lat, a.lon, b.lat, b.lon) <= _SCENE_KM  # type: ignore[arg-type]


def focus_place(places: Sequence[Toponym], lead: Collection[int] = (),
                seats: Mapping[tuple[str, str], int] | None = None,
                lead_seats: Collection[str] = (), opening: Collection[int] = ()) -> Place | None:
    """The town most of the article's places name (near it: precision 2), or the town or
    province its opening sentences (token offsets ``opening``) name that the rest name far more
    often than any other part of its country (precision 2 or 3), or, named anywhere, a town the
    article names far more often than any other part of its country (the scene of a story told
    from afar: "Baghuz" in a long report whose opening names only "an eastern Syrian town"),
    else the country that dominates them (precision 3, see
    :func:`dateline.focus.dominant_country`), the places of the lead sentence (token offsets
    ``lead``) and the seats it names (``lead_seats``) deciding between close rivals, else the
    one of them the opening sentences name. Each seat of government the article names counts
    for its town and its country as their names would (``seats``: (town, country) → mentions,
    "the White House" for Washington)."""
    seat_places = _seat_places(seats or {})
    named = Counter(t.place.country for t in places if t.place.country)
    counts = named + Counter({p.country: n for p, n in seat_places if p.country})
    in_lead = [t for t in places if t.place.country and t.start in lead]
    iso = dominant_country(counts, {t.place.country for t in in_lead} | set(lead_seats),
                           {t.place.country for t in in_lead if t.kind not in _NO_SCENE})
    if iso is None:
        # (no country dominates, nor does the lead decide: the opening sentences may)
        iso = set_by_opening(counts, {t.place.country for t in places
                                      if t.place.country and t.start in opening})
    if iso is None:
        return None
    seated = Counter({place_key(p): n for p, n in seat_places if p.country == iso})
    towns = Counter(_key(t) for t in places
                    if t.kind not in REGION_KINDS and t.place.country == iso) + seated
    known = {place_key(p): p for p, _ in seat_places} | {_key(t): t.place for t in places}
    if towns:
        key, k = towns.most_common(1)[0]
        # (a village named next to the town is the same scene: "al Keshma, a village next to
        # Baghuz" in a report on the battle for Baghuz)
        k += sum(n for other, n in towns.items() if other != key
                 and same_scene(known.get(other), known.get(key)))
        if k >= _FOCUS_TOWN_MIN and k >= _FOCUS_TOWN_SHARE * counts[iso]:
            return coarser(known[key], 2)
    # the scene the opening sentences set, named far more often than any other part of the
    # country: a town (a camp or a site named often is where the story's people are, not
    # always where its deeds are) or a province or district ("eastern Ghouta"); else a town
    # named far more often than any other part, wherever it is named
    parts = Counter(_key(t) for t in places
                    if t.kind != "country" and t.place.country == iso) + seated
    held_by = {_key(t): t for t in places}
    if parts:
        (key, k), *others = parts.most_common()
        scene = next((t for t in places if t.start in opening and _key(t) == key
                      and t.kind in _SCENE_KINDS), None)
        town = scene.place if scene is not None else _town(key, places, known)
        regional = scene is not None and scene.kind in REGION_KINDS
        # (a region that may hold a town is no rival of it: "Afrin" in a report that also
        # names "Rojava" often)
        rivals = [n for other, n in others if regional or other not in held_by
                  or town is None or not _may_hold(held_by[other], town)]
        if town is not None and k >= _FOCUS_TOWN_MIN and k >= _FOCUS_SCENE_SHARE * counts[iso] \
                and all(k >= _FOCUS_TOWN_LEAD * n for n in rivals):
            return coarser(town, 3 if regional else 2)
    country = next((t.place for t in places if t.kind == "country" and t.place.country == iso),
                   None)
    if country is None:
        country = country_place(iso)
    return coarser(country, 3) if country is not None else None


def _seat_places(seats: Mapping[tuple[str, str], int]) -> list[tuple[Place, int]]:
    """The towns of the seats of government named (``seats``), with their mentions."""
    out = []
    for (city, iso), n in seats.items():
        place = resolve_name(city, focus=(iso,), country=iso)
        if place is not None:
            out.append((place, n))
    return out


def _town(key: tuple[str, float | None, float | None], places: Sequence[Toponym],
          known: Mapping[tuple[str, float | None, float | None], Place]) -> Place | None:
    """The town ``key`` stands for when it is a town (a seat's or a city named), else None."""
    kinds = {t.kind for t in places if _key(t) == key}
    return known[key] if not kinds or kinds == {"city"} else None


def _may_hold(region: Toponym, town: Place) -> bool:
    """``region`` is a region that may hold ``town``: one of no province, or its province."""
    return region.kind in REGION_KINDS and region.place.country == town.country and (
        region.place.admin1 is None or region.place.admin1 == town.admin1)


def _key(t: Toponym) -> tuple[str, float | None, float | None]:
    return place_key(t.place)


def place_key(p: Place) -> tuple[str, float | None, float | None]:
    return p.name, p.lat, p.lon


def coarser(p: Place, precision: int) -> Place:
    return Place(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                 geonameid=p.geonameid, precision=max(p.precision or 1, precision))


def carries_on(place: Place, focus: Place | None) -> bool:
    """Whether the scene of a sentence carries on to the sentences that go on with its story: a
    town or a region of a country does ("An offensive began in Idlib province. Warplanes
    bombed a market"); a whole country only where the story has left the article's (its focus
    says as much of any other)."""
    if (place.precision or 3) < 3:
        return True
    if place.admin1 is not None:  # a region, not a whole country
        return focus is None or place_key(place) != place_key(focus)
    return focus is not None and place.country != focus.country
