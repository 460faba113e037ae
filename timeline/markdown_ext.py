"""``[[event:ID]]``, ``[[event:ID|texte]]`` and ``[[entity:ID]]`` links in any Markdown.

Inside the site the MkDocs plugin registers the extension with the chronology it built and
relative URLs. Outside it::

    python -m markdown -x timeline.markdown_ext rapport.md > rapport.html

loads the chronology from ``events_json`` (default ``site/events.json``) or, when that file
does not exist, builds it from the project folder; links are absolute, from ``base_url`` or
``site_url`` in ``mkdocs.yml``. An unknown ID raises an error naming the file, the line and
the ID, with the closest known ID as a suggestion. Old event IDs (aliases) resolve to the
event they now name.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
import sys
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.util import AtomicString

from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.present import Shown, event_label, show
from timeline.present.labels import day_month

REFERENCE_RE = r"""(?x)
\[\[
(?P<kind>event|entity)          # what is referenced
:
(?P<id>[A-Za-z0-9][\w.\-]*)     # its ID
(?:\|(?P<text>[^\]|]+))?        # optional link text (may wrap onto the next line)
\]\]
"""
REFERENCE = re.compile(REFERENCE_RE)
# what is left of a reference the pattern above did not take: malformed
MALFORMED_RE = r"\[\[(?P<kind>event|entity):"
# after backticks (190) and backslash escapes (180), before links and references (160/170)
PRIORITY = 175
MALFORMED_PRIORITY = 174
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SOURCE_LINES_PRIORITY = 40  # before normalize_whitespace (30): the lines as written

ErrorFactory = Callable[[str, str, int | None], Exception]


def timeline_error(message: str, path: str, line: int | None) -> Exception:
    return TimelineError(message, path or None, line)


#: not under "mkdocs": a warning is shown without failing a --strict build
log = logging.getLogger("timeline.references")


@dataclass(frozen=True)
class Target:
    url: str  # relative to the site root
    label: str  # default link text
    #: the link text when the paragraph already gives the event's day (the title alone)
    short: str = ""
    #: how prose names the event's days ("7 octobre", "1er octobre", "1 octobre")
    days: tuple[str, ...] = ()


def day_names(start: str, end: str) -> tuple[str, ...]:
    """The event's first and last days as a French text names them: "7 octobre"."""
    names: list[str] = []
    for iso in dict.fromkeys((start, end)):
        if not ISO_DAY.fullmatch(iso or ""):
            continue
        name = day_month(iso)
        names.append(name)
        _, _, month = name.partition(" ")
        names.append(f"{int(iso[8:10])} {month}")  # "1 octobre" for "1er octobre"
    return tuple(dict.fromkeys(names))


def gives_day(prose: str, days: tuple[str, ...]) -> bool:
    """Whether ``prose`` names one of ``days`` ("Le 7 octobre, ..."; not "17 octobre")."""
    text = " ".join(prose.split()).casefold()
    return any(re.search(rf"(?<!\d){re.escape(day.casefold())}\b", text) for day in days)


@dataclass
class LinkIndex:
    """What a reference can point to: events (with aliases) and entities."""

    events: dict[str, Target] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # old event ID -> current ID
    #: events an editor withdrew (``hide``; their pages stay): a reference renders, with a
    #: warning (an event moved to the context is cited as any other)
    withdrawn: set[str] = field(default_factory=set)
    entities: dict[str, Target] = field(default_factory=dict)
    site_url: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkIndex:
        """From ``Chronology.to_dict()`` or ``events.json``."""
        index = cls(site_url=str(data.get("site_url") or ""))
        for event in [*data.get("events", []), *data.get("withdrawn", [])]:
            label = f"{event.get('display_date', '')} — {event.get('title', '')}".strip(" —")
            index.events[event["id"]] = Target(
                event.get("url", ""),
                label,
                str(event.get("title") or ""),
                day_names(str(event.get("start") or ""), str(event.get("end") or "")),
            )
            for old in event.get("aliases") or []:
                index.aliases[old] = event["id"]
            if event.get("status") == "hidden":
                index.withdrawn.add(event["id"])
        for entity in data.get("entities", []):
            index.entities[entity["id"]] = Target(entity.get("url", ""), entity.get("name", ""))
        return index

    @classmethod
    def from_chronology(cls, chronology: Shown) -> LinkIndex:
        """Like ``from_dict`` of its ``events.json``, without copying every event's sources."""
        index = cls()
        for event in [*chronology.events, *chronology.withdrawn]:
            index.events[event.id] = Target(
                event.url, event_label(event), event.title, day_names(event.start, event.end)
            )
            for old in event.aliases or []:
                index.aliases[old] = event.id
        index.withdrawn = {e.id for e in chronology.withdrawn if e.status == "hidden"}
        for entity in chronology.entities:
            index.entities[entity.id] = Target(entity.url, entity.name)
        return index

    def resolve(self, kind: str, ident: str) -> tuple[str, Target] | None:
        """(current ID, target) or None when unknown."""
        if kind == "event":
            ident = self.aliases.get(ident, ident)
            target = self.events.get(ident)
        else:
            target = self.entities.get(ident)
        return (ident, target) if target is not None else None

    def suggest(self, kind: str, ident: str) -> str | None:
        """The closest known ID: current IDs first, then old ones (aliases)."""
        pools = (
            [list(self.events), list(self.aliases)] if kind == "event" else [list(self.entities)]
        )
        for pool in pools:
            close = difflib.get_close_matches(ident, pool, n=1, cutoff=0.5)
            if close:
                return close[0]
        return None

    def unknown_message(self, kind: str, ident: str) -> str:
        message = f"unknown {kind} ID '{ident}'"
        suggestion = self.suggest(kind, ident)
        if suggestion:
            message += f" (did you mean '{suggestion}'?)"
        return message


