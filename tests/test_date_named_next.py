"""Stage ``date``: an act told with no time of its own takes the time of a description that names
it again in the next sentences with a day of its own ("… were killed. Sunday's attack was …"),
never another happening's; a military operation told in other words ("the offensive", "the
Afrin operation") is one happening; one death told twice ("she was killed", "she died … on 16
March") has the day the text gives it."""

from __future__ import annotations

import pytest

from dateline.date import DATE_SOURCES
from test_date_story import _dated

# (article written for the project, publication date, trigger (the last of its word; "#0": the
# first), date, precision, date_source)
CASES = [
    # a killing named next as an attack dated by its possessive day
    ("Near the town 21 soldiers were killed by a group linked to al-Qaida. Sunday's attack by "
     "the group was carried out in a village in the north.", "2019-03-03", "killed",
     "2019-03-03", "day", "story"),
    # ... or by a definite description with its day
    ("Police killed two protesters in the capital. The killing on Monday sparked outrage.",
     "2018-06-20", "killed#0", "2018-06-18", "day", "story"),
    # ... not by another happening of its kind ("another", "a second" attack)
    ("Rebels attacked a checkpoint. Another attack on Friday killed four soldiers.",
     "2018-06-20", "attacked", "2018-06-20", None, "publication"),
    ("Rebels attacked a checkpoint. Officials said a second attack on Friday killed four "
     "soldiers.", "2018-06-20", "attacked", "2018-06-20", None, "publication"),
    # ... nor by a happening of another kind
    ("Gunmen stormed a hotel in the capital. The siege ended on Friday.", "2018-06-20",
     "stormed", "2018-06-20", None, "publication"),
    # an operation launched last month, named again in other words
    ("Turkey launched a military offensive in Afrin last month. The enclave is held by Kurdish "
     "forces. Turkey began the Afrin operation after gaining the blessing of Russia.",
     "2018-02-19", "operation", "2018-01-01", "month", "story"),
    ("The army opened a campaign against the rebels on 3 May. The town lies near the border. "
     "The offensive was condemned by the opposition.", "2018-06-20", "offensive", "2018-05-03",
     "day", "story"),
    # ... but what would or will go on is no happening the story dated
    ("Turkey launched a military offensive in Afrin last month. The enclave is held by Kurdish "
     "forces. Erdogan said the Afrin operation would continue.", "2018-02-19", "operation",
     "2018-02-19", None, "publication"),
    # ... nor does the day a happening went on through ("continued for a fifth day") date it
    ("The president spoke late on Wednesday as a military assault on the city continued for a "
     "fifth day. Three armies have cooperated in the assault.", "2018-01-24", "assault",
     "2018-01-24", None, "publication"),
    # one death told twice, the day given after: "she was killed a week later … died when the
    # convoy she was in was hit … on 16 March"
    ("She was killed a week later. She died when the van she was riding in was hit by "
     "an airstrike on 16 March.", "2018-03-23", "killed", "2018-03-16", "day", "story"),
    # ... or before
    ("Anna Smith died on 3 May. Her brother spoke to reporters on Monday. Two weeks later, she "
     "was killed.", "2018-06-20", "killed", "2018-05-03", "day", "story"),
]


@pytest.mark.parametrize(("text", "pubdate", "word", "date", "precision", "source"), CASES)
def test_date_named_next_takes_the_descriptions_time(nlp, text, pubdate, word, date, precision,
                                                     source):
    assert source in DATE_SOURCES
    assert _dated(nlp, text, pubdate, word) == (date, precision, source)
