"""One function builds the chronology from a project folder; the plugin and CLI call it.

articles (content/*.md) -> per-article extraction (tagger + events, JSON-serializable,
cacheable) -> assembly (merging, entities, the ID registry) -> Chronology.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline.articles import load_articles
from timeline.events.model import Chronology


@dataclass(frozen=True)
class BuildSettings:
    root: Path = Path(".")
    content_dir_name: str = "content"
    workers: int = 1
    use_cache: bool = True
    progress: bool = False

    @property
    def content_dir(self) -> Path:
        return self.root / self.content_dir_name


def build_chronology(settings: BuildSettings | None = None) -> Chronology:
    """Build the chronology of ``settings.content_dir``."""
    from timeline.events.assemble import assemble
    from timeline.events.extract import extract_article

    settings = settings or BuildSettings()
    articles = load_articles(settings.content_dir)
    extractions = [extract_article(article) for article in articles]
    return assemble(articles, extractions, settings.content_dir)
