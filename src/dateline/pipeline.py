"""The pipeline: read → clean → annotate → code → actors → locate → date → attribute.

:class:`Pipeline` keeps the loaded spaCy model for batch work; ``workers > 1`` parses in that many
processes, each loading the model once.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, Any

from . import annotate, gazetteer, tokens
from .actor_places import place_no_party
from .code.recipient_makers import maker_recipient
from .code.recipient_holders import held_place
from .code.recipient_implicit import implicit_recipient
from .code.recipient_victims import struck_person, victims_in_place
from .actor_victims import victims_where_struck
from .actor_we import we_for
from .actor_joined import joined_people, member_mentions
from .actor_describe import SECTOR_LABELS
from .actor_defined import captors_named, defined_doer
from .actors import ActorResolver
from .actor_deeds import clause_doer
from .agents import (cameo_root_by_doer, has_security_agent, implied_police, policing_role,
                     protested_authority, unnamed_attackers, visiting, with_coder_sector,
                     with_state_country)
from .attribute import Attributor
from .clean import bound_text, clean
from .datafiles import overlay_held
from .code import Mention, find_mentions
from .code.acled import acled_types, not_political_violence
from .code.conjuncts import conjunct_mentions, described, partners
from .code.journeys import private_trip
from .code.status import UNREAL
from .code.target_spans import whole_recipient
from .code.type_doers import arrest_without_power, mobilized_by, taken_captive
from .date import checked_pubdate, dater
from .date_before import before_report
from .date_coming import not_yet_done
from .date_frame import dated_in_story
from .date_retold import dated_as_retold
from .date_twins import dated_by_twins
from .errors import ConfigError, DatelineError, DocumentError, ReadError
from .feeds import read_inputs
from .frames import EventList
from .language import coded, detect as detect_language
from .genre import by_genre, genre_of
from .habits import without_records
from .learned import load_classifier
from .learned_roles import RecipientModel, chooser_wanted, load_recipient_model
from .realness import judge, load_realness, threshold_setting
from .realness_generic import without_generics, without_roles
from .realness_restated import without_restatements
from .realness_show import without_spectacles
from .limits import (MAX_EVENTS_PER_SENTENCE, MAX_SENTENCE_CHARS, events_cap, evidence,
                     per_sentence_cap)
from .locate import home_ground, locator, speakers_place
from .place_voice import voice_place
from .main_clause import main_acts
from .parties import Parties
from .processes import collector_paused, die_with_parent, settle
from .read import RawDocument
from .records import Article, Event
from .results import Result, one_by_one, partitions, top_up
from .sentence_runs import runs_of
from .sentences import Sentences, sentences_held
from .story_actors import StoryDoers
from .tokens import doc_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .fetch import Fetcher
    from .tabular import Columns

__all__ = ["Pipeline", "Result", "extract", "events_from_doc", "articles_from_paths",
           "MAX_EVENTS_PER_SENTENCE", "MAX_SENTENCE_CHARS"]


def _event_id(doc_id: str, m: Mention, start: int, end: int) -> str:
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{m.sense.event_type}\x1f{m.rule}"
    if m.conjunct:  # one act of several coordinated parties: one event each
        key += f"\x1f{m.conjunct}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def events_from_doc(doc: Doc, article: Article, warnings: list[str] | None = None, *,
                    learned: bool = True, realness: bool = True,
                    real_threshold: float | None = None,
                    recipients: bool | None = None) -> list[Event]:
    """Code a parsed document into events (every stage after ``annotate``): the rules' events,
    decided, vetoed and completed by the learned classifier and weighed by how likely each is
    real (``realness.judge``: dropped below ``real_threshold``) unless ``learned`` (or
    ``realness``) is false, with recipients re-chosen by the learned chooser when ``recipients``
    (or ``DATELINE_LEARNED_RECIPIENTS``) asks for it and ``learned`` is true, and kept as the
    document's kind allows (``genre.by_genre``); what had to be dropped to keep the work bounded
    is told in ``warnings``."""
    # the place stages' many lookups check the gazetteer's files once, the many reads of the
    # data tables look up DATELINE_DATA_PATH once, and the cyclic collector waits till the end
    with gazetteer.pinned(), overlay_held(), collector_paused(), sentences_held(doc):
        chooser = load_recipient_model() if learned and chooser_wanted(recipients) else None
        coder = DocumentCoder(doc, article, recipients=chooser)
        cut = annotate.sentence_cuts(doc)
        if cut is not None and warnings is not None:
            warnings.append(cut)
        events = coder.rule_events(warnings)
        if learned:
            events = load_classifier().revise(doc, coder.sents.spans, events, coder.event,
                                              coder.tokens)
        # an act the text dates only where it tells it again is of that time
        events = dated_by_twins(doc, events, article.pubdate)
        story = len(coder.sents.spans) > 1
        events = by_genre(events, genre := article.genre or genre_of(article.text),
                          article.pubdate, background=story)
        if story:  # records and habits retold: the background of a story
            events = without_generics(doc, without_records(doc, events))
        events = without_restatements(doc, without_spectacles(doc, events))
        if learned and realness:
            events = judge(doc, coder.sents.spans, events, genre=genre, pubdate=article.pubdate,
                           threshold=real_threshold)
        events = without_roles(doc, events) if story else events  # (the judge read them all)
        # a happening dated once, the story's frame; then what was done before the report: no date
        events = before_report(doc, dated_in_story(doc, events, article.pubdate))
        events = dated_as_retold(doc, events, article.pubdate)  # a known happening named again
        events = not_yet_done(doc, events, article.pubdate)  # an act set after the report: planned
        events = main_acts(doc, events)
        events = annotate.as_written(doc, events_cap(events, warnings))
        tokens.forget(doc)  # before the collector runs again: the memos need no walk,
        del coder  # nor the stages' state
    return events


class DocumentCoder:
    """One document's coding: its sentences, and its actors, places and dates resolved once."""

    def __init__(self, doc: Doc, article: Article,
                 recipients: RecipientModel | None = None) -> None:
        self.doc = doc
        self.article = article
        self.recipients = recipients  # the learned recipient chooser, when one is used
        self.sents = Sentences.of(doc)  # found once: every stage walks the sentences
        # each sentence's tokens, for the rules' and the classifier's passes
        self.tokens = runs_of(doc, [(span.start, span.end) for span in self.sents.spans])
        self._resolvers: tuple[Any, ActorResolver, StoryDoers] | None = None
        # the dates and attributions: made for the first event, not the first mention (a
        # document whose mentions all fail to be events, none of whose acts is dated)
        self._telling: tuple[Any, Attributor] | None = None

    def rule_events(self, warnings: list[str] | None = None) -> list[Event]:
        """The rules' events, each once."""
        mentions = per_sentence_cap(find_mentions(self.doc, self.sents.spans, self.tokens),
                                     self.sents, warnings)
        events: list[Event] = []
        seen: set[str] = set()
        for m in mentions:
            for e in self.events_of(m):
                if e.event_id not in seen:
                    seen.add(e.event_id)
                    events.append(e)
        return events

    def events_of(self, m: Mention) -> list[Event]:
        """The events of a mention: one, or one for each of its coordinated parties when they
        belong to different countries ("the United States and Jordan", "Iraq and Libya")."""
        joint = self._parties(m)
        if joint is None:
            return []
        parts = conjunct_mentions(self.doc, m) or member_mentions(self.doc, m, joint)
        if not parts:
            whole = self._event(joint)
            return self._per_partner(m, whole) or self._per_modifier_country(m, whole)
        # the parties of each first; the rest only for the events kept
        split = [d for d in map(self._parties, parts) if d is not None]
        for role in ("source", "target"):
            countries = {a.country for d in split if (a := getattr(d, role)) and a.country}
            if len(countries) > 1:
                return [self._event(d) for d in split]
        return [self._event(joined_people(self.doc, joint, split))]  # "Trump and May"

    def _per_partner(self, m: Mention, joint: Event) -> list[Event]:
        """"broke off relations with Congo and Costa Rica": the recipient found in a phrase of
        the thing acted on, and each party coordinated with it, one event each (the thing
        stays their events' object); ``[]`` unless they are of different countries."""
        target = joint.target
        if target is None or target.char_start is None or target.char_end is None:
            return []
        found = [p for k, span in enumerate(partners(self.doc, (target.char_start,
                                                            target.char_end), m.target), start=1)
                 if (p := self._parties(replace(m, target=span, conjunct=k))) is not None
                 and p.target is not None]
        countries = {a.country for a in (target, *(p.target for p in found)) if a and a.country}
        if len(countries) < 2:
            return []
        own = [] if described(self.doc, (target.char_start, target.char_end)) else [joint]
        return [*own, *(e.with_(object=e.object or joint.object) for e in map(self._event, found))]

    def _per_modifier_country(self, m: Mention, joint: Event) -> list[Event]:
        """"US and British forces attacked": one event for each country's forces."""
        actors = self._resolvers[1] if self._resolvers is not None else None
        if actors is None:
            return [joint]
        for role, span in (("source", m.source), ("target", m.target)):
            actor = getattr(joint, role)
            if actor is not None and actor.char_start is not None and actor.char_end is not None:
                # the words the actor stage settled on ("a summit with the leaders of ...")
                words = self.doc.char_span(actor.char_start, actor.char_end)
                span = (words.start, words.end) if words is not None and len(words) else span
            isos = actors.modifier_countries(span) if actor is not None else []
            if isos:
                out = [joint.with_(**{role: actors.of_country(actor, isos[0])})]
                for k, iso in enumerate(isos[1:], start=1):
                    e = self.event(replace(m, conjunct=k))
                    if e is not None and getattr(e, role) is not None:
                        out.append(e.with_(**{role: actors.of_country(getattr(e, role), iso)}))
                return out
        return [joint]

    def _recipient_span(self, m: Mention) -> tuple[int, int] | None:
        """The words of a mention's recipient: where the rules found one, the learned chooser's
        pick among the sentence's noun phrases when the chooser is used (``learned_roles``: the
        rules' own words when it agrees with them, when no phrase is likely enough, or when
        they name a thing). Where the rules found none, none is added unless the chooser only
        adds (``learned_roles.ADD_ONLY``); only a verb's is
        re-chosen (an act named by a noun has its party in its own phrase: "her killing"),
        and not the one a withdrawal is from (the rules take it past the forces withdrawn)."""
        if self.recipients is None or m.construction != "verb" or \
                m.sense.mode == "withdraw":
            return m.target
        return self.recipients.choose(self.doc[m.trigger], m.sense.event_type, m.target,
                                      m.source)

    def event(self, m: Mention) -> Event | None:
        """The event of a mention; ``None`` for a generic act of no security force or a
        disaster, an accident or ordinary crime."""
        parties = self._parties(m)
        return None if parties is None else self._event(parties)

    def _parties(self, m: Mention) -> Parties | None:
        """The parties, place and ACLED types of a mention's event (see :meth:`event`)."""
        doc, article, sents = self.doc, self.article, self.sents
        if m.status == UNREAL:
            return None  # a condition, wish or guess the text does not report
        if self._resolvers is None:  # made on the first mention: most sentences have none
            resolver = ActorResolver(doc, date=article.pubdate, dateline=article.dateline_place)
            where_of = locator(doc, article, sents)  # (the story's doers place its acts too)
            self._resolvers = (where_of, resolver, StoryDoers(doc, resolver, sents, where_of))
        place_for, actor_for, story = self._resolvers
        k = sents.index(m.trigger)
        sent = sents.spans[k]
        source = we_for(doc, m.trigger, with_coder_sector(  # "'We …,' the general said"
            clause_doer(doc, m, actor_for), m), actor_for.dict.country_names,
            SECTOR_LABELS)
        target, acted_on = struck_person(doc, m, *place_no_party(doc, *actor_for.recipient(
            self._recipient_span(m), m.trigger, m.source, m.sense.event_type, m.sense.mode)))
        target = maker_recipient(doc, m, target, source, actor_for)  # "opposed the plan"
        target, acted_on = victims_in_place(doc, m, target, acted_on, actor_for)  # "killing 12"
        target = held_place(doc, m, target, actor_for)  # "Douma, a town held by the rebels"
        if not has_security_agent(m, source) or private_trip(doc, m, source) or \
                arrest_without_power(m, source):
            return None
        if m.sense.event_type == "ASSAULT" and not_political_violence(source, sent):
            return None  # a disaster, an accident or ordinary crime: no political event
        if source is None:  # "the town was shelled again": the doer the story names, if safe
            source = defined_doer(doc, m, actor_for.dict.countries,
                                  actor_for.dict.country_names) or story.doer(m, target) or \
                captors_named(doc, m, sents, actor_for) or story.attacker(m, target) or \
                story.arrester(m)  # "was arrested in Turkey", in a story of the war in Syria
        else:  # "They hit the hospital", "they" standing for no one found: the one side attacking
            source = story.pronoun_attacker(m, target, source)
        target = target or story.recipient(m, source)  # "the strikes": the first telling's
        place, place_source = speakers_place(m.sense, source, *place_for(m, source))
        where = place.country if place is not None else None
        # state agents act for the place their sentence names, not one the article lends
        said = place if place_source in ("clause", "sentence") else None
        kind = m.sense.event_type
        own = None if visiting(m, source, target) else said  # not of the place visited or met in
        source = policing_role(actor_for.in_focus(with_state_country(
            implied_police(source, m, sents), own, doc=doc), m.trigger, where, target, kind,
            place_told=place_source not in ("focus", "dateline")), m, sent)
        target = victims_where_struck(protested_authority(actor_for.in_focus(with_state_country(
            target, said, doc[m.trigger]), m.trigger, where, source, kind, recipient=True),
            source, m, where), kind, where, place_source, source)
        target, m = implicit_recipient(doc, m, whole_recipient(doc, target, m), source, place,
                                       actor_for)  # "bombed Isis-held Raqqa"
        acled, acled_sub, mode = acled_types(
            m.sense.event_type, m.sense.mode, m.status, m.sense.acled_event_type,
            m.sense.acled_sub_event_type, source, target, sent, m.fatalities, doc[m.trigger])
        source = unnamed_attackers(source, m, said, acled_sub, target)
        mode = mobilized_by(kind, mode, source)
        m, mode = taken_captive(m, mode, acled_sub)
        place, place_source = voice_place(m, source, *home_ground(
            m, source, target, place, place_source, doc), doc)  # words said at their seat
        story.note(m, source, target, mode)
        return Parties(m, k, source, target, acted_on, place, place_source, acled, acled_sub,
                        mode)

    def _event(self, p: Parties) -> Event:
        """The event of a mention whose parties :meth:`_parties` found."""
        m, article, sents = p.mention, self.article, self.sents
        if self._telling is None:
            self._telling = dater(self.doc, article, sents), Attributor(self.doc)
        date_for, attribution = self._telling
        sent = sents.spans[p.sent]
        trig = doc_span(self.doc, m.trigger_span[0], m.trigger_span[1])
        start, end = trig.start_char, trig.end_char
        shown, shown_start = evidence(sents.text_of(p.sent), sent.start_char, start)
        when, precision, date_source = date_for(m)
        source, target, place, mode = p.source, p.target, p.place, p.mode
        return Event(
            event_id=_event_id(article.doc_id, m, start, end),
            doc_id=article.doc_id,
            event_type=m.sense.event_type,
            mode=mode, status=m.status,
            cameo_root=cameo_root_by_doer(m.sense.cameo_root, mode, source),
            acled_event_type=p.acled,
            acled_sub_event_type=p.acled_sub,
            source=source, target=target,
            location=place,
            date=when, date_precision=precision,
            fatalities=m.fatalities, injuries=m.injuries,
            attribution=attribution(m, sent),
            sentence=shown,
            char_start=start,
            char_end=end,
            sent_start=shown_start,
            trigger=trig.text,
            rule=m.rule,
            confidence=m.confidence,
            object=p.acted_on or m.acted_on and self.doc[slice(*m.acted_on)].text,
            outlets=(article.outlet,) if article.outlet else (),
            place_source=p.place_source,
            date_source=date_source,
        )


