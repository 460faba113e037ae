"""A part of the day after words of the day before, a document's present on the day it was
issued (issue 9, dating of reports; dev32's dating 1 and 3). Invented French news, with
spaCy's French parser; the twins take their shapes from stored pages of French news
(tributes after a death, a trial's evening, a club's sacking, an eruption, a minister's
letter).

- A part of the day or a clock time naming no day ("Dans la soirée", "En fin de journée",
  "Tard dans la soirée"), counted from the story's last day told (of what happened or
  of what was said: "a déclaré son agent jeudi") in another paragraph, is on that day,
  whether it tells an act or relays words, on a page of the next day as on the same day's;
  not a night (the morning after), nor a time in quoted words, nor a morning counted from
  a day told as a step ("La veille").
- A document's words in the present ("il estime que ...", "l'élu explique que ...") after
  its author's words of the day before that name it ("a annoncé hier ..., dans une lettre
  publiée par le journal municipal") are of the document's day, not the day of writing.

Each row: (body, publication day, words of the sentence, the day it is dated: its own, or
its event's for a follow-up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of, extraction_of


def _day(body: str, published: str, words: str) -> str | None:
    """The day the sentence holding ``words`` is dated: its own, or its event's when it is
    a follow-up; None when it is neither dated nor a follow-up."""
    told = extraction_of(body, published).sentences
    [sentence, *_] = [s for s in told if words in s.text]
    if sentence.role == "follow-up" and sentence.parent is not None:
        sentence = told[sentence.parent]
    return sentence.date.start if sentence.date is not None else None


PART_OF_DAY_ROWS = [
    # dev32's shape: a tribute's words the day before, on the next day's page, then "Dans
    # la soirée," and a recall by someone else
    (
        "« Notre ami Marc nous a quittés », a déclaré son agent jeudi à la radio.\n\n"
        "Des centaines d'admirateurs se sont rassemblés devant sa maison.\n\n"
        "Dans la soirée, la chanteuse Lise Morel a rappelé qu'il lui avait appris le métier.",
        "2015-05-15",
        "Lise Morel",
        "2015-05-14",
    ),
    # twin (justice): a verdict of the day before, then the evening's words, relayed
    (
        "Le tribunal a condamné jeudi l'ancien maire à deux ans de prison.\n\n"
        "En fin de journée, son avocat a annoncé qu'il ferait appel.",
        "2015-05-15",
        "son avocat",
        "2015-05-14",
    ),
    # twin: the afternoon, an act, after another part of that day told since
    (
        "Le tribunal a condamné jeudi l'ancien maire à deux ans de prison.\n\n"
        "En fin de journée, son avocat a annoncé qu'il ferait appel.\n\n"
        "Tard dans la soirée, l'ancien maire a quitté le tribunal sous les huées.",
        "2015-05-15",
        "sous les huées",
        "2015-05-14",
    ),
    # twin (sport): "Plus tard dans la journée" and a statement
    (
        "Le club a limogé mardi son entraîneur après une quatrième défaite.\n\n"
        "Plus tard dans la journée, le capitaine a déclaré que les joueurs étaient soulagés.",
        "2019-10-09",
        "le capitaine",
        "2019-10-08",
    ),
    # twin: the quoted words first, the part of the day in the reporting clause
    (
        "Le volcan est entré en éruption mercredi, forçant l'évacuation de trois villages.\n\n"
        "« Nous avons tout perdu », a confié dans la soirée une habitante de Saint-Rose.",
        "2021-04-15",
        "tout perdu",
        "2021-04-14",
    ),
    # twin: a night is a boundary of days, what it tells is said the morning after
    (
        "Le pont s'est effondré mardi à Gênes.\n\n"
        "Dans la nuit, les pompiers ont extrait trois corps, a rapporté un responsable.",
        "2018-08-15",
        "trois corps",
        "2018-08-15",
    ),
    # twin: the morning counted from a day told as a step ("La veille") is the day of writing
    (
        "La veille, l'homme a tué son ex-femme à Chambéry.\n\n"
        "Les gendarmes ont repéré son véhicule tôt dans la matinée.",
        "2023-09-01",
        "repéré",
        "2023-09-01",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), PART_OF_DAY_ROWS)
def test_a_part_of_the_day_after_the_story_s_day_is_on_that_day(
    body: str, published: str, words: str, day: str
) -> None:
    assert _day(body, published, words) == day


DOCUMENT_ROWS = [
    # dev32's shape: the announcement of the day before naming the document, then its
    # author's words in the present
    (
        "Le maire de Saint-Aubin, Jean Corbel, a annoncé hier qu'il ne se représenterait "
        "pas aux prochaines élections municipales, dans une lettre publiée par le journal "
        "municipal.\n\nÉloigné de la mairie depuis bientôt six mois, il estime que le moment "
        "est venu de passer la main.",
        "2009-09-15",
        "il estime",
        "2009-09-14",
    ),
    # twin (health): an act of saying ("a annoncé hier sa démission"), the document named
    # in the next sentence, words of saying in the present
    (
        "La ministre de la Santé a annoncé hier sa démission.\n\nDans une lettre adressée au "
        "Premier ministre, elle dénonce un manque de moyens.",
        "2019-03-06",
        "manque de moyens",
        "2019-03-05",
    ),
    # twin: its author going on by a pronoun after the sentence naming the document
    (
        "La ministre de la Santé a annoncé hier sa démission.\n\nDans une lettre adressée au "
        "Premier ministre, elle dénonce un manque de moyens. Elle affirme qu'elle continuera "
        "à se battre pour l'hôpital public.",
        "2019-03-06",
        "Elle affirme",
        "2019-03-05",
    ),
    # twin: a document named after an act that said nothing (a meeting): its words in the
    # present may be of the day of writing, and are dated so
    (
        "Le conseil municipal s'est réuni hier pour voter le budget.\n\nDans un communiqué, "
        "l'opposition dénonce une décision précipitée.",
        "2019-03-06",
        "décision précipitée",
        "2019-03-06",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), DOCUMENT_ROWS)
def test_a_document_s_present_is_of_the_day_it_was_issued(
    tmp_path: Path, body: str, published: str, words: str, day: str
) -> None:
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day
