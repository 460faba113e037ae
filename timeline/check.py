"""``timeline check``: validate a project's ``content/`` and the references in ``docs/``.

Every problem is a ``Problem(path, line, message)`` printed as ``file:line: message``:

* articles: readable UTF-8 text, front matter fields and types, existing dates not in the
  future, a body, no HTML markup, no duplicate articles (same or near-identical text, same
  URL);
* ``entities.yml``: a list of {id, name, kind (person/place/organization), aliases (list),
  optional description, wikidata (Q-number)}, unique ids;
* ``ids.yml``, the ID registry: well-formed YAML, readable ids, no id given to two events;
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

import yaml

from timeline.articles import (
    article_paths,
    article_problems,
    decode_utf8,
    read_article_text,
    read_text,
    today,
)
from timeline.errors import TimelineError
from timeline.ingest.duplicates import duplicate_pairs
from timeline.ingest.sanitize import find_markup

ENTITY_KINDS = ("person", "place", "organization")
ENTITY_FIELDS = {"id", "name", "kind", "aliases", "description", "wikidata"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
WIKIDATA_RE = re.compile(r"^Q[1-9]\d*$")
REFERENCE_RE = re.compile(
    r"""\[\[ \s* (?P<kind>event|entity) \s* : \s* (?P<id>[^\]|\s]+) \s* (?:\|[^\]]*)? \]\]""",
    re.VERBOSE,
)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
_FENCE_RE = re.compile(r"^(\s*)(`{3,}|~{3,})")
_INLINE_CODE_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


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
DATA_FILES = ("entities.yml", "ids.yml")


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


# -- YAML with line numbers --------------------------------------------------------------


def _load_yaml_nodes(path: Path, report: CheckReport) -> yaml.Node | None:
    try:
        text = decode_utf8(path.read_bytes(), path)
        return yaml.compose(text, Loader=_LOADER)
    except TimelineError as exc:
        report.problems.append(_problem(exc, path))
    except OSError as exc:
        report.problems.append(Problem(str(path), 1, f"cannot read file: {exc.strerror}"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        report.problems.append(Problem(str(path), line, f"malformed YAML: {problem}"))
    return None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _value(node: yaml.Node) -> Any:
    return yaml.constructor.SafeConstructor().construct_document(node)


def _mapping(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {str(k.value): (k, v) for k, v in node.value}


def check_entities(path: Path, report: CheckReport) -> set[str]:
    """Validate entities.yml; return the ids it defines."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    root = _load_yaml_nodes(path, report)
    if root is None:
        return ids
    where = str(path)
    if isinstance(root, yaml.MappingNode) and "entities" in _mapping(root):
        root = _mapping(root)["entities"][1]
    if not isinstance(root, yaml.SequenceNode):
        report.problems.append(Problem(where, _line(root), "expected a list of entities"))
        return ids
    for item in root.value:
        report.entities += 1
        if not isinstance(item, yaml.MappingNode):
            report.problems.append(
                Problem(where, _line(item), "an entity must be a mapping of fields")
            )
            continue
        fields = _mapping(item)
        for name in ("id", "name", "kind"):
            if name not in fields:
                report.problems.append(
                    Problem(where, _line(item), f"entity lacks required field '{name}'")
                )
        for name, (key, value_node) in fields.items():
            value = _value(value_node)
            line = _line(key)
            if name not in ENTITY_FIELDS:
                report.problems.append(Problem(where, line, f"unknown entity field '{name}'"))
            elif name == "id":
                if not isinstance(value, str) or not ID_RE.match(value):
                    report.problems.append(
                        Problem(where, line, f"entity id {value!r}: lowercase letters, digits, -")
                    )
                elif value in ids:
                    report.problems.append(Problem(where, line, f"duplicate entity id {value!r}"))
                else:
                    ids.add(value)
            elif name == "kind" and value not in ENTITY_KINDS:
                report.problems.append(
                    Problem(
                        where, line, f"kind {value!r}: expected one of {', '.join(ENTITY_KINDS)}"
                    )
                )
            elif name == "aliases" and not (
                isinstance(value, list) and all(isinstance(a, str) and a.strip() for a in value)
            ):
                report.problems.append(Problem(where, line, "aliases must be a list of names"))
            elif name in ("name", "description") and not (isinstance(value, str) and value.strip()):
                report.problems.append(Problem(where, line, f"field '{name}' must be text"))
            elif (
                name == "wikidata"
                and value is not None
                and not (isinstance(value, str) and WIKIDATA_RE.match(value))
            ):
                report.problems.append(
                    Problem(where, line, f"wikidata {value!r}: expected an item like Q7747")
                )
    return ids