def articles_from_paths(paths: Iterable[str], *, pubdate: str | None = None,
                        fetcher: Fetcher | None = None, columns: Columns | None = None,
                        ) -> Iterator[Article | ReadError]:
    """Read and clean every document under ``paths`` (files, directories, URLs); bad ones come
    out as errors. Each article carries its detected language."""
    for item in read_inputs(paths, fetcher=fetcher, columns=columns):
        if isinstance(item, ReadError):
            yield item
            continue
        yield clean_one(item, pubdate)


def clean_one(raw: RawDocument, pubdate: str | None = None) -> Article | ReadError:
    """The cleaned article of one raw document, with its language and kind (news, opinion …), or
    the error that stopped it."""
    try:
        article = clean(raw, pubdate=pubdate)
    except ReadError as err:
        return err
    except Exception as err:  # a bug or a parser's limit on one document stops that document
        return _failed(raw.source, "could not be cleaned", err)
    return article.with_(language=detect_language(article.text), genre=genre_of(article.text))


def _failed(source: str, what: str, err: BaseException) -> DocumentError:
    return DocumentError(source, f"{what} ({err.__class__.__name__}: {err})")


# Worker processes keep one Pipeline each (loaded by the initializer), or the error that kept
# it from loading: raised by each task, to reach the caller as itself, not as a dead pool.
_WORKER: Pipeline | DatelineError | None = None


