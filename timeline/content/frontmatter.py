"""An article's front matter: the YAML between the two ``---`` lines, and its rules.

``split`` returns the fields (line of each top-level field), ``problems`` every rule they
break: required ``title``, ``date`` (an existing day, not after the build day), ``source``;
text fields (``title``, ``source``, ``url``, ``lang``, ``via``) are text, ``title`` one
line, ``url`` an http(s) address, ``lang`` a supported language; no field (names and
values, nested ones too) holds a control character or a lone surrogate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.content.text import bad_in_value
from timeline.errors import TimelineError

REQUIRED_FIELDS = ("title", "date", "source")
TEXT_FIELDS = ("title", "source", "url", "lang", "via")
ONE_LINE_FIELDS = ("title", "source", "url", "lang", "via", "date")
FENCE = "---"
MAX_TITLE_CHARS = 300
DEFAULT_LANG = "fr"
LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
#: no news is dated before printed newspapers (the first, Strasbourg's "Relation", 1605): a
#: day earlier is a typing slip, and the calendar arithmetic of resolving its expressions
#: ("il y a deux siècles", "la veille") would run off the calendar's first year
EARLIEST_PUBLICATION = dt.date(1600, 1, 1)
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def supported_languages() -> tuple[str, ...]:
    """Languages the project has data for: the folders of ``timeline/lang/`` (the package's
    own files: read once a process, not once an article validated)."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and any(p.glob("*.yml"))))


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, Any]
    body_start: int  # offset of the body in the file's text
    lines: dict[str, int]  # 1-based line of each top-level field

    def line_of(self, name: str) -> int:
        return self.lines.get(name, 2)


def split(text: str, path: Path | str) -> FrontMatter:
    """The front matter of ``text`` (the whole file); raises ``TimelineError`` (file, line)
    when it is missing, not closed, not YAML or not a mapping of fields."""
    if not text.startswith(FENCE + "\n"):
        raise TimelineError("missing front matter: the file must start with a '---' line", path, 1)
    close = text.find("\n" + FENCE + "\n", len(FENCE))
    if close == -1:
        if text.endswith("\n" + FENCE):
            close = len(text) - len(FENCE) - 1
        else:
            raise TimelineError("front matter is not closed by a '---' line", path, 1)
    raw = text[len(FENCE) + 1 : close + 1]
    what = "malformed front matter"
    root = yamlsafe.compose(raw, path, line_offset=1, what=what)
    body_start = min(len(text), close + len(FENCE) + 2)
    if root is None:
        return FrontMatter({}, body_start, {})
    if not isinstance(root, yaml.MappingNode):
        raise TimelineError("front matter must be a mapping of fields", path, 2)
    fields = yamlsafe.construct(root, path, line_offset=1, what=what)
    lines = {str(k.value): k.start_mark.line + 2 for k, _ in root.value}
    return FrontMatter(fields, body_start, lines)


def parse_date(value: Any, path: Path | str, line: int | None) -> dt.date:
    """An existing day, ``YYYY-MM-DD`` (a timestamp keeps its day)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TimelineError(
            f"invalid date {value!r}: expected an existing day as YYYY-MM-DD", path, line
        )
    raw = value.strip()
    try:
        if len(raw) > 10 and raw[10] in "T " and _DATE_RE.match(raw):  # a timestamp
            return dt.datetime.fromisoformat(raw).date()
        if not _DATE_RE.fullmatch(raw):
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise TimelineError(
            f"invalid date {raw!r}: expected an existing day as YYYY-MM-DD", path, line
        ) from None


def _text_problem(name: str, value: str, supported: tuple[str, ...]) -> str | None:
    if name == "title" and len(value) > MAX_TITLE_CHARS:
        return f"field 'title' must be one line of at most {MAX_TITLE_CHARS} characters"
    if name == "url" and not _URL_RE.match(value.strip()):
        return f"field 'url' must be an http(s) address, not {value!r}"
    if name == "lang":
        if not _LANG_RE.match(value.strip()):
            return f"field 'lang' must be a language code like 'fr', not {value!r}"
        if value.strip() not in supported:
            return (
                f"language {value.strip()!r} is not supported (supported: {', '.join(supported)})"
            )
    return None


def publication_problem(date: dt.date, build_day: dt.date) -> str | None:
    """What is wrong with ``date`` as a day of publication, if anything: after the build's
    day, or before any printed news (``EARLIEST_PUBLICATION``)."""
    if date > build_day:
        return (
            f"date {date.isoformat()} is in the future of the build "
            f"(today is {build_day.isoformat()})"
        )
    if date < EARLIEST_PUBLICATION:
        return (
            f"date {date.isoformat()} is before any printed news "
            f"(the earliest day accepted is {EARLIEST_PUBLICATION.isoformat()})"
        )
    return None


def problems(
    front: FrontMatter, path: Path | str, build_day: dt.date
) -> tuple[list[TimelineError], dt.date | None]:
    """Every rule the fields break, and the date when it is valid."""
    meta = front.fields
    found: list[TimelineError] = []
    for name in REQUIRED_FIELDS:
        if meta.get(name) in (None, ""):
            found.append(TimelineError(f"front matter lacks required field '{name}'", path, 2))
    for name, value in meta.items():
        if not isinstance(name, str):
            found.append(TimelineError(f"field name {name!r} must be text", path, 2))
            continue
        bad = bad_in_value([name, value], one_line=name in ONE_LINE_FIELDS)
        if bad:
            found.append(TimelineError(f"field '{name}': {bad}", path, front.line_of(name)))
    date: dt.date | None = None
    if meta.get("date") not in (None, ""):
        try:
            date = parse_date(meta["date"], path, front.line_of("date"))
        except TimelineError as exc:
            found.append(exc)
        else:
            message = publication_problem(date, build_day)
            if message:
                found.append(TimelineError(message, path, front.line_of("date")))
                date = None
    supported = supported_languages()
    for name in TEXT_FIELDS:
        value = meta.get(name)
        if value is None or (value == "" and name in REQUIRED_FIELDS):
            continue
        if not isinstance(value, str):
            found.append(
                TimelineError(
                    f"field '{name}' must be text, not {type(value).__name__}",
                    path,
                    front.line_of(name),
                )
            )
            continue
        message = _text_problem(name, value, supported)
        if message:
            found.append(TimelineError(message, path, front.line_of(name)))
    return found, date
