"""SQLite cache of per-article extraction results (stdlib ``sqlite3``).

One row per (article key, rules version) holding the JSON payload of an extraction, and a
memo of the last few assembled chronologies (table ``chronologies``: one row per input
digest, see ``timeline.pipeline.input_digest``; only the ``MEMO_KEEP`` latest are kept). The
cache is an optimisation only: deleting it changes nothing but time.

Robustness rules:

* A ``meta`` table identifies our schema (name and version). A file that is not SQLite, has
  another schema, or whose small tables (the schema table and ``meta``) fail ``PRAGMA
  quick_check`` is never trusted: it is moved aside (``cache.sqlite.corrupt``) and a fresh
  cache is created. An open does not read the payloads (a check of every page would read
  the whole file: 216 MB for an archive of 10,000 articles): damage there is found when a
  payload is read, by its checksum, or by SQLite itself (``SQLITE_CORRUPT``): the file is
  then moved aside the same way (``set_aside_if_damaged``), never deleted, and the next
  build makes a new one. ``full_check`` checks every page on demand (``timeline check
  --cache``).
* Every write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): a build killed
  mid-write leaves the previous content intact (SQLite's journal rolls it back).
* Each payload (and each memoised chronology) carries a checksum; a row whose payload does
  not match is dropped and treated as a miss.
* Any database error while reading or writing disables the cache for the rest of the run
  (logged; moved aside too when it says the file is damaged), it never fails a build.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SCHEMA_NAME = "timeline-extraction-cache"
SCHEMA_VERSION = "2"  # 2: the chronology memo
SQLITE_MAGIC = b"SQLite format 3\x00"
CACHE_DIR_NAME = ".timeline"
CACHE_FILE_NAME = "cache.sqlite"
_SIDE_FILES = ("-wal", "-shm", "-journal")
_IN_CHUNK = 500  # keys per SELECT ... IN (...)
#: what an open checks page by page: the small tables every store has (the payloads are
#: checked when read)
CHECKED_AT_OPEN = ("sqlite_master", "meta")
#: SQLite's primary result codes that say a file is damaged (not busy, full or unreadable)
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
MEMO_KEEP = 3  # memoised chronologies kept (the latest stored)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    article_key TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    payload TEXT NOT NULL,
    checksum TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (article_key, rules_version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS chronologies (
    digest TEXT PRIMARY KEY,
    json TEXT NOT NULL,
    checksum TEXT NOT NULL,
    seq INTEGER NOT NULL
);
INSERT OR IGNORE INTO meta VALUES
    ('schema', '{SCHEMA_NAME}'), ('schema_version', '{SCHEMA_VERSION}');
"""


class CacheUnusable(Exception):
    """The cache file is not ours or is damaged (internal: triggers a reset)."""


def default_cache_path(root: Path) -> Path:
    return root / CACHE_DIR_NAME / CACHE_FILE_NAME


def encode_payload(payload: Any) -> str:
    """Canonical JSON text of a payload (key order kept, as ``json`` round-trips it)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class StoreSchema:
    """What one of our SQLite files must hold: a ``meta`` table naming the schema, and
    these tables with exactly these columns (``script`` creates them); and how its writes
    are journaled (``journal``, SQLite's ``journal_mode``): ``WAL`` (readers go on while a
    writer writes; each page written twice, to the log then into the file at its
    checkpoint) or ``DELETE`` (the rollback journal: a page new to the file written once,
    the old content of the pages a write changes kept aside until it commits; a writer
    holds readers off while it commits). Either way a write killed half-way leaves the
    previous content."""

    name: str
    version: str
    script: str
    columns: dict[str, list[str]]
    journal: str = "WAL"


def open_store(
    path: Path, schema: StoreSchema, *, timeout: float = 30.0
) -> tuple[sqlite3.Connection, str | None]:
    """A connection to ``path`` holding ``schema``, and why an existing file was replaced
    (None if it was fine or new): a file that is not SQLite, is damaged or holds another
    schema is moved aside (``<name>.corrupt``) and a new one is created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open_validated(path, schema, timeout), None
    except CacheUnusable as exc:
        _move_aside(path)
        log.warning("%s", unusable_message(path, str(exc), "a new one is made"))
        return _open_validated(path, schema, timeout), str(exc)


def unusable_message(path: Path, reason: str, then: str) -> str:
    """What a store set aside says, at its open or in use: the file, why, where it went
    and what comes next (nothing to do: the stores hold nothing but time)."""
    return f"{path} unusable ({reason}): moved aside to {_aside(path).name}, {then}"