def _worker_init(model: str, batch_size: int, parent: int, learned: bool = True,
                 real_threshold: float | None = None) -> None:
    global _WORKER
    die_with_parent(parent)
    try:
        _WORKER = Pipeline(model=model, batch_size=batch_size, workers=1, learned=learned,
                           real_threshold=real_threshold)
    except DatelineError as err:
        _WORKER = err


def _worker_run(articles: list[Article]) -> list[Result]:
    if isinstance(_WORKER, DatelineError):
        raise _WORKER
    if _WORKER is None:  # pragma: no cover - initializer always runs first
        raise RuntimeError("worker pipeline was not initialised")
    results = list(_WORKER._process_local(articles))
    settle()  # a worker process: its first batch loaded the models it keeps
    return results


class WorkerPool:
    """The worker processes of a parallel pipeline, started again when one of them dies.

    A worker that dies while coding (a crash in a parser's compiled code, the out-of-memory
    killer) takes the pool and every document in flight down with it. The pool is started
    again and those documents coded again, each on its own; one that kills a worker again,
    alone, is the cause: it becomes that document's error, and the batch goes on.
    """

    def __init__(self, pipeline: Pipeline) -> None:
        self._args = (pipeline.model, pipeline.batch_size, os.getpid(), pipeline.learned,
                      pipeline.real_threshold)
        self._workers = pipeline.workers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, articles: list[Article]) -> Future[list[Result]]:
        """Code ``articles`` in a worker; a pool that broke is replaced first."""
        for _attempt in range(2):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self._workers,
                                                 initializer=_worker_init, initargs=self._args)
            try:
                return self._pool.submit(_worker_run, articles)
            except BrokenProcessPool:
                self._stop()
        raise ConfigError("worker processes die as soon as they start")

    def kill(self) -> None:
        """End the workers, one of which a document holds for good: killed (a pool waits for
        its workers as it shuts down); the next submission starts others."""
        for proc in list((getattr(self._pool, "_processes", None) or {}).values()):
            proc.kill()
        self._stop()

    def recover(self, articles: list[Article], err: BaseException,
                limit: float | None = None) -> Iterator[Result]:
        """Results for ``articles``, whose chunk failed with ``err``: coded again, each on its
        own (each waited for ``limit`` seconds at most), when a worker died; any other error is
        raised again."""
        if not isinstance(err, BrokenProcessPool):
            raise err
        yield from one_by_one(articles, self.submit, BrokenProcessPool, wait,
                              "the worker process coding it died (the workers were started "
                              "again for the other documents)", limit=limit, stuck=self.kill)


