"""The ID registry looked up by key (``.timeline/ids.sqlite``): a build reads the records
its events need, not every record the archive's dossiers ever registered.

``content/ids.yml`` stays the registry: the file editors read, edit and commit, and what
every build answers to (``events/ids.py``). This index is a copy of its records kept
beside the build's other memos: the records in file order, the report keys each lists and
every id and alias, under the sha256 of the file's bytes it was made from. A build whose
registry has other bytes (an editor's change, a checkout) makes it again from the file.

A build then reads the records holding one of its events' keys and asks the index whether
a new id is taken (``ids.assign`` on that part of the registry gives what it gives on the
whole). When records change, the file is written again from its own text: a changed
record's lines replaced, new records' lines added at its end (``ids.render``), which is
what ``ids.dump`` writes of the whole registry; the index takes the same changes. This
holds for a file in the layout ``ids.dump`` writes (its header, bare scalars); any other
(an editor's comment or quotes, an empty registry) is left to the whole reading, as when
there is no file yet: ``assign`` answers None and the build reads the file whole, which
writes it in that layout.

The index is an optimisation only: any database error disables it (the whole reading
then), deleting it changes nothing but time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.cache import CacheUnusable, StoreSchema, Transaction, open_store
from timeline.content import files
from timeline.errors import TimelineError
from timeline.events import ids

log = logging.getLogger(__name__)

FILE_NAME = "ids.sqlite"
SCHEMA = StoreSchema(
    "timeline-id-index",
    "1",
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL, keys TEXT NOT NULL, aliases TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS keys (key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (name TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO meta VALUES
    ('schema', 'timeline-id-index'), ('schema_version', '1'), ('registry', '');
""",
    {
        "meta": ["key", "value"],
        "records": ["n", "id", "keys", "aliases"],
        "keys": ["key", "n"],
        "names": ["name"],
    },
)
_CHUNK = 500  # values per SELECT ... IN (...)
#: ``meta.registry``: the sha256 of the file the index holds, or this before it for a file
#: in another layout (the index holds nothing then)
_OTHER = "other layout "

Events = list[tuple[str | Callable[[], str], list[str]]]


class _Names:
    """``ids.Names`` of the indexed registry: its ids and aliases, and those added."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.added = conn, set[str]()

    def __contains__(self, name: object, /) -> bool:
        if name in self.added:
            return True
        row = self.conn.execute("SELECT 1 FROM names WHERE name = ?", (name,)).fetchone()
        return row is not None

    def add(self, name: str, /) -> None:
        self.added.add(name)


class RegistryIndex:
    """The index at ``path`` (made when missing). ``rebuilt``: made again from the file in
    this run; ``records_read``: records this run read from it (the counter of what a
    build matched)."""

    def __init__(self, path: Path, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.rebuilt = False
        self.records_read = 0
        self.conn, _ = open_store(self.path, SCHEMA, timeout=timeout)

    def close(self) -> None:
        self.conn.close()

    def assign(self, registry: Path, events: Events) -> list[ids.Assignment] | None:
        """``ids.assign`` of ``events`` on the registry at ``registry``, the file written
        again when records change (as ``ids.save``); None, with nothing written, when the
        index cannot answer (no file, another layout, unreadable): read it whole."""
        try:  # what the whole reading refuses, it refuses with its message
            data = files.read_bytes(registry, files.MAX_DATA_BYTES, within=registry.parent)
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError, TimelineError):
            return None
        digest = hashlib.sha256(data).hexdigest()
        held = self._meta("registry")
        if held == _OTHER + digest or (held != digest and not self._rebuild(text, digest)):
            return None
        numbers = self._holding({k for _, keys in events for k in keys})
        records = self._records(numbers)
        before = [len(r.keys) for r in records]
        result = ids.assign(records, events, _Names(self.conn))
        old = zip(numbers, records, before, strict=False)  # new records come after
        changed = [(n, r) for n, r, count in old if len(r.keys) != count]
        new = records[len(numbers) :]
        if not (changed or new):
            return result
        updated = _spliced(text, [r for _, r in changed], new)
        if updated is None:
            return None
        ids.write_text(registry, updated)
        try:
            self._store(changed, new, hashlib.sha256(updated.encode("utf-8")).hexdigest())
        except sqlite3.Error as exc:  # it holds the old file's digest: made again next time
            log.info("ID index %s not updated: %s", self.path, exc)
        return result

    # -- reading

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _count(self) -> int:
        row = self.conn.execute("SELECT COUNT(*) FROM records").fetchone()
        return int(row[0])

    def _holding(self, keys: set[str]) -> list[int]:
        """The numbers of the records listing one of ``keys``, in file order."""
        wanted = sorted(keys)
        found: set[int] = set()
        for at in range(0, len(wanted), _CHUNK):
            chunk = wanted[at : at + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(
                n for (n,) in self.conn.execute(f"SELECT n FROM keys WHERE key IN ({marks})", chunk)
            )
        return sorted(found)

    def _records(self, numbers: list[int]) -> list[ids.Record]:
        rows: dict[int, ids.Record] = {}
        for at in range(0, len(numbers), _CHUNK):
            chunk = numbers[at : at + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for n, id_, keys, aliases in self.conn.execute(
                f"SELECT n, id, keys, aliases FROM records WHERE n IN ({marks})", chunk
            ):
                rows[n] = ids.Record(id_, json.loads(keys), json.loads(aliases))
        self.records_read += len(rows)
        return [rows[n] for n in numbers]

    # -- writing

    def _rebuild(self, text: str, digest: str) -> bool:
        """The index made again from the registry's ``text``; False (and the index holding
        no file) when the file is not in ``dump``'s layout or not valid."""
        self.rebuilt = True
        try:
            records = ids.load_text(text)
        except TimelineError:
            records = []
        rendered = [ids.render(r) for r in records]
        layout = bool(records) and ids.PREAMBLE + "".join(p or "\0" for p in rendered) == text
        with Transaction(self.conn) as conn:
            for table in ("records", "keys", "names"):
                conn.execute(f"DELETE FROM {table}")  # our own table names
            if layout:
                _insert(conn, enumerate(records))
            held = digest if layout else _OTHER + digest
            conn.execute("UPDATE meta SET value = ? WHERE key = 'registry'", (held,))
        return layout

    def _store(
        self, changed: list[tuple[int, ids.Record]], new: list[ids.Record], digest: str
    ) -> None:
        """The records' changes of this build, and the digest of the file written."""
        count = self._count()
        with Transaction(self.conn) as conn:
            for n, record in changed:
                conn.execute(
                    "UPDATE records SET keys = ? WHERE n = ?", (json.dumps(record.keys), n)
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO keys VALUES (?, ?)", ((k, n) for k in record.keys)
                )
            _insert(conn, enumerate(new, start=count))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'registry'", (digest,))


