"""``content/entities.yml``: the curated people, places and organisations.

A YAML list; each entry a mapping with ``id`` (lowercase letters, digits and ``-``: it
becomes a folder of the site), ``name`` and ``kind`` (person, place, organization),
optional ``aliases`` (a list of names), ``description`` (text) and ``wikidata`` (an item
such as ``Q7747``). Ids are unique; text holds no control character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.content.files import read_text
from timeline.content.text import bad_character
from timeline.errors import TimelineError

FILE_NAME = "entities.yml"
KINDS = ("person", "place", "organization")
FIELDS = ("id", "name", "kind", "aliases", "description", "wikidata")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
WIKIDATA_RE = re.compile(r"^Q[1-9]\d*$")
MAX_ID_CHARS = 120


@dataclass(frozen=True)
class EntityEntry:
    """One valid entry of ``entities.yml``."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    line: int = 1


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _text(value: Any) -> str | None:
    """Why ``value`` is not one line of text (None when it is)."""
    if not isinstance(value, str) or not value.strip():
        return "must be text"
    bad = bad_character(value.strip(), one_line=True)
    return f"holds {bad}" if bad else None


def _field_problem(name: str, value: Any) -> str | None:
    if name == "id":
        if not isinstance(value, str) or not ID_RE.match(value) or len(value) > MAX_ID_CHARS:
            return f"entity id {value!r}: lowercase letters, digits, -"
    elif name == "kind":
        if value not in KINDS:
            return f"kind {value!r}: expected one of {', '.join(KINDS)}"
    elif name == "aliases":
        if not isinstance(value, list) or any(_text(a) for a in value):
            return "aliases must be a list of names (one line of text each)"
    elif name in ("name", "description"):
        why = _text(value)
        if why:
            return f"field '{name}' {why}"
    elif name == "wikidata":
        if value is not None and not (isinstance(value, str) and WIKIDATA_RE.match(value)):
            return f"wikidata {value!r}: expected an item like Q7747"
    else:
        return f"unknown entity field {name!r}"
    return None


def validate(text: str, path: Path | str) -> tuple[list[EntityEntry], list[TimelineError]]:
    """The valid entries of the file's text, and every problem found."""
    problems: list[TimelineError] = []
    try:
        root = yamlsafe.compose(text, path)
    except TimelineError as exc:
        return [], [exc]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [TimelineError("expected a list of entities", path, _line(root))]
    entries: list[EntityEntry] = []
    seen: dict[str, int] = {}
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            problems.append(
                TimelineError("an entity must be a mapping of fields", path, _line(item))
            )
            continue
        try:
            data = yamlsafe.construct(item, path)
        except TimelineError as exc:
            problems.append(exc)
            continue
        lines = {str(k.value): _line(k) for k, _ in item.value}
        before = len(problems)
        for name in ("id", "name", "kind"):
            if name not in data:
                problems.append(
                    TimelineError(f"entity lacks required field '{name}'", path, _line(item))
                )
        for name, value in data.items():
            message = _field_problem(str(name), value)
            if message:
                problems.append(TimelineError(message, path, lines.get(str(name), _line(item))))
        entity_id = data.get("id")
        if isinstance(entity_id, str) and entity_id in seen:
            problems.append(
                TimelineError(
                    f"duplicate entity id {entity_id!r} (first at line {seen[entity_id]})",
                    path,
                    lines.get("id", _line(item)),
                )
            )
        elif isinstance(entity_id, str):
            seen[entity_id] = lines.get("id", _line(item))
        if len(problems) > before:
            continue
        entries.append(
            EntityEntry(
                id=data["id"],
                name=data["name"].strip(),
                kind=data["kind"],
                aliases=[a.strip() for a in data.get("aliases") or []],
                description=(data.get("description") or "").strip() or None,
                wikidata=data.get("wikidata"),
                line=_line(item),
            )
        )
    return entries, problems


def load(path: Path) -> list[EntityEntry]:
    """The entries of ``path`` (none when it does not exist); raises the first problem."""
    if not path.exists() and not path.is_symlink():
        return []
    entries, problems = validate(read_text(path, within=path.parent), path)
    if problems:
        raise min(problems, key=lambda p: p.line or 0)
    return entries