class Pipeline:
    """Loaded models and settings for turning articles into events.

    >>> pipe = Pipeline()                                       # doctest: +SKIP
    >>> for result in pipe.process(articles): ...               # doctest: +SKIP
    """

    def __init__(self, model: str = annotate.DEFAULT_MODEL, *, batch_size: int = 32,
                 workers: int = 1, learned: bool = True,
                 real_threshold: float | None = None) -> None:
        if workers < 1:
            raise ConfigError(f"--workers must be at least 1 (got {workers})")
        if batch_size < 1:
            raise ConfigError(f"batch size must be at least 1 (got {batch_size})")
        self.model = model
        self.batch_size = batch_size
        self.workers = workers
        #: whether the learned classifier decides the rules' events (else the rules alone)
        self.learned = learned
        #: events less likely real than this are dropped (``realness.threshold_setting``)
        self.real_threshold = threshold_setting(real_threshold)
        if learned:
            load_classifier()
            load_realness()
        if workers == 1:
            annotate.load_model(model)  # fail early with a clear message

    def extract(self, text_or_article: str | Article, pubdate: str | None = None) -> EventList:
        """Events of one text or article (cut to :data:`annotate.MAX_TEXT_CHARS`)."""
        if isinstance(text_or_article, Article):
            article = text_or_article
            if pubdate:
                article = article.with_(pubdate=pubdate)
        else:
            raw = RawDocument(doc_id="text", body=str(text_or_article), kind="text")
            article = clean(raw, pubdate=pubdate)
        article = bound_text(article.with_(pubdate=checked_pubdate(article.pubdate)))
        doc = next(iter(annotate.parse([article.text], model=self.model)))
        return EventList(events_from_doc(doc, article, learned=self.learned,
                                         real_threshold=self.real_threshold))

    def process(self, items: Iterable[Article | ReadError]) -> Iterator[Result]:
        """Events for each article, in input order; read errors pass through as results, and a
        document that fails for any reason becomes an error result: the batch goes on."""
        if self.workers == 1:
            yield from self._process_local(items)
        else:
            yield from self._process_parallel(items)

    def _process_local(self, items: Iterable[Article | ReadError]) -> Iterator[Result]:
        it = iter(items)
        while True:
            chunk = [bound_text(a) if isinstance(a, Article) else a
                     for a in islice(it, self.batch_size * 4)]
            if not chunk:
                return
            # only English (or undetermined) articles are parsed and coded; others pass through
            articles = [a for a in chunk if isinstance(a, Article) and coded(a.language)]
            docs = self._parse_each([a.text for a in articles])
            with gazetteer.pinned():  # and once per chunk
                results = [self._result(item, docs) for item in chunk]
            yield from results

    def _result(self, item: Article | ReadError, docs: Iterator[Doc | Exception]) -> Result:
        if isinstance(item, ReadError):
            return Result(article=None, error=item, source=item.source)
        if not coded(item.language):
            return Result(article=item, source=item.source)
        return self._code(item, next(docs))

    def _parse_each(self, texts: list[str]) -> Iterator[Doc | Exception]:
        """Parsed texts in order, in batches; a text that breaks its batch is found by parsing
        the rest one at a time, and comes out as its exception."""
        done = 0
        try:
            for doc in annotate.parse(texts, model=self.model, batch_size=self.batch_size):
                done += 1
                yield doc
        except Exception:
            for text in texts[done:]:
                try:
                    yield next(iter(annotate.parse([text], model=self.model)))
                except Exception as err:
                    yield err

    def _code(self, article: Article, doc: Doc | Exception) -> Result:
        source = article.source
        if isinstance(doc, Exception):
            return Result(article=None, error=_failed(source, "could not be parsed", doc),
                          source=source)
        notes = list(article.notes)
        if article.genre is None:
            article = article.with_(genre=genre_of(article.text))
        try:
            events = tuple(events_from_doc(doc, article, notes, learned=self.learned,
                                          real_threshold=self.real_threshold))
        except Exception as err:  # one document's failure is reported; the batch goes on
            return Result(article=None, error=_failed(source, "could not be coded", err),
                          source=source)
        return Result(article=article, events=events, source=source, warnings=tuple(notes))

    def _process_parallel(self, items: Iterable[Article | ReadError]) -> Iterator[Result]:
        with WorkerPool(self) as pool:
            yield from in_order(items, self.batch_size, self.workers * 2, pool.submit,
                                pool.recover)