def _insert(conn: sqlite3.Connection, records: Iterable[tuple[int, ids.Record]]) -> None:
    rows = [(n, r) for n, r in records]
    conn.executemany(
        "INSERT INTO records VALUES (?, ?, ?, ?)",
        ((n, r.id, json.dumps(r.keys), json.dumps(r.aliases)) for n, r in rows),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO keys VALUES (?, ?)", ((k, n) for n, r in rows for k in r.keys)
    )
    names = ((name,) for _, r in rows for name in [r.id, *r.aliases])
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?)", names)


def _spliced(text: str, changed: list[ids.Record], new: list[ids.Record]) -> str | None:
    """The registry's ``text`` (``dump``'s layout) with the lines of the ``changed``
    records made again and the ``new`` ones added: ``dump`` of the registry after the
    change. None when a record has a scalar ``render`` leaves to ``dump``."""
    cuts: list[tuple[int, int, str]] = []
    for record in changed:
        lines = ids.render(record)
        start = text.find(f"\n- id: {record.id}\n") + 1
        if lines is None or start == 0:
            return None
        end = text.find("\n- id: ", start) + 1 or len(text)
        cuts.append((start, end, lines))
    added = [ids.render(r) for r in new]
    if any(lines is None for lines in added):
        return None
    parts: list[str] = []
    at = 0
    for start, end, lines in sorted(cuts):
        parts += [text[at:start], lines]
        at = end
    parts += [text[at:], *(lines or "" for lines in added)]
    return "".join(parts)


def assign(index: Path, registry: Path, events: Events) -> list[ids.Assignment] | None:
    """``RegistryIndex(index).assign(registry, events)``; None (read the registry whole)
    when the index cannot be used (logged) or there is no registry yet (no index made)."""
    if not registry.is_file():
        return None
    try:
        store = RegistryIndex(index)
    except (OSError, sqlite3.Error, CacheUnusable) as exc:
        log.info("ID index %s not used: %s", index, exc)
        return None
    try:
        return store.assign(registry, events)
    except sqlite3.Error as exc:
        log.info("ID index %s not used: %s", index, exc)
        return None
    finally:
        store.close()