# -- the ID registry ---------------------------------------------------------------------


def check_registry(path: Path, report: CheckReport) -> set[str]:
    """Validate the ID registry ``{events: [{id, keys: [...], aliases: [...]}]}``;
    return every id and alias it knows."""
    known: set[str] = set()
    if not path.exists():
        return known
    root = _load_yaml_nodes(path, report)
    if root is None:
        return known
    where = str(path)
    if not (isinstance(root, yaml.MappingNode) and "events" in _mapping(root)):
        report.problems.append(Problem(where, 1, "the ID registry must have an 'events' list"))
        return known
    records = _mapping(root)["events"][1]
    if not isinstance(records, yaml.SequenceNode):
        report.problems.append(Problem(where, _line(records), "'events' must be a list"))
        return known
    owners: dict[str, int] = {}
    for node in records.value:
        entry = _value(node)
        line = _line(node)
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            report.problems.append(Problem(where, line, "registry record without an id"))
            continue
        report.ids += 1
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            report.problems.append(Problem(where, line, "aliases must be a list of ids"))
            aliases = []
        for name in [entry["id"], *aliases]:
            if not isinstance(name, str) or not ID_RE.match(name):
                report.problems.append(
                    Problem(where, line, f"id {name!r}: lowercase letters, digits, -")
                )
            elif name in owners:
                report.problems.append(
                    Problem(where, line, f"id {name!r} already used at line {owners[name]}")
                )
            else:
                owners[name] = line
                known.add(name)
        keys = entry.get("keys")
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            report.problems.append(Problem(where, line, "keys must be a list of report keys"))
            continue
        # A report key may be listed by several records: when an event splits, the part
        # that leaves keeps the key so that it finds its own record again (events/ids.py).
        for key in keys:
            if keys.count(key) > 1:
                report.problems.append(Problem(where, line, f"key {key!r} listed twice"))
                break
        unknown = set(entry) - {"id", "keys", "aliases"}
        if unknown:
            report.problems.append(
                Problem(where, line, f"unknown field(s) {', '.join(sorted(unknown))}")
            )
    return known


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


def _chronology_ids(root: Path) -> tuple[set[str], set[str]]:
    from timeline.pipeline import BuildSettings, build_chronology

    chronology = build_chronology(BuildSettings(root=root))
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


def check_project(
    root: Path,
    *,
    content_dir_name: str = "content",
    docs_dir_name: str = "docs",
    build_day: dt.date | None = None,
    build_fallback: bool = True,
) -> CheckReport:
    """Check a project folder; the report lists every problem, sorted by file and line."""
    content_dir = root / content_dir_name
    if not content_dir.is_dir():
        raise TimelineError("content folder not found", content_dir)
    report = CheckReport()
    check_articles(content_dir, build_day or today(), report)
    check_stray_files(content_dir, report)
    entity_ids = check_entities(content_dir / "entities.yml", report)
    event_ids = check_registry(content_dir / "ids.yml", report)
    refs = find_references(root / docs_dir_name)
    fallback = (lambda: _chronology_ids(root)) if build_fallback and not report.problems else None
    check_references(refs, event_ids, entity_ids, report, fallback)
    report.problems.sort()
    return report
