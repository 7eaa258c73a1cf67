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
