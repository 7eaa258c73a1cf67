"""Names read from the document's arrays or kept per span give what the token walks gave: the
full name a short one stands for (``full_names.full_name_in``, kept per span and country
table), the speech verbs of a sentence (``speakers._speech_verbs``) and the court words after a
place name (``toponym_words.court_follows``)."""

from __future__ import annotations

import pytest

TEXTS = [
    "Russia's ambassador, Alexander Yakovenko, met Anna Campbell. Yakovenko said Anna had "
    "left. Israel Katz spoke to Israel's army, and Katz told reporters the talks were over.",
    "Sergei Skripal and Yulia Skripal were found in Salisbury. Skripal was taken to hospital, "
    "police said, and Yulia told friends she was well.",
    "A man appeared at Leeds crown court on Monday. He was sent to Westminster magistrates' "
    "court, where the Court of Appeal had ruled, officials said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_full_name_kept_per_span_is_the_full_name(nlp, text):
    from dateline.actor_dictionary import load_dictionary
    from dateline.full_names import full_name, full_name_in

    doc = nlp(text)
    countries = load_dictionary().countries
    found = set()
    for _ in range(2):  # asked again: the kept answer
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 4) + 1):
                span = doc[start:end]
                walked = full_name(doc, span, lambda words: countries.get(words) is not None)
                kept = full_name_in(doc, span, countries)
                assert (kept.start, kept.end) == (walked.start, walked.end) if walked else \
                    kept is None
                if kept is not None:
                    found.add(kept.text)
    if "Yakovenko said" in text:  # the short name stands for the full one
        assert "Alexander Yakovenko" in found


@pytest.mark.parametrize("text", TEXTS)
def test_speech_verbs_are_those_of_a_walk_of_the_sentence(nlp, text):
    from dateline.code.speakers import SPEECH_VERBS, _speech_verbs

    doc = nlp(text)
    for sent in doc.sents:
        walked = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS]
        assert [t.i for t in _speech_verbs(sent)] == [t.i for t in walked]


@pytest.mark.parametrize("text", TEXTS)
def test_court_words_read_from_the_arrays(nlp, text):
    from dateline.toponym_words import _COURT_KINDS, _COURTS, court_follows

    doc = nlp(text)

    def walked(end: int) -> bool:
        for w in doc[end:min(len(doc), end + 4)]:
            if w.lower_ in _COURTS:
                return True
            if w.lower_ not in _COURT_KINDS:
                break
        return False

    assert [court_follows(doc, end) for end in range(len(doc) + 1)] == \
        [walked(end) for end in range(len(doc) + 1)]
    assert any(court_follows(doc, end) for end in range(len(doc))) == ("court" in text)
