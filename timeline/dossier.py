"""Dossiers: the part of an archive one site tells.

A newsroom keeps one archive (the content folder, or the folder named by the plugin's
``content_dir``); a dossier is a selection of it declared in ``mkdocs.yml``::

    plugins:
      - timeline:
          content_dir: archive
          dossier:
            name: Intervention russe en Syrie   # optional, shown by the preview
            entities: [vladimir-poutine, Syrie] # an id, name or alias of entities.yml, or a name
            keywords: [frappe*, Caspienne]      # words; a trailing * matches any ending
            from: 2015-09-30                    # publication dates, both ends included
            to: 2015-10-31
            outlets: [lemonde.fr, afp.com]      # the articles' `source` (or a subdomain of it)

An article is in the dossier when it meets every criterion given (a criterion left out does
not restrict); within a criterion, any one value is enough. Names and words are matched in
the title and body as whole words, ignoring case and accents ("Etat islamique" finds "État
islamique"); an entity known to ``entities.yml`` is found by its name or any alias.

The selection reads the articles only (no extraction): ``timeline dossier --preview`` lists
what it takes in, and the build then extracts (or finds in the cache) and assembles only
the dossier's articles, so a site costs what its dossier holds, not what the archive holds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.articles import Article
from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.events.entities import fold, load_curated

FIELDS = ("name", "entities", "keywords", "from", "to", "outlets")


@dataclass(frozen=True)
class Dossier:
    """A selection of the archive (see the module docstring)."""

    name: str = ""
    entities: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    outlets: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = []
        if self.entities:
            parts.append("entities: " + ", ".join(self.entities))
        if self.keywords:
            parts.append("keywords: " + ", ".join(self.keywords))
        if self.start or self.end:
            parts.append(f"published {self.start or '…'} to {self.end or '…'}")
        if self.outlets:
            parts.append("outlets: " + ", ".join(self.outlets))
        return "; ".join(parts) or "the whole archive"


def _line(path: Path | None, key: str) -> int | None:
    """The line of ``key:`` in the ``dossier:`` block of ``path`` (first match), if found."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    start = next((i for i, t in enumerate(lines) if re.match(r"\s*dossier\s*:", t)), None)
    if start is None:
        return None
    if key == "dossier":
        return start + 1
    pattern = re.compile(rf"\s*{re.escape(key)}\s*:")
    return next((i + 1 for i in range(start, len(lines)) if pattern.match(lines[i])), start + 1)


def _error(message: str, key: str, path: Path | None) -> TimelineError:
    label = "dossier" if key == "dossier" else f"dossier.{key}"
    return TimelineError(f"{label}: {message}", path or "mkdocs.yml", _line(path, key))


