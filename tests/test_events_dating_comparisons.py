"""A day a count is compared with, a time of day after the lead's day, a standfirst before
the body's day (issue 9, dating of reports; dev31's dating 1, 2 and 3). Invented French
news, with spaCy's French parser; the twins take their shapes from stored pages of French
news (counts of demonstrations compared with the week before, an index with the month
before).

- A day inside a comparison ("(350.000 le 18 mars)", "contre 130.000 le 18 mars", "par
  rapport à la journée du 18 mars", "deux fois plus fournis que le 18 mars", "autant de
  monde que celles du 28 mars") is what the count is compared with: it dates neither the
  act nor the narration that goes on after it.
- After an attribution set inside the subject ("5.000 manifestants selon la FNSEA sont
  arrivés vers midi"), a day is the act's, not the one the source gave its figure on.
- A happening told at a part of the day or a clock time only ("En début de soirée, la
  police dénombrait déjà ..."), counted from the lead's "Hier" told in another paragraph,
  is on that day, not on the publication's.
- A standfirst told before the body's day ("Le président X a choisi d'imposer ce projet"
  before "Hier, X a annoncé ...") tells the body's act, on its day.

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import essai_text, sentence_of

from timeline.articles import parse_article
from timeline.events import dates
from timeline.events.extract import tag_article

COMPARED_ROWS = [
    # dev31's shapes: a count in brackets, "contre" and a count, "par rapport à"
    (
        "Jeudi, les agriculteurs ont manifesté dans toute la France. À Caen, le cortège a "
        "compté 6.000 personnes selon les organisateurs (2.500 le 12 mai).",
        "2009-06-05",
        "a compté",
        "2009-06-04",
    ),
    (
        "Hier, les enseignants ont défilé dans toute la France. À Lyon, 12.000 manifestants "
        "selon la CGT ont marché sans incident, contre 7.000 le 3 février selon la police.",
        "2011-02-11",
        "ont marché",
        "2011-02-10",
    ),
    (
        "Hier, les enseignants ont défilé dans toute la France. La mobilisation a doublé "
        "dans de nombreuses villes par rapport à la précédente journée du 3 février.",
        "2011-02-11",
        "a doublé",
        "2011-02-10",
    ),
    # a comparative and "que": the narration goes on from yesterday, not from the day compared
    (
        "Hier, les infirmiers ont manifesté à Paris. Le cortège a rassemblé deux fois plus "
        "de monde que le 12 mars. Les manifestants ont rejoint le ministère.",
        "2009-04-03",
        "ont rejoint",
        "2009-04-02",
    ),
    (
        "Hier, les infirmiers ont manifesté à Paris. Le cortège a rassemblé deux fois plus "
        "de monde que le 12 mars.",
        "2009-04-03",
        "a rassemblé",
        "2009-04-02",
    ),
    # twins (stored pages' shapes): a count compared with last Saturday's, a figure with
    # the month before; the act's own day kept beside them
    (
        "Samedi 2 mars, quelque 39.000 personnes ont manifesté en France, selon la police, "
        "soit un chiffre en baisse par rapport à samedi dernier.",
        "2019-03-03",
        "ont manifesté",
        "2019-03-02",
    ),
    (
        "L'indice de confiance des ménages s'est établi jeudi à 51,2, contre 51 le 2 août.",
        "2013-09-06",
        "s'est établi",
        "2013-09-05",
    ),
    # twin: what is expected is no comparison of figures: the act's own day
    (
        "La capsule Orion s'est posée dans le Pacifique plus tôt que prévu, le 11 décembre.",
        "2022-12-13",
        "s'est posée",
        "2022-12-11",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), COMPARED_ROWS)
def test_a_day_a_count_is_compared_with_dates_neither_the_act_nor_the_narration(
    body: str, published: str, words: str, day: str | None
) -> None:
    date = sentence_of(body, published, words).date
    assert (date.start if date is not None else None) == day


#: (sentence, its day's words, is the day the one compared with?)
COMPARISON_READINGS = [
    ("Le cortège a compté 700.000 personnes (350.000 le 18 mars).", "18 mars", True),
    ("Ils étaient 250.000, contre 130.000 le 18 mars selon les syndicats.", "18 mars", True),
    ("Le chiffre est en hausse comparé à celui du 18 mars.", "18 mars", True),
    ("Les marches du 4 avril ont attiré autant de monde que celles du 28 mars.", "28 mars", True),
    ("Ils étaient moins nombreux que samedi dernier.", "samedi", True),
    ("Comme lors de la journée du 18 mars, les lycéens étaient en tête.", "18 mars", True),
    # twins: a list of years in brackets, an auxiliary before "aussi", a superlative
    ("La Suède a gagné quatre titres (1954, 1958, 1990, 1999).", "1958", False),
    ("Le maire a aussi indiqué que le 18 mars serait férié.", "18 mars", False),
    ("C'est la pire crue que la ville ait connue le 18 mars.", "18 mars", False),
    ("Il n'y a plus que des policiers sur la place depuis le 18 mars.", "18 mars", False),
]


@pytest.mark.parametrize(("sentence", "words", "compared"), COMPARISON_READINGS)
def test_the_readings_of_a_comparison(sentence: str, words: str, compared: bool) -> None:
    article = parse_article(essai_text(sentence, "2006-03-29"), Path("content/essai.md"))
    [timex] = [t for t in tag_article(article) if words in t.text]
    body = article.text.index(sentence)
    assert dates.compared_with(sentence[: timex.start - body], timex) is compared


RESUMED_ROWS = [
    # dev31's shape: the attribution inside the subject, then the verb and a clock time,
    # in a paragraph after the one comparing with an earlier day
    (
        "Dans l'ensemble, les manifestations du 4 avril ont attiré autant de monde que "
        "celles du 28 mars.\n\nPartis à 10h30 de la place des Carmes, 50.000 manifestants "
        "selon les syndicats sont arrivés vers 12h30 place de Jaude.",
        "2006-04-04",
        "sont arrivés",
        "2006-04-04",
    ),
    # twin: a toll given on a day its source names keeps that day
    (
        "L'explosion a fait 35 morts, selon un bilan fourni mercredi par le ministère.",
        "2020-08-07",
        "a fait",
        "2020-08-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), RESUMED_ROWS)
def test_a_day_after_the_verb_resumed_past_an_attribution_is_not_the_source_s(
    body: str, published: str, words: str, day: str | None
) -> None:
    date = sentence_of(body, published, words).date
    assert (date.start if date is not None else None) == day


TIME_OF_DAY_ROWS = [
    # dev31's shape: the lead's "Hier", a quote, then a part of the day and an imperfect
    (
        "Hier, dans toute la France, 40.000 agriculteurs ont manifesté contre la baisse du "
        "prix du lait.\n\n« C'est historique », a estimé le président du syndicat.\n\nEn début "
        "de soirée, la police dénombrait déjà 25.000 manifestants dans quarante villes.",
        "2009-05-22",
        "dénombrait",
        "2009-05-21",
    ),
    # twin: a clock time and the past (dated so already, a past in a paragraph naming no
    # day going on with the story's last day told)
    (
        "Hier, les taxis ont bloqué le périphérique parisien.\n\nVers 18h, les derniers "
        "véhicules ont quitté la porte Maillot.",
        "2016-01-27",
        "ont quitté",
        "2016-01-26",
    ),
    # twin: a time of day on the day of writing ("ce matin") keeps it
    (
        "Hier, les taxis ont bloqué le périphérique parisien.\n\nCe matin, les derniers "
        "véhicules quittaient la porte Maillot.",
        "2016-01-27",
        "quittaient",
        "2016-01-27",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), TIME_OF_DAY_ROWS)
def test_a_time_of_day_after_the_lead_s_day_is_on_that_day(
    body: str, published: str, words: str, day: str | None
) -> None:
    date = sentence_of(body, published, words).date
    assert (date.start if date is not None else None) == day


LEAD_ROWS = [
    # dev31's shape: the standfirst's act, the body's "Hier" with the same name, a
    # paragraph of background between
    (
        "Depuis des semaines, les routiers bloquent les dépôts. La Première ministre Anne "
        "Vasseur a choisi d'imposer ce texte très contesté.\n\nLe texte fait partie d'une loi "
        "votée en mars.\n\nHier, Anne Vasseur a annoncé qu'elle allait signer le décret.",
        "2009-06-06",
        "a choisi",
        "2009-06-05",
    ),
    # twin: a lead naming no one the body's sentence names stays on the publication day
    (
        "Les routiers ont levé leurs barrages.\n\nHier, Anne Vasseur a annoncé qu'elle "
        "allait signer le décret.",
        "2009-06-06",
        "ont levé",
        "2009-06-06",
    ),
    # a lead naming a day of its own in a clause is not the body's act
    (
        "Le maire Paul Girard, qui a démissionné le 6 juin, a quitté la mairie sous les "
        "huées.\n\nHier, Paul Girard a annoncé qu'il ferait appel.",
        "2009-06-06",
        "a quitté",
        "2009-06-06",
    ),
    # twin: the body's day long before the publication is a history, not the lead's act
    (
        "Anne Vasseur a choisi d'imposer ce texte très contesté.\n\nLe 3 mars, Anne Vasseur "
        "avait annoncé qu'elle allait signer le décret.",
        "2009-06-06",
        "a choisi",
        "2009-06-06",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), LEAD_ROWS)
def test_a_standfirst_tells_the_body_s_act_on_its_day(
    body: str, published: str, words: str, day: str | None
) -> None:
    date = sentence_of(body, published, words).date
    assert (date.start if date is not None else None) == day


TITLED_ROWS = [
    # dev31's shape: the lead names the president by his office, the title and the body
    # by his name
    (
        "Vasseur coupe la poire en deux",
        "La Première ministre coupe la poire en deux : elle signe le décret et demande d'en "
        "retarder l'application.\n\nVendredi soir à la télévision, Anne Vasseur s'est "
        "posée en gardienne de la loi.",
        "coupe la poire",
        "2009-06-05",
    ),
    # twin: a title naming someone else leaves the lead on the publication day
    (
        "Les routiers bloquent les dépôts",
        "La Première ministre coupe la poire en deux : elle signe le décret et demande d'en "
        "retarder l'application.\n\nVendredi soir à la télévision, Anne Vasseur s'est "
        "posée en gardienne de la loi.",
        "coupe la poire",
        "2009-06-07",
    ),
]


@pytest.mark.parametrize(("title", "body", "words", "day"), TITLED_ROWS)
def test_a_standfirst_naming_no_one_names_whom_the_title_names(
    title: str, body: str, words: str, day: str
) -> None:
    date = sentence_of(body, "2009-06-07", words, title).date
    assert (date.start if date is not None else None) == day
