"""Where each generated page lives, and its URL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    """Where the generated sections live (folders under the docs root)."""

    events: str = "evenements"
    entities: str = "entites"
    days: str = "jours"
    sources: str = "sources"

    def event(self, event_id: str) -> str:
        return f"{self.events}/{event_id}/index.md"

    def entity(self, entity_id: str) -> str:
        return f"{self.entities}/{entity_id}/index.md"

    def day(self, iso: str) -> str:
        return f"{self.days}/{iso}/index.md"

    def source(self, slug: str) -> str:
        return f"{self.sources}/{slug}/index.md"

    def indexes(self) -> dict[str, str]:
        return {
            "days": f"{self.days}/index.md",
            "entities": f"{self.entities}/index.md",
            "sources": f"{self.sources}/index.md",
        }


def directory_url(src_uri: str) -> str:
    """The URL of a page under MkDocs' ``use_directory_urls`` (its default):
    ``evenements/ID/index.md`` -> ``evenements/ID/``."""
    if src_uri.endswith("index.md"):
        return src_uri[: -len("index.md")]
    return src_uri.removesuffix(".md") + "/"
