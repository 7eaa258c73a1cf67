"""Stage ``locate``: the focus of the section an unplaced event is told in
(:mod:`dateline.place_section`), and a "where" clause set after the description of a town
(:mod:`dateline.place_where`). One short report per construction, written for the project."""

from __future__ import annotations

import pytest

from test_locate import _where

#: A report about Syria: its towns named often, so that Syria is its focus.
_SYRIA = ("Government forces shelled Idlib on Monday. Rebels in Idlib said the shelling of "
          "Idlib had gone on for a week, and fighting spread to Aleppo and to Hama. ")


@pytest.mark.parametrize(("text", "word", "country", "source"), [
    # a section still set in the focus's country keeps the focus
    (_SYRIA + "The United Nations said aid convoys had been halted.", "halted", "SYR",
     "focus"),
    # a section set in a town of another country takes that country, marked as the focus
    (_SYRIA + "Later that week, a march was held in Ankara. Demonstrators were beaten by "
     "officers.", "beaten", "TUR", "focus"),
    # several other countries set no one scene, nor does a country named alone as a topic,
    # nor the venue of talks: the article's focus holds
    (_SYRIA + "Ministers spoke in Vienna and in Madrid. Several delegates were detained.",
     "detained", "SYR", "focus"),
    (_SYRIA + "Washington announced a withdrawal of its troops from Iraq. Some protesters were "
     "later detained.", "detained", "SYR", "focus"),
    (_SYRIA + "Envoys held talks in Geneva. Several delegates were detained.", "detained",
     "SYR", "focus"),
    # (the venues are read once a document: a second event of the section is no different)
    (_SYRIA + "Mediators opened talks in Geneva. Two aides were detained and a guard was "
     "beaten.", "beaten", "SYR", "focus"),
    # nor where words were said, nor a place told of in a description of a noun
    (_SYRIA + "At a forum in Ankara, the minister said the talks would go on. Several "
     "delegates were detained.", "detained", "SYR", "focus"),
    (_SYRIA + "The envoy, who was once jailed by a court in Ankara, wrote to the council. "
     "Several delegates were detained.", "detained", "SYR", "focus"),
])
def test_place_section_focus_of_the_section(nlp, text, word, country, source):
    _, got_country, got_source = _where(nlp, text, word)
    assert (got_country, got_source) == (country, source)


#: A report about one town of Syria: the town is its focus.
_IDLIB = ("Government forces shelled Idlib on Monday. Rebels in Idlib said the shelling of "
          "Idlib had gone on for a week. Residents of Idlib fled the city. ")


@pytest.mark.parametrize(("text", "word", "place"), [
    # a section set in the town, or in no town, keeps the town
    (_IDLIB + "Aid agencies said convoys had been halted.", "halted", "Idlib"),
    # a section set in another town of its country gives the country
    (_IDLIB + "Later, fighting broke out in Hama. Two doctors were abducted.", "abducted",
     "Syria"),
])
def test_place_section_town_focus_in_another_towns_section(nlp, text, word, place):
    name, _, source = _where(nlp, text, word)
    assert (name, source) == (place, "focus")


@pytest.mark.parametrize(("text", "word", "town"), [
    # the clause tells of the town its description describes, not of the region it names
    ("Rebels attacked Hajin, a town in eastern Syria, where government forces had been "
     "shelling civilians.", "shelling", "Hajin"),
    ("Militants seized Marawi, a city in the southern Philippines, where the army later "
     "launched an offensive.", "offensive", "Marawi City"),
    # without a comma before it, the clause hangs on the description itself
    ("The convoy reached Tal Abyad, a small border town in northern Syria where Kurdish "
     "fighters clashed with rebels.", "clashed", "Tall Abyad"),
    # a where clause on a country with no town before it stays the country's
    ("Protesters marched on Monday in Yemen, where jets bombed a market.", "bombed", "Yemen"),
])
def test_place_where_clause_after_a_towns_description(nlp, text, word, town):
    name, _, source = _where(nlp, text, word)
    assert (name, source) == (town, "clause")


#: A report about Syria whose later sentences turn to other places and seats of government.
_TURNS = (_SYRIA + "Later that week, a march was held in Ankara. Demonstrators were beaten. "
          "The Kremlin said it would send envoys. Two doctors were abducted. Aid agencies said "
          "convoys had been halted. Rebels in Idlib were detained.")


@pytest.mark.parametrize("order", ["forward", "backward", "middle out"])
def test_place_section_sections_kept_as_walked_anew(nlp, order):
    """Each sentence's section is kept once worked out (a sentence that names no place is in
    the section of the one before): asked in any order, every sentence's focus is the one a
    walk back over the whole list gives."""
    from dateline import gazetteer
    from dateline.place_focus import article_focus, told_places
    from dateline.place_section import _section, section_focus
    from dateline.sentences import Sentences
    from dateline.records import Article
    from dateline.seats import seat_countries
    from dateline.toponyms import toponyms
    from dateline.tokens import forget

    doc = nlp(_TURNS)
    sents = Sentences.of(doc)
    with gazetteer.pinned():
        usable = list(toponyms(doc, Article(doc_id="t", text=_TURNS), sents))
        focus = article_focus(doc, sents, usable, set(), usable)
        told = told_places(doc, usable, set())
        n = len(sents.spans)
        ks = {"forward": range(n), "backward": range(n - 1, -1, -1),
              "middle out": [n // 2, *range(n)]}[order]
        got = {k: (_section(doc, sents, told, k), section_focus(doc, sents, told, k, focus))
               for k in ks}
        forget(doc)
        for k, ((j, last, seats), _) in got.items():
            # the walk back: the first sentence from k back that names a place or a seat
            want = next((i for i in range(k, -1, -1) if seat_countries(sents.spans[i]) or any(
                sents.starts[i] <= t.start < sents.ends[i] and t.place.country for t in told)),
                -1)
            assert j == want
            assert list(last) == [t for t in told if want >= 0 and t.place.country
                                  and sents.starts[want] <= t.start < sents.ends[want]]
            assert seats == (set(seat_countries(sents.spans[want])) if want >= 0 else set())
        assert got[n - 1][1] is not None
