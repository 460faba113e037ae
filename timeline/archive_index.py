"""Selecting a dossier without parsing the whole archive at every build.

A dossier is chosen among every article of the archive, so each build reads each file; the
costly part is parsing and validating its front matter (YAML), about 0.5 ms an article:
5 s for 10,000. ``.timeline/archive.sqlite`` remembers, for each article text found valid
(keyed by the sha256 of the text and the version of the validating code), the fields a
dossier selects on: title, publication date, outlet and where the body starts; and, for
each file name, the file's stamp (size, modification and change times, inode: ``lstat``)
and the text it held. A scan parses only the texts it has not seen valid before; a
dossier that selects on dates and outlets alone does not even read a file whose stamp is
unchanged (a few µs an article instead of about 0.15 ms); entities and keywords need every
text, read as always. The articles selected are then loaded in full (``load_article``),
so the build gets exactly what it would without the index.

The index is an optimisation only: deleting it changes nothing but time; a file that is
not ours or is damaged is moved aside and rebuilt; any database error leaves it unused for
the run (never a failed build). An invalid article is never indexed, so it is refused with
the same message every time. A validation depends on the day of the build only through
the "date in the future" check, which an article that passed on one day passes on every
later day: a row is trusted on its day of check and after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from timeline import collector
from timeline.articles import (
    Article,
    load_article,
    parse_article,
    read_article_text,
    today,
)
from timeline.dossier import Dossier, Selection, Selector, select
from timeline.errors import TimelineError

log = logging.getLogger(__name__)

FILE_NAME = "archive.sqlite"
_SCHEMA_NAME = "timeline-archive-index"
_SCHEMA_VERSION = "2"  # 2: file stamps
_IN_CHUNK = 500  # keys per SELECT ... IN (...)
#: The code an article's validity depends on (its version is part of every row's key).
VALIDATING_SOURCES = ("articles.py", "content")


def validation_version() -> str:
    """sha256 of the validating code (``VALIDATING_SOURCES``), short."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    files: list[Path] = []
    for name in VALIDATING_SOURCES:
        target = package / name
        files.extend([target] if target.is_file() else sorted(target.rglob("*.py")))
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class Indexed:
    """What a dossier selects on, for one valid article text."""

    title: str
    date: dt.date
    source: str
    body_start: int

    def to_json(self) -> str:
        return json.dumps(
            [self.title, self.date.isoformat(), self.source, self.body_start],
            ensure_ascii=False,
        )


