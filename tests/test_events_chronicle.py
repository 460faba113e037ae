"""A chronicle's entries dated by a day of the month alone, set off by commas (issue 9,
events dated right on unseen news): "Le 25, à Paris, une bombe explose ..." under the
heading "25-28 juillet 1995" is 25 July 1995, the month of the last day told before it, else
the publication's; "..., le journal avait évoqué, le 1er, la menace ..." the 1st of that
month. Not an address ("le 12, rue ...") nor a ranking ("le 1er, 2e et 3e"). Invented French
news, with spaCy's French parser."""

from __future__ import annotations

import datetime as dt

import pytest
from essai_article import extraction_of

from timeline.temporal import tag

# (text, publication day, expression, value or None when nothing is told)
DAYS = [
    ("12-15 mars 2003\n\nLe 12, à Lyon, un entrepôt brûle.", "2003-03-20", "12", "2003-03-12"),
    ("Le 4, le conseil adopte le budget.", "2003-03-20", "4", "2003-03-04"),
    ("Le maire avait annoncé, le 1er, un plan de relance.", "2003-03-20", "1er", "2003-03-01"),
    ("Il habite le 12, rue des Lilas.", "2003-03-20", "12", None),
    ("Ils ont fini le 1er, 2e et 3e du classement.", "2003-03-20", "1er", None),
    ("Le taux est passé à 12,5 % le 3 mars.", "2003-03-20", "12", None),
]


@pytest.mark.parametrize(("text", "published", "words", "value"), DAYS)
def test_a_day_of_the_month_set_off_by_commas(text, published, words, value):
    told = {t.text: t.value for t in tag(text, dt.date.fromisoformat(published))}
    assert told.get(words) == value


CHRONICLE = (
    "12-15 mars 2003\n\n"
    "Le 12, à Lyon, un incendie détruit un entrepôt de la zone portuaire. Les pompiers "
    "interviennent pendant toute la nuit.\n\n"
    "Le 14, le préfet du Rhône annonce l'ouverture d'une enquête judiciaire."
)


@pytest.mark.parametrize(
    ("words", "day"), [("un incendie détruit", "2003-03-12"), ("le préfet du Rhône", "2003-03-14")]
)
def test_a_chronicle_entry_is_dated_by_its_day(words, day):
    [sentence] = [s for s in extraction_of(CHRONICLE, "2003-03-20").sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day
