"""The ID registry (``content/ids.yml``): stable, readable event IDs across rebuilds.

Each record maps the *keys* of an event's reports (article slug + hash of the sentence)
to its ID. A build matches every event to the records holding one of its keys, keeps the
ID it had, adds the keys of new reports to the record, and appends a record for each new
event. Records are never removed or renamed by a build; an editor may rename an ID by
changing ``id`` and listing the old one under ``aliases`` (the site redirects it). When two
old events merge, the older record's ID wins and the other becomes an alias.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from timeline import slugs
from timeline.content import ids as registry_file
from timeline.errors import TimelineError
from timeline.events.lexicon import lexicon

FILE_NAME = "ids.yml"
HEADER = """\
# ID registry of the chronology: written by the site build and `timeline add`, committed.
# Each record: the event's permanent `id` and the `keys` (article slug#sentence hash) of the
# reports it was first built from and of every report merged into it since. Builds only
# append keys and records. To rename an event, change its `id` and add the old one to
# `aliases` (a list): the old permalink then redirects to the new one.
"""
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def source_key(article: str, sentence: str) -> str:
    """Stable key of a report: its article and a hash of the sentence (spaces normalised)."""
    normalized = " ".join(sentence.replace("\u00a0", " ").replace("\u202f", " ").split())
    digest = hashlib.sha1(normalized.casefold().encode("utf-8")).hexdigest()[:12]
    return f"{article}#{digest}"


def source_keys(article: str, sentences: Iterable[str]) -> list[str]:
    """Keys of all the sentences of an article, in text order, unique: ``source_key`` for
    a sentence's first occurrence, ``source_key~2``, ``~3``... for its repetitions."""
    seen: dict[str, int] = {}
    keys: list[str] = []
    for sentence in sentences:
        key = source_key(article, sentence)
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}~{seen[key]}")
    return keys


def propose_id(start: str, title: str) -> str:
    """A readable ID: the start day and up to a few key words of the title."""
    lex = lexicon()
    stop = set(lex["id_stop_words"])
    words = [w for w in slugs.slug(title).split("-") if w and w not in stop and not w.isdigit()]
    slug = "-".join(words[: lex["id_max_words"]]) or "evenement"
    return f"{start}-{slug}"


@dataclass
class Record:
    id: str
    keys: list[str]
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "keys": list(self.keys)}
        if self.aliases:
            data["aliases"] = list(self.aliases)
        return data


def load(path: Path) -> list[Record]:
    """The records of the registry (none when the file does not exist yet); the rules are
    those of ``timeline check`` (``content/ids.py``)."""
    return [Record(e.id, e.keys, e.aliases) for e in registry_file.load(path)]


def load_text(text: str, path: Path | str = FILE_NAME) -> list[Record]:
    """The records of a registry's text (``path`` names it in errors)."""
    return [Record(e.id, e.keys, e.aliases) for e in registry_file.load_text(text, path)]


def dump(records: list[Record]) -> str:
    body = yaml.dump(
        {"events": [r.to_dict() for r in records]},
        Dumper=_DUMPER,
        allow_unicode=True,
        sort_keys=False,
        width=1000,
        default_flow_style=False,
    )
    return HEADER + body


#: a scalar ``dump`` writes as it is (no quotes) when YAML reads it as a string: ASCII
#: letters, digits and ``_.~#-``
_BARE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.~#-]*")
_STRING = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()


def _bare(scalar: str) -> bool:
    if not _BARE.fullmatch(scalar):
        return False
    if "#" in scalar:  # a report key: no YAML type but a string has one
        return True
    tag = _RESOLVER.resolve(yaml.ScalarNode, scalar, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == _STRING)


def render(record: Record) -> str | None:
    """The lines ``dump`` writes for ``record`` (its part of the file), made without YAML;
    None when a scalar is not one ``dump`` writes bare (then only ``dump`` knows)."""
    if not all(_bare(s) for s in [record.id, *record.keys, *record.aliases]):
        return None
    lines = [f"- id: {record.id}\n"]
    lines.append("  keys:\n" if record.keys else "  keys: []\n")
    lines += [f"  - {key}\n" for key in record.keys]
    if record.aliases:
        lines.append("  aliases:\n")
        lines += [f"  - {alias}\n" for alias in record.aliases]
    return "".join(lines)