class Fields(NamedTuple):
    """An index row's fields, checked (``Indexed``'s, in a plain tuple: cheap to make)."""

    title: str
    date: dt.date
    source: str
    body_start: int

    def indexed(self) -> Indexed:
        return Indexed(self.title, self.date, self.source, self.body_start)


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArchiveIndex:
    """The index at ``path`` (``writable=False``: read only if it exists, never created)."""

    def __init__(self, path: Path, *, writable: bool = True) -> None:
        from timeline.cache import StoreSchema, open_store

        self.path = path
        self.writable = writable
        self.version = validation_version()
        self.conn: sqlite3.Connection | None = None
        try:
            if writable:
                schema = StoreSchema(
                    _SCHEMA_NAME,
                    _SCHEMA_VERSION,
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                    "CREATE TABLE articles (content_key TEXT NOT NULL, version TEXT NOT NULL,"
                    " fields TEXT NOT NULL, checked_on TEXT NOT NULL,"
                    " PRIMARY KEY (content_key, version));"
                    "CREATE TABLE files (name TEXT PRIMARY KEY, stamp TEXT NOT NULL,"
                    " content_key TEXT NOT NULL);"
                    f"INSERT INTO meta VALUES ('schema', '{_SCHEMA_NAME}'),"
                    f" ('schema_version', '{_SCHEMA_VERSION}');",
                    {
                        "articles": ["content_key", "version", "fields", "checked_on"],
                        "files": ["name", "stamp", "content_key"],
                    },
                )
                self.conn, _ = open_store(path, schema)
            elif path.is_file():
                uri = f"{path.resolve().as_uri()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True)
        except (OSError, sqlite3.Error) as exc:
            self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        from timeline.cache import set_aside_if_damaged

        if self.writable and set_aside_if_damaged(self.path, exc, self.conn):
            self.conn = None
            return
        log.info("archive index %s not used: %s", self.path, exc)
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
        self.conn = None

    def get_many(self, keys: list[str], day: dt.date) -> dict[str, Indexed]:
        """The indexed fields of the texts among ``keys`` found valid on ``day`` or before."""
        return {key: fields.indexed() for key, fields in self.fields_many(keys, day).items()}

    def fields_many(self, keys: list[str], day: dt.date) -> dict[str, Fields]:
        """``get_many``'s rows, each checked but not yet made an ``Indexed`` (an archive
        scan makes one only for the articles its dossier keeps: 202 of 10,000)."""
        unique = list(dict.fromkeys(keys))
        condition = "version = ? AND checked_on <= ?"
        try:
            rows = self._rows(
                "articles",
                "content_key, fields",
                condition,
                "content_key",
                unique,
                [self.version, day.isoformat()],
            )
            # the fields of every row in one JSON array: one parse, not one a row
            decoded = json.loads("[" + ",".join(fields for _, fields in rows) + "]")
            days: dict[str, dt.date] = {}  # a few hundred days for 10,000 articles
            found = {}
            for (key, _), (title, date, source, start) in zip(rows, decoded, strict=True):
                when = days.get(date)
                if when is None:
                    when = days[date] = dt.date.fromisoformat(date)
                found[key] = Fields(str(title), when, str(source), int(start))
            return found
        except (sqlite3.Error, ValueError, TypeError) as exc:
            self._disable(exc)
            return {}

    def files(self, names: list[str]) -> dict[str, tuple[str, str]]:
        """File name -> (stamp, content key) as last seen, for the names known."""
        try:
            rows = self._rows("files", "name, stamp, content_key", "1", "name", names, [])
        except sqlite3.Error as exc:
            self._disable(exc)
            return {}
        return {name: (stamp_, key) for name, stamp_, key in rows}

    def _rows(
        self,
        table: str,
        columns: str,
        condition: str,
        key: str,
        wanted: list[str],
        parameters: list[str],
    ) -> list[tuple[str, ...]]:
        """The rows of ``table`` meeting ``condition`` whose ``key`` column is among
        ``wanted`` (distinct, at most ``_IN_CHUNK`` asked for by key; more, as for an archive
        whose index holds about as many rows: the whole table read once and filtered here)."""
        if self.conn is None:
            return []
        if len(wanted) > _IN_CHUNK:
            keep = set(wanted)
            query = f"SELECT {columns} FROM {table} WHERE {condition}"
            return [row for row in self.conn.execute(query, parameters) if row[0] in keep]
        rows: list[tuple[str, ...]] = []
        if wanted:
            marks = ",".join("?" * len(wanted))
            query = f"SELECT {columns} FROM {table} WHERE {condition} AND {key} IN ({marks})"
            rows.extend(self.conn.execute(query, [*parameters, *wanted]))
        return rows

    def put_many(
        self,
        rows: Iterable[tuple[str, Indexed]],
        day: dt.date,
        files: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Index these valid texts and (name, stamp, content key) of these files (one
        transaction; rows of other code versions dropped)."""
        from timeline.cache import Transaction

        data = [(key, self.version, f.to_json(), day.isoformat()) for key, f in rows]
        stamps = list(files)
        if self.conn is None or not (data or stamps):
            return
        try:
            with Transaction(self.conn) as conn:
                if data:
                    conn.execute("DELETE FROM articles WHERE version != ?", [self.version])
                    conn.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", data)
                conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", stamps)
        except sqlite3.Error as exc:
            self._disable(exc)

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
            self.conn = None


def stamp(path: Path) -> str | None:
    """What changes when the file at ``path`` changes (None: not a regular file)."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return _stamp_of(info)


def _stamp_of(info: os.stat_result) -> str | None:
    if not stat.S_ISREG(info.st_mode):  # a symbolic link is read (and checked) every time
        return None
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"


def scan(
    content_dir: Path,
    index: ArchiveIndex | None,
    build_day: dt.date | None = None,
    *,
    texts: bool = True,
) -> list[Article]:
    """Every article of ``content_dir``, in ``article_paths`` order, for selecting: a text
    the index knows valid comes back as a light ``Article`` (the indexed fields, its text,
    no ``meta``, no ``url``); the others are parsed and validated (``parse_article``:
    the first problem raises, as ``load_articles`` does) and indexed. ``texts=False``: a
    file whose stamp is unchanged is not read (its light article has an empty text).
    Load the selected ones in full with ``full``."""
    return scan_archive(content_dir, index, build_day, texts=texts)[0]


def scan_archive(
    content_dir: Path,
    index: ArchiveIndex | None,
    build_day: dt.date | None = None,
    *,
    texts: bool = True,
    wanted: Callable[[dt.date, str], bool] | None = None,
) -> tuple[list[Article], int]:
    """``scan``, and the number of articles in the archive. ``wanted(date, outlet)``: a
    file left unread (``texts=False``, unchanged since it was indexed) whose indexed date
    and outlet it refuses is left out of the list (no light article is made for it: what a
    dossier selecting on dates and outlets alone refuses anyway); every file read is
    listed, as by ``scan``."""
    day = build_day or today()
    listed = _listed(content_dir, stamped=index is not None)
    stamped = [name for name, stamp_ in listed if stamp_]
    seen = index.files(stamped) if index is not None else {}
    read: list[str | TimelineError | None] = []
    keys: list[str] = []
    for name, stamp_ in listed:
        last = seen.get(name)
        if not texts and stamp_ is not None and last is not None and last[0] == stamp_:
            read.append(None)  # unchanged since it was indexed: not read
            keys.append(last[1])
            continue
        try:
            text = read_article_text(content_dir / name)
        except TimelineError as exc:  # raised in its turn: the first bad file is reported
            read.append(exc)
            keys.append("")
            continue
        read.append(text)
        keys.append(content_key(text))
    known = index.fields_many([k for k in keys if k], day) if index is not None else {}
    articles: list[Article] = []
    fresh: dict[str, Indexed] = {}
    files: list[tuple[str, str, str]] = []
    for (name, stamp_), got, key in zip(listed, read, keys, strict=True):
        if isinstance(got, TimelineError):
            raise got
        row = known.get(key)
        if got is None and row is not None and wanted and not wanted(row.date, row.source):
            continue  # unread, and out of the dossier by its date or outlet
        path = content_dir / name
        if row is None:
            if got is None:  # indexed file, its text no longer known valid: read it
                got = read_article_text(path)
                key = content_key(got)
            article = parse_article(got, path, day)
            hit = fresh[key] = Indexed(
                article.title, article.date, article.source, article.body_start
            )
        else:
            hit = row.indexed()
        articles.append(_light(path, got or "", hit))
        if stamp_ is not None and got is not None and seen.get(name) != (stamp_, key):
            files.append((name, stamp_, key))
    if index is not None:
        index.put_many(fresh.items(), day, files)
    return articles, len(listed)


def _listed(content_dir: Path, *, stamped: bool) -> list[tuple[str, str | None]]:
    """(name, stamp) of each file ``article_paths`` lists, in its order, read in one pass
    over the folder (its entries' ``lstat``, not a ``Path`` made and statted per file:
    a third of a 10,000-article scan); the stamps None unless ``stamped``."""
    if not content_dir.is_dir():
        raise TimelineError("content folder not found", content_dir)
    found: list[tuple[str, str | None]] = []
    with os.scandir(content_dir) as entries:
        for entry in entries:
            name = entry.name
            if name.endswith(".md") and not name.startswith("."):
                found.append((name, _entry_stamp(entry) if stamped else None))
    found.sort()
    return found


def _entry_stamp(entry: os.DirEntry[str]) -> str | None:
    """``stamp`` of a folder's entry (its ``lstat``, which ``os.scandir`` may have cached)."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return _stamp_of(info)


def _light(path: Path, text: str, fields: Indexed) -> Article:
    return Article(
        path=path,
        slug=path.stem,
        title=fields.title,
        date=fields.date,
        source=fields.source,
        url=None,
        lang="",
        text=text,
        body_start=fields.body_start,
        meta={},
    )


def full(articles: Iterable[Article], build_day: dt.date | None = None) -> list[Article]:
    """The articles loaded in full, as ``load_articles`` gives them."""
    return [load_article(a.path, build_day) for a in articles]


def index_path(cache_file: Path) -> Path:
    """The archive index beside the extraction cache ``cache_file``."""
    return cache_file.parent / FILE_NAME


def scanned(
    content_dir: Path, cache_file: Path | None, *, writable: bool = True, texts: bool = True
) -> list[Article]:
    """``scan`` with the index beside ``cache_file`` (None: no index), closed after."""
    with opened_index(cache_file, writable=writable) as index:
        return scan(content_dir, index, texts=texts)


@contextlib.contextmanager
def opened_index(
    cache_file: Path | None, *, writable: bool = True
) -> Iterator[ArchiveIndex | None]:
    """The archive's index beside ``cache_file`` (None: no index), closed on the way out."""
    index = ArchiveIndex(index_path(cache_file), writable=writable) if cache_file else None
    try:
        yield index
    finally:
        if index is not None:
            index.close()


def load_dossier(
    content_dir: Path, dossier: Dossier, cache_file: Path | None, *, writable: bool = True
) -> Selection:
    """The dossier's articles, loaded in full, chosen from the archive through its index
    (files read only when the dossier selects on their text: entities or keywords)."""
    selector = Selector(dossier, content_dir)
    # on dates and outlets alone, an unchanged file out of the dossier is not listed; the
    # archive's paths and rows are freed by their reference counts
    with opened_index(cache_file, writable=writable) as index, collector.paused():
        candidates, size = scan_archive(
            content_dir,
            index,
            texts=selector.reads_text,
            wanted=None if selector.reads_text else selector.published_in,
        )
    selection = select(candidates, dossier, content_dir, selector=selector, archive=size)
    selection.articles = full(selection.articles)
    return selection