def is_damage(exc: BaseException) -> bool:
    """Whether a database error says the file is damaged (``SQLITE_CORRUPT``,
    ``SQLITE_NOTADB``), not that it is locked, full or unreadable."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        isinstance(exc, sqlite3.DatabaseError)
        and isinstance(code, int)
        and (code & 0xFF in _DAMAGE_CODES)
    )


def set_aside_if_damaged(path: Path, exc: BaseException, conn: sqlite3.Connection | None) -> bool:
    """When ``exc``, raised in use, says the file at ``path`` is damaged (a page an open
    does not check), close ``conn`` and move the file aside as an open does (never
    deleted); True if it did. The caller stops using the store for the rest of its run."""
    if not is_damage(exc):
        return False
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    _move_aside(path)
    log.warning(
        "%s",
        unusable_message(
            path, str(exc), "not used for the rest of this run; the next makes a new one"
        ),
    )
    return True


def full_check(path: Path) -> str | None:
    """Every page of the SQLite file at ``path`` checked (``PRAGMA quick_check``, read
    only: nothing written or moved): None when sound, else the first problem found."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            check = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if check == [("ok",)]:
        return None
    text = str(check[0][0])  # "*** in database main ***" heads the lines of a damaged file
    return next((line for line in text.splitlines() if not line.startswith("***")), text)


def _open_validated(path: Path, schema: StoreSchema, timeout: float) -> sqlite3.Connection:
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise CacheUnusable("not an SQLite file")
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        _journal(conn, schema.journal, timeout)
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            conn.executescript("BEGIN IMMEDIATE;" + schema.script + "COMMIT;")
            return conn
        for table in CHECKED_AT_OPEN:
            if table in tables or table == "sqlite_master":
                check = conn.execute(f"PRAGMA quick_check({table})").fetchall()
                if check != [("ok",)]:
                    raise CacheUnusable(f"integrity check failed: {check[0][0]}")
        if "meta" in tables:  # an older version of our schema says so
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if (meta.get("schema"), meta.get("schema_version")) != (schema.name, schema.version):
                raise CacheUnusable(
                    f"foreign or outdated schema {meta.get('schema')!r} "
                    f"version {meta.get('schema_version')!r}"
                )
        if tables != {"meta", *schema.columns}:
            raise CacheUnusable(f"foreign schema (tables: {', '.join(sorted(tables))})")
        for table, expected in schema.columns.items():
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            if columns != expected:
                raise CacheUnusable(f"unexpected columns in table {table}")
        return conn
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise CacheUnusable(f"database error: {exc}") from None
    except CacheUnusable:
        if conn is not None:
            conn.close()
        raise


def _journal(conn: sqlite3.Connection, mode: str, timeout: float) -> None:
    """``conn``'s file journaled in ``mode`` (``StoreSchema.journal``), and synced as that
    mode needs to survive a power cut (WAL: at its checkpoints; the rollback journal: at
    each commit). A file another connection holds in WAL mode stays so (it cannot change
    then): asked without waiting, and left for an open that finds it alone."""
    if mode == "WAL":
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return
    conn.execute("PRAGMA busy_timeout=0")
    # busy: another connection has the file in WAL mode
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute(f"PRAGMA journal_mode={mode}")
    conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    conn.execute("PRAGMA synchronous=FULL")


def open_memo(
    path: Path, schema: StoreSchema, *, read_only: bool, timeout: float
) -> sqlite3.Connection | None:
    """The connection of a build's memo (``titles.sqlite``, ``parts.sqlite``): opened
    read-only when ``read_only`` (None when there is no file: a read-only build creates
    nothing), else opened or made with ``schema`` (``open_store``). Raises what opening
    raises (``OSError``, ``sqlite3.Error``, ``CacheUnusable``)."""
    if read_only:
        if not path.is_file():
            return None
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    conn, _ = open_store(path, schema, timeout=timeout)
    return conn


def _aside(path: Path) -> Path:
    return path.with_name(path.name + ".corrupt")


