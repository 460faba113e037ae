"""Who says it, told by a pronoun inverted after the quotation (issue 9): "« ... »,
déclare-t-il dans un communiqué." French joins an inverted subject pronoun to its verb by a
hyphen, with a euphonic "t" between two vowels; the reporting clause's speaker read as
"-t-il" is the pronoun "il", who stands for the person named before it, as "», a-t-il dit"
does. Who says it decides merging (a statement is its speaker's: ``merge.said_by_another``)
and heads the event's title. Invented French news sentences, whole extraction (spaCy) and
assembly."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import essai_text

from timeline.articles import load_articles
from timeline.events.assemble import merge_reports
from timeline.events.extract import extract_articles

INVERTED = [
    # (case, text, the start of the quotation, its speaker's entity id or None)
    (
        "the present, a euphonic t: déclare-t-il",
        "Le maire de Brive, Paul Durand, a inauguré mardi la nouvelle médiathèque de la ville. "
        "« C'est un grand jour pour tous les habitants du quartier », déclare-t-il dans un "
        "communiqué.",
        "« C'est un grand jour",
        "paul-durand",
    ),
    (
        "the present, a euphonic t: précise-t-elle",
        "La ministre de l'Industrie, Claire Dubreuil, a visité mardi l'usine de Tulle. "
        "« Aucun emploi ne sera supprimé sur le site avant la fin de l'année », précise-t-elle.",
        "« Aucun emploi",
        "claire-dubreuil",
    ),
    (
        "an impersonal passive: nobody named",
        "La ministre de l'Industrie, Claire Dubreuil, a visité mardi l'usine de Tulle. "
        "« Aucun emploi ne sera supprimé sur le site avant la fin de l'année », est-il précisé "
        "dans le communiqué.",
        "« Aucun emploi",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "quoted", "speaker"), INVERTED, ids=[i[0] for i in INVERTED]
)
def test_an_inverted_pronoun_after_the_quotation_stands_for_the_person_named_before(
    tmp_path: Path, case: str, text: str, quoted: str, speaker: str | None
) -> None:
    (tmp_path / "2024-03-05-essai.md").write_text(essai_text(text, "2024-03-05"), encoding="utf-8")
    articles = load_articles(tmp_path)
    reports = merge_reports(articles, extract_articles(articles), tmp_path)
    [report] = [r for r in reports if r.sentence.startswith(quoted)]
    assert report.speaker == speaker, (report.speaker, report.quoted, report.follows)