def read_site_url(project: Path) -> str:
    """``site_url`` of ``project/mkdocs.yml`` ('' if none); tolerates MkDocs-only YAML tags."""
    path = project / "mkdocs.yml"
    if not path.is_file():
        return ""

    data = yamlsafe.load_file(path, dates=True, other_tags=True) or {}
    return str(data.get("site_url") or "") if isinstance(data, dict) else ""


def load_index(project: Path = Path("."), events_json: Path | None = None) -> LinkIndex:
    """The link index from ``events_json`` if it exists, else from a fresh build."""
    if events_json is not None and events_json.is_file():
        try:
            data = json.loads(events_json.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TimelineError(f"cannot read the chronology: {exc}", events_json) from None
        index = LinkIndex.from_dict(data)
    else:
        from timeline.pipeline import BuildSettings, build_chronology

        chronology = build_chronology(BuildSettings(root=project, read_only=True))
        index = LinkIndex.from_chronology(show(chronology))
    index.site_url = read_site_url(project) or index.site_url
    return index


def _cli_input_path() -> str:
    """The input file of ``python -m markdown ... FILE``, to name it in errors."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is None or spec.name != "markdown.__main__":
        return ""
    args = sys.argv[1:]
    takes_value = {"-f", "--file", "-e", "--encoding", "-o", "--output_format", "-x"}
    takes_value |= {"--extension", "-c", "--extension_configs"}
    positional = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            positional.append(arg)
    return positional[-1] if positional else ""


class SourceLinesPreprocessor(Preprocessor):
    """Keep the lines as written, to give the line of an unknown reference."""

    def run(self, lines: list[str]) -> list[str]:
        self.md.timeline_source_lines = list(lines)  # type: ignore[attr-defined]
        return lines


class ReferenceInlineProcessor(InlineProcessor):
    """``[[event:ID]]`` → ``<a href="…/evenements/ID/">date — titre</a>``."""

    def __init__(self, pattern: str, md: Markdown, extension: TimelineExtension) -> None:
        super().__init__(pattern, md)
        self.extension = extension

    # (Python-Markdown's own stubs ignore the same mismatch with Pattern.handleMatch)
    def handleMatch(  # type: ignore[override]  # noqa: N802
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        ext = self.extension
        index = ext.index()
        kind, ident = m.group("kind"), m.group("id")
        found = index.resolve(kind, ident)
        if found is None:
            raise ext.error(index.unknown_message(kind, ident), kind, ident)
        current, target = found
        if kind == "event" and current in index.withdrawn:
            ext.warn(f"event '{current}' was withdrawn from the chronology", kind, ident)
        el = etree.Element("a")
        el.set("href", ext.href(target.url))
        el.set("class", f"tl-ref tl-ref-{kind}")
        el.set("data-timeline-id", current)
        text = " ".join((m.group("text") or "").split())
        label = target.label
        # the date once: "Le 7 octobre, ... : [[event:ID]]" gives the title alone
        if target.short and gives_day(data[: m.start(0)], target.days):
            label = target.short
        el.text = AtomicString(text or label or current)
        return el, m.start(0), m.end(0)


class MalformedInlineProcessor(InlineProcessor):
    """A ``[[event:`` that is not a well-formed reference is an error, not literal text."""

    def __init__(self, pattern: str, md: Markdown, extension: TimelineExtension) -> None:
        super().__init__(pattern, md)
        self.extension = extension

    # (Python-Markdown's own stubs ignore the same mismatch with Pattern.handleMatch)
    def handleMatch(  # type: ignore[override]  # noqa: N802
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        kind = m.group("kind")
        message = (
            f"malformed {kind} reference: write [[{kind}:ID]] or [[{kind}:ID|texte]] "
            "(ID: letters, digits, '-', '_' or '.')"
        )
        raise self.extension.error(message, kind, None)


class TimelineExtension(Extension):
    """Python-Markdown extension for event and entity references."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            # (defaults are "" rather than None: Python-Markdown turns None-defaulted options
            # into booleans)
            "index": ["", "a LinkIndex to resolve IDs (set by the MkDocs plugin)"],
            "events_json": ["site/events.json", "chronology export to read IDs from"],
            "project": [".", "project folder (with mkdocs.yml and content/)"],
            "base_url": ["", "site URL for absolute links (default: site_url of mkdocs.yml)"],
            "url_for": ["", "callable: site-relative URL -> href (set by the plugin)"],
            "source_path": ["", "file named in errors (default: the markdown CLI input)"],
            "line_offset": [0, "lines before the Markdown in its file (front matter)"],
            "error": [timeline_error, "callable (message, path, line) -> exception to raise"],
        }
        super().__init__(**kwargs)
        self._index: LinkIndex | None = None
        self.md: Markdown | None = None
        self.warned: set[tuple[str, str]] = set()

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        self.md = md
        md.preprocessors.register(
            SourceLinesPreprocessor(md), "timeline_source_lines", SOURCE_LINES_PRIORITY
        )
        md.inlinePatterns.register(
            ReferenceInlineProcessor(REFERENCE_RE, md, self), "timeline_reference", PRIORITY
        )
        md.inlinePatterns.register(
            MalformedInlineProcessor(MALFORMED_RE, md, self),
            "timeline_malformed_reference",
            MALFORMED_PRIORITY,
        )

    def index(self) -> LinkIndex:
        given: LinkIndex | str = self.getConfig("index")
        if isinstance(given, LinkIndex):
            return given
        if self._index is None:
            project = Path(self.getConfig("project"))
            events_json = Path(self.getConfig("events_json"))
            if not events_json.is_absolute():
                events_json = project / events_json
            self._index = load_index(project, events_json)
        return self._index

    def href(self, url: str) -> str:
        url_for = self.getConfig("url_for")
        if url_for:
            return str(url_for(url))
        base = str(self.getConfig("base_url") or self.index().site_url)
        return base.rstrip("/") + "/" + url if base else url

    def warn(self, message: str, kind: str, ident: str) -> None:
        """Log a warning naming the file and the line of the reference."""
        path = self.getConfig("source_path") or _cli_input_path() or "<markdown>"
        line = self._line_of(kind, ident)
        if line is not None:
            line += int(self.getConfig("line_offset"))
        where = f"{path}:{line}" if line else path
        if (where, message) not in self.warned:  # a page may be converted more than once
            self.warned.add((where, message))
            log.warning("%s: %s", where, message)

    def error(self, message: str, kind: str, ident: str | None) -> Exception:
        """The error to raise, naming the file and the line of the reference (``ident``, or
        the first malformed one when None)."""
        path = self.getConfig("source_path") or _cli_input_path() or "<markdown>"
        line = self._line_of(kind, ident)
        if line is not None:
            line += int(self.getConfig("line_offset"))
        error: Exception = self.getConfig("error")(message, path, line)
        return error

    def _line_of(self, kind: str, ident: str | None) -> int | None:
        source = "\n".join(getattr(self.md, "timeline_source_lines", []))
        for found in re.finditer(re.escape(f"[[{kind}:"), source):
            full = REFERENCE.match(source, found.start())
            if (full is None) if ident is None else (full and full.group("id") == ident):
                return source.count("\n", 0, found.start()) + 1
        return None


def makeExtension(**kwargs: Any) -> TimelineExtension:  # noqa: N802
    return TimelineExtension(**kwargs)


def reference_for(index: LinkIndex, ident: str) -> tuple[str, str]:
    """(Markdown reference, absolute URL) of an event or entity ID; unknown → TimelineError."""
    for kind in ("event", "entity"):
        found = index.resolve(kind, ident)
        if found is not None:
            current, target = found
            url = target.url
            if index.site_url:
                url = index.site_url.rstrip("/") + "/" + url.lstrip("/")
            return f"[[{kind}:{current}]]", url
    message = index.unknown_message("event", ident)
    entity = index.suggest("entity", ident)
    if entity and "did you mean" not in message:
        message += f" (did you mean the entity '{entity}'?)"
    raise TimelineError(message)
