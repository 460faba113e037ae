"""Dating of event sentences, with spaCy's French parser: which expression dates a sentence
(the one its main predicate governs, never one in a clause about a noun) and the date of
the narration an undated sentence belongs to. One row per phenomenon, French news style."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.articles import parse_article
from timeline.events.extract import extract_article
from timeline.records import Sentence


def sentence_of(body: str, published: str, words: str) -> Sentence:
    text = f'---\ntitle: "Essai"\ndate: {published}\nsource: essai\n---\n\n{body}\n'
    article = parse_article(text, Path(f"content/{published}-essai.md"))
    [sentence] = [s for s in extract_article(article).sentences if words in s.text]
    return sentence


DATING = [
    # « X, tué mardi …, a été inhumé samedi »: the main verb's day, not the relative clause's
    (
        "Le soldat, tué mardi lors d'une embuscade, a été inhumé samedi à Lyon.",
        "2024-03-11",
        "inhumé",
        "2024-03-09",
    ),
    # a relative clause about something earlier, the main verb undated: the narration's day
    (
        "Le séisme qui a frappé le Maroc le 8 septembre au soir a fait au moins 820 morts.",
        "2023-09-09",
        "820 morts",
        "2023-09-09",
    ),
    # a participial apposition: "né en 1991" neither dates the arrest nor makes it background
    ("L'homme, né en 1991, a été arrêté dans la Drôme.", "2024-08-16", "arrêté", "2024-08-16"),
    # a relative clause the parser reads as a complement (", qu'il ... en septembre")
    (
        "L'accusé a regretté ses paroles, qu'il avait qualifiées de dures en septembre.",
        "2022-06-27",
        "regretté",
        "2022-06-27",
    ),
    # the same relative clause with a day of the main verb as well
    (
        "Le suspect, interpellé jeudi à Melun, a été mis en examen samedi.",
        "2024-04-21",
        "mis en examen",
        "2024-04-20",
    ),
    # an expression hanging from a noun dates the sentence when the verb has none
    (
        "La manifestation de samedi a rassemblé 10 000 personnes à Paris.",
        "2024-03-11",
        "rassemblé",
        "2024-03-09",
    ),
    # ... but the main verb's own day wins over it
    (
        "Les syndicats ont annoncé lundi la manifestation de samedi.",
        "2024-03-13",
        "annoncé",
        "2024-03-11",
    ),
    # the happening a state speaks of ("soupçonné d'avoir poignardé ... dans la nuit")
    (
        "Il est soupçonné d'avoir poignardé son voisin dans la nuit du 13 au 14 avril.",
        "2024-04-20",
        "poignardé",
        "2024-04-13",
    ),
    # an adverbial clause dates the happening it frames
    (
        "Alors qu'il rentrait chez lui le 11 août au soir, un jeune homme a été agressé à Tours.",
        "2024-08-13",
        "agressé",
        "2024-08-11",
    ),
    # a pluperfect tells what came before the narration: it does not date what follows
    (
        "Le suspect avait été interpellé jeudi à Melun. Le juge l'a placé en détention.",
        "2024-04-20",
        "placé en détention",
        "2024-04-20",
    ),
    # ... while a day of the narration dates the undated happenings of its paragraph
    (
        "Le suspect a été interpellé jeudi à Melun. Les enquêteurs l'ont placé en garde à vue.",
        "2024-04-20",
        "garde à vue",
        "2024-04-18",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "expected"), DATING)
def test_dated_by_the_main_predicate(body, published, words, expected):
    sentence = sentence_of(body, published, words)
    assert sentence.role == "event"
    assert sentence.date.start == expected


def test_follow_ups_of_a_paragraph_without_event_share_one_parent():
    """The quote goes on telling the paragraph's story (Monday's), not the earlier event
    whose words it happens to repeat."""
    body = (
        "Le procès des attentats s'est ouvert vendredi à Paris.\n\n"
        "Ce lundi matin, les accusés se sont exprimés une dernière fois.\n\n"
        "Des mots perçus comme sincères par une association. Elle a salué leurs excuses. "
        '"Je pense que le procès des attentats s\'est ouvert à Paris dans la dignité", '
        "témoigne son président."
    )
    text = f'---\ntitle: "Essai"\ndate: 2022-06-27\nsource: essai\n---\n\n{body}\n'
    extraction = extract_article(parse_article(text, Path("content/2022-06-27-essai.md")))
    sentences = extraction.sentences
    assert [s.role for s in sentences[-2:]] == ["follow-up", "follow-up"]
    assert [s.parent for s in sentences[-2:]] == [1, 1]
