"""The articles' parts of assembly of the last build, kept (``.timeline/parts.sqlite``): an
article's part is made again only when what it reads changed.

Assembly finds the build's names across every article (a name is resolved against those
the articles before it added), then makes each article's part alone
(``assemble._each_article``: speakers, follow-ups promoted, the reports merging compares;
``assemble.ArticlePart``). That part is a function of the assembly's code and data, the
article (its text, slug and extraction) and the article's mentions as this build resolved
them (entity ids and kinds: ``assemble.reads_of``). The memo keys it by the versions of
extraction and assembly (``versions.chronology_version``), the article's cache key
(``pipeline.article_key``: with the extraction's version, what its extraction record is)
and that digest of its mentions: one article more or less re-assembles every other's
names, and keeps the parts of those whose mentions stay the same.

A part is stored pickled, as assembly made it (merging then changes its reports), and
unpickled into new records whenever it is found: the reports' normalisation
(``Report.__post_init__``) is not run again. The file is the build's own cache, written by
the same code: a row that cannot be read back is a miss. The build uses it with its default
extractor and assembler (as the title memo); a read-only build changes nothing in it.
Storing a build's parts deletes the rows it did not use, so the file holds one build's
parts. Any database error disables it for the run (logged); deleting the file changes
nothing but time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from timeline.cache import (
    CacheUnusable,
    StoreSchema,
    Transaction,
    open_memo,
    set_aside_if_damaged,
)
from timeline.events.assemble import ArticlePart

log = logging.getLogger(__name__)

FILE_NAME = "parts.sqlite"
SCHEMA = StoreSchema(
    "timeline-part-memo",
    "1",
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parts (key TEXT PRIMARY KEY, part BLOB NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO meta VALUES
    ('schema', 'timeline-part-memo'), ('schema_version', '1');
""",
    {"parts": ["key", "part"]},
)
#: what a damaged or foreign row may raise when unpickled: a miss
_UNREADABLE = (
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    IndexError,
    KeyError,
    TypeError,
    ValueError,
)


class PartMemo:
    """The articles' parts for the assembly of one build (``assemble``'s ``keeper``),
    looked up in those of the last build.

    ``version``: of the extraction and assembly; ``articles``: by article slug, its cache
    key."""

    def __init__(
        self,
        path: Path,
        version: str,
        articles: Mapping[str, str],
        *,
        read_only: bool = False,
        timeout: float = 30.0,
    ) -> None:
        self.path, self.version, self.articles = Path(path), version, articles
        self.read_only = read_only
        self.stored: set[str] = set()  # keys of the last build's rows
        self.made: dict[str, bytes] = {}  # key -> part, pickled: made by this build
        self.used: set[str] = set()
        self.hits = 0
        self.written = 0  # parts stored by ``store`` (``made`` is emptied then)
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = open_memo(self.path, SCHEMA, read_only=read_only, timeout=timeout)
            if self._conn is not None:
                self.stored = {key for (key,) in self._conn.execute("SELECT key FROM parts")}
        except (OSError, sqlite3.Error, CacheUnusable) as exc:
            self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        self.stored = set()
        if not self.read_only and set_aside_if_damaged(self.path, exc, self._conn):
            self._conn = None
            return
        log.info("part memo %s not used for the rest of this run: %s", self.path, exc)
        self.close()

    def key(self, slug: str, reads: str) -> str | None:
        """The row of the article ``slug`` whose part read ``reads``; None for an article
        this build was not told of (never kept)."""
        article_key = self.articles.get(slug)
        if article_key is None:
            return None
        text = json.dumps([self.version, article_key, reads])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def find(self, slug: str, reads: str) -> ArticlePart | None:
        """The part the last build made of the article ``slug`` when it read ``reads``."""
        key = self.key(slug, reads)
        if key is None or key not in self.stored or self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT part FROM parts WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._disable(exc)
            return None
        if row is None:
            return None
        try:
            part = pickle.loads(row[0])
        except _UNREADABLE:
            return None
        if not isinstance(part, ArticlePart):
            return None
        self.used.add(key)
        self.hits += 1
        return part

    def keep(self, slug: str, reads: str, part: ArticlePart) -> None:
        """This build's part of the article ``slug``, stored as it is now."""
        key = self.key(slug, reads)
        if key is None or self.read_only:
            return
        self.used.add(key)
        self.made[key] = pickle.dumps(part, pickle.HIGHEST_PROTOCOL)

    def store(self) -> None:
        """This build's parts kept for the next, in one transaction: those it made added,
        those it did not use deleted."""
        if self._conn is None or self.read_only:
            return
        unused = [(key,) for key in self.stored if key not in self.used]
        if not (unused or self.made):
            return
        try:
            with Transaction(self._conn) as conn:
                conn.executemany("DELETE FROM parts WHERE key = ?", unused)
                conn.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?)", self.made.items())
        except sqlite3.Error as exc:
            self._disable(exc)
            return
        self.written, self.made = len(self.made), {}  # the bytes not held until the build ends

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