def in_order(items: Iterable[Article | ReadError], size: int, max_inflight: int,
             submit: Callable[[list[Article]], Any],
             recover: Callable[[list[Article], BaseException], Iterable[Result]] | None = None,
             ) -> Iterator[Result]:
    """Results of chunks of ``size`` articles computed by ``submit`` (which returns a future),
    with at most ``max_inflight`` chunks pending, yielded in input order; read errors pass
    through as results. A chunk whose future fails is handed to ``recover`` with its error
    (which it raises again or turns into results), else the error is raised. Used by the
    process pool; the Dask engine has its own, with a watchdog (``dateline.engine._in_order``),
    over the same :func:`~dateline.results.partitions` and :func:`~dateline.results.top_up`."""
    parts = partitions(items, size)
    pending: deque[Any] = deque()
    while True:
        top_up(pending, parts, max_inflight, submit)
        if not pending:
            return
        head = pending.popleft()
        if isinstance(head, list):
            yield from head
            continue
        articles, future = head
        try:
            results = future.result()
        except Exception as err:
            if recover is None:
                raise
            results = recover(articles, err)
        yield from results


def extract(text_or_article: str | Article, pubdate: str | None = None) -> EventList:
    """Events of one text or article with the default pipeline (loaded once per process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.extract(text_or_article, pubdate=pubdate)


_DEFAULT: Pipeline | None = None