def _strings(value: object, key: str, path: Path | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _error("must be a list of non-empty strings", key, path)
    return tuple(v.strip() for v in value)


def _date(value: object, key: str, path: Path | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _error(f"must be a date YYYY-MM-DD, not {value!r}", key, path) from None


def parse_dossier(data: object, path: Path | None = None) -> Dossier | None:
    """The dossier declared by ``data`` (the ``dossier:`` option of the configuration file
    ``path``), None when absent. Errors name the file, the line and the key."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise _error(f"must be a mapping of {', '.join(FIELDS)}", "dossier", path)
    unknown = sorted(set(map(str, data)) - set(FIELDS))
    if unknown:
        raise _error(f"unknown key {unknown[0]!r} (known: {', '.join(FIELDS)})", "dossier", path)
    name = data.get("name") or ""
    if not isinstance(name, str):
        raise _error("must be a string", "name", path)
    dossier = Dossier(
        name=name.strip(),
        entities=_strings(data.get("entities"), "entities", path),
        keywords=_strings(data.get("keywords"), "keywords", path),
        start=_date(data.get("from"), "from", path),
        end=_date(data.get("to"), "to", path),
        outlets=_strings(data.get("outlets"), "outlets", path),
    )
    if dossier.start and dossier.end and dossier.start > dossier.end:
        raise _error(f"{dossier.start} is after dossier.to ({dossier.end})", "from", path)
    if any(k.strip("*") == "" for k in dossier.keywords):
        raise _error("a keyword needs letters, not just *", "keywords", path)
    return dossier


def _folded(text: str) -> str:
    """Accents removed, one character for one (offsets into the text still hold)."""
    return fold(text)


def _pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Whole words (a trailing ``*``: any ending), folded, longest first."""
    if not terms:
        return None
    parts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        prefix = term.endswith("*")
        words = _folded(term.rstrip("*")).split()
        body = r"\s+".join(re.escape(w) for w in words)
        parts.append(body + (r"\w*" if prefix else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def entity_names(value: str, content_dir: Path) -> list[str]:
    """What a dossier's entity value stands for: every name and alias of the curated entity
    it names (by id, name or alias), else the value itself."""
    wanted = _folded(value)
    for entity in load_curated(content_dir / "entities.yml"):
        names = [entity.name, *entity.aliases]
        folded = {_folded(n).casefold() for n in [entity.id, *names]}
        if wanted.casefold() in folded:
            return names
    return [value]


@dataclass
class Selection:
    """The articles a dossier takes in, in archive order, and why each was taken."""

    dossier: Dossier
    articles: list[Article]
    archive: int  # articles in the archive
    matched: dict[str, list[str]] = field(default_factory=dict)  # slug -> names/words found


class Selector:
    """A dossier compiled against an archive's ``entities.yml``."""

    def __init__(self, dossier: Dossier, content_dir: Path) -> None:
        self.dossier = dossier
        self.entity_groups = [
            _pattern(entity_names(value, content_dir)) for value in dossier.entities
        ]
        self.keywords = _pattern(dossier.keywords)
        self.outlets = tuple(o.casefold().removeprefix("www.") for o in dossier.outlets)

    def _outlet_ok(self, source: str) -> bool:
        if not self.outlets:
            return True
        source = source.strip().casefold().removeprefix("www.")
        return any(source == o or source.endswith("." + o) for o in self.outlets)

    def published_in(self, date: dt.date, source: str) -> bool:
        """Whether an article of this date and outlet meets the dossier's dates and outlets
        (the criteria that need no text)."""
        d = self.dossier
        if (d.start and date < d.start) or (d.end and date > d.end):
            return False
        return self._outlet_ok(source)

    @property
    def reads_text(self) -> bool:
        """Whether matching needs the article's text (entities or keywords)."""
        return bool(self.entity_groups or self.keywords is not None)

    def match(self, article: Article) -> list[str] | None:
        """What the article matched (names and words found), or None when it is out."""
        if not self.published_in(article.date, article.source):
            return None
        text = article.title + "\n" + article.text[article.body_start :]
        folded = _folded(text)
        found: list[str] = []
        if self.entity_groups:
            hits = [m for p in self.entity_groups if p for m in [p.search(folded)] if m]
            if not hits:
                return None
            found += [text[m.start() : m.end()] for m in hits]
        if self.keywords is not None:
            hit = self.keywords.search(folded)
            if hit is None:
                return None
            found.append(text[hit.start() : hit.end()])
        return found


def select(
    articles: Sequence[Article],
    dossier: Dossier,
    content_dir: Path,
    *,
    selector: Selector | None = None,
    archive: int | None = None,
) -> Selection:
    """The articles of ``dossier`` among ``articles`` (the archive, in the same order; or,
    given ``archive``, its size, what of it ``articles`` holds: the rest is out)."""
    selector = selector or Selector(dossier, content_dir)
    selection = Selection(dossier, [], len(articles) if archive is None else archive)
    for article in articles:
        found = selector.match(article)
        if found is not None:
            selection.articles.append(article)
            selection.matched[article.slug] = found
    return selection


@dataclass(frozen=True)
class SiteOptions:
    """The ``timeline`` plugin's options that the command line needs (from mkdocs.yml)."""

    content_dir: str = "content"
    workers: int = 0
    scheduler: str | None = None
    dossier: Dossier | None = None


def read_site_options(config_file: Path) -> SiteOptions:
    """The timeline plugin's options in ``config_file`` (defaults when the file or the
    plugin is absent); a malformed file or option is a ``TimelineError`` naming it."""
    if not config_file.is_file():
        return SiteOptions()
    # mkdocs.yml is another tool's file: its own tags (!ENV, !!python/name:) read as None
    data = yamlsafe.load_file(config_file, other_tags=True, what="malformed mkdocs.yml")
    plugins = data.get("plugins") if isinstance(data, dict) else None
    options: Any = None
    for item in plugins or []:
        if item == "timeline":
            options = {}
        elif isinstance(item, dict) and "timeline" in item:
            options = item["timeline"] or {}
    if isinstance(plugins, dict) and "timeline" in plugins:
        options = plugins["timeline"] or {}
    if not isinstance(options, dict):
        return SiteOptions()
    content_dir = options.get("content_dir", "content")
    workers = options.get("workers", 0)
    scheduler = options.get("scheduler")
    if not isinstance(content_dir, str) or not content_dir:
        raise TimelineError("timeline plugin: content_dir must be a folder name", config_file)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        raise TimelineError("timeline plugin: workers must be 0 or more", config_file)
    if scheduler is not None and not isinstance(scheduler, str):
        raise TimelineError(
            "timeline plugin: scheduler must be an address such as tcp://host:8786", config_file
        )
    dossier = parse_dossier(options.get("dossier"), config_file)
    return SiteOptions(content_dir, workers, scheduler, dossier)
