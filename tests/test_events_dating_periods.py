"""Days and periods that date, or do not date, what a sentence tells (issue 9, dating of
reports; dev30's dating 1 and 2). Invented French news, with spaCy's French parser.

- A fronted "Aujourd'hui," set against a day told before it in its paragraph, counted from
  the publication ("Hier, on parlait encore de 482.000 véhicules. Aujourd'hui, Volkswagen
  reconnaît ..."), is the day of writing, not the present of "nowadays".
- A period that ended before the publication, completing a noun the main verb governs ("a
  confirmé les rumeurs du début de semaine en désignant X"), is when what the noun names was
  told or done, not when the act took place.
- An event whose first-ranked report names a period ("La semaine dernière, X a reconnu ...")
  takes the day another of its reports is dated, inside that period.

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of, essai_text, sentence_of

from timeline.articles import load_articles
from timeline.chronology import assemble_chronology
from timeline.events.extract import extract_articles

TODAY_ROWS = [
    # dev30's shape: yesterday's figure, today's admission (written on a Tuesday)
    (
        "Hier, on parlait encore de 20.000 vélos. Aujourd'hui, la marque Cyclor reconnaît "
        "avoir vendu 300.000 vélos dotés de freins défectueux.",
        "2012-07-03",
        "reconnaît",
        "2012-07-03",
    ),
    # a weekday before it, a sentence between
    (
        "Lundi, la préfecture comptait douze blessés. Les secours fouillaient encore les "
        "décombres. Aujourd'hui, le bilan s'élève à trente morts.",
        "2015-10-07",
        "s'élève",
        "2015-10-07",
    ),
    # twin: set against a year long past, after the day, "nowadays" tells no act of a day:
    # an aside, not dated
    (
        "Le maire a inauguré mardi le nouveau quartier. En 1990, la ville comptait 3.000 "
        "habitants. Aujourd'hui, elle en compte 10.000.",
        "2015-10-07",
        "en compte",
        None,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), TODAY_ROWS)
def test_today_set_against_a_day_before_it_is_the_day_of_writing(
    body: str, published: str, words: str, day: str | None
) -> None:
    date = sentence_of(body, published, words).date
    assert (date.start if date is not None else None) == day


COMPLEMENT_ROWS = [
    # dev30's shape: the rumours were the week's start, the appointment the day of writing
    (
        "Anne Roussel vient d'être nommée à la tête de l'Opéra de Valrose. Le conseil "
        "d'administration a confirmé les rumeurs du début de semaine en désignant Anne "
        "Roussel pour diriger la maison.",
        "2016-01-15",
        "a confirmé",
        "2016-01-15",
    ),
    # a denial of last week's news, in the narration of Thursday
    (
        "Jeudi, les salariés de l'usine Norvel se sont rassemblés devant la mairie. Le "
        "ministre a démenti les informations de la semaine dernière sur la fermeture du site.",
        "2016-01-15",
        "a démenti",
        "2016-01-14",
    ),
    # twin: the period completing the subject's noun is its act's ("La manifestation du
    # week-end dernier a réuni ..."): the week-end's first day
    (
        "La manifestation du week-end dernier a réuni 2.000 personnes devant le théâtre.",
        "2016-01-15",
        "a réuni",
        "2016-01-09",
    ),
    # twin: a part of the period, whatever the parser made of it, places the act in time
    (
        "Les deux départements ont été placés en alerte rouge une bonne partie du week-end "
        "dernier.",
        "2016-01-15",
        "placés en alerte",
        "2016-01-09",
    ),
    # twin: the period of a gathering a preposition of time places the act in ("lors de")
    (
        "Lors de la réunion de la semaine dernière, le maire a annoncé sa démission.",
        "2016-01-15",
        "a annoncé",
        "2016-01-04",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), COMPLEMENT_ROWS)
def test_a_period_completing_a_governed_noun_does_not_date_the_act(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


# Two pages, one event: (first page's body and day, second page's body and day, words of a
# report, the day of the event it reports)
WITHIN_ROWS = [
    # dev30's shape: the day told ("Aujourd'hui"), a week later "la semaine dernière"
    (
        (
            "Hier, on parlait encore de 20.000 vélos. Aujourd'hui, la marque Cyclor reconnaît "
            "avoir vendu 300.000 vélos dotés de freins défectueux.",
            "2012-07-03",
        ),
        (
            "La semaine dernière, Cyclor a reconnu avoir vendu 300.000 vélos dotés de freins "
            "défectueux. Les ventes de la marque ont reculé de 20 % en une semaine.",
            "2012-07-10",
        ),
        "La semaine dernière",
        "2012-07-03",
    ),
    # the day only inferred (a page of that week telling it undated): that day, not Monday
    (
        (
            "Le maire de Valrose, Paul Gervais, a démissionné, a annoncé la préfecture de l'Isère.",
            "2012-07-05",
        ),
        (
            "La semaine dernière, le maire de Valrose, Paul Gervais, a démissionné. Une "
            "élection partielle aura lieu en septembre.",
            "2012-07-10",
        ),
        "La semaine dernière",
        "2012-07-05",
    ),
    # twin: the period alone (one page) keeps its first day
    (
        (
            "Le conseil municipal de Valrose a voté mardi le budget de la piscine.",
            "2012-07-03",
        ),
        (
            "La semaine dernière, le maire de Valrose, Paul Gervais, a démissionné. Une "
            "élection partielle aura lieu en septembre.",
            "2012-07-10",
        ),
        "La semaine dernière",
        "2012-07-02",
    ),
]


@pytest.mark.parametrize(("first", "second", "words", "day"), WITHIN_ROWS)
def test_an_event_told_in_a_period_takes_the_day_a_report_gives_inside_it(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: str, day: str
) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    for n, (body, published) in enumerate((first, second)):
        path = folder / f"{published}-essai-{n}.md"
        path.write_text(essai_text(body, published), encoding="utf-8")
    articles = load_articles(folder)
    chronology = assemble_chronology(articles, extract_articles(articles), folder)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# The start of a state going on, then, after a colon, the act that began it ("Depuis
# vendredi, X est en détention provisoire : la cour d'appel a suivi le parquet"): what is
# told next goes on from that day (dev30's dating 3). Each row: (body, publication day,
# words of the sentence, the day it is dated).
BEGUN_ROWS = [
    # dev30's shape, written on a Saturday: the hearing was Friday's
    (
        "Depuis vendredi, l'ancien maire de Valrose est en détention provisoire : la cour "
        "d'appel a suivi le parquet, qui contestait sa remise en liberté. À l'issue de "
        "l'audience, il est parti pour la maison d'arrêt, encadré par deux gendarmes.",
        "2009-03-14",
        "est parti",
        "2009-03-13",
    ),
    # the state told after its day, the act in the passé composé
    (
        "Le skipper est hospitalisé depuis mardi à Brest : un hélicoptère l'a hélitreuillé au "
        "large d'Ouessant. Les médecins l'ont placé en observation pour la nuit.",
        "2016-11-10",
        "placé en observation",
        "2016-11-08",
    ),
    # twin: a state alone, no act after a colon: what is told next is of the narration
    # (the publication day), not of the state's first day
    (
        "Depuis vendredi, l'ancien maire de Valrose est en détention provisoire. Son avocat a "
        "déposé une demande de remise en liberté.",
        "2009-03-14",
        "a déposé",
        "2009-03-14",
    ),
    # twin: after the colon, a state in the present: no act of that day
    (
        "Depuis mardi, le skipper est hospitalisé à Brest : il souffre d'une fracture du "
        "poignet. Les médecins l'ont placé en observation pour la nuit.",
        "2016-11-10",
        "placé en observation",
        "2016-11-10",
    ),
]


# An earlier act told after a colon as what explains the clause before it ("Un fait nouveau
# semble avoir pesé : son ancien adjoint a été placé jeudi en garde à vue"), before the
# story's last day told, is a step back: what follows goes on with the story's day.
BEGUN_ROWS += [
    (
        "Depuis vendredi, l'ancien maire de Valrose est en détention provisoire : la cour "
        "d'appel a suivi le parquet.\n\n"
        "Un fait nouveau semble avoir pesé : son ancien adjoint a été placé jeudi en garde à "
        "vue. Selon une source judiciaire, la cour d'appel a motivé son arrêt par la volonté "
        "d'éviter toute pression sur les témoins.",
        "2009-03-14",
        "a motivé",
        "2009-03-13",
    ),
    # twin: the same act told without a colon sets the narration: its Thursday goes on
    (
        "Depuis vendredi, l'ancien maire de Valrose est en détention provisoire : la cour "
        "d'appel a suivi le parquet.\n\n"
        "Jeudi, son ancien adjoint a été placé en garde à vue. Selon une source judiciaire, "
        "les enquêteurs l'ont interrogé sur les marchés publics de la ville.",
        "2009-03-14",
        "l'ont interrogé",
        "2009-03-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), BEGUN_ROWS)
def test_a_state_since_a_day_begun_by_the_act_after_a_colon_narrates_that_day(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


# A clock time alone in a paragraph after a history retold with its full date ("Hier, une
# cérémonie a marqué ... // la navette s'est désintégrée le 1er février 2003 ... // La
# cérémonie a commencé à 9h"): of the story's day told before, not of publication (dev30's
# dating 4). Each row: (body, publication day, words of the sentence, the day it is dated).
CLOCK_ROWS = [
    (
        "Lille — Hier, une cérémonie a marqué devant la mairie le dixième anniversaire de "
        "l'incendie du marché couvert.\n\n"
        "En pleine nuit, le marché couvert avait brûlé entièrement le 11 mai 2004, faute de "
        "détecteurs.\n\n"
        "La cérémonie a commencé à 3h, l'heure à laquelle l'alerte avait été donnée.",
        "2014-05-12",
        "a commencé",
        "2014-05-11",
    ),
    # twin: no day of the story told before it: the day of publication
    (
        "En pleine nuit, le marché couvert avait brûlé entièrement le 11 mai 2004, faute de "
        "détecteurs.\n\n"
        "La cérémonie a commencé à 3h, l'heure à laquelle l'alerte avait été donnée.",
        "2014-05-12",
        "a commencé",
        "2014-05-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), CLOCK_ROWS)
def test_a_clock_time_after_a_history_retold_is_of_the_story_s_day(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


# A document named with its author after a dated act ("Selon un communiqué de l'agence
# environnementale américaine (EPA), ..."), then the author's words in the present ("...,
# précise l'EPA."): the document's words, said on the act's day, not on the day of writing
# (dev30's dating 5). Each row: (body, publication day, words of the report, the day of the
# event it reports).
AUTHOR_ROWS = [
    (
        "Vendredi, les autorités sanitaires ont ordonné le retrait de 80.000 jouets. Selon un "
        "communiqué de l'agence nationale de sécurité sanitaire (Anses), les jouets ont reçu "
        "une peinture au plomb.\n\n"
        "Jusqu'à un million d'euros d'amende. Les jouets visés devront être rapportés en "
        "magasin pour être remboursés, précise l'Anses.",
        "2015-03-07",
        "devront être rapportés",
        "2015-03-06",
    ),
    (
        "Jeudi, le gouvernement a interdit la manifestation prévue à Nantes. Dans un communiqué "
        "du ministère de l'Intérieur, les organisateurs ont été appelés au calme.\n\n"
        "Les contrevenants s'exposent à une amende de 135 euros, ajoute le ministère.",
        "2016-04-29",
        "s'exposent",
        "2016-04-28",
    ),
    # twin: another speaker than the document's author: said the day it is told
    (
        "Vendredi, les autorités sanitaires ont ordonné le retrait de 80.000 jouets. Selon un "
        "communiqué de l'agence nationale de sécurité sanitaire (Anses), les jouets ont reçu "
        "une peinture au plomb.\n\n"
        "Jusqu'à un million d'euros d'amende. Les jouets visés seront remplacés gratuitement, "
        "assure le fabricant.",
        "2015-03-07",
        "seront remplacés",
        "2015-03-07",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), AUTHOR_ROWS)
def test_the_words_of_a_document_s_author_are_said_on_the_act_s_day(
    tmp_path: Path, body: str, published: str, words: str, day: str
) -> None:
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day
