"""One invented article ("Essai") as the events tests write it: its text, its extraction and
its chronology, for a body and a publication day."""

from __future__ import annotations

from pathlib import Path

from timeline.articles import load_articles, parse_article
from timeline.chronology import assemble_chronology
from timeline.events.extract import extract_article, extract_articles
from timeline.records import Chronology, Extraction, Sentence

#: the roles a sentence of the kinds tables may have: an event ...
EVENT = frozenset({"event"})
#: ... no event: an aside (not an event), background (dated context) or context ...
NO_EVENT = frozenset({"aside", "background", "context"})
#: ... or part of the story: an event, or a follow-up of one
TOLD = frozenset({"event", "follow-up"})


def essai_text(body: str, published: str, title: str = "Essai") -> str:
    """The article file's text: front matter (its ``title``), then ``body``."""
    return f'---\ntitle: "{title}"\ndate: {published}\nsource: essai\n---\n\n{body}\n'


def sentence_of(body: str, published: str, words: str, title: str = "Essai") -> Sentence:
    """The first sentence of the article's extraction that holds ``words``."""
    told = extraction_of(body, published, title).sentences
    [sentence, *_] = [s for s in told if words in s.text]
    return sentence


def told_with(body: str, published: str, words: str) -> tuple[Sentence, Sentence]:
    """The one sentence of the article's extraction that holds ``words``, and the event it
    is or, a follow-up, goes with."""
    told = extraction_of(body, published).sentences
    [sentence] = [s for s in told if words in s.text]
    return sentence, told[sentence.parent] if sentence.role == "follow-up" else sentence


def extraction_of(body: str, published: str, title: str = "Essai") -> Extraction:
    """The extraction of the article (titled ``title``), read in memory."""
    path = Path(f"content/{published}-essai.md")
    return extract_article(parse_article(essai_text(body, published, title), path))


def chronology_of(tmp_path: Path, body: str, published: str) -> Chronology:
    """The chronology of a ``content/`` folder under ``tmp_path`` holding the article alone."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / f"{published}-essai.md").write_text(essai_text(body, published), encoding="utf-8")
    articles = load_articles(folder)
    return assemble_chronology(articles, extract_articles(articles), folder)


def titles_holding(tmp_path: Path, body: str, published: str, words: str) -> list[str]:
    """The titles of the article's events whose first source is a sentence holding
    ``words`` (``chronology_of``)."""
    chronology = chronology_of(tmp_path, body, published)
    return [e.title for e in chronology.events if words in e.sources[0].sentence]


def title_of(tmp_path: Path, body: str, published: str, words: str) -> str:
    """The title of the one event citing first the sentence that holds ``words``."""
    [title] = titles_holding(tmp_path, body, published, words)
    return title
