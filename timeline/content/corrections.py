"""``content/corrections.yml``: the newsroom's corrections of events, one entry each.

A YAML list; each entry names an event by its ID and says ONE thing to change, with an
optional ``note`` (shown to readers) and ``when`` (the day of the correction, ISO)::

    - event: 2015-09-30-serguei-choigou-frappes-touche-cibles
      date: 2015-10-07            # or start: / end: (ISO days)
      note: "Déclaration du 7 octobre"
      when: 2026-12-02
    - event: 2015-10-07-quatre-croiseurs-russes-flottille-caspienne
      title: "Quatre navires russes tirent 26 missiles de croisière depuis la Caspienne"
    - event: 2014-10-07-etats-unis-quant-eux-tete
      context: true               # move to the context block
    - event: 2015-10-07-vladimir-poutine-seraient-coordonnees-actions
      merge_into: 2015-10-07-vladimir-poutine-aviation-russe-soutiendra
    - event: 2015-10-07-discussions-etaient-cours-turcs-mettre
      hide: true
      note: "Doublon d'une autre déclaration"

``validate(text, path)`` gives the valid entries and every problem of the file itself
(shape, fields, impossible dates, two entries that conflict), each naming file and line;
the build and ``timeline check`` both use it. What needs the chronology (an unknown ID, a
merge cycle, a correction that changes nothing) is ``timeline.corrections``' business.
``upsert`` adds or replaces one entry in the file's text, keeping everything else
(comments included) as written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from timeline.content import yamlsafe
from timeline.content.files import read_text
from timeline.errors import TimelineError

FILE_NAME = "corrections.yml"
#: what an entry may change (one per entry), and the group it belongs to: two entries of
#: one event in the same group conflict
ACTIONS = {
    "date": "date",
    "start": "date",
    "title": "title",
    "context": "status",
    "hide": "status",
    "merge_into": "status",
}
FIELDS = ("event", "date", "start", "end", "title", "context", "hide", "merge_into", "note", "when")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

HEADER = """\
# Corrections of the chronology by the newsroom (see « Guide de l'éditeur »): one entry
# per change, applied at every build after the IDs; `timeline correct ID ...` writes them.
"""


@dataclass(frozen=True)
class CorrectionEntry:
    """One valid entry of ``corrections.yml``."""

    event: str
    action: str  # date, title, context, hide, merge_into
    line: int
    start: str | None = None  # ISO days, for a date
    end: str | None = None
    title: str | None = None
    target: str | None = None  # for merge_into
    note: str = ""
    when: str | None = None  # ISO day of the correction

    @property
    def group(self) -> str:
        return ACTIONS[self.action]


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _day(value: Any) -> str | None:
    """An ISO day from YAML (a date, or a string that is a real day), else None."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip() and "\n" not in value.strip():
        return " ".join(value.split())
    return None


def _entry(
    data: dict[str, Any], lines: dict[str, int], at: int, path: Path | str
) -> tuple[CorrectionEntry | None, list[TimelineError]]:
    problems: list[TimelineError] = []

    def problem(message: str, key: str | None = None) -> None:
        problems.append(TimelineError(message, path, lines.get(key or "", at)))

    for key in data:
        if key not in FIELDS:
            problem(f"unknown correction field {key!r} (expected: {', '.join(FIELDS)})", key)
    event = data.get("event")
    if not isinstance(event, str) or not _ID.match(event):
        problem("a correction needs 'event: ID' (the event's ID, as in its permalink)", "event")
    actions = [key for key in ACTIONS if key in data]
    if not actions:
        problem(
            "a correction must say what to change: date (or start and end), title, "
            "context: true, hide: true or merge_into: ID"
        )
    elif len(actions) > 1:
        problem(f"one change per entry: {', '.join(actions)} (write one entry each)", actions[1])
    if "end" in data and "start" not in data:
        problem("'end' needs 'start' (or write 'date' for one day)", "end")
    start = end = title = target = None
    action = actions[0] if len(actions) == 1 else None
    if action == "date":
        start = end = _day(data["date"])
        if start is None:
            problem(f"impossible date {data['date']!s}: write an ISO day (YYYY-MM-DD)", "date")
    elif action == "start":
        action = "date"
        start, end = _day(data["start"]), _day(data.get("end", data["start"]))
        for key, day in (("start", start), ("end", end)):
            if day is None and key in data:
                problem(f"impossible date {data[key]!s}: write an ISO day (YYYY-MM-DD)", key)
        if start and end and end < start:
            problem(f"impossible dates: end {end} is before start {start}", "end")
    elif action == "title":
        title = _text(data["title"])
        if title is None:
            problem("'title' must be one line of text", "title")
    elif action in ("context", "hide"):
        if data[action] is not True:
            problem(f"'{action}' takes true (remove the entry to undo it)", action)
    elif action == "merge_into":
        target = data["merge_into"]
        if not isinstance(target, str) or not _ID.match(target):
            problem("'merge_into' must be an event ID", "merge_into")
        elif target == event:
            problem("an event cannot be merged into itself", "merge_into")
    note = data.get("note", "")
    if note != "" and _text(note) is None:
        problem("'note' must be one line of text", "note")
    when = None
    if "when" in data:
        when = _day(data["when"])
        if when is None:
            problem(f"impossible date {data['when']!s}: write an ISO day (YYYY-MM-DD)", "when")
    if problems or action is None or not isinstance(event, str):
        return None, problems
    entry = CorrectionEntry(
        event=event,
        action=action,
        line=at,
        start=start,
        end=end,
        title=title,
        target=target if isinstance(target, str) else None,
        note=_text(note) or "",
        when=when,
    )
    return entry, []