#: what ``dump`` writes before the records (when there is at least one)
PREAMBLE = HEADER + "events:\n"


def save(path: Path, records: list[Record]) -> bool:
    """Write the registry atomically if its text changed; True when written."""
    text = dump(records)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    write_text(path, text)
    return True


def write_text(path: Path, text: str) -> None:
    """Replace the registry's file by ``text`` atomically (a reader sees the old or the
    new file, never a part)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".ids-", suffix=".yml.tmp", dir=path.parent)
    except OSError as exc:
        raise TimelineError(f"cannot write the ID registry: {exc.strerror}", path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a registry is shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class Assignment:
    id: str
    aliases: list[str]


class Names(Protocol):
    """The ids and aliases the registry uses (to keep a new id unique), and those added."""

    def __contains__(self, name: object, /) -> bool: ...

    def add(self, name: str, /) -> None: ...


def assign(
    records: list[Record],
    events: list[tuple[str | Callable[[], str], list[str]]],
    taken: Names | None = None,
) -> list[Assignment]:
    """IDs for ``events`` given as (proposed id, report keys), in a stable order.

    The proposed id may be a function, called only for an event that needs a new record.
    Updates ``records`` in place (new keys, new records). Deterministic, also when a key
    is listed by several records (a report that moved to another event keeps its key in
    the old record too): an event matches every record holding one of its keys, records
    go first to the event holding their first key, then to the earliest event matching
    them, in the order of ``events``; among several, the earliest record in the file wins.

    ``records`` may be a part of the registry, in file order, holding every record that
    lists one of the events' keys (``ids_index``), when ``taken`` holds every id and alias
    of the whole registry: the answer and the changes to those records are the same.
    """
    holders: dict[str, list[int]] = {}  # key -> records listing it, in file order
    for index, record in enumerate(records):
        for key in dict.fromkeys(record.keys):
            holders.setdefault(key, []).append(index)
    matched = [sorted({r for k in keys for r in holders.get(k, ())}) for _, keys in events]
    claimed: dict[int, int] = {}  # record index -> event index
    # 1. an event holding a record's first key has that record
    for e, (_, keys) in enumerate(events):
        key_set = set(keys)
        for r in matched[e]:
            if records[r].keys and records[r].keys[0] in key_set and r not in claimed:
                claimed[r] = e
    # 2. otherwise, the earliest record it matches that nobody has
    served = set(claimed.values())
    for e in range(len(events)):
        if e not in served:
            free = [r for r in matched[e] if r not in claimed]
            if free:
                claimed[free[0]] = e
                served.add(e)
    by_event: dict[int, list[int]] = {}
    for r, e in claimed.items():
        by_event.setdefault(e, []).append(r)
    if taken is None:
        taken = {i for r in records for i in [r.id, *r.aliases]}
    result: list[Assignment] = []
    for e, (proposed, keys) in enumerate(events):
        mine = sorted(by_event.get(e, []))
        if mine:
            main = records[mine[0]]
            aliases = list(main.aliases)
            for other in mine[1:]:
                aliases += [records[other].id, *records[other].aliases]
            for key in keys:
                if key not in holders:
                    main.keys.append(key)
                    holders[key] = [mine[0]]
            result.append(Assignment(main.id, aliases))
            continue
        base = proposed() if callable(proposed) else proposed
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        # its new keys first (the first key finds it again); keys other records also list
        # (reports that moved here) after them
        fresh = [k for k in dict.fromkeys(keys) if k not in holders]
        records.append(Record(candidate, fresh + [k for k in dict.fromkeys(keys) if k in holders]))
        for key in keys:
            holders.setdefault(key, []).append(len(records) - 1)
        result.append(Assignment(candidate, []))
    return result


def size(records: list[Record]) -> tuple[int, int]:
    """(records, keys): what ``assign`` can change (it only appends), to skip saving."""
    return len(records), sum(len(r.keys) for r in records)
