"""``timeline check``: validate a project's ``content/`` and the references in ``docs/``.

Every problem is a ``Problem(path, line, message)`` printed as ``file:line: message``:

* articles: readable UTF-8 text, front matter fields and types, existing dates not in the
  future, a body, no HTML markup, no duplicate articles (same or near-identical text, same
  URL);
* ``entities.yml``, ``ids.yml`` and ``corrections.yml``: the validators of
  ``timeline/content/``, which the build uses too (the two can never disagree); for the
  corrections, also what cannot apply to the built chronology (unknown ID, merge cycle, a
  correction that no longer changes anything);
* with ``stores``, every page of the SQLite files of ``.timeline/`` (the cache and the
  memos: a build checks only their small tables when it opens them);
* ``docs/**/*.md``: every ``[[event:ID]]`` / ``[[entity:ID]]`` resolves (registry and
  entities first; the built chronology -- through the cache -- only if some do not).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.articles import (
    article_paths,
    article_problems,
    read_article_text,
    read_text,
    today,
)
from timeline.cache import CACHE_DIR_NAME, full_check
from timeline.content import corrections as corrections_file
from timeline.content import entities as entities_file
from timeline.content import ids as ids_file
from timeline.content.text import escape_controls
from timeline.errors import TimelineError
from timeline.ingest.duplicates import duplicate_pairs
from timeline.ingest.sanitize import find_markup

REFERENCE_RE = re.compile(
    r"""\[\[ \s* (?P<kind>event|entity) \s* : \s* (?P<id>[^\]|\s]+) \s* (?:\|[^\]]*)? \]\]""",
    re.VERBOSE,
)
_FENCE_RE = re.compile(r"^(\s*)(`{3,}|~{3,})")
_INLINE_CODE_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return escape_controls(f"{self.path}:{self.line}: {self.message}")


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    entities: int = 0
    ids: int = 0
    references: int = 0

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.entities} entities, {self.ids} registered ids, "
            f"{self.references} references in docs/: "
            + (f"{len(self.problems)} problem(s)" if self.problems else "no problem")
        )


def _problem(exc: TimelineError, fallback: Path) -> Problem:
    return Problem(exc.path or str(fallback), exc.line or 1, exc.message)


# -- articles ----------------------------------------------------------------------------


#: Files of content/ that are not articles but are read by the build.
DATA_FILES = ("entities.yml", "ids.yml", "corrections.yml")


def check_stray_files(content_dir: Path, report: CheckReport) -> None:
    """Files the build would silently ignore (an editor probably meant them as articles)."""
    for path in sorted(content_dir.iterdir()):
        if path.name.startswith(".") or path.suffix == ".md" or path.name in DATA_FILES:
            continue
        if path.is_file():
            report.problems.append(
                Problem(
                    str(path),
                    1,
                    "not an article (the build reads only .md files): "
                    "convert it with `timeline add FILE`",
                )
            )


def check_articles(content_dir: Path, build_day: dt.date, report: CheckReport) -> None:
    valid: list[tuple[str, str]] = []
    urls: dict[str, str] = {}
    for path in article_paths(content_dir):
        report.articles += 1
        try:
            text = read_article_text(path)
        except TimelineError as exc:
            report.problems.append(_problem(exc, path))
            continue
        article, problems = article_problems(text, path, build_day)
        report.problems.extend(_problem(p, path) for p in problems)
        if article is None:
            continue
        markup = find_markup(article.body)
        if markup:
            line = text[: article.body_start + markup.start()].count("\n") + 1
            report.problems.append(
                Problem(
                    str(path),
                    line,
                    f"HTML markup {markup.group()[:30]!r} in the body: articles are plain text",
                )
            )
        valid.append((path.name, article.body))
        if article.url:
            if article.url in urls:
                report.problems.append(
                    Problem(str(path), 1, f"same url as {urls[article.url]} (duplicate article)")
                )
            else:
                urls[article.url] = path.name
    for name, match in duplicate_pairs(valid):
        report.problems.append(Problem(str(content_dir / name), 1, match.describe()))


# -- entities.yml and ids.yml: the validators the build uses (timeline/content/) --------


def _check_data_file(
    path: Path,
    validate: Callable[[str, Path], tuple[list[Any], list[TimelineError]]],
    report: CheckReport,
) -> list[Any]:
    if not path.exists() and not path.is_symlink():
        return []
    try:
        entries, problems = validate(read_text(path, within=path.parent), path)
    except TimelineError as exc:
        entries, problems = [], [exc]
    report.problems.extend(_problem(p, path) for p in problems)
    return entries


def check_entities(path: Path, report: CheckReport) -> set[str]:
    """Validate entities.yml; return the ids it defines."""
    entries = _check_data_file(path, entities_file.validate, report)
    report.entities += len(entries)
    return {e.id for e in entries}


def check_registry(path: Path, report: CheckReport) -> set[str]:
    """Validate the ID registry; return every id and alias it knows."""
    entries = _check_data_file(path, ids_file.validate, report)
    report.ids += len(entries)
    return {name for e in entries for name in (e.id, *e.aliases)}


def check_corrections(path: Path, report: CheckReport, build: Callable[[], Any] | None) -> None:
    """Validate corrections.yml (shape, impossible dates, conflicts); then, with ``build``
    (a read-only build of the chronology), what cannot apply: an unknown ID (with the
    closest one), a merge cycle, a correction that no longer changes anything."""
    problems_before = len(report.problems)
    entries = _check_data_file(path, corrections_file.validate, report)
    if not entries or build is None or len(report.problems) > problems_before:
        return
    try:
        chronology = build()
    except TimelineError as exc:
        report.problems.append(_problem(exc, path))
        return
    report.problems.extend(Problem(str(path), n.line, n.message) for n in chronology.notices)


# -- references in docs/ -----------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    path: str
    line: int
    kind: str  # event, entity
    id: str


def find_references(docs_dir: Path) -> list[Reference]:
    """``[[event:ID]]`` / ``[[entity:ID]]`` of the Markdown pages, outside code."""
    refs: list[Reference] = []
    if not docs_dir.is_dir():
        return refs
    for path in sorted(docs_dir.rglob("*.md")):
        try:
            text = read_text(path)
        except TimelineError:
            continue
        fence: str | None = None
        for number, line in enumerate(text.split("\n"), start=1):
            opening = _FENCE_RE.match(line)
            if opening:
                marker = opening.group(2)
                if fence is None:
                    fence = marker[0] * len(marker)
                    continue
                if marker.startswith(fence):
                    fence = None
                    continue
            if fence is not None or line.startswith(("    ", "\t")):
                continue
            for match in REFERENCE_RE.finditer(_INLINE_CODE_RE.sub("", line)):
                refs.append(Reference(str(path), number, match["kind"], match["id"]))
    return refs


def _build(root: Path) -> Callable[[], Any]:
    """A read-only build of the chronology, made once however often it is asked for."""
    from functools import cache

    from timeline.pipeline import BuildSettings, build_chronology

    return cache(lambda: build_chronology(BuildSettings(root=root, read_only=True)))


def _chronology_ids(root: Path) -> tuple[set[str], set[str]]:
    chronology = _build(root)()
    events = {e.id for e in chronology.events} | {a for e in chronology.events for a in e.aliases}
    return events, {e.id for e in chronology.entities}


def check_references(
    refs: list[Reference],
    events: set[str],
    entities: set[str],
    report: CheckReport,
    fallback: Callable[[], tuple[set[str], set[str]]] | None,
) -> None:
    report.references += len(refs)

    def unresolved() -> list[Reference]:
        return [r for r in refs if r.id not in (events if r.kind == "event" else entities)]

    missing = unresolved()
    if missing and fallback is not None:
        try:
            more_events, more_entities = fallback()
        except TimelineError as exc:
            report.problems.append(
                Problem(exc.path or "content", exc.line or 1, f"cannot build: {exc.message}")
            )
        else:
            events, entities = events | more_events, entities | more_entities
            missing = unresolved()
    from difflib import get_close_matches

    for ref in missing:
        pool = events if ref.kind == "event" else entities
        close = get_close_matches(ref.id, sorted(pool), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        report.problems.append(
            Problem(ref.path, ref.line, f"unknown {ref.kind} id {ref.id!r}{hint}")
        )


# -- all together ------------------------------------------------------------------------


# -- the stores of .timeline/ ---------------------------------------------------------------


def check_stores(folder: Path, report: CheckReport) -> None:
    """Every page of each SQLite file in ``folder`` (the cache and the memos), which a
    build's open does not read (it checks their small tables; a payload is checked when
    read): a damaged file is a problem (nothing is written or moved)."""
    for path in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        damage = full_check(path)
        if damage is not None:
            report.problems.append(
                Problem(
                    str(path),
                    1,
                    f"damaged ({damage}): the next build that reads it moves it aside, "
                    "or delete it (it holds nothing but time)",
                )
            )


def check_project(
    root: Path,
    *,
    content_dir_name: str = "content",
    docs_dir_name: str = "docs",
    build_day: dt.date | None = None,
    build_fallback: bool = True,
    stores: bool = False,
) -> CheckReport:
    """Check a project folder; the report lists every problem, sorted by file and line.
    ``stores``: also every page of the SQLite files of ``.timeline/`` (``check_stores``)."""
    content_dir = root / content_dir_name
    if not content_dir.is_dir():
        raise TimelineError("content folder not found", content_dir)
    report = CheckReport()
    if stores:
        check_stores(root / CACHE_DIR_NAME, report)
    check_articles(content_dir, build_day or today(), report)
    check_stray_files(content_dir, report)
    entity_ids = check_entities(content_dir / "entities.yml", report)
    event_ids = check_registry(content_dir / "ids.yml", report)
    build = _build(root) if build_fallback and not report.problems else None
    check_corrections(content_dir / corrections_file.FILE_NAME, report, build)
    refs = find_references(root / docs_dir_name)
    fallback = None
    if build is not None and not report.problems:
        fallback = lambda: _chronology_ids(root)  # noqa: E731
    check_references(refs, event_ids, entity_ids, report, fallback)
    report.problems.sort()
    return report