def validate(text: str, path: Path | str) -> tuple[list[CorrectionEntry], list[TimelineError]]:
    """The valid entries of the file's text, and every problem found in the file itself."""
    try:
        root = yamlsafe.compose(text, path)
    except TimelineError as exc:
        return [], [exc]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [TimelineError("expected a list of corrections", path, _line(root))]
    entries: list[CorrectionEntry] = []
    problems: list[TimelineError] = []
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            problems.append(TimelineError("a correction must be a mapping", path, _line(item)))
            continue
        try:
            data = yamlsafe.construct(item, path)
        except TimelineError as exc:
            problems.append(exc)
            continue
        lines = {str(k.value): _line(k) for k, _ in item.value}
        entry, found = _entry(data, lines, _line(item), path)
        problems.extend(found)
        if entry is not None:
            entries.append(entry)
    problems.extend(conflicts(entries, path))
    return entries, problems


def conflicts(entries: list[CorrectionEntry], path: Path | str) -> list[TimelineError]:
    """Two entries of one event that change the same thing (two dates, two titles), or a
    withdrawal, a move to the context and a merge of the same event together."""
    first: dict[tuple[str, str], CorrectionEntry] = {}
    problems: list[TimelineError] = []
    for entry in entries:
        key = (entry.event, entry.group)
        if key in first:
            other = first[key]
            problems.append(
                TimelineError(
                    f"conflicts with the correction at line {other.line}: both change the "
                    f"{_GROUP_WORDS[entry.group]} of {entry.event}",
                    path,
                    entry.line,
                )
            )
        else:
            first[key] = entry
    return problems


_GROUP_WORDS = {"date": "date", "title": "title", "status": "place (context, hide, merge)"}


def read(path: Path) -> tuple[list[CorrectionEntry], list[TimelineError]]:
    """``validate`` of the file at ``path`` (no file: no corrections)."""
    if not path.exists() and not path.is_symlink():
        return [], []
    try:
        text = read_text(path, within=path.parent)
    except TimelineError as exc:
        return [], [exc]
    return validate(text, path)


def load(path: Path) -> list[CorrectionEntry]:
    """The entries of the file at ``path``; ``TimelineError`` for its first problem."""
    entries, problems = read(path)
    if problems:
        raise problems[0]
    return entries


# -- writing (timeline correct) ------------------------------------------------------------


def entry_text(fields: dict[str, Any]) -> str:
    """One entry as YAML lines (``- event: ...``), values quoted when needed."""
    lines = []
    for i, (key, value) in enumerate(fields.items()):
        if value is True:
            shown = "true"
        elif isinstance(value, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
            shown = value
        else:
            shown = json.dumps(value, ensure_ascii=False)
        lines.append(f"{'- ' if i == 0 else '  '}{key}: {shown}")
    return "\n".join(lines) + "\n"


def _blocks(text: str) -> list[tuple[int, int]]:
    """(first, last + 1) line numbers (0-based) of each top-level entry of the file."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("- ")]
    blocks = []
    for n, first in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        last = first + 1
        while last < stop and (lines[last].startswith((" ", "\t")) or not lines[last].strip()):
            last += 1
        while last > first + 1 and not lines[last - 1].strip():
            last -= 1
        blocks.append((first, last))
    return blocks


def upsert(text: str, new: dict[str, Any], path: Path | str = FILE_NAME) -> tuple[str, bool]:
    """``text`` with the entry ``new`` added, or replacing the entry of the same event that
    changes the same thing; every other line (comments too) kept. Returns (text, replaced)."""
    entries, problems = validate(text, path)
    if problems:
        raise problems[0]
    action = next(key for key in ACTIONS if key in new)
    group = ACTIONS[action]
    old = next((e for e in entries if e.event == new["event"] and e.group == group), None)
    block = entry_text(new)
    if not text.strip():
        return HEADER + block, False
    if old is None:
        return text + ("" if text.endswith("\n") else "\n") + block, False
    lines = text.splitlines(keepends=True)
    first, last = next(b for b in _blocks(text) if b[0] == old.line - 1)
    return "".join(lines[:first]) + block + "".join(lines[last:]), True
