"""``content/ids.yml``: the registry of event IDs (``events/ids.py`` assigns them).

A mapping with an ``events`` list; each record a mapping with ``id`` (lowercase letters,
digits and ``-``), ``keys`` (a list of report keys, each once; may be absent or empty) and
optional ``aliases`` (a list of former ids). No id or alias is used twice in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.content.files import read_text
from timeline.errors import TimelineError

FILE_NAME = "ids.yml"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MAX_ID_CHARS = 200
RECORD_FIELDS = ("id", "keys", "aliases")


@dataclass
class IdEntry:
    """One valid record of the registry."""

    id: str
    keys: list[str]
    aliases: list[str] = field(default_factory=list)
    line: int = 1


def _valid_id(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_ID_CHARS and bool(ID_RE.match(value))


def _records(text: str, path: Path | str) -> list[tuple[Any, int]]:
    """(record value, line) of each record of the registry's text."""
    fast = _fast_load(text)
    if fast is not None:
        return fast
    root = yamlsafe.compose(text, path)
    if not isinstance(root, yaml.MappingNode):
        raise TimelineError("the ID registry must have an 'events' list", path, 1)
    events = [v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "events"]
    if not events:
        raise TimelineError("the ID registry must have an 'events' list", path, 1)
    node = events[0]
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise TimelineError("'events' must be a list", path, node.start_mark.line + 1)
    yamlsafe.construct(root, path)  # duplicate or non-plain keys anywhere
    return [(yamlsafe.construct(item, path), item.start_mark.line + 1) for item in node.value]


def validate(text: str, path: Path | str) -> tuple[list[IdEntry], list[TimelineError]]:
    """The valid records of the registry's text, and every problem found."""
    try:
        items = _records(text, path)
    except TimelineError as exc:
        return [], [exc]
    problems: list[TimelineError] = []
    entries: list[IdEntry] = []
    owners: dict[str, int] = {}
    for entry, line in items:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            problems.append(TimelineError("registry record without an id", path, line))
            continue
        before = len(problems)
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            problems.append(TimelineError("aliases must be a list of ids", path, line))
            aliases = []
        for name in [entry["id"], *aliases]:
            if not _valid_id(name):
                problems.append(
                    TimelineError(f"id {name!r}: lowercase letters, digits, -", path, line)
                )
            elif name in owners:
                problems.append(
                    TimelineError(f"id {name!r} already used at line {owners[name]}", path, line)
                )
            else:
                owners[name] = line
        keys = entry.get("keys") or []
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            problems.append(TimelineError("keys must be a list of report keys", path, line))
        else:
            # A report key may be listed by several records: when an event splits, the
            # part that leaves keeps the key so that it finds its own record again.
            twice = [k for k in dict.fromkeys(keys) if keys.count(k) > 1]
            if twice:
                problems.append(TimelineError(f"key {twice[0]!r} listed twice", path, line))
        unknown = sorted(str(k) for k in entry if k not in RECORD_FIELDS)
        if unknown:
            problems.append(TimelineError(f"unknown field(s) {', '.join(unknown)}", path, line))
        if len(problems) == before:
            entries.append(IdEntry(entry["id"], list(keys), list(aliases), line))
    return entries, problems


def load(path: Path) -> list[IdEntry]:
    """The records of ``path`` (none when it does not exist); raises the first problem."""
    if not path.exists() and not path.is_symlink():
        return []
    return load_text(read_text(path, within=path.parent), path)


def load_text(text: str, path: Path | str = FILE_NAME) -> list[IdEntry]:
    entries, problems = validate(text, path)
    if problems:
        raise problems[0]
    return entries


# -- the layout ``events/ids.py`` writes, read without YAML (a big registry loads several
#    times faster); anything else is read by YAML.

_LINE = re.compile(
    r"(?:- (?P<id>id): |  (?P<list>keys|aliases):(?P<empty> \[\])?$|  - )?"
    r"(?P<scalar>[A-Za-z0-9_][\w.~#-]*)?$"
)
_RESOLVER = yaml.resolver.Resolver()
# What YAML may read as something else than a string: a short word (yes, no, null, .inf...)
# or only characters of numbers and dates; anything else is surely a string.
_MAYBE_NOT_STRING = re.compile(r"[\w.:+-]{0,5}|[0-9a-fA-FxXoObB_.:+tTzZ -]*")


def _plain_string(scalar: str) -> bool:
    """A plain scalar YAML reads as a string (not a number, date, boolean or null)."""
    if not _MAYBE_NOT_STRING.fullmatch(scalar):
        return True
    tag = _RESOLVER.resolve(yaml.ScalarNode, scalar, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == "tag:yaml.org,2002:str")


def _fast_load(text: str) -> list[tuple[Any, int]] | None:
    """The records as YAML reads them, for the layout ``events/ids.dump`` writes; None for
    anything else (comments after the header, other styles or quoting...)."""
    lines = text.split("\n")
    at = 0
    while at < len(lines) and (lines[at].startswith("#") or not lines[at].strip()):
        at += 1
    if at == len(lines) or lines[at] != "events:":
        return None
    events: list[tuple[dict[str, Any], int]] = []
    current: dict[str, Any] = {}
    list_name: str | None = None
    for number, line in enumerate(lines[at + 1 :], start=at + 2):
        if not line:
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            return None
        scalar = match["scalar"]
        if match["id"]:
            if scalar is None or ("#" not in scalar and not _plain_string(scalar)):
                return None
            current = {"id": scalar}
            events.append((current, number))
            list_name = None
        elif match["list"]:
            name = match["list"]
            if not events or name in current or scalar is not None:
                return None
            current[name] = [] if match["empty"] else None  # "keys:" alone is null
            list_name = None if match["empty"] else name
        elif line.startswith("  - ") and list_name is not None and scalar is not None:
            if "#" not in scalar and not _plain_string(scalar):
                return None
            if current[list_name] is None:
                current[list_name] = []
            current[list_name].append(scalar)
        else:
            return None
    return events
