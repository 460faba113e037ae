"""A fault of the extraction on one article (a bug met on news never seen, as a span holding
a moment once was) names that article: the editor learns which file, in one line, never a
traceback; the other articles of its batch are not what is blamed. The fault is injected
in the tagger's call, for the article whose text holds a marker word."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import essai_text

from timeline.articles import load_articles
from timeline.cli import main
from timeline.errors import TimelineError
from timeline.events import extract

MARKER = "entrepôt"
BODIES = {
    "2019-05-13-pluie.md": "De fortes pluies ont inondé lundi plusieurs rues de Nantes.",
    "2019-05-14-incendie.md": f"Un incendie a détruit un {MARKER} lundi soir à Lyon.",
    "2019-05-15-greve.md": "Les cheminots ont cessé le travail mercredi matin à Lille.",
}


@pytest.fixture
def faulty_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    tag_article = extract.tag_article

    def faulty(article, sentences=None):  # type: ignore[no-untyped-def]
        if MARKER in article.text:
            raise ValueError("Invalid isoformat string: '2019-05-13T23:00:00'")
        return tag_article(article, sentences)

    monkeypatch.setattr(extract, "tag_article", faulty)


def write_content(root: Path) -> Path:
    content = root / "content"
    content.mkdir()
    for name, body in BODIES.items():
        (content / name).write_text(essai_text(body, name[:10]), encoding="utf-8")
    return content


@pytest.mark.usefixtures("faulty_tagger")
def test_the_article_the_extraction_fails_on_is_named(tmp_path: Path) -> None:
    articles = load_articles(write_content(tmp_path))
    with pytest.raises(TimelineError) as caught:
        extract.extract_articles(articles)
    assert caught.value.path is not None and caught.value.path.endswith("2019-05-14-incendie.md")
    assert "ValueError" in caught.value.message


def test_without_a_fault_the_batch_is_read_whole(tmp_path: Path) -> None:
    articles = load_articles(write_content(tmp_path))
    assert [len(x.timexes) > 0 for x in extract.extract_articles(articles)] == [True] * 3


@pytest.mark.usefixtures("faulty_tagger")
def test_the_cli_says_which_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_content(tmp_path)
    assert main(["events", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    [line] = err.strip().splitlines()
    assert line.startswith("timeline: error: ") and "2019-05-14-incendie.md" in line
    assert "Traceback" not in err
