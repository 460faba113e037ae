"""Who says it, named in apposition after a description (issue 9): "..., a déclaré le
porte-parole des pompiers, Marc Vidal." The reporting clause's subject is the description;
the name set off by a comma right after it is the speaker. Who says it decides merging (a
statement is its speaker's: ``merge.said_by_another``; the others a report names are its
participants: ``merge.other_people``) and heads the event's title. Invented French news
sentences, whole extraction (spaCy) and assembly."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import essai_text

from timeline.articles import load_articles
from timeline.events.assemble import merge_reports
from timeline.events.extract import extract_articles

APPOSED = [
    # (case, sentence, the speaker's entity id or None)
    (
        "a minister's title, then his name",
        "« Le pont était inspecté chaque année », a déclaré mardi le ministre des Transports, "
        "Paul Durand.",
        "paul-durand",
    ),
    (
        "a spokesman's title, his name, then where he spoke",
        "Deux corps ont été retrouvés dans les décombres, a précisé le porte-parole des "
        "pompiers, Marc Vidal, lors d'un point de presse.",
        "marc-vidal",
    ),
    (
        "a person named after the comma, but not in apposition",
        "Deux corps ont été retrouvés dans les décombres, a précisé le porte-parole des "
        "pompiers, après avoir rencontré Marc Vidal.",
        None,
    ),
    (
        "a place after the comma",
        "Deux corps ont été retrouvés dans les décombres, a précisé le porte-parole des "
        "pompiers, à Lyon.",
        None,
    ),
]


@pytest.mark.parametrize(("case", "text", "speaker"), APPOSED, ids=[a[0] for a in APPOSED])
def test_the_name_in_apposition_after_the_speakers_description_is_the_speaker(
    tmp_path: Path, case: str, text: str, speaker: str | None
) -> None:
    (tmp_path / "2024-03-05-essai.md").write_text(essai_text(text, "2024-03-05"), encoding="utf-8")
    articles = load_articles(tmp_path)
    reports = merge_reports(articles, extract_articles(articles), tmp_path)
    [report] = [r for r in reports if r.follows is None]
    assert report.speaker == speaker, (report.speaker, report.quoted)
