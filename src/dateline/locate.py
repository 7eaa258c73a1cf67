"""Stage ``locate``: each event's place, and where it came from.

Place names are found and resolved once per document (:mod:`dateline.toponyms`). Each event then
takes a place and says where it came from (:func:`locator`, ``place_source``): its own ``clause``,
then its ``sentence``, then — only when the sentence carries on the story of the one before — that
sentence's place (``carried``, at least precision 2: near it), then the ``dateline`` (precision 3:
in that region), then the article's ``focus``: the town most of its places name (precision 2; no
finer than its evidence, :mod:`dateline.place_guess`) or the country most of them are in (precision
3), or the focus of the section the event is told in (:mod:`dateline.place_section`). Words and
decisions of an institution named for its seat are placed there (:mod:`dateline.seats`; ``focus``).
Which names may place an event is :mod:`dateline.place_roles`'s question; a phrase pointing back at
a place named before ("withdraw troops from the country") is read by :mod:`.place_anaphora`; a
parliament's acts that the text places nowhere are placed at home, a government's words nowhere,
by :mod:`.place_home`; what only would or is threatened to happen carries no place from the
sentence before, nor a tally over a span ("killed since 2014"); what several parties say together
right after a gathering is said where they met. Precision follows ACLED: 1 the town itself, 2
near it or part of a region, 3 a region or a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from .actor_whereabouts import titled_at_talks
from .aspect import bounds_a_span, irrealis
from .date_clauses import REPORTING, SAYING
from .deps import subject
from .gazetteer import REGION_KINDS
from .place_roles import (MOTION, TERRITORIAL, attack_ground, background, beside_antecedent,
                          contrasted, is_actor_use, origin_of_someone, other_deed, other_doer,
                          party_place, reported_by, said_at, scene_of_deed, told_at, venue,
                          where_antecedent)
from .place_when import agent_verb, then_and_there
from .place_finer import finer_within
from .place_gatherings import gathered_at
from .place_held import held_in, in_a_list, relative_deed
from .place_kept import kept_place
from .place_speakers import speaks_from
from .place_own_ground import own_ground_place
from .place_others import amid_deed, anothers_deed, described_doer, on_the_way, placed_patient
from .place_country import sentence_country
from .place_dropped import dropped_place
from .place_focus import OPENING, article_focus, carries_on, coarser, place_key, told_places
from .place_section import section_focus
from .place_chambers import chamber_place
from .place_anaphora import (deed_antecedent, from_place, gathering, joint_doer, local_teller,
                             pointed_place, relative_antecedent, same_story, speaker_venues)
from .place_spoken import spoken_at
from .place_account import reported_place
from .place_home import (Located, convenes, foreign_voice, home_ground, speakers_place,
                         speaks_elsewhere, statecraft)
from .place_sentences import note_sentence_places
from .place_theatre import theatre
from .place_guess import battle_towns, no_finer, unknown_scene
from .place_where import apposed_where
from .place_within import story_town
from .place_lead import told_next
from .place_venues import case_venue, court_towns, held_at
from .place_law import jurisdiction
from .place_later import later_deed, names_elsewhere, told_apart
from .place_residents import home_towns, resident_town
from .place_retold import retold_lead
from .place_story import Tellings, story_place
from .place_telling import apart_from_the_story, may_only_be, reported, since, telling_content
from .place_pick import (among, border_pairs, doer_at, elsewhere, hangs_on, left_behind,
                         named_doer, placed_by_deixis, speech_venues, told_as_before, venue_doers)
from .records import Actor, Place
from .seats import seat_place
from .sentences import (
    Sentences,
    aside,
    back_to_scene,
    clause_tokens,
    continues_story,
    goes_on,
    governing_clauses,
    in_quotation,
    is_caseless,
    quotation_closes,
    quoted_account,
    same_section,
)
from .tokens import span_root
from .toponyms import (Toponym, country_place, dateline_place, distance_km, gazetteer_size,
                       resolve_name, toponyms)
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .records import Article

__all__ = ["locator", "toponyms", "Sentences", "is_caseless", "resolve_name", "Toponym",
           "gazetteer_size", "distance_km", "clause_tokens", "governing_clauses", "aside",
           "continues_story", "same_section", "Located", "PLACE_SOURCES", "RULESET",
           "speaks_elsewhere", "speakers_place", "home_ground"]

#: Provenance name of the rules in this module.
RULESET = "dateline.locate.v3"


# --- each event's place

#: Lines that are picture captions or credits: their places are the picture's, not the story's.
_CAPTION = re.compile(r"^[^\n]*\b(?:Photograph|Photo|Picture|Illustration|Composite)\s*:[^\n]*",
                      re.I | re.M)
#: How far back a place carries on, each sentence carrying on the one before it.
_CARRY_STEPS = 4
_QUOTE_STEPS = 2
_SCENE_PREPS = word_class("where_preps_clause")

#: (place, place_source) of an event (``Located``); place_source is one of PLACE_SOURCES.
PLACE_SOURCES = ("clause", "sentence", "carried", "dateline", "focus")


def _placed_as_words(event_type: str | None, mode: str | None = None) -> bool:
    """Words (a verbal PLOVER type), measures (SANCTION: "suspended its aid to Idlib",
    "withdrew support for the war in Yemen") and what is yielded (CONCEDE: "will not allow them
    to attend", "a refusal to make concessions") are placed where they were said, taken or met,
    not where what they tell of is. Troops withdrawn are not words: they leave the ground they
    are on ("will withdraw its troops from Syria")."""
    return statecraft(event_type) or (event_type == "CONCEDE" and mode != "withdraw")


def locator(doc: Doc, article: Article, sents: Sentences | None = None
            ) -> Callable[..., Located]:
    """A function giving each mention of ``doc`` its place and where the place came from.

    The place is that of the event's own clause (a clause opened by "when" after a phrase naming a
    place, ", when 80 were killed,", being that phrase's); else of its sentence (the clauses that
    govern it first, never another clause's reported content or relative clause); else where its
    doer is, named with it ("police in Canada failed to detain him"); else, for words and
    decisions, the seat of the institution that says or makes them ("the Duma voted", "the
    Kremlin said": Moscow, see :mod:`dateline.seats`; precision 2, ``focus``: the text implies
    it, not names it), or the chamber's town (:mod:`dateline.place_chambers`); else, when
    the sentence carries on the story of the one before ("They arrested two men"), that sentence's
    place (``carried``, at least precision 2); else the dateline (precision 3); else the article's
    ``focus``, the town or country that dominates its places (a country named only in quotations
    not among them; a deed whose text names only the country that focus town lies in is near
    the town too, ``focus``: :mod:`dateline.place_within`), save for the words of a foreign
    government (its resolved doer, ``actor``), told as done, in a town the article is about
    that is no venue of talks (no place: where it spoke is unknown,
    :mod:`dateline.place_home`); else ``(None, None)``. Headlines are not in the text; caption
    lines lend no place. Places are resolved once for the whole document; each call only picks
    among them.
    """
    sents = sents or Sentences.of(doc)
    found = [t for t in toponyms(doc, article, sents) if t.place.lat is not None or
             t.kind == "country"]
    captions = [(m.start(), m.end()) for m in _CAPTION.finditer(sents.text)]
    usable = [t for t in found if not is_actor_use(doc, t) and not origin_of_someone(doc, t)
              and not any(a <= doc[t.start].idx < b for a, b in captions)]
    filed = dateline_place(article)  # where the report was filed: the event is in that region
    dateline = coarser(filed, 3) if filed is not None else None
    by_sent = note_sentence_places(doc, sents, usable)  # (read again by later place rules)
    quoted = {t.start for t in usable if in_quotation(sents.text, doc[t.start].idx)}
    focus = article_focus(doc, sents, usable, quoted, found)
    told = told_places(doc, usable, quoted)
    origins = {t.start for t in usable if from_place(doc, t)}
    venues = {t.start: venue(doc, t) | held_at(doc, t) for t in usable}
    venue_starts = frozenset(t.start for t in usable if venues[t.start])  # (once a document)
    held = held_in(doc, sorted(usable, key=lambda t: t.start))
    pairs = border_pairs(doc, usable)
    # places named together ("battles in Manbij, Tabqa and Raqqa"), by sentence
    listed: dict[int, list[Place]] = {}
    for t in usable:
        if in_a_list(doc, t, by_sent.get(sents.index(t.start), ())):
            listed.setdefault(sents.index(t.start), []).append(t.place)

    def finest(t: Toponym) -> Place:
        # (of "the Syria-Iraq border", the side the story is on)
        other = pairs.get(t.start)
        if other is not None and focus is not None and t.place.country != focus.country \
                and other.place.country == focus.country:
            t = other
        return held.get(t.start, t).place

    def names_event(t: Toponym, tok: Token) -> bool:
        """A town naming the event itself: "the Raqqa offensive", "the Astana talks"."""
        root = span_root(doc, t.start, t.end)
        return t.kind != "country" and root.dep_ in ("compound", "nmod") and root.head.i == tok.i

    def quoted_apart(t: Toponym, tok: Token) -> bool:
        """The place is in a quotation its event's word stands outside of."""
        return t.start in quoted and not in_quotation(sents.text, tok.idx)

    @cache  # a sentence's root is asked again for each event its place is carried to
    def in_sentence(tok: Token, exclude: tuple[int, int], verbal: bool = False) -> Located:
        k = sents.index(tok.i)
        if exclude[0] <= tok.i < exclude[1]:
            exclude = (-1, -1)  # a deed told in its doer's words: "those fighting in Afrin"
        # the places of a phrase bounding a span are its own: "has threatened to push deeper
        # since sending troops into Afrin"
        inside_bound = bounds_a_span(tok)
        # a clause telling what happened then and there ("since the attack on Khan Sheikhun,
        # when 80 were killed, …") is where that phrase's place is, even one bounding a span
        then = [] if verbal and not gathering(tok) else [t for t in by_sent.get(k, ()) if (
            then_and_there(doc, t, tok, by_sent.get(k, ())))]
        if then:
            return min(then, key=lambda t: (t.place.precision or 3, t.start)).place, "clause"
        # the doer's own words name no place of the deed, save the ground of an attack doing
        # it, the venue of the talks it names ("the Astana talks ended"), a town naming the
        # event itself ("the Raqqa offensive started") or one its relative clause tells of
        in_sent = [t for t in by_sent.get(k, ()) if (
            not (exclude[0] <= t.start < exclude[1]) or attack_ground(doc, t)
            or tok.i in venues[t.start] or names_event(t, tok)
            or relative_antecedent(doc, t, tok))
                   and inside_bound == bounds_a_span(doc[t.start])]
        if not in_sent:
            return None, None
        clause = clause_tokens(tok)
        # where words were said is not where what they tell of happened: a gathering's place is
        # the gathering's own and its verb's ("the Sochi conference has turned into a struggle
        # over how the war will end")
        in_sent = [t for t in in_sent if (not venues[t.start] or tok.i in venues[t.start]
                                          or where_antecedent(doc, t, tok))
                   and not other_deed(doc, t, tok) and (verbal or not told_at(doc, t, tok))
                   and not contrasted(doc, t, tok) and not background(doc, t, tok)
                   and not described_doer(doc, t, tok)]
        own = [t for t in in_sent if t.start in clause]
        if verbal:
            # words are said where the clause says they were, not where what they are about
            # happened ("blamed the offensive against Afrin", "sought backing to use the
            # airspace over Afrin")
            # (nor in the words they quote: 'demanded “steps to destroy terrorists in Idlib”')
            own = [t for t in own if (said_at(doc, t, tok) or jurisdiction(doc, t, tok))
                   and not quoted_apart(t, tok) and not party_place(doc, t, tok)]
            # ("Speaking at a press conference in Moscow, the minister condemned …")
            spoken = [t for t in in_sent if speaks_from(doc, t, tok) or tok.i in venues[t.start]]
            if spoken and not own:
                return spoken[0].place, "clause"
        if own and all(t.start in origins for t in own) and tok.lemma_.lower() in (
                MOTION | TERRITORIAL):
            own = []  # "stormed across the border from Syria": where it came from, not where
        if own:  # where it came from ("a missile from Syria") only when nothing else
            best = min(own, key=lambda t: (t.start in origins, not hangs_on(doc, t, tok),
                                           t.place.precision or 3, abs(t.start - tok.i)))
            # (a town inside the country, named for the event too: :mod:`.place_finer`)
            return finest(finer_within(tok, best, own if verbal else in_sent, origins,
                                       not verbal)), "clause"
        where = [t for t in in_sent if where_antecedent(doc, t, tok) or apposed_where(doc, t, tok)
                 or relative_antecedent(doc, t, tok) or deed_antecedent(doc, t, tok)]
        if where:  # "the Congo, where fresh rallies turned to violence", "Raqqa, which fell"
            return finest(min(where, key=lambda t: (t.place.precision or 3, t.start))), "clause"
        if placed_by_deixis(tok):
            return None, None  # "came home, and was arrested here": not the places of the others
        for tokens in governing_clauses(doc, tok):
            # a governing clause lends only the place that sets its scene ("In Moscow, the
            # minister said he rejected …", "At a checkpoint near Jalalabad, soldiers stopped a
            # bus whose driver was detained"), not one it tells of something else by ("the
            # regime change in Damascus he once sought"), nor another act's ("with bombing
            # under way in Idlib, but the children are held")
            head = next(doc[i] for i in tokens if doc[i].head.i not in tokens
                        or doc[i].head.i == i)
            up = [t for t in in_sent if t.start in tokens and said_at(doc, t, head)
                  and not left_behind(doc, t, tok) and not (verbal and told_apart(tok, head))]
            if up:
                return finest(min(up, key=lambda t: (t.start in origins,
                                                     abs(t.start - tok.i)))), "sentence"
        def anothers(t: Toponym) -> bool:
            """A place of what only may happen ("seem bound to be judged in the US"), of
            another doer's act, or of the noun a relative clause tells of."""
            return irrealis(doc[t.start]) or other_doer(doc, t, tok) or \
                beside_antecedent(doc, t, tok) or relative_deed(doc, t, tok) or \
                anothers_deed(doc, t, tok) or on_the_way(doc, t, tok) or later_deed(t, tok)

        rest = [] if verbal else [t for t in in_sent if (
            not aside(doc, tok, t.start) or scene_of_deed(doc, t, tok)
            or placed_patient(doc, t, tok)) and not anothers(t)
                                  and not left_behind(doc, t, tok)]
        if rest:
            return finest(min(rest, key=lambda t: (t.start in origins, abs(t.start - tok.i),
                                                   t.place.precision or 3))), "sentence"
        # else a town the sentence names elsewhere, save in what the event's words report
        # ("The minister said that troops had shelled Mosul" is not said in Mosul)
        towns = [] if verbal else [t for t in in_sent if t.kind not in REGION_KINDS
                                    and t.kind != "country" and not anothers(t)
                                    and not reported_by(doc, t, tok)
                                    and not left_behind(doc, t, tok)]
        if towns:
            return min(towns, key=lambda t: abs(t.start - tok.i)).place, "sentence"
        return None, None

    def carried(k: int, tok: Token, verbal: bool = False) -> Place | None:
        """The place the story had before sentence ``k``, when ``k`` carries it on: told as
        going on ("They arrested two men"), or set by a sentence opening on its scene ("In
        Iraq, where …, the women wait. Their families are shunned"). What someone's words
        report (``tok``) after a sentence of someone's words takes only a place that sentence's
        words report: where they were said is not where it happened ("In the camp, a woman
        said she knew them. She confirmed that their mother had been killed"), and a deed told
        as done (not ``verbal``) takes no place where the sentence before says words were said
        ("The minister spoke in Moscow. Two policemen died"); words (``verbal``) take only a
        place where the sentence before says words were said or met, not one it is about."""
        in_report = reported(tok)
        for step in range(_CARRY_STEPS):
            prev = k - 1 - step
            here = k - step
            if prev < 0:
                return None
            if not same_section(sents.text, sents.start_chars[prev], sents.start_chars[here]):
                return None
            scene = fronted_scene(prev)
            # (a quotation going on tells on the account the sentence before began: "“The
            # bombing was heavy before the town fell. They hit the hospital”", for a sentence
            # or two: talk drifts)
            told_on = continues_story(sents.text_of(here), sents.text_of(prev)) \
                or scene is not None or back_to_scene(sents.text_of(here)) \
                or (not by_sent.get(here) and goes_on(sents.spans[here])) \
                or (step < _QUOTE_STEPS and one_quotation(prev, here))
            # (a sentence naming no place of its own goes on with the story of the one before
            # that named its doer, and only that one's)
            if not told_on and not (not by_sent.get(here) and same_story(sents.spans[here],
                                                                         sents.spans[prev])):
                return None
            place, _ = in_sentence(sents.spans[prev].root, (-1, -1), verbal)
            if place is None and not verbal:  # ... else of the done deed its words report
                place = reported_place(doc, sents.spans[prev].root, by_sent.get(prev, ()))
            if place is not None and described(prev, place):
                return None  # what someone is, not where the story is
            place = place or scene
            if place is None and not (verbal or in_report):
                # (a sentence naming its scene only by pointing back at a town: "a shell hit a
                # school in Manbij. Pupils were led out of the town. Four were wounded")
                place = (pointed_place(doc, sents, sents.spans[prev].root, usable)
                         or (None, None))[0]
            if not (verbal or in_report) and place is not None and place in speech_venues(
                    doc, sents.spans[prev], by_sent.get(prev, ())):
                return None  # where words were said is no scene of a deed told after them
            # (a villager's or a resident's words tell of where they live: "In Kunduz, a
            # villager said … He said they also killed his brother")
            words = None if not in_report or local_teller(sents.spans[prev], SAYING) \
                else telling_content(sents.spans[prev])
            if words is not None and (place is None or not any(
                    t.start in words and place in (t.place, finest(t))
                    for t in by_sent.get(prev, ()))):
                return None
            if place is None and not told_on:
                return None
            if place is not None and place in listed.get(prev, ()):
                return None  # one of several places named together is no one scene
            if place is not None:
                return place if carries_on(place, focus) and not names_elsewhere(
                    tok, by_sent.get(k, ()), place) else None
        return None

    def described(k: int, place: Place) -> bool:
        """Sentence ``k`` says what someone or something is, and ``place`` is named only in
        that description ("Erdoğan was one of the advocates of regime change in Damascus"):
        no scene of the story."""
        root = sents.spans[k].root
        attrs = [c for c in root.children if c.dep_ in ("attr", "acomp")]
        return root.lemma_ == "be" and bool(attrs) and all(
            any(a.left_edge.i <= t.start <= a.right_edge.i for a in attrs)
            for t in by_sent.get(k, ()) if place in (t.place, finest(t)))

    def one_quotation(prev: int, here: int) -> bool:
        """Sentence ``here`` goes on with a quotation that sentence ``prev`` is in or opens,
        and that closes before another opens (one left open at a paragraph's end tells none)."""
        text, start = sents.text, sents.start_chars[here]
        # (a quotation opened right after a sentence reporting someone's words is their account
        # going on: "She said she saw the raid in Manbij. “They shot the man.”")
        said = sents.spans[prev].root
        reports = said.lemma_.lower() in REPORTING and any(
            c.dep_ == "ccomp" for c in said.children)
        return quoted_account(text, (sents.start_chars[prev], sents.end_chars[prev]),
                              (start, sents.end_chars[here]), reports) \
            and quotation_closes(text, start)

    def fronted_scene(k: int) -> Place | None:
        """The place sentence ``k`` opens on as its scene ("In Iraq, …", "Across the border,
        south of Mosul, …"): a place phrase set before the main clause's doer, ahead of a
        comma."""
        sent = sents.spans[k]
        doer = subject(sent.root)
        if doer is None:
            return None
        for t in by_sent.get(k, ()):
            node = span_root(doc, t.start, t.end)
            while node.head.i != sent.root.i and node.head.i != node.i:
                node = node.head
            # (the phrase hangs on the main verb ahead of its doer and is one of place; a
            # comma closes the place's own words)
            if node.head.i == sent.root.i and node.i < doer.left_edge.i and (
                    (node.dep_ == "prep" and node.lower_ in _SCENE_PREPS)
                    or node.dep_ in ("advmod", "npadvmod")) and t.end < sent.end \
                    and doc[t.end].text == ",":
                return t.place
        return None

    speakers = speaker_venues(doc, usable)

    def met_at(mention: Mention) -> Place | None:
        """The town where a gathering that one of the two sentences before tells of was
        held, for what several parties say or agree together after it ("Leaders met in
        Brussels. France and Germany agreed to …", "… held talks in Geneva. Both sides said …")."""
        k = sents.index(mention.trigger)
        if mention.source is None or not joint_doer(doc, mention.source):
            return None
        for prev in (k - 1, k - 2):
            if prev < 0 or not same_section(sents.text, sents.start_chars[prev],
                                             sents.start_chars[k]):
                return None
            root = sents.spans[prev].root
            held = [t.place for t in by_sent.get(prev, ()) if root.i in venues[t.start]]
            if not held and gathering(root):
                place, source = in_sentence(root, (-1, -1))
                held = [place] if place is not None and source == "clause" else []
            if held and (held[0].precision or 3) < 3 and not irrealis(root):
                return held[0]
            # (further back only through words of the same parties: "They also called …")
            doer = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if doer is None or not joint_doer(doc, (doer.i, doer.i + 1)):
                return None
        return None

    # a town the story is about that is named as the venue of talks or speeches ("talks in
    # Geneva") holds the words of all who came (named doing what it holds); any other is not
    # where a foreign government speaks from ("Turkey warned" in a report on Idlib)
    held_here = [venues[t.start] for t in usable if focus is not None and venues[t.start]
                 and place_key(t.place) == place_key(focus)]
    came = venue_doers(doc, held_here, {i for t in found for i in range(t.start, t.end)})
    # (and those titled as sent to them where the text names the town: "the lead negotiator
    # Karim Ostrow said in Geneva …", later "Ostrow accused …")
    envoys = titled_at_talks(doc, frozenset(
        t.start for t in usable if focus is not None and place_key(t.place) == place_key(focus)
    )) if held_here else frozenset()

    tellings, courts = Tellings(doc), court_towns(doc, usable)  # (the courts: once a document)
    homes = home_towns(doc, found)  # (and the towns of one person's home)

    def own_clause(tok: Token) -> Located:
        return in_sentence(tok, (-1, -1))

    def place_for(mention: Mention, actor: Actor | None = None) -> Located:
        place, source = told_place(mention, actor)
        trig, sense = doc[mention.trigger], getattr(mention, "sense", None)
        if source not in ("clause", "sentence", "carried", "focus") or _placed_as_words(
                getattr(sense, "event_type", None), getattr(sense, "mode", None)):
            return place, source
        # (a country the next telling of the deed names a town of; else the story's town)
        if (told := told_next(trig, place, sents, tellings, own_clause)) is not None:
            return told, "carried"
        if source == "focus":
            return place, source
        town = story_town(trig, place, lambda: lent(trig, mention))
        return (town, "focus") if town is not None else (place, source)

    def told_place(mention: Mention, actor: Actor | None = None) -> Located:
        trig = doc[mention.trigger]
        sense = getattr(mention, "sense", None)
        kind = getattr(sense, "event_type", None)
        words = _placed_as_words(kind, getattr(sense, "mode", None))
        # ("dropped leaflets over the enclave of Ghouta, urging the fighters to surrender")
        if (dropped := dropped_place(trig, by_sent.get(sents.index(trig.i), ()))) is not None:
            return dropped, "clause"
        if elsewhere(trig):
            # ("when rebel groups elsewhere surrendered"): no place the text names; its country
            whole = country_place(focus.country) if focus is not None and focus.country else None
            return (coarser(whole, 3), "focus") if whole is not None else (None, None)
        place, source = in_sentence(trig, mention.source or (-1, -1), words)
        if place is None and (verb := agent_verb(trig)) is not None:  # "hit by shelling"
            place, source = in_sentence(verb, mention.source or (-1, -1), words)
        if source != "clause" and (own := own_ground_place(trig, actor, usable, kind)) is not None:
            return own, "clause"  # "Jordan and Israel sealed their borders": on their own ground
        if source == "sentence" and not words and may_only_be(trig):
            place, source = None, None  # what only may be done has its own clause's place alone
        # "the attack" told again is where the story placed it ("attacked a post in Kano")
        again = None if words else story_place(trig, place, tellings, own_clause)
        if again is not None:
            return again, "carried"
        if place is None and (court := case_venue(trig, courts, usable)):
            place, source = coarser(court, 2), "carried"  # "granted bail" after "X crown court"
        if place is None and (home := resident_town(doc, trig, homes)):
            place, source = home, "clause"  # "A Leeds man has been charged": near his home
        if place is not None:
            return place, source
        # "withdraw troops from the country": the country named last before (not where the
        # words telling of it were said: "told reporters in Ankara that troops shelled the town")
        telling = {t.start for t in by_sent.get(sents.index(trig.i), ()) if told_at(doc, t, trig)}
        pointed = None if words else pointed_place(
            doc, sents, trig, [t for t in usable if t.start not in telling])
        if pointed is not None:
            return pointed
        doer = mention.source
        if doer is not None and 0 <= doer[0] < doer[1]:
            # where the doer is, named with it ("police in Canada failed to detain him")
            here = by_sent.get(sents.index(mention.trigger), [])
            at = [t for t in here if doer_at(doc, t, doer) and not described_doer(doc, t, trig)]
            if at:
                return at[0].place, "clause"
            # where the doer is kept or stays ("the women, held in a camp near Erbil, pleaded")
            kept = kept_place(doc, here, doer, trig)
            if kept is not None:
                return kept, "clause"
        spoke = spoken_at(doc, sents, speakers, mention, actor) \
            if words and not told_as_before(trig) else None
        if spoke is not None:
            return coarser(spoke, 2), "carried"
        met = met_at(mention) if words else None
        if met is not None:
            return coarser(met, 2), "carried"
        # (words of a party to a gathering told just before: "Putin hosted Erdoğan in Sochi";
        # the talks the story is about are the focus's to hold)
        met = gathered_at(doc, sents, by_sent, venues, trig, mention.source, actor) \
            if words else None
        if met is not None and (focus is None or place_key(met) != place_key(focus)):
            return coarser(met, 2), "carried"
        if statecraft(kind) and (chamber := chamber_place(doc, trig, mention.source, actor)):
            return chamber, "focus"  # "the UN security council demanded": in New York
        if statecraft(kind):
            # what the Duma decides is decided in Moscow, what the Kremlin says is said there: an
            # institution named for its seat, a place the text implies (``focus``, near it, as
            # :mod:`dateline.place_home`'s)
            seat = seat_place(doc, trig, mention.source)
            # (not a doer named apart: "the Senate accused the prince of ordering the killing")
            if seat is not None and (seat[1] or not named_doer(doc, mention.source)):
                return coarser(seat[0], 2), "focus"
        k = sents.index(mention.trigger)
        # what only may or is to happen does not carry on the story of the sentence before, nor
        # does a tally since a time ("eight were killed since the war began"), a noun's past told
        # of it ("an activist previously imprisoned"), other happenings ("his other visits")
        before = None if apart_from_the_story(trig) or amid_deed(trig, sents) \
            else carried(k, trig, words)
        if before is not None:
            # the story's place is where the event is near, not where it surely is
            return _near(before, trig), "carried"
        # the lead's news told again ("Exactly how they were captured remains unclear")
        lead_place = None if words or irrealis(trig) or since(trig) else retold_lead(
            trig, sents, OPENING, lambda t: in_sentence(t, (-1, -1)))
        if lead_place is not None:
            return _near(lead_place, trig), "carried"
        if dateline is not None:
            return dateline, "dateline"
        if focus is not None and (focus.precision or 3) < 3 and not (held_here and (
                not came or among(actor, came | envoys) or convenes(actor, mention, came, doc))) \
                and sense is not None and foreign_voice(sense, actor, focus):
            # where it spoke is unknown (:func:`home_ground`), its words only wanted or
            # refused ("Ankara would not take part") as much as those told as done
            return None, None
        if focus is not None and since(trig) and focus.country:
            # (a tally over a span has no one scene: the country's)
            return coarser(country_place(focus.country) or focus, 3), "focus"
        # (not a deed's place named as what the event is about: "evidence on the Salisbury attack")
        scenes = [t for t in by_sent.get(k, ()) if not other_deed(doc, t, trig)]
        if not placed_by_deixis(trig) and (
                other := sentence_country(doc, trig, scenes, focus, words, venues)):
            return other, "sentence"  # "Syria is dangerous, and the children are held in camps"
        if focus is not None:  # (a foreign group's attack: where it fights, if named)
            return theatre(sense, actor, focus, [t.place for t in usable]) or lent(
                trig, mention), "focus"
        return None, None

    def _near(place: Place, trig: Token) -> Place:
        """A place the story lends an event: near it, or only its country where the event's
        own words name a place the gazetteer does not know ("near Sarrin")."""
        whole = country_place(place.country) if place.country and unknown_scene(
            trig, found) else None
        return coarser(whole, 3) if whole is not None else coarser(place, 2)

    sections: dict[int, Place] = {}

    def lent(trig: Token, mention: Mention) -> Place | None:
        """The place the article's focus lends the event of ``trig``. The focus of the section
        of its sentence is kept per sentence (``sections``): the document's places, its focus
        and its venues alone decide it, and each event of the sentence asks again."""
        if focus is None:
            return None
        k = sents.index(trig.i)
        section = sections.get(k)
        if section is None:
            section = sections[k] = section_focus(doc, sents, told, k, focus, venue_starts)
        return no_finer(section, doc, trig, mention.source, found)

    return battle_towns(place_for, doc, sents, usable, found, focus)

