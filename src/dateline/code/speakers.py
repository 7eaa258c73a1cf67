"""Who speaks for a pronoun in reported speech ("the commissioner said he had increased
security"), the subject word as written, and the accused of an accusation, who is the actor of
the act it names ("accused Israel of attacking")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..coref import FIRST_PERSON, OWNER, gender_of, kind_of
from ..coref_kin import given_named
from ..coref_quoted import introduced_speaker
from ..sentences import in_quotation
from ..tokens import doc_text, tags
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["SPEECH_VERBS", "accused_actor", "quotation_speaker", "quote_speaker",
           "reported_clause", "speaker_of", "written_subject"]

_BODIES = word_class("bodies")
SPEECH_VERBS = word_class("speech_verbs_quote")
_THIRD_PERSON = frozenset({"he", "she"})
_COLLECTIVE = frozenset({"it", "they"})  # "Bangladesh says it will not accept refugees"
#: How many sentences back an unattributed quotation may have been opened, or how many on it
#: may be closed.
_QUOTE_SENTENCES = 5
#: Within this many sentences back, the words from the speech verb on need only be quoted;
#: further back, exactly one quotation must open between it and the words and none close.
_NEAR_SENTENCES = 3


def written_subject(verb: Token) -> Token | None:
    """The subject word of ``verb`` as written, a pronoun included, climbing through control
    ("it is willing to withdraw", "they agreed to release"): what :func:`speaker_of` reads."""
    cur = verb
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None or cur.head.i == cur.i:
            return subj
        if cur.dep_ == "xcomp" or (cur.dep_ == "acomp" and cur.head.lemma_.lower() == "be"):
            cur = cur.head
        else:
            return None
    return None


def reported_clause(tok: Token, steps: int, *, verb_only: bool = True) -> tuple[Token, bool]:
    """Climbing at most ``steps`` heads up from ``tok``, the clause a speech verb reports
    ("said [he had increased security]", "'[…],' X said"), with ``True``; else where the climb
    stopped (the root, or ``steps`` heads up), with ``False``. With ``verb_only`` a speech
    word tagged other than a verb reports nothing and the climb goes on past it."""
    cur = tok
    for _ in range(steps):
        head = cur.head
        if head.i == cur.i:
            break
        if (cur.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS
                and (head.pos_ == "VERB" or not verb_only)):
            return cur, True
        cur = head
    return cur, False


def speaker_of(tok: Token | None) -> Token | None:
    """The speaker a pronoun in reported speech stands for.

    "'we have launched a hunt,' the commissioner said" and "the commissioner said he had
    increased security": the actor of the quoted act is the one who speaks.
    """
    if tok is None or tok.pos_ != "PRON" or \
            tok.lower_ not in FIRST_PERSON | _THIRD_PERSON | _COLLECTIVE:
        return None  # "the US has begun withdrawing": a country, not "us"
    if tok.lower_ not in FIRST_PERSON and in_quotation(doc_text(tok.doc), tok.idx):
        return None  # "'He attacked the convoy,' Weber said": the speaker would say "I"
    clause, reported = reported_clause(tok, 8)
    if reported:
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ == "PRON" or any(
                c.dep_ == "poss" and c.lower_ == OWNER.get(tok.lower_)
                for c in speaker.children):
            return None  # "his office said he had called …": he is the office's owner
        if tok.lower_ in _THIRD_PERSON and speaker.tag_ not in ("NN", "NNP"):
            return None  # "officials said he …": he is someone else
        if tok.lower_ not in FIRST_PERSON and _subject_before(clause, tok):
            return None  # "refugees told how armed groups raided homes, where they …"
        if tok.lower_ == "it" and not (speaker.ent_type_ in ("GPE", "ORG", "NORP")
                                      or speaker.lower_ in _BODIES):
            return None
        if tok.lower_ == "they" and speaker.tag_ not in ("NNS", "NNPS"):
            return None
        return speaker
    # the speech verb may come after the quote as the root: "'…,' X said."
    root = tok.sent.root
    if tok.lower_ in FIRST_PERSON and root.lemma_.lower() in SPEECH_VERBS:
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON" and not (
                speaker.left_edge.i <= tok.i <= speaker.right_edge.i):
            return speaker
    return None


def _subject_before(clause: Token, pronoun: Token) -> bool:
    """Whether the reported ``clause`` has, before ``pronoun``, a subject of its own that the
    pronoun may stand for (people for "they", a person for "he", a body for "it"), which it
    more likely does than the one who speaks."""
    def agrees(t: Token) -> bool:
        if pronoun.lower_ == "they":
            return t.tag_ in ("NNS", "NNPS")
        if pronoun.lower_ == "it":
            return t.ent_type_ in ("GPE", "ORG") or t.lemma_.lower() in _BODIES
        return kind_of(t) == "person"
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and agrees(t)
               for t in clause.subtree if t.i < pronoun.i)


def quote_speaker(tok: Token) -> Token | None:
    """Who says "we", "I", "us" or "me" (``tok``) in a quotation: the subject of the speech
    verb it hangs from ("'we have picked up their radios,' he said": "he", a pronoun the
    caller resolves), or, in a quotation its own sentence does not attribute, the subject of
    the speech verb that frames its close in the same sentence, a few sentences on ("We are
    pulling out. We will not go back," the minister said. → the minister), else of the
    sentence that opened it, a few sentences back at most (Pearson said the camps were
    unsafe. "We have visited those camps." → Pearson): a speech verb before the quotation may
    tell of something else ("The letter tells of the raid. “They beat me,” Leila Haddad
    says": Leila Haddad), while a speech verb in a sentence of its own after the close is another
    speaker's ("Officials said the camp was safe"); a pronoun in the closing frame ("she
    added") stands for the one who opened it, when it fits them ("he" is not Leila Haddad).
    Else the person named as the subject of the narrative sentence just before the quotation
    (:func:`~dateline.coref_quoted.introduced_speaker`). ``None`` where no one is named so.
    """
    return _quoted_by(tok) if tok.lower_ in FIRST_PERSON else None


def quotation_speaker(tok: Token) -> Token | None:
    """Who speaks the quotation ``tok`` is in, as :func:`quote_speaker` finds them; ``None``
    when ``tok`` is in no quotation. A pronoun of the third person there never stands for
    them ("'Before leaving, she had trained,' said Abdullah": she is not Abdullah)."""
    return _quoted_by(tok) if in_quotation(doc_text(tok.doc), tok.idx) else None


def _quoted_by(tok: Token) -> Token | None:
    own = next((s for v in _speech_verbs(tok.sent) if v.is_ancestor(tok)
                and (s := _speaker(v)) is not None and s.i != tok.i
                and not in_quotation(doc_text(tok.doc), v.idx)), None)  # "“Isis says it …"
    if own is not None:
        return own
    opened, closed = _opened_by(tok), _closed_by(tok)  # the frame at the close is the quote's
    if closed is not None and closed.pos_ == "PRON" and opened is not None:
        return opened if _fits(closed, opened) else None  # "…,” she added": the opener
    return closed or opened or introduced_speaker(tok)


def _fits(pronoun: Token, named: Token) -> bool:
    """Whether ``pronoun`` ("he", "she", "they", "it") stands for ``named`` by its person,
    number and gender: "he" or "she" only for a person whose gender the words tell ("Leila
    Haddad ... she added"; a name that tells none may be someone else's the frame means)."""
    low, kind = pronoun.lower_, kind_of(named)
    if low in _THIRD_PERSON:
        gender = gender_of(named) or given_named(named)
        return kind == "person" and gender == ("m" if low == "he" else "f")
    return kind in ("people", "body") if low == "they" else kind == "body"


def _opened_by(tok: Token) -> Token | None:
    """The speaker of the sentence a few back that opened the quotation ``tok`` is in."""
    doc, start = tok.doc, tok.sent.start
    for back in range(_QUOTE_SENTENCES):
        if start == 0:
            return None
        before = doc[start - 1].sent
        verbs = [v for v in _speech_verbs(before) if _speaker(v) is not None]
        if verbs:
            said = verbs[-1]
            open_ = _quoted if back < _NEAR_SENTENCES else _opened
            return _speaker(said) if open_(doc[said.i:tok.i]) else None
        start = before.start
    return None


def _closed_by(tok: Token) -> Token | None:
    """The speaker of the sentence a few on whose speech verb follows the close of the
    quotation ``tok`` is in (a close with no opening between them)."""
    doc, end = tok.doc, tok.sent.end
    for _ in range(_QUOTE_SENTENCES):
        if end >= len(doc):
            return None
        after = doc[end].sent
        verbs = [v for v in _speech_verbs(after) if _speaker(v) is not None]
        if verbs:
            said = verbs[0]
            span = doc[tok.i:said.i]
            return _speaker(said) if _closed(span) and _framed(span, said) else None
        end = after.end
    return None


def _speech_verbs(sent: Span) -> list[Token]:
    """The speech verbs of ``sent``, read from the document's arrays: a ``Token`` made only
    for each verb found, not for every word of the sentence (the same lemmas and tags)."""
    doc = sent.doc
    lemmas, pos, _, _ = tags(doc)
    return [doc[i] for i in range(sent.start, sent.end)
            if pos[i] == "VERB" and lemmas[i] in SPEECH_VERBS]


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb, if it is not itself a first-person word."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subj is None or subj.lower_ in FIRST_PERSON else subj


def _quoted(span: Span) -> bool:
    """Whether a quotation opened in ``span`` is still open at its end."""
    text = span.text
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1


def _opened(span: Span) -> bool:
    """Whether ``span`` opens one quotation and closes none."""
    return _one_mark(span.text, "\u201c", "\u201d")


def _closed(span: Span) -> bool:
    """Whether ``span`` closes a quotation open at its start, and opens none."""
    return _one_mark(span.text, "\u201d", "\u201c")


def _framed(span: Span, said: Token) -> bool:
    """Whether the speech verb ``said`` after the close of a quotation in ``span`` frames it
    in the same sentence ("…,” she said", "…!” he shouted"), not a sentence of its own after
    one the close ends ("…” Officials said the camp was safe")."""
    text = span.text
    close = max(text.rfind(m) for m in ("\u201d", "\u00bb", '"'))
    ends = text[:close].rstrip()[-1:]
    if ends == ".":
        return False
    if ends not in ("!", "?"):
        return True
    speaker = _speaker(said)
    after = span.doc.char_span(span.start_char + close + 1, span.end_char,
                               alignment_mode="expand")
    return speaker is not None and after is not None and all(
        t.is_punct or speaker.left_edge.i <= t.i <= speaker.right_edge.i for t in after)


def _one_mark(text: str, mark: str, other: str) -> bool:
    """Whether ``text`` holds the curly quotation ``mark`` once and never the ``other``, or,
    in straight quotes, one mark alone."""
    curly = text.count(mark) == 1 and text.count(other) == 0
    return curly or (text.count('"') == 1 and "\u201c" not in text and "\u201d" not in text)


def accused_actor(verb: Token) -> Token | None:
    """For "X accused Y of attacking Z", the accused Y is the actor of "attacking"."""
    cur = verb
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lemma_.lower() in ("accuse", "blame", "charge", "suspect", "convict"):
            return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        cur = head
    return None