def _move_aside(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.replace(path, _aside(path))
    for suffix in _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


SCHEMA = StoreSchema(
    SCHEMA_NAME,
    SCHEMA_VERSION,
    _SCHEMA,
    {
        "extractions": ["article_key", "rules_version", "payload", "checksum", "stored_at"],
        "chronologies": ["digest", "json", "checksum", "seq"],
    },
)


def cached_keys(path: Path, rules_version: str, keys: Sequence[str]) -> set[str]:
    """The keys among ``keys`` that have an extraction stored at ``path`` for this rules
    version, read-only: the file is never created or changed (empty when absent or not
    readable). For previews; a build opens an ``ExtractionCache``."""
    if not path.is_file():
        return set()
    found: set[str] = set()
    unique = list(dict.fromkeys(keys))
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            for i in range(0, len(unique), _IN_CHUNK):
                chunk = unique[i : i + _IN_CHUNK]
                rows = conn.execute(
                    "SELECT article_key FROM extractions WHERE rules_version = ? "
                    f"AND article_key IN ({','.join('?' * len(chunk))})",
                    [rules_version, *chunk],
                )
                found.update(key for (key,) in rows)
    except sqlite3.Error:
        return set()
    return found


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    """A connection that cannot write (``immutable``: not even a lock or journal file), or
    None when there is no usable cache at ``path``."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        (name,) = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        (version,) = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except (sqlite3.DatabaseError, TypeError) as exc:
        log.info("cache %s not read: %s", path, exc)
        return None
    if (name, version) != (SCHEMA_NAME, SCHEMA_VERSION):
        conn.close()
        return None
    return conn


class ExtractionCache:
    """Open (validating, or resetting) the cache at ``path`` for one rules version.

    Use as a context manager; ``reset_reason`` says why an existing file was replaced.
    ``read_only``: read what is there, write nothing (no file, row or folder is created,
    changed or moved aside; a missing or unusable cache simply finds nothing).
    """

    def __init__(
        self, path: Path, rules_version: str, *, timeout: float = 30.0, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.rules_version = rules_version
        self.enabled = True
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = None
        self.reset_reason: str | None = None
        if read_only:
            self._conn = _open_read_only(self.path)
        else:
            self._conn, self.reset_reason = open_store(self.path, SCHEMA, timeout=timeout)

    # -- use ---------------------------------------------------------------------------

    def _disable(self, exc: Exception) -> None:
        self.enabled = False
        if not self.read_only and set_aside_if_damaged(self.path, exc, self._conn):
            self._conn = None
            return
        log.info("cache %s not used for the rest of this run: %s", self.path, exc)

    def get_many(self, keys: Sequence[str]) -> dict[str, Any]:
        """Payloads found for ``keys`` (missing or damaged rows are simply absent)."""
        found: dict[str, Any] = {}
        if not self.enabled or self._conn is None:
            return found
        damaged: list[str] = []
        unique = list(dict.fromkeys(keys))
        try:
            for i in range(0, len(unique), _IN_CHUNK):
                chunk = unique[i : i + _IN_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    "SELECT article_key, payload, checksum FROM extractions "
                    f"WHERE rules_version = ? AND article_key IN ({marks})",
                    [self.rules_version, *chunk],
                )
                for key, text, checksum in rows:
                    if _checksum(text) != checksum:
                        damaged.append(key)
                        continue
                    try:
                        found[key] = json.loads(text)
                    except ValueError:
                        damaged.append(key)
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return {}
        if damaged:
            log.warning("cache %s: %d damaged rows dropped", self.path, len(damaged))
            self.delete(damaged)
        return found

    def known(self, keys: Sequence[str]) -> set[str]:
        """The keys among ``keys`` that have a stored extraction (payloads not read)."""
        if not self.enabled or self._conn is None:
            return set()
        found: set[str] = set()
        unique = list(dict.fromkeys(keys))
        try:
            for i in range(0, len(unique), _IN_CHUNK):
                chunk = unique[i : i + _IN_CHUNK]
                rows = self._conn.execute(
                    "SELECT article_key FROM extractions WHERE rules_version = ? "
                    f"AND article_key IN ({','.join('?' * len(chunk))})",
                    [self.rules_version, *chunk],
                )
                found.update(key for (key,) in rows)
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return set()
        return found

    def put_many(self, items: Iterable[tuple[str, Any]]) -> int:
        """Store (key, payload) pairs in ONE transaction; return how many were stored."""
        return self.put_encoded((key, encode_payload(payload)) for key, payload in items)

    def put_encoded(self, items: Iterable[tuple[str, str]]) -> int:
        """``put_many`` of payloads already encoded by ``encode_payload`` (what extraction
        workers send back: stored as they come, not decoded and encoded again)."""
        if not self.enabled or self._conn is None or self.read_only:
            return 0
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        count = 0
        try:
            with self._transaction() as conn:
                for key, text in items:
                    conn.execute(
                        "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?)",
                        (key, self.rules_version, text, _checksum(text), now),
                    )
                    count += 1
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return 0
        return count

    def set_in_payloads(self, name: str, values: Mapping[str, Any]) -> int:
        """For each article key of ``values``, its stored payload (a JSON object) with its
        key ``name`` set to the value, in ONE transaction: what a build read of an article
        after its extraction, kept beside it (``events.article_reads``). A row missing,
        damaged or not an object is left as it is; returns how many were changed."""
        if not self.enabled or self._conn is None or self.read_only or not values:
            return 0
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        count = 0
        try:
            with self._transaction() as conn:
                for key, value in values.items():
                    row = conn.execute(
                        "SELECT payload, checksum FROM extractions "
                        "WHERE article_key = ? AND rules_version = ?",
                        (key, self.rules_version),
                    ).fetchone()
                    if row is None or _checksum(row[0]) != row[1]:
                        continue
                    try:
                        payload = json.loads(row[0])
                    except ValueError:
                        continue
                    if not isinstance(payload, dict):
                        continue
                    payload[name] = value
                    text = encode_payload(payload)
                    conn.execute(
                        "UPDATE extractions SET payload = ?, checksum = ?, stored_at = ? "
                        "WHERE article_key = ? AND rules_version = ?",
                        (text, _checksum(text), now, key, self.rules_version),
                    )
                    count += 1
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return 0
        return count

    def delete(self, keys: Sequence[str]) -> None:
        if not self.enabled or self._conn is None or self.read_only:
            return
        try:
            with self._transaction():
                self._conn.executemany(
                    "DELETE FROM extractions WHERE article_key = ? AND rules_version = ?",
                    [(key, self.rules_version) for key in keys],
                )
        except sqlite3.DatabaseError as exc:
            self._disable(exc)

    def prune_other_versions(self) -> int:
        """Delete rows of other rules versions (they can never match again)."""
        if not self.enabled or self._conn is None or self.read_only:
            return 0
        try:
            with self._transaction():
                cursor = self._conn.execute(
                    "DELETE FROM extractions WHERE rules_version != ?", (self.rules_version,)
                )
            return cursor.rowcount
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return 0

    # -- the chronology memo ---------------------------------------------------------------

    def get_chronology(self, digest: str) -> Any | None:
        """The chronology (as ``to_dict`` data) stored under ``digest``, or None (absent or
        damaged: a damaged row is dropped)."""
        if not self.enabled or self._conn is None:
            return None
        try:
            row = self._conn.execute(
                "SELECT json, checksum FROM chronologies WHERE digest = ?", (digest,)
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return None
        if row is None:
            return None
        text, checksum = row
        if _checksum(text) == checksum:
            try:
                return json.loads(text)
            except ValueError:
                pass
        log.warning("cache %s: damaged chronology memo dropped", self.path)
        self.drop_chronology(digest)
        return None

    def has_chronology(self, digest: str) -> bool:
        """Whether a chronology is stored under ``digest`` (not read: it may still turn out
        damaged when ``get_chronology`` reads it)."""
        if not self.enabled or self._conn is None:
            return False
        try:
            row = self._conn.execute(
                "SELECT 1 FROM chronologies WHERE digest = ?", (digest,)
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return False
        return row is not None

    def put_chronology(self, digest: str, data: Any) -> bool:
        """Store a chronology (``to_dict`` data) under ``digest``; keep the MEMO_KEEP latest."""
        if not self.enabled or self._conn is None or self.read_only:
            return False
        text = encode_payload(data)
        try:
            with self._transaction() as conn:
                (last,) = conn.execute("SELECT coalesce(max(seq), 0) FROM chronologies").fetchone()
                conn.execute(
                    "INSERT OR REPLACE INTO chronologies VALUES (?, ?, ?, ?)",
                    (digest, text, _checksum(text), last + 1),
                )
                conn.execute(
                    "DELETE FROM chronologies WHERE seq NOT IN "
                    "(SELECT seq FROM chronologies ORDER BY seq DESC LIMIT ?)",
                    (MEMO_KEEP,),
                )
        except sqlite3.DatabaseError as exc:
            self._disable(exc)
            return False
        return True

    def drop_chronology(self, digest: str) -> None:
        if not self.enabled or self._conn is None or self.read_only:
            return
        try:
            with self._transaction() as conn:
                conn.execute("DELETE FROM chronologies WHERE digest = ?", (digest,))
        except sqlite3.DatabaseError as exc:
            self._disable(exc)

    def chronology_digests(self) -> list[str]:
        """Digests of the memoised chronologies, latest first."""
        if self._conn is None:
            return []
        rows = self._conn.execute("SELECT digest FROM chronologies ORDER BY seq DESC")
        return [row[0] for row in rows]

    def count(self) -> int:
        if self._conn is None:
            return 0
        row = self._conn.execute(
            "SELECT count(*) FROM extractions WHERE rules_version = ?", (self.rules_version,)
        ).fetchone()
        return int(row[0])

    def _transaction(self) -> Transaction:
        assert self._conn is not None
        return Transaction(self._conn)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on any exception)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")
