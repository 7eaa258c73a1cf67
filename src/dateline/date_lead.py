"""Stage ``date``, for the lead: an act of force the first sentence tells with no time of its own
takes the time the next sentence gives the same story.

"Gunmen have stormed a hotel in the capital, killing 12 people. The attackers arrived at the
hotel on Tuesday night and opened fire in the lobby": the lead sums up what the next sentence
tells in full, with its day; a reader gives the storming Tuesday, not the article's date. The
next sentence must carry the story on (:func:`dateline.sentences.continues_story`: "The
attackers", "They", a definite noun the lead named; or the name of someone the lead told of
unnamed: "A journalist has been shot dead. Maria Lopez, 31, was leaving her office on Tuesday
when …", :func:`_unnamed`), be told in the simple past (or set the scene of the blow in the
past progressive), and date its main clause within the news (at most
:data:`dateline.date_episode.NEWS_DAYS` days before the report, to the day or week); the lead's
act must be told as done, in the present perfect or the simple past, and the lead must give no
time at all.

The lead may also tell the act in a relative clause of whom it is about: "The parents of a British
man who was arrested in Turkey have insisted he is innocent. Joe Smith was on holiday in Didim on
22 July when police raided his hotel" (the arrest, 22 July); "A soldier who was killed while
fighting near Manbij has been named. The 33-year-old died on Thursday" (the fighting, Thursday).
Then the relative clause must describe someone in the subject of the lead, be told as done in the
simple past, the lead's main clause must tell, name or mourn (``lead_framing``: not "… who was
arrested has been released", another act the next sentence may date), and the next sentence
must carry the story on, name the one the lead did not, or tell the same kind of happening in
its main clause (:func:`same_kind`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from .aspect import clause_of, past_perfect, past_progressive, simple_past
from .date_episode import NEWS_DAYS
from .date_story import happening_word
from .deps import subject
from .sentences import Sentences, continues_story
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .timex import TimeExpression

__all__ = ["lead_time", "same_kind", "LEAD_ACTS"]

#: Event types whose lead the next sentence tells in full: acts of force, protest, arrest.
LEAD_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "SEIZE"})


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s")
                                      for c in verb.children)


def lead_time(doc: Doc, sents: Sentences, mention: Mention, pub: str | None,
              starting_in: Callable[[int, int], list[TimeExpression]],
              told_time: Callable[[Token], TimeExpression | None], described: bool = False
              ) -> tuple[str, str, str] | None:
    """``(date, precision, "carried")`` for an act of the lead that the next sentence dates;
    ``None`` otherwise. ``described``: the act is told in a clause describing someone."""
    trig = doc[mention.trigger]
    event_type = getattr(getattr(mention, "sense", None), "event_type", None)
    if pub is None or event_type not in LEAD_ACTS or sents.index(trig.i) != 0 or len(
            sents.spans) < 2 or past_perfect(trig):
        return None
    root = sents.spans[0].root
    verb = clause_of(trig)
    act = _describing(verb, root)
    told = act is not None or not described and (verb.i == root.i or verb.head.i == root.i and (
        verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ == "mark" for c in verb.children))))  # "…, killing 12 people"
    if not told or not (_present_perfect(root) or simple_past(root)):
        return None  # not "… deployed after gunmen stormed a hotel"
    if starting_in(sents.start_chars[0], sents.end_chars[0]):
        return None  # the lead tells a time of its own, or of something else
    nxt = sents.spans[1]
    unnamed = _unnamed(subject(root) if act is None else act.head)
    if not (simple_past(nxt.root) or past_progressive(nxt.root)) or not (
            continues_story(sents.text_of(1), sents.text_of(0))
            or unnamed and _opens_on_name(nxt.root)
            or act is not None and same_kind(act, nxt.root)):
        return None
    time = told_time(nxt.root)
    if time is None or time.date is None or time.precision not in ("day", "week"):
        return None
    age = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(time.date)).days
    return (time.date, time.precision, "carried") if 0 <= age <= NEWS_DAYS else None


#: Determiners of someone the lead does not name yet: "a British man has been arrested".
_UNNAMED = frozenset({"a", "an"})


def _unnamed(who: Token | None) -> bool:
    """``who`` is someone told of but not named ("A British man has been arrested in
    Turkey"): when the next sentence opens on a person's name (:func:`_opens_on_name`), the
    news lead's way of naming who the story is about, which carries the story on."""
    return who is not None and who.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in _UNNAMED for c in who.children)


def _opens_on_name(verb: Token) -> bool:
    """The subject of ``verb`` is a person's name that opens its sentence: "Joe Smith, 24, …"."""
    named = subject(verb)
    return named is not None and named.ent_type_ == "PERSON" and (
        named.left_edge.i == verb.sent.start)


#: What a lead's main clause does around the act it describes: telling, naming, mourning.
_FRAMING = word_class("lead_framing")
#: Words of a death, whether told as a killing or as dying ("was killed", "died").
_DEATHS = word_class("deaths")


def same_kind(act: Token, verb: Token) -> bool:
    """``act`` and ``verb`` tell the same kind of happening: "was arrested" and "detained",
    "was killed" and "died"."""
    if act.lemma_.lower() in _DEATHS and verb.lemma_.lower() in _DEATHS:
        return True
    return verb.pos_ == "VERB" and happening_word(act) == happening_word(verb)


def _describing(verb: Token, root: Token) -> Token | None:
    """The relative clause of the lead's subject that tells the act of ``verb`` as done ("A
    soldier who was killed …", "The parents of a man who was arrested …"), also through an
    adverbial clause of it ("… killed while fighting near Manbij"); else ``None``."""
    act = clause_of(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb
    subj = subject(root)
    if act.dep_ != "relcl" or past_perfect(act) or not simple_past(act) or subj is None or (
            root.lemma_.lower() not in _FRAMING):
        return None
    return act if act.head.i in {t.i for t in subj.subtree} else None
